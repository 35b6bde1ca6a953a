"""The window's quick start: read the database before the database layer has loaded.

Importing SQLAlchemy and SQLModel costs most of a second. The window paints today's bookings
from a quick reader (standard library sqlite3 only) first and attaches the full services once
they have loaded; this module is all the window needs for that, and it imports neither.
"""

from pathlib import Path

from booking.store.paths import resolve_target
from booking.store.quickread import QuickReader

__all__ = ["QuickReader", "database_file", "open_quick_reader"]


def database_file(db: str | None) -> Path | None:
    """The database file --db (else RUANG_DB, else the per-user file) names; None for a URL,
    whose file only the opened services know."""
    target = resolve_target(db)
    if "://" in target or target == ":memory:":
        return None
    return Path(target).expanduser()


def open_quick_reader(db: str | None) -> QuickReader | None:
    """A reader on the database --db (else RUANG_DB, else the per-user file) names, when it is
    a local SQLite file at the current schema; None otherwise (a new file, one that needs an
    upgrade, a server): then only the full services can open it."""
    return QuickReader.open(resolve_target(db))
