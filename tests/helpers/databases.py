"""Databases for tests: an in-memory copy of the initialised template."""

import sqlite3
from pathlib import Path

from sqlalchemy import Engine

from booking.store.db import make_engine


def memory_copy(template: Path) -> Engine:
    """An in-memory database holding a copy of the initialised template file."""
    engine = make_engine("sqlite://")
    source = sqlite3.connect(template)
    proxy = engine.raw_connection()
    try:
        source.backup(proxy.driver_connection)  # type: ignore[arg-type]
    finally:
        proxy.close()
        source.close()
    return engine
