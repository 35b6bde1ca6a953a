"""Moving a building's database to a server: `migrate-to URL` copies every table of this
database into an empty one, in one transaction, and checks the copy before it commits.

The copy creates the newest schema through the same migrations as `init`, then inserts the
rows table by table in foreign-key order, ids kept. What the database derives from the rows
(the occupancy the overlap guard keeps, the search index, the revision counters, the longest
spans) is not copied: the target's own triggers build it as the bookings arrive, so the copy
passes the same guards as every other write. Before committing it compares the counts of
every table (occupancy included) and verifies the audit chain, which must end on the same
hash as the source's. Anything wrong rolls the whole copy back: the target stays empty.
"""

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, Engine, Table, func, inspect, select, text
from sqlmodel import Session, SQLModel

import booking.store.models  # noqa: F401 - the tables, on SQLModel.metadata
from booking.audit import verify, verify_in
from booking.errors import BadInput, DatabaseError
from booking.i18n import _
from booking.store.schema import create_schema_in, current_revision, head_revision

# Rows built by the target's triggers from the rows copied, never copied themselves.
DERIVED = frozenset({"occupancy", "span_bound", "building_revision"})
# Rows the schema's migrations seed that the source's own take the place of.
SEEDED = ("setting", "store_identity")
# Compared after the copy although the target derives them.
CHECKED_DERIVED = ("occupancy",)
BATCH = 5_000

Progress = Callable[[str, int, int], None]  # table, rows copied so far, rows in all


@dataclass(frozen=True)
class MigrationResult:
    """What a move copied: rows per table (the same on both sides), the audit trail."""

    target: str
    tables: dict[str, int] = field(default_factory=dict)
    audit_entries: int = 0
    audit_head: str = ""

    @property
    def bookings(self) -> int:
        return self.tables.get("booking", 0)

    def to_json(self) -> dict[str, object]:
        return {"target": self.target, "tables": dict(self.tables),
                "bookings": self.bookings, "audit_entries": self.audit_entries,
                "audit_head": self.audit_head, "verified": True}


def copied_tables() -> list[Table]:
    """The tables a move copies, parents before children."""
    return [table for table in SQLModel.metadata.sorted_tables if table.name not in DERIVED]


def _refuse_unless_empty(target: Engine, shown: str) -> None:
    with target.connect() as connection:
        tables = sorted(inspect(connection).get_table_names())
    if tables:
        listed = ", ".join(tables[:5]) + (", …" if len(tables) > 5 else "")
        raise BadInput(_("the database at {target} is not empty (it has {tables}); give an "
                         "empty database, made for Ruang").format(target=shown, tables=listed))


def _counts(connection: Connection, names: list[str]) -> dict[str, int]:
    return {name: int(connection.execute(select(func.count()).select_from(
        text(name))).scalar_one()) for name in names}


def _rows(source: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    order = list(table.primary_key.columns) or list(table.columns)[:1]
    result = source.execution_options(yield_per=BATCH).execute(
        select(table).order_by(*order))
    for part in result.partitions(BATCH):
        yield [dict(row._mapping) for row in part]


def _restart_ids(connection: Connection, table: Table) -> None:
    """PostgreSQL: the id sequence goes on after the ids copied (SQLite needs nothing)."""
    if connection.dialect.name != "postgresql" or "id" not in table.columns:
        return
    sequence = connection.execute(text("SELECT pg_get_serial_sequence(:t, 'id')"),
                                  {"t": table.name}).scalar()
    if sequence:
        connection.execute(text(f"SELECT setval('{sequence}', COALESCE((SELECT MAX(id) FROM "
                                f"{table.name}), 1), (SELECT COUNT(*) > 0 FROM {table.name}))"))


def migrate(source: Engine, target: Engine, *, shown_target: str,
            progress: Progress | None = None) -> MigrationResult:
    """Copy the whole of `source` into the empty database of `target` and check the copy;
    nothing is left in the target when any step fails."""
    if current_revision(source) != head_revision():
        raise BadInput(_("this database is not at the newest schema; open it once (or run "
                         "'init') before moving it"))
    before = verify(source)
    if not before.ok:
        raise BadInput(_("the audit trail of this database does not verify ({problem}); "
                         "run 'audit verify' and settle it before moving the database")
                       .format(problem=before.message))
    _refuse_unless_empty(target, shown_target)
    tables = copied_tables()
    names = [table.name for table in tables]
    with source.connect().execution_options(ruang_read_only=True) as reading:
        wanted = _counts(reading, names + list(CHECKED_DERIVED))
        with target.begin() as writing:
            create_schema_in(writing)
            for name in SEEDED:
                writing.execute(text(f"DELETE FROM {name}"))
            for table in tables:
                done = 0
                if progress is not None:
                    progress(table.name, done, wanted[table.name])
                for rows in _rows(reading, table):
                    if not rows:
                        continue
                    writing.execute(table.insert(), rows)
                    done += len(rows)
                    if progress is not None:
                        progress(table.name, done, wanted[table.name])
                _restart_ids(writing, table)
            found = _counts(writing, names + list(CHECKED_DERIVED))
            differ = [f"{name} {wanted[name]}→{found[name]}" for name in wanted
                      if wanted[name] != found[name]]
            if differ:
                raise DatabaseError(_("the copy does not match the database ({tables}); "
                                      "nothing was kept on the server").format(
                                          tables=", ".join(differ)))
            after = verify_in(Session(bind=writing))
            if not after.ok or after.head_hash != before.head_hash:
                raise DatabaseError(_("the copied audit trail does not verify ({problem}); "
                                      "nothing was kept on the server").format(
                                          problem=after.message or after.head_hash))
    return MigrationResult(shown_target, {name: wanted[name] for name in names},
                           before.entries, before.head_hash)
