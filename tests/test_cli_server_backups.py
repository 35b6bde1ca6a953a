"""`backup`, `backups` and `restore` on a PostgreSQL server: pg_dump into a private file that
takes its name only once pg_restore can list it; a restore checks the dump, keeps the database
as it was, replaces it in one transaction and verifies its audit trail; missing or failing
client programs, files that are no Ruang dump and a desk holding the tables are refused in one
line with nothing changed."""

import datetime as dt
import json
import os
import re
import shutil
import stat
import subprocess
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import CompletedProcess

import psycopg
import pytest
from sqlalchemy.engine import make_url

from booking.safekeeping import dumps
from booking.store.paths import default_db_path
from booking.store.version import HEAD_REVISION
from booking.timeutil import BUILDING_TZ
from tests.helpers.backends import (
    Backend,
    create_database,
    drop_database,
    new_database_name,
    server_url,
)
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

Cli = Callable[..., CompletedProcess[str]]
DAY = open_day(1, on_or_after=dt.date(2026, 12, 1))
DUMP_NAME = re.compile(r"^(?P<db>ruang_t_[0-9a-f]+)-manual-\d{8}T\d{6}Z\.dump$")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime.combine(DAY - dt.timedelta(days=7), dt.time(8),
                                         tzinfo=BUILDING_TZ))


@pytest.fixture
def cli(server_backend: Backend, clock: FakeClock) -> Cli:
    def run(*args: str) -> CompletedProcess[str]:
        return run_cli("--db", server_backend.target, *args, now=clock)
    return run


def _ok(done: CompletedProcess[str]) -> CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    return done


def _json(done: CompletedProcess[str]) -> object:
    return json.loads(_ok(done).stdout)


def _book(cli: Cli, room: str, hour: int) -> None:
    _ok(cli("book", room, f"{DAY}T{hour:02}:00", f"{DAY}T{hour + 1:02}:00", "--title",
            f"Meeting in {room}"))


def _titles(cli: Cli) -> list[str]:
    rows = _json(cli("bookings", "--from", str(DAY), "--to", str(DAY), "--json"))
    assert isinstance(rows, list)
    return sorted(str(row["title"]) for row in rows)


def _backup(cli: Cli, *args: str) -> dict[str, object]:
    data = _json(cli("--as", "manager", "backup", "--json", *args))
    assert isinstance(data, dict)
    return data


def _folder() -> Path:
    return default_db_path().parent / "backups"


def _files(folder: Path) -> list[str]:
    """Every file in a folder, hidden ones (a temporary file left behind) included."""
    return sorted(path.name for path in folder.iterdir()) if folder.is_dir() else []


@pytest.fixture
def backup(cli: Cli) -> Path:
    """A dump of the server database holding one booking (BROMO)."""
    _book(cli, "BROMO", 9)
    return Path(str(_backup(cli)["file"]))


def test_backup_then_restore_on_the_server_brings_the_bookings_back(cli: Cli,
                                                                     backup: Path) -> None:
    assert backup.parent == _folder() and DUMP_NAME.match(backup.name)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    listed = subprocess.run(["pg_restore", "--list", str(backup)], capture_output=True,
                            text=True, check=True).stdout
    assert "TABLE DATA public booking" in listed
    _book(cli, "KAWI", 10)  # after the backup
    assert _titles(cli) == ["Meeting in BROMO", "Meeting in KAWI"]

    checked = _ok(cli("--as", "admin", "restore", str(backup)))
    assert "is a good server backup: schema" in checked.stdout and "1 booking" in checked.stdout
    assert "Nothing was changed; add --force" in checked.stdout
    assert _titles(cli) == ["Meeting in BROMO", "Meeting in KAWI"]

    done = _json(cli("--as", "admin", "restore", str(backup), "--force", "--json"))
    assert isinstance(done, dict)
    assert (done["restored"], done["bookings"], done["audit_verified"]) == (True, 1, False)
    assert _titles(cli) == ["Meeting in BROMO"]
    health = _ok(cli("--as", "admin", "doctor"))
    assert health.stdout.startswith("The database is healthy")
    _ok(cli("--as", "manager", "audit", "verify"))
    trail = _json(cli("--as", "manager", "audit", "--json"))
    assert isinstance(trail, list)
    restored = [entry for entry in trail if entry["action"] == "database.restored"]
    assert len(restored) == 1 and restored[0]["actor"] == "admin"
    assert restored[0]["after"]["file"] == str(backup)
    assert restored[0]["after"]["previous"] == done["previous"]

    previous = Path(str(done["previous"]))
    assert previous.parent == _folder() and "-before-restore-" in previous.name
    assert previous.suffix == ".dump" and stat.S_IMODE(previous.stat().st_mode) == 0o600
    # The database as it was, the booking made after the backup included, is in that dump.
    _ok(cli("--as", "admin", "restore", str(previous), "--force"))
    assert _titles(cli) == ["Meeting in BROMO", "Meeting in KAWI"]
    _ok(cli("--as", "manager", "audit", "verify"))


