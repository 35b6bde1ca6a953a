"""Database-level guards (triggers); the one place that holds dialect-specific SQL.

Each set of guards is a dict of CREATE statements by object name, so a migration creates
them, and a check on opening the store (booking.store.integrity) can tell which are missing
and create them again.
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Protocol


class Operations(Protocol):
    """The part of Alembic's `op` the guards use (the module proxy or an Operations object)."""

    def execute(self, sqltext: str) -> Any: ...

    def get_bind(self) -> Any: ...

AUDIT_APPEND_ONLY_MESSAGE = "audit entries are append-only"
# The audit table's triggers are named so (a start-up notice singles them out).
AUDIT_GUARD_PREFIX = "audit_entry_"


def _dialect(op: Operations) -> str:
    return str(op.get_bind().dialect.name)


def audit_guard_statements() -> dict[str, str]:
    """The SQLite triggers that keep the audit table append-only, by name."""
    return {f"audit_entry_no_{verb.lower()}": (
        f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
        f"BEGIN SELECT RAISE(ABORT, '{AUDIT_APPEND_ONLY_MESSAGE}'); END")
        for verb in ("UPDATE", "DELETE")}


def create_audit_guard(op: Operations) -> None:
    """Make the audit table refuse UPDATE and DELETE."""
    if _dialect(op) == "sqlite":
        for statement in audit_guard_statements().values():
            op.execute(statement)
    elif _dialect(op) == "postgresql":
        for guard in server_guards(AUDIT_REVISION):
            for statement in guard.create:
                op.execute(statement)


def drop_audit_guard(op: Operations) -> None:
    """Undo create_audit_guard."""
    if _dialect(op) == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    elif _dialect(op) == "postgresql":
        for guard in server_guards(AUDIT_REVISION):
            for statement in guard.drop:
                op.execute(statement)


ACTIVE_SQL = "('tentative','confirmed','checked_in')"
OPEN_EVENT_SQL = "('requested','approved')"
CONFLICT_MARKER = "ruang-conflict"
# Sane instants: from 1900 (the demo's million bookings reach back to the 1990s) to 2100
# (the search index packs a start into a 64-bit key only up to 2106).
EARLIEST_INSTANT = -2_208_988_800  # 1900-01-01T00:00:00Z
LATEST_INSTANT = 4_102_444_800  # 2100-01-01T00:00:00Z
MAX_BUFFER_MIN = 24 * 60
INVALID_MARKER = "ruang-invalid"
OCCUPANCY_MARKER = "ruang-occupancy"
EVENT_HOLD_MARKER = "ruang-event-hold"
ROOM_PARTS_MARKER = "ruang-room-parts"


def _occupy_sql(alias: str) -> str:
    """Insert the occupancy rows of booking `alias` (NEW) into every space its room covers."""
    return (
        "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
        f"SELECT {alias}.id, s.space_id, {alias}.start_at - {alias}.buffer_before_min * 60, "
        f"{alias}.end_at + {alias}.buffer_after_min * 60 FROM room_space s "
        f"WHERE s.room_id = {alias}.room_id AND {alias}.status IN {ACTIVE_SQL};"
    )


def occupy_rows_sql(where: str) -> str:
    """The occupancy rows of the bookings `b` WHERE `where`, in one statement: what the
    booking_occupy_insert trigger does per row (a bulk load runs it once)."""
    return (
        "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
        "SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60, "
        "b.end_at + b.buffer_after_min * 60 FROM booking b JOIN room_space s "
        f"ON s.room_id = b.room_id WHERE ({where}) AND b.status IN {ACTIVE_SQL}"
    )


def _raise(marker: str, message: str) -> str:
    return f"SELECT RAISE(ABORT, '{marker}: {message}');"


_OCCUPYING = ("room_id", "start_at", "end_at", "buffer_before_min", "buffer_after_min")


