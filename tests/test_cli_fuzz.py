"""Any command line a person or a script could type gets a contract answer: exit 0, 2, 3, 4 or 5,
at most one line on stderr, no traceback, and nothing written when it is refused."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock

COMMANDS = ["book", "move", "cancel", "check-in", "bookings", "free", "rooms", "series",
            "event", "events", "occupancy-now", "equipment"]
TOKENS = ["KAWI", "SEMERU", "HALL", "HALL-A", "P2.01", "2026-12-08T10:00", "2026-12-08T11:00",
          "2026-12-08", "9999-12-31", "0001-01-01", "10:00", "0", "1", "7", "-1", "#1",
          "99999999999999999999", "²", "١٢", "", " ", "\n", "--title", "--json", "--repeat",
          "FREQ=WEEKLY;COUNT=2", "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30;COUNT=1", "--capacity",
          "--from", "--to", "--room", "--start", "--end", "--reason", "--attendees", "--layout",
          "theatre", "--kind", "meeting", "--amenity", "show", "cancel", "edit", "request",
          "approve", "--skip-conflicts", "--for", "<b>x</b>", "\udcff"]
argument = st.one_of(st.sampled_from(TOKENS), st.text(max_size=12),
                     st.integers(min_value=-10**30, max_value=10**30).map(str))
CLOCK = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=BUILDING_TZ))


def _footprint(db: Path) -> tuple[object, ...]:
    """What a write would change: rows and versions of everything the commands touch."""
    with sqlite3.connect(db) as connection:
        return tuple(connection.execute(sql).fetchone() for sql in (
            "SELECT count(*), total(version), total(status = 'cancelled') FROM booking",
            "SELECT count(*) FROM audit_entry", "SELECT count(*), total(version) FROM series",
            "SELECT count(*), total(version) FROM event", "SELECT count(*) FROM organization"))


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(command=st.sampled_from(COMMANDS), rest=st.lists(argument, max_size=6),
       json_first=st.booleans())
def test_every_command_line_gets_a_contract_answer(tmp_path: Path, initialised_template: Path,
                                                   command: str, rest: list[str],
                                                   json_first: bool) -> None:
    db = tmp_path / "fuzz.db"
    if not db.exists():
        shutil.copyfile(initialised_template, db)
        run_cli("--db", str(db), "rooms", now=CLOCK)  # the first open may load holidays
    before = _footprint(db)
    argv = ["--db", str(db), *(["--json"] if json_first else []), command, *rest]

    done = run_cli(*argv, now=CLOCK)

    assert done.returncode in (0, 2, 3, 4, 5), (argv, done.stderr)
    assert "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) <= 1, (argv, done.stderr)
    if done.returncode != 0:
        assert done.stderr.startswith("error: "), (argv, done.stderr)
        assert _footprint(db) == before, argv
