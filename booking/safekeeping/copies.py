"""Taking and listing backups: SQLite's online backup API into a private file beside the
target, checked with `PRAGMA integrity_check` before it takes its name. Where backups go and
what they are called holds for a server's dumps too (booking.safekeeping.dumps)."""

import glob
import re
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import Engine

from booking.errors import BadInput, DatabaseError
from booking.i18n import N_, _
from booking.outputs import check_target, private_folder, replacing
from booking.store.db import sqlite_file
from booking.store.paths import default_db_path

# Called with (pages remaining, pages in all) while a copy runs.
Progress = Callable[[int, int], None]
PAGES_PER_STEP = 256
FOLDER_NAME = "backups"
STAMP = "%Y%m%dT%H%M%SZ"
AUTOMATIC = "auto"
MANUAL = "manual"
SQLITE_SUFFIX = ".db"
DUMP_SUFFIX = ".dump"  # pg_dump's custom format, for a server database
NAME = re.compile(r"^(?P<stem>.+)-(?P<kind>auto|manual|before-restore)-(?P<stamp>\d{8}T\d{6}Z)"
                  r"(?:-\d+)?\.(?:db|dump)$")


@dataclass(frozen=True)
class BackupInfo:
    """One backup file: where, when it was taken, its size and the bookings in it."""

    path: Path
    taken: datetime
    size: int
    bookings: int | None  # None when the file cannot be read as a Ruang database
    kind: str

    def to_json(self) -> dict[str, object]:
        return {"file": str(self.path), "taken": self.taken.isoformat(), "size": self.size,
                "bookings": self.bookings, "kind": self.kind}


def _on_server(engine: Engine) -> bool:
    return engine.dialect.name == "postgresql"


def backup_folder(engine: Engine) -> Path:
    """Where backups of this database go: `backups/` in the folder that holds a database file;
    for a server's database, `backups/` in this computer's per-user data folder."""
    if _on_server(engine):
        return default_db_path().parent / FOLDER_NAME
    path = sqlite_file(engine)
    if path is None:
        raise BadInput(_("this database is not a file; give the backup's file with --out"))
    return path.parent / FOLDER_NAME


def _stem_and_suffix(engine: Engine) -> tuple[str, str]:
    if _on_server(engine):
        return engine.url.database or "ruang", DUMP_SUFFIX
    path = sqlite_file(engine)
    return (path.stem if path is not None else "ruang"), SQLITE_SUFFIX


def backup_name(engine: Engine, taken: datetime, kind: str) -> str:
    stem, suffix = _stem_and_suffix(engine)
    return f"{stem}-{kind}-{taken.astimezone(UTC).strftime(STAMP)}{suffix}"


def free_target(engine: Engine, taken: datetime, kind: str) -> Path:
    """A file name in the (private) backup folder that no backup has yet."""
    folder = private_folder(backup_folder(engine))
    name = Path(backup_name(engine, taken, kind))
    target = folder / name
    number = 1
    while target.exists():
        number += 1
        target = folder / f"{name.stem}-{number}{name.suffix}"
    return target


def backup_pattern(engine: Engine) -> str:
    """Which files in the backup folder are this database's backups: every `.db` file beside a
    database file; a server database's own `<dbname>-….dump` files (the per-user folder may
    hold other databases' backups)."""
    stem, suffix = _stem_and_suffix(engine)
    return f"{glob.escape(stem)}-*{suffix}" if _on_server(engine) else f"*{suffix}"


def _copy(source: sqlite3.Connection, part: Path, progress: Progress | None) -> None:
    def step(_status: int, remaining: int, total: int) -> None:
        if progress is not None:
            progress(remaining, total)
    with closing(sqlite3.connect(part)) as target:
        source.backup(target, pages=PAGES_PER_STEP, progress=step)
        verdict = target.execute("PRAGMA integrity_check").fetchone()
        if verdict is None or verdict[0] != "ok":
            raise DatabaseError(_("the backup failed its integrity check ({verdict}); the "
                                  "database may be damaged: run 'doctor'").format(
                                      verdict=verdict[0] if verdict else "?"))
        # A backup is one self-contained file, whatever mode the live database keeps.
        target.execute("PRAGMA journal_mode=DELETE")


def count_bookings(path: Path) -> int | None:
    """How many bookings a database file holds; None when it cannot say."""
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=2)) as probe:
            return int(probe.execute("SELECT count(*) FROM booking").fetchone()[0])
    except sqlite3.Error:
        return None


def take_backup(engine: Engine, target: Path, *, force: bool = False,
                progress: Progress | None = None) -> BackupInfo:
    """Copy the database (live, consistent) to `target` through the safe writer: never over
    the database or its files, never over an existing file unless `force`."""
    database = sqlite_file(engine)
    check_target(target, what=N_("the backup"), database=database, force=force)
    with replacing(target, what=N_("the backup"), database=database, force=force) as part:
        raw = engine.raw_connection()
        try:
            source = raw.driver_connection
            assert isinstance(source, sqlite3.Connection)
            _copy(source, part, progress)
        finally:
            raw.close()
    return describe(Path(target))


def describe(path: Path) -> BackupInfo:
    """A backup file as `backups` lists it."""
    found = NAME.match(path.name)
    if found:
        taken = datetime.strptime(found["stamp"], STAMP).replace(tzinfo=UTC)
        kind = found["kind"]
    else:
        taken = datetime.fromtimestamp(path.stat().st_mtime, UTC)
        kind = MANUAL
    # A dump says how many bookings it holds only when read through (restore's check does).
    bookings = None if path.suffix == DUMP_SUFFIX else count_bookings(path)
    return BackupInfo(path, taken, path.stat().st_size, bookings, kind)


def backup_now(engine: Engine, *, now: datetime, kind: str = MANUAL,
               progress: Progress | None = None) -> BackupInfo:
    """A backup into the backup folder, named with the time it was taken."""
    return take_backup(engine, free_target(engine, now, kind), progress=progress)


def list_backups(folder: Path, pattern: str = f"*{SQLITE_SUFFIX}") -> list[BackupInfo]:
    """The backups in a folder (the files `pattern` matches), newest first."""
    if not folder.is_dir():
        return []
    found = [describe(path) for path in folder.glob(pattern) if path.is_file()
             and not path.name.startswith(".")]
    return sorted(found, key=lambda info: info.taken, reverse=True)
