"""The command line as scripts use it: exit codes, one-line errors, JSON.

Most tests run the commands in this process through main.main, on a clock the test sets, so
they pass whatever today is; a few start real processes for what only a process shows."""

import datetime as dt
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ, local
from tests.helpers.cli import ROOT, run_cli, run_process
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

# Mornings before the building's long closures: Christmas and its collective leave, New Year
# with Isra Mikraj four days later, Nyepi and Idul Fitri. The bookings the tests make fall
# three to six weeks later, across those closures.
NEAR_HOLIDAYS = {
    "before-christmas": dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ),
    "before-new-year": dt.datetime(2026, 12, 13, 8, 0, tzinfo=BUILDING_TZ),
    "before-idul-fitri": dt.datetime(2027, 2, 17, 8, 0, tzinfo=BUILDING_TZ),
}
EVERY_CLOCK = pytest.mark.parametrize("clock", sorted(NEAR_HOLIDAYS), indirect=True)

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def clock(request: pytest.FixtureRequest) -> FakeClock:
    return FakeClock(NEAR_HOLIDAYS[getattr(request, "param", "before-christmas")])


@pytest.fixture
def ready_db(tmp_path: Path, initialised_template: Path) -> str:
    """A database already initialised (a copy of the session's template), for commands that
    are not about creating one."""
    path = tmp_path / "r.db"
    shutil.copyfile(initialised_template, path)
    return str(path)


@pytest.fixture
def cli(clock: FakeClock) -> Cli:
    """`main.py ARGS` in this process, on the test's clock."""
    def run(*args: str, env: dict[str, str] | None = None) -> CompletedProcess[str]:
        return run_cli(*args, now=clock, env=env)
    return run


def _next_weekday(weekday: int, clock: FakeClock) -> dt.date:
    # Far enough ahead to be bookable, inside the 180-day window, and open for the three
    # weeks a series test uses.
    return open_day(weekday, on_or_after=local(clock()).date() + dt.timedelta(days=20), weeks=3)


def test_init_then_rooms_json_lists_the_building(tmp_path: Path, cli: Cli) -> None:
    db = str(tmp_path / "ruang.db")
    done = cli("--db", db, "init")
    assert done.returncode == 0, done.stderr
    assert "Created the database" in done.stdout
    again = cli("--db", db, "--as", "admin", "init")
    assert again.returncode == 0
    assert "nothing changed" in again.stdout
    listed = cli("--db", db, "rooms", "--json")
    assert listed.returncode == 0, listed.stderr
    rooms = json.loads(listed.stdout)
    assert 35 <= len(rooms) <= 45
    assert {r["floor"] for r in rooms} == {1, 2, 3}
    bromo = next(r for r in rooms if r["code"] == "BROMO")
    assert bromo["name"] == "Bromo" and bromo["kind"] == "meeting" and bromo["capacity"] > 0
    assert set(bromo) >= {"id", "code", "name", "floor", "kind", "capacity", "amenities"}


def test_json_flag_works_before_the_command_too(tmp_path: Path, cli: Cli) -> None:
    listed = cli("--db", str(tmp_path / "r.db"), "--json", "rooms")
    assert listed.returncode == 0, listed.stderr
    assert isinstance(json.loads(listed.stdout), list)


def test_rooms_on_a_fresh_database_creates_it(tmp_path: Path, cli: Cli) -> None:
    db = tmp_path / "fresh.db"
    listed = cli("rooms", env={"RUANG_DB": str(db)})
    assert listed.returncode == 0, listed.stderr
    assert "Bromo" in listed.stdout
    assert db.exists()


@pytest.mark.parametrize("make_bad", [
    lambda tmp: str(tmp / "missing" / "folder" / "ruang.db"),
    lambda tmp: str(tmp),
    lambda tmp: _text_file(tmp),
    lambda _tmp: "notadialect://x",
])
def test_bad_db_gives_exit_2_and_one_line(tmp_path: Path, make_bad: Callable[[Path], str],
                                          cli: Cli) -> None:
    done = cli("--db", make_bad(tmp_path), "rooms")
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("error: ")
    assert "Traceback" not in done.stderr


def _text_file(tmp: Path) -> str:
    path = tmp / "notes.txt"
    path.write_text("not a database")
    return str(path)


