"""Server database URLs: a PostgreSQL URL without a driver means psycopg 3, and a server that
cannot be reached is one plain line, never a traceback."""

import socket
from subprocess import CompletedProcess

import pytest

from booking.store.db import make_engine
from tests.helpers.cli import run_cli


@pytest.mark.parametrize("url", ["postgresql://desk@db.example/ruang",
                                 "postgres://desk@db.example/ruang",
                                 "postgresql+psycopg://desk@db.example/ruang"])
def test_a_postgresql_url_uses_psycopg_3(url: str) -> None:
    engine = make_engine(url)  # no connection is made until one is needed
    try:
        assert engine.url.drivername == "postgresql+psycopg"
        assert engine.dialect.driver == "psycopg"
        assert (engine.url.username, engine.url.host, engine.url.database) == (
            "desk", "db.example", "ruang")
    finally:
        engine.dispose()


def _closed_port() -> int:
    """A local port nothing listens on (bound, then let go)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _one_error_line(done: CompletedProcess[str]) -> str:
    assert done.returncode == 1, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    assert "Traceback" not in done.stderr
    return lines[0]


@pytest.mark.parametrize("command", [["init"], ["rooms"], ["bookings"]])
def test_an_unreachable_server_is_one_plain_line(command: list[str]) -> None:
    port = _closed_port()
    line = _one_error_line(run_cli("--db", f"postgresql://desk@127.0.0.1:{port}/ruang",
                                   *command))
    assert f"cannot connect to the database server 127.0.0.1:{port}/ruang" in line
    assert "refused" in line.lower()
