"""Restore: verify a backup (an SQLite file, integrity ok, a Ruang schema no newer than this
program's, an audit chain that verifies), keep a copy of the current database, then swap the
verified copy in with os.replace while holding the database exclusively. Refused while any
other connection (another desk, another process) has the database open."""

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from booking.audit import verify
from booking.errors import BadInput
from booking.i18n import _
from booking.outputs import COMPANION_SUFFIXES, private_folder
from booking.safekeeping.copies import (
    FOLDER_NAME,
    STAMP,
    BackupInfo,
    Progress,
    backup_folder,
    backup_name,
    count_bookings,
    take_backup,
)
from booking.store.db import make_engine, sqlite_file
from booking.store.version import HEAD_REVISION

VERSIONS = Path(__file__).resolve().parents[1] / "store" / "migrations" / "versions"
LOCK_TIMEOUT_S = 0.5
BEFORE_RESTORE = "before-restore"


class DatabaseInUse(BadInput):
    """Another connection has the database open: a restore would pull it from under them."""


@dataclass(frozen=True)
class RestoreCheck:
    """What verifying a backup found (it passed)."""

    path: Path
    revision: str
    bookings: int
    audit_entries: int
    # A server's dump is only counted: its chain is verified as it is restored.
    chain_verified: bool = True

    @property
    def older(self) -> bool:
        return self.revision < HEAD_REVISION

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "schema": self.revision, "bookings": self.bookings,
                "audit_entries": self.audit_entries, "audit_verified": self.chain_verified,
                "upgrade_needed": self.older}


@dataclass(frozen=True)
class RestoreResult:
    check: RestoreCheck
    previous: BackupInfo | Path | None  # the copy of the database as it was

    def to_json(self) -> dict[str, object]:
        previous = self.previous.path if isinstance(self.previous, BackupInfo) else self.previous
        return {**self.check.to_json(), "restored": True,
                "previous": str(previous) if previous is not None else None}


def known_revisions() -> set[str]:
    return {path.name[:4] for path in VERSIONS.glob("*.py") if path.name[:4].isdigit()}


def refuse(path: Path, reason: str) -> BadInput:
    return BadInput(_("cannot restore '{path}': {reason}").format(path=path, reason=reason))


def require_known_revision(source: Path, revision: str) -> None:
    """Refuse a backup whose schema this Ruang does not know: a newer one asks for an update
    of Ruang first, anything else is not a Ruang database."""
    if revision in known_revisions():
        return
    if revision.isdigit() and revision > HEAD_REVISION:
        raise refuse(source, _("it was written by a newer version of Ruang (schema {schema}, "
                               "this one knows up to {head}); update Ruang first").format(
                                   schema=revision, head=HEAD_REVISION))
    raise refuse(source, _("it is not a Ruang database"))


def _is_dump(path: Path) -> bool:
    try:
        with path.open("rb") as stream:
            return stream.read(5) == b"PGDMP"
    except OSError:
        return False


def _stage(source: Path, stage: Path, progress: Progress | None) -> None:
    """Copy the backup into `stage` with SQLite's backup API (the backup itself is only read)."""
    try:
        with closing(sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=2)) as src:
            src.execute("PRAGMA schema_version").fetchone()
            with closing(sqlite3.connect(stage)) as dst:
                src.backup(dst, pages=256, progress=(
                    None if progress is None else lambda _s, left, total: progress(left, total)))
    except sqlite3.DatabaseError as exc:
        if getattr(exc, "sqlite_errorcode", None) == 26:  # SQLITE_NOTADB
            if _is_dump(source):
                raise refuse(source, _("it is a backup of a server database (a pg_dump "
                                       "file); restore it with --db set to that server's "
                                       "database")) from None
            raise refuse(source, _("it is not an SQLite database")) from None
        raise refuse(source, _("it is damaged ({error})").format(error=exc)) from None


def _check_stage(source: Path, stage: Path) -> RestoreCheck:
    with closing(sqlite3.connect(stage)) as db:
        try:
            verdict = db.execute("PRAGMA integrity_check").fetchone()
        except sqlite3.DatabaseError as exc:
            raise refuse(source, _("it is damaged ({error})").format(error=exc)) from None
        if verdict is None or verdict[0] != "ok":
            raise refuse(source, _("it failed the integrity check ({verdict})").format(
                verdict=verdict[0] if verdict else "?"))
        try:
            row = db.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.DatabaseError:
            row = None
        revision = str(row[0]) if row else ""
        require_known_revision(source, revision)
    engine = make_engine(stage)
    try:
        chain = verify(engine)
    finally:
        engine.dispose()
    if not chain.ok:
        raise refuse(source, _("its audit trail does not verify: {message}").format(
            message=chain.message))
    return RestoreCheck(source, revision, count_bookings(stage) or 0, chain.entries)


@contextmanager
def staged(source: Path, folder: Path, progress: Progress | None = None
           ) -> Iterator[tuple[Path, RestoreCheck]]:
    """A verified private copy of the backup in `folder` (removed afterwards unless moved)."""
    source = Path(source).expanduser()
    if not source.is_file():
        raise refuse(source, _("there is no such file"))
    if source.stat().st_size == 0:
        raise refuse(source, _("it is an empty file"))
    descriptor, name = tempfile.mkstemp(dir=folder, prefix=".restore.", suffix=".db")
    os.close(descriptor)
    os.unlink(name)
    stage = Path(name)
    try:
        _stage(source, stage, progress)
        os.chmod(stage, 0o600)
        yield stage, _check_stage(source, stage)
    finally:
        for suffix in ("", *COMPANION_SUFFIXES):
            Path(f"{stage}{suffix}").unlink(missing_ok=True)


