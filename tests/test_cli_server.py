"""The command line on a PostgreSQL server: an empty database is set up by `init` (again and
again), filled by `demo`, and every desk command works on it as on a file."""

import datetime as dt
import json

from booking.timeutil import BUILDING_TZ
from tests.helpers.backends import Backend
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

CLOCK = FakeClock(dt.datetime(2026, 12, 1, 8, 0, tzinfo=BUILDING_TZ))
DAY = open_day(2, on_or_after=dt.date(2026, 12, 14))


def test_an_empty_server_database_becomes_a_working_building(
        empty_server_database: Backend) -> None:
    db = empty_server_database.target.replace("postgresql+psycopg://", "postgresql://")

    def cli(*args: str) -> tuple[int, str, str]:
        done = run_cli("--db", db, *args, now=CLOCK)
        return done.returncode, done.stdout, done.stderr

    code, out, err = cli("init")
    assert (code, err) == (0, "") and "Created the database (schema" in out
    code, out, err = cli("--as", "admin", "init")
    assert (code, err) == (0, "") and "Schema is up to date" in out
    assert "nothing changed" in out
    code, out, err = cli("--as", "admin", "demo", "--bookings", "2000")
    assert (code, err) == (0, ""), err
    assert "2000 bookings" in out

    code, out, err = cli("book", "SEMERU", f"{DAY}T10:00", f"{DAY}T11:00", "--title",
                         "Client demo", "--attendees", "12", "--json")
    assert code == 0, err
    booking = json.loads(out)
    assert (booking["room"], booking["start"]) == ("SEMERU", f"{DAY}T10:00:00+07:00")
    code, _, err = cli("book", "SEMERU", f"{DAY}T10:30", f"{DAY}T11:30", "--title", "Clash")
    assert code == 3 and "already booked" in err and len(err.splitlines()) == 1

    code, out, err = cli("move", str(booking["id"]), "--start", f"{DAY}T14:00", "--json")
    assert code == 0, err
    assert json.loads(out)["end"] == f"{DAY}T15:00:00+07:00"
    code, out, _ = cli("bookings", "--from", str(DAY), "--to", str(DAY), "--room", "SEMERU",
                       "--json")
    assert [b["id"] for b in json.loads(out)] == [booking["id"]]
    code, out, _ = cli("free", f"{DAY}T14:00", f"{DAY}T15:00", "--capacity", "10", "--kind",
                       "meeting", "--json")
    assert code == 0 and "SEMERU" not in [r["room"] for r in json.loads(out)]

    code, _, err = cli("check-in", str(booking["id"]))
    assert code == 4 and "check-in opens" in err
    CLOCK.current = dt.datetime.fromisoformat(f"{DAY}T13:50:00+07:00")
    try:
        code, out, err = cli("check-in", str(booking["id"]), "--json")
        assert code == 0, err
        assert json.loads(out)["status"] == "checked_in"
    finally:
        CLOCK.current = dt.datetime(2026, 12, 1, 8, 0, tzinfo=BUILDING_TZ)
    code, out, err = cli("book", "KAWI", f"{DAY}T09:00", f"{DAY}T10:00", "--title",
                         "Called off", "--json")
    assert code == 0, err
    code, out, err = cli("cancel", str(json.loads(out)["id"]), "--reason", "postponed",
                         "--json")
    assert code == 0 and json.loads(out)["status"] == "cancelled", err

    code, out, err = cli("--as", "admin", "doctor")
    assert (code, err) == (0, "")
    assert out.startswith("The database is healthy (guards, span bounds, occupancy, overlaps, "
                          "audit trail checked).")
    code, out, err = cli("--as", "admin", "audit", "verify")
    assert (code, err) == (0, "") and "audit trail whole" in out