def overlap_guard_statements() -> dict[str, str]:
    """The room_space view and the triggers of revision 0002, by name (as 0002 made them)."""
    statements = {"room_space": (
        "CREATE VIEW room_space AS SELECT r.id AS room_id, COALESCE(c.id, r.id) AS space_id "
        "FROM room r LEFT JOIN room c ON c.parent_id = r.id")}
    for table in ("occupancy", "booking"):
        for verb in ("INSERT", "UPDATE"):
            statements[f"{table}_span_bound_{verb.lower()}"] = (
                f"CREATE TRIGGER {table}_span_bound_{verb.lower()} AFTER {verb} ON {table} "
                f"WHEN NEW.end_at - NEW.start_at > (SELECT seconds FROM span_bound "
                f"WHERE name = '{table}') BEGIN UPDATE span_bound SET seconds = "
                f"NEW.end_at - NEW.start_at WHERE name = '{table}'; END")
    overlap = (
        "SELECT 1 FROM occupancy o WHERE o.space_id = NEW.space_id "
        "AND o.start_at > NEW.start_at - (SELECT seconds FROM span_bound "
        "WHERE name = 'occupancy') AND o.start_at < NEW.end_at "
        "AND o.end_at > NEW.start_at AND o.booking_id <> NEW.booking_id"
    )
    raise_conflict = _raise(CONFLICT_MARKER, "the room is already booked then")
    statements["occupancy_no_overlap_insert"] = (
        f"CREATE TRIGGER occupancy_no_overlap_insert BEFORE INSERT ON occupancy "
        f"WHEN EXISTS ({overlap}) BEGIN {raise_conflict} END")
    statements["occupancy_no_overlap_update"] = (
        f"CREATE TRIGGER occupancy_no_overlap_update BEFORE UPDATE ON occupancy "
        f"WHEN EXISTS ({overlap} AND o.id <> NEW.id) BEGIN {raise_conflict} END")
    statements["booking_occupy_insert"] = (
        f"CREATE TRIGGER booking_occupy_insert AFTER INSERT ON booking "
        f"BEGIN {_occupy_sql('NEW')} END")
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _OCCUPYING)
    statements["booking_occupy_update"] = (
        "CREATE TRIGGER booking_occupy_update AFTER UPDATE ON booking "
        f"WHEN {changed} OR (OLD.status IN {ACTIVE_SQL}) IS NOT (NEW.status IN {ACTIVE_SQL}) "
        f"BEGIN DELETE FROM occupancy WHERE booking_id = OLD.id; {_occupy_sql('NEW')} END")
    statements["booking_unoccupy_delete"] = (
        "CREATE TRIGGER booking_unoccupy_delete BEFORE DELETE ON booking "
        "BEGIN DELETE FROM occupancy WHERE booking_id = OLD.id; END")
    return statements


def create_overlap_guard(op: Operations) -> None:
    """Keep occupancy in step with bookings and refuse two intersecting intervals of a space.

    The room_space view maps a room to the physical spaces it takes: itself, or for a divisible
    room each of its parts. Bookings are turned into occupancy rows by triggers, so even a
    direct SQL write to the booking table cannot create a double booking.
    """
    if _dialect(op) == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS btree_gist")
        op.execute("INSERT INTO span_bound (name, seconds) VALUES ('occupancy', 0), "
                   "('booking', 0)")
        # Occupancy rows follow their bookings and rooms through the triggers, which run after
        # the row's own foreign-key checks here: those wait for the commit, as SQLite's
        # statement-end checks wait for its triggers (a renumbered booking, a removed part).
        for column in ("booking_id", "space_id"):
            op.execute(f"ALTER TABLE occupancy ALTER CONSTRAINT occupancy_{column}_fkey "
                       "DEFERRABLE INITIALLY DEFERRED")
        _create_server_guards(op, OVERLAP_REVISION)
        return
    if _dialect(op) != "sqlite":
        raise NotImplementedError("the overlap guard is written for SQLite and PostgreSQL")
    statements = overlap_guard_statements()
    op.execute(statements.pop("room_space"))
    # span_bound keeps the longest interval ever stored, so an overlap search looks back only
    # that far in the (space, start) index: any row that overlaps must start after
    # NEW.start_at - longest.
    op.execute("INSERT INTO span_bound (name, seconds) VALUES ('occupancy', 0), ('booking', 0)")
    for statement in statements.values():
        op.execute(statement)


def drop_overlap_guard(op: Operations) -> None:
    """Undo create_overlap_guard."""
    if _dialect(op) == "postgresql":
        _drop_server_guards(op, OVERLAP_REVISION)
        op.execute("DELETE FROM span_bound")
        return
    for name in overlap_guard_statements():
        if name != "room_space":
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP VIEW IF EXISTS room_space")
    op.execute("DELETE FROM span_bound")


def span_bound_sql(name: str) -> str:
    """A scalar subquery: the longest interval stored in `name` ('occupancy' or 'booking')."""
    return f"(SELECT seconds FROM span_bound WHERE name = '{name}')"


