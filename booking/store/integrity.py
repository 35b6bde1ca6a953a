"""Checks of the database itself (`doctor`), and the guards put back when they went missing.

SQLite's own integrity and foreign-key checks; the guards (the room_space view and the
triggers) against what this version of Ruang creates; occupancy against what the active
bookings imply; intervals of one space that overlap; the write-ahead log.
"""

import logging
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text

from booking.errors import BadInput
from booking.store.db import READ_ONLY, is_sqlite, sqlite_file
from booking.store.guards import ACTIVE_SQL, guard_statements
from booking.store.search_index import search_trigger_statements
from booking.timeutil import from_epoch, hhmm, when
from booking.views import DatabaseHealth, Finding

log = logging.getLogger("ruang")

CHECKS = ("integrity", "foreign_keys", "guards", "span_bound", "occupancy", "overlap", "wal")
# Lines of one kind named before the rest are counted.
LISTED = 10
SPAN_BOUNDS = ("occupancy", "booking")

_IMPLIED = ("SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60, "
            "b.end_at + b.buffer_after_min * 60 FROM booking b JOIN room_space s "
            f"ON s.room_id = b.room_id WHERE b.status IN {ACTIVE_SQL}")
_STORED = "SELECT booking_id, space_id, start_at, end_at FROM occupancy"


def expected_guards() -> dict[str, str]:
    """Every view and trigger the newest schema has on SQLite, by name: its CREATE statement."""
    return {**guard_statements(), **search_trigger_statements()}


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def _kind(statement: str) -> str:
    return "view" if statement.startswith("CREATE VIEW") else "trigger"


def guard_problems(connection: Connection) -> tuple[list[str], list[str]]:
    """The guards that are missing, and those that differ from what Ruang creates."""
    present = {str(name): str(sql or "") for name, sql in connection.execute(text(
        "SELECT name, sql FROM sqlite_master WHERE type IN ('trigger', 'view')"))}
    missing, changed = [], []
    for name, statement in expected_guards().items():
        if name not in present:
            missing.append(name)
        elif _normal(present[name]) != _normal(statement):
            changed.append(name)
    return missing, changed


def restore_guards(connection: Connection) -> list[str]:
    """Create again the guards that are missing or changed, and the span bounds the overlap
    search needs; returns what was put back, as '<kind> <name>' (SQLite at the newest schema)."""
    missing, changed = guard_problems(connection)
    expected = expected_guards()
    restored = []
    for name in missing + changed:
        kind = _kind(expected[name])
        connection.execute(text(f"DROP {kind.upper()} IF EXISTS {name}"))
        connection.execute(text(expected[name]))
        restored.append(f"{'missing' if name in missing else 'changed'} {kind} {name}")
    # Without its guards the span bound may have been shrunk or deleted: it must cover the
    # longest interval again, or the overlap search would not look back far enough.
    unguarded = any("span_bound" in name for name in missing + changed)
    present = set(connection.execute(text("SELECT name FROM span_bound")).scalars())
    for name in SPAN_BOUNDS:
        longest = f"(SELECT COALESCE(MAX(end_at - start_at), 0) FROM {name})"
        if name not in present:
            connection.execute(text(f"INSERT INTO span_bound (name, seconds) "
                                    f"SELECT '{name}', {longest}"))
            restored.append(f"missing span bound {name}")
        elif unguarded:
            connection.execute(text(f"UPDATE span_bound SET seconds = {longest} "
                                    f"WHERE name = '{name}' AND seconds < {longest}"))
    if restored:
        log.warning("re-created missing database guards: %s", ", ".join(restored))
    return restored


def check_database(engine: Engine, *, restored: Iterable[str] = ()) -> DatabaseHealth:
    """Run every check (read-only); `restored` names guards put back when the store opened."""
    if not is_sqlite(engine):
        raise BadInput("doctor checks SQLite databases only so far")
    findings = [Finding("guards", f"{what}: Ruang created it again when it opened the "
                                  "database") for what in restored]
    notes: list[str] = []
    with engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        findings += _integrity(connection)
        findings += _foreign_keys(connection)
        missing, changed = guard_problems(connection)
        expected = expected_guards()
        findings += [Finding("guards", f"{_kind(expected[n])} {n} is missing: the database "
                                       "no longer enforces it (open the database with Ruang "
                                       "to create it again)") for n in missing]
        findings += [Finding("guards", f"{_kind(expected[n])} {n} differs from Ruang's (open "
                                       "the database with Ruang to put it back)")
                     for n in changed]
        findings += _span_bounds(connection)
        findings += _occupancy(connection)
        findings += _overlaps(connection)
        wal, note = _wal(engine, connection)
        findings += wal
        notes.append(note)
    return DatabaseHealth(CHECKS, tuple(findings), tuple(notes))


