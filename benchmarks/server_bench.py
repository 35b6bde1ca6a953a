"""The engine's figures on a PostgreSQL server (`run.py --db postgresql://…`).

The data is the SQLite benchmark file of the same size, moved to the server once with
`migrate-to` (into a database named after the size beside the one --db names), so both
backends measure the same bookings. Each run works on a copy of it (CREATE DATABASE …
TEMPLATE), so the bookings a run makes never pile up. Every operation is timed through the
real services beside a hand-written psycopg version of the same statements (the floor);
the server's own budgets are in milliseconds (issue 18): book p50 <= 10, one day of all
rooms p50 <= 10, conflict check p99 <= 2 at 1,000,000 bookings.
"""

import secrets
import time
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

import psycopg
from draws import Draws
from sqlalchemy.engine import make_url

from booking.building.demo import WINDOW_DAYS
from booking.errors import BookingError
from booking.services import Services
from booking.store.db import WRITE_LOCK_SQL, make_engine, read_session
from booking.timeutil import BUILDING_TZ, local_day_bounds


def _libpq(url: str, database: str | None = None) -> str:
    parsed = make_url(url)
    return parsed.set(drivername="postgresql",
                      database=database or parsed.database).render_as_string(hide_password=False)


def _sqlalchemy(url: str, database: str) -> str:
    return make_url(url).set(drivername="postgresql+psycopg", database=database).render_as_string(
        hide_password=False)


def _exists(admin: Any, name: str) -> bool:
    return admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,)).fetchone() \
        is not None


def prepare(url: str, bookings: int, sqlite_file: Any, log: Callable[[str], None]) -> str:
    """The server database holding the benchmark's bookings (moved there once from the
    SQLite file); returns its name."""
    name = f"ruang_bench_{bookings}"
    with psycopg.connect(_libpq(url), autocommit=True) as admin:
        if _exists(admin, name):
            with psycopg.connect(_libpq(url, name)) as probe:
                row = probe.execute("SELECT count(*) FROM booking").fetchone()
                count = int(row[0]) if row else 0
            if count >= bookings:
                log(f"reusing server database {name} ({count:,} bookings)")
                return name
            admin.execute(f"DROP DATABASE {name} WITH (FORCE)")
        admin.execute(f"CREATE DATABASE {name}")
    log(f"moving {sqlite_file.name} to the server database {name} (migrate-to) ...")
    started = time.perf_counter()
    source = Services(make_engine(sqlite_file), actor="admin")
    last = [0.0]

    def progress(table: str, done: int, total: int) -> None:
        if time.perf_counter() - last[0] > 10 or done >= total:
            last[0] = time.perf_counter()
            log(f"  {table}: {done:,} of {total:,}")
    try:
        source.migrate_to(_sqlalchemy(url, name), progress=progress)
    finally:
        source.engine.dispose()
    with psycopg.connect(_libpq(url, name), autocommit=True) as tidy:
        tidy.execute("VACUUM ANALYZE")
    log(f"moved in {time.perf_counter() - started:.0f} s")
    return name


