"""Room states and occupancy figures at a moment, checked against hand-computed numbers."""

from datetime import datetime

import pytest

from booking.errors import BadInput
from booking.occupancy import (
    Figures,
    RoomStatus,
    list_areas,
    occupancy_now,
    room_states,
)
from booking.services import Services
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock

FD = "frontdesk"


def book(services: Services, room: str, start: datetime, end: datetime, *, attendees: int = 0,
         organization: str | None = None, title: str = "Meeting") -> int:
    change = services.bookings.book(actor=FD, room=room, start=start, end=end, title=title,
                                    attendees=attendees, organization=organization)
    return change.booking.id


def ids(services: Services) -> dict[str, int]:
    return {r.code: r.id for r in services.rooms()}


@pytest.fixture
def busy_monday(services: Services, clock: FakeClock) -> Services:
    """Monday 7 Dec 2026 around 10:00, the figures below computed by hand from it."""
    book(services, "HALL", at(9), at(12), attendees=201, organization="PT Telkom Indonesia",
         title="Product launch")
    semeru = book(services, "SEMERU", at(9, 30), at(10, 30), attendees=12,
                  organization="Bank Mandiri")
    book(services, "BROMO", at(10, 15), at(11), attendees=5, organization="FPT Software")
    book(services, "KAWI", at(8), at(9), attendees=2)
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    book(services, "T2.01", at(10), at(12), attendees=25, organization="Intern Cohort 2026-A")
    services.terms.add_closure(actor="manager", name="Projector repair", room="B3.01",
                               start=at(9), end=at(12))
    book(services, "P3.12", at(9), at(10), attendees=20)
    book(services, "P3.01", at(10), at(11))  # no head count given
    clock.current = at(9, 35)
    services.bookings.check_in(actor=FD, booking_id=semeru)
    return services


def test_each_state_at_ten(busy_monday: Services) -> None:
    room = ids(busy_monday)
    states = room_states(busy_monday.engine, at(10))
    status = {code: states[room_id].status for code, room_id in room.items()}
    assert status["HALL"] == status["HALL-A"] == status["HALL-B"] == RoomStatus.BOOKED
    assert states[room["HALL-A"]].organization == "PT Telkom Indonesia"
    assert status["SEMERU"] == RoomStatus.IN_USE
    assert status["BROMO"] == RoomStatus.SOON  # starts at 10:15, exactly 15 minutes on
    assert states[room["BROMO"]].organization == "FPT Software"
    assert status["KAWI"] == RoomStatus.FREE  # its booking ended at 09:00
    assert status["P2.01"] == RoomStatus.ASSIGNED
    assert states[room["P2.01"]].team == "GovTech Singapore"
    assert states[room["P2.01"]].team_id is not None
    assert status["B3.01"] == RoomStatus.CLOSED
    assert (states[room["B3.01"]].closed_by, states[room["B3.01"]].reason) == (
        "closure", "Projector repair")
    assert status["P3.12"] == RoomStatus.FREE  # 09:00-10:00 is over at 10:00 (half-open)
    assert status["LOBBY"] == RoomStatus.NOT_BOOKABLE
    assert status["ARJUNO"] == RoomStatus.FREE


def test_current_and_next_booking(busy_monday: Services) -> None:
    room = ids(busy_monday)
    states = room_states(busy_monday.engine, at(8, 30))
    kawi = states[room["KAWI"]]
    assert kawi.current is not None and kawi.current.start == at(8)
    assert kawi.next is None
    semeru = states[room["SEMERU"]]
    assert semeru.current is None and semeru.next is not None
    assert semeru.next.start == at(9, 30)
    assert states[room["HALL-B"]].next is not None
    assert states[room["HALL-B"]].next.room == "HALL"  # the whole hall takes the half


def test_a_half_booked_shows_the_whole_hall_busy_and_counts_once(services: Services) -> None:
    room = ids(services)
    book(services, "HALL-A", at(13), at(15), attendees=100)
    states = room_states(services.engine, at(14))
    assert states[room["HALL-A"]].status == RoomStatus.BOOKED
    assert states[room["HALL"]].status == RoomStatus.BOOKED
    assert states[room["HALL-B"]].status == RoomStatus.FREE
    ground = occupancy_now(services.engine, at(14)).floors[0]
    assert ground.figures == Figures(rooms_in_use=1, rooms_bookable=9, seats_booked=100,
                                     seats=468)


