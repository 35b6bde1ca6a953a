"""Moving a building's SQLite database to a PostgreSQL server with `migrate-to`."""

import json
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from booking.audit import verify
from booking.errors import BadInput, ConflictError
from booking.services import Services
from booking.store.db import make_engine
from tests.booking.conftest import at
from tests.helpers.backends import Backend
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock


def _count(engine: Engine, table: str) -> int:
    with engine.connect() as connection:
        return int(connection.execute(text(f"SELECT COUNT(*) FROM {table}")).scalar_one())


def test_the_building_moves_to_the_server_whole(file_engine: Engine, clock: FakeClock,
                                                empty_server_database: Backend) -> None:
    source = Services(file_engine, now=clock, actor="admin")
    source.fill_demo(bookings=400, seed=5)
    kept = source.bookings.book(actor="frontdesk", room="SEMERU", start=at(9), end=at(11),
                                title="Rapat <i>anggaran</i>", organization="Bank Mandiri",
                                attendees=12).booking

    result = source.migrate_to(empty_server_database.target)

    server = make_engine(empty_server_database.target)
    try:
        for table in ("booking", "audit_entry", "room", "event", "occupancy", "account"):
            assert _count(server, table) == _count(file_engine, table), table
        assert verify(server).head_hash == verify(file_engine).head_hash == result.audit_head
        moved = Services(server, now=clock, actor="frontdesk")
        assert moved.booking(kept.id) == source.booking(kept.id)
        # The server's own guard holds on the copy, and new bookings take new ids.
        with pytest.raises(ConflictError):
            moved.bookings.book(actor="frontdesk", room="SEMERU", start=at(10), end=at(12),
                                title="Double")
        added = moved.bookings.book(actor="frontdesk", room="SEMERU", start=at(13),
                                    end=at(14), title="After lunch").booking
        assert added.id > kept.id
        assert [b.id for b in moved.search(text="anggaran").rows] == [kept.id]
    finally:
        server.dispose()


def test_a_second_move_into_the_same_database_is_refused(file_engine: Engine,
                                                         clock: FakeClock,
                                                         empty_server_database: Backend) -> None:
    source = Services(file_engine, now=clock, actor="admin")
    source.migrate_to(empty_server_database.target)
    with pytest.raises(BadInput, match="is not empty"):
        source.migrate_to(empty_server_database.target)


def test_the_command_says_what_it_copied(db_file: Path, initialised_template: Path,
                                         empty_server_database: Backend) -> None:
    db_file.write_bytes(initialised_template.read_bytes())
    done = run_cli("--db", str(db_file), "--as", "admin", "migrate-to",
                   empty_server_database.target, "--json")
    assert done.returncode == 0, done.stderr
    said = json.loads(done.stdout)
    assert said["verified"] is True and said["tables"]["room"] > 30
    assert "postgres" in said["target"]

    again = run_cli("--db", str(db_file), "--as", "admin", "migrate-to",
                    empty_server_database.target)
    assert again.returncode == 2 and again.stderr.startswith("error: the database at ")
    assert len(again.stderr.splitlines()) == 1

    desk = run_cli("--db", str(db_file), "--as", "frontdesk", "migrate-to",
                   empty_server_database.target)
    assert desk.returncode == 5
