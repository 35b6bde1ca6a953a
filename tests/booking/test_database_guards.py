"""The database itself refuses every route to an overlap that plain SQL offers, on SQLite and
on PostgreSQL.

Each test writes through the driver, as a person with a SQL shell would (on SQLite with foreign
keys off, as the sqlite3 module leaves them), and checks two things: the route is refused, and
no booking can overlap another afterwards.
"""

import re
from collections.abc import Iterator

import psycopg
import pytest
from sqlalchemy import Engine

from booking.services import Services
from tests.booking.conftest import at
from tests.helpers.backends import OVERLAP_REFUSED, REFUSED, Backend, Shell
from tests.helpers.clock import FakeClock

# A guard's marker, a CHECK constraint, or PostgreSQL's exclusion constraint.
GUARD_REFUSED = re.compile(rf"ruang-|check constraint|{OVERLAP_REFUSED}", re.IGNORECASE)

# Occupancy rows that differ from what the active bookings imply (either way).
MISMATCH = """
SELECT count(*) FROM (
  SELECT booking_id, space_id, start_at, end_at FROM occupancy
  EXCEPT
  SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60,
         b.end_at + b.buffer_after_min * 60
  FROM booking b JOIN room_space s ON s.room_id = b.room_id
  WHERE b.status IN ('tentative', 'confirmed', 'checked_in')
) AS stray UNION ALL SELECT count(*) FROM (
  SELECT b.id, s.space_id, b.start_at - b.buffer_before_min * 60,
         b.end_at + b.buffer_after_min * 60
  FROM booking b JOIN room_space s ON s.room_id = b.room_id
  WHERE b.status IN ('tentative', 'confirmed', 'checked_in')
  EXCEPT
  SELECT booking_id, space_id, start_at, end_at FROM occupancy
) AS lacking"""


def epoch(hour: int, minute: int = 0) -> int:
    return int(at(hour, minute).timestamp())


def room_id(shell: Shell, code: str) -> int:
    return int(shell.execute("SELECT id FROM room WHERE code = ?", (code,)).fetchone()[0])


def insert_booking(shell: Shell, room: str, start: int, end: int, *, before: object = 0,
                   after: object = 0, status: str = "confirmed") -> int:
    return shell.insert(
        "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
        "contact_name, contact_phone, notes, created_at, updated_at, version, "
        "buffer_before_min, buffer_after_min, cancel_reason, detached) "
        "VALUES (?, ?, ?, 'sql', ?, 0, '', '', '', 0, 0, 1, ?, ?, '', FALSE)",
        (room_id(shell, room), start, end, status, before, after))


@pytest.fixture
def booked(backend_engine: Engine, clock: FakeClock) -> dict[str, int]:
    """Bromo 10:00–11:00 (+10 min changeover), Kawi 10:00–11:00, the whole hall 13:00–15:00
    and an event's hold of Hall A the next day, made through the services."""
    services = Services(backend_engine, now=clock)
    made = {room: services.bookings.book(actor="frontdesk", room=room, start=at(start),
                                         end=at(end), title=room).booking.id
            for room, start, end in (("BROMO", 10, 11), ("KAWI", 10, 11), ("HALL", 13, 15))}
    event = services.events.request(actor="organizer", hall="HALL-A", start=at(10, day=8),
                                    end=at(12, day=8), title="Launch", layout="theatre",
                                    attendees=100)
    made["event"] = event.event.id
    made["hold"] = event.event.days[0].id
    backend_engine.dispose()
    return made


@pytest.fixture
def shell(backend: Backend, booked: dict[str, int]) -> Iterator[Shell]:  # noqa: ARG001
    connection = backend.shell()
    yield connection
    connection.close()


def assert_no_overlap_possible(shell: Shell) -> None:
    """Occupancy is what the bookings imply, and overlapping Bromo's booking is refused."""
    assert [n for (n,) in shell.execute(MISMATCH)] == [0, 0]
    for start, end in ((epoch(10, 30), epoch(10, 45)), (epoch(9), epoch(12)),
                       (epoch(11, 5), epoch(12))):
        with pytest.raises(REFUSED, match=OVERLAP_REFUSED):
            insert_booking(shell, "BROMO", start, end)


