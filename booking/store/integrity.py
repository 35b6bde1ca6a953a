"""Checks of the database itself (`doctor`), and the guards put back when they went missing.

SQLite's own integrity and foreign-key checks; the guards (the room_space view and the
triggers; on PostgreSQL also the exclusion constraint) against what this version of Ruang
creates; occupancy against what the active bookings imply; intervals of one space that
overlap; the write-ahead log.
"""

import logging
from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import IntegrityError

from booking.i18n import _, ngettext
from booking.store.db import READ_ONLY, is_sqlite, sqlite_file
from booking.store.guards import ACTIVE_SQL, ServerGuard, guard_statements, server_guards
from booking.store.notices import server_notice_guards
from booking.store.revision import revision_trigger_statements, server_revision_guards
from booking.store.search_index import search_trigger_statements, server_search_guards
from booking.timeutil import from_epoch, hhmm, when
from booking.tool_views import DatabaseHealth, Finding

log = logging.getLogger("ruang")

CHECKS = ("integrity", "foreign_keys", "guards", "span_bound", "occupancy", "overlap", "wal")
SQLITE_ONLY_CHECKS = ("integrity", "foreign_keys", "wal")
# Lines of one kind named before the rest are counted.
LISTED = 10
SPAN_BOUNDS = ("occupancy", "booking")

_IMPLIED = ("SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60, "
            "b.end_at + b.buffer_after_min * 60 FROM booking b JOIN room_space s "
            f"ON s.room_id = b.room_id WHERE b.status IN {ACTIVE_SQL}")
_STORED = "SELECT booking_id, space_id, start_at, end_at FROM occupancy"


def expected_guards() -> dict[str, str]:
    """Every view and trigger the newest schema has on SQLite, by name: its CREATE statement."""
    return {**guard_statements(), **search_trigger_statements(),
            **revision_trigger_statements()}


def _normal(sql: str) -> str:
    return " ".join(sql.split())


def _kind(statement: str) -> str:
    return "view" if statement.startswith("CREATE VIEW") else "trigger"


def expected_server_guards() -> dict[str, ServerGuard]:
    """Every guard the newest schema has on PostgreSQL, by name."""
    return {guard.name: guard for guard in (*server_guards(), *server_search_guards(),
                                            *server_revision_guards(),
                                            *server_notice_guards())}


def _server_guard_problems(connection: Connection) -> tuple[list[str], list[str]]:
    triggers = {str(name): str(source) for name, source in connection.execute(text(
        "SELECT t.tgname, p.prosrc FROM pg_trigger t JOIN pg_proc p ON p.oid = t.tgfoid "
        "WHERE NOT t.tgisinternal AND p.proname = t.tgname"))}
    others = set(connection.execute(text(
        "SELECT viewname FROM pg_views WHERE schemaname = current_schema() UNION ALL "
        "SELECT conname FROM pg_constraint WHERE contype = 'x'")).scalars())
    missing, changed = [], []
    for name, guard in expected_server_guards().items():
        if guard.kind != "trigger":
            if name not in others:
                missing.append(name)
        elif name not in triggers:
            missing.append(name)
        elif _normal(triggers[name]) != _normal(guard.source):
            changed.append(name)
    return missing, changed


def _restore_server_guards(connection: Connection) -> list[str]:
    missing, changed = _server_guard_problems(connection)
    expected = expected_server_guards()
    restored = []
    for name in missing + changed:
        guard = expected[name]
        try:
            with connection.begin_nested():
                for statement in (*guard.drop, *guard.create):
                    connection.execute(text(statement))
        except IntegrityError:
            continue  # the exclusion constraint, over rows that overlap: doctor names them
        restored.append(f"{'missing' if name in missing else 'changed'} {guard.kind} {name}")
    return restored


