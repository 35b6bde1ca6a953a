"""Guests' time zones on the command line: book and move take --guest-tz, `organization zone`
keeps an organization's, --json carries guest_tz; bad zones exit 2 and change nothing."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.building.spec import DEFAULT_BUILDING_FILE
from tests.helpers.cli import cli_on_copy, run_cli
from tests.helpers.clock import FakeClock

# Friday 4 December 2026, 08:00 in the building.
FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(FRIDAY))


def _json(done: CompletedProcess[str]) -> dict[str, object]:
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout)
    assert isinstance(found, dict)
    return found


def test_book_with_a_guest_zone_shows_both_times(cli: Cli) -> None:
    made = _json(cli("book", "BROMO", "10:00", "11:00", "--title", "Call with Osaka",
                     "--guest-tz", "Asia/Tokyo", "--json"))
    assert made["guest_tz"] == "Asia/Tokyo"
    line = cli("bookings", "--from", "today", "--to", "today")
    assert "10:00–11:00 (12:00–13:00 JST)" in line.stdout
    plain = _json(cli("book", "KAWI", "10:00", "11:00", "--title", "Standup", "--json"))
    assert plain["guest_tz"] is None


def test_a_time_typed_with_an_offset_is_stored_right(cli: Cli) -> None:
    made = _json(cli("book", "BROMO", "2026-12-04T12:00+09:00", "2026-12-04T13:00+09:00",
                     "--title", "Sync", "--guest-tz", "Asia/Tokyo", "--json"))
    assert (made["start"], made["end"]) == ("2026-12-04T10:00:00+07:00",
                                            "2026-12-04T11:00:00+07:00")


def test_move_sets_or_clears_the_guest_zone(cli: Cli) -> None:
    made = _json(cli("book", "BROMO", "10:00", "11:00", "--title", "Sync", "--json"))
    ident = str(made["id"])
    zoned = _json(cli("move", ident, "--guest-tz", "Asia/Yangon", "--json"))
    assert (zoned["guest_tz"], zoned["start"]) == ("Asia/Yangon", made["start"])
    moved = _json(cli("move", ident, "--start", "14:00", "--json"))
    assert (moved["guest_tz"], moved["start"]) == ("Asia/Yangon", "2026-12-04T14:00:00+07:00")
    cleared = _json(cli("move", ident, "--start", "15:00", "--guest-tz", "none", "--json"))
    assert cleared["guest_tz"] is None


def test_bad_zone_names_exit_2_and_change_nothing(cli: Cli) -> None:
    refused = cli("book", "BROMO", "10:00", "11:00", "--title", "Sync", "--guest-tz",
                  "Asia/Atlantis")
    assert refused.returncode == 2
    assert "unknown time zone 'Asia/Atlantis': write an IANA name such as Asia/Tokyo" in \
        refused.stderr
    assert json.loads(cli("bookings", "--from", "today", "--to", "today", "--json").stdout) == []
    made = _json(cli("book", "BROMO", "10:00", "11:00", "--title", "Sync", "--for",
                     "Tokyo Partners KK", "--json"))
    before = cli("bookings", "--from", "today", "--to", "today", "--json").stdout
    assert cli("move", str(made["id"]), "--start", "12:00", "--guest-tz", "Mars/Olympus"
               ).returncode == 2
    assert cli("organization", "zone", "Tokyo Partners KK", "Tokyo", "--as", "manager"
               ).returncode == 2
    assert cli("bookings", "--from", "today", "--to", "today", "--json").stdout == before


def test_an_organizations_zone_is_its_bookings(cli: Cli) -> None:
    made = _json(cli("book", "BROMO", "10:00", "11:00", "--title", "Review", "--for",
                     "Tokyo Partners KK", "--json"))
    refused = cli("organization", "zone", "Tokyo Partners KK", "Asia/Tokyo")
    assert refused.returncode == 5, refused.stderr
    assert "may not set an organization's time zone" in refused.stderr
    saved = _json(cli("organization", "zone", "Tokyo Partners KK", "Asia/Tokyo", "--as",
                      "manager", "--json"))
    assert saved == {"id": saved["id"], "name": "Tokyo Partners KK", "guest_tz": "Asia/Tokyo"}
    shown = json.loads(cli("bookings", "--from", "today", "--to", "today", "--json").stdout)
    assert [(b["id"], b["guest_tz"]) for b in shown] == [(made["id"], "Asia/Tokyo")]
    cleared = cli("organization", "zone", "Tokyo Partners KK", "--clear", "--as", "manager")
    assert cleared.returncode == 0 and "no guest time zone" in cleared.stdout
    assert cli("organization", "zone", "Tokyo Partners KK", "Asia/Tokyo", "--clear", "--as",
               "manager").returncode == 2


def test_init_refuses_an_unknown_building_zone(tmp_path: Path) -> None:
    building = tmp_path / "building.toml"
    building.write_text(DEFAULT_BUILDING_FILE.read_text(encoding="utf-8").replace(
        'timezone = "Asia/Jakarta"', 'timezone = "Asia/Atlantis"'), encoding="utf-8")
    done = run_cli("--db", str(tmp_path / "r.db"), "init", "--building", str(building),
                   now=FakeClock(FRIDAY))
    assert done.returncode == 2
    assert "timezone = 'Asia/Atlantis' is not a known time zone" in done.stderr
    assert not (tmp_path / "r.db").exists() or (tmp_path / "r.db").stat().st_size == 0
