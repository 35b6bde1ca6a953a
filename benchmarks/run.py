"""Ruang's benchmarks: latency of the booking engine on a large database, against the budgets.

    uv run python benchmarks/run.py [--bookings N] [--json] [--rounds R] [--db URL]

Builds (or reuses) benchmarks/data/bench-N.db filled by `demo --bookings N`, then times each
operation through the real services beside a hand-written raw sqlite3 version of the same work
(the floor), and prints the query plans so an index SEARCH (not a SCAN) can be seen. Figures are
medians and 99th percentiles of many runs; this machine is shared, so compare ratios in one run.
"""

import argparse
import json
import os
import random
import re
import shutil
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from draws import Draws  # noqa: E402
from search_bench import bench_search  # noqa: E402

from booking.building.demo import WINDOW_DAYS, fill_demo  # noqa: E402
from booking.building.load import initialize  # noqa: E402
from booking.calendar import holiday_on  # noqa: E402
from booking.errors import BookingError  # noqa: E402
from booking.services import Services  # noqa: E402
from booking.store.db import make_engine, read_session  # noqa: E402
from booking.timeutil import BUILDING_TZ, local_day_bounds  # noqa: E402

DATA = ROOT / "benchmarks" / "data"
# The database is built as if today were this day, so every run measures the same data.
BENCH_NOW = datetime(2026, 11, 30, 1, 0, tzinfo=UTC)  # Mon 30 Nov 2026, 08:00 WIB


@dataclass
class Result:
    """One benchmark line, with its budgets: milliseconds (at the percentile `stat`) and/or a
    ratio of its median to the median of its floor measured in the same run."""

    name: str
    samples: list[float]
    budget_ms: float | None
    floor: list[float] | None = None
    ratio_budget: float | None = None
    stat: float = 0.5  # the percentile budget_ms holds for (0.99: p99)
    unit: str = "ms"  # "MB": samples are megabytes and budget_ms is in megabytes

    @property
    def ratio(self) -> float | None:
        if not self.floor:
            return None
        return self.p(0.5) / self.p(0.5, self.floor)

    @property
    def passed(self) -> bool | None:
        """Whether every budget holds (None: no budget)."""
        checks = []
        if self.budget_ms is not None:
            checks.append(self.p(self.stat) <= self.budget_ms)
        if self.ratio_budget is not None and self.ratio is not None:
            checks.append(self.ratio <= self.ratio_budget)
        return all(checks) if checks else None

    def budget_text(self) -> str:
        parts = []
        if self.ratio_budget is not None:
            parts.append(f"<={self.ratio_budget:g}x")
        if self.budget_ms is not None:
            parts.append(f"{'p99 ' if self.stat > 0.5 else ''}<={self.budget_ms:g}{self.unit}")
        return " ".join(parts) or "-"

    def p(self, q: float, data: list[float] | None = None) -> float:
        values = sorted(data if data is not None else self.samples)
        if not values:
            return float("nan")
        scale = 1000 if self.unit == "ms" else 1  # seconds to ms; megabytes stay
        return values[min(len(values) - 1, int(round(q * (len(values) - 1))))] * scale

    def row(self) -> dict[str, object]:
        return {"name": self.name, "p50_ms": round(self.p(0.5), 3),
                "p99_ms": round(self.p(0.99), 3), "budget_ms": self.budget_ms,
                "floor_p50_ms": round(self.p(0.5, self.floor), 3) if self.floor else None,
                "ratio": round(self.ratio, 2) if self.ratio is not None else None,
                "ratio_budget": self.ratio_budget,
                "budget_percentile": 99 if self.stat > 0.5 else 50, "passed": self.passed,
                "unit": self.unit}


def timed(fn: Callable[[], object], rounds: int) -> list[float]:
    samples = []
    for _ in range(rounds):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return samples


def paired(engine_fn: Callable[[], object], floor_fn: Callable[[], object],
           rounds: int) -> tuple[list[float], list[float]]:
    """Time an operation and its floor in turns (the order swapping every round), so both see
    the same machine: a shared machine's speed drifts within a run, and a ratio of two
    blocks timed minutes apart would measure the drift."""
    engine_samples: list[float] = []
    floor_samples: list[float] = []
    for index in range(rounds):
        pair = ((engine_fn, engine_samples), (floor_fn, floor_samples))
        for fn, samples in (pair if index % 2 == 0 else pair[::-1]):
            started = time.perf_counter()
            fn()
            samples.append(time.perf_counter() - started)
    return engine_samples, floor_samples