# ----- revision 0007: every other route to an overlap ------------------------------------------


def _implied(row: str) -> str:
    """True when occupancy row `row` is one its booking occupies now (active, in a space its
    room covers, over its time with buffers)."""
    return ("EXISTS (SELECT 1 FROM booking b JOIN room_space s ON s.room_id = b.room_id "
            f"WHERE b.id = {row}.booking_id AND s.space_id = {row}.space_id "
            f"AND b.status IN {ACTIVE_SQL} "
            f"AND b.start_at - b.buffer_before_min * 60 = {row}.start_at "
            f"AND b.end_at + b.buffer_after_min * 60 = {row}.end_at)")


def _reoccupy_sql(bookings: str) -> str:
    """Bring the occupancy of some bookings (`bookings`: ids, or a SELECT of them) in line with
    what they occupy now: rows no longer implied go, missing ones come (overlap-checked)."""
    return (f"DELETE FROM occupancy WHERE booking_id IN ({bookings}) "
            f"AND NOT {_implied('occupancy')}; "
            "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
            "SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60, "
            "b.end_at + b.buffer_after_min * 60 FROM booking b JOIN room_space s "
            f"ON s.room_id = b.room_id WHERE b.id IN ({bookings}) AND b.status IN {ACTIVE_SQL} "
            "AND NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.booking_id = b.id "
            "AND o.space_id = s.space_id);")


def reoccupy_all_statements() -> list[str]:
    """Statements that bring every booking's occupancy in line (refused if that overlaps)."""
    return [f"DELETE FROM occupancy WHERE NOT {_implied('occupancy')}",
            "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
            "SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60, "
            "b.end_at + b.buffer_after_min * 60 FROM booking b JOIN room_space s "
            f"ON s.room_id = b.room_id WHERE b.status IN {ACTIVE_SQL} "
            "AND NOT EXISTS (SELECT 1 FROM occupancy o WHERE o.booking_id = b.id "
            "AND o.space_id = s.space_id)"]


def _insane(row: str) -> str:
    whole = " OR ".join(f"typeof({row}.{c}) <> 'integer'" for c in (
        "start_at", "end_at", "buffer_before_min", "buffer_after_min"))
    # start < end is the table's own CHECK constraint.
    return (f"{whole} OR {row}.start_at < {EARLIEST_INSTANT} OR {row}.end_at > {LATEST_INSTANT} "
            f"OR {row}.buffer_before_min NOT BETWEEN 0 AND {MAX_BUFFER_MIN} "
            f"OR {row}.buffer_after_min NOT BETWEEN 0 AND {MAX_BUFFER_MIN}")


def _nested(row: str) -> str:
    """True when room `row` would be a part of a part, or a part with parts of its own."""
    return (f"{row}.parent_id IS NOT NULL AND ({row}.parent_id = {row}.id "
            f"OR EXISTS (SELECT 1 FROM room p WHERE p.id = {row}.parent_id "
            "AND p.parent_id IS NOT NULL) "
            f"OR EXISTS (SELECT 1 FROM room c WHERE c.parent_id = {row}.id))")


def _event_open(event_id: str) -> str:
    return f"(SELECT status FROM event WHERE id = {event_id}) IN {OPEN_EVENT_SQL}"


