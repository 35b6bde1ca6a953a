"""The building's revision: a counter the database raises on every change to what a free-room
search reads of the building (rooms, floors, amenities, hours profiles and opening hours), so
a reader can keep those between searches and check one integer instead of reading them again.

Triggers raise it, so a change made by any program, another desk or a building-file load
included, is seen by the next read; they are guards like the others (the doctor checks them,
opening the database puts back a missing one).
"""

from booking.store.guards import ServerGuard, server_trigger

WATCHED = ("room", "floor", "room_amenity", "hours_profile", "opening_hours")
REVISION_SQL = "SELECT value FROM building_revision WHERE id = 1"


def revision_trigger_statements() -> dict[str, str]:
    """The triggers that raise the building's revision, by name."""
    return {f"{table}_revision_{verb.lower()}": (
        f"CREATE TRIGGER {table}_revision_{verb.lower()} AFTER {verb} ON {table} "
        "BEGIN UPDATE building_revision SET value = value + 1 WHERE id = 1; END")
        for table in WATCHED for verb in ("INSERT", "UPDATE", "DELETE")}


def server_revision_guards() -> list[ServerGuard]:
    """The same triggers on PostgreSQL."""
    return [server_trigger(f"{table}_revision_{verb.lower()}", table, f"AFTER {verb}",
                           "UPDATE building_revision SET value = value + 1 WHERE id = 1;")
            for table in WATCHED for verb in ("INSERT", "UPDATE", "DELETE")]
