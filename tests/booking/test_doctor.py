"""`doctor` checks the database itself and names what is wrong; opening puts missing guards back.

Damage is done through the sqlite3 module on the file, as a person with a SQL shell would:
first the guards that would refuse it are dropped.
"""

import json
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import Engine

from booking.services import Services, open_services
from booking.store.integrity import expected_guards
from tests.booking.conftest import at
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock


@pytest.fixture
def booked(file_engine: Engine, clock: FakeClock) -> dict[str, int]:
    services = Services(file_engine, now=clock)
    made = {room: services.bookings.book(actor="frontdesk", room=room, start=at(10),
                                         end=at(11), title=room).booking.id
            for room in ("BROMO", "KAWI")}
    file_engine.dispose()
    return made


@pytest.fixture
def shell(db_file: Path, booked: dict[str, int]) -> Iterator[sqlite3.Connection]:  # noqa: ARG001
    connection = sqlite3.connect(db_file, isolation_level=None)
    yield connection
    connection.close()


def doctor(db_file: Path, clock: FakeClock, *args: str) -> tuple[int, str, str]:
    done = run_cli("--db", str(db_file), "doctor", *args, now=clock)
    return done.returncode, done.stdout, done.stderr


def triggers(shell: sqlite3.Connection) -> set[str]:
    return {n for (n,) in shell.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}


def test_a_healthy_database(db_file: Path, booked: dict[str, int], clock: FakeClock) -> None:
    assert booked
    code, out, err = doctor(db_file, clock)
    assert (code, err) == (0, "")
    assert out.startswith("The database is healthy (integrity, foreign keys, guards, span "
                          "bounds, occupancy, overlaps, WAL, audit trail checked).\n")
    assert "WAL: journal mode wal" in out
    code, out, _ = doctor(db_file, clock, "--json")
    report = json.loads(out)
    assert code == 0 and report["ok"] is True and report["findings"] == []
    assert {"integrity", "foreign_keys", "guards", "occupancy", "wal",
            "audit"} <= set(report["checks"])


def test_every_guard_is_known(shell: sqlite3.Connection) -> None:
    assert set(expected_guards()) - {"room_space"} == triggers(shell)


def test_a_dropped_trigger_is_named_and_put_back(shell: sqlite3.Connection, db_file: Path,
                                                 clock: FakeClock) -> None:
    shell.execute("DROP TRIGGER occupancy_no_overlap_insert")
    code, out, err = doctor(db_file, clock)
    assert code == 1
    assert out.splitlines()[0] == ("guards: missing trigger occupancy_no_overlap_insert: Ruang "
                                   "created it again when it opened the database")
    assert err == "error: the database has 1 problem, listed on standard output\n"
    assert "occupancy_no_overlap_insert" in triggers(shell)
    assert doctor(db_file, clock)[0] == 0


def test_other_commands_say_when_they_put_a_guard_back(shell: sqlite3.Connection,
                                                       db_file: Path, clock: FakeClock) -> None:
    shell.execute("DROP TRIGGER booking_event_hold_update")
    shell.execute("DROP VIEW room_space")
    done = run_cli("--db", str(db_file), "rooms", now=clock)
    assert done.returncode == 0
    assert done.stderr.count("\n") == 1 and done.stderr.startswith("warning: ")
    assert "view room_space" in done.stderr and "booking_event_hold_update" in done.stderr
    assert "booking_event_hold_update" in triggers(shell)


def test_a_trigger_changed_behind_its_name_is_put_back(shell: sqlite3.Connection,
                                                       db_file: Path, clock: FakeClock) -> None:
    shell.execute("DROP TRIGGER occupancy_kept_while_booked")
    shell.execute("CREATE TRIGGER occupancy_kept_while_booked BEFORE DELETE ON occupancy "
                  "BEGIN SELECT 1; END")
    code, out, _ = doctor(db_file, clock, "--json")
    assert code == 1
    assert json.loads(out)["findings"] == [{
        "check": "guards", "message": "changed trigger occupancy_kept_while_booked: Ruang "
                                      "created it again when it opened the database"}]
    with pytest.raises(sqlite3.IntegrityError, match="ruang-occupancy"):
        shell.execute("DELETE FROM occupancy")


