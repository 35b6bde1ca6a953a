"""Loading many bookings at once (demo data, benchmarks): the per-row triggers' work done in
set-based SQL, every guarantee kept.

A booking's AFTER INSERT triggers fill its occupancy rows, raise the longest-span bound and
add it to the search index, one row at a time. For a batch of thousands, those three
triggers step aside inside the batch's own transaction, the batch goes in, each trigger's work
runs once as one INSERT ... SELECT (or UPDATE) over the new rows, and the triggers are put
back, all in that transaction: a crash rolls the whole back, triggers included (SQLite's DDL is
transactional). The occupancy table keeps its own triggers throughout, so every new interval
is still checked against every other in its space.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, TextClause

from booking.store.guards import occupy_rows_sql
from booking.store.search_index import search_rows_sql

STEPPING_ASIDE = ("booking_occupy_insert", "booking_search_insert", "booking_span_bound_insert")


def insert_bookings(connection: Connection, insert: TextClause,
                    rows: Sequence[dict[str, Any]]) -> None:
    """Insert booking rows in the connection's open write transaction (see the module)."""
    if not rows:
        return
    if connection.dialect.name != "sqlite":
        connection.execute(insert, list(rows))
        return
    marks = ", ".join(f"'{name}'" for name in STEPPING_ASIDE)
    saved: dict[str, str] = {str(name): str(sql) for name, sql in connection.exec_driver_sql(
        f"SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ({marks})")}
    if set(saved) != set(STEPPING_ASIDE):  # not the schema this was written for: row by row
        connection.execute(insert, list(rows))
        return
    first = connection.exec_driver_sql("SELECT COALESCE(max(id), 0) FROM booking").scalar_one()
    for name in STEPPING_ASIDE:
        connection.exec_driver_sql(f"DROP TRIGGER {name}")
    try:
        # Straight through the driver: SQLAlchemy's per-row parameter handling cost as much
        # as the insert (the rows are plain values already, :named as the driver takes them).
        driver: Any = connection.connection.dbapi_connection
        driver.executemany(insert.text, rows)
        new = f"b.id > {int(first)}"
        connection.exec_driver_sql(
            "UPDATE span_bound SET seconds = (SELECT max(b.end_at - b.start_at) FROM booking b "
            f"WHERE {new}) WHERE name = 'booking' AND seconds < (SELECT max(b.end_at - "
            f"b.start_at) FROM booking b WHERE {new})")
        connection.exec_driver_sql(occupy_rows_sql(new))
        connection.exec_driver_sql(search_rows_sql(new))
    finally:
        for sql in saved.values():
            connection.exec_driver_sql(sql)
