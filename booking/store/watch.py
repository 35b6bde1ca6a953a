"""Noticing changes other processes made to the database (SQLite's data_version)."""

from typing import Any

from sqlalchemy import Engine

from booking.store.db import is_sqlite


class ChangeWatcher:
    """Keeps one connection open and reports whether another connection wrote since last asked.

    PRAGMA data_version changes when any other connection commits to the file; this
    connection's own writes never change it, and the app writes through pooled connections,
    so the app's own changes also show up here (harmless: a refresh).
    """

    def __init__(self, engine: Engine) -> None:
        self._connection: Any = engine.raw_connection() if is_sqlite(engine) else None
        self._version = self._read()

    def _read(self) -> int | None:
        if self._connection is None:
            return None
        cursor = self._connection.cursor()
        try:
            cursor.execute("PRAGMA data_version")
            return int(cursor.fetchone()[0])
        finally:
            cursor.close()

    def changed(self) -> bool:
        """True when the database changed since the last call."""
        current = self._read()
        if current == self._version:
            return False
        self._version = current
        return True

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