def test_figures_match_the_hand_count(busy_monday: Services) -> None:
    report = occupancy_now(busy_monday.engine, at(10))
    # Lantai 1: the halves (whole-hall booking, 201 people shared 101 + 100) and Semeru (12).
    # Lantai 2: P2.01 assigned (its 22 seats) and the training room (25 attendees).
    # Lantai 3: P3.01 booked without a head count; B3.01 closed; P3.12 already ended.
    # Of them only Semeru's 12 guests have checked in.
    assert [(f.floor, f.figures) for f in report.floors] == [
        (1, Figures(3, 9, 213, 468, 1, 12)), (2, Figures(2, 9, 47, 121)),
        (3, Figures(1, 17, 0, 269))]
    assert report.building == Figures(6, 35, 260, 858, rooms_checked_in=1, seats_checked_in=12)


def test_json_shape(busy_monday: Services) -> None:
    data = occupancy_now(busy_monday.engine, at(10)).to_json()
    assert data["at"] == "2026-12-07T10:00:00+07:00"
    assert data["floors"][0] == {"floor": 1, "rooms_in_use": 3, "rooms_bookable": 9,
                                 "seats_booked": 213, "seats": 468, "rooms_checked_in": 1,
                                 "seats_checked_in": 12}
    assert data["building"] == {"rooms_in_use": 6, "rooms_bookable": 35, "seats_booked": 260,
                                "seats": 858, "rooms_checked_in": 1, "seats_checked_in": 12}


def test_checking_in_moves_a_room_from_booked_to_checked_in(services: Services,
                                                             clock: FakeClock) -> None:
    bromo = book(services, "BROMO", at(10), at(11), attendees=6)
    book(services, "KAWI", at(10), at(11), attendees=3)
    clock.current = at(10, 5)
    before = occupancy_now(services.engine, at(10, 5)).building
    assert (before.rooms_in_use, before.rooms_checked_in) == (2, 0)
    assert (before.seats_booked, before.seats_checked_in) == (9, 0)
    services.bookings.check_in(actor=FD, booking_id=bromo)
    after = occupancy_now(services.engine, at(10, 5)).building
    assert (after.rooms_in_use, after.rooms_checked_in) == (2, 1)
    assert (after.seats_booked, after.seats_checked_in) == (9, 6)


def test_the_team_booking_its_own_room_still_shows_assigned(services: Services) -> None:
    services.terms.assign_term(actor="manager", room="P3.05", organization="KBZ Bank",
                               start=at(0, day=1), end=at(0, day=31))
    book(services, "P3.05", at(9), at(17), attendees=18, organization="KBZ Bank")
    state = room_states(services.engine, at(11))[ids(services)["P3.05"]]
    assert (state.status, state.organization) == (RoomStatus.ASSIGNED, "KBZ Bank")
    assert state.current is not None and state.current.attendees == 18
    floor3 = occupancy_now(services.engine, at(11)).floors[2].figures
    assert (floor3.rooms_in_use, floor3.seats_booked) == (1, 18)


def test_closed_outside_hours_and_on_holidays(services: Services) -> None:
    room = ids(services)
    late = room_states(services.engine, at(21, 30))
    assert late[room["SEMERU"]].status == RoomStatus.CLOSED  # office hours end at 21:00
    assert late[room["SEMERU"]].closed_by == "hours"
    assert late[room["SEMERU"]].reason == "07:00–21:00"
    assert late[room["P2.02"]].status == RoomStatus.FREE  # production is open until 22:00
    christmas = room_states(services.engine, at(10, day=25))
    assert christmas[room["P2.02"]].status == RoomStatus.CLOSED
    assert christmas[room["P2.02"]].closed_by == "holiday"
    assert "Christmas Day" in christmas[room["P2.02"]].reason


def test_assigned_rooms_are_closed_at_night_and_not_counted(services: Services) -> None:
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    night = at(23)
    state = room_states(services.engine, night)[ids(services)["P2.01"]]
    assert state.status == RoomStatus.CLOSED and state.team == "GovTech Singapore"
    assert occupancy_now(services.engine, night).building.rooms_in_use == 0


def test_cancelled_bookings_leave_the_room_free(services: Services) -> None:
    booking_id = book(services, "ARJUNO", at(10), at(11))
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="client postponed")
    assert room_states(services.engine, at(10, 30))[ids(services)["ARJUNO"]].status == \
        RoomStatus.FREE


def test_a_naive_moment_is_refused(services: Services) -> None:
    with pytest.raises(BadInput):
        room_states(services.engine, datetime(2026, 12, 7, 10))


def test_areas_come_with_their_floor(services: Services) -> None:
    areas = list_areas(services.engine)
    by_code = {a.code: a for a in areas}
    assert by_code["L1-COR"].floor_level == 1 and by_code["L1-COR"].kind == "corridor"
    assert by_code["L3-PANTRY"].outline[0] == (30.0, 13.5)
    assert {a.floor_level for a in areas} == {1, 2, 3}