def test_unknown_command_is_usage_error(tmp_path: Path, cli: Cli) -> None:
    done = cli("--db", str(tmp_path / "x.db"), "frobnicate")
    assert done.returncode == 2
    assert len(done.stderr.strip().splitlines()) == 1
    assert "invalid choice" in done.stderr


def test_bad_building_file_is_exit_2_naming_the_problem(tmp_path: Path, cli: Cli) -> None:
    bad = tmp_path / "building.toml"
    bad.write_text((ROOT / "resources" / "building.toml").read_text(encoding="utf-8")
                   .replace('code = "BROMO"', 'code = "SEMERU"', 1), encoding="utf-8")
    done = cli("--db", str(tmp_path / "x.db"), "init", "--building", str(bad))
    assert done.returncode == 2
    assert "code 'SEMERU' is already used" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists() or cli(
        "--db", str(tmp_path / "x.db"), "rooms", "--json").returncode == 0


def test_screenshot_writes_a_real_png(tmp_path: Path) -> None:
    png = tmp_path / "window.png"
    done = run_process("--db", str(tmp_path / "x.db"), "--screenshot", str(png))
    assert done.returncode == 0, done.stderr
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 5000


@EVERY_CLOCK
def test_book_list_move_check_in_cancel_through_the_command_line(ready_db: str, cli: Cli,
                                                                 clock: FakeClock) -> None:
    db = ready_db
    day = _next_weekday(1, clock)
    start, end = f"{day}T10:00", f"{day}T11:00"
    done = cli("--db", db, "book", "SEMERU", start, end, "--title", "Rapat 🚀",
               "--for", "Bank Mandiri", "--attendees", "12", "--json")
    assert done.returncode == 0, done.stderr
    booking = json.loads(done.stdout)
    assert set(booking) >= {"id", "room", "room_id", "start", "end", "title", "status"}
    assert booking["room"] == "SEMERU" and booking["title"] == "Rapat 🚀"
    assert booking["start"] == f"{day}T10:00:00+07:00"
    assert booking["status"] == "confirmed"

    clash = cli("--db", db, "book", "SEMERU", f"{day}T10:30", f"{day}T11:30", "--title", "x")
    assert clash.returncode == 3
    assert f"booking #{booking['id']}" in clash.stderr
    assert len(clash.stderr.strip().splitlines()) == 1
    changeover = cli("--db", db, "book", "SEMERU", f"{day}T11:00", f"{day}T12:00",
                     "--title", "x")
    assert changeover.returncode == 3
    assert ("only the 10-minute changeover after 'Rapat 🚀' overlaps; start at 11:15 or later"
            in changeover.stderr)

    rule = cli("--db", db, "book", "SEMERU", f"{day}T05:00", f"{day}T06:00", "--title", "x")
    assert rule.returncode == 4
    assert "open 07:00" in rule.stderr

    not_permitted = cli("--db", db, "--as", "nobody", "book", "SEMERU", f"{day}T13:00",
                        f"{day}T14:00", "--title", "x")
    assert not_permitted.returncode == 5

    moved = cli("--db", db, "move", str(booking["id"]), "--room", "ARJUNO", "--json")
    assert moved.returncode == 4, moved.stderr  # 12 people do not fit Arjuno (10)
    moved = cli("--db", db, "move", str(booking["id"]), "--start", f"{day}T14:00", "--json")
    assert moved.returncode == 0, moved.stderr
    assert json.loads(moved.stdout)["end"] == f"{day}T15:00:00+07:00"

    listed = cli("--db", db, "bookings", "--from", str(day), "--to", str(day), "--json")
    assert [b["id"] for b in json.loads(listed.stdout)] == [booking["id"]]
    free = cli("--db", db, "free", f"{day}T14:00", f"{day}T15:00", "--capacity", "10",
               "--kind", "meeting", "--json")
    codes = [r["room"] for r in json.loads(free.stdout)]
    assert "SEMERU" not in codes and codes[0] == "ARJUNO"

    early = cli("--db", db, "check-in", str(booking["id"]))
    assert early.returncode == 4 and "check-in opens" in early.stderr
    cancelled = cli("--db", db, "cancel", str(booking["id"]), "--reason", "postponed",
                    "--json")
    assert cancelled.returncode == 0
    assert json.loads(cancelled.stdout)["status"] == "cancelled"
    listed = cli("--db", db, "bookings", "--from", str(day), "--to", str(day),
                 "--status", "confirmed", "--json")
    assert json.loads(listed.stdout) == []

    clock.current = dt.datetime.fromisoformat(f"{day}T14:30:00+07:00")
    refused = cli("--db", db, "reinstate", str(booking["id"]))
    assert refused.returncode == 4 and "in the past" in refused.stderr
    not_manager = cli("--db", db, "reinstate", str(booking["id"]), "--override", "VIP")
    assert not_manager.returncode == 5
    back = cli("--db", db, "--as", "manager", "reinstate", str(booking["id"]), "--override",
               "the director's guests", "--json")
    assert back.returncode == 0, back.stderr
    assert json.loads(back.stdout)["status"] == "confirmed"