def _listed(items: list[str]) -> str:
    more = f" and {len(items) - LISTED} more" if len(items) > LISTED else ""
    return ", ".join(items[:LISTED]) + more


def _integrity(connection: Connection) -> list[Finding]:
    rows = [str(r) for r in connection.execute(
        text(f"PRAGMA integrity_check({LISTED})")).scalars()]
    return [] if rows == ["ok"] else [Finding("integrity", f"integrity check: {r}") for r in rows]


def _foreign_keys(connection: Connection) -> list[Finding]:
    broken: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
        broken[(str(table), str(parent))].append(str(rowid))
    return [Finding("foreign_keys", f"{len(rows)} rows of {table} point at {parent} rows that "
                                    f"are not there (rowids {_listed(rows)})")
            for (table, parent), rows in sorted(broken.items())]


def _span_bounds(connection: Connection) -> list[Finding]:
    """The overlap search looks back as far as span_bound says: it must cover every row."""
    bounds = {str(name): int(seconds) for name, seconds in connection.execute(text(
        "SELECT name, seconds FROM span_bound"))}
    found = []
    for name in SPAN_BOUNDS:
        longest = connection.execute(text(
            f"SELECT COALESCE(MAX(end_at - start_at), 0) FROM {name}")).scalar_one()
        if name not in bounds:
            found.append(Finding("span_bound", f"the span bound of {name} is missing: the "
                                               "overlap search cannot look back"))
        elif bounds[name] < longest:
            found.append(Finding("span_bound", f"the span bound of {name} is {bounds[name]} s "
                                               f"but a row spans {longest} s: the overlap "
                                               "search looks back too little"))
    return found


def _occupancy(connection: Connection) -> list[Finding]:
    stray = sorted({r[0] for r in connection.execute(text(f"{_STORED} EXCEPT {_IMPLIED}"))})
    lacking = sorted({r[0] for r in connection.execute(text(f"{_IMPLIED} EXCEPT {_STORED}"))})
    found = []
    if stray:
        found.append(Finding("occupancy", "occupancy rows that no active booking takes, of "
                                          f"booking{'s' if len(stray) > 1 else ''} "
                                          f"{_listed([f'#{i}' for i in stray])}"))
    if lacking:
        which = (f"booking #{lacking[0]} lacks its" if len(lacking) == 1 else
                 f"bookings {_listed([f'#{i}' for i in lacking])} lack their")
        found.append(Finding("occupancy", f"{which} occupancy rows, so nothing stops another "
                                          "booking of the room then"))
    return found


def _overlaps(connection: Connection) -> list[Finding]:
    rows = connection.execute(text(
        "SELECT a.booking_id, b.booking_id, r.code, max(a.start_at, b.start_at), "
        "min(a.end_at, b.end_at) FROM occupancy a JOIN occupancy b "
        "ON b.space_id = a.space_id AND b.start_at >= a.start_at AND b.start_at < a.end_at "
        "AND b.booking_id <> a.booking_id AND (b.start_at > a.start_at OR b.id > a.id) "
        f"JOIN room r ON r.id = a.space_id ORDER BY 4 LIMIT {LISTED + 1}")).all()
    found = [Finding("overlap", f"bookings #{min(a, b)} and #{max(a, b)} both hold {space} "
                                f"{when(from_epoch(lo))}–{hhmm(from_epoch(hi))} (changeover "
                                "included)") for a, b, space, lo, hi in rows[:LISTED]]
    if len(rows) > LISTED:
        found.append(Finding("overlap", "and more overlapping bookings after these"))
    return found


def _wal(engine: Engine, connection: Connection) -> tuple[list[Finding], str]:
    path = sqlite_file(engine)
    if path is None:
        return [], "WAL: not used (the database lives in memory)"
    mode = str(connection.execute(text("PRAGMA journal_mode")).scalar())
    if mode.lower() != "wal":
        return [Finding("wal", f"the journal mode is {mode}, not wal: readers and the writer "
                               "block one another (is the folder read-only, or on a network "
                               "share?)")], f"WAL: journal mode {mode}"
    log_file = path.with_name(path.name + "-wal")
    size = log_file.stat().st_size if log_file.exists() else 0
    return [], f"WAL: journal mode wal, log {size // 1024} KB"
