"""`export csv` and `import csv`: a spreadsheet-friendly file, every bad cell named by row and
column, all or nothing, and a round trip into an empty database that gives the same bookings."""

import csv
import datetime as dt
import io
import json
import shutil
from collections.abc import Callable
from pathlib import Path
from subprocess import CompletedProcess

import pytest

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import cli_on_copy, run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

Cli = Callable[..., CompletedProcess[str]]
DAY = open_day(1, on_or_after=dt.date(2026, 12, 1))
HEADER = ("uid,id,room,room_name,start,end,date,start_time,end_time,title,organization,"
          "attendees,status,contact_name,contact_phone,notes,series_id")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(dt.datetime.combine(DAY - dt.timedelta(days=7), dt.time(8),
                                         tzinfo=BUILDING_TZ))


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path, clock: FakeClock) -> Cli:
    return cli_on_copy(initialised_template, tmp_path, clock)


def _ok(done: CompletedProcess[str]) -> CompletedProcess[str]:
    assert done.returncode == 0, done.stdout + done.stderr
    return done


def _book(cli: Cli) -> None:
    _ok(cli("book", "BROMO", f"{DAY}T09:00", f"{DAY}T10:00", "--title", "=HYPERLINK(\"x\")",
            "--for", "Tani Cerdas", "--attendees", "4", "--contact", "Sari",
            "--phone", "+62 812 555"))
    _ok(cli("book", "KAWI", f"{DAY}T13:00", f"{DAY}T14:30", "--title", "Rapat, \"besar\"",
            "--notes", "line one\nline two"))


def _bookings(cli: Cli) -> list[dict[str, object]]:
    rows: list[dict[str, object]] = json.loads(
        _ok(cli("bookings", "--from", str(DAY), "--to", str(DAY), "--json")).stdout)
    return rows


def _same(row: dict[str, object]) -> tuple[object, ...]:
    return tuple(row[k] for k in ("room", "start", "end", "title", "organization", "attendees",
                                  "status", "contact_name", "contact_phone", "notes"))


def test_export_writes_excel_friendly_csv_with_formulas_neutralised(cli: Cli,
                                                                    tmp_path: Path) -> None:
    _book(cli)
    out = tmp_path / "bookings.csv"
    done = _ok(cli("export", "csv", "--out", str(out), "--json"))
    assert json.loads(done.stdout) == {"file": str(out), "bookings": 2}
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode() + b"\r\n")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [r["room"] for r in rows] == ["BROMO", "KAWI"]
    assert rows[0]["title"] == "'=HYPERLINK(\"x\")"
    assert rows[0]["contact_phone"] == "'+62 812 555"
    assert rows[0]["start"] == f"{DAY}T09:00:00+07:00"
    assert (rows[0]["date"], rows[0]["start_time"], rows[0]["end_time"]) == (
        str(DAY), "09:00", "10:00")
    assert rows[0]["uid"].startswith("booking-") and rows[0]["uid"].endswith("@ruang")
    assert rows[1]["notes"] == "line one\nline two"
    assert rows[1]["title"] == "Rapat, \"besar\""


def test_export_filters_and_never_overwrites(cli: Cli, tmp_path: Path) -> None:
    _book(cli)
    out = tmp_path / "kawi.csv"
    _ok(cli("export", "csv", "--room", "KAWI", "--out", str(out)))
    assert out.read_bytes().count(b"\r\n") == 2
    again = cli("export", "csv", "--out", str(out))
    assert again.returncode == 2 and "already exists" in again.stderr
    _ok(cli("export", "csv", "--for", "tani cerdas", "--out", str(out), "--force"))
    assert "BROMO" in out.read_text(encoding="utf-8-sig")
    assert "KAWI" not in out.read_text(encoding="utf-8-sig")
    over_db = cli("export", "csv", "--out", str(tmp_path / "r.db"), "--force")
    assert over_db.returncode == 2 and "database" in over_db.stderr
    nobody = cli("export", "csv", "--for", "Nobody", "--out", str(tmp_path / "n.csv"))
    assert nobody.returncode == 2 and "Nobody" in nobody.stderr