def edge_guard_statements() -> dict[str, str]:
    """The guards of revision 0007, by name: sane bookings, occupancy rows that change only
    through their bookings (and follow a change of the rooms' parts), a span bound that never
    shrinks, rooms one level deep, and event bookings that change only with their event."""
    invalid = _raise(INVALID_MARKER, "a booking starts and ends between 1900 and 2100, in whole "
                                     f"seconds, with buffers of 0 to {MAX_BUFFER_MIN} whole "
                                     "minutes")
    by_booking = _raise(OCCUPANCY_MARKER, "occupancy rows follow their bookings; change the "
                                          "booking instead")
    bound = _raise(OCCUPANCY_MARKER, "the span bound only grows")
    nested = _raise(ROOM_PARTS_MARKER, "a part of a room cannot have parts of its own")
    held = _raise(EVENT_HOLD_MARKER, "the booking holds the hall for an open event; it "
                                     "changes only with the event")
    active = f"IN {ACTIVE_SQL}"
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in ("id", *_OCCUPYING))
    moved = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in _OCCUPYING)
    statements = {
        "booking_sane_insert": (f"CREATE TRIGGER booking_sane_insert BEFORE INSERT ON booking "
                                f"WHEN {_insane('NEW')} BEGIN {invalid} END"),
        "booking_sane_update": (f"CREATE TRIGGER booking_sane_update BEFORE UPDATE ON booking "
                                f"WHEN {_insane('NEW')} BEGIN {invalid} END"),
        "booking_occupy_update": (
            "CREATE TRIGGER booking_occupy_update AFTER UPDATE ON booking "
            f"WHEN {changed} OR (OLD.status {active}) IS NOT (NEW.status {active}) "
            f"BEGIN {_reoccupy_sql('OLD.id, NEW.id')} END"),
        # After the row is gone, so its occupancy is no longer implied and may go.
        "booking_unoccupy_delete": (
            "CREATE TRIGGER booking_unoccupy_delete AFTER DELETE ON booking "
            "BEGIN DELETE FROM occupancy WHERE booking_id = OLD.id; END"),
        "occupancy_from_bookings_only": (
            "CREATE TRIGGER occupancy_from_bookings_only BEFORE INSERT ON occupancy "
            f"WHEN NOT {_implied('NEW')} OR EXISTS (SELECT 1 FROM occupancy o "
            "WHERE o.booking_id = NEW.booking_id AND o.space_id = NEW.space_id) "
            f"BEGIN {by_booking} END"),
        "occupancy_no_update": ("CREATE TRIGGER occupancy_no_update BEFORE UPDATE ON occupancy "
                                f"BEGIN {by_booking} END"),
        "occupancy_kept_while_booked": (
            "CREATE TRIGGER occupancy_kept_while_booked BEFORE DELETE ON occupancy "
            f"WHEN {_implied('OLD')} BEGIN {by_booking} END"),
        "span_bound_never_shrinks": (
            "CREATE TRIGGER span_bound_never_shrinks BEFORE UPDATE ON span_bound "
            f"WHEN NEW.seconds < OLD.seconds OR NEW.name IS NOT OLD.name BEGIN {bound} END"),
        "span_bound_kept": ("CREATE TRIGGER span_bound_kept BEFORE DELETE ON span_bound "
                            f"BEGIN {bound} END"),
        "room_parts_one_level_insert": (
            "CREATE TRIGGER room_parts_one_level_insert BEFORE INSERT ON room "
            f"WHEN {_nested('NEW')} BEGIN {nested} END"),
        "room_parts_one_level_update": (
            "CREATE TRIGGER room_parts_one_level_update BEFORE UPDATE OF id, parent_id ON room "
            f"WHEN {_nested('NEW')} BEGIN {nested} END"),
        "room_reoccupy_insert": (
            "CREATE TRIGGER room_reoccupy_insert AFTER INSERT ON room BEGIN "
            f"{_reoccupy_sql('SELECT id FROM booking WHERE room_id IN (NEW.id, NEW.parent_id)')}"
            " END"),
        "room_reoccupy_update": (
            "CREATE TRIGGER room_reoccupy_update AFTER UPDATE OF id, parent_id ON room "
            "WHEN OLD.id IS NOT NEW.id OR OLD.parent_id IS NOT NEW.parent_id BEGIN "
            + _reoccupy_sql("SELECT id FROM booking WHERE room_id IN "
                            "(OLD.id, NEW.id, OLD.parent_id, NEW.parent_id)") + " END"),
        "room_reoccupy_delete": (
            "CREATE TRIGGER room_reoccupy_delete AFTER DELETE ON room BEGIN "
            f"{_reoccupy_sql('SELECT id FROM booking WHERE room_id IN (OLD.id, OLD.parent_id)')}"
            " END"),
        "booking_event_hold_update": (
            "CREATE TRIGGER booking_event_hold_update BEFORE UPDATE ON booking WHEN "
            f"(NEW.event_id IS NOT NULL AND (((OLD.status {active}) IS NOT (NEW.status {active}) "
            f"AND (NEW.status {active}) IS NOT COALESCE({_event_open('NEW.event_id')}, 0)) "
            f"OR (OLD.event_id IS NEW.event_id AND {_event_open('NEW.event_id')} "
            f"AND ({moved})))) "
            "OR (OLD.event_id IS NOT NULL AND OLD.event_id IS NOT NEW.event_id "
            f"AND OLD.status {active} AND {_event_open('OLD.event_id')}) BEGIN {held} END"),
        "booking_event_hold_delete": (
            "CREATE TRIGGER booking_event_hold_delete BEFORE DELETE ON booking WHEN "
            f"OLD.event_id IS NOT NULL AND OLD.status {active} "
            f"AND {_event_open('OLD.event_id')} BEGIN {held} END"),
        "event_holds_its_hall": (
            "CREATE TRIGGER event_holds_its_hall BEFORE UPDATE OF status ON event "
            f"WHEN NEW.status IN {OPEN_EVENT_SQL} AND EXISTS (SELECT 1 FROM booking "
            f"WHERE event_id = NEW.id AND status NOT {active}) BEGIN {held} END"),
    }
    return statements


