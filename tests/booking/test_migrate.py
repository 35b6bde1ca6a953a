"""Moving the database: a checked copy of every table, all or nothing (booking.safekeeping.migrate).

The copy itself is dialect-blind; these tests copy into an empty SQLite file, and
tests/booking/test_migrate_server.py into an empty PostgreSQL database.
"""

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, inspect, select, text

from booking.audit import verify
from booking.errors import BadInput, DatabaseError, NotPermitted
from booking.services import Services
from booking.store.db import make_engine
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


@pytest.fixture
def source(file_engine: Engine, clock: FakeClock) -> Services:
    services = Services(file_engine, now=clock, actor="admin")
    services.fill_demo(bookings=300, seed=3)
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                           title="<b>Zyxwv</b> & 'review'", organization="Bank Mandiri")
    return services


@pytest.fixture
def empty_file(tmp_path: Path) -> Iterator[Engine]:
    engine = make_engine(tmp_path / "target.db")
    yield engine
    engine.dispose()


def _rows(engine: Engine, sql: str) -> list[tuple[object, ...]]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(sql))]


def test_the_copy_holds_every_row_and_the_same_audit_chain(source: Services,
                                                           empty_file: Engine,
                                                           clock: FakeClock) -> None:
    from booking.safekeeping.migrate import copied_tables, migrate

    seen: list[tuple[str, int, int]] = []
    result = migrate(source.engine, empty_file, shown_target="target.db",
                     progress=lambda table, done, total: seen.append((table, done, total)))

    for table in copied_tables():
        # Every value the same as its column reads it (JSON as the value it holds, whatever
        # spacing or key order the text was written with).
        every = select(table).order_by(*(list(table.primary_key.columns) or table.columns))
        with empty_file.connect() as there, source.engine.connect() as here:
            assert [tuple(r) for r in there.execute(every)] == \
                [tuple(r) for r in here.execute(every)], table.name
    # What the guards derive was built again by the target's own triggers.
    occupancy = "SELECT booking_id, space_id, start_at, end_at FROM occupancy ORDER BY 1, 2"
    assert _rows(empty_file, occupancy) == _rows(source.engine, occupancy)
    there = verify(empty_file)
    assert there.ok and there.head_hash == verify(source.engine).head_hash
    assert result.bookings == len(_rows(source.engine, "SELECT id FROM booking")) > 300
    assert result.audit_entries == there.entries
    assert ("booking", result.bookings, result.bookings) in seen

    moved = Services(empty_file, now=clock, actor="frontdesk")
    found = moved.search(text="Zyxwv").rows
    assert [b.title for b in found] == ["<b>Zyxwv</b> & 'review'"]
    # New ids go on after the copied ones, and the overlap guard holds on the copy.
    added = moved.bookings.book(actor="frontdesk", room="KAWI", start=at(18), end=at(19),
                                title="After hours").booking
    assert added.id > max(r[0] for r in _rows(source.engine, "SELECT id FROM booking"))
    assert verify(empty_file).ok


def test_a_database_that_is_not_empty_is_refused_and_left_alone(source: Services,
                                                                 empty_file: Engine) -> None:
    from booking.safekeeping.migrate import migrate

    with empty_file.begin() as connection:
        connection.execute(text("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"))
        connection.execute(text("INSERT INTO notes (body) VALUES ('keep me')"))

    with pytest.raises(BadInput, match="is not empty .*notes"):
        migrate(source.engine, empty_file, shown_target="target.db")

    assert inspect(empty_file).get_table_names() == ["notes"]
    assert _rows(empty_file, "SELECT body FROM notes") == [("keep me",)]


def test_a_copy_that_fails_half_way_leaves_the_target_empty(source: Services,
                                                            empty_file: Engine) -> None:
    from booking.safekeeping.migrate import migrate

    def fail_on_bookings(table: str, done: int, _total: int) -> None:
        if table == "booking" and done:
            raise OSError("the network went away")

    with pytest.raises(OSError):
        migrate(source.engine, empty_file, shown_target="target.db",
                progress=fail_on_bookings)

    assert inspect(empty_file).get_table_names() == []


def test_a_copy_that_does_not_match_is_not_kept(source: Services, empty_file: Engine,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    from booking.safekeeping import migrate as moving

    read = moving._rows

    def one_setting_lost(reading: Any, table: Any) -> Iterator[list[dict[str, Any]]]:
        for rows in read(reading, table):
            yield rows[1:] if table.name == "setting" else rows

    monkeypatch.setattr(moving, "_rows", one_setting_lost)
    settings = len(_rows(source.engine, "SELECT * FROM setting"))

    with pytest.raises(DatabaseError, match=f"does not match .*setting {settings}→"
                                            f"{settings - 1}"):
        moving.migrate(source.engine, empty_file, shown_target="target.db")

    assert inspect(empty_file).get_table_names() == []


def test_a_broken_audit_trail_is_not_moved(source: Services, empty_file: Engine) -> None:
    from booking.safekeeping.migrate import migrate

    with source.engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entry_no_update"))
        connection.execute(text("UPDATE audit_entry SET reason = 'forged' WHERE id = 3"))

    with pytest.raises(BadInput, match="audit trail of this database does not verify"):
        migrate(source.engine, empty_file, shown_target="target.db")

    assert inspect(empty_file).get_table_names() == []


def test_only_an_administrator_moves_the_database_and_only_to_a_server(
        source: Services, tmp_path: Path) -> None:
    desk = Services(source.engine, now=source.now, actor="frontdesk")
    with pytest.raises(NotPermitted):
        desk.migrate_to("postgresql://ruang@dbserver/ruang")
    with pytest.raises(BadInput, match="takes the server's URL"):
        source.migrate_to(str(tmp_path / "copy.db"))
    with pytest.raises(BadInput, match="into a PostgreSQL database, not sqlite"):
        source.migrate_to(f"sqlite:///{tmp_path / 'copy.db'}")
    assert not (tmp_path / "copy.db").exists()
