"""Telling the other desks on a PostgreSQL server that something changed (LISTEN/NOTIFY).

Triggers on every table the window shows send a notice on one channel, inside the writing
transaction: PostgreSQL delivers it when (and only if) that transaction commits, to every
connection listening, so a desk refreshes within moments of another desk's change, whoever
wrote it (the app, a script, plain SQL). On SQLite the window watches data_version instead.
The triggers are guards like the others: the doctor checks them, opening puts back a missing
one.
"""

from booking.store.guards import ServerGuard, server_trigger

CHANNEL = "ruang_changes"
# What the desks see. Occupancy follows the bookings; the audit trail, the span bounds and the
# revision counters change only with tables listed here.
NOTICED_TABLES = (
    "booking", "series", "series_exdate", "event", "event_equipment", "equipment", "closure",
    "term_assignment", "room", "room_amenity", "room_layout", "floor", "area", "building",
    "hours_profile", "opening_hours", "organization", "account", "public_holiday",
)


def server_notice_guards() -> list[ServerGuard]:
    """A statement trigger per table that sends a notice naming the table."""
    return [server_trigger(f"{table}_notice", table,
                           "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE",
                           f"PERFORM pg_notify('{CHANNEL}', '{table}');", each="STATEMENT")
            for table in NOTICED_TABLES]
