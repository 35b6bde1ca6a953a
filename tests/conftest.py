"""Shared fixtures: offscreen Qt, a fresh database per test, a fixed clock."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from booking.building.load import initialize  # noqa: E402
from booking.store.db import make_engine  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real per-user data folder and RUANG_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RUANG_DB", raising=False)


@pytest.fixture
def memory_engine() -> Iterator[Engine]:
    """An initialised in-memory database with the default building."""
    engine = make_engine("sqlite://")
    initialize(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "ruang.db"


@pytest.fixture
def file_engine(db_file: Path) -> Iterator[Engine]:
    """An initialised database in a real file."""
    engine = make_engine(db_file)
    initialize(engine)
    yield engine
    engine.dispose()