def _timing(opener: Callable[[Any], Any], held: list[float]) -> Callable[[Any], Any]:
    """A write transaction's opener (booking.store.db.write_session or quick_write) that also
    notes how long each write transaction ran."""
    from contextlib import contextmanager

    @contextmanager
    def timing(engine: Any) -> Any:
        started = time.perf_counter()
        with opener(engine) as transaction:
            yield transaction
        held.append(time.perf_counter() - started)

    return timing


def build(bookings: int, log: Callable[[str], None]) -> Path:
    DATA.mkdir(parents=True, exist_ok=True)
    path = DATA / f"bench-{bookings}.db"
    if path.exists():
        engine = make_engine(path)
        initialize(engine, actor="admin")  # upgrades the schema when the code moved on
        with read_session(engine) as session:
            from sqlalchemy import text

            count = session.execute(text("SELECT count(*) FROM booking")).scalar_one()
        engine.dispose()
        if count >= bookings:
            _opened_once(path)
            log(f"reusing {path} ({count:,} bookings)")
            return path
        path.unlink()
    log(f"building {path} with {bookings:,} bookings ...")
    started = time.perf_counter()
    engine = make_engine(path)
    initialize(engine, now=lambda: BENCH_NOW)
    fill_demo(engine, actor="admin", bookings=bookings, seed=1, now=BENCH_NOW)
    engine.dispose()
    _opened_once(path)
    log(f"built in {time.perf_counter() - started:.1f} s")
    return path


def _opened_once(path: Path) -> None:
    """Open the database as the app does once (it stores the public holidays of the years
    around today, which the window's first paint then reads instead of computing)."""
    Services.open(path, actor="admin").engine.dispose()


