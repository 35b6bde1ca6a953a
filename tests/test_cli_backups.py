"""`backup`, `backups` and `restore` on the command line: a backup is a checked private copy
that never lands on the database; a restore verifies the file, keeps the database as it was,
swaps atomically and is refused while anyone else has the database open."""

import datetime as dt
import json
import shutil
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import closing
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

Cli = Callable[..., CompletedProcess[str]]
DAY = open_day(0, on_or_after=dt.date(2026, 12, 1))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime.combine(DAY - dt.timedelta(days=7), dt.time(8),
                                         tzinfo=BUILDING_TZ))


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path, clock: FakeClock) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, clock)


def _ok(done: CompletedProcess[str]) -> CompletedProcess[str]:
    assert done.returncode == 0, done.stderr
    return done


@pytest.fixture
def booked(cli: Cli) -> list[dict[str, object]]:
    for room, hour in (("BROMO", 9), ("KAWI", 10), ("SEMERU", 13)):
        _ok(cli("book", room, f"{DAY}T{hour:02}:00", f"{DAY}T{hour + 1:02}:00",
                "--title", f"Meeting in {room}"))
    return _bookings(cli)


def _bookings(cli: Cli) -> list[dict[str, object]]:
    done = _ok(cli("bookings", "--from", str(DAY), "--to", str(DAY), "--json"))
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def _backup(cli: Cli, *args: str) -> dict[str, object]:
    data: dict[str, object] = json.loads(_ok(cli("--as", "manager", "backup", "--json",
                                                 *args)).stdout)
    return data


def _break_database(db: Path) -> None:
    """Delete a booking behind Ruang's back: its guards dropped first."""
    with closing(sqlite3.connect(db)) as raw:
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'"
                                   ).fetchall():
            raw.execute(f'DROP TRIGGER "{name}"')
        raw.execute("DELETE FROM booking WHERE id = (SELECT max(id) FROM booking)")
        raw.commit()


def test_backup_break_restore_gives_the_same_bookings(cli: Cli, tmp_path: Path,
                                                       booked: list[dict[str, object]]) -> None:
    taken = _backup(cli)
    backup = Path(str(taken["file"]))
    assert backup.parent == tmp_path / "backups" and taken["bookings"] == len(booked)
    assert stat.S_IMODE(backup.stat().st_mode) == 0o600
    _break_database(tmp_path / "r.db")
    assert len(_bookings(cli)) == len(booked) - 1

    verified = _ok(cli("--as", "admin", "restore", str(backup)))
    assert "Nothing was changed; add --force" in verified.stdout
    assert len(_bookings(cli)) == len(booked) - 1
    done = json.loads(_ok(cli("--as", "admin", "restore", str(backup), "--force",
                              "--json")).stdout)
    assert done["restored"] is True and done["bookings"] == len(booked)
    assert _bookings(cli) == booked
    _ok(cli("--as", "manager", "audit", "verify"))
    trail = json.loads(_ok(cli("--as", "manager", "audit", "--json")).stdout)
    restored = [e for e in trail if e["action"] == "database.restored"]
    assert len(restored) == 1 and restored[0]["actor"] == "admin"
    assert restored[0]["after"]["file"] == str(backup)
    assert restored[0]["after"]["previous"] == done["previous"]
    kept = Path(done["previous"])
    assert kept.exists() and "before-restore" in kept.name
    with closing(sqlite3.connect(kept)) as raw:  # the broken state is kept, not lost
        assert raw.execute("SELECT count(*) FROM booking").fetchone()[0] == len(booked) - 1


@pytest.mark.usefixtures("booked")
def test_backups_are_listed_with_time_size_and_bookings(cli: Cli, clock: FakeClock) -> None:
    assert _ok(cli("--as", "manager", "backups")).stdout.strip() == "No backups yet."
    _backup(cli)
    clock.advance(hours=2)
    _backup(cli)
    listed = json.loads(_ok(cli("--as", "manager", "backups", "--json")).stdout)
    assert [row["bookings"] for row in listed] == [3, 3]
    assert listed[0]["taken"] > listed[1]["taken"] and all(row["size"] > 0 for row in listed)
    table = _ok(cli("--as", "manager", "backups")).stdout
    assert table.splitlines()[0].split() == ["TAKEN", "SIZE", "BOOKINGS", "FILE"]
    assert " KB " in table


