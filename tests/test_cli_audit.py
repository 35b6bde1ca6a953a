"""`audit` lists the trail for managers and administrators, filtered, as a table or JSON;
`audit verify` says whether the chain is whole."""

import datetime as dt
import json
from collections.abc import Callable
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


def _book(cli: Cli, room: str, title: str, *extra: str) -> int:
    done = cli(*extra, "book", room, f"{DAY}T10:00", f"{DAY}T11:00", "--title", title,
               "--json")
    assert done.returncode == 0, done.stderr
    return int(json.loads(done.stdout)["id"])


@pytest.fixture
def booked(cli: Cli, clock: FakeClock) -> dict[str, int]:
    stand_up = _book(cli, "BROMO", "Stand-up")
    clock.advance(days=1)
    review = _book(cli, "KAWI", "Review <b>", "--as", "manager")
    done = cli("--as", "manager", "cancel", str(stand_up), "--reason", "client ill")
    assert done.returncode == 0, done.stderr
    return {"stand_up": stand_up, "review": review}


@pytest.mark.parametrize("who", ["frontdesk", "organizer"])
def test_the_trail_is_for_managers_and_administrators(cli: Cli, booked: dict[str, int],
                                                      who: str) -> None:
    assert booked
    for argv in (("audit",), ("audit", "verify"), ("audit", "--booking", "1", "--json")):
        done = cli("--as", who, *argv)
        assert (done.returncode, done.stdout) == (5, "")
        assert done.stderr == f"error: {who} may not read the audit trail\n"


def test_a_bookings_entries_as_a_table(cli: Cli, booked: dict[str, int]) -> None:
    done = cli("--as", "manager", "audit", "--booking", str(booked["stand_up"]))
    assert (done.returncode, done.stderr) == (0, "")
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    created, cancelled = lines
    assert "frontdesk" in created and "booking.created" in created
    assert f"booking #{booked['stand_up']}" in created and "title Stand-up" in created
    assert "manager" in cancelled and "booking.cancelled" in cancelled
    assert "status confirmed → cancelled" in cancelled
    assert cancelled.endswith("(reason: client ill)")


def test_entries_as_json(cli: Cli, booked: dict[str, int]) -> None:
    done = cli("--as", "admin", "audit", "--actor", "manager", "--json")
    assert (done.returncode, done.stderr) == (0, "")
    listed = json.loads(done.stdout)
    assert [(e["action"], e["entity_id"]) for e in listed] == [
        ("booking.created", booked["review"]), ("booking.cancelled", booked["stand_up"])]
    first = listed[0]
    assert {"id", "at", "actor", "action", "entity", "entity_id", "before", "after", "reason",
            "hash"} <= set(first)
    assert first["actor"] == "manager" and first["before"] is None
    assert first["after"]["title"] == "Review <b>" and len(first["hash"]) == 64
    assert listed[1]["reason"] == "client ill"


def test_entries_between_days_and_the_newest_few(cli: Cli, booked: dict[str, int]) -> None:
    assert booked
    first_day = (DAY - dt.timedelta(days=7)).isoformat()
    done = cli("--as", "manager", "audit", "--from", first_day, "--to", first_day, "--json")
    assert [e["after"]["title"] for e in json.loads(done.stdout)
            if e["action"] == "booking.created"] == ["Stand-up"]
    done = cli("--as", "manager", "audit", "--limit", "1", "--json")
    assert [e["action"] for e in json.loads(done.stdout)] == ["booking.cancelled"]
    everything = json.loads(cli("--as", "manager", "audit", "--limit", "0", "--json").stdout)
    assert [e["id"] for e in everything] == list(range(1, len(everything) + 1))
    nothing = cli("--as", "manager", "audit", "--actor", "nobody")
    assert (nothing.returncode, nothing.stdout) == (0, "No audit entries match.\n")


@pytest.mark.parametrize(("argv", "words"), [
    (("audit", "--booking", "twelve"), "booking id 'twelve' is not a number"),
    (("audit", "--from", "someday"), "--from"),
    (("audit", "--from", "2026-12-09", "--to", "2026-12-08"), "--to must be after --from"),
    (("audit", "--limit", "-3"), "--limit '-3' is not a number"),
    (("audit", "verify", "--booking", "1"), "'audit verify' checks the whole trail"),
    (("audit", "check"), "invalid choice"),
])
def test_bad_input_is_refused_in_one_line(cli: Cli, argv: tuple[str, ...], words: str) -> None:
    done = cli("--as", "manager", *argv)
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith("error: ") and done.stderr.count("\n") == 1
    assert words in done.stderr


def test_verify_a_whole_trail(cli: Cli, booked: dict[str, int]) -> None:
    assert booked
    everything = json.loads(cli("--as", "manager", "audit", "--limit", "0", "--json").stdout)
    done = cli("--as", "manager", "audit", "verify")
    assert (done.returncode, done.stderr) == (0, "")
    assert done.stdout == f"audit trail whole: {len(everything)} entries\n"
    verdict = json.loads(cli("--as", "admin", "audit", "verify", "--json").stdout)
    assert verdict == {"ok": True, "entries": len(everything),
                       "head_hash": everything[-1]["hash"], "broken_id": None, "how": None,
                       "message": None}