def test_round_trip_into_an_empty_database_then_reimport_changes_nothing(
        cli: Cli, tmp_path: Path, clock: FakeClock) -> None:
    _book(cli)
    out = tmp_path / "out.csv"
    _ok(cli("export", "csv", "--out", str(out)))
    other = tmp_path / "other" / "empty.db"
    other.parent.mkdir()

    def cli2(*args: str) -> CompletedProcess[str]:
        return run_cli("--db", str(other), *args, now=clock)
    first = json.loads(_ok(cli2("import", "csv", str(out), "--json")).stdout)
    assert first["written"] and first["counts"]["free"] == 2
    assert [_same(r) for r in _bookings(cli2)] == [_same(r) for r in _bookings(cli)]
    again = json.loads(_ok(cli2("import", "csv", str(out), "--json")).stdout)
    assert again["counts"]["unchanged"] == 2 and again["counts"]["free"] == 0
    into_same = json.loads(_ok(cli("import", "csv", str(out), "--json")).stdout)
    assert into_same["counts"]["unchanged"] == 2


def _write(path: Path, text: str, *, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    return path


def test_a_spreadsheet_of_its_own_with_semicolons_imports_and_reimports(
        cli: Cli, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "old.csv",
                   "Room;Title;Date;Start time;End time;Attendees;Extra\n"
                   f"BROMO;<b>Kick-off</b>;{DAY:%d/%m/%Y};9:00;10:30;6;x\n"
                   f"KAWI;Review;{DAY};14:00;15:00;;\n")
    dry = _ok(cli("import", "csv", str(sheet), "--dry-run"))
    assert "Dry run" in dry.stdout and "column 'extra'" in dry.stderr
    assert _bookings(cli) == []
    _ok(cli("import", "csv", str(sheet)))
    rows = _bookings(cli)
    assert [(r["room"], r["title"], r["attendees"]) for r in rows] == [
        ("BROMO", "<b>Kick-off</b>", 6), ("KAWI", "Review", 0)]
    again = json.loads(_ok(cli("import", "csv", str(sheet), "--json")).stdout)
    assert again["counts"]["unchanged"] == 2


def test_bad_cells_are_named_by_row_and_column_and_nothing_is_written(
        cli: Cli, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "bad.csv",
                   "room,title,start,end,attendees\n"
                   f"BROMO,Fine,{DAY}T09:00,{DAY}T10:00,2\n"
                   f"BROMO,Bad date,2027-13-01 10:00,{DAY}T10:00,2\n"
                   f"KAWI,Many,{DAY}T09:00,{DAY}T10:00,1234567890123456789012345\n")
    done = cli("import", "csv", str(sheet))
    assert done.returncode == 2
    assert "row 3, column 'start': '2027-13-01 10:00' is not a date and time" in done.stdout
    assert "row 4, column 'attendees'" in done.stdout
    assert "1 more" in done.stderr
    assert _bookings(cli) == []


def test_a_conflict_stops_everything_unless_told_to_skip(cli: Cli, tmp_path: Path) -> None:
    sheet = _write(tmp_path / "clash.csv",
                   "room,title,start,end\n"
                   f"BROMO,One,{DAY}T09:00,{DAY}T10:00\n"
                   f"BROMO,Two,{DAY}T09:30,{DAY}T10:30\n")
    done = cli("import", "csv", str(sheet))
    assert done.returncode == 3 and _bookings(cli) == []
    _ok(cli("import", "csv", str(sheet), "--skip-conflicts"))
    assert [r["title"] for r in _bookings(cli)] == ["One"]


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"room,title,start,end\r\n", "only the header row"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    ("room,title,start,end\r\nBROMO,Caf\u00e9,x,y\r\n".encode("cp1252"), "not UTF-8"),
    (b"name,when\r\nx,y\r\n", "header row must name"),
])
def test_files_that_are_no_bookings_csv_are_refused_clearly(
        cli: Cli, tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "in.csv"
    path.write_bytes(content)
    done = cli("import", "csv", str(path))
    assert done.returncode == 2 and message in done.stderr, done.stderr


def test_the_database_itself_is_refused(cli: Cli, tmp_path: Path) -> None:
    done = cli("import", "csv", str(tmp_path / "r.db"))
    assert done.returncode == 2 and "database" in done.stderr
    copy = tmp_path / "copy.db"
    shutil.copyfile(tmp_path / "r.db", copy)
    done = cli("import", "csv", str(copy))
    assert done.returncode == 2 and "binary" in done.stderr
