"""Bringing a booking back meets the rules a new booking meets; a check-in can be taken back."""

import pytest

from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.services import Services
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock

FD = "frontdesk"


def cancelled(services: Services, room: str = "BROMO", hour: int = 10,
              attendees: int = 2) -> int:
    booking_id = services.bookings.book(actor=FD, room=room, start=at(hour), end=at(hour + 1),
                                       title="Client call", attendees=attendees).booking.id
    assert booking_id is not None
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="client postponed")
    return booking_id


def test_reinstate_into_a_closure_is_refused_and_a_manager_may_override(
        services: Services) -> None:
    booking_id = cancelled(services)
    services.terms.add_closure(actor="manager", name="Electrical maintenance", start=at(0),
                               end=at(0, day=8))
    with pytest.raises(RuleRefused, match="Electrical maintenance") as refused:
        services.bookings.reinstate(actor=FD, booking_id=booking_id)
    assert refused.value.rule == "closure"
    assert services.booking(booking_id).status == "cancelled"
    with pytest.raises(NotPermitted):
        services.bookings.reinstate(actor=FD, booking_id=booking_id, override_reason="VIP")
    with pytest.raises(BadInput):
        services.bookings.reinstate(actor="manager", booking_id=booking_id, override_reason=" ")
    change = services.bookings.reinstate(actor="manager", booking_id=booking_id,
                                         override_reason="the director's guests")
    assert change.overridden == ("closure",)
    assert services.booking(booking_id).status == "confirmed"


def test_reinstate_of_a_cancelled_booking_whose_start_has_passed_is_refused(
        services: Services, clock: FakeClock) -> None:
    booking_id = cancelled(services)
    clock.current = at(10, 30)
    with pytest.raises(RuleRefused, match="in the past") as refused:
        services.bookings.reinstate(actor=FD, booking_id=booking_id)
    assert refused.value.rule == "past"
    assert services.booking(booking_id).status == "cancelled"


def test_reinstate_into_a_closure_of_a_few_hours_is_refused(services: Services) -> None:
    booking_id = cancelled(services, hour=10)
    services.terms.add_closure(actor="manager", name="Fumigation", start=at(9),
                               end=at(12))
    with pytest.raises(RuleRefused, match="Fumigation"):
        services.bookings.reinstate(actor=FD, booking_id=booking_id)


def test_a_released_no_show_comes_back_checked_in_while_it_runs_but_not_once_it_ended(
        services: Services, clock: FakeClock) -> None:
    late = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                  title="Late guests").booking.id
    over = services.bookings.book(actor=FD, room="KAWI", start=at(9), end=at(10),
                                  title="Never came").booking.id
    assert late is not None and over is not None
    clock.current = at(10, 20)
    released = services.bookings.release_no_shows()
    assert {b.id for b in released.bookings} == {late, over}
    back = services.bookings.reinstate(actor=FD, booking_id=late).booking
    assert back.status == "checked_in" and back.checked_in_at == at(10, 20)
    assert services.bookings.release_no_shows().bookings == ()  # not taken again
    with pytest.raises(RuleRefused, match="past"):
        services.bookings.reinstate(actor=FD, booking_id=over)



def test_a_check_in_is_taken_back_to_the_status_it_had(services: Services,
                                                        clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                        title="Client call", tentative=True).booking.id
    assert booking_id is not None
    refusal = services.bookings.check_in_refusal(booking_id)
    assert refusal is not None and "opens 30 minutes before" in refusal.message
    clock.current = at(9, 45)
    assert services.bookings.check_in_refusal(booking_id) is None
    checked = services.bookings.check_in(actor=FD, booking_id=booking_id, expected_version=1)
    assert checked.booking.status == "checked_in" and checked.booking.version == 2
    with pytest.raises(ConflictError):
        services.bookings.undo_check_in(actor=FD, booking_id=booking_id, status="tentative",
                                        expected_version=1)
    undone = services.bookings.undo_check_in(actor=FD, booking_id=booking_id,
                                             status="tentative", expected_version=2)
    assert undone.booking.status == "tentative" and undone.booking.version == 3
    with pytest.raises(RuleRefused, match="not checked in"):
        services.bookings.undo_check_in(actor=FD, booking_id=booking_id)
    with pytest.raises(BadInput):
        services.bookings.undo_check_in(actor=FD, booking_id=booking_id, status="cancelled")


def test_reinstate_restores_the_status_it_is_given(services: Services,
                                                   clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                        title="Pencilled in", tentative=True).booking.id
    assert booking_id is not None
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="oops")
    with pytest.raises(BadInput):
        services.bookings.reinstate(actor=FD, booking_id=booking_id, status="released")
    back = services.bookings.reinstate(actor=FD, booking_id=booking_id, status="tentative")
    assert back.booking.status == "tentative"
    # Guests in the room, the booking cancelled by mistake: it comes back checked in although
    # it started before now, but not once it has ended.
    clock.current = at(9, 50)
    services.bookings.check_in(actor=FD, booking_id=booking_id)
    clock.current = at(10, 30)
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="wrong room")
    back = services.bookings.reinstate(actor=FD, booking_id=booking_id, status="checked_in")
    assert back.booking.status == "checked_in" and back.booking.checked_in_at == at(9, 50)
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="wrong room again")
    clock.current = at(11, 10)
    with pytest.raises(RuleRefused, match="past"):
        services.bookings.reinstate(actor=FD, booking_id=booking_id, status="checked_in")
