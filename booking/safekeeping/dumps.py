"""Backups of a server database: pg_dump's custom format, written into a private file beside
the target and read back with `pg_restore --list` before it takes its name. A restore checks
the dump first (a Ruang dump, a schema this program knows), keeps a dump of the database as it
is, then runs `pg_restore --clean` into the database in one transaction; a desk holding the
tables makes it stop cleanly, and an audit trail that does not verify once restored puts the
database back as it was."""

import logging
import os
import re
import subprocess
import tempfile
import threading
import time
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, text

from booking.audit import verify
from booking.errors import BookingError, ProgramFailed
from booking.i18n import N_, _
from booking.outputs import replacing
from booking.safekeeping.copies import MANUAL, BackupInfo, Progress, describe, free_target
from booking.safekeeping.restore import (
    BEFORE_RESTORE,
    DatabaseInUse,
    RestoreCheck,
    RestoreResult,
    known_revisions,
    refuse,
)
from booking.safekeeping.server_tools import connection_of, program, run
from booking.store.db import READ_ONLY
from booking.store.version import HEAD_REVISION

log = logging.getLogger("ruang")
# What makes a dump Ruang's: the data of these tables (the schema's version among them).
RUANG_TABLES = ("alembic_version", "booking", "audit_entry")
SQLITE_MAGIC = b"SQLite format 3\x00"
DUMP_MAGIC = b"PGDMP"
# How long a restore (or a dump) waits for a table another session holds before giving up.
LOCK_WAIT_S = 10.0
POLL_S = 0.2
_TABLE_DATA = re.compile(r"^\d+; \d+ \d+ TABLE DATA (?P<schema>\S+) (?P<table>\S+) ")
# The extensions stay as the database has them: dropping one needs its owner, often not the
# role Ruang connects as, and the database Ruang opened has them already.
_EXTENSION = re.compile(r"^\d+; \d+ \d+ (?:COMMENT - )?EXTENSION ")


def _step(progress: Progress | None, left: int, total: int) -> None:
    if progress is not None:
        progress(left, total)


def _dump(engine: Engine, part: Path) -> int:
    """pg_dump the database into `part`; the number of bookings in what it dumped (counted in
    the same snapshot)."""
    pg_dump = program("pg_dump")
    link = connection_of(engine)
    with engine.connect() as connection:
        reading = connection.execution_options(isolation_level="REPEATABLE READ",
                                               **{READ_ONLY: True})
        with reading.begin():
            snapshot = reading.execute(text("SELECT pg_export_snapshot()")).scalar_one()
            bookings = int(reading.execute(text("SELECT count(*) FROM booking")).scalar_one())
            run([pg_dump, "--format=custom", "--no-owner", f"--snapshot={snapshot}",
                 f"--lock-wait-timeout={int(LOCK_WAIT_S * 1000)}", f"--file={part}",
                 f"--dbname={link.conninfo}"], env=link.env)
    return bookings


def _tables_in(path: Path) -> set[str]:
    """The tables whose data the dump holds (pg_restore lists its contents, or fails)."""
    listing = run([program("pg_restore"), "--list", str(path)], env=dict(os.environ)).stdout
    return {found["table"] for line in listing.splitlines()
            if (found := _TABLE_DATA.match(line)) and found["schema"] == "public"}


def take_dump(engine: Engine, target: Path, *, force: bool = False,
              progress: Progress | None = None) -> BackupInfo:
    """pg_dump the server database to `target` through the safe writer (private, never over an
    existing file unless `force`), checked with pg_restore --list before it takes its name."""
    program("pg_dump")
    program("pg_restore")  # both there before any file is made
    _step(progress, 1, 1)
    with replacing(target, what=N_("the backup"), force=force) as part:
        bookings = _dump(engine, part)
        missing = set(RUANG_TABLES) - _tables_in(part)
        if missing:
            raise ProgramFailed(_("the backup lacks the tables {tables}; it was not kept")
                                .format(tables=", ".join(sorted(missing))))
    _step(progress, 0, 1)
    return replace(describe(Path(target).expanduser()), bookings=bookings)


