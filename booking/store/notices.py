"""Telling the other desks on a PostgreSQL server that something changed (LISTEN/NOTIFY).

Triggers on every table the window shows send a notice on one channel, inside the writing
transaction: PostgreSQL delivers it when (and only if) that transaction commits, to every
connection listening, so a desk refreshes within moments of another desk's change, whoever
wrote it (the app, a script, plain SQL). On SQLite the window watches data_version instead.
"""

CHANNEL = "ruang_changes"
NOTICE_FUNCTION = "ruang_notice"
# What the desks see. Occupancy follows the bookings; the audit trail, the span bounds and the
# revision counters change only with tables listed here.
NOTICED_TABLES = (
    "booking", "series", "series_exdate", "event", "event_equipment", "equipment", "closure",
    "term_assignment", "room", "room_amenity", "room_layout", "floor", "area", "building",
    "hours_profile", "opening_hours", "organization", "account", "public_holiday",
)


def notice_statements() -> dict[str, str]:
    """The PostgreSQL function and statement triggers that send the notices, by name."""
    statements = {NOTICE_FUNCTION: (
        f"CREATE OR REPLACE FUNCTION {NOTICE_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$ "
        f"BEGIN PERFORM pg_notify('{CHANNEL}', TG_TABLE_NAME); RETURN NULL; END $$")}
    for table in NOTICED_TABLES:
        statements[f"{table}_notice"] = (
            f"CREATE TRIGGER {table}_notice AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
            f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION {NOTICE_FUNCTION}()")
    return statements


def drop_notice_statements() -> list[str]:
    """Undo notice_statements."""
    return [*(f"DROP TRIGGER IF EXISTS {table}_notice ON {table}" for table in NOTICED_TABLES),
            f"DROP FUNCTION IF EXISTS {NOTICE_FUNCTION}()"]
