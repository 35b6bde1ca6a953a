"""Each rule refuses with its own message, and a manager's override is recorded."""

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from booking.errors import BadInput, NotPermitted, RuleRefused
from booking.i18n import set_language
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD = "frontdesk"


def refused(services: Services, rule: str, **kwargs: object) -> RuleRefused:
    args: dict[str, object] = {"actor": FD, "room": "P2.01", "start": at(10), "end": at(11),
                               "title": "Planning"}
    args.update(kwargs)
    with pytest.raises(RuleRefused) as caught:
        services.bookings.book(**args)  # type: ignore[arg-type]
    assert caught.value.rule == rule, caught.value.message
    return caught.value


def test_whole_slots(services: Services) -> None:
    error = refused(services, "slot", start=at(10, 5), end=at(11, 5))
    assert "15-minute slots" in error.message


def test_minimum_and_maximum_duration(services: Services) -> None:
    assert "at least" in refused(services, "duration", room="HALL-A", start=at(10),
                                 end=at(10, 30)).message
    assert "at most 4 h" in refused(services, "duration", room="F2.01", start=at(9),
                                    end=at(14)).message


def test_opening_hours(services: Services) -> None:
    error = refused(services, "hours", start=at(5), end=at(6, 30))
    assert "07:00–22:00" in error.message and "Monday" in error.message
    assert "closed on Sundays" in refused(services, "hours", start=at(10, day=6),
                                          end=at(11, day=6)).message


def test_public_holiday_is_closed_with_its_name(services: Services) -> None:
    # 25 December 2026 (Friday): Hari Raya Natal, named in the language shown.
    error = refused(services, "holiday", start=at(10, day=25), end=at(11, day=25))
    assert "Christmas Day" in error.message
    set_language("id")
    assert "Hari Raya Natal" in refused(services, "holiday", start=at(10, day=25),
                                        end=at(11, day=25)).message


def test_collective_leave_day_is_closed(services: Services) -> None:
    # Cuti bersama after Christmas 2026 is 24 December (government category).
    error = refused(services, "holiday", start=at(10, day=24), end=at(11, day=24))
    assert "public holiday" in error.message


def test_past_and_advance_window(services: Services, clock: FakeClock) -> None:
    clock.current = at(12)
    assert "in the past" in refused(services, "past", start=at(10), end=at(11)).message
    far = datetime(2027, 7, 5, 10, tzinfo=WIB)
    assert "180 days" in refused(services, "advance", start=far,
                                 end=far + timedelta(hours=1)).message


def test_small_grace_for_a_walk_in_booking_just_started(services: Services,
                                                        clock: FakeClock) -> None:
    clock.current = at(10, 3)
    services.bookings.book(actor=FD, room="P2.01", start=at(10), end=at(11), title="Walk-in")


def test_capacity_and_layout_capacity(services: Services) -> None:
    assert "holds 8 people" in refused(services, "capacity", room="BROMO", attendees=9).message
    error = refused(services, "capacity", room="HALL", start=at(10), end=at(12),
                    layout="classroom", attendees=151)
    assert "150" in error.message and "classroom" in error.message
    assert "no 'disco' layout" in refused(services, "layout", room="HALL", start=at(10),
                                          end=at(12), layout="disco").message
    services.bookings.book(actor=FD, room="HALL", start=at(10), end=at(12), title="Launch",
                           layout="theatre", attendees=300)


def test_not_bookable_room(services: Services) -> None:
    refused(services, "not_bookable", room="LOBBY")


def test_unknown_room_is_bad_input(services: Services) -> None:
    with pytest.raises(BadInput, match="no room 'Mahameru'"):
        services.bookings.book(actor=FD, room="Mahameru", start=at(10), end=at(11), title="x")


def test_building_closure(services: Services) -> None:
    services.terms.add_closure(actor="manager", name="Electrical maintenance", start=at(0),
                               end=at(0, day=8))
    error = refused(services, "closure")
    assert "Electrical maintenance" in error.message


def test_closure_is_for_managers_only(services: Services) -> None:
    with pytest.raises(NotPermitted):
        services.terms.add_closure(actor=FD, name="x", start=at(0), end=at(0, day=8))


def test_term_assignment_refuses_other_teams(services: Services) -> None:
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    error = refused(services, "term", organization="PT Telkom Indonesia")
    assert "GovTech Singapore" in error.message
    services.bookings.book(actor=FD, room="P2.01", start=at(10), end=at(11),
                           title="Sprint planning", organization="govtech singapore")


def test_manager_override_is_audited_with_the_reason(services: Services) -> None:
    change = services.bookings.book(actor="manager", room="P2.01", start=at(5), end=at(6),
                                    title="Early deploy", override_reason="Go-live support")
    assert change.overridden == ("hours",)
    with read_session(services.engine) as session:
        entry = session.exec(select(AuditEntry).where(
            AuditEntry.entity_id == change.booking.id,
            AuditEntry.action == "booking.created")).one()
    assert entry.reason == "override of hours: Go-live support"
    assert entry.actor_name == "manager"


def test_front_desk_cannot_override(services: Services) -> None:
    with pytest.raises(NotPermitted, match="frontdesk may not override a booking rule"):
        services.bookings.book(actor=FD, room="P2.01", start=at(5), end=at(6), title="x",
                               override_reason="please")


def test_override_never_lifts_a_conflict(services: Services) -> None:
    from booking.errors import ConflictError

    services.bookings.book(actor=FD, room="P2.01", start=at(10), end=at(11), title="First")
    with pytest.raises(ConflictError):
        services.bookings.book(actor="manager", room="P2.01", start=at(10), end=at(11),
                               title="Second", override_reason="VIP")


def test_unknown_account_is_not_permitted(services: Services) -> None:
    with pytest.raises(NotPermitted, match="no account 'mallory'"):
        services.bookings.book(actor="mallory", room="P2.01", start=at(10), end=at(11),
                               title="x")


@pytest.mark.parametrize(("rule", "kwargs"), [
    ("slot", {"start": at(10, 5), "end": at(11, 5)}),
    ("duration", {"room": "F2.01", "start": at(9), "end": at(14)}),
    ("hours", {"start": at(5), "end": at(6)}),
    ("holiday", {"start": at(10, day=25), "end": at(11, day=25)}),
    ("capacity", {"room": "BROMO", "attendees": 9}),
    ("closure", {}),
    ("term", {"organization": "Bank Mandiri"}),
])
def test_each_rule_can_be_overridden_by_a_manager_and_is_audited(
        services: Services, rule: str, kwargs: dict[str, object]) -> None:
    if rule == "closure":
        services.terms.add_closure(actor="manager", name="Fumigation", start=at(0),
                                   end=at(0, day=8))
    if rule == "term":
        services.terms.assign_term(actor="manager", room="P2.01", organization="FPT Software",
                                   start=at(0, day=1), end=at(0, day=20))
    args: dict[str, object] = {"room": "P2.01", "start": at(10), "end": at(11),
                               "title": "Override"}
    args.update(kwargs)
    refused(services, rule, **args)
    change = services.bookings.book(actor="manager", override_reason=f"approved: {rule}",
                                    **args)  # type: ignore[arg-type]
    assert rule in change.overridden
    with read_session(services.engine) as session:
        entry = session.exec(select(AuditEntry).where(
            AuditEntry.entity_id == change.booking.id,
            AuditEntry.action == "booking.created")).one()
    assert rule in entry.reason and f"approved: {rule}" in entry.reason