def guard_problems(connection: Connection) -> tuple[list[str], list[str]]:
    """The guards that are missing, and those that differ from what Ruang creates."""
    if connection.dialect.name == "postgresql":
        return _server_guard_problems(connection)
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
    search needs; returns what was put back, as '<kind> <name>' (at the newest schema)."""
    missing, changed = guard_problems(connection)
    expected = expected_guards()
    restored = []
    if connection.dialect.name == "postgresql":
        restored, missing, changed = _restore_server_guards(connection), [], []
    for name in missing + changed:
        kind = _kind(expected[name])
        connection.execute(text(f"DROP {kind.upper()} IF EXISTS {name}"))
        connection.execute(text(expected[name]))
        restored.append(f"{'missing' if name in missing else 'changed'} {kind} {name}")
    # Without its guards the span bound may have been shrunk or deleted: it must cover the
    # longest interval again, or the overlap search would not look back far enough.
    unguarded = any("span_bound" in what for what in restored)
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
    sqlite = is_sqlite(engine)
    findings = [Finding("guards", _("{what}: Ruang created it again when it opened the "
                                    "database").format(what=what)) for what in restored]
    notes: list[str] = []
    with engine.connect().execution_options(**{READ_ONLY: True}) as connection:
        if sqlite:  # a server checks its own pages and enforces its foreign keys
            findings += _integrity(connection)
            findings += _foreign_keys(connection)
        missing, changed = guard_problems(connection)
        kinds = ({n: _kind(s) for n, s in expected_guards().items()} if sqlite else
                 {n: g.kind for n, g in expected_server_guards().items()})
        findings += [Finding("guards", _("{kind} {name} is missing: the database no longer "
                                         "enforces it (open the database with Ruang to create "
                                         "it again)").format(kind=kinds[n], name=n))
                     for n in missing]
        findings += [Finding("guards", _("{kind} {name} differs from Ruang's (open the "
                                         "database with Ruang to put it back)").format(
                                             kind=kinds[n], name=n))
                     for n in changed]
        findings += _span_bounds(connection)
        findings += _occupancy(connection)
        findings += _overlaps(connection)
        if sqlite:
            wal, note = _wal(engine, connection)
            findings += wal
            notes.append(note)
        else:
            notes.append(_("WAL: kept by the database server"))
    checks = CHECKS if sqlite else tuple(c for c in CHECKS if c not in SQLITE_ONLY_CHECKS)
    return DatabaseHealth(checks, tuple(findings), tuple(notes))


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:LISTED])
    if len(items) <= LISTED:
        return shown
    more = len(items) - LISTED
    return ngettext("{items} and {n} more", "{items} and {n} more", more).format(
        items=shown, n=more)


def _integrity(connection: Connection) -> list[Finding]:
    rows = [str(r) for r in connection.execute(
        text(f"PRAGMA integrity_check({LISTED})")).scalars()]
    return [] if rows == ["ok"] else [
        Finding("integrity", _("integrity check: {problem}").format(problem=r)) for r in rows]


def _foreign_keys(connection: Connection) -> list[Finding]:
    broken: dict[tuple[str, str], list[str]] = defaultdict(list)
    for table, rowid, parent, _fk in connection.execute(text("PRAGMA foreign_key_check")):
        broken[(str(table), str(parent))].append(str(rowid))
    return [Finding("foreign_keys", _(
        "{n} rows of {table} point at {parent} rows that are not there (rowids {rowids})")
        .format(n=len(rows), table=table, parent=parent, rowids=_listed(rows)))
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
            found.append(Finding("span_bound", _("the span bound of {name} is missing: the "
                                                 "overlap search cannot look back").format(
                                                     name=name)))
        elif bounds[name] < longest:
            found.append(Finding("span_bound", _(
                "the span bound of {name} is {bound} s but a row spans {longest} s: the overlap "
                "search looks back too little").format(name=name, bound=bounds[name],
                                                       longest=longest)))
    return found


def _occupancy(connection: Connection) -> list[Finding]:
    stray = sorted({r[0] for r in connection.execute(text(f"{_STORED} EXCEPT {_IMPLIED}"))})
    lacking = sorted({r[0] for r in connection.execute(text(f"{_IMPLIED} EXCEPT {_STORED}"))})
    found = []
    if stray:
        found.append(Finding("occupancy", ngettext(
            "occupancy rows that no active booking takes, of booking {bookings}",
            "occupancy rows that no active booking takes, of bookings {bookings}",
            len(stray)).format(bookings=_listed([f"#{i}" for i in stray]))))
    if lacking:
        if len(lacking) == 1:
            message = _("booking #{id} lacks its occupancy rows, so nothing stops another "
                        "booking of the room then").format(id=lacking[0])
        else:
            message = _("bookings {bookings} lack their occupancy rows, so nothing stops "
                        "another booking of the room then").format(
                            bookings=_listed([f"#{i}" for i in lacking]))
        found.append(Finding("occupancy", message))
    return found


def _overlaps(connection: Connection) -> list[Finding]:
    # SQLite's two-argument max and min are PostgreSQL's GREATEST and LEAST.
    most, least = ("max", "min") if connection.dialect.name == "sqlite" else ("GREATEST",
                                                                              "LEAST")
    rows = connection.execute(text(
        f"SELECT a.booking_id, b.booking_id, r.code, {most}(a.start_at, b.start_at), "
        f"{least}(a.end_at, b.end_at) FROM occupancy a JOIN occupancy b "
        "ON b.space_id = a.space_id AND b.start_at >= a.start_at AND b.start_at < a.end_at "
        "AND b.booking_id <> a.booking_id AND (b.start_at > a.start_at OR b.id > a.id) "
        f"JOIN room r ON r.id = a.space_id ORDER BY 4 LIMIT {LISTED + 1}")).all()
    found = [Finding("overlap", _("bookings #{first} and #{second} both hold {space} "
                                  "{start}–{end} (changeover included)").format(
                                      first=min(a, b), second=max(a, b), space=space,
                                      start=when(from_epoch(lo)), end=hhmm(from_epoch(hi))))
             for a, b, space, lo, hi in rows[:LISTED]]
    if len(rows) > LISTED:
        found.append(Finding("overlap", _("and more overlapping bookings after these")))
    return found


def _wal(engine: Engine, connection: Connection) -> tuple[list[Finding], str]:
    path = sqlite_file(engine)
    if path is None:
        return [], _("WAL: not used (the database lives in memory)")
    mode = str(connection.execute(text("PRAGMA journal_mode")).scalar())
    if mode.lower() != "wal":
        return [Finding("wal", _("the journal mode is {mode}, not wal: readers and the writer "
                                 "block one another (is the folder read-only, or on a network "
                                 "share?)").format(mode=mode))], \
            _("WAL: journal mode {mode}").format(mode=mode)
    log_file = path.with_name(path.name + "-wal")
    size = log_file.stat().st_size if log_file.exists() else 0
    return [], _("WAL: journal mode wal, log {size} KB").format(size=size // 1024)