@pytest.mark.parametrize(("args", "message"), [
    (["book", "NOWHERE", "2026-12-01T10:00", "2026-12-01T11:00", "--title", "x"],
     "no room 'NOWHERE'"),
    (["book", "KAWI", "tomorrow", "2026-12-01T11:00", "--title", "x"], "not a date and time"),
    (["book", "KAWI", "2026-12-01T10:00", "2026-12-01T11:00"], "--title"),
    (["book", "KAWI", "2026-12-01T11:00", "2026-12-01T10:00", "--title", "x"], "before the start"),
    (["move", "abc", "--room", "KAWI"], "not a number"),
    (["cancel", "424242"], "no booking #424242"),
    (["bookings", "--from", "someday"], "not a date"),
    (["free", "2026-12-01T10:00", "2026-12-01T11:00", "--capacity", "-3"], "--capacity"),
    # Numbers past 64 bits, years no booking lives in, digits no keyboard types as numbers.
    (["cancel", "99999999999999999999"], "there is no booking #99999999999999999999"),
    (["check-in", "#99999999999999999999"], "there is no booking #99999999999999999999"),
    (["series", "show", "99999999999999999999"], "there is no series #99999999999999999999"),
    (["event", "show", "99999999999999999999"], "there is no event #99999999999999999999"),
    (["cancel", "²"], "booking id '²' is not a number"),
    (["bookings", "--to", "9999-12-31"], "give a year from 1970 to 2199"),
    (["bookings", "--from", "0001-01-01"], "give a year from 1970 to 2199"),
    (["free", "2026-12-08T10:00", "2026-12-08T11:00", "--capacity", "99999999999999999999999"],
     "not a whole number"),
    (["event", "request", "HALL", "2026-12-08T10:00", "2026-12-08T11:00", "--title", "x",
      "--layout", "theatre", "--attendees", "10", "--setup", "99999999999999"],
     "not a whole number"),
    # Text that is not text, and rules that are no rule.
    (["book", "KAWI", "2026-12-08T10:00", "2026-12-08T11:00", "--title", "\udcff\udcfe"],
     "not UTF-8 text"),
    (["book", "KAWI", "2026-12-08T10:00", "2026-12-08T11:00", "--title", "x", "--repeat", ""],
     "the repeat rule is empty"),
    (["book", "KAWI", "2026-12-08T10:00", "2026-12-08T11:00", "--title", "x", "--repeat",
      "FREQ=WEEKLY;INTERVAL=-1;COUNT=3"], "INTERVAL=-1 must be a whole number"),
    (["book", "KAWI", "2026-12-08T10:00", "2026-12-08T11:00", "--title", "x", "--repeat",
      "FREQ=WEEKLY\nBYDAY"], "FREQ=WEEKLYBYDAY is not supported"),
])
def test_bad_input_is_exit_2_with_one_line(ready_db: str, args: list[str], message: str,
                                           cli: Cli) -> None:
    done = cli("--db", ready_db, *args)
    assert done.returncode == 2, (done.stdout, done.stderr)
    assert message in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    listed = cli("--db", ready_db, "bookings", "--from", "2026-12-01", "--json")
    assert json.loads(listed.stdout) == []  # a refusal writes nothing


def test_demo_is_deterministic_for_a_seed(tmp_path: Path, cli: Cli) -> None:
    outputs = []
    for name in ("a.db", "b.db"):
        db = str(tmp_path / name)
        done = cli("--db", db, "--as", "admin", "demo", "--seed", "11", "--json")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["bookings"] > 3000
        listed = cli("--db", db, "bookings", "--json")
        outputs.append([(b["room"], b["start"], b["title"]) for b in json.loads(listed.stdout)])
    assert outputs[0] == outputs[1]
    assert len(outputs[0]) > 100
    again = cli("--db", str(tmp_path / "a.db"), "--as", "admin", "demo")
    assert again.returncode == 2 and "already holds" in again.stderr