def test_backups_lists_this_databases_dumps_newest_first(cli: Cli, clock: FakeClock) -> None:
    assert _ok(cli("--as", "manager", "backups")).stdout.strip() == "No backups yet."
    first = _backup(cli)
    assert first["bookings"] == 0
    clock.advance(hours=2)
    _book(cli, "SEMERU", 13)
    second = _backup(cli)
    assert second["bookings"] == 1
    (_folder() / "another-manual-20261201T000000Z.dump").write_bytes(b"PGDMP other database")
    listed = _json(cli("--as", "manager", "backups", "--json"))
    assert isinstance(listed, list)
    assert [row["file"] for row in listed] == [second["file"], first["file"]]
    assert all(row["kind"] == "manual" and row["size"] > 0 and row["bookings"] is None
               for row in listed)
    table = _ok(cli("--as", "manager", "backups")).stdout.splitlines()
    assert table[0].split() == ["TAKEN", "SIZE", "BOOKINGS", "FILE"]
    assert len(table) == 3 and all(" ? " in line for line in table[1:])


def test_backup_out_never_writes_over_a_file_without_force(cli: Cli, tmp_path: Path) -> None:
    target = tmp_path / "copy.dump"
    target.write_text("keep me")
    done = cli("--as", "manager", "backup", "--out", str(target))
    assert done.returncode == 2 and "already exists; add --force" in done.stderr
    assert len(done.stderr.splitlines()) == 1 and target.read_text() == "keep me"
    taken = _backup(cli, "--out", str(target), "--force")
    assert taken["file"] == str(target) and target.read_bytes().startswith(b"PGDMP")
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    for out, words in ((tmp_path, "is a folder"), ("", "is a folder"),
                       (tmp_path / "missing" / "b.dump", "does not exist")):
        done = cli("--as", "manager", "backup", "--out", str(out))
        assert done.returncode == 2 and words in done.stderr, done.stderr
        assert len(done.stderr.splitlines()) == 1
    assert _files(tmp_path) == ["copy.dump"]


def _refused(cli: Cli, source: Path | str, words: str, *, code: int = 2) -> None:
    before = (_titles(cli), _files(_folder()))
    done = cli("--as", "admin", "restore", str(source), "--force")
    assert done.returncode == code, done.stdout
    assert words in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert (_titles(cli), _files(_folder())) == before


def test_restore_refuses_what_is_not_a_ruang_dump(cli: Cli, tmp_path: Path,
                                                  initialised_template: Path) -> None:
    _book(cli, "KAWI", 10)
    junk = tmp_path / "notes.dump"
    junk.write_text("no dump here, only words " * 100)
    _refused(cli, junk, "it is not a backup of a server database (a pg_dump file)")
    _refused(cli, initialised_template, "it is a backup of an SQLite database file")
    empty = tmp_path / "empty.dump"
    empty.touch()
    _refused(cli, empty, "it is an empty file")
    _refused(cli, tmp_path / "missing.dump", "there is no such file")
    cut = tmp_path / "cut.dump"
    cut.write_bytes(b"PGDMP" + b"\x01" * 3)
    _refused(cli, cut, "it is damaged (pg_restore failed:")
    foreign = tmp_path / "postgres.dump"  # a dump of a database that is not Ruang's
    _pg_dump(server_url().render_as_string(hide_password=False), foreign)
    _refused(cli, foreign, "it is not a Ruang database")


def test_an_sqlite_database_refuses_a_servers_dump(backup: Path, tmp_path: Path,
                                                   initialised_template: Path) -> None:
    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    done = run_cli("--db", str(db), "--as", "admin", "restore", str(backup), "--force")
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1
    assert "it is a backup of a server database (a pg_dump file)" in done.stderr


