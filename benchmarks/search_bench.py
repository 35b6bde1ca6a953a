"""Benchmarks of the bookings search: words over the whole history, and the panel's first page.

    results.extend(bench_search(services, rounds, rng, Result))   # from benchmarks/run.py

Each figure is one search_bookings call as the search panel makes it: the first page (200
rows) and its capped count. The floor is the same index read through raw sqlite3.
"""

import random
import sqlite3
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from booking.search import COUNT_CAP, search_bookings
from booking.services import Services
from booking.store.search_index import KEY_SCALE, SEARCH_TABLE, TEXT_COLUMNS
from booking.timeutil import local

# What people type at a front desk: parts of organizations, titles and names, short and long.
TYPED = ("telk", "telkom", "mandiri", "review", "sprint plan", "intern", "kopi", "c", "de",
         "rapat koord", "cloud", "pertamina digital", "client demo", "govtech", "ui", "zz")
STATUS_CHOICES: tuple[list[str] | None, ...] = (None, None, ["tentative", "confirmed"],
                                                ["cancelled"])


def _timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def bench_search(services: Services, rounds: int, rng: random.Random,
                 result_cls: Callable[..., Any]) -> list[Any]:
    """Time text search over all bookings and the first page of the panel's default list."""
    engine = services.engine
    path = services.database_path
    raw = sqlite3.connect(path) if path is not None else None
    columns = "{" + " ".join(TEXT_COLUMNS) + "}"

    def engine_text() -> None:
        search_bookings(engine, text=rng.choice(TYPED))

    def raw_text() -> None:
        assert raw is not None
        words = " AND ".join(f'"{w}"*' for w in rng.choice(TYPED).split())
        keys = [k for (k,) in raw.execute(
            f"SELECT rowid FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH ? ORDER BY rowid "
            "LIMIT ?", (f"{columns} : ({words})", COUNT_CAP + 1))]
        ids = ",".join(str(k % KEY_SCALE) for k in keys[:200])
        raw.execute(f"SELECT * FROM booking WHERE id IN ({ids})").fetchall()

    results = [result_cls("text search (all bookings)", _timed(engine_text, rounds), 100.0,
                          _timed(raw_text, rounds) if raw else None)]
    today = local(services.now()).replace(hour=0, minute=0, second=0, microsecond=0)
    rooms = [r.id for r in services.rooms()]

    def engine_list() -> None:
        # The panel opens on 30 days back to 90 ahead; people then pick a room or a status.
        room = rng.choice(rooms) if rng.random() < 0.3 else None
        search_bookings(engine, start=today - timedelta(days=30),
                        end=today + timedelta(days=91), statuses=rng.choice(STATUS_CHOICES),
                        room_ids=[room] if room is not None else None)

    def raw_list() -> None:
        assert raw is not None
        lo = int((today - timedelta(days=30)).timestamp())
        ids = [i for (i,) in raw.execute(
            "SELECT id FROM booking WHERE start_at >= ? AND start_at < ? ORDER BY start_at, id "
            "LIMIT ?", (lo, lo + 121 * 86400, COUNT_CAP + 1))]
        marks = ",".join(str(i) for i in ids[:200])
        raw.execute(f"SELECT * FROM booking WHERE id IN ({marks})").fetchall()

    results.append(result_cls("search list, first page", _timed(engine_list, rounds), 100.0,
                              _timed(raw_list, rounds) if raw else None))
    if raw is not None:
        raw.close()
    return results