def _state(db: Path) -> tuple[object, ...]:
    """What the database holds (its bytes change whenever it is opened)."""
    with closing(sqlite3.connect(db)) as raw:
        return (raw.execute("PRAGMA integrity_check").fetchone(),
                *raw.execute("SELECT count(*), max(id) FROM booking").fetchone(),
                *raw.execute("SELECT count(*), max(hash) FROM audit_entry").fetchone())


def test_backup_never_writes_over_the_database(cli: Cli, tmp_path: Path) -> None:
    db = tmp_path / "r.db"
    before = _state(db)
    for target in ("r.db", "r.db-wal", "r.db-shm"):
        done = cli("--as", "manager", "backup", "--out", str(tmp_path / target), "--force")
        assert done.returncode == 2 and "choose another file name" in done.stderr
    assert _state(db) == before
    _backup(cli, "--out", str(tmp_path / "copy.db"))
    done = cli("--as", "manager", "backup", "--out", str(tmp_path / "copy.db"))
    assert done.returncode == 2 and "add --force" in done.stderr
    _backup(cli, "--out", str(tmp_path / "copy.db"), "--force")


@pytest.mark.parametrize(("who", "argv"), [
    ("frontdesk", ("backup",)), ("organizer", ("backups",)),
    ("manager", ("restore", "BACKUP", "--force")), ("frontdesk", ("restore", "BACKUP"))])
def test_who_may_back_up_and_restore(cli: Cli, tmp_path: Path, who: str,
                                     argv: tuple[str, ...]) -> None:
    backup = str(_backup(cli, "--out", str(tmp_path / "b.db"))["file"])
    done = cli("--as", who, *(backup if word == "BACKUP" else word for word in argv))
    assert done.returncode == 5, done.stderr
    assert done.stderr.startswith(f"error: {who} may not ")
    assert len(done.stderr.splitlines()) == 1


@pytest.fixture
def good_backup(cli: Cli, tmp_path: Path, booked: list[dict[str, object]]) -> Path:
    assert booked
    return Path(str(_backup(cli, "--out", str(tmp_path / "good.db"))["file"]))


def _refused(cli: Cli, backup: Path, words: str) -> None:
    db = Path(str(backup)).parent / "r.db"
    before = _state(db)
    done = cli("--as", "admin", "restore", str(backup), "--force")
    assert done.returncode == 2, done.stdout
    assert words in done.stderr and len(done.stderr.splitlines()) == 1, done.stderr
    assert _state(db) == before


def test_restore_refuses_what_is_not_a_ruang_backup(cli: Cli, tmp_path: Path) -> None:
    text = tmp_path / "notes.db"
    text.write_text("not a database at all, just some words " * 200)
    _refused(cli, text, "it is not an SQLite database")
    other = tmp_path / "other.db"
    with closing(sqlite3.connect(other)) as raw:
        raw.execute("CREATE TABLE t (x)")
        raw.commit()
    _refused(cli, other, "it is not a Ruang database")
    _refused(cli, tmp_path / "missing.db", "there is no such file")


def test_restore_refuses_a_newer_schema(cli: Cli, good_backup: Path) -> None:
    with closing(sqlite3.connect(good_backup)) as raw:
        raw.execute("UPDATE alembic_version SET version_num = '9999'")
        raw.commit()
    _refused(cli, good_backup, "written by a newer version of Ruang (schema 9999")


def test_restore_refuses_a_corrupt_file(cli: Cli, good_backup: Path) -> None:
    data = bytearray(good_backup.read_bytes())
    page = 4096
    for offset in range(page * 2, len(data) - page, page):  # scribble over later pages
        data[offset:offset + 64] = b"\xff" * 64
    good_backup.write_bytes(bytes(data))
    _refused(cli, good_backup, "cannot restore")


