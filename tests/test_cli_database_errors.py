"""What the command line says about a database it cannot use is true: read-only, full, empty,
or no file at all; never "not a Ruang database" for a healthy one, never a raw error."""

import datetime as dt
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import ROOT, run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day
from tests.helpers.permissions import permission_bits_enforced

CLOCK = FakeClock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=BUILDING_TZ))
DAY = open_day(2, on_or_after=dt.date(2026, 12, 14))


def cli(*args: str) -> CompletedProcess[str]:
    return run_cli(*args, now=CLOCK)


def book(db: Path) -> CompletedProcess[str]:
    return cli("--db", str(db), "book", "P2.01", f"{DAY}T10:00", f"{DAY}T11:00",
               "--title", "Sprint review")


def one_line(done: CompletedProcess[str], code: int = 2) -> str:
    assert done.returncode == code, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: "), done.stderr
    return lines[0]


@pytest.fixture
def healthy(tmp_path: Path, initialised_template: Path) -> Path:
    """A healthy database, alone in its folder (no -wal or -shm beside it)."""
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copyfile(initialised_template, folder / "ruang.db")
    return folder / "ruang.db"


@pytest.fixture
def read_only(healthy: Path) -> Iterator[None]:
    os.chmod(healthy.parent, 0o555)
    try:
        with permission_bits_enforced():
            yield
    finally:
        os.chmod(healthy.parent, 0o755)


@pytest.mark.usefixtures("read_only")
def test_a_healthy_database_in_a_read_only_folder_says_so(healthy: Path) -> None:
    before = healthy.read_bytes()
    for done in (cli("--db", str(healthy), "rooms"), book(healthy)):
        line = one_line(done)
        assert "not a Ruang database" not in line
        assert f"cannot write to the database '{healthy}'" in line
        assert f"the folder '{healthy.parent}' is read-only" in line
    assert healthy.read_bytes() == before
    assert sorted(p.name for p in healthy.parent.iterdir()) == ["ruang.db"]


def test_a_read_only_database_file_says_so(healthy: Path) -> None:
    os.chmod(healthy, 0o444)
    with permission_bits_enforced():
        done = book(healthy)
        rooms = cli("--db", str(healthy), "rooms")
    for line in (one_line(done), one_line(rooms)):
        assert "OperationalError" not in line and "unexpected" not in line
        assert f"cannot write to the database '{healthy}': the file is read-only" in line
    os.chmod(healthy, 0o644)
    assert book(healthy).returncode == 0  # nothing was harmed


def test_an_unreadable_database_file_says_so(healthy: Path) -> None:
    os.chmod(healthy, 0o000)
    try:
        with permission_bits_enforced():
            line = one_line(cli("--db", str(healthy), "rooms"))
    finally:
        os.chmod(healthy, 0o644)
    assert "not a Ruang database" not in line
    assert f"cannot read the database '{healthy}'" in line


def test_a_new_database_in_a_read_only_folder_is_not_created(tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir(mode=0o555)
    try:
        with permission_bits_enforced():
            line = one_line(cli("--db", str(folder / "new.db"), "init"))
    finally:
        os.chmod(folder, 0o755)
    assert f"the folder '{folder}' is read-only" in line
    assert list(folder.iterdir()) == []


def test_an_empty_file_is_never_made_into_a_new_database(tmp_path: Path) -> None:
    empty = tmp_path / "live.db"
    empty.touch()
    # The window's way in too: --screenshot opens the database as the window does.
    for command in (("rooms",), ("init",), ("--screenshot", str(tmp_path / "shot.png"))):
        line = one_line(cli("--db", str(empty), *command))
        assert "live.db" in line and "empty" in line
    assert empty.stat().st_size == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["live.db"]


@pytest.mark.parametrize("url", ["sqlite://", "sqlite:///"])
def test_a_url_naming_no_file_is_refused(url: str, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    line = one_line(cli("--db", url, "book", "P2.01", f"{DAY}T10:00", f"{DAY}T11:00",
                        "--title", "Lost at exit"))
    assert f"'{url}' names no database file" in line
    monkeypatch.setenv("RUANG_DB", url)
    assert "names no database file" in one_line(cli("init"))
    assert list(tmp_path.iterdir()) == []


def test_memory_on_purpose_still_works_for_code() -> None:
    from booking.store.db import make_engine

    for target in ("sqlite://", ":memory:", "sqlite:///:memory:"):
        engine = make_engine(target)
        with engine.connect() as connection:
            assert connection.exec_driver_sql("SELECT 1").scalar() == 1
        engine.dispose()


# Run in a mount namespace of the test's own, so nobody else sees these file systems.
FULL_DISK = r"""
set -e
mount -t tmpfs -o size=1m ruang-full "$1"
cp "$2" "$1/ruang.db"
dd if=/dev/zero of="$1/filler" bs=4k 2>/dev/null || true
"$3" "$4" --db "$1/ruang.db" rooms
"""
READ_ONLY_MOUNT = r"""
set -e
cp "$2" "$1/ruang.db"
mount --bind "$1" "$1"
mount -o remount,ro,bind "$1" "$1"
"$3" "$4" --db "$1/ruang.db" rooms
"""


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("unshare") is None,
                    reason="mounting a file system needs a private mount namespace (root)")
@pytest.mark.parametrize(("script", "words"), [
    (FULL_DISK, "the disk holding it is full"),
    (READ_ONLY_MOUNT, "is on a read-only file system")], ids=["full", "read-only"])
def test_a_full_or_read_only_file_system_says_so(tmp_path: Path, initialised_template: Path,
                                                 script: str, words: str) -> None:
    """Real file systems: a full 1 MB tmpfs, and a folder mounted read-only, each holding a
    healthy database that has no -wal yet."""
    where = tmp_path / "mounted"
    where.mkdir()
    done = subprocess.run(
        ["unshare", "--mount", "--propagation", "private", "sh", "-c", script, "sh",
         str(where), str(initialised_template), sys.executable, str(ROOT / "main.py")],
        capture_output=True, text=True, timeout=120, check=False,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    line = one_line(done)
    assert "not a Ruang database" not in line
    assert words in line
