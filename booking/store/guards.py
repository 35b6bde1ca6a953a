"""Database-level guards (triggers); the one place that holds dialect-specific SQL."""

from typing import Any, Protocol


class Operations(Protocol):
    """The part of Alembic's `op` the guards use (the module proxy or an Operations object)."""

    def execute(self, sqltext: str) -> Any: ...

    def get_bind(self) -> Any: ...

AUDIT_APPEND_ONLY_MESSAGE = "audit entries are append-only"


def _dialect(op: Operations) -> str:
    return str(op.get_bind().dialect.name)


def create_audit_guard(op: Operations) -> None:
    """Make the audit table refuse UPDATE and DELETE."""
    if _dialect(op) == "sqlite":
        for verb in ("UPDATE", "DELETE"):
            op.execute(
                f"CREATE TRIGGER audit_entry_no_{verb.lower()} BEFORE {verb} ON audit_entry "
                f"BEGIN SELECT RAISE(ABORT, '{AUDIT_APPEND_ONLY_MESSAGE}'); END"
            )
    elif _dialect(op) == "postgresql":
        op.execute(
            "CREATE FUNCTION audit_entry_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
            f"BEGIN RAISE EXCEPTION '{AUDIT_APPEND_ONLY_MESSAGE}'; END $$"
        )
        op.execute(
            "CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry "
            "FOR EACH ROW EXECUTE FUNCTION audit_entry_refuse()"
        )


def drop_audit_guard(op: Operations) -> None:
    """Undo create_audit_guard."""
    if _dialect(op) == "sqlite":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_update")
        op.execute("DROP TRIGGER IF EXISTS audit_entry_no_delete")
    elif _dialect(op) == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS audit_entry_append_only ON audit_entry")
        op.execute("DROP FUNCTION IF EXISTS audit_entry_refuse()")


ACTIVE_SQL = "('tentative','confirmed','checked_in')"
CONFLICT_MARKER = "ruang-conflict"


def _occupy_sql(alias: str) -> str:
    """Insert the occupancy rows of booking `alias` (NEW) into every space its room covers."""
    return (
        "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
        f"SELECT {alias}.id, s.space_id, {alias}.start_at - {alias}.buffer_before_min * 60, "
        f"{alias}.end_at + {alias}.buffer_after_min * 60 FROM room_space s "
        f"WHERE s.room_id = {alias}.room_id AND {alias}.status IN {ACTIVE_SQL};"
    )


def create_overlap_guard(op: Operations) -> None:
    """Keep occupancy in step with bookings and refuse two intersecting intervals of a space.

    The room_space view maps a room to the physical spaces it takes: itself, or for a divisible
    room each of its parts. Bookings are turned into occupancy rows by triggers, so even a
    direct SQL write to the booking table cannot create a double booking.
    """
    if _dialect(op) != "sqlite":
        raise NotImplementedError("the overlap guard is written for SQLite only so far")
    op.execute(
        "CREATE VIEW room_space AS SELECT r.id AS room_id, COALESCE(c.id, r.id) AS space_id "
        "FROM room r LEFT JOIN room c ON c.parent_id = r.id"
    )
    # span_bound keeps the longest interval ever stored, so an overlap search looks back only
    # that far in the (space, start) index: any row that overlaps must start after
    # NEW.start_at - longest.
    op.execute("INSERT INTO span_bound (name, seconds) VALUES ('occupancy', 0), ('booking', 0)")
    for table in ("occupancy", "booking"):
        for verb in ("INSERT", "UPDATE"):
            op.execute(
                f"CREATE TRIGGER {table}_span_bound_{verb.lower()} AFTER {verb} ON {table} "
                f"WHEN NEW.end_at - NEW.start_at > (SELECT seconds FROM span_bound "
                f"WHERE name = '{table}') BEGIN UPDATE span_bound SET seconds = "
                f"NEW.end_at - NEW.start_at WHERE name = '{table}'; END"
            )
    overlap = (
        "SELECT 1 FROM occupancy o WHERE o.space_id = NEW.space_id "
        "AND o.start_at > NEW.start_at - (SELECT seconds FROM span_bound "
        "WHERE name = 'occupancy') AND o.start_at < NEW.end_at "
        "AND o.end_at > NEW.start_at AND o.booking_id <> NEW.booking_id"
    )
    raise_conflict = f"SELECT RAISE(ABORT, '{CONFLICT_MARKER}: the room is already booked then');"
    op.execute(
        f"CREATE TRIGGER occupancy_no_overlap_insert BEFORE INSERT ON occupancy "
        f"WHEN EXISTS ({overlap}) BEGIN {raise_conflict} END"
    )
    op.execute(
        f"CREATE TRIGGER occupancy_no_overlap_update BEFORE UPDATE ON occupancy "
        f"WHEN EXISTS ({overlap} AND o.id <> NEW.id) BEGIN {raise_conflict} END"
    )
    op.execute(f"CREATE TRIGGER booking_occupy_insert AFTER INSERT ON booking "
               f"BEGIN {_occupy_sql('NEW')} END")
    changed = " OR ".join(f"OLD.{c} IS NOT NEW.{c}" for c in (
        "room_id", "start_at", "end_at", "buffer_before_min", "buffer_after_min"))
    op.execute(
        "CREATE TRIGGER booking_occupy_update AFTER UPDATE ON booking "
        f"WHEN {changed} OR (OLD.status IN {ACTIVE_SQL}) IS NOT (NEW.status IN {ACTIVE_SQL}) "
        f"BEGIN DELETE FROM occupancy WHERE booking_id = OLD.id; {_occupy_sql('NEW')} END"
    )
    op.execute("CREATE TRIGGER booking_unoccupy_delete BEFORE DELETE ON booking "
               "BEGIN DELETE FROM occupancy WHERE booking_id = OLD.id; END")


def drop_overlap_guard(op: Operations) -> None:
    """Undo create_overlap_guard."""
    for trigger in ("occupancy_no_overlap_insert", "occupancy_no_overlap_update",
                    "booking_occupy_insert", "booking_occupy_update", "booking_unoccupy_delete",
                    "occupancy_span_bound_insert", "occupancy_span_bound_update",
                    "booking_span_bound_insert", "booking_span_bound_update"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP VIEW IF EXISTS room_space")
    op.execute("DELETE FROM span_bound")


def span_bound_sql(name: str) -> str:
    """A scalar subquery: the longest interval stored in `name` ('occupancy' or 'booking')."""
    return f"(SELECT seconds FROM span_bound WHERE name = '{name}')"