def test_missing_and_stray_occupancy_rows_are_named(shell: sqlite3.Connection, db_file: Path,
                                                    booked: dict[str, int],
                                                    clock: FakeClock) -> None:
    for name in ("occupancy_kept_while_booked", "occupancy_from_bookings_only"):
        shell.execute(f"DROP TRIGGER {name}")
    shell.execute("DELETE FROM occupancy WHERE booking_id = ?", (booked["BROMO"],))
    shell.execute("INSERT INTO occupancy (booking_id, space_id, start_at, end_at) "
                  "SELECT booking_id, space_id, start_at + 86400, end_at + 86400 FROM occupancy "
                  "WHERE booking_id = ?", (booked["KAWI"],))
    code, out, _ = doctor(db_file, clock)
    assert code == 1
    lines = out.splitlines()
    assert f"occupancy: occupancy rows that no active booking takes, of booking " \
           f"#{booked['KAWI']}" in lines
    assert f"occupancy: booking #{booked['BROMO']} lacks its occupancy rows, so nothing " \
           "stops another booking of the room then" in lines


def test_an_overlap_let_in_without_the_guards_is_named(shell: sqlite3.Connection,
                                                       db_file: Path, booked: dict[str, int],
                                                       clock: FakeClock) -> None:
    services = Services.open(db_file, now=clock)  # open before the damage, as a window is
    shell.execute("DROP TRIGGER occupancy_no_overlap_insert")
    cursor = shell.execute(
        "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
        "contact_name, contact_phone, notes, created_at, updated_at, version, "
        "buffer_before_min, buffer_after_min, cancel_reason, detached) SELECT room_id, "
        "start_at + 1800, end_at + 1800, 'sneaked in', 'confirmed', 0, '', '', '', 0, 0, 1, "
        "0, 0, '', 0 FROM booking WHERE id = ?", (booked["BROMO"],))
    shell.execute("DROP TRIGGER span_bound_never_shrinks")
    shell.execute("UPDATE span_bound SET seconds = 0")
    found = {(f.check, f.message) for f in services.doctor().findings}
    services.close()
    assert found == {
        ("guards", "trigger occupancy_no_overlap_insert is missing: the database no longer "
                   "enforces it (open the database with Ruang to create it again)"),
        ("guards", "trigger span_bound_never_shrinks is missing: the database no longer "
                   "enforces it (open the database with Ruang to create it again)"),
        ("span_bound", "the span bound of occupancy is 0 s but a row spans 4200 s: the "
                       "overlap search looks back too little"),
        ("span_bound", "the span bound of booking is 0 s but a row spans 3600 s: the "
                       "overlap search looks back too little"),
        ("overlap", f"bookings #{booked['BROMO']} and #{cursor.lastrowid} both hold BROMO "
                    "Mon 07 Dec 2026 10:30–11:10 (changeover included)")}
    # Opening again puts the guards and the span bounds back; the overlap stays named.
    code, out, _ = doctor(db_file, clock)
    assert code == 1 and "span bound" not in out and "both hold BROMO" in out
    assert shell.execute("SELECT seconds FROM span_bound WHERE name = 'occupancy'").fetchone() \
        == (4200,)


def test_a_broken_foreign_key_is_named(shell: sqlite3.Connection, db_file: Path,
                                       clock: FakeClock) -> None:
    shell.execute("INSERT INTO room_amenity (room_id, amenity) VALUES (9999, 'jacuzzi')")
    code, out, _ = doctor(db_file, clock)
    assert code == 1
    assert "foreign keys: 1 rows of room_amenity point at room rows that are not there" in out


def test_services_doctor_on_a_memory_database(services: Services) -> None:
    health = services.doctor()
    assert health.ok and health.notes[0] == "WAL: not used (the database lives in memory)"
    assert health.notes[1].startswith("audit trail: ") and "chain whole" in health.notes[1]


def test_opening_reports_what_it_put_back(db_file: Path, booked: dict[str, int],
                                          clock: FakeClock) -> None:
    assert booked
    with sqlite3.connect(db_file) as shell:
        shell.execute("DROP TRIGGER audit_entry_no_update")
    with open_services(db_file, now=clock) as services:
        assert services.restored == ("missing trigger audit_entry_no_update",)
        assert "audit_entry_no_update" in (services.restored_notice or "")
        assert [f.check for f in services.doctor().findings] == ["guards"]
    with open_services(db_file, now=clock) as services:
        assert services.restored == () and services.doctor().ok
