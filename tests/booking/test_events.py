"""Hall events: layouts, setup and teardown, halves, equipment, and the request workflow."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


ORG = "organizer"


def request(services: Services, hall: str = "HALL", start: datetime | None = None,
            end: datetime | None = None, **kwargs: object) -> int:
    args: dict[str, object] = {"actor": ORG, "hall": hall, "start": start or at(10),
                               "end": end or at(14), "title": "Product launch",
                               "layout": "theatre", "attendees": 120}
    args.update(kwargs)
    return services.events.request(**args).event.id  # type: ignore[arg-type]


def audit(services: Services, event_id: int) -> list[str]:
    with read_session(services.engine) as session:
        return [e.action for e in session.exec(select(AuditEntry).where(
            AuditEntry.entity == "event", AuditEntry.entity_id == event_id).order_by(
            AuditEntry.id))]  # type: ignore[arg-type]


def test_layout_capacity_is_checked(services: Services) -> None:
    with pytest.raises(RuleRefused, match="seats 150 in the classroom layout"):
        request(services, layout="classroom", attendees=151)
    with pytest.raises(RuleRefused, match="no 'disco' layout"):
        request(services, layout="disco")
    with pytest.raises(BadInput, match="choose a layout"):
        request(services, layout="")
    event = services.events.get(request(services, layout="classroom", attendees=150))
    assert (event.layout, event.attendees, event.status) == ("classroom", 150, "requested")


def test_only_the_hall_takes_events(services: Services) -> None:
    with pytest.raises(BadInput, match="not the hall"):
        request(services, hall="SEMERU")


def test_setup_and_teardown_block_the_hall_against_neighbouring_events(
        services: Services) -> None:
    request(services, start=at(10), end=at(12), setup_min=120, teardown_min=90)
    event = services.events.list_events()[0]
    assert event.setup_start == at(8) and event.teardown_end == at(13, 30)
    # The next event's own setup (60 min) may not reach into this teardown.
    with pytest.raises(ConflictError):
        request(services, start=at(14), end=at(16), title="Seminar")
    request(services, start=at(14, 30), end=at(16), title="Seminar")
    with pytest.raises(ConflictError):
        request(services, start=at(6), end=at(7, 30), title="Breakfast talk")


def test_whole_and_half_conflict_both_ways(services: Services) -> None:
    request(services, hall="HALL-A", start=at(10), end=at(12))
    with pytest.raises(ConflictError, match="Hall A"):
        request(services, hall="HALL", start=at(10), end=at(12))
    request(services, hall="HALL-B", start=at(10), end=at(12), title="Workshop")
    request(services, hall="HALL", start=at(10, day=9), end=at(12, day=9), title="Town hall")
    for half in ("HALL-A", "HALL-B"):
        with pytest.raises(ConflictError):
            request(services, hall=half, start=at(10, day=9), end=at(11, day=9))


def test_equipment_shortage_across_overlapping_events(services: Services) -> None:
    first = request(services, hall="HALL-A", start=at(10), end=at(14),
                    equipment={"livestream_kit": 1, "microphone": 6})
    with pytest.raises(RuleRefused) as caught:
        request(services, hall="HALL-B", start=at(13), end=at(17), title="Panel",
                equipment={"livestream_kit": 1})
    message = caught.value.message
    assert "Livestream kit" in message and "Product launch" in message
    assert f"event #{first}" in message
    with pytest.raises(RuleRefused, match="Wireless microphone"):
        request(services, hall="HALL-B", start=at(13), end=at(17), title="Panel",
                equipment={"microphone": 3})
    request(services, hall="HALL-B", start=at(13), end=at(17), title="Panel",
            equipment={"microphone": 2})


def test_no_shortage_when_events_do_not_overlap(services: Services) -> None:
    request(services, hall="HALL-A", start=at(9), end=at(11),
            equipment={"livestream_kit": 1})
    # Hall A's teardown ends at 12:00; Hall B's setup starts at 12:00.
    request(services, hall="HALL-B", start=at(13), end=at(15), title="Later",
            equipment={"livestream_kit": 1})
    with pytest.raises(BadInput, match="no equipment 'jetpack'"):
        request(services, hall="HALL-B", start=at(9, day=9), end=at(10, day=9),
                equipment={"jetpack": 1})
    with pytest.raises(RuleRefused, match="only 1 × Stage riser exist"):
        request(services, hall="HALL", start=at(9, day=10), end=at(11, day=10),
                equipment={"stage": 2})


def test_request_then_approve(services: Services) -> None:
    event_id = request(services)
    event = services.events.get(event_id)
    assert event.status == "requested"
    assert all(d.status == "tentative" for d in event.days)
    with pytest.raises(NotPermitted):
        services.events.approve(actor=ORG, event_id=event_id)
    approved = services.events.approve(actor="manager", event_id=event_id).event
    assert approved.status == "approved" and approved.decided_by == "manager"
    assert all(d.status == "confirmed" for d in approved.days)
    assert audit(services, event_id) == ["event.requested", "event.approved"]
    with pytest.raises(RuleRefused, match="is approved"):
        services.events.decline(actor="manager", event_id=event_id, reason="late")


def test_request_then_decline_frees_the_slot(services: Services) -> None:
    event_id = request(services)
    with pytest.raises(BadInput, match="reason"):
        services.events.decline(actor="manager", event_id=event_id, reason=" ")
    declined = services.events.decline(actor="manager", event_id=event_id,
                                       reason="hall needed for an official visit").event
    assert declined.status == "declined"
    assert declined.decision_reason == "hall needed for an official visit"
    assert all(d.status == "declined" for d in declined.days)
    request(services, title="Official visit")  # the slot is free again
    assert audit(services, event_id) == ["event.requested", "event.declined"]


def test_undecided_request_expires_and_frees_the_slot(services: Services,
                                                      clock: FakeClock) -> None:
    event_id = request(services)
    clock.advance(days=2, hours=23)
    assert services.events.get(event_id).status == "requested"
    clock.advance(hours=1)
    expired = services.events.get(event_id)
    assert expired.status == "expired"
    assert all(d.status == "expired" for d in expired.days)
    # A plain booking can now take the hall.
    services.bookings.book(actor="frontdesk", room="HALL-A", start=at(10), end=at(12),
                           title="Walk-in briefing", layout="theatre", attendees=20)
    assert audit(services, event_id) == ["event.requested", "event.expired"]
    with read_session(services.engine) as session:
        entry = session.exec(select(AuditEntry).where(
            AuditEntry.action == "event.expired")).one()
    assert entry.actor_name == "system"


def test_expiry_happens_before_a_new_request_for_the_slot(services: Services,
                                                          clock: FakeClock) -> None:
    request(services)
    clock.advance(days=3, minutes=1)
    second = request(services, title="Second try")
    assert services.events.get(second).status == "requested"


def test_multi_day_event_across_the_nights(services: Services) -> None:
    event_id = request(services, start=at(9, day=8), end=at(17, day=10),
                       title="48-hour hackathon", layout="classroom", attendees=140)
    event = services.events.get(event_id)
    assert len(event.days) == 1
    assert (event.start, event.end) == (at(9, day=8), at(17, day=10))
    with pytest.raises(ConflictError):
        services.bookings.book(actor="frontdesk", room="HALL-B", start=at(2, day=9) +
                               timedelta(hours=8), end=at(12, day=9), title="x",
                               layout="theatre", attendees=10)
    with pytest.raises(RuleRefused, match="must end inside opening hours"):
        request(services, start=at(9, day=14), end=datetime(2026, 12, 16, 23, 30, tzinfo=WIB),
                title="Too late")


def test_multi_day_event_with_nightly_teardown(services: Services) -> None:
    event_id = request(services, start=at(9, day=8), end=at(17, day=10), nightly_teardown=True,
                       title="Intern bootcamp", layout="classroom", attendees=140)
    event = services.events.get(event_id)
    assert [(d.start, d.end) for d in event.days] == [
        (at(9, day=8), at(17, day=8)), (at(9, day=9), at(17, day=9)),
        (at(9, day=10), at(17, day=10))]
    # The hall is free in the evening between the days (after teardown).
    services.bookings.book(actor="frontdesk", room="HALL-A", start=at(19, day=8),
                           end=at(21, day=8), title="Evening meetup", layout="theatre",
                           attendees=40)


def test_withdraw_cancels_every_day(services: Services) -> None:
    event_id = request(services, start=at(9, day=8), end=at(17, day=9), nightly_teardown=True)
    withdrawn = services.events.withdraw(actor=ORG, event_id=event_id,
                                         reason="speaker cancelled").event
    assert withdrawn.status == "cancelled"
    assert all(d.status == "cancelled" for d in withdrawn.days)


def test_event_json_carries_the_contract_fields(services: Services) -> None:
    event = services.events.get(request(services, setup_min=90, teardown_min=45,
                                         equipment={"projector": 2}))
    data = event.to_json()
    for key in ("id", "title", "hall", "start", "end", "layout", "attendees", "setup",
                "teardown", "equipment", "status"):
        assert key in data
    assert data["setup"] == 90 and data["teardown"] == 45
    assert data["equipment"] == {"projector": 2}
    assert data["start"] == "2026-12-07T10:00:00+07:00"


def test_free_equipment_counts_overlapping_events(services: Services) -> None:
    request(services, hall="HALL-A", start=at(10), end=at(14),
            equipment={"microphone": 6, "livestream_kit": 1})
    free = services.events.free_equipment(hall="HALL-B", spans=[(at(13), at(15))],
                                          setup_min=60, teardown_min=60)
    assert free["microphone"] == 2 and free["livestream_kit"] == 0
    later = services.events.free_equipment(hall="HALL-B", spans=[(at(17), at(19))],
                                           setup_min=60, teardown_min=60)
    assert later["microphone"] == 8 and later["livestream_kit"] == 1


def test_validation_judges_a_multi_day_event_like_the_engine(services: Services) -> None:
    from booking.validation import check_booking

    problems = check_booking(services.engine, now=services.now(), room="HALL", start=at(9),
                             end=at(17, day=9), title="Hackathon", attendees=100,
                             layout="classroom", multi_day=True)
    assert problems == []
    late = check_booking(services.engine, now=services.now(), room="HALL", start=at(9),
                         end=datetime(2026, 12, 9, 23, 30, tzinfo=WIB), title="Hackathon",
                         attendees=100, layout="classroom", multi_day=True)
    assert [p.rule for p in late] == ["hours"]
    assert "must end inside opening hours" in late[0].message