REPLACED_BY_EDGE_GUARDS = ("booking_occupy_update", "booking_unoccupy_delete")


def create_edge_guards(op: Operations) -> None:
    """Close the routes to an overlap that revision 0002 left open (see edge_guard_statements)."""
    if _dialect(op) == "postgresql":
        _create_server_guards(op, EDGE_REVISION)
        return
    if _dialect(op) != "sqlite":
        raise NotImplementedError("the database guards are written for SQLite and PostgreSQL")
    for name in REPLACED_BY_EDGE_GUARDS:
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    for statement in edge_guard_statements().values():
        op.execute(statement)


def drop_edge_guards(op: Operations) -> None:
    """Undo create_edge_guards."""
    if _dialect(op) == "postgresql":
        _drop_server_guards(op, EDGE_REVISION)
        return
    for name in edge_guard_statements():
        op.execute(f"DROP TRIGGER IF EXISTS {name}")
    previous = overlap_guard_statements()
    for name in REPLACED_BY_EDGE_GUARDS:
        op.execute(previous[name])


def guard_statements() -> dict[str, str]:
    """Every guard of the newest schema on SQLite (view and triggers), by name."""
    return {**audit_guard_statements(), **overlap_guard_statements(),
            **edge_guard_statements()}


# ----- PostgreSQL: the same guards in its own terms ---------------------------------------------
#
# Each trigger runs a plpgsql function of its own name. A refusal raises SQLSTATE 23000
# (integrity_constraint_violation) with the same marker as SQLite's RAISE(ABORT), so both reach
# the use cases as an IntegrityError that names it; the overlap itself is an exclusion
# constraint (SQLSTATE 23P01), which guard_refused() reads as the conflict marker.

AUDIT_REVISION, OVERLAP_REVISION, EDGE_REVISION = "0001", "0002", "0007"
NO_OVERLAP_CONSTRAINT = "occupancy_no_overlap"
EXCLUSION_VIOLATION = "23P01"


@dataclass(frozen=True)
class ServerGuard:
    """One guard on PostgreSQL: what creates it, what drops it, and how to find it."""

    name: str
    kind: str  # "trigger", "view" or "constraint"
    table: str  # the table it guards (the view: its own name)
    create: tuple[str, ...]
    drop: tuple[str, ...]
    source: str = ""  # a trigger function's body, as pg_proc.prosrc keeps it


def server_trigger(name: str, table: str, when: str, body: str, *, condition: str = "",
                   returns: str = "NULL", each: str = "ROW") -> ServerGuard:
    """A row trigger `name` on `table` running `body` (plpgsql statements) `when` (e.g.
    "BEFORE UPDATE OF status"), only where `condition` holds (no subqueries there); with
    each="STATEMENT", once per statement instead."""
    source = f" BEGIN {body} RETURN {returns}; END "
    clause = f" WHEN ({condition})" if condition else ""
    return ServerGuard(name, "trigger", table, (
        f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${source}$$",
        f"CREATE TRIGGER {name} {when} ON {table} FOR EACH {each}{clause} "
        f"EXECUTE FUNCTION {name}()"),
        (f"DROP TRIGGER IF EXISTS {name} ON {table}", f"DROP FUNCTION IF EXISTS {name}()"),
        source)


def server_raise(marker: str, message: str) -> str:
    """plpgsql that refuses the change as SQLite's RAISE(ABORT, 'marker: message') does."""
    return (f"RAISE EXCEPTION USING ERRCODE = '23000', MESSAGE = '{marker}: {message}';")


def guard_refused(exc: Exception, marker: str) -> bool:
    """Whether a database error (SQLAlchemy's, with the driver's as .orig) is the guard's
    refusal named by `marker`, on either database."""
    original = getattr(exc, "orig", exc)
    if marker in str(original):
        return True
    return marker == CONFLICT_MARKER and getattr(original, "sqlstate", None) == \
        EXCLUSION_VIOLATION