def test_restore_refuses_a_cut_file(cli: Cli, good_backup: Path) -> None:
    data = good_backup.read_bytes()
    good_backup.write_bytes(data[:len(data) // 3])
    _refused(cli, good_backup, "cannot restore")


def test_restore_refuses_a_broken_audit_trail(cli: Cli, good_backup: Path) -> None:
    with closing(sqlite3.connect(good_backup)) as raw:
        for (name,) in raw.execute("SELECT name FROM sqlite_master WHERE type='trigger'"
                                   ).fetchall():
            raw.execute(f'DROP TRIGGER "{name}"')
        raw.execute("UPDATE audit_entry SET reason = 'rewritten' "
                    "WHERE id = (SELECT min(id) FROM audit_entry)")
        raw.commit()
    _refused(cli, good_backup, "its audit trail does not verify")


@pytest.fixture
def reader(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    """Another desk: a second connection to the database, in a read transaction."""
    other = sqlite3.connect(tmp_path / "r.db", isolation_level=None)
    other.execute("BEGIN")
    other.execute("SELECT count(*) FROM booking").fetchone()
    yield other
    other.close()


def test_restore_is_refused_while_another_desk_has_the_database_open(
        cli: Cli, good_backup: Path, reader: sqlite3.Connection) -> None:
    _refused(cli, good_backup, "is open elsewhere")
    reader.execute("COMMIT")  # open but idle still counts
    _refused(cli, good_backup, "is open elsewhere")
    reader.close()
    _ok(cli("--as", "admin", "restore", str(good_backup), "--force"))


def test_a_command_takes_the_daily_backup_when_the_newest_is_a_day_old(
        cli: Cli, clock: FakeClock, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("RUANG_AUTO_BACKUP", "1")
    _ok(cli("rooms"))
    folder = tmp_path / "backups"
    assert [p.name.split("-")[1] for p in folder.iterdir()] == ["auto"]
    clock.advance(hours=20)
    _ok(cli("rooms"))
    assert len(list(folder.iterdir())) == 1
    clock.advance(hours=5)
    _ok(cli("rooms"))
    assert len(list(folder.iterdir())) == 2


@pytest.mark.parametrize("damage", ["emptied", "cut"])
def test_restore_over_a_database_too_damaged_to_open(cli: Cli, tmp_path: Path, damage: str,
                                                      booked: list[dict[str, object]]) -> None:
    backup = Path(str(_backup(cli)["file"]))
    db = tmp_path / "r.db"
    data = db.read_bytes()
    db.write_bytes(b"" if damage == "emptied" else data[:100])
    assert cli("bookings").returncode != 0
    refused = cli("--as", "manager", "restore", str(backup), "--force")
    assert refused.returncode == 5 and "manager may not restore the database" in refused.stderr
    done = json.loads(_ok(cli("--as", "admin", "restore", str(backup), "--force",
                              "--json")).stdout)
    assert _bookings(cli) == booked
    _ok(cli("--as", "manager", "audit", "verify"))
    assert Path(done["previous"]).read_bytes() == (b"" if damage == "emptied" else data[:100])


def test_an_older_backup_is_upgraded_as_it_is_restored(cli: Cli, tmp_path: Path,
                                                        initialised_template: Path) -> None:
    from alembic import command
    from alembic.config import Config

    from booking.store.db import make_engine
    from booking.store.schema import MIGRATIONS_DIR
    from booking.store.version import HEAD_REVISION

    old = tmp_path / "old.db"
    shutil.copyfile(initialised_template, old)
    engine = make_engine(old)
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0010")
    engine.dispose()
    verified = json.loads(_ok(cli("--as", "admin", "restore", str(old), "--json")).stdout)
    assert (verified["schema"], verified["upgrade_needed"]) == ("0010", True)
    _ok(cli("--as", "admin", "restore", str(old), "--force"))
    with closing(sqlite3.connect(tmp_path / "r.db")) as raw:
        assert raw.execute("SELECT version_num FROM alembic_version").fetchone()[0] == \
            HEAD_REVISION
    _ok(cli("--as", "manager", "audit", "verify"))