@EVERY_CLOCK
def test_repeat_series_preview_skip_show_edit_cancel(ready_db: str, cli: Cli,
                                                     clock: FakeClock) -> None:
    db = ready_db
    monday = _next_weekday(0, clock)
    clash_day = monday + dt.timedelta(days=7)
    blocker = cli("--db", db, "book", "KAWI", f"{clash_day}T09:00", f"{clash_day}T10:00",
                  "--title", "Interview", "--json")
    assert blocker.returncode == 0, blocker.stderr
    refused = cli("--db", db, "book", "KAWI", f"{monday}T09:00", f"{monday}T09:30",
                  "--title", "Stand-up", "--repeat", "FREQ=WEEKLY;COUNT=3")
    assert refused.returncode == 3
    assert "conflict" in refused.stdout and "Dates:" in refused.stdout
    assert len(refused.stderr.strip().splitlines()) == 1
    created = cli("--db", db, "book", "KAWI", f"{monday}T09:00", f"{monday}T09:30",
                  "--title", "Stand-up", "--repeat", "FREQ=WEEKLY;COUNT=3",
                  "--skip", str(clash_day), "--json")
    assert created.returncode == 0, created.stderr
    outcome = json.loads(created.stdout)
    assert len(outcome["created"]) == 2 and len(outcome["skipped"]) == 1
    series_id = outcome["series_id"]
    shown = json.loads(cli("--db", db, "series", "show", str(series_id), "--json").stdout)
    assert [o["occurrence_date"] for o in shown["occurrences"]] == [
        str(monday), str(monday + dt.timedelta(days=14))]
    assert shown["skipped"][0]["date"] == str(clash_day)
    edited = cli("--db", db, "series", "edit", str(series_id), "--start-time", "10:30",
                 "--end-time", "11:00", "--json")
    assert edited.returncode == 0, edited.stderr
    assert {b["start"][11:16] for b in json.loads(edited.stdout)["updated"]} == {"10:30"}
    one = cli("--db", db, "series", "edit", str(series_id), "--only", str(monday),
              "--title", "Stand-up with client", "--json")
    assert one.returncode == 0, one.stderr
    assert json.loads(one.stdout)["detached"] is True
    cancelled = cli("--db", db, "series", "cancel", str(series_id), "--json")
    assert cancelled.returncode == 0, cancelled.stderr
    assert len(json.loads(cancelled.stdout)["cancelled"]) == 2
    bad = cli("--db", db, "book", "KAWI", f"{monday}T09:00", f"{monday}T09:30", "--title", "x",
              "--repeat", "FREQ=WEEKLY")
    assert bad.returncode == 2 and "never ends" in bad.stderr


@EVERY_CLOCK
def test_event_request_approve_decline_and_list(ready_db: str, cli: Cli, clock: FakeClock) -> None:
    db = ready_db
    tuesday = _next_weekday(1, clock)
    requested = cli("--db", db, "--as", "organizer", "event", "request", "HALL",
                    f"{tuesday}T09:00", f"{tuesday}T16:00", "--title", "Product launch",
                    "--layout", "theatre", "--attendees", "250", "--setup", "120",
                    "--equipment", "livestream_kit=1", "--json")
    assert requested.returncode == 0, requested.stderr
    event = json.loads(requested.stdout)
    for key in ("id", "title", "hall", "start", "end", "layout", "attendees", "setup",
                "teardown", "equipment", "status"):
        assert key in event
    assert (event["status"], event["setup"], event["equipment"]) == (
        "requested", 120, {"livestream_kit": 1})
    too_many = cli("--db", db, "--as", "organizer", "event", "request", "HALL-B",
                   f"{tuesday}T09:00", f"{tuesday}T10:00", "--title", "x", "--layout",
                   "theatre", "--attendees", "10")
    assert too_many.returncode == 3  # the whole hall is held
    refused = cli("--db", db, "--as", "organizer", "event", "approve", str(event["id"]))
    assert refused.returncode == 5
    approved = cli("--db", db, "--as", "manager", "event", "approve", str(event["id"]),
                   "--json")
    assert approved.returncode == 0 and json.loads(approved.stdout)["status"] == "approved"
    second = json.loads(cli("--db", db, "--as", "organizer", "event", "request", "HALL-A",
                            f"{tuesday}T18:00", f"{tuesday}T20:00", "--title", "Meetup",
                            "--layout", "reception", "--attendees", "80", "--setup", "30",
                            "--json").stdout)
    declined = cli("--db", db, "--as", "manager", "event", "decline", str(second["id"]),
                   "--reason", "cleaning crew off", "--json")
    assert json.loads(declined.stdout)["status"] == "declined"
    listed = json.loads(cli("--db", db, "events", "--from", f"{tuesday}T00:00", "--to",
                            f"{tuesday}T23:59", "--json").stdout)
    assert [(e["title"], e["status"]) for e in listed] == [("Product launch", "approved"),
                                                           ("Meetup", "declined")]
    bad = cli("--db", db, "event", "decline", str(second["id"]))
    assert bad.returncode in (2, 4) and len(bad.stderr.strip().splitlines()) == 1