def raw_connection(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=FULL")
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA busy_timeout=30000")
    return conn


# What the read floors select: a booking and the names it refers to (its room's code and
# names, its organization's name and zone, who booked it), as the engine's one joined
# statement reads them for the read models the window shows.
NAMED_BOOKINGS = ("SELECT b.*, r.code, r.name, r.name_id, o.name, o.guest_tz, a.username "
                  "FROM booking b JOIN room r ON r.id = b.room_id "
                  "LEFT JOIN organization o ON o.id = b.organization_id "
                  "LEFT JOIN account a ON a.id = b.booked_by_id ")


def raw_booking(raw: sqlite3.Connection, room_id: int, lo: int, seconds: int,
                title: str) -> None:
    """A booking by hand inside an open transaction: the conflict check (with the 10-minute
    changeover), the insert (its triggers fill occupancy, the span bound and the search
    index, which indexes the title the engine writes) and an audit row."""
    raw.execute("SELECT o.booking_id FROM room_space s JOIN occupancy o ON o.space_id = "
                "s.space_id WHERE s.room_id = ? AND o.start_at > ? - 86400 AND "
                "o.start_at < ? AND o.end_at > ?", (room_id, lo, lo + seconds + 600, lo)
                ).fetchall()
    cur = raw.execute(
        "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
        "contact_name, contact_phone, notes, created_at, updated_at, version, "
        "buffer_before_min, buffer_after_min, cancel_reason) VALUES (?, ?, ?, ?, "
        "'confirmed', 0, '', '', '', ?, ?, 1, 0, 10, '')",
        (room_id, lo, lo + seconds, title, lo, lo))
    raw.execute("INSERT INTO audit_entry (at, actor_name, action, entity, entity_id, reason) "
                "VALUES (?, 'bench', 'booking.created', 'booking', ?, '')", (lo, cur.lastrowid))


def ui_results(path: Path, rounds: int, log: Callable[[str], None]) -> list[Result]:
    """The desktop's figures: cold start, switching days, week paint, search as you type."""
    import ui_bench

    start = ui_bench.cold_start(path)
    bare = ui_bench.bare_window()
    floor = bare["painted"]
    plain = ui_bench.plain_day(path)
    log(f"cold start: day view painted after {ui_bench.median_ms(start['painted']):.0f} ms, "
        f"editing ready after {ui_bench.median_ms(start['ready']):.0f} ms (database layer "
        f"loading behind the window; longest GUI stall meanwhile "
        f"{ui_bench.median_ms(start['stall']):.0f} ms); bare PySide6 window painted after "
        f"{ui_bench.median_ms(floor):.0f} ms ({ui_bench.median_ms(bare['whole']):.0f} ms "
        f"from start to exit); a plain Qt day of stock widgets and one sqlite3 read, no "
        f"app code, {ui_bench.median_ms(plain):.0f} ms "
        f"({statistics.median(plain) / statistics.median(floor):.2f}x the bare window); "
        f"peak memory "
        f"{statistics.median(start['memory']):.0f} MB (budget 150 MB)")
    window = ui_bench.in_window(path, max(10, rounds // 10))
    found = [Result("cold start to painted day", start["painted"], None, floor,
                    ratio_budget=1.5),
             Result("GUI stall while loading", start["stall"], 100.0, stat=0.99),
             Result("memory after start (MB)", start["memory"], 150.0, unit="MB"),
             Result("switch day (query+paint)", window["switch day"], 15.0),
             Result("week view (query+paint)", window["week view"], 40.0)]
    if window["search"]:
        found.append(Result("search as you type", window["search"], 100.0))
        found.append(Result("GUI stall while searching", window["search stall"], 100.0,
                            stat=0.99))
    return found


# The rows a report counts as booked, for the raw-SQL floors beside the report benchmarks.
_BOOKED_ROWS = ("FROM booking WHERE start_at < ? AND start_at > ? - (SELECT seconds FROM "
                "span_bound WHERE name = 'booking') AND end_at > ? AND (status IN ('tentative', "
                "'confirmed', 'checked_in', 'released') OR (status = 'cancelled' AND "
                "cancelled_at > start_at))")


def report_results(engine: Any, raw: sqlite3.Connection, rng: random.Random,
                   first_day: date, rounds: int) -> list[Result]:
    """The occupancy reports (issue 15) beside a plain SUM over the same booking rows."""
    managers = Services(engine, now=lambda: BENCH_NOW, actor="manager")
    last_day = BENCH_NOW.date()

    def start_of(days: int) -> date:
        return first_day + timedelta(days=rng.randrange(0, max(1, (last_day - first_day).days
                                                                - days)))

    def floor(days: int) -> Callable[[], None]:
        def raw_sum() -> None:
            first = start_of(days)
            lo = int(datetime.combine(first, datetime.min.time(), tzinfo=BUILDING_TZ)
                     .timestamp())
            hi = lo + days * 86400
            raw.execute("SELECT room_id, sum(min(end_at, ?) - max(start_at, ?)), "
                        "sum(CASE WHEN checked_in_at IS NOT NULL THEN min(end_at, ?) - "
                        "max(start_at, ?) ELSE 0 END) " + _BOOKED_ROWS + " GROUP BY room_id",
                        (hi, lo, hi, lo, hi, lo, lo)).fetchall()
        return raw_sum

    def month() -> None:
        first = start_of(31)
        managers.report_utilisation(first, first + timedelta(days=31), by="room")

    def year() -> None:
        first = start_of(365)
        managers.report_utilisation(first, first + timedelta(days=365), by="room")

    def peaks_year() -> None:
        first = start_of(365)
        managers.report_peaks(first, first + timedelta(days=365))

    few = min(30, rounds)
    return [Result("utilisation month by room", timed(month, few), 300.0, timed(floor(31), few)),
            Result("utilisation year", timed(year, few), 1000.0, timed(floor(365), few)),
            Result("peaks year", timed(peaks_year, few), 1000.0, timed(floor(365), few))]


def run(bookings: int, rounds: int, log: Callable[[str], None], *,
        ui: bool = True) -> list[Result]:
    built = build(bookings, log)
    # Measure on a scratch copy, so the bookings a run makes never pile up in the built file.
    path = built.with_name(built.stem + "-run.db")
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(built, path)
    engine = make_engine(path)
    clock_now = BENCH_NOW
    services = Services(engine, now=lambda: clock_now)
    rooms = [r for r in services.rooms() if r.bookable]
    draws = Draws(rooms, BENCH_NOW)
    rng, first_day, random_day = draws.rng, draws.first_day, draws.day
    raw = raw_connection(path)
    results: list[Result] = []
    # The holiday calendar of a year is computed once (tens of ms) and cached; warm the years
    # the samples fall in so the figures show the steady state a running desk sees.
    started = time.perf_counter()
    for year in range(first_day.year, BENCH_NOW.year + 2):
        holiday_on(date(year, 1, 1))
    log(f"holiday calendars warmed in {(time.perf_counter() - started) * 1000:.0f} ms")

    # Conflict check: the engine's query for one room and a one-hour span.
    conflict_args = draws.conflict_args

    # The engine's conflict check (clash_ids) inside an open transaction, as book and move
    # ask it; the clashing bookings are read only when a refusal names them.
    def raw_conflict() -> None:
        room_id, start, end = conflict_args()
        lo, hi = int(start.timestamp()), int(end.timestamp()) + 600
        raw.execute("SELECT o.booking_id FROM room_space s JOIN occupancy o ON o.space_id = "
                    "s.space_id WHERE s.room_id = ? AND o.start_at > ? - (SELECT seconds FROM "
                    "span_bound WHERE name = 'occupancy') AND o.start_at < ? AND o.end_at > ?",
                    (room_id, lo, hi, lo)).fetchall()

    with read_session(engine) as session:
        def engine_conflict() -> None:
            room_id, start, end = conflict_args()
            services.bookings.clash_ids(session, room_id=room_id, start=start, end=end,
                                        buffer_before_min=0, buffer_after_min=10)
        conflict, conflict_floor = paired(engine_conflict, raw_conflict, rounds * 5)
    results.append(Result("conflict check", conflict, 1.0, conflict_floor,
                          ratio_budget=3.0, stat=0.99))

    # Book with rules, conflict check, audit and a durable commit, in the free future.
    future_rooms = draws.future_rooms

    def book_args() -> tuple[str, datetime]:
        room, start = draws.free_slot()
        return room.code, start

    failures = 0

    def engine_book() -> None:
        nonlocal failures
        code, start = book_args()
        try:
            services.bookings.book(actor="frontdesk", room=code, start=start,
                                   end=start + timedelta(minutes=45), title="Benchmark")
        except BookingError:
            failures += 1

    def raw_book() -> None:
        code, start = book_args()
        room_id = next(r.id for r in rooms if r.code == code)
        lo = int(start.timestamp())
        raw.execute("BEGIN IMMEDIATE")
        raw_booking(raw, room_id, lo, 2700, "Benchmark")
        raw.execute("COMMIT")
    book, book_floor = paired(engine_book, raw_book, rounds)
    results.append(Result("book (durable commit)", book, None, book_floor, ratio_budget=3.0))
    if failures:
        log(f"note: {failures} of {rounds} benchmark bookings were refused by a rule")

    # One day of all rooms.
    def engine_day() -> None:
        start, end = local_day_bounds(random_day().date())
        services.list_bookings(start=start, end=end)

    def raw_day() -> None:
        start, end = local_day_bounds(random_day().date())
        lo, hi = int(start.timestamp()), int(end.timestamp())
        raw.execute(NAMED_BOOKINGS + "WHERE b.start_at > ? - (SELECT seconds FROM span_bound "
                    "WHERE name = 'booking') AND b.start_at < ? AND b.end_at > ?",
                    (lo, hi, lo)).fetchall()
    taken_ms, floor_ms = paired(engine_day, raw_day, rounds)
    results.append(Result("one day, all rooms", taken_ms, None, floor_ms, ratio_budget=3.0))

    # One week of one room.
    def engine_week() -> None:
        start = random_day()
        services.list_bookings(start=start, end=start + timedelta(days=7),
                               room_ids=[rng.choice(rooms).id])

    def raw_week(named: bool = True) -> None:
        start = random_day()
        lo = int(start.timestamp())
        raw.execute((NAMED_BOOKINGS if named else "SELECT b.* FROM booking b ") +
                    "WHERE b.room_id = ? AND b.start_at > ? - (SELECT seconds FROM span_bound "
                    "WHERE name = 'booking') AND b.start_at < ? AND b.end_at > ?",
                    (rng.choice(rooms).id, lo, lo + 7 * 86400, lo)).fetchall()
    taken_ms, floor_ms = paired(engine_week, raw_week, rounds)
    results.append(Result("one week, one room", taken_ms, None, floor_ms, ratio_budget=3.0))
    log(f"one week, one room: the booking table alone, without the names, takes "
        f"{statistics.median(timed(lambda: raw_week(named=False), rounds)) * 1000:.3f} ms p50")

    # Free-room search for an hour, six people, on a coming day (a past span is refused).
    def coming_day() -> datetime:
        day = BENCH_NOW.date() + timedelta(days=rng.randrange(1, WINDOW_DAYS + 1))
        return datetime.combine(day, datetime.min.time(), tzinfo=BUILDING_TZ)

    def engine_free() -> None:
        start = coming_day() + timedelta(hours=rng.randrange(8, 19))
        services.availability.free_rooms(start=start, end=start + timedelta(hours=1),
                                         capacity=6)

    # The floor does the search's whole work in one hand-written statement: capacity, the
    # kind's changeover buffers, building and room closures, another team's term, opening
    # hours and a public holiday, the room's amenities, and until when it stays free (its next
    # booking that day and its closing time). The bare occupancy query is printed beside it.
    from booking.calendar import holiday_on as holiday_of
    from booking.policy import POLICIES

    kinds_sql = ", ".join(f"('{kind}', {p.buffer_before_min * 60}, {p.buffer_after_min * 60})"
                          for kind, p in POLICIES.items())
    free_sql = (
        f"WITH policy(kind, before_s, after_s) AS (VALUES {kinds_sql}) "
        "SELECT r.id, r.code, r.name, f.level, r.kind, r.capacity, "
        "(SELECT group_concat(a.amenity) FROM room_amenity a WHERE a.room_id = r.id), "
        "(SELECT min(o.start_at) FROM room_space s JOIN occupancy o ON o.space_id = s.space_id "
        " WHERE s.room_id = r.id AND o.start_at >= :hi AND o.start_at < :day_end), "
        "(SELECT max(h.closes_min) FROM opening_hours h WHERE h.profile_code = r.hours_profile "
        " AND h.weekday = :weekday AND h.opens_min <= :from_min AND h.closes_min >= :to_min) "
        "FROM room r JOIN floor f ON f.id = r.floor_id JOIN policy p ON p.kind = r.kind "
        "WHERE r.bookable AND NOT r.retired AND r.capacity >= :capacity "
        "AND NOT EXISTS (SELECT 1 FROM room_space s JOIN occupancy o ON o.space_id = s.space_id "
        " WHERE s.room_id = r.id AND o.start_at > :lo - p.before_s - (SELECT seconds FROM "
        " span_bound WHERE name = 'occupancy') AND o.start_at < :hi + p.after_s "
        " AND o.end_at > :lo - p.before_s) "
        "AND NOT EXISTS (SELECT 1 FROM closure c WHERE (c.room_id IS NULL OR c.room_id = r.id) "
        " AND c.start_at < :hi AND c.end_at > :lo) "
        "AND NOT EXISTS (SELECT 1 FROM term_assignment t WHERE t.room_id = r.id AND t.active "
        " AND t.start_at < :hi AND t.end_at > :lo) "
        "AND (r.hours_profile IS NULL OR EXISTS (SELECT 1 FROM opening_hours h WHERE "
        " h.profile_code = r.hours_profile AND h.weekday = :weekday AND h.opens_min <= :from_min "
        " AND h.closes_min >= :to_min)) "
        "AND (:holiday = 0 OR EXISTS (SELECT 1 FROM hours_profile hp WHERE "
        " hp.code = r.hours_profile AND hp.open_on_holidays)) "
        "ORDER BY r.capacity, f.level, r.code")

    def raw_free(at: datetime | None = None) -> list[Any]:
        start = at or coming_day() + timedelta(hours=rng.randrange(8, 19))
        lo = int(start.timestamp())
        local_start = start.astimezone(BUILDING_TZ)
        minutes = local_start.hour * 60 + local_start.minute
        day_end = int(local_day_bounds(local_start.date())[1].timestamp())
        return raw.execute(free_sql, {
            "lo": lo, "hi": lo + 3600, "capacity": 6, "day_end": day_end,
            "weekday": local_start.weekday(), "from_min": minutes, "to_min": minutes + 60,
            "holiday": int(holiday_of(local_start.date()) is not None)}).fetchall()

    # The floor must find the same rooms as the search, or it is not the same work.
    agree = 0
    for _ in range(40):
        start = coming_day() + timedelta(hours=rng.randrange(7, 21))
        found = [r.code for r in services.availability.free_rooms(
            start=start, end=start + timedelta(hours=1), capacity=6)]
        agree += found == [row[1] for row in raw_free(start)]
    log(f"free-room search: the floor finds the same rooms as the search on {agree} of 40 spans")

    def bare_free() -> None:
        start = coming_day() + timedelta(hours=rng.randrange(8, 19))
        lo = int(start.timestamp())
        raw.execute("SELECT r.id FROM room r WHERE r.bookable AND NOT r.retired AND "
                    "r.capacity >= 6 AND NOT EXISTS (SELECT 1 FROM room_space s JOIN occupancy "
                    "o ON o.space_id = s.space_id WHERE s.room_id = r.id AND o.start_at > ? - "
                    "86400 AND o.start_at < ? AND o.end_at > ?) ORDER BY r.capacity",
                    (lo, lo + 3600, lo)).fetchall()
    bare = timed(bare_free, rounds)
    log(f"free-room search: the bare occupancy query alone takes "
        f"{statistics.median(bare) * 1000:.3f} ms p50")
    taken_ms, floor_ms = paired(engine_free, raw_free, rounds)
    results.append(Result("free-room search", taken_ms, None, floor_ms, ratio_budget=3.0))

    # A weekly series of 52 occurrences with its preview, created in one transaction (a
    # manager's override lets it run past the 180-day window, so all 52 are written).
    series_slots = [(room.code, hour) for room in future_rooms for hour in range(8, 19, 2)]
    rng.shuffle(series_slots)
    first_monday = BENCH_NOW.date() + timedelta(days=WINDOW_DAYS + 120)
    while first_monday.weekday() != 0:
        first_monday += timedelta(days=1)
    series_failures = 0
    lock_held: list[float] = []

    def engine_series() -> None:
        nonlocal series_failures
        code, hour = series_slots.pop()
        start = datetime.combine(first_monday, datetime.min.time(),
                                 tzinfo=BUILDING_TZ) + timedelta(hours=hour)
        try:
            services.series.create(actor="manager", room=code, start=start,
                                   end=start + timedelta(hours=1), rule="FREQ=WEEKLY;COUNT=52",
                                   title="Benchmark series", skip_conflicts=True,
                                   override_reason="benchmark")
        except BookingError:
            series_failures += 1
    import booking.series.service as series_service

    # A series is written on the plain road (quick_write) unless it must take the session's.
    openers = {name: getattr(series_service, name) for name in ("write_session", "quick_write")}
    for name, opener in openers.items():
        setattr(series_service, name, _timing(opener, lock_held))
    raw_slots = [(room.id, hour) for room in future_rooms for hour in range(8, 19, 2)]
    rng.shuffle(raw_slots)

    def raw_series() -> None:
        # The same 52 dates' work by hand on Tuesdays: a conflict check, the booking (its
        # triggers fill occupancy, the span bound and the search index) and an audit row per
        # date, one BEGIN IMMEDIATE and one durable commit.
        room_id, hour = raw_slots.pop()
        first = datetime.combine(first_monday + timedelta(days=1), datetime.min.time(),
                                 tzinfo=BUILDING_TZ) + timedelta(hours=hour)
        raw.execute("BEGIN IMMEDIATE")
        for week in range(52):
            raw_booking(raw, room_id, int((first + timedelta(weeks=week)).timestamp()), 3600,
                        "Benchmark series")
        raw.execute("COMMIT")

    try:
        # Budget: 3x the same 52 dates written by hand in one transaction. (The first
        # budget, 25 single-booking floors, assumed the durable commit dominates a booking;
        # where commits are cheap the 52 inserts alone exceed it, so it is printed beside.)
        engine_runs, series_floor = paired(engine_series, raw_series, min(20, rounds))
        results.append(Result("weekly series of 52", engine_runs, None, series_floor,
                              ratio_budget=3.0))
    finally:
        for name, opener in openers.items():
            setattr(series_service, name, opener)
    log(f"weekly series of 52: {statistics.median(engine_runs) / statistics.median(book_floor):.1f} "
        f"single-booking floors; the same 52 dates by hand take "
        f"{statistics.median(series_floor) / statistics.median(book_floor):.1f}")
    # How long the 52-date series keeps other desks from writing (BEGIN IMMEDIATE to COMMIT):
    # the rule is expanded before the lock is taken.
    results.append(Result("series: write lock held", lock_held, None))
    if series_failures:
        log(f"note: {series_failures} benchmark series were refused")

    results.extend(report_results(engine, raw, rng, first_day, rounds))
    results.extend(bench_search(services, rounds, rng, Result))

    log("\nquery plans:")
    plans = {
        "conflict check": ("SELECT o.booking_id FROM room_space s JOIN occupancy o ON "
                           "o.space_id = s.space_id WHERE s.room_id = 5 AND o.start_at > 1 - "
                           "(SELECT seconds FROM span_bound WHERE name = 'occupancy') AND "
                           "o.start_at < 10 AND o.end_at > 1"),
        "one day": ("SELECT id FROM booking WHERE start_at > 1 - (SELECT seconds FROM "
                    "span_bound WHERE name = 'booking') AND start_at < 10 AND end_at > 1"),
        "one room": ("SELECT id FROM booking WHERE room_id IN (5) AND start_at > 1 - 86400 "
                     "AND start_at < 10 AND end_at > 1"),
    }
    from booking.reports.peaks import _PEAKS_SQL
    from booking.reports.utilisation import _BOOKED_SQL

    for name, sql in (("utilisation", _BOOKED_SQL.format(org="NULL")), ("peaks", _PEAKS_SQL)):
        plans[name] = re.sub(r":\w+", "1", re.sub(r":(spans|cover)\b", "'[]'", sql))
    for name, sql in plans.items():
        details = [row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql)]
        log(f"  {name}: " + " | ".join(details))
    raw.close()
    engine.dispose()
    if ui:
        results.extend(ui_results(path, rounds, log))
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bookings", type=int, default=1_000_000)
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--no-ui", action="store_true", help="skip the desktop benchmarks")
    parser.add_argument("--db", metavar="URL",
                        help="a PostgreSQL server (postgresql://user@host/db): the engine's "
                             "figures there, on the same bookings moved with migrate-to")
    args = parser.parse_args()

    def log(line: str) -> None:
        print(line, file=sys.stderr if args.json else sys.stdout)

    if args.db:
        from server_bench import prepare, run_server

        server_db = prepare(args.db, args.bookings, build(args.bookings, log), log)
        results = run_server(args.db, server_db, args.rounds, log, Result, paired, BENCH_NOW)
    else:
        results = run(args.bookings, args.rounds, log, ui=not args.no_ui)
    if args.json:
        print(json.dumps([r.row() for r in results], indent=2))
        return 0
    print(table(results))
    return 0


def table(results: list[Result]) -> str:
    """The figures as a table: medians with the floor beside them, the ratio, the budget and
    whether it holds."""
    lines = [f"{'operation':<26}{'p50 ms':>10}{'p99 ms':>10}{'floor p50':>11}{'x floor':>9}"
             f"  {'budget':<18}{'':4}"]
    for result in results:
        row = result.row()
        floor = f"{row['floor_p50_ms']:.3f}" if row["floor_p50_ms"] is not None else "-"
        ratio = f"{result.ratio:.1f}" if result.ratio is not None else "-"
        verdict = {True: "pass", False: "FAIL", None: ""}[result.passed]
        lines.append(f"{result.name:<26}{row['p50_ms']:>10.3f}{row['p99_ms']:>10.3f}"
                     f"{floor:>11}{ratio:>9}  {result.budget_text():<18}{verdict:4}")
    return "\n".join(lines)


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    # Skip interpreter teardown: PySide6 can crash while collecting Qt objects at exit, which
    # would turn a finished run into a failure.
    os._exit(code)