def _distinct(columns: tuple[str, ...]) -> str:
    return " OR ".join(f"OLD.{c} IS DISTINCT FROM NEW.{c}" for c in columns)


def _activity_changed() -> str:
    return f"(OLD.status IN {ACTIVE_SQL}) IS DISTINCT FROM (NEW.status IN {ACTIVE_SQL})"


def _server_overlap_guards() -> list[ServerGuard]:
    guards = [ServerGuard("room_space", "view", "room_space",
                          (overlap_guard_statements()["room_space"],),
                          ("DROP VIEW IF EXISTS room_space",))]
    for table in ("occupancy", "booking"):
        for verb in ("INSERT", "UPDATE"):
            guards.append(server_trigger(
                f"{table}_span_bound_{verb.lower()}", table, f"AFTER {verb}",
                "UPDATE span_bound SET seconds = NEW.end_at - NEW.start_at "
                f"WHERE name = '{table}' AND seconds < NEW.end_at - NEW.start_at;"))
    guards.append(ServerGuard(NO_OVERLAP_CONSTRAINT, "constraint", "occupancy", (
        f"ALTER TABLE occupancy ADD CONSTRAINT {NO_OVERLAP_CONSTRAINT} EXCLUDE USING gist "
        "(space_id WITH =, int8range(start_at, end_at) WITH &&)",),
        (f"ALTER TABLE occupancy DROP CONSTRAINT IF EXISTS {NO_OVERLAP_CONSTRAINT}",)))
    guards.append(server_trigger("booking_occupy_insert", "booking", "AFTER INSERT",
                                 _occupy_sql("NEW")))
    # Revision 0007's forms at once (there were no PostgreSQL databases before it).
    guards.append(server_trigger(
        "booking_occupy_update", "booking", "AFTER UPDATE", _reoccupy_sql("OLD.id, NEW.id"),
        condition=f"{_distinct(('id', *_OCCUPYING))} OR {_activity_changed()}"))
    guards.append(server_trigger("booking_unoccupy_delete", "booking", "AFTER DELETE",
                                 "DELETE FROM occupancy WHERE booking_id = OLD.id;"))
    return guards


def _refuse_if(condition: str, marker: str, message: str) -> str:
    return f"IF {condition} THEN {server_raise(marker, message)} END IF;"