def test_occupancy_now_json_through_main(ready_db: str, cli: Cli, clock: FakeClock) -> None:
    db = ready_db
    day = _next_weekday(2, clock)
    booked = cli("--db", db, "book", "SEMERU", f"{day}T10:00", f"{day}T11:00", "--title", "x",
                 "--attendees", "12")
    assert booked.returncode == 0, booked.stderr
    done = cli("--db", db, "occupancy-now", "--at", f"{day}T10:30", "--json")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert set(data) == {"at", "floors", "building"}
    assert data["at"].startswith(f"{day}T10:30")
    ground = next(f for f in data["floors"] if f["floor"] == 1)
    assert set(ground) == {"floor", "rooms_in_use", "rooms_bookable", "seats_booked", "seats",
                           "rooms_checked_in", "seats_checked_in"}
    assert ground["rooms_in_use"] == 1 and ground["seats_booked"] == 12
    assert data["building"]["rooms_in_use"] == 1
    bad = cli("--db", db, "occupancy-now", "--at", "noon")
    assert bad.returncode == 2 and len(bad.stderr.strip().splitlines()) == 1


def test_cancelling_a_cancelled_series_again_changes_nothing(ready_db: str, cli: Cli,
                                                             clock: FakeClock) -> None:
    db = ready_db
    monday = _next_weekday(0, clock)
    made = json.loads(cli("--db", db, "book", "KAWI", f"{monday}T09:00", f"{monday}T09:30",
                          "--title", "Stand-up", "--repeat", "FREQ=WEEKLY;COUNT=3",
                          "--json").stdout)
    series = str(made["series_id"])
    assert cli("--db", db, "series", "cancel", series).returncode == 0
    before = json.loads(cli("--db", db, "series", "show", series, "--json").stdout)

    again = cli("--db", db, "series", "cancel", series, "--from",
                str(monday + dt.timedelta(days=7)))

    assert again.returncode == 4
    assert "nothing to cancel" in again.stderr and len(again.stderr.splitlines()) == 1
    assert json.loads(cli("--db", db, "series", "show", series, "--json").stdout) == before


def test_screenshot_of_the_floor_plan(tmp_path: Path) -> None:
    png = tmp_path / "floor.png"
    done = run_process("--db", str(tmp_path / "x.db"), "--screenshot", str(png), "--view", "floor")
    assert done.returncode == 0, done.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


@pytest.mark.usefixtures("qapp")  # the sheet reuses the application, as the window's does
def test_event_sheet_pdf_through_the_command_line(tmp_path: Path, ready_db: str, cli: Cli,
                                                  clock: FakeClock) -> None:
    db = ready_db
    day = _next_weekday(3, clock)
    event = json.loads(cli("--db", db, "--as", "organizer", "event", "request", "HALL-A",
                           f"{day}T13:00", f"{day}T16:00", "--title", "Kunjungan Kementerian",
                           "--layout", "theatre", "--attendees", "90", "--json").stdout)
    pdf = tmp_path / "sheet.pdf"
    done = cli("--db", db, "event", "sheet", str(event["id"]), "--pdf", str(pdf))
    assert done.returncode == 0, done.stderr
    assert pdf.read_bytes()[:5] == b"%PDF-"
    missing = cli("--db", db, "event", "sheet", str(event["id"]), "--pdf",
                  str(tmp_path / "no" / "sheet.pdf"))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    unknown = cli("--db", db, "event", "sheet", "999", "--pdf", str(pdf))
    assert unknown.returncode == 2 and "no event #999" in unknown.stderr


