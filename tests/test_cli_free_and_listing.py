"""`free` names unknown needs and past spans; `bookings` leaves cancelled and released ones out
unless asked; counts read as words ("1 person", "2 people")."""

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy, run_cli
from tests.helpers.clock import FakeClock

FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(FRIDAY))


@pytest.mark.parametrize(("option", "value", "listed"), [
    ("--amenity", "jacuzzi", "video_conference"),
    ("--kind", "palace", "meeting"),
    ("--floor", "9", "1, 2, 3"),
])
def test_unknown_needs_are_exit_2_listing_the_valid_ones(cli: Cli, option: str, value: str,
                                                         listed: str) -> None:
    done = cli("free", "10:00", "11:00", option, value)
    assert done.returncode == 2
    assert f"'{value}'" in done.stderr or value in done.stderr
    assert listed in done.stderr
    assert done.stderr.count("\n") == 1


def test_the_windows_words_work(cli: Cli) -> None:
    done = cli("free", "10:00", "11:00", "--amenity", "video conference", "--kind",
               "meeting room", "--json")
    assert done.returncode == 0, done.stderr
    assert [r["room"] for r in json.loads(done.stdout)] == ["BROMO", "ARJUNO", "SEMERU"]


def test_a_past_span_is_exit_4_in_the_past(cli: Cli) -> None:
    done = cli("free", "06:00", "07:00")
    assert done.returncode == 4
    assert "is in the past" in done.stderr
    assert "No room is free" not in done.stdout


def test_bookings_hide_cancelled_unless_asked(cli: Cli) -> None:
    kept = cli("book", "BROMO", "14:00", "15:00", "--title", "kept", "--attendees", "2")
    assert kept.returncode == 0, kept.stderr
    assert "2 people" in kept.stdout
    gone = cli("book", "KAWI", "14:00", "15:00", "--title", "gone", "--attendees", "1", "--json")
    assert gone.returncode == 0, gone.stderr
    gone_id = json.loads(gone.stdout)["id"]
    assert cli("cancel", str(gone_id)).returncode == 0
    default = cli("bookings", "--from", "today", "--to", "today")
    assert "'kept'" in default.stdout and "'gone'" not in default.stdout
    cancelled = cli("bookings", "--from", "today", "--to", "today", "--status", "cancelled")
    assert "'gone', 1 person [cancelled]" in cancelled.stdout
    assert "'kept'" not in cancelled.stdout
    everything = json.loads(cli("bookings", "--from", "today", "--to", "today", "--status", "all",
                                "--json").stdout)
    assert {b["title"] for b in everything} == {"kept", "gone"}


def test_one_is_singular_in_the_command_lines_words(cli: Cli) -> None:
    refused = cli("book", "F2.01", "10:00", "11:00", "--title", "x", "--attendees", "3")
    assert refused.returncode == 4
    assert "holds 1 person; 3 attendees do not fit" in refused.stderr
    free = cli("free", "10:00", "11:00", "--kind", "focus")
    assert free.returncode == 0, free.stderr
    assert "   1 seat  " in free.stdout and "1 seats" not in free.stdout


def test_free_from_now_off_the_slots_is_exit_4_naming_the_slots(
        tmp_path: Path, initialised_template: Path) -> None:
    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    clock = FakeClock(FRIDAY.replace(minute=7, second=33))
    done = run_cli("--db", str(db), "free", "now", "09:00", now=clock)
    assert done.returncode == 4
    assert "whole 15-minute slots; 08:07–09:00 does not" in done.stderr
