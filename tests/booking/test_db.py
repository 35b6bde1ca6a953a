"""The engine factory: connection settings, transactions, and where the data lives."""

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from booking.errors import DatabaseError
from booking.store.db import (
    READ_ONLY,
    default_db_path,
    make_engine,
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
