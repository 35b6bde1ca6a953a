"""The command line reads `now`, `14:00`, `today 14:00`, `tomorrow 14:00` and ISO 8601 wherever a
time is typed, against the command's clock."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock

# Friday 4 December 2026, 08:00 in the building.
FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(FRIDAY))


def test_book_today_by_clock_time_and_list_today(cli: Cli) -> None:
    booked = cli("book", "BROMO", "14:00", "15:30", "--title", "Standup", "--json")
    assert booked.returncode == 0, booked.stderr
    made = json.loads(booked.stdout)
    assert made["start"] == "2026-12-04T14:00:00+07:00"
    assert made["end"] == "2026-12-04T15:30:00+07:00"
    listed = cli("bookings", "--from", "today", "--to", "today", "--json")
    assert [b["id"] for b in json.loads(listed.stdout)] == [made["id"]]
    later = cli("bookings", "--from", "today 15:30", "--to", "tomorrow", "--json")
    assert json.loads(later.stdout) == []


def test_tomorrow_and_now_and_move(cli: Cli) -> None:
    booked = cli("book", "BROMO", "tomorrow 09:00", "tomorrow 10:00", "--title", "T", "--json")
    assert booked.returncode == 0, booked.stderr
    made = json.loads(booked.stdout)
    assert made["start"] == "2026-12-05T09:00:00+07:00"
    moved = cli("move", str(made["id"]), "--start", "tomorrow 11:00", "--json")
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["end"] == "2026-12-05T12:00:00+07:00"
    at = cli("occupancy-now", "--at", "tomorrow 11:30", "--json")
    assert at.returncode == 0, at.stderr
    assert json.loads(at.stdout)["building"]["rooms_in_use"] == 1
    now = cli("occupancy-now", "--at", "now", "--json")
    assert json.loads(now.stdout)["at"].startswith("2026-12-04T08:00")


def test_free_takes_clock_times(cli: Cli) -> None:
    free = cli("free", "10:00", "11:00", "--capacity", "10", "--json")
    assert free.returncode == 0, free.stderr
    assert json.loads(free.stdout)


@pytest.mark.parametrize("argv", [
    ("book", "BROMO", "half past two", "15:00", "--title", "x"),
    ("free", "25:00", "26:00"),
    ("occupancy-now", "--at", "noonish"),
    ("bookings", "--from", "someday"),
])
def test_a_time_that_is_none_is_exit_2_naming_the_forms(cli: Cli, argv: tuple[str, ...]) -> None:
    done = cli(*argv)
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "today" in done.stderr


def test_occupancy_at_a_clock_time_and_events_by_day(cli: Cli) -> None:
    assert cli("book", "BROMO", "14:00", "15:30", "--title", "T", "--attendees", "4"
               ).returncode == 0
    at = cli("occupancy-now", "--at", "15:00", "--json")
    assert at.returncode == 0, at.stderr
    report = json.loads(at.stdout)
    assert report["at"].startswith("2026-12-04T15:00")
    assert report["building"]["seats_booked"] == 4
    events = cli("events", "--from", "today", "--to", "tomorrow", "--json")
    assert events.returncode == 0, events.stderr
    assert json.loads(events.stdout) == []


def test_series_dates_take_day_words(cli: Cli) -> None:
    made = cli("book", "BROMO", "2026-12-07T10:00", "2026-12-07T11:00", "--title", "Weekly",
               "--repeat", "FREQ=WEEKLY;COUNT=3", "--json")
    assert made.returncode == 0, made.stderr
    series_id = json.loads(made.stdout)["series_id"]
    cancelled = cli("series", "cancel", str(series_id), "--from", "tomorrow", "--json")
    assert cancelled.returncode == 0, cancelled.stderr
    assert len(json.loads(cancelled.stdout)["cancelled"]) == 3
