"""Data files are readable by their owner only: the database and its -wal/-shm, the backups
before upgrades, the log, and the folders Ruang makes for them."""

import io
import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import text

from booking.building.load import initialize
from booking.cli.program import configure_logging, log_file, report_failure
from booking.store.db import make_engine, write_session
from booking.store.paths import resolve_target
from booking.store.schema import upgrade


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def usual_umask() -> Iterator[None]:
    """The common umask, under which files are world-readable unless made private."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_database_and_its_wal_are_private(db_file: Path) -> None:
    engine = make_engine(db_file)
    try:
        initialize(engine)
        with write_session(engine) as session:  # keeps the WAL: a connection stays open
            session.execute(text("SELECT 1"))
        with engine.connect() as connection:
            connection.exec_driver_sql("CREATE TABLE IF NOT EXISTS scratch (x)")
            files = [db_file, *(db_file.with_name(db_file.name + s) for s in ("-wal", "-shm"))]
            assert all(f.exists() for f in files)
            assert {f.name: mode(f) for f in files} == {f.name: 0o600 for f in files}
    finally:
        engine.dispose()


def test_the_backup_before_an_upgrade_is_private(db_file: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(db_file)
    initialize(engine)
    with write_session(engine) as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    engine.dispose()
    import alembic.command

    monkeypatch.setattr(alembic.command, "upgrade", lambda _config, _rev: None)
    engine = make_engine(db_file)
    result = upgrade(engine)
    engine.dispose()
    assert result.backup is not None
    assert mode(result.backup) == 0o600
    assert sorted(p.name for p in db_file.parent.iterdir()) == sorted(
        [db_file.name, result.backup.name])


def test_the_per_user_data_folder_is_private(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    path = Path(resolve_target(None))
    assert path.parent == tmp_path / "data" / "Ruang"
    assert mode(tmp_path / "data") == 0o700 and mode(path.parent) == 0o700


def test_the_log_and_its_folder_are_private(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    logger = logging.getLogger("ruang")
    monkeypatch.setattr(logger, "handlers", [])
    configure_logging()
    log = log_file()
    try:
        assert log.parent.is_relative_to(tmp_path)
        assert not log.parent.exists()  # nothing logged yet: nothing made
        logger.error("a line for the log")
        assert "a line for the log" in log.read_text(encoding="utf-8")
        assert mode(log) == 0o600
        assert mode(log.parent) == 0o700 and mode(log.parent.parent) == 0o700
    finally:
        for handler in logger.handlers:
            handler.close()


def test_a_log_folder_that_cannot_be_made_leaves_the_failure_on_the_terminal(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The log file is looked for at its first record; where its folder cannot be made (the
    state folder is a file), the record is dropped and the one-line error still reaches the
    terminal."""
    blocker = tmp_path / "state"
    blocker.write_text("not a folder")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))
    logger = logging.getLogger("ruang")
    monkeypatch.setattr(logger, "handlers", [])
    configure_logging()
    err = io.StringIO()
    try:
        code = report_failure(RuntimeError("disk on fire"), debug=False, err=err)
        logger.error("a second line")  # still quiet: no retry storm, no exception
    finally:
        for handler in logger.handlers:
            handler.close()
    assert code == 1
    assert err.getvalue().count("\n") == 1 and "Traceback" not in err.getvalue()
    assert blocker.read_text() == "not a folder"
