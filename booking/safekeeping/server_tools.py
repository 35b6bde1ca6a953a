"""PostgreSQL's own client programs (pg_dump, pg_restore) run for a server database: found on
PATH or refused in plain words, given the connection without its password on the command line
(the password travels in the child's environment), and their failures told by their first
line of error output."""

import os
import shutil
import subprocess
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import Engine

from booking.errors import ProgramFailed, ProgramMissing
from booking.i18n import _


def is_server(engine: Engine) -> bool:
    """True when the engine talks to a PostgreSQL server."""
    return engine.dialect.name == "postgresql"


def program(name: str) -> str:
    """The path of PostgreSQL's client program `name`, or ProgramMissing saying what to do."""
    found = shutil.which(name)
    if found is None:
        raise ProgramMissing(_("{program} is not installed on this computer: install "
                               "PostgreSQL's client programs (Debian/Ubuntu: apt install "
                               "postgresql-client) or back up on the server").format(
                                   program=name))
    return found


@dataclass(frozen=True)
class Connection:
    """How a client program reaches the engine's database: a conninfo string without the
    password, and the environment that carries it."""

    conninfo: str
    env: dict[str, str]
    database: str

    def with_env(self, **extra: str) -> dict[str, str]:
        return {**self.env, **extra}


def connection_of(engine: Engine) -> Connection:
    from psycopg.conninfo import make_conninfo  # only for a server: psycopg loads on use

    url = engine.url
    parts: dict[str, str | int | None] = {key: value for key, value in url.query.items()
                                if isinstance(value, str)}
    for key, value in (("host", url.host), ("port", url.port), ("user", url.username),
                       ("dbname", url.database)):
        if value is not None:
            parts[key] = value
    # The child reads libpq's variables (PGHOST, PGPASSFILE, …) as psycopg does here, so it
    # reaches the database the same way; the URL's password goes in its PGPASSWORD only.
    env = dict(os.environ)
    if url.password:
        env["PGPASSWORD"] = str(url.password)
    return Connection(make_conninfo("", **parts), env, url.database or "")


def first_line(text: str) -> str:
    """A program's first line of error output, without its own name in front."""
    for line in text.splitlines():
        line = line.strip()
        if line:
            for prefix in ("pg_dump: error: ", "pg_restore: error: ", "pg_dump: ",
                           "pg_restore: "):
                line = line.removeprefix(prefix)
            return line
    return _("it stopped without saying why")


def run(arguments: Sequence[str], *, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    """Run a client program to the end; ProgramFailed with its first error line when it fails."""
    try:
        done = subprocess.run(list(arguments), env=env, capture_output=True, text=True,
                              check=False, stdin=subprocess.DEVNULL)
    except OSError as exc:
        raise ProgramFailed(_("{program} could not be run: {error}").format(
            program=os.path.basename(arguments[0]), error=exc.strerror or exc)) from None
    if done.returncode != 0:
        raise ProgramFailed(_("{program} failed: {error}").format(
            program=os.path.basename(arguments[0]), error=first_line(done.stderr)))
    return done
