"""An event's bookings hold the hall for it: they change only through the event."""

import pytest
from sqlalchemy import Engine

from booking.errors import ConflictError, RuleRefused
from booking.services import Services
from tests.booking.conftest import at
from tests.booking.test_events import request
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


HELD = "holds the hall for event"


def hold_of(services: Services, event_id: int, day: int = 0) -> int:
    return services.events.get(event_id).days[day].id


def test_cancelling_the_hold_directly_is_refused(services: Services) -> None:
    event_id = request(services)
    hold = hold_of(services, event_id)
    with pytest.raises(RuleRefused) as caught:
        services.bookings.cancel(actor="frontdesk", booking_id=hold, reason="tidy up")
    assert caught.value.message == (f"booking #{hold} holds the hall for event #{event_id}; "
                                    "withdraw or decline the event instead")
    assert services.booking(hold).status == "tentative"
    # The hall stays held: nobody can book it in the event's slot.
    with pytest.raises(ConflictError):
        services.bookings.book(actor="frontdesk", room="HALL-A", start=at(11), end=at(12),
                               title="Walk-in")


def test_an_approved_event_keeps_its_hall(services: Services) -> None:
    event_id = request(services)
    hold = hold_of(services, event_id)
    services.events.approve(actor="manager", event_id=event_id)
    with pytest.raises(RuleRefused, match=HELD):
        services.bookings.cancel(actor="manager", booking_id=hold, reason="room needed")
    assert services.booking(hold).status == "confirmed"


def test_moving_or_resizing_the_hold_directly_is_refused(services: Services) -> None:
    event_id = request(services, start=at(10, day=8), end=at(12, day=9), nightly_teardown=True)
    for day in (0, 1):
        hold = hold_of(services, event_id, day)
        with pytest.raises(RuleRefused, match=HELD):
            services.bookings.move(actor="frontdesk", booking_id=hold, room="HALL-B")
        with pytest.raises(RuleRefused, match=HELD):
            services.bookings.resize(actor="frontdesk", booking_id=hold, end=at(13, day=8 + day))
    assert [d.end for d in services.events.get(event_id).days] == [at(12, day=8),
                                                                    at(12, day=9)]


def test_the_booking_form_says_so_before_saving(services: Services) -> None:
    event_id = request(services)
    hold = services.events.get(event_id).days[0]
    problems = services.check_booking(room="HALL", start=at(11), end=at(15), title=hold.title,
                                      attendees=hold.attendees, layout=hold.layout,
                                      exclude_booking_id=hold.id)
    assert [(p.field, p.kind, p.message) for p in problems][:1] == [
        ("time", "rule", f"booking #{hold.id} holds the hall for event #{event_id}; withdraw "
                         "or decline the event instead")]


def test_a_declined_events_booking_does_not_come_back_on_its_own(services: Services) -> None:
    event_id = request(services)
    hold = hold_of(services, event_id)
    services.events.decline(actor="manager", event_id=event_id, reason="clash with a visit")
    with pytest.raises(RuleRefused, match=f"event #{event_id}"):
        services.bookings.reinstate(actor="frontdesk", booking_id=hold)
    assert services.booking(hold).status == "declined"


def test_an_undecided_hold_is_not_checked_in(services: Services, clock: FakeClock) -> None:
    event_id = request(services, start=at(10, day=2), end=at(12, day=2))
    hold = hold_of(services, event_id)
    clock.current = at(9, 45, day=2)
    with pytest.raises(RuleRefused, match="approved"):
        services.bookings.check_in(actor="frontdesk", booking_id=hold)
    services.events.approve(actor="manager", event_id=event_id)
    services.bookings.check_in(actor="frontdesk", booking_id=hold)
    assert services.booking(hold).status == "checked_in"


def test_approval_refuses_an_event_that_no_longer_holds_the_hall(services: Services) -> None:
    """A hold lost some other way (a database from before this check) is not approved."""
    from sqlalchemy import text

    from booking.store.db import write_session

    event_id = request(services)
    hold = hold_of(services, event_id)
    with write_session(services.engine) as session:
        on = "" if session.connection().dialect.name == "sqlite" else " ON booking"
        session.execute(text(f"DROP TRIGGER IF EXISTS booking_event_hold_update{on}"))
        session.execute(text("UPDATE booking SET status = 'cancelled' WHERE id = :id"),
                        {"id": hold})
    with pytest.raises(RuleRefused) as caught:
        services.events.approve(actor="manager", event_id=event_id)
    assert f"booking #{hold} is cancelled" in caught.value.message
    assert services.events.get(event_id).status == "requested"
    assert services.booking(hold).status == "cancelled"