ROUTES = {
    "insert a booking with a negative buffer": lambda s, _b: insert_booking(
        s, "BROMO", epoch(10, 30), epoch(11, 30), before=-59),
    "give a booking a negative buffer": lambda s, b: s.execute(
        "UPDATE booking SET buffer_before_min = -59 WHERE id = ?", (b["BROMO"],)),
    "give a booking a buffer of more than a day": lambda s, b: s.execute(
        "UPDATE booking SET buffer_after_min = 1441 WHERE id = ?", (b["BROMO"],)),
    "give a booking a fractional buffer": lambda s, b: s.execute(
        "UPDATE booking SET buffer_after_min = 0.5 WHERE id = ?", (b["BROMO"],)),
    "insert a booking that ends before it starts": lambda s, _b: insert_booking(
        s, "BROMO", epoch(12), epoch(11)),
    "insert a booking at a text instant": lambda s, _b: insert_booking(
        s, "BROMO", "2026-12-07 12:00", "2026-12-07 13:00"),
    "insert a booking in the year 3000": lambda s, _b: insert_booking(
        s, "BROMO", 32503680000, 32503683600),
    "move a booking before 1900": lambda s, b: s.execute(
        "UPDATE booking SET start_at = -2208988801 WHERE id = ?", (b["BROMO"],)),
    "delete a booking's occupancy": lambda s, b: s.execute(
        "DELETE FROM occupancy WHERE booking_id = ?", (b["BROMO"],)),
    "delete all occupancy": lambda s, _b: s.execute("DELETE FROM occupancy"),
    "shrink a booking's occupancy": lambda s, b: s.execute(
        "UPDATE occupancy SET end_at = start_at + 60 WHERE booking_id = ?", (b["BROMO"],)),
    "move a booking's occupancy to another room": lambda s, b: s.execute(
        "UPDATE occupancy SET space_id = space_id + 1 WHERE booking_id = ?", (b["BROMO"],)),
    "add occupancy no booking implies": lambda s, b: s.execute(
        "INSERT INTO occupancy (booking_id, space_id, start_at, end_at) VALUES (?, ?, ?, ?)",
        (b["BROMO"], room_id(s, "KAWI"), epoch(18), epoch(19))),
    "reset the overlap search's look-back": lambda s, _b: s.execute(
        "UPDATE span_bound SET seconds = 0"),
    "delete the overlap search's look-back": lambda s, _b: s.execute("DELETE FROM span_bound"),
    "make a booked room part of another booked then": lambda s, _b: s.execute(
        "UPDATE room SET parent_id = ? WHERE code = 'KAWI'", (room_id(s, "BROMO"),)),
    "make a room part of a part": lambda s, _b: s.execute(
        "UPDATE room SET parent_id = ? WHERE code = 'BROMO'", (room_id(s, "HALL-A"),)),
    "make a room with parts part of another": lambda s, _b: s.execute(
        "UPDATE room SET parent_id = ? WHERE code = 'HALL'", (room_id(s, "BROMO"),)),
    "cancel an event's hold on its own": lambda s, b: s.execute(
        "UPDATE booking SET status = 'cancelled' WHERE id = ?", (b["hold"],)),
    "move an event's hold on its own": lambda s, b: s.execute(
        "UPDATE booking SET start_at = start_at + 3600 WHERE id = ?", (b["hold"],)),
    "delete an event's hold": lambda s, b: s.execute(
        "DELETE FROM booking WHERE id = ?", (b["hold"],)),
    "take an event's hold away from it": lambda s, b: s.execute(
        "UPDATE booking SET event_id = NULL WHERE id = ?", (b["hold"],)),
}


# Routes PostgreSQL's column types close before any guard: an integer column holds no text,
# and rounds a fraction to a whole number of minutes (which then overlaps nothing).
TYPED_ON_THE_SERVER = {"insert a booking at a text instant": psycopg.DataError,
                       "give a booking a fractional buffer": None}