def dump_now(engine: Engine, *, now: datetime, kind: str = MANUAL,
             progress: Progress | None = None) -> BackupInfo:
    """A dump into the backup folder, named with the time it was taken."""
    return take_dump(engine, free_target(engine, now, kind), progress=progress)


def _rows(path: Path) -> tuple[dict[str, int], str]:
    """Rows per Ruang table in the dump, and the schema version it holds, read through
    pg_restore's data output (a stream: a large dump is never held in memory)."""
    arguments = [program("pg_restore"), "--data-only", "--file=-",
                 *(f"--table={table}" for table in RUANG_TABLES), str(path)]
    counts = dict.fromkeys(RUANG_TABLES, 0)
    revision = ""
    with subprocess.Popen(arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          stdin=subprocess.DEVNULL, text=True, encoding="utf-8",
                          errors="replace") as process:
        assert process.stdout is not None and process.stderr is not None
        table: str | None = None
        for line in process.stdout:
            if table is None:
                found = re.match(r"COPY public\.(\w+) ", line)
                table = found[1] if found else None
            elif line.rstrip("\n") == "\\.":
                table = None
            else:
                counts[table] = counts.get(table, 0) + 1
                if table == "alembic_version" and not revision:
                    revision = line.strip()
        failure = process.stderr.read()
    if process.returncode != 0:
        raise ProgramFailed(_("pg_restore failed: {error}").format(
            error=failure.strip().splitlines()[0] if failure.strip() else "?"))
    return counts, revision


def check_dump(source: Path) -> RestoreCheck:
    """Verify that `source` is a dump of a Ruang database this program can restore (its audit
    chain is verified once restored: a dump cannot be walked without a database)."""
    program("pg_restore")
    source = Path(source).expanduser()
    if not source.is_file():
        raise refuse(source, _("there is no such file"))
    if source.stat().st_size == 0:
        raise refuse(source, _("it is an empty file"))
    with source.open("rb") as stream:
        head = stream.read(len(SQLITE_MAGIC))
    if head.startswith(SQLITE_MAGIC):
        raise refuse(source, _("it is a backup of an SQLite database file, and this database is "
                               "on a server; to move a file's bookings to the server use "
                               "migrate-to"))
    if not head.startswith(DUMP_MAGIC):
        raise refuse(source, _("it is not a backup of a server database (a pg_dump file)"))
    try:
        tables = _tables_in(source)
        counts, revision = _rows(source) if set(RUANG_TABLES) <= tables else ({}, "")
    except ProgramFailed as exc:
        raise refuse(source, _("it is damaged ({error})").format(error=exc)) from None
    if not set(RUANG_TABLES) <= tables:
        raise refuse(source, _("it is not a Ruang database"))
    if revision not in known_revisions():
        if revision.isdigit() and revision > HEAD_REVISION:
            raise refuse(source, _("it was written by a newer version of Ruang (schema "
                                   "{schema}, this one knows up to {head}); update Ruang "
                                   "first").format(schema=revision, head=HEAD_REVISION))
        raise refuse(source, _("it is not a Ruang database"))
    return RestoreCheck(source, revision, counts["booking"], counts["audit_entry"],
                        chain_verified=False)


