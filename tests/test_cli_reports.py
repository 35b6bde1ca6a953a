"""`report …` on the command line: JSON rows with the minutes behind each ratio, aligned
tables, --to including its day, managers only, and Bahasa Indonesia."""

import json
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine

from booking.services import Services
from tests.booking.conftest import WIB, at
from tests.booking.test_reports import put
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock

NOW = FakeClock(datetime(2026, 12, 10, 8, tzinfo=WIB))
OFFICE_MONDAY = 14 * 60


@pytest.fixture
def history(file_engine: Engine, db_file: Path) -> Path:
    """Monday 7 December 2026: SEMERU used 09:00-11:00 (checked in 09:00-10:00), the whole
    hall 09:00-12:00 for an event in theatre layout, one no-show in BROMO."""
    put(file_engine, "SEMERU", at(9), at(10), status="checked_in", checked_in=True)
    put(file_engine, "SEMERU", at(10), at(11), buffers=(0, 10))
    put(file_engine, "HALL", at(9), at(12), attendees=150, layout="theatre",
        buffers=(60, 60), title="Product launch")
    put(file_engine, "BROMO", at(13), at(14), status="released", updated_at=at(13, 15))
    Services(file_engine, now=NOW).terms.assign_term(
        actor="manager", room="P2.01", organization="GovTech Singapore", start=at(0, day=1),
        end=at(0, day=31))
    file_engine.dispose()
    return db_file


def report(db: Path, *argv: str, who: str = "manager") -> tuple[int, str, str]:
    done = run_cli("--db", str(db), "--as", who, "report", *argv, now=NOW)
    return done.returncode, done.stdout, done.stderr


def test_utilisation_json_rows_carry_the_minutes_behind_the_ratio(history: Path) -> None:
    code, out, err = report(history, "utilisation", "--from", "2026-12-07", "--to",
                            "2026-12-07", "--json")
    assert (code, err) == (0, "")
    rows = {row["key"]: row for row in json.loads(out)}
    semeru = rows["SEMERU"]
    assert {k: semeru[k] for k in ("booked_minutes", "checked_in_minutes", "open_minutes")} \
        == {"booked_minutes": 120, "checked_in_minutes": 60, "open_minutes": OFFICE_MONDAY}
    assert semeru["utilisation"] == round(120 / OFFICE_MONDAY, 4)
    assert rows["HALL-A"]["booked_minutes"] == rows["HALL-B"]["booked_minutes"] == 180
    assert rows["BROMO"]["booked_minutes"] == 15


def test_to_includes_its_day(history: Path) -> None:
    _, one, _ = report(history, "utilisation", "--from", "2026-12-07", "--to", "2026-12-07",
                       "--by", "building", "--json")
    _, two, _ = report(history, "utilisation", "--from", "2026-12-06", "--to", "2026-12-08",
                       "--by", "building", "--json")
    (day,), (days,) = json.loads(one), json.loads(two)
    assert day["booked_minutes"] == days["booked_minutes"] == 120 + 2 * 180 + 15
    assert days["open_minutes"] > day["open_minutes"]


def test_by_floor_and_kind(history: Path) -> None:
    _, out, _ = report(history, "utilisation", "--from", "2026-12-07", "--to", "2026-12-07",
                       "--by", "kind", "--json")
    kinds = {row["key"]: row for row in json.loads(out)}
    assert kinds["hall"]["booked_minutes"] == 360
    _, out, _ = report(history, "utilisation", "--from", "2026-12-07", "--to", "2026-12-07",
                       "--by", "floor", "--json")
    assert [row["key"] for row in json.loads(out)] == ["1", "2", "3"]


def test_the_table_is_aligned(history: Path) -> None:
    code, out, _ = report(history, "utilisation", "--from", "2026-12-07", "--to",
                          "2026-12-07", "--by", "kind")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].startswith("GROUP") and "BOOKED MIN" in lines[0]
    assert len({len(line) for line in lines if line.split()[-1][-1:].isdigit()}) == 1
    assert lines[-1].startswith("Building")


def test_peaks_no_shows_teams_hall(history: Path) -> None:
    _, out, _ = report(history, "peaks", "--from", "2026-12-07", "--to", "2026-12-13",
                       "--kind", "meeting", "--json")
    cells = {(c["weekday"], c["hour"]): c for c in json.loads(out)}
    assert cells[(0, 9)]["room_minutes"] == 60 and cells[(0, 13)]["room_minutes"] == 15
    assert cells[(0, 9)]["average_rooms"] == 1.0
    _, out, _ = report(history, "no-shows", "--from", "2026-12-07", "--to", "2026-12-07",
                       "--by", "room", "--json")
    bromo = {row["key"]: row for row in json.loads(out)}["BROMO"]
    assert (bromo["no_shows"], bromo["held"], bromo["no_show_rate"]) == (1, 1, 1.0)
    _, out, _ = report(history, "teams", "--from", "2026-12-07", "--to", "2026-12-07",
                       "--json")
    (team,) = json.loads(out)
    assert (team["key"], team["room"], team["assigned_minutes"]) == (
        "GovTech Singapore", "P2.01", 15 * 60)
    _, out, _ = report(history, "hall", "--from", "2026-12-07", "--to", "2026-12-07", "--json")
    (launch,) = json.loads(out)
    assert (launch["title"], launch["setup_minutes"], launch["fill"]) == (
        "Product launch", 60, 0.5)
    for which in ("peaks", "no-shows", "teams", "hall"):
        code, out, err = report(history, which, "--from", "2026-12-07", "--to", "2026-12-07")
        assert (code, err) == (0, "") and out


def test_front_desk_may_not_and_bad_periods_are_refused(history: Path) -> None:
    code, _, err = report(history, "utilisation", "--from", "2026-12-07", "--to", "2026-12-07",
                          who="frontdesk")
    assert code == 5 and err.startswith("error: frontdesk may not")
    code, _, err = report(history, "utilisation", "--from", "2026-12-08", "--to", "2026-12-07")
    assert code != 0 and err.startswith("error: the period is empty")
    code, _, err = report(history, "peaks", "--from", "2026-12-07", "--to", "2026-12-07",
                          "--kind", "kitchen")
    assert code != 0 and "kitchen" in err


def test_in_bahasa_indonesia(history: Path) -> None:
    code, out, _ = report(history, "utilisation", "--lang", "id", "--from", "2026-12-07",
                          "--to", "2026-12-07", "--by", "building")
    assert code == 0
    assert out.splitlines()[-1].startswith("Gedung")


def test_dates_relative_to_the_clock(history: Path) -> None:
    first = (NOW() - timedelta(days=3)).date().isoformat()
    code, out, _ = report(history, "utilisation", "--from", first, "--to", "yesterday",
                          "--by", "building", "--json")
    assert code == 0 and json.loads(out)[0]["booked_minutes"] == 120 + 2 * 180 + 15
