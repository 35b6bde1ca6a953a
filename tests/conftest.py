"""Shared fixtures: offscreen Qt, a fresh database per test, a fixed clock."""

import os
import shutil
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from sqlalchemy import Engine  # noqa: E402

from booking.building.load import initialize  # noqa: E402
from booking.store.db import make_engine  # noqa: E402
from tests.helpers.backends import (  # noqa: E402
    BACKENDS,
    Backend,
    create_database,
    drop_database,
    new_database_name,
)
from tests.helpers.databases import memory_copy  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real per-user data folder and RUANG_DB."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.delenv("RUANG_DB", raising=False)
    # No automatic daily backups beside test databases unless a test asks for them.
    monkeypatch.setenv("RUANG_AUTO_BACKUP", "0")


@pytest.fixture(autouse=True)
def _english_unless_asked(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every test starts in English whatever this machine's locale; a test that switches
    the language (the booking side's or the window's) leaves English behind it."""
    from booking.i18n import set_language

    monkeypatch.setenv("RUANG_LANG", "en")
    set_language("en")
    yield
    set_language("en")
    if "ui.i18n" in sys.modules:
        sys.modules["ui.i18n"].Language.reset_all()


@pytest.fixture(autouse=True)
def _building_zone_restored() -> Iterator[None]:
    """A test that opens a building in another zone leaves WIB behind it."""
    from booking.timeutil import DEFAULT_ZONE, use_building_zone

    yield
    use_building_zone(DEFAULT_ZONE)


@pytest.fixture(scope="session")
def initialised_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One database file, initialised once per run (schema, triggers, building, accounts):
    every test starts from a copy of it instead of running the migrations again."""
    path = tmp_path_factory.mktemp("template") / "ruang.db"
    engine = make_engine(path)
    initialize(engine)
    engine.dispose()  # the last connection closing checkpoints the WAL into the file
    assert not path.with_name(path.name + "-wal").exists()
    return path


@pytest.fixture
def memory_engine(initialised_template: Path) -> Iterator[Engine]:
    """An initialised in-memory database with the default building."""
    engine = memory_copy(initialised_template)
    yield engine
    engine.dispose()


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "ruang.db"


@pytest.fixture
def file_engine(db_file: Path, initialised_template: Path) -> Iterator[Engine]:
    """An initialised database in a real file."""
    shutil.copyfile(initialised_template, db_file)
    engine = make_engine(db_file)
    yield engine
    engine.dispose()


@pytest.fixture(scope="session")
def server_template() -> Iterator[str]:
    """One PostgreSQL database migrated and initialised per run (and xdist worker): every
    PostgreSQL test starts from a copy of it (CREATE DATABASE ... TEMPLATE), which costs far
    less than running the migrations again. Fails, never skips, when the server is away."""
    name = new_database_name("tpl")
    engine = make_engine(create_database(name))
    try:
        initialize(engine)
    finally:
        engine.dispose()
    yield name
    drop_database(name)


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest, db_file: Path,
            initialised_template: Path) -> Iterator[Backend]:
    """The test's own initialised database, once on SQLite (a file) and once on PostgreSQL
    (a database of its own on the RUANG_TEST_PG server, dropped afterwards)."""
    if request.param == "sqlite":
        shutil.copyfile(initialised_template, db_file)
        yield Backend("sqlite", str(db_file))
        return
    yield from _server_database(request.getfixturevalue("server_template"))


@pytest.fixture
def server_backend(server_template: str) -> Iterator[Backend]:
    """The test's own initialised PostgreSQL database (for what only a server has)."""
    yield from _server_database(server_template)


@pytest.fixture
def empty_server_database() -> Iterator[Backend]:
    """An empty PostgreSQL database of the test's own, as a site's administrator makes it."""
    yield from _server_database(None)


def _server_database(template: str | None) -> Iterator[Backend]:
    name = new_database_name()
    url = create_database(name, template=template)
    try:
        yield Backend("postgresql", url)
    finally:
        drop_database(name)


@pytest.fixture
def backend_engine(backend: Backend) -> Iterator[Engine]:
    """An engine on the test's database, on each backend in turn."""
    engine = make_engine(backend.target)
    yield engine
    engine.dispose()