class _LockWatch(threading.Thread):
    """Cancels pg_restore's statement when it has waited LOCK_WAIT_S for a lock another
    session holds. pg_restore sets lock_timeout to 0 in its own session whatever PGOPTIONS
    asks, so the wait is watched from outside; its one transaction then rolls back whole."""

    def __init__(self, engine: Engine, name: str) -> None:
        super().__init__(daemon=True)
        self._engine, self._name = engine, name
        self.stop = threading.Event()
        self.cancelled = False

    def run(self) -> None:
        try:
            self._watch()
        except Exception:  # noqa: BLE001 - unwatched, pg_restore waits as it would alone
            log.warning("cannot watch the restore's lock waits", exc_info=True)

    def _watch(self) -> None:
        since: float | None = None
        with self._engine.connect() as connection:
            watching = connection.execution_options(isolation_level="AUTOCOMMIT")
            while not self.stop.wait(POLL_S):
                row = watching.execute(text(
                    "SELECT pid, wait_event_type FROM pg_stat_activity "
                    "WHERE application_name = :name AND datname = current_database()"),
                    {"name": self._name}).first()
                if row is None or row.wait_event_type != "Lock":
                    since = None
                    continue
                since = since if since is not None else time.monotonic()
                if time.monotonic() - since >= LOCK_WAIT_S:
                    watching.execute(text("SELECT pg_cancel_backend(:pid)"), {"pid": row.pid})
                    self.cancelled = True
                    return


def _pg_restore(engine: Engine, source: Path) -> None:
    """pg_restore `source` over the database in one transaction: all of it, or nothing."""
    pg_restore = program("pg_restore")
    link = connection_of(engine)
    name = f"ruang-restore-{time.monotonic_ns()}"
    listing = run([pg_restore, "--list", str(source)], env=link.env).stdout
    with tempfile.TemporaryDirectory() as folder:
        contents = Path(folder) / "contents.list"
        contents.write_text("".join(f";{line}\n" if _EXTENSION.match(line) else f"{line}\n"
                                    for line in listing.splitlines()), encoding="utf-8")
        watch = _LockWatch(engine, name)
        watch.start()
        try:
            done = subprocess.run(
                [pg_restore, "--clean", "--if-exists", "--no-owner", "--single-transaction",
                 f"--use-list={contents}", f"--dbname={link.conninfo}", str(source)],
                env=link.with_env(PGAPPNAME=name), capture_output=True, text=True,
                stdin=subprocess.DEVNULL, check=False)
        finally:
            watch.stop.set()
            watch.join()
    if watch.cancelled:
        raise DatabaseInUse(_("the database {database} is in use elsewhere (another desk's "
                              "window or a command holds its tables); nothing was restored: "
                              "close Ruang everywhere else and try again").format(
                                  database=link.database))
    if done.returncode != 0:
        raise ProgramFailed(_("pg_restore failed, and nothing was restored: {error}").format(
            error=(done.stderr.strip().splitlines() or ["?"])[0].removeprefix(
                "pg_restore: error: ")))


def restore_dump(engine: Engine, source: Path, *, now: datetime,
                 progress: Progress | None = None) -> RestoreResult:
    """Put a checked dump in place of the server database, keeping a dump of it as it was
    (the caller opens the database again, which upgrades an older schema)."""
    program("pg_restore")
    program("pg_dump")
    check = check_dump(source)
    _step(progress, 3, 3)
    engine.dispose()
    previous = take_dump(engine, free_target(engine, now, BEFORE_RESTORE))
    _step(progress, 2, 3)
    try:
        _pg_restore(engine, check.path)
    except BaseException:
        previous.path.unlink(missing_ok=True)  # nothing was restored: nothing to keep
        raise
    _step(progress, 1, 3)
    chain = verify(engine)
    if not chain.ok:
        try:
            _pg_restore(engine, previous.path)
        except BookingError as exc:
            raise ProgramFailed(_("the audit trail of {file} does not verify once restored "
                                  "({message}), and putting the database back failed ({error}); "
                                  "restore {previous} with --force").format(
                                      file=source, message=chain.message, error=exc,
                                      previous=previous.path)) from None
        previous.path.unlink(missing_ok=True)
        raise refuse(source, _("its audit trail does not verify once restored ({message}); "
                               "the database was put back as it was").format(
                                   message=chain.message))
    engine.dispose()
    _step(progress, 0, 3)
    return RestoreResult(check, previous)
