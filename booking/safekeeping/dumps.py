"""Backups of a server database: pg_dump's custom format, written into a private file beside
the target and read back with `pg_restore --list` before it takes its name. A restore checks
the dump first (a Ruang dump, a schema this program knows), keeps a dump of the database as it
is, then replaces the database's contents with the dump's in one transaction (psql running
pg_restore's script); a desk holding the tables makes it stop cleanly, and an audit trail that
does not verify once restored puts the database back as it was."""

import os
import re
import subprocess
import tempfile
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
    refuse,
    require_known_revision,
)
from booking.safekeeping.server_tools import connection_of, program, run
from booking.store.db import READ_ONLY

# What makes a dump Ruang's: the data of these tables (the schema's version among them).
RUANG_TABLES = ("alembic_version", "booking", "audit_entry")
SQLITE_MAGIC = b"SQLite format 3\x00"
DUMP_MAGIC = b"PGDMP"
# How long a restore (or a dump) waits for a table another session holds before giving up.
LOCK_WAIT_S = 10.0
CHUNK = 1 << 20
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
    require_known_revision(source, revision)
    return RestoreCheck(source, revision, counts["booking"], counts["audit_entry"],
                        chain_verified=False)


# Run first, in the restore's one transaction: every table of the database locked (a desk
# holding one makes it give up after LOCK_WAIT_S, before anything changed), then Ruang's
# objects dropped, extensions' own kept, so that the dump's schema replaces the database's
# whole (a newer schema's tables, which `pg_restore --clean` would leave, included).
PRELUDE = """
SET LOCAL lock_timeout = '{wait}ms';
SET LOCAL client_min_messages = warning;
DO $ruang$
DECLARE
    found record;
    tables text;
BEGIN
    SELECT string_agg(c.oid::regclass::text, ', ') INTO tables
      FROM pg_class c
     WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p')
       AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e');
    IF tables IS NOT NULL THEN
        EXECUTE 'LOCK TABLE ' || tables || ' IN ACCESS EXCLUSIVE MODE';
    END IF;
    FOR found IN
        SELECT CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                              WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind,
               c.oid::regclass::text AS name
          FROM pg_class c
         WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
         ORDER BY c.relkind DESC
    LOOP
        EXECUTE format('DROP %s IF EXISTS %s CASCADE', found.kind, found.name);
    END LOOP;
    -- Then the functions, text search configurations and dictionaries, and types, in
    -- that order (each CASCADE takes what depends on it; IF EXISTS skips what went already).
    FOR found IN
        SELECT 1 AS step, 'ROUTINE' AS kind, p.oid::regprocedure::text AS name FROM pg_proc p
         WHERE p.pronamespace = 'public'::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')
        UNION ALL
        SELECT 2, 'TEXT SEARCH CONFIGURATION', c.oid::regconfig::text FROM pg_ts_config c
         WHERE c.cfgnamespace = 'public'::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
        UNION ALL
        SELECT 3, 'TEXT SEARCH DICTIONARY', c.oid::regdictionary::text FROM pg_ts_dict c
         WHERE c.dictnamespace = 'public'::regnamespace
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'e')
        UNION ALL
        SELECT 4, 'TYPE', t.oid::regtype::text FROM pg_type t
         WHERE t.typnamespace = 'public'::regnamespace AND t.typtype IN ('e', 'd')
           AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = t.oid AND d.deptype = 'e')
         ORDER BY 1
    LOOP
        EXECUTE format('DROP %s IF EXISTS %s CASCADE', found.kind, found.name);
    END LOOP;
END
$ruang$;
"""


def _relay(script: "subprocess.Popen[bytes]", psql: "subprocess.Popen[bytes]") -> bool:
    """Pass pg_restore's script to psql; True when pg_restore wrote all of it. psql's input is
    left open when it did not: psql, still reading, never reaches the end that commits."""
    assert script.stdout is not None and psql.stdin is not None
    try:
        while chunk := script.stdout.read(CHUNK):
            psql.stdin.write(chunk)
    except BrokenPipeError:  # psql stopped at an error: its transaction is rolled back
        script.kill()
    script.stdout.close()
    return script.wait() == 0


def _pg_restore(engine: Engine, source: Path) -> None:
    """Replace the database's contents with the dump's in one transaction (psql running
    PRELUDE, then the script pg_restore writes): all of it, or nothing."""
    pg_restore, psql = program("pg_restore"), program("psql")
    link = connection_of(engine)
    listing = run([pg_restore, "--list", str(source)], env=link.env).stdout
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        contents, prelude = folder / "contents.list", folder / "prelude.sql"
        contents.write_text("".join(f";{line}\n" if _EXTENSION.match(line) else f"{line}\n"
                                    for line in listing.splitlines()), encoding="utf-8")
        prelude.write_text(PRELUDE.format(wait=int(LOCK_WAIT_S * 1000)), encoding="utf-8")
        with (folder / "restore.err").open("w+b") as script_err, \
                (folder / "psql.err").open("w+b") as psql_err:
            with subprocess.Popen([pg_restore, "--no-owner", f"--use-list={contents}",
                                   "--file=-", str(source)], stdin=subprocess.DEVNULL,
                                  stdout=subprocess.PIPE, stderr=script_err,
                                  env=link.env) as script, \
                    subprocess.Popen([psql, "--no-psqlrc", "--quiet", "--single-transaction",
                                      "--set=ON_ERROR_STOP=1", f"--dbname={link.conninfo}",
                                      f"--file={prelude}", "--file=-"],
                                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                     stderr=psql_err, env=link.env) as applying:
                whole = _relay(script, applying)
                if not whole:
                    applying.kill()
                assert applying.stdin is not None
                try:
                    applying.stdin.close()
                except BrokenPipeError:
                    pass
                applied = applying.wait() == 0 and whole
            script_err.seek(0)
            psql_err.seek(0)
            said = (psql_err.read() + script_err.read()).decode("utf-8", "replace")
    if applied:
        return
    if "lock timeout" in said:
        raise DatabaseInUse(_("the database {database} is in use elsewhere (another desk's "
                              "window or a command holds its tables); nothing was restored: "
                              "close Ruang everywhere else and try again").format(
                                  database=link.database))
    error = next((line for line in said.splitlines() if "ERROR:" in line or "error:" in line),
                 said.strip() or "?")
    raise ProgramFailed(_("pg_restore failed, and nothing was restored: {error}").format(
        error=error.split("ERROR:", 1)[-1].split("error:", 1)[-1].strip()))


def restore_dump(engine: Engine, source: Path, *, now: datetime,
                 progress: Progress | None = None) -> RestoreResult:
    """Put a checked dump in place of the server database, keeping a dump of it as it was
    (the caller opens the database again, which upgrades an older schema)."""
    program("pg_restore")
    program("psql")
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
