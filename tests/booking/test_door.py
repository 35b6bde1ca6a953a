"""The door display's read model: walk-in spans in whole slots, free-until, check-in due."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import Engine

from booking.door import walk_in_span
from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

WIB = ZoneInfo("Asia/Jakarta")
DAY = open_day(0, on_or_after=date(2026, 12, 7))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(DAY.year, DAY.month, DAY.day, hour, minute, tzinfo=WIB)


def test_a_walk_in_starts_in_the_slot_just_begun_or_the_next() -> None:
    assert walk_in_span(at(10, 4), 30) == (at(10), at(10, 30))
    assert walk_in_span(at(10, 5), 15) == (at(10), at(10, 15))
    assert walk_in_span(at(10, 6), 60) == (at(10, 15), at(11, 15))
    assert walk_in_span(at(10, 0), 30) == (at(10), at(10, 30))


def test_free_until_the_next_booking_and_check_in_due(memory_engine: Engine) -> None:
    clock = FakeClock(at(9, 0))
    services = Services(memory_engine, now=clock)
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(10), end=at(11),
                           title="Workshop")
    state = services.door("Kawi")
    assert not state.busy and state.check_in is None
    assert state.free_until == at(9, 50)  # less the meeting room's changeover
    clock.current = at(9, 52)
    state = services.door("KAWI")
    # Inside the changeover: the room stays empty until the booking starts.
    assert state.free_until == at(10)
    assert state.check_in is not None and state.check_in.title == "Workshop"
    clock.current = at(10, 10)
    state = services.door("KAWI")
    assert state.busy and state.current is not None and state.upcoming == ()


def test_book_walk_in_goes_through_the_engine(memory_engine: Engine) -> None:
    services = Services(memory_engine, now=FakeClock(at(14, 3)))
    change = services.book_walk_in(room="KAWI", minutes=60, title="Walk-in (door)")
    assert (change.booking.start, change.booking.end) == (at(14), at(15))
    assert services.door("KAWI").busy