def _server_edge_guards() -> list[ServerGuard]:
    invalid = (INVALID_MARKER, "a booking starts and ends between 1900 and 2100, in whole "
               f"seconds, with buffers of 0 to {MAX_BUFFER_MIN} whole minutes")
    by_booking = (OCCUPANCY_MARKER, "occupancy rows follow their bookings; change the booking "
                  "instead")
    bound = (OCCUPANCY_MARKER, "the span bound only grows")
    nested = (ROOM_PARTS_MARKER, "a part of a room cannot have parts of its own")
    held = (EVENT_HOLD_MARKER, "the booking holds the hall for an open event; it changes "
            "only with the event")
    active = f"IN {ACTIVE_SQL}"
    # Integer columns hold whole numbers: only the range is left to check.
    insane = (f"NEW.start_at < {EARLIEST_INSTANT} OR NEW.end_at > {LATEST_INSTANT} "
              f"OR NEW.buffer_before_min NOT BETWEEN 0 AND {MAX_BUFFER_MIN} "
              f"OR NEW.buffer_after_min NOT BETWEEN 0 AND {MAX_BUFFER_MIN}")
    open_new, open_old = _event_open("NEW.event_id"), _event_open("OLD.event_id")
    hold_changed = (
        f"(NEW.event_id IS NOT NULL AND (((OLD.status {active}) IS DISTINCT FROM "
        f"(NEW.status {active}) AND (NEW.status {active}) IS DISTINCT FROM "
        f"COALESCE({open_new}, false)) OR (OLD.event_id IS NOT DISTINCT FROM NEW.event_id "
        f"AND {open_new} AND ({_distinct(_OCCUPYING)})))) "
        "OR (OLD.event_id IS NOT NULL AND OLD.event_id IS DISTINCT FROM NEW.event_id "
        f"AND OLD.status {active} AND {open_old})")
    return [
        server_trigger("booking_sane_insert", "booking", "BEFORE INSERT",
                       server_raise(*invalid), condition=insane, returns="NEW"),
        server_trigger("booking_sane_update", "booking", "BEFORE UPDATE",
                       server_raise(*invalid), condition=insane, returns="NEW"),
        server_trigger("occupancy_from_bookings_only", "occupancy", "BEFORE INSERT",
                       _refuse_if(f"NOT {_implied('NEW')} OR EXISTS (SELECT 1 FROM occupancy o "
                                  "WHERE o.booking_id = NEW.booking_id "
                                  "AND o.space_id = NEW.space_id)", *by_booking),
                       returns="NEW"),
        server_trigger("occupancy_no_update", "occupancy", "BEFORE UPDATE",
                       server_raise(*by_booking), returns="NEW"),
        server_trigger("occupancy_kept_while_booked", "occupancy", "BEFORE DELETE",
                       _refuse_if(_implied("OLD"), *by_booking), returns="OLD"),
        server_trigger("span_bound_never_shrinks", "span_bound", "BEFORE UPDATE",
                       server_raise(*bound), returns="NEW",
                       condition="NEW.seconds < OLD.seconds OR NEW.name IS DISTINCT FROM "
                                 "OLD.name"),
        server_trigger("span_bound_kept", "span_bound", "BEFORE DELETE",
                       server_raise(*bound), returns="OLD"),
        server_trigger("room_parts_one_level_insert", "room", "BEFORE INSERT",
                       _refuse_if(_nested("NEW"), *nested), returns="NEW"),
        server_trigger("room_parts_one_level_update", "room", "BEFORE UPDATE OF id, parent_id",
                       _refuse_if(_nested("NEW"), *nested), returns="NEW"),
        server_trigger("room_reoccupy_insert", "room", "AFTER INSERT", _reoccupy_sql(
            "SELECT id FROM booking WHERE room_id IN (NEW.id, NEW.parent_id)")),
        server_trigger("room_reoccupy_update", "room", "AFTER UPDATE OF id, parent_id",
                       _reoccupy_sql("SELECT id FROM booking WHERE room_id IN "
                                     "(OLD.id, NEW.id, OLD.parent_id, NEW.parent_id)"),
                       condition=_distinct(("id", "parent_id"))),
        server_trigger("room_reoccupy_delete", "room", "AFTER DELETE", _reoccupy_sql(
            "SELECT id FROM booking WHERE room_id IN (OLD.id, OLD.parent_id)")),
        server_trigger("booking_event_hold_update", "booking", "BEFORE UPDATE",
                       _refuse_if(hold_changed, *held), returns="NEW"),
        server_trigger("booking_event_hold_delete", "booking", "BEFORE DELETE",
                       _refuse_if(f"OLD.event_id IS NOT NULL AND OLD.status {active} "
                                  f"AND {open_old}", *held), returns="OLD"),
        server_trigger("event_holds_its_hall", "event", "BEFORE UPDATE OF status",
                       _refuse_if(f"NEW.status IN {OPEN_EVENT_SQL} AND EXISTS (SELECT 1 "
                                  f"FROM booking WHERE event_id = NEW.id AND status NOT "
                                  f"{active})", *held), returns="NEW"),
    ]


def _server_audit_guards() -> list[ServerGuard]:
    return [server_trigger("audit_entry_append_only", "audit_entry", "BEFORE UPDATE OR DELETE",
                           f"RAISE EXCEPTION USING ERRCODE = '23000', "
                           f"MESSAGE = '{AUDIT_APPEND_ONLY_MESSAGE}';", returns="OLD")]


_SERVER_GUARDS: dict[str, Callable[[], list[ServerGuard]]] = {
    AUDIT_REVISION: _server_audit_guards,
    OVERLAP_REVISION: _server_overlap_guards,
    EDGE_REVISION: _server_edge_guards,
}


def server_guards(revision: str | None = None) -> list[ServerGuard]:
    """The PostgreSQL guards a revision creates, in order (None: all of them)."""
    if revision is not None:
        return _SERVER_GUARDS[revision]()
    return [guard for make in _SERVER_GUARDS.values() for guard in make()]


def _create_server_guards(op: Operations, revision: str) -> None:
    for guard in server_guards(revision):
        for statement in guard.create:
            op.execute(statement)


def _drop_server_guards(op: Operations, revision: str) -> None:
    for guard in reversed(server_guards(revision)):
        for statement in guard.drop:
            op.execute(statement)