def test_a_real_process_keeps_the_contract(tmp_path: Path, ready_db: str) -> None:
    """Scripts see exit codes and one-line errors from a real process, not only in-process."""
    db = ready_db
    listed = run_process("--db", db, "rooms", "--json")
    assert listed.returncode == 0, listed.stderr
    assert any(room["code"] == "BROMO" for room in json.loads(listed.stdout))
    usage = run_process("--db", db, "frobnicate")
    assert usage.returncode == 2 and len(usage.stderr.strip().splitlines()) == 1
    missing = run_process("--db", db, "cancel", "424242")
    assert missing.returncode == 2
    assert missing.stderr.strip() == "error: there is no booking #424242"
    bad_db = run_process("--db", str(tmp_path), "rooms")
    assert bad_db.returncode == 2 and "Traceback" not in bad_db.stderr


def test_the_building_file_default_is_the_shipped_one() -> None:
    from booking.building import DEFAULT_BUILDING_FILE

    assert DEFAULT_BUILDING_FILE == ROOT / "resources" / "building.toml"
    assert DEFAULT_BUILDING_FILE.is_file()


def test_an_events_hold_cannot_be_cancelled_from_under_it(ready_db: str, cli: Cli,
                                                          clock: FakeClock) -> None:
    db = ready_db
    tuesday = _next_weekday(1, clock)
    event = json.loads(cli("--db", db, "--as", "organizer", "event", "request", "HALL",
                           f"{tuesday}T09:00", f"{tuesday}T16:00", "--title", "Launch",
                           "--layout", "theatre", "--attendees", "200", "--json").stdout)
    hold = event["days"][0]["booking_id"]
    cancelled = cli("--db", db, "cancel", str(hold))
    assert cancelled.returncode == 4
    assert cancelled.stderr == (f"error: booking #{hold} holds the hall for event "
                                f"#{event['id']}; withdraw or decline the event instead\n")
    moved = cli("--db", db, "move", str(hold), "--room", "HALL-B")
    assert moved.returncode == 4 and "withdraw or decline" in moved.stderr
    approved = cli("--db", db, "--as", "manager", "event", "approve", str(event["id"]), "--json")
    assert approved.returncode == 0 and json.loads(approved.stdout)["status"] == "approved"
    walk_in = cli("--db", db, "book", "HALL-A", f"{tuesday}T11:00", f"{tuesday}T12:00",
                  "--title", "Walk-in")
    assert walk_in.returncode == 3 and f"booking #{hold}" in walk_in.stderr


def test_building_file_changes_keep_bookings_apart(tmp_path: Path, ready_db: str, cli: Cli,
                                                   clock: FakeClock) -> None:
    from tests.booking.test_building_sync import SEMERU_PARTS, SHIPPED, edit_room, with_rooms

    db = ready_db
    day = _next_weekday(1, clock)
    semeru = json.loads(cli("--db", db, "book", "SEMERU", f"{day}T10:00", f"{day}T11:00",
                            "--title", "Workshop", "--json").stdout)["id"]
    parts = tmp_path / "parts.toml"
    parts.write_text(with_rooms(SHIPPED, *SEMERU_PARTS), encoding="utf-8")
    added = cli("--db", db, "--as", "admin", "init", "--building", str(parts))
    assert added.returncode == 0, added.stderr
    assert "Rooms added: SEMERU-1, SEMERU-2" in added.stdout
    over = cli("--db", db, "book", "SEMERU-1", f"{day}T10:30", f"{day}T11:30", "--title", "x")
    assert over.returncode == 3 and f"booking #{semeru}" in over.stderr

    kawi = json.loads(cli("--db", db, "book", "KAWI", f"{day}T10:00", f"{day}T12:00",
                          "--title", "Standup", "--json").stdout)["id"]
    joined = tmp_path / "joined.toml"
    joined.write_text(edit_room(SHIPPED, "KAWI", parent='"SEMERU"', rect="[44, 6, 3, 4]"),
                      encoding="utf-8")
    refused = cli("--db", db, "--as", "admin", "init", "--building", str(joined))
    assert refused.returncode == 3
    assert len(refused.stderr.strip().splitlines()) == 1
    assert f"#{semeru}" in refused.stderr and f"#{kawi}" in refused.stderr
    assert "nothing was changed" in refused.stderr