def check_backup(source: Path, progress: Progress | None = None) -> RestoreCheck:
    """Verify a backup without restoring it."""
    with tempfile.TemporaryDirectory() as folder, staged(source, Path(folder), progress) as (
            _stage_path, check):
        return check


@contextmanager
def held_alone(database: Path) -> Iterator[None]:
    """Hold the database exclusively, or refuse: leaving WAL mode needs every other
    connection closed, and the exclusive lock keeps newcomers out until the swap is done."""
    try:
        lock = sqlite3.connect(database, timeout=LOCK_TIMEOUT_S, isolation_level=None)
    except sqlite3.Error as exc:
        raise BadInput(_("cannot open the database to restore over it: {error}").format(
            error=exc)) from None
    try:
        try:
            lock.execute("PRAGMA locking_mode=EXCLUSIVE")
            mode = lock.execute("PRAGMA journal_mode=DELETE").fetchone()
            if mode is None or str(mode[0]).lower() != "delete":
                raise sqlite3.OperationalError("database is locked")
            lock.execute("BEGIN EXCLUSIVE")
        except sqlite3.OperationalError as exc:
            if "locked" in str(exc) or "busy" in str(exc):
                raise DatabaseInUse(_("the database {database} is open elsewhere (another "
                                      "desk's window or a command); close Ruang everywhere "
                                      "else and try again").format(database=database)) from None
            raise BadInput(_("cannot restore over the database: {error}").format(
                error=exc)) from None
        except sqlite3.DatabaseError as exc:
            raise BadInput(_("cannot restore over the database: {error}").format(
                error=exc)) from None
        yield
    finally:
        lock.close()


def _keep_previous(engine: Engine, now: datetime) -> BackupInfo | Path:
    """A copy of the database as it is, in the backup folder, before it is replaced."""
    folder = private_folder(backup_folder(engine))
    target = folder / backup_name(engine, now, BEFORE_RESTORE)
    try:
        return take_backup(engine, target)
    except (sqlite3.Error, BadInput):
        database = sqlite_file(engine)
        assert database is not None
        shutil.copy2(database, target)  # too damaged to read: keep its bytes
        os.chmod(target, 0o600)
        return target


def restore_file(engine: Engine, source: Path, *, now: datetime,
                 progress: Progress | None = None) -> RestoreResult:
    """Swap a verified backup in for the database file behind `engine` (which is disposed:
    the caller opens the database again, which upgrades an older schema)."""
    database = sqlite_file(engine)
    if database is None:
        return _restore_into_connection(engine, source, progress)
    database = Path(os.path.realpath(database))
    if Path(os.path.realpath(Path(source).expanduser())) == database:
        raise refuse(source, _("it is the database Ruang is using"))
    with staged(source, database.parent, progress) as (stage, check):
        engine.dispose()
        with held_alone(database):
            pass  # refused here, before any copy is made, while another desk has it open
        previous = _keep_previous(engine, now)
        engine.dispose()
        with held_alone(database):
            os.replace(stage, database)
        for suffix in COMPANION_SUFFIXES:  # the old database's, if any were left
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    return RestoreResult(check, previous)


def _restore_into_connection(engine: Engine, source: Path,
                             progress: Progress | None) -> RestoreResult:
    """A database in memory (tests, demos): the backup's pages copied into it."""
    with tempfile.TemporaryDirectory() as folder, staged(source, Path(folder), progress) as (
            stage, check):
        raw = engine.raw_connection()
        try:
            target = raw.driver_connection
            assert isinstance(target, sqlite3.Connection)
            with closing(sqlite3.connect(stage)) as src:
                src.backup(target)
        finally:
            raw.close()
    return RestoreResult(check, None)


def restore_unopenable(database: Path, source: Path, *, now: datetime,
                       authorize: Callable[[Engine], None],
                       progress: Progress | None = None) -> RestoreResult:
    """Restore over a database file too damaged to open (cut short, scribbled over): the
    acting account proves itself against the verified backup instead (`authorize` signs in
    there and refuses unless it may restore); the damaged file's bytes are kept."""
    database = Path(os.path.realpath(database))
    with staged(source, database.parent, progress) as (stage, check):
        engine = make_engine(stage)
        try:
            authorize(engine)
        finally:
            engine.dispose()
        folder = private_folder(database.parent / FOLDER_NAME)
        previous = folder / f"{database.stem}-{BEFORE_RESTORE}-" \
            f"{now.astimezone(UTC).strftime(STAMP)}.db"
        shutil.copy2(database, previous)
        os.chmod(previous, 0o600)
        try:
            with held_alone(database):
                os.replace(stage, database)
        except DatabaseInUse:
            raise
        except BadInput:  # SQLite cannot even lock it: nothing can be using it as a database
            os.replace(stage, database)
        for suffix in COMPANION_SUFFIXES:
            Path(f"{database}{suffix}").unlink(missing_ok=True)
    return RestoreResult(check, previous)
