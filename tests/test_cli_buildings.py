"""Several buildings on the command line: `init --building FILE` adds one, and `rooms`,
`free` and the reports take `--building CODE` (an unknown code is exit 2 naming the known)."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.building import ANNEX_BUILDING_FILE
from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock

FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)
ANNEX_ROOMS = ["AX1.01", "AX1.02", "AX1.03", "AX1.04", "AX2.01", "AX2.02", "AX2.03", "AX2.04"]

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    run = cli_on_copy(initialised_template, tmp_path, FakeClock(FRIDAY))
    added = run("--as", "admin", "init", "--building", str(ANNEX_BUILDING_FILE))
    assert added.returncode == 0, added.stderr
    assert "Rooms added: " + ", ".join(ANNEX_ROOMS) in added.stdout
    return run


def test_rooms_of_one_building_or_all_with_their_building(cli: Cli) -> None:
    annex = json.loads(cli("rooms", "--building", "CFX", "--json").stdout)
    assert [r["code"] for r in annex] == ANNEX_ROOMS
    assert {r["building"] for r in annex} == {"CFX"}
    every = json.loads(cli("rooms", "--json").stdout)
    assert [r["code"] for r in every][-8:] == ANNEX_ROOMS
    assert every[0]["code"] == "HALL" and every[0]["building"] == "CF"
    assert [r["code"] for r in json.loads(cli("rooms", "--building", "cf", "--json").stdout)
            ] == [r["code"] for r in every if r["building"] == "CF"]


@pytest.mark.parametrize("argv", [
    ("rooms",),
    ("free", "10:00", "11:00"),
    ("--as", "manager", "report", "utilisation", "--from", "2026-11-01", "--to", "2026-11-30"),
    ("--as", "manager", "report", "peaks", "--from", "2026-11-01", "--to", "2026-11-30"),
    ("--as", "manager", "report", "no-shows", "--from", "2026-11-01", "--to", "2026-11-30"),
    ("--as", "manager", "report", "teams", "--from", "2026-11-01", "--to", "2026-11-30"),
    ("--as", "manager", "report", "hall", "--from", "2026-11-01", "--to", "2026-11-30"),
])
def test_an_unknown_building_is_exit_2_listing_the_known(cli: Cli, argv: tuple[str, ...]
                                                         ) -> None:
    done = cli(*argv, "--building", "PALACE")
    assert done.returncode == 2
    assert done.stderr == "error: there is no building 'PALACE'; the buildings are CF, CFX\n"


def test_free_rooms_of_one_building(cli: Cli) -> None:
    done = cli("free", "10:00", "11:00", "--building", "CFX", "--json")
    assert done.returncode == 0, done.stderr
    found = [r["room"] for r in json.loads(done.stdout)]
    assert found and set(found) <= set(ANNEX_ROOMS)
    everywhere = [r["room"] for r in json.loads(cli("free", "10:00", "11:00", "--json").stdout)]
    assert set(found) < set(everywhere)


def test_reports_of_one_building(cli: Cli) -> None:
    booked = cli("book", "AX1.01", "10:00", "12:00", "--title", "Intern stand-up")
    assert booked.returncode == 0, booked.stderr
    cli("book", "BROMO", "10:00", "12:00", "--title", "Client call")
    done = cli("--as", "manager", "report", "utilisation", "--from", "2026-12-04", "--to",
               "2026-12-04", "--building", "CFX", "--json")
    assert done.returncode == 0, done.stderr
    rows = {row["key"]: row for row in json.loads(done.stdout)}
    assert set(rows) <= set(ANNEX_ROOMS) | {"building"} and "AX1.01" in rows
    assert rows["AX1.01"]["booked_minutes"] == 120
    every = {row["key"] for row in json.loads(cli(
        "--as", "manager", "report", "utilisation", "--from", "2026-12-04", "--to",
        "2026-12-04", "--json").stdout)}
    assert {"BROMO", "AX1.01"} <= every


def test_a_room_code_of_another_building_is_refused_in_one_line(cli: Cli,
                                                               tmp_path: Path) -> None:
    text = ANNEX_BUILDING_FILE.read_text(encoding="utf-8")
    other = tmp_path / "lab.toml"
    other.write_text(text.replace('code = "CFX"', 'code = "LAB"').replace("AX", "LB")
                     .replace('"LB1.01"', '"KAWI"'), encoding="utf-8")
    before = cli("rooms", "--json").stdout
    done = cli("--as", "admin", "init", "--building", str(other))
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "KAWI" in done.stderr and "CF (Coding Factory)" in done.stderr
    assert "LAB (Coding Factory Annex)" in done.stderr
    assert cli("rooms", "--json").stdout == before


@pytest.mark.parametrize("report", ["utilisation", "no-shows"])
def test_floors_of_one_level_in_two_buildings_stay_apart(cli: Cli, report: str) -> None:
    cli("book", "AX1.01", "10:00", "12:00", "--title", "Intern stand-up")
    cli("book", "BROMO", "10:00", "12:00", "--title", "Client call")
    period = ("--from", "2026-12-04", "--to", "2026-12-04", "--by", "floor", "--json")
    every = json.loads(cli("--as", "manager", "report", report, *period).stdout)
    floors = [("CF 1", "Lantai 1"), ("CF 2", "Lantai 2"), ("CF 3", "Lantai 3"),
              ("CFX 1", "Annex 1"), ("CFX 2", "Annex 2")]
    # Utilisation lists every floor; no-shows the floors with bookings.
    booked = [floors[0], floors[3]]
    assert [(row["key"], row["label"]) for row in every] == (
        floors if report == "utilisation" else booked)
    one = json.loads(cli("--as", "manager", "report", report, *period,
                         "--building", "CFX").stdout)
    assert [row["key"] for row in one][0] == "1"
    assert {row["label"] for row in one} <= {"Annex 1", "Annex 2"}
