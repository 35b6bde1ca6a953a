"""Noticing changes other processes made to the database: SQLite's data_version, asked on a
timer, or PostgreSQL's notices, waited for."""

import logging
import time
from typing import Any

from sqlalchemy import Engine

from booking.store.db import is_sqlite
from booking.store.notices import CHANNEL

log = logging.getLogger("ruang.watch")


class ChangeWatcher:
    """SQLite: keeps one connection open and reports whether another connection wrote since last asked.

    PRAGMA data_version changes when any other connection commits to the file; this
    connection's own writes never change it, and the app writes through pooled connections,
    so the app's own changes also show up here (harmless: a refresh).
    """

    # Whether wait() blocks until a change arrives (else the caller asks on a timer).
    pushes = False

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

    def wait(self, timeout: float) -> bool:
        """Wait `timeout` seconds, then tell whether the database changed meanwhile."""
        time.sleep(timeout)
        return self.changed()

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


class NoticeWatcher:
    """PostgreSQL: listens on its own connection for the notices every change sends
    (booking.store.notices) and tells when one came."""

    pushes = True

    def __init__(self, engine: Engine) -> None:
        # Its own connection, outside the pool: a listening connection stays listening.
        self._conninfo = engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False)
        self._connection: Any = None
        self._listen()

    def _listen(self) -> None:
        import psycopg

        self._connection = psycopg.connect(self._conninfo, autocommit=True, connect_timeout=5)
        self._connection.execute(f"LISTEN {CHANNEL}")

    def wait(self, timeout: float) -> bool:
        """Block until a notice arrives or `timeout` seconds pass; True when something changed
        (the notices that came together count once).

        A lost connection is opened again, and then counts as a change: notices sent while it
        was down are gone. psycopg.OperationalError when the server stays out of reach.
        """
        import psycopg

        try:
            came = any(True for _notice in self._connection.notifies(timeout=timeout,
                                                                      stop_after=1))
            if came:
                for _notice in self._connection.notifies(timeout=0):
                    pass
            return came
        except psycopg.OperationalError:
            log.warning("lost the server's change notices; listening again", exc_info=True)
            self.close()
            self._listen()
            return True

    def changed(self) -> bool:
        """True when a notice came since the last call (without waiting)."""
        return self.wait(0)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()


def change_watcher(engine: Engine) -> "ChangeWatcher | NoticeWatcher":
    """The way to notice other processes' changes that this database offers."""
    if engine.dialect.name == "postgresql":
        return NoticeWatcher(engine)
    return ChangeWatcher(engine)