def test_a_newer_schema_in_a_dump_is_refused(cli: Cli, backup: Path,
                                             server_backend: Backend) -> None:
    newer = backup.with_name("newer.dump")
    shell = server_backend.shell()
    try:  # what a newer Ruang would have dumped (this one would not open it to back it up)
        shell.execute("UPDATE alembic_version SET version_num = '9999'")
        _pg_dump(server_backend.target, newer)
    finally:
        shell.execute("UPDATE alembic_version SET version_num = ?", (HEAD_REVISION,))
        shell.close()
    _refused(cli, newer, "written by a newer version of Ruang (schema 9999")


def _pg_dump(url: str, file: Path) -> None:
    libpq = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    subprocess.run(["pg_dump", "--format=custom", f"--file={file}", libpq], check=True)


def test_without_pg_dump_nothing_is_written_and_it_says_what_to_install(
        cli: Cli, backup: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _book(cli, "KAWI", 10)
    before = _files(_folder())
    empty = tmp_path / "empty-bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))
    done = cli("--as", "manager", "backup")
    assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
    assert done.stderr == ("error: pg_dump is not installed on this computer: install "
                           "PostgreSQL's client programs (Debian/Ubuntu: apt install "
                           "postgresql-client) or back up on the server\n")
    done = cli("--as", "manager", "backup", "--out", str(tmp_path / "b.dump"))
    assert done.returncode == 1 and "pg_dump is not installed" in done.stderr
    assert _files(_folder()) == before and _files(tmp_path) == ["empty-bin"]
    _refused(cli, backup, "pg_restore is not installed on this computer", code=1)
    monkeypatch.undo()
    assert _titles(cli) == ["Meeting in BROMO", "Meeting in KAWI"]


def test_a_failing_pg_dump_says_why_and_leaves_no_file(cli: Cli, tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    fake = bin_folder / "pg_dump"
    fake.write_text("#!/bin/sh\nfor a in \"$@\"; do case $a in --file=*) echo half > "
                    "\"${a#--file=}\";; esac; done\n"
                    "echo 'pg_dump: error: aborting because of server version mismatch' >&2\n"
                    "echo 'pg_dump: detail: server version: 16.1; pg_dump version: 15.2' >&2\n"
                    "exit 1\n")
    fake.chmod(0o755)
    restore_program = shutil.which("pg_restore")
    assert restore_program is not None
    os.symlink(restore_program, bin_folder / "pg_restore")
    monkeypatch.setenv("PATH", str(bin_folder))
    out = tmp_path / "out"
    out.mkdir()
    for args in (("--out", str(out / "b.dump")), ()):
        done = cli("--as", "manager", "backup", *args)
        assert done.returncode == 1 and len(done.stderr.splitlines()) == 1
        assert done.stderr == ("error: pg_dump failed: aborting because of server version "
                               "mismatch\n")
    assert _files(out) == [] and _files(_folder()) == []


@pytest.fixture
def desk_in_a_transaction(server_backend: Backend) -> Iterator[psycopg.Connection[object]]:
    """Another desk that read the bookings and has not finished its transaction."""
    url = make_url(server_backend.target).set(drivername="postgresql")
    desk: psycopg.Connection[object] = psycopg.connect(url.render_as_string(
        hide_password=False))
    desk.execute("SELECT count(*) FROM booking").fetchone()
    yield desk
    desk.close()


def test_a_desk_holding_the_tables_makes_the_restore_stop_with_nothing_done(
        cli: Cli, backup: Path, desk_in_a_transaction: psycopg.Connection[object],
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dumps, "LOCK_WAIT_S", 1.0)
    _book(cli, "KAWI", 10)
    _refused(cli, backup, "is in use elsewhere (another desk's window or a command holds its "
                          "tables); nothing was restored: close Ruang everywhere else")
    desk_in_a_transaction.rollback()
    assert _ok(cli("--as", "admin", "doctor")).stdout.startswith("The database is healthy")
    _ok(cli("--as", "admin", "restore", str(backup), "--force"))
    assert _titles(cli) == ["Meeting in BROMO"]


def test_a_dump_whose_audit_trail_breaks_is_undone(cli: Cli, backup: Path,
                                                   server_backend: Backend) -> None:
    shell = server_backend.shell()
    try:  # rewrite history behind Ruang's back, its guards bypassed as only a superuser can
        shell.execute("SET session_replication_role = replica")
        shell.execute("UPDATE audit_entry SET reason = 'rewritten' "
                      "WHERE id = (SELECT min(id) FROM audit_entry)")
    finally:
        shell.close()
    forged = Path(str(_backup(cli, "--out", str(backup.with_name("forged.dump")))["file"]))
    _ok(cli("--as", "admin", "restore", str(backup), "--force"))  # a whole chain again
    _book(cli, "KAWI", 10)
    _refused(cli, forged, "its audit trail does not verify once restored")
    _ok(cli("--as", "manager", "audit", "verify"))
    assert _titles(cli) == ["Meeting in BROMO", "Meeting in KAWI"]


def test_who_may_back_up_and_restore_on_the_server(cli: Cli, backup: Path) -> None:
    for who, argv in (("frontdesk", ("backup",)), ("organizer", ("backups",)),
                      ("manager", ("restore", str(backup), "--force"))):
        done = cli("--as", who, *argv)
        assert done.returncode == 5 and done.stderr.startswith(f"error: {who} may not ")


def test_no_automatic_daily_backup_is_taken_of_a_server_database(
        cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUANG_AUTO_BACKUP", "1")
    _ok(cli("rooms"))
    assert _files(_folder()) == []


def test_the_password_goes_in_the_environment_never_on_the_command_line(
        server_backend: Backend, clock: FakeClock, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = shutil.which("pg_dump")
    assert real is not None
    bin_folder = tmp_path / "bin"
    bin_folder.mkdir()
    seen = tmp_path / "seen.txt"
    spy = bin_folder / "pg_dump"  # notes what it was given, then does the real work
    spy.write_text(f"#!/bin/sh\necho \"args: $*\" > '{seen}'\n"
                   f"echo \"env: $PGPASSWORD\" >> '{seen}'\nexec '{real}' \"$@\"\n")
    spy.chmod(0o755)
    os.symlink(str(shutil.which("pg_restore")), bin_folder / "pg_restore")
    monkeypatch.setenv("PATH", str(bin_folder))
    with_password = make_url(server_backend.target).set(password="s3cret-word")
    done = run_cli("--db", with_password.render_as_string(hide_password=False), "--as",
                   "manager", "backup", "--out", str(tmp_path / "b.dump"), now=clock)
    assert done.returncode == 0, done.stderr
    args, env = seen.read_text().splitlines()
    assert "s3cret-word" not in args and f"dbname={make_url(server_backend.target).database}" \
        in args
    assert env == "env: s3cret-word"


def test_a_dump_cut_short_fails_in_the_restore_and_nothing_is_restored(
        cli: Cli, backup: Path) -> None:
    """pg_restore --list and the tables checked still read (the cut is in a later table's
    data): the restore itself meets the end of the file and its transaction never commits."""
    cut = backup.with_name("cut.dump")
    cut.write_bytes(backup.read_bytes()[:-100])
    assert _ok(cli("--as", "admin", "restore", str(cut))).stdout.startswith(f"{cut} is a good")
    _book(cli, "KAWI", 10)
    _refused(cli, cut, "pg_restore failed, and nothing was restored: could not read from "
                       "input file: end of file", code=1)
    assert _ok(cli("--as", "admin", "doctor")).stdout.startswith("The database is healthy")


def test_an_older_schemas_dump_replaces_the_newer_database_whole_and_is_upgraded(
        cli: Cli, server_template: str, server_backend: Backend, tmp_path: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from booking.store.db import make_engine
    from booking.store.schema import MIGRATIONS_DIR

    name = new_database_name()
    url = create_database(name, template=server_template)
    try:
        engine = make_engine(url)
        config = Config()
        config.set_main_option("script_location", str(MIGRATIONS_DIR))
        with engine.begin() as connection:
            config.attributes["connection"] = connection
            command.downgrade(config, "0012")  # before the tables 0013 and 0014 add
        engine.dispose()
        old = tmp_path / "old.dump"
        _pg_dump(url, old)
    finally:
        drop_database(name)
    _book(cli, "KAWI", 10)
    checked = _json(cli("--as", "admin", "restore", str(old), "--json"))
    assert isinstance(checked, dict)
    assert (checked["schema"], checked["upgrade_needed"]) == ("0012", True)
    _ok(cli("--as", "admin", "restore", str(old), "--force"))
    assert _titles(cli) == []
    shell = server_backend.shell()
    try:
        assert shell.execute("SELECT version_num FROM alembic_version").fetchone() == (
            HEAD_REVISION,)
    finally:
        shell.close()
    assert _ok(cli("--as", "admin", "doctor")).stdout.startswith("The database is healthy")
    _ok(cli("--as", "manager", "audit", "verify"))
    _book(cli, "BROMO", 9)  # the upgraded database takes bookings again
    assert _titles(cli) == ["Meeting in BROMO"]
