"""The two databases the engine tests run on: SQLite files and PostgreSQL databases made and
dropped per test on the server RUANG_TEST_PG names (a migrated template per run, copied)."""

import os
import re
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy.engine import URL, make_url

SERVER_ENV = "RUANG_TEST_PG"
DEFAULT_SERVER = "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"
BACKENDS = ("sqlite", "postgresql")
# Errors a plain SQL write refused by the database raises, on either backend.
REFUSED: tuple[type[Exception], ...] = (sqlite3.IntegrityError, psycopg.IntegrityError)


def server_url() -> URL:
    """The maintenance database of the test server (databases are made and dropped there)."""
    return make_url(os.environ.get(SERVER_ENV) or DEFAULT_SERVER)


def _libpq(url: URL, database: str | None = None) -> str:
    """The URL as psycopg itself takes it (no SQLAlchemy driver name)."""
    rendered = url.set(drivername="postgresql", database=database or url.database)
    return rendered.render_as_string(hide_password=False)


def database_url(name: str) -> str:
    """The SQLAlchemy URL of database `name` on the test server."""
    return server_url().set(drivername="postgresql+psycopg", database=name).render_as_string(
        hide_password=False)


@contextmanager
def _maintenance() -> Iterator[psycopg.Connection[Any]]:
    url = server_url()
    try:
        connection = psycopg.connect(_libpq(url), autocommit=True, connect_timeout=10)
    except psycopg.OperationalError as exc:
        pytest.fail(
            f"the PostgreSQL tests need a server, and {url.render_as_string()} cannot be "
            f"reached ({' '.join(str(exc).split())}). Start PostgreSQL there, or point the "
            f"tests at another server: {SERVER_ENV}=postgresql+psycopg://USER@HOST:PORT/postgres "
            "(a role that may create databases).", pytrace=False)
    try:
        yield connection
    finally:
        connection.close()


def _checked(name: str) -> str:
    if not re.fullmatch(r"ruang_[a-z0-9_]+", name):
        raise ValueError(f"not a test database name: {name}")
    return name


def new_database_name(kind: str = "t") -> str:
    return f"ruang_{kind}_{secrets.token_hex(6)}"


def create_database(name: str, *, template: str | None = None) -> str:
    """Make database `name` (a copy of `template` when given); its SQLAlchemy URL."""
    with _maintenance() as connection:
        copy = f" TEMPLATE {_checked(template)}" if template else ""
        connection.execute(f"CREATE DATABASE {_checked(name)}{copy}")
    return database_url(name)


def drop_database(name: str) -> None:
    with _maintenance() as connection:
        connection.execute(f"DROP DATABASE IF EXISTS {_checked(name)} WITH (FORCE)")


class Shell:
    """A person's SQL shell on the test database (autocommit, `?` placeholders on both)."""

    def __init__(self, backend: str, target: str) -> None:
        self.backend = backend
        self._connection: Any
        if backend == "sqlite":
            self._connection = sqlite3.connect(target, isolation_level=None)
        else:
            self._connection = psycopg.connect(_libpq(make_url(target)), autocommit=True)

    def execute(self, sql: str, params: Sequence[Any] = ()) -> Any:
        if self.backend == "sqlite":
            return self._connection.execute(sql, params)
        return self._connection.execute(sql.replace("?", "%s"), params)

    def insert(self, sql: str, params: Sequence[Any] = ()) -> int:
        """Run an INSERT of one row; its id."""
        if self.backend == "sqlite":
            cursor = self._connection.execute(sql, params)
            assert cursor.lastrowid is not None
            return int(cursor.lastrowid)
        row = self._connection.execute(sql.replace("?", "%s") + " RETURNING id",
                                       params).fetchone()
        return int(row[0])

    def close(self) -> None:
        self._connection.close()


@dataclass(frozen=True)
class Backend:
    """Where a test's database lives: `target` is what --db and make_engine take (a file's
    path or a URL), the same for every process of the test."""

    name: str
    target: str

    @property
    def sqlite(self) -> bool:
        return self.name == "sqlite"

    def shell(self) -> Shell:
        return Shell(self.name, self.target)

    def file(self) -> Path | None:
        return Path(self.target) if self.sqlite else None


# What the database's refusal of an overlap says: SQLite's trigger names the marker, PostgreSQL
# names its exclusion constraint (booking.store.guards.guard_refused reads both).
OVERLAP_REFUSED = r"ruang-conflict|exclusion constraint \"occupancy_no_overlap\""
