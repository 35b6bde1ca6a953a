"""`export ics` and `import ics` on the command line: the three calendar programs' files, a
second import that changes nothing, bad files refused in one line, files never overwritten."""

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from icalendar import Calendar

from tests.helpers.cli import ROOT, cli_on_copy
from tests.helpers.clock import FakeClock

# Tuesday 1 December 2026, 08:00 in the building: before every date the samples hold.
BEFORE = dt.datetime(2026, 12, 1, 8, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))
SAMPLES = ROOT / "tests" / "data" / "ics"

Cli = Callable[..., CompletedProcess[str]]


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, FakeClock(BEFORE))


def _json(done: CompletedProcess[str]) -> dict[str, object]:
    found = json.loads(done.stdout)
    assert isinstance(found, dict)
    return found


def _bookings(cli: Cli) -> list[tuple[str, str, str, str]]:
    done = cli("bookings", "--from", "2027-01-01", "--to", "2027-02-28", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    return sorted((b["room"], b["start"], b["end"], b["title"]) for b in rows)


@pytest.mark.parametrize(("sample", "expected"), [
    ("outlook.ics", [("SEMERU", "2027-01-11T09:00:00+07:00", "2027-01-11T10:30:00+07:00",
                      "Quarterly review with PT Pertamina"),
                     ("SEMERU", "2027-01-12T10:00:00+07:00", "2027-01-12T11:00:00+07:00",
                      "Design call with the Tokyo team")]),
    ("google.ics", [("SEMERU", "2027-01-13T10:00:00+07:00", "2027-01-13T11:00:00+07:00",
                     "Pitch rehearsal"),
                    ("SEMERU", "2027-01-14T14:00:00+07:00", "2027-01-14T15:00:00+07:00",
                     "Mentoring session"),
                    ("SEMERU", "2027-02-04T14:00:00+07:00", "2027-02-04T15:00:00+07:00",
                     "Mentoring session")]),
    ("thunderbird.ics", [("SEMERU", "2027-01-18T13:00:00+07:00", "2027-01-18T14:00:00+07:00",
                          "Intern cohort stand-up"),
                         ("SEMERU", "2027-01-25T15:00:00+07:00", "2027-01-25T16:00:00+07:00",
                          "Intern cohort stand-up (moved)"),
                         ("SEMERU", "2027-02-01T13:00:00+07:00", "2027-02-01T14:00:00+07:00",
                          "Intern cohort stand-up")]),
    ("tokyo.ics", [("SEMERU", "2027-01-19T13:00:00+07:00", "2027-01-19T14:30:00+07:00",
                    "Demo for the Osaka office")]),
])
def test_each_program_s_file_imports_and_a_second_import_changes_nothing(
        cli: Cli, sample: str, expected: list[tuple[str, str, str, str]]) -> None:
    path = str(SAMPLES / sample)
    rehearsal = cli("import", "ics", path, "--room", "SEMERU", "--dry-run", "--json")
    assert rehearsal.returncode == 0, rehearsal.stdout + rehearsal.stderr
    assert {i["verdict"] for i in _json(rehearsal)["items"]} == {"free"}  # type: ignore[union-attr]
    assert _bookings(cli) == []
    done = cli("import", "ics", path, "--room", "SEMERU")
    assert done.returncode == 0, done.stdout + done.stderr
    assert _bookings(cli) == expected
    again = cli("import", "ics", path, "--room", "SEMERU", "--json")
    assert again.returncode == 0
    assert {i["verdict"] for i in _json(again)["items"]} == {"unchanged"}  # type: ignore[union-attr]
    assert _bookings(cli) == expected


def test_google_s_cancelled_date_is_left_out_and_said(cli: Cli) -> None:
    done = cli("import", "ics", str(SAMPLES / "google.ics"), "--room", "SEMERU", "--dry-run")
    assert "2027-01-28 14:00: cancelled in the file, left out" in done.stdout


def test_outlook_s_guests_zone_and_people_come_along(cli: Cli) -> None:
    assert cli("import", "ics", str(SAMPLES / "outlook.ics"), "--room", "SEMERU").returncode == 0
    rows = json.loads(cli("bookings", "--from", "2027-01-11", "--to", "2027-01-12",
                          "--json").stdout)
    review, call = sorted(rows, key=lambda b: b["start"])
    assert (review["attendees"], review["contact_name"]) == (3, "Dewi Lestari")
    assert call["guest_tz"] == "Asia/Tokyo"


def test_an_all_day_event_is_refused_and_holds_the_rest_back(cli: Cli) -> None:
    path = str(SAMPLES / "allday.ics")
    done = cli("import", "ics", path, "--room", "SEMERU")
    assert done.returncode == 4
    assert "all-day event" in done.stdout
    assert _bookings(cli) == []
    rest = cli("import", "ics", path, "--room", "SEMERU", "--skip-conflicts")
    assert rest.returncode == 0
    # Floating times are the building's.
    assert _bookings(cli) == [("SEMERU", "2027-01-15T09:00:00+07:00",
                               "2027-01-15T10:00:00+07:00", "Floating-time briefing")]


@pytest.mark.parametrize(("content", "words"), [
    (b"\x00\x01\x02PK binary", "binary data"),
    (b"<html><body>not a calendar</body></html>", "BEGIN:VCALENDAR"),
    (b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:99999999999999999999999T1\r\n"
     b"END:VEVENT\r\nEND:VCALENDAR\r\n", "cannot be read"),
])
def test_bad_files_are_one_clear_line_and_write_nothing(cli: Cli, tmp_path: Path,
                                                       content: bytes, words: str) -> None:
    bad = tmp_path / "bad.ics"
    bad.write_bytes(content)
    done = cli("import", "ics", str(bad), "--room", "SEMERU")
    assert done.returncode == 2
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1
    assert "Traceback" not in done.stderr
    assert _bookings(cli) == []


def test_html_in_a_title_and_absurd_repeats_are_refused_items(cli: Cli, tmp_path: Path) -> None:
    bad = tmp_path / "odd.ics"
    bad.write_bytes(b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:a\r\n"
                    b"DTSTART:20270111T090000\r\nDTEND:20270111T100000\r\n"
                    b"SUMMARY:<b>Launch</b><script>x</script>\r\nEND:VEVENT\r\n"
                    b"BEGIN:VEVENT\r\nUID:b\r\nDTSTART:20270111T110000\r\n"
                    b"DTEND:20270111T111500\r\nRRULE:FREQ=MINUTELY\r\nSUMMARY:Spam\r\n"
                    b"END:VEVENT\r\nEND:VCALENDAR\r\n")
    done = cli("import", "ics", str(bad), "--room", "SEMERU", "--json")
    assert done.returncode == 4
    messages = [i["message"] for i in _json(done)["items"]]  # type: ignore[union-attr]
    assert any("HTML" in m for m in messages) and any("repeats more than" in m
                                                       for m in messages)


def test_export_writes_a_new_file_only_and_never_the_database(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "ics", str(SAMPLES / "thunderbird.ics"),
               "--room", "KAWI").returncode == 0
    out = tmp_path / "kawi.ics"
    done = cli("export", "ics", "--room", "KAWI", "--from", "2027-01-01", "--to", "2027-02-28",
               "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "3 events written" in done.stdout
    events = Calendar.from_ical(out.read_bytes()).walk("VEVENT")
    assert sorted(str(e["summary"]) for e in events) == [
        "Intern cohort stand-up", "Intern cohort stand-up", "Intern cohort stand-up (moved)"]
    assert cli("export", "ics", "--out", str(out)).returncode == 2
    assert cli("export", "ics", "--out", str(out), "--force").returncode == 0
    assert cli("export", "ics", "--out", str(tmp_path / "r.db")).returncode == 2
    # The file it wrote imports back as what is already there.
    again = cli("import", "ics", str(out), "--json")
    assert {i["verdict"] for i in _json(again)["items"]} == {"unchanged"}  # type: ignore[union-attr]
    assert (out.stat().st_mode & 0o777) == 0o600
    shown = cli("export", "ics", "--booking", "1", "--out", "-")
    assert shown.stdout.startswith("BEGIN:VCALENDAR")


def test_an_event_moved_in_the_calendar_moves_its_booking(cli: Cli, tmp_path: Path) -> None:
    original = (SAMPLES / "google.ics").read_bytes()
    assert cli("import", "ics", str(SAMPLES / "google.ics"), "--room", "SEMERU").returncode == 0
    moved = tmp_path / "google-moved.ics"
    moved.write_bytes(original.replace(b"DTSTART:20270113T030000Z", b"DTSTART:20270113T050000Z")
                      .replace(b"DTEND:20270113T040000Z", b"DTEND:20270113T060000Z"))
    done = cli("import", "ics", str(moved), "--room", "SEMERU", "--json")
    assert done.returncode == 0, done.stdout
    verdicts = {i["title"]: i["verdict"] for i in _json(done)["items"]}  # type: ignore[union-attr]
    assert verdicts == {"Pitch rehearsal": "update", "Mentoring session": "unchanged"}
    assert ("SEMERU", "2027-01-13T12:00:00+07:00", "2027-01-13T13:00:00+07:00",
            "Pitch rehearsal") in _bookings(cli)
    assert len(_bookings(cli)) == 3


def test_an_organizer_exports_only_their_own(cli: Cli, tmp_path: Path) -> None:
    assert cli("import", "ics", str(SAMPLES / "tokyo.ics"), "--room", "KAWI").returncode == 0
    refused = cli("--as", "organizer", "export", "ics", "--booking", "1", "--out", "-")
    assert refused.returncode == 5 and "another organization" in refused.stderr
    mine = cli("--as", "organizer", "export", "ics", "--from", "2027-01-01", "--to",
               "2027-02-28", "--out", str(tmp_path / "mine.ics"), "--json")
    assert mine.returncode == 0, mine.stderr
    assert _json(mine)["events"] == 0
