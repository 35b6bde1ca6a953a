"""Free rooms for a span (best fit first) and next free slots, honouring rules and buffers."""

from datetime import timedelta

import pytest
from sqlalchemy import Engine

from booking.errors import BadInput
from booking.services import Services
from tests.booking.conftest import at


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD = "frontdesk"


def test_free_rooms_best_fit_first_and_filters(services: Services) -> None:
    rooms = services.availability.free_rooms(start=at(10), end=at(11), capacity=7,
                                             kind="meeting")
    assert [r.code for r in rooms] == ["BROMO", "ARJUNO", "SEMERU"]
    capacities = [r.capacity for r in services.availability.free_rooms(
        start=at(10), end=at(11))]
    assert capacities == sorted(capacities)
    on_three = services.availability.free_rooms(start=at(10), end=at(11), floor=3)
    assert on_three and all(r.floor == 3 for r in on_three)
    with_vc = services.availability.free_rooms(start=at(10), end=at(11),
                                               amenities=["video_conference"])
    assert with_vc and all("video_conference" in r.amenities for r in with_vc)


def test_a_booked_room_is_not_free_and_its_buffer_counts(services: Services) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11), title="x")
    at_ten = [r.code for r in services.availability.free_rooms(start=at(10), end=at(11),
                                                               kind="meeting")]
    assert "BROMO" not in at_ten
    right_after = [r.code for r in services.availability.free_rooms(
        start=at(11), end=at(12), kind="meeting")]
    assert "BROMO" not in right_after  # the 10-minute changeover
    later = [r.code for r in services.availability.free_rooms(
        start=at(11, 15), end=at(12), kind="meeting")]
    assert "BROMO" in later


def test_half_and_whole_hall_in_free_search(services: Services) -> None:
    services.bookings.book(actor=FD, room="HALL-A", start=at(10), end=at(12), title="x")
    free = [r.code for r in services.availability.free_rooms(start=at(10), end=at(12),
                                                             kind="hall")]
    assert free == ["HALL-B"]


def test_rules_apply_to_free_search(services: Services) -> None:
    assert services.availability.free_rooms(start=at(5), end=at(6)) == []  # before opening
    assert services.availability.free_rooms(start=at(10, day=25), end=at(11, day=25)) == []


def test_every_room_offered_can_really_be_booked(services: Services) -> None:
    services.bookings.book(actor=FD, room="SEMERU", start=at(10), end=at(11), title="x")
    offered = services.availability.free_rooms(start=at(10), end=at(11), capacity=4)
    assert len(offered) > 20
    for room in offered:
        change = services.bookings.book(actor=FD, room=room.code, start=at(10), end=at(11),
                                        title="taken", attendees=4)
        services.bookings.cancel(actor=FD, booking_id=change.booking.id, reason="probe")


def test_next_free_slots_skip_bookings_buffers_and_closing(services: Services) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(9), end=at(10), title="a")
    services.bookings.book(actor=FD, room="BROMO", start=at(11), end=at(20), title="b")
    slots = services.availability.next_free_slots(room="BROMO", length=timedelta(hours=1),
                                                  after=at(9), count=3)
    assert slots[0] == (at(20, 15), at(21, 15)) or slots[0][0] >= at(20, 15)
    assert all(b >= a + timedelta(hours=1) for a, b in zip(
        [s[0] for s in slots], [s[0] for s in slots[1:]], strict=False))
    # The slot before 11:00 is only 45 minutes after the changeover: too short for an hour.
    assert (at(10, 15), at(11, 15)) not in slots
    for start, end in slots:
        services.bookings.book(actor=FD, room="BROMO", start=start, end=end, title="fits")


def test_next_free_slots_reject_odd_lengths(services: Services) -> None:
    with pytest.raises(BadInput):
        services.availability.next_free_slots(room="BROMO", length=timedelta(minutes=20))


def test_free_until_is_the_next_booking_that_day_less_the_changeover(
        services: Services) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(13), end=at(14), title="x")
    services.bookings.book(actor=FD, room="KAWI", start=at(9), end=at(10), title="y")
    until = {r.code: r.free_until for r in services.availability.free_rooms(
        start=at(11), end=at(12), kind="meeting")}
    assert until["BROMO"] == at(12, 50)
    # Nothing else booked before the day ends: free until the meeting rooms close (21:00).
    assert until["KAWI"] == at(21)  # its booking was earlier
    assert until["SEMERU"] == at(21)
    listed = services.availability.free_rooms(start=at(11), end=at(12), kind="meeting")
    assert {r["room"]: r["free_until"] for r in (f.to_json() for f in listed)}["BROMO"] == \
        "2026-12-07T12:50:00+07:00"


def test_a_room_open_to_midnight_is_free_to_the_days_end(services: Services) -> None:
    rules_room = next(r for r in services.rooms() if r.code == "HALL")
    assert rules_room.bookable
    until = {r.code: r.free_until for r in services.availability.free_rooms(
        start=at(11), end=at(12), kind="hall")}
    assert until["HALL"] == at(23)  # the events profile closes at 23:00