def run_server(url: str, built: str, rounds: int, log: Callable[[str], None],
               result: Any, paired: Callable[..., tuple[list[float], list[float]]],
               bench_now: datetime) -> list[Any]:
    """Time the engine on a copy of the server database `built`."""
    scratch = f"ruang_bench_run_{secrets.token_hex(4)}"
    with psycopg.connect(_libpq(url), autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {scratch} TEMPLATE {built}")
    engine = make_engine(_sqlalchemy(url, scratch))
    raw = psycopg.connect(_libpq(url, scratch))
    try:
        return _measure(engine, raw, rounds, log, result, paired, bench_now)
    finally:
        raw.close()
        engine.dispose()
        with psycopg.connect(_libpq(url), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")


def _measure(engine: Any, raw: Any, rounds: int, log: Callable[[str], None], result: Any,
             paired: Callable[..., tuple[list[float], list[float]]],
             bench_now: datetime) -> list[Any]:
    services = Services(engine, now=lambda: bench_now)
    rooms = [r for r in services.rooms() if r.bookable]
    draws = Draws(rooms, bench_now)
    rng, random_day, conflict_args = draws.rng, draws.day, draws.conflict_args
    results: list[Any] = []

    def raw_conflict() -> None:
        room_id, start, end = conflict_args()
        lo, hi = int(start.timestamp()), int(end.timestamp()) + 600
        raw.execute("SELECT o.booking_id FROM room_space s JOIN occupancy o ON o.space_id = "
                    "s.space_id WHERE s.room_id = %s AND o.start_at > %s::bigint - (SELECT "
                    "seconds FROM span_bound WHERE name = 'occupancy') AND o.start_at < "
                    "%s::bigint AND o.end_at > %s::bigint", (room_id, lo, hi, lo)).fetchall()

    with read_session(engine) as session:
        def engine_conflict() -> None:
            room_id, start, end = conflict_args()
            services.bookings.clash_ids(session, room_id=room_id, start=start, end=end,
                                        buffer_before_min=0, buffer_after_min=10)
        conflict, floor = paired(engine_conflict, raw_conflict, rounds * 5)
    raw.rollback()
    results.append(result("conflict check", conflict, 2.0, floor, stat=0.99))

    book_args = draws.free_slot

    refused = 0

    def engine_book() -> None:
        nonlocal refused
        room, start = book_args()
        try:
            services.bookings.book(actor="frontdesk", room=room.code, start=start,
                                   end=start + timedelta(minutes=45), title="Benchmark")
        except BookingError:
            refused += 1

    def raw_book() -> None:
        # The same work by hand: the writers' lock, the conflict check, the insert (its
        # triggers fill occupancy and the search vector) and an audit row, one commit.
        room, start = book_args()
        lo = int(start.timestamp())
        raw.execute(WRITE_LOCK_SQL)
        raw.execute("SELECT o.booking_id FROM room_space s JOIN occupancy o ON o.space_id = "
                    "s.space_id WHERE s.room_id = %s AND o.start_at > %s::bigint - 86400 AND "
                    "o.start_at < %s::bigint AND o.end_at > %s::bigint",
                    (room.id, lo, lo + 2700 + 600, lo)).fetchall()
        row = raw.execute(
            "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
            "contact_name, contact_phone, notes, created_at, updated_at, version, "
            "buffer_before_min, buffer_after_min, cancel_reason) VALUES (%s, %s, %s, 'raw', "
            "'confirmed', 0, '', '', '', %s, %s, 1, 0, 10, '') RETURNING id",
            (room.id, lo, lo + 2700, lo, lo)).fetchone()
        # The chain's entries carry their ids (the hash covers them), as the engine's do.
        raw.execute("INSERT INTO audit_entry (id, at, actor_name, action, entity, entity_id, "
                    "reason, prev_hash, hash) VALUES ((SELECT COALESCE(MAX(id), 0) + 1 FROM "
                    "audit_entry), %s, 'bench', 'booking.created', 'booking', %s, '', '', '')",
                    (lo, row[0]))
        raw.commit()
    book, floor = paired(engine_book, raw_book, rounds)
    results.append(result("book (durable commit)", book, 10.0, floor))
    if refused:
        log(f"note: {refused} of {rounds} benchmark bookings were refused by a rule")

    def engine_day() -> None:
        start, end = local_day_bounds(random_day().date())
        services.list_bookings(start=start, end=end)

    def raw_day() -> None:
        start, end = local_day_bounds(random_day().date())
        lo, hi = int(start.timestamp()), int(end.timestamp())
        raw.execute("SELECT b.*, r.code FROM booking b JOIN room r ON r.id = b.room_id WHERE "
                    "b.start_at > %s::bigint - (SELECT seconds FROM span_bound WHERE name = "
                    "'booking') AND b.start_at < %s::bigint AND b.end_at > %s::bigint",
                    (lo, hi, lo)).fetchall()
        raw.rollback()
    day, floor = paired(engine_day, raw_day, rounds)
    results.append(result("one day, all rooms", day, 10.0, floor))

    def engine_week() -> None:
        start = random_day()
        services.list_bookings(start=start, end=start + timedelta(days=7),
                               room_ids=[rng.choice(rooms).id])

    def raw_week() -> None:
        lo = int(random_day().timestamp())
        raw.execute("SELECT * FROM booking WHERE room_id = %s AND start_at > %s::bigint - 86400 "
                    "AND start_at < %s::bigint AND end_at > %s::bigint",
                    (rng.choice(rooms).id, lo, lo + 7 * 86400, lo)).fetchall()
        raw.rollback()
    week, floor = paired(engine_week, raw_week, rounds)
    results.append(result("one week, one room", week, None, floor))

    def coming() -> datetime:
        day = bench_now.date() + timedelta(days=rng.randrange(1, WINDOW_DAYS + 1))
        return datetime.combine(day, datetime.min.time(), tzinfo=BUILDING_TZ) + timedelta(
            hours=rng.randrange(8, 19))

    def engine_free() -> None:
        start = coming()
        services.availability.free_rooms(start=start, end=start + timedelta(hours=1),
                                         capacity=6)

    def raw_free() -> None:
        lo = int(coming().timestamp())
        raw.execute("SELECT r.id FROM room r WHERE r.bookable AND NOT r.retired AND "
                    "r.capacity >= 6 AND NOT EXISTS (SELECT 1 FROM room_space s JOIN occupancy "
                    "o ON o.space_id = s.space_id WHERE s.room_id = r.id AND o.start_at > "
                    "%s::bigint - 86400 AND o.start_at < %s::bigint AND o.end_at > %s::bigint) "
                    "ORDER BY r.capacity", (lo, lo + 3600, lo)).fetchall()
        raw.rollback()
    free, floor = paired(engine_free, raw_free, rounds)
    results.append(result("free-room search", free, None, floor))

    words = ["review", "planning", "Telkom", "Mandiri", "sprint", "workshop"]

    def engine_search() -> None:
        services.search(text=rng.choice(words), limit=50)
    search, _none = paired(engine_search, lambda: None, max(20, rounds // 4))
    results.append(result("text search (all bookings)", search, 100.0))

    log("\nquery plans (server):")
    for name, sql in (
            ("conflict check", "SELECT o.booking_id FROM room_space s JOIN occupancy o ON "
             "o.space_id = s.space_id WHERE s.room_id = 5 AND o.start_at > 1 - 86400 AND "
             "o.start_at < 10 AND o.end_at > 1"),
            ("one day", "SELECT id FROM booking WHERE start_at > 1 - 86400 AND start_at < 10 "
             "AND end_at > 1")):
        plan = [row[0] for row in raw.execute("EXPLAIN " + sql).fetchall()]
        log(f"  {name}: " + " | ".join(line.strip() for line in plan[:3]))
    raw.rollback()
    return results
