"""`closure add|list|remove` and `term assign|list|end`: managers only, bookings in the way listed
and refused unless kept or cancelled, dry runs, JSON."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy
from tests.helpers.clock import FakeClock

# Friday 4 December 2026, 08:00 in the building.
FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(FRIDAY))


def _book(cli: Cli, room: str, start: str, end: str, *extra: str) -> int:
    done = cli("book", room, start, end, "--title", f"{room} meeting", "--json", *extra)
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


def _status(cli: Cli, booking_id: int) -> str:
    listed = json.loads(cli("bookings", "--from", "today", "--status", "all", "--json").stdout)
    return str(next(b["status"] for b in listed if b["id"] == booking_id))


CLOSE_TODAY = ("closure", "add", "--building", "--from", "today", "--to", "today", "--reason",
               "Electrical work")


@pytest.mark.parametrize("who", ["frontdesk", "organizer"])
def test_closures_and_terms_are_for_managers(cli: Cli, who: str) -> None:
    for argv, words in ((CLOSE_TODAY, "change closures"),
                        (("term", "assign", "P2.01", "--team", "GovTech Singapore",
                          "--from", "2026-12-07", "--to", "2026-12-31"),
                         "assign rooms to teams for a term")):
        done = cli("--as", who, *argv)
        assert done.returncode == 5, done.stderr
        assert done.stderr == f"error: {who} may not {words}\n"
        assert done.stderr.count("\n") == 1


def test_a_closure_over_bookings_lists_them_and_refuses(cli: Cli) -> None:
    booked = _book(cli, "BROMO", "14:00", "15:00")
    done = cli("--as", "manager", *CLOSE_TODAY)
    assert done.returncode == 4
    assert f"#{booked} BROMO" in done.stdout
    assert done.stderr == ("error: 1 booking still to come falls in this closure (listed "
                           "above); save it with --keep-bookings or --cancel-bookings, or see "
                           "it with --dry-run\n")
    assert json.loads(cli("closure", "list", "--json").stdout) == []
    as_json = cli("--as", "manager", *CLOSE_TODAY, "--json")
    assert as_json.returncode == 4
    assert [b["id"] for b in json.loads(as_json.stdout)["affected"]] == [booked]


def test_dry_run_then_cancel_bookings(cli: Cli) -> None:
    booked = _book(cli, "BROMO", "14:00", "15:00")
    dry = cli("--as", "manager", *CLOSE_TODAY, "--cancel-bookings", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert dry.stdout.startswith("Dry run: nothing was saved.")
    assert "1 booking still to come in this closure (cancelled)" in dry.stdout
    assert _status(cli, booked) == "confirmed"
    assert json.loads(cli("closure", "list", "--json").stdout) == []
    done = cli("--as", "manager", *CLOSE_TODAY, "--cancel-bookings", "--json")
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout)
    assert outcome["cancelled"] == [booked] and outcome["closure"]["building"]
    assert _status(cli, booked) == "cancelled"
    again = cli("book", "KAWI", "16:00", "17:00", "--title", "x")
    assert again.returncode == 4 and "closed" in again.stderr


def test_keep_bookings_then_list_and_remove(cli: Cli) -> None:
    booked = _book(cli, "BROMO", "14:00", "15:00")
    kept = cli("--as", "manager", "closure", "add", "--room", "BROMO", "--from", "today 16:00",
               "--to", "today 18:00", "--reason", "Projector repair", "--keep-bookings")
    assert kept.returncode == 0, kept.stderr
    assert "No booking still to come falls in this closure." in kept.stdout
    kept = cli("--as", "manager", "closure", "add", "--room", "BROMO", "--from", "2026-12-04",
               "--to", "2026-12-04", "--reason", "Cleaning", "--keep-bookings")
    assert kept.returncode == 0, kept.stderr
    assert "(kept)" in kept.stdout and _status(cli, booked) == "confirmed"
    listed = json.loads(cli("closure", "list", "--json").stdout)
    assert [(c["room"], c["reason"]) for c in listed] == [("BROMO", "Cleaning"),
                                                        ("BROMO", "Projector repair")]
    assert listed[1]["start"] == "2026-12-04T16:00:00+07:00"
    removed = cli("--as", "manager", "closure", "remove", str(listed[0]["id"]))
    assert removed.returncode == 0, removed.stderr
    assert removed.stdout.startswith(f"Removed closure #{listed[0]['id']} BROMO")
    assert [c["reason"] for c in json.loads(cli("closure", "list", "--json").stdout)] == [
        "Projector repair"]
    assert cli("--as", "manager", "closure", "remove", "999").returncode == 2


@pytest.mark.parametrize(("argv", "message"), [
    (("closure", "add", "--from", "today", "--to", "today", "--reason", "x"),
     "--room R or --building"),
    (("closure", "add", "--building", "--room", "BROMO", "--from", "today", "--to", "today",
      "--reason", "x"), "not both"),
    (("closure", "add", "--building", "--from", "today", "--reason", "x"), "--from D --to D"),
    (("closure", "add", "--building", "--from", "today", "--to", "today"), "--reason"),
    (("closure", "add", "--building", "--from", "tomorrow", "--to", "today", "--reason", "x"),
     "--to must be after --from"),
    (("closure", "add", "--building", "--from", "today", "--to", "today", "--reason", "x",
      "--keep-bookings", "--cancel-bookings"), "not both"),
    (("closure", "add", "--room", "NOWHERE", "--from", "today", "--to", "today", "--reason",
      "x"), "NOWHERE"),
    (("closure", "remove", "abc"), "closure id 'abc' is not a number"),
    (("closure", "lst"), "invalid choice"),
    (("term", "assign", "P2.01", "--from", "today", "--to", "today"), "--team"),
    (("term", "end", "1", "--on", "someday"), "not a date"),
    (("term", "list", "--on", "today"), "--on goes with term end"),
])
def test_bad_input_is_exit_2_in_one_line(cli: Cli, argv: tuple[str, ...], message: str) -> None:
    done = cli("--as", "manager", *argv)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr and done.stderr.count("\n") == 1


def test_term_assign_list_and_end(cli: Cli) -> None:
    other = _book(cli, "P2.01", "2026-12-08T10:00", "2026-12-08T12:00", "--for", "KBZ Bank")
    theirs = _book(cli, "P2.01", "2026-12-09T10:00", "2026-12-09T12:00", "--for",
                   "GovTech Singapore")
    assign = ("--as", "manager", "term", "assign", "P2.01", "--team", "GovTech Singapore",
              "--from", "2026-12-07", "--to", "2026-12-31")
    refused = cli(*assign)
    assert refused.returncode == 4
    assert f"#{other} P2.01" in refused.stdout and f"#{theirs} " not in refused.stdout
    assert "1 booking still to come falls in this term" in refused.stderr
    done = cli(*assign, "--cancel-bookings", "--note", "Sprint room")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("Saved term #")
    assert _status(cli, other) == "cancelled" and _status(cli, theirs) == "confirmed"
    terms = json.loads(cli("term", "list", "--json").stdout)
    assert [(t["room"], t["team"], t["note"]) for t in terms] == [
        ("P2.01", "GovTech Singapore", "Sprint room")]
    ended = cli("--as", "manager", "term", "end", str(terms[0]["id"]), "--on", "2026-12-18",
                "--json")
    assert ended.returncode == 0, ended.stderr
    assert json.loads(ended.stdout)["end"] == "2026-12-19T00:00:00+07:00"
    assert cli("term", "end", str(terms[0]["id"])).returncode == 5
    withdrawn = cli("--as", "admin", "term", "end", str(terms[0]["id"]))
    assert withdrawn.returncode == 0 and "(withdrawn)" in withdrawn.stdout
    assert json.loads(cli("term", "list", "--json").stdout) == []
    assert len(json.loads(cli("term", "list", "--all", "--json").stdout)) == 1
