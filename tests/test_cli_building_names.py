"""The command line names rooms, floors and equipment in the language it speaks (the building
file gives both); JSON keeps the building file's English names, the same bytes in both."""

import datetime as dt
import shutil
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock

NOW = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)


@pytest.fixture
def db(tmp_path: Path, initialised_template: Path) -> str:
    path = tmp_path / "r.db"
    shutil.copyfile(initialised_template, path)
    return str(path)


def cli(*args: str) -> CompletedProcess[str]:
    return run_cli(*args, now=FakeClock(NOW))


def test_rooms_are_named_in_the_language_spoken(db: str) -> None:
    indonesian = cli("--lang", "id", "--db", db, "rooms")
    assert indonesian.returncode == 0, indonesian.stderr
    assert "Ruang Produksi P2.01" in indonesian.stdout
    assert "Production room P2.01" not in indonesian.stdout
    assert "Bromo" in indonesian.stdout
    english = cli("--lang", "en", "--db", db, "rooms")
    assert "Production room P2.01" in english.stdout
    assert "Ruang Produksi P2.01" not in english.stdout


def test_equipment_is_named_in_the_language_spoken(db: str) -> None:
    assert "Proyektor dan layar" in cli("--lang", "id", "--db", db, "equipment").stdout
    assert "Projector and screen" in cli("--lang", "en", "--db", db, "equipment").stdout


def test_a_room_is_found_by_either_name(db: str) -> None:
    for name in ("Ruang Produksi P2.01", "Production room P2.01"):
        done = cli("--db", db, "bookings", "--from", "2026-12-07", "--to", "2026-12-07",
                   "--room", name)
        assert done.returncode == 0, done.stderr


@pytest.mark.parametrize("command", [["rooms", "--all"], ["equipment"],
                                     ["free", "2026-12-21T09:00", "2026-12-21T10:00"]])
def test_json_keeps_the_english_names(db: str, command: list[str]) -> None:
    english = cli("--db", db, *command, "--json")
    indonesian = cli("--lang", "id", "--db", db, *command, "--json")
    assert english.returncode == 0, english.stderr
    assert indonesian.stdout == english.stdout
    assert "Ruang Produksi" not in indonesian.stdout and "Proyektor" not in indonesian.stdout
