"""The window's quick start: read the database before the database layer has loaded.

Importing SQLAlchemy and SQLModel costs most of a second. The window paints today's bookings
from a quick reader (standard library sqlite3 only) first and attaches the full services once
they have loaded; this module is all the window needs for that, and it imports neither.
"""

from booking.store.paths import resolve_target
from booking.store.quickread import QuickReader

__all__ = ["QuickReader", "open_quick_reader"]


def open_quick_reader(db: str | None) -> QuickReader | None:
    """A reader on the database --db (else RUANG_DB, else the per-user file) names, when it is
    a local SQLite file at the current schema; None otherwise (a new file, one that needs an
    upgrade, a server): then only the full services can open it."""
    return QuickReader.open(resolve_target(db))