@pytest.mark.parametrize("route", sorted(ROUTES))
def test_the_database_refuses(shell: Shell, booked: dict[str, int], route: str) -> None:
    if shell.backend == "postgresql" and route in TYPED_ON_THE_SERVER:
        refusal = TYPED_ON_THE_SERVER[route]
        if refusal is None:
            ROUTES[route](shell, booked)
            # A whole minute of changeover now, which the occupancy follows.
            assert shell.execute("SELECT buffer_after_min FROM booking WHERE id = ?",
                                 (booked["BROMO"],)).fetchone()[0] == 1
            assert [n for (n,) in shell.execute(MISMATCH)] == [0, 0]
            with pytest.raises(REFUSED, match=OVERLAP_REFUSED):
                insert_booking(shell, "BROMO", epoch(10, 30), epoch(11))
            return
        else:
            with pytest.raises(refusal):
                ROUTES[route](shell, booked)
    else:
        with pytest.raises(REFUSED, match=GUARD_REFUSED):
            ROUTES[route](shell, booked)
    assert_no_overlap_possible(shell)


def test_foreign_keys_on_change_nothing(shell: Shell, booked: dict[str, int]) -> None:
    if shell.backend == "sqlite":
        shell.execute("PRAGMA foreign_keys = ON")  # always on on PostgreSQL
    for route in ("delete a booking's occupancy", "make a booked room part of another booked "
                  "then", "cancel an event's hold on its own"):
        with pytest.raises(REFUSED, match=GUARD_REFUSED):
            ROUTES[route](shell, booked)
    assert_no_overlap_possible(shell)


def test_a_renumbered_booking_keeps_its_room(shell: Shell, booked: dict[str, int]) -> None:
    shell.execute("UPDATE booking SET id = 999 WHERE id = ?", (booked["BROMO"],))
    shell.execute("DELETE FROM occupancy WHERE booking_id = ?", (booked["BROMO"],))
    with pytest.raises(REFUSED, match="ruang-occupancy"):
        shell.execute("DELETE FROM occupancy WHERE booking_id = 999")
    assert_no_overlap_possible(shell)


def test_a_deleted_booking_frees_its_slot(shell: Shell, booked: dict[str, int]) -> None:
    for pragma in ("OFF", "ON"):
        if shell.backend == "sqlite":
            shell.execute(f"PRAGMA foreign_keys = {pragma}")
        victim = booked["BROMO"] if pragma == "OFF" else booked["KAWI"]
        shell.execute("DELETE FROM booking WHERE id = ?", (victim,))
        assert shell.execute("SELECT count(*) FROM occupancy WHERE booking_id = ?",
                             (victim,)).fetchone() == (0,)
    assert [n for (n,) in shell.execute(MISMATCH)] == [0, 0]


def test_a_new_part_of_a_booked_room_is_taken_by_its_bookings(shell: Shell,
                                                               booked: dict[str, int]) -> None:
    bromo = room_id(shell, "BROMO")
    shell.execute(
        "INSERT INTO room (code, name, floor_id, kind, capacity, bookable, hours_profile, "
        "parent_id, outline, description, retired, position) SELECT 'BROMO-1', 'Bromo 1', "
        "floor_id, kind, 4, TRUE, hours_profile, id, '[]', '', FALSE, 99 FROM room WHERE id = ?",
        (bromo,))
    part = room_id(shell, "BROMO-1")
    assert shell.execute("SELECT space_id FROM occupancy WHERE booking_id = ?",
                         (booked["BROMO"],)).fetchall() == [(part,)]
    with pytest.raises(REFUSED, match=OVERLAP_REFUSED):
        insert_booking(shell, "BROMO-1", epoch(10, 30), epoch(10, 45))
    # Taking the part away again gives Bromo's booking Bromo itself back.
    shell.execute("DELETE FROM room WHERE id = ?", (part,))
    assert shell.execute("SELECT space_id FROM occupancy WHERE booking_id = ?",
                         (booked["BROMO"],)).fetchall() == [(bromo,)]
    assert_no_overlap_possible(shell)


def test_an_event_is_not_opened_again_without_its_hall(shell: Shell,
                                                        booked: dict[str, int]) -> None:
    shell.execute("UPDATE event SET status = 'declined' WHERE id = ?", (booked["event"],))
    shell.execute("UPDATE booking SET status = 'declined' WHERE id = ?", (booked["hold"],))
    with pytest.raises(REFUSED, match="ruang-event-hold"):
        shell.execute("UPDATE event SET status = 'approved' WHERE id = ?", (booked["event"],))
    with pytest.raises(REFUSED, match="ruang-event-hold"):
        shell.execute("UPDATE booking SET status = 'confirmed' WHERE id = ?", (booked["hold"],))
