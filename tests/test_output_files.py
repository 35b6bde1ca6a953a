"""Files the command line writes never destroy data: not the database, not its companions or
backups, not a link's target, and not an existing file unless --force says so."""

import datetime as dt
import json
import os
import sqlite3
import stat
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import run_cli, run_process
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

Cli = Callable[..., CompletedProcess[str]]
CLOCK = FakeClock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=BUILDING_TZ))


def cli(*args: str) -> CompletedProcess[str]:
    return run_cli(*args, now=CLOCK)


@pytest.fixture
def live(tmp_path: Path) -> Path:
    """A database holding one hall event (#1)."""
    db = tmp_path / "live.db"
    day = open_day(3, on_or_after=dt.date(2026, 12, 21))
    done = cli("--db", str(db), "--as", "organizer", "--json", "event", "request", "HALL-A",
               f"{day}T13:00", f"{day}T16:00", "--title", "Kunjungan", "--layout", "theatre",
               "--attendees", "90")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == 1
    return db


def _bookings(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT count(*) FROM booking").fetchone()[0])


def _refused(done: CompletedProcess[str], name: str) -> None:
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and name in lines[0], done.stderr


def _no_leftovers(folder: Path, *expected: str) -> None:
    left = sorted(p.name for p in folder.iterdir() if not p.name.startswith("live.db"))
    assert left == sorted(expected)


def test_a_screenshot_never_writes_over_the_database(live: Path) -> None:
    before = live.read_bytes()
    for force in ((), ("--force",)):
        _refused(cli("--db", str(live), *force, "--screenshot", str(live)), "live.db")
        assert live.read_bytes() == before
    assert _bookings(live) == 1
    assert cli("--db", str(live), "rooms").returncode == 0


def test_a_screenshot_keeps_an_existing_file_unless_forced(live: Path, tmp_path: Path) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("the meeting notes")
    _refused(cli("--db", str(live), "--screenshot", str(notes)), "notes.txt")
    assert notes.read_text() == "the meeting notes"
    _no_leftovers(tmp_path, "notes.txt")


def test_a_forced_screenshot_replaces_the_file_privately(live: Path, tmp_path: Path) -> None:
    """A real process: the screenshot starts its own application."""
    shot = tmp_path / "shot.png"
    shot.write_text("an older picture")
    done = run_process("--db", str(live), "--screenshot", str(shot), "--force")
    assert done.returncode == 0, done.stderr
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert stat.S_IMODE(shot.stat().st_mode) == 0o600
    _no_leftovers(tmp_path, "shot.png")


@pytest.mark.usefixtures("qapp")  # the sheet reuses the application, as the window's does
def test_an_event_sheet_never_replaces_the_database_or_its_files(live: Path,
                                                                 tmp_path: Path) -> None:
    before = live.read_bytes()
    backup = tmp_path / "live.before-0006-20261201T010000Z.db"
    backup.write_bytes(before)
    for target in (live, tmp_path / "live.db-wal", tmp_path / "live.db-shm",
                   tmp_path / "live.db-journal", backup):
        for force in ((), ("--force",)):
            done = cli("--db", str(live), "event", "sheet", "1", "--pdf", str(target), *force)
            _refused(done, target.name)
    assert live.read_bytes() == before and backup.read_bytes() == before
    assert not (tmp_path / "live.db-journal").exists()
    assert _bookings(live) == 1
    _no_leftovers(tmp_path, backup.name)


@pytest.mark.usefixtures("qapp")
def test_an_event_sheet_never_writes_through_a_link(live: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere.txt"
    elsewhere.write_text("keep me")
    for pointed in (elsewhere, live):
        link = tmp_path / "link.pdf"
        link.unlink(missing_ok=True)
        link.symlink_to(pointed)
        before = pointed.read_bytes()
        for force in ((), ("--force",)):
            _refused(cli("--db", str(live), "event", "sheet", "1", "--pdf", str(link), *force),
                     "link.pdf")
            assert pointed.read_bytes() == before and link.is_symlink()
    assert _bookings(live) == 1


@pytest.mark.usefixtures("qapp")
def test_an_event_sheet_replaces_an_existing_file_only_with_force(live: Path,
                                                                  tmp_path: Path) -> None:
    sheet = tmp_path / "sheet.pdf"
    sheet.write_text("last week's sheet")
    _refused(cli("--db", str(live), "event", "sheet", "1", "--pdf", str(sheet)), "sheet.pdf")
    assert sheet.read_text() == "last week's sheet"
    # --force goes before the command (as a global option) or after it.
    for where in (("--force", "event", "sheet", "1"), ("event", "sheet", "1", "--force")):
        sheet.write_text("last week's sheet")
        done = cli("--db", str(live), *where, "--pdf", str(sheet))
        assert done.returncode == 0, done.stderr
        assert sheet.read_bytes()[:5] == b"%PDF-"
        assert stat.S_IMODE(sheet.stat().st_mode) == 0o600
    _no_leftovers(tmp_path, "sheet.pdf")


@pytest.mark.usefixtures("qapp")
def test_a_new_event_sheet_is_private(live: Path, tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        done = cli("--db", str(live), "event", "sheet", "1", "--pdf", str(tmp_path / "new.pdf"))
    finally:
        os.umask(old)
    assert done.returncode == 0, done.stderr
    assert stat.S_IMODE((tmp_path / "new.pdf").stat().st_mode) == 0o600
