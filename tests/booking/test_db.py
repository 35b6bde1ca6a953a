"""The engine factory: connection settings, transactions, and where the data lives."""

import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from booking.errors import DatabaseError
from booking.store.db import (
    READ_ONLY,
    default_db_path,
    make_engine,
    quick_read,
    read_session,
    resolve_target,
    write_session,
)


def test_every_pooled_connection_has_the_durability_settings(file_engine: Engine) -> None:
    # Held open together, so the pool hands out distinct connections.
    connections = [file_engine.connect().execution_options(**{READ_ONLY: True})
                   for _ in range(3)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        for connection in connections:
            connection.close()


def test_write_transactions_take_the_write_lock_at_once(file_engine: Engine, db_file: Path) -> None:
    other = sqlite3.connect(db_file, timeout=0, isolation_level=None)
    try:
        with write_session(file_engine) as session:
            session.execute(text("SELECT 1"))
            # BEGIN IMMEDIATE holds the reserved lock before any write: another writer must wait.
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                other.execute("BEGIN IMMEDIATE")
    finally:
        other.close()


def test_read_sessions_do_not_block_writers(file_engine: Engine, db_file: Path) -> None:
    other = sqlite3.connect(db_file, timeout=0, isolation_level=None)
    try:
        with read_session(file_engine) as session:
            session.execute(text("SELECT count(*) FROM room")).scalar()
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
    finally:
        other.close()


def test_foreign_keys_are_enforced(file_engine: Engine) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), write_session(file_engine) as session:
        session.execute(text("INSERT INTO room_amenity (room_id, amenity) VALUES (99999, 'x')"))


def test_missing_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        make_engine(tmp_path / "no" / "such" / "ruang.db")


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        make_engine(tmp_path)


def test_a_text_file_is_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("hello, this is not SQLite at all")
    with pytest.raises(DatabaseError, match="not an SQLite file"):
        make_engine(path)


def test_default_target_is_the_per_user_data_folder(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUANG_DB", raising=False)
    target = resolve_target(None)
    assert target == str(default_db_path())
    assert Path(target).name == "ruang.db"
    assert Path(target).parent.is_dir()


def test_environment_variable_overrides_the_default(monkeypatch: pytest.MonkeyPatch,
                                                    tmp_path: Path) -> None:
    monkeypatch.setenv("RUANG_DB", str(tmp_path / "env.db"))
    assert resolve_target(None) == str(tmp_path / "env.db")
    assert resolve_target(str(tmp_path / "flag.db")) == str(tmp_path / "flag.db")


# ----- the quick readers' own connections ---------------------------------------------------

def _rooms(engine: Engine) -> int:
    with quick_read(engine) as reader:
        return int(reader.rows("SELECT count(*) FROM room")[0][0])


def _add_room_by_hand(db_file: Path, code: str) -> None:
    other = sqlite3.connect(db_file, isolation_level=None)
    try:
        other.execute("INSERT INTO room (code, name, floor_id, kind, capacity, position, "
                      "bookable, retired, hours_profile, outline, description, name_id) "
                      "SELECT ?, ?, floor_id, kind, capacity, position + 100, bookable, "
                      "retired, hours_profile, outline, '', name_id FROM room LIMIT 1",
                      (code, code))
    finally:
        other.close()


def _open_files(path: Path) -> int:
    folder = Path("/proc/self/fd")
    found = 0
    for entry in folder.iterdir():
        try:
            found += os.readlink(entry) == str(path)
        except OSError:
            continue
    return found


def test_a_quick_read_keeps_one_snapshot_and_the_next_read_sees_new_commits(
        file_engine: Engine, db_file: Path) -> None:
    before = _rooms(file_engine)
    with quick_read(file_engine) as reader:
        assert reader.rows("SELECT count(*) FROM room")[0][0] == before
        _add_room_by_hand(db_file, "SNAP")
        # The same read transaction: still the snapshot it began with.
        assert reader.rows("SELECT count(*) FROM room")[0][0] == before
        # A read begun meanwhile (on another connection) sees the commit.
        assert _rooms(file_engine) == before + 1
    assert _rooms(file_engine) == before + 1


def test_quick_reads_have_the_durability_settings(file_engine: Engine) -> None:
    with quick_read(file_engine) as reader:
        assert reader.rows("PRAGMA foreign_keys")[0][0] == 1
        assert reader.rows("PRAGMA journal_mode")[0][0] == "wal"
        assert reader.rows("PRAGMA synchronous")[0][0] == 2
        assert reader.rows("PRAGMA busy_timeout")[0][0] >= 5000


def test_a_failed_quick_read_leaves_no_transaction_behind(file_engine: Engine,
                                                          db_file: Path) -> None:
    before = _rooms(file_engine)
    with pytest.raises(sqlite3.OperationalError):
        with quick_read(file_engine) as reader:
            reader.rows("SELECT count(*) FROM room")
            reader.rows("SELECT * FROM no_such_table")
    with pytest.raises(RuntimeError):
        with quick_read(file_engine) as reader:
            reader.rows("SELECT count(*) FROM room")
            raise RuntimeError("the caller gave up half-way")
    _add_room_by_hand(db_file, "AFTER")
    # Were a connection handed back inside its transaction, this read would see the old
    # snapshot (or fail to begin).
    assert _rooms(file_engine) == before + 1


def test_after_dispose_quick_reads_open_the_file_anew(file_engine: Engine, db_file: Path,
                                                      tmp_path: Path) -> None:
    before = _rooms(file_engine)
    assert _open_files(db_file) >= 1  # the reader's connection stays open between reads
    # A restore puts another file in the database's place, then disposes of the engine.
    replacement = tmp_path / "replacement.db"
    shutil.copyfile(db_file, replacement)
    _add_room_by_hand(replacement, "NEW")
    file_engine.dispose()
    assert _open_files(db_file) == 0  # the idle readers were closed
    os.replace(replacement, db_file)
    assert _rooms(file_engine) == before + 1  # not the old file still held open


def test_a_reader_in_use_at_dispose_is_closed_when_its_read_ends(file_engine: Engine,
                                                                 db_file: Path) -> None:
    with quick_read(file_engine) as reader:
        file_engine.dispose()
        assert reader.rows("SELECT count(*) FROM room")[0][0] >= 1  # the read goes on
    assert _open_files(db_file) == 0
    assert _rooms(file_engine) >= 1


def test_a_quick_read_of_a_file_that_cannot_be_opened_fails_as_a_session_does(
        tmp_path: Path) -> None:
    folder = tmp_path / "desk"
    folder.mkdir()
    engine = make_engine(folder / "ruang.db")
    try:
        shutil.rmtree(folder)  # the folder went away before the first read
        with pytest.raises(OperationalError, match="unable to open database file"):
            with read_session(engine) as session:
                session.execute(text("SELECT 1"))
        with pytest.raises(OperationalError, match="unable to open database file"):
            with quick_read(engine) as reader:
                reader.rows("SELECT 1")
    finally:
        engine.dispose()
