"""Schema upgrades through Alembic, with an online backup of the file before any upgrade."""

import sqlite3
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

from booking.errors import DatabaseError
from booking.i18n import N_, _
from booking.outputs import replacing
from booking.store.db import sqlite_file
from booking.store.version import HEAD_REVISION
from booking.timeutil import utc_now

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


@dataclass(frozen=True)
class UpgradeResult:
    """What an upgrade did: the revisions before and after, and the backup it wrote."""

    before: str | None
    after: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.before != self.after


def _config() -> "Config":
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest schema revision this version of Ruang knows."""
    return HEAD_REVISION


def script_head() -> str:
    """The newest revision among the migration scripts (what HEAD_REVISION must say)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision stored in the database, or None when it has none."""
    with engine.connect().execution_options(ruang_read_only=True) as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def backup_sqlite(source: Path, destination: Path) -> Path:
    """Copy a live SQLite database with the online backup API (consistent even mid-use),
    through the safe writer: a private file, complete on disk before it takes its name, and
    never over an existing file."""
    with replacing(destination, what=N_("the backup")) as part:
        with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(part)) as dst:
            src.backup(dst)
    return destination


def upgrade(engine: Engine) -> UpgradeResult:
    """Bring the database to the newest schema; back it up first when it already holds data."""
    head = head_revision()
    before = current_revision(engine)
    if before == head:
        return UpgradeResult(before, head, None)
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(_config())
    head = script.get_current_head() or head
    if before is None:
        tables = set(inspect(engine).get_table_names())
        if tables - {"alembic_version"}:
            raise DatabaseError(
                _("this database holds tables but no Ruang schema version; it is not a Ruang "
                  "database (give another --db)")
            )
    else:
        try:
            script.get_revision(before)
        except Exception:
            raise DatabaseError(
                _("this database was written by a newer version of Ruang (schema {schema}); "
                  "update Ruang to open it").format(schema=before)
            ) from None
    backup = None
    path = sqlite_file(engine)
    if before is not None and path is not None:
        stamp = utc_now().strftime("%Y%m%dT%H%M%SZ")
        backup = backup_sqlite(path, path.with_name(f"{path.stem}.before-{head}-{stamp}.db"))
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    return UpgradeResult(before, head, backup)


def create_schema_in(connection: Connection) -> None:
    """Create the newest schema in an empty database, inside the transaction the caller holds
    (on PostgreSQL the tables then vanish with it when the caller rolls back)."""
    from alembic import command

    config = _config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")


__all__ = ["UpgradeResult", "upgrade", "head_revision", "current_revision", "create_schema_in"]
