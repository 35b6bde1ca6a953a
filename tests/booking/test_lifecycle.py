"""Move, resize, change, cancel, check in, release no-shows; every change audited once."""

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from booking.errors import BadInput, ConflictError, RuleRefused
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD = "frontdesk"


def audit_actions(services: Services, booking_id: int) -> list[str]:
    with read_session(services.engine) as session:
        return [e.action for e in session.exec(select(AuditEntry).where(
            AuditEntry.entity == "booking", AuditEntry.entity_id == booking_id).order_by(
            AuditEntry.id))]  # type: ignore[arg-type]


def test_every_use_case_returns_the_change_and_audits_it(services: Services,
                                                         clock: FakeClock) -> None:
    created = services.bookings.book(actor=FD, room="SEMERU", start=at(10), end=at(11),
                                     title="Client demo", organization="PT Telkom Indonesia",
                                     attendees=10)
    booking_id = created.booking.id
    assert created.action == "created" and created.room_ids == {created.booking.room_id}
    moved = services.bookings.move(actor=FD, booking_id=booking_id, room="ARJUNO",
                                   start=at(13), end=at(14))
    assert moved.action == "moved" and len(moved.room_ids) == 2
    assert moved.booking.room == "ARJUNO"
    with pytest.raises(RuleRefused, match="holds 8 people"):
        services.bookings.move(actor=FD, booking_id=booking_id, room="BROMO")
    services.bookings.change_details(actor=FD, booking_id=booking_id, attendees=8)
    resized = services.bookings.resize(actor=FD, booking_id=booking_id, end=at(14, 30))
    assert resized.action == "resized" and resized.booking.end == at(14, 30)
    changed = services.bookings.change_details(actor=FD, booking_id=booking_id,
                                               title="Client demo (final)", notes="Bring HDMI")
    assert changed.booking.title == "Client demo (final)"
    assert changed.before[0].title == "Client demo"
    clock.current = at(12, 45)
    checked = services.bookings.check_in(actor=FD, booking_id=booking_id)
    assert checked.booking.status == "checked_in"
    assert checked.booking.checked_in_at == at(12, 45)
    assert audit_actions(services, booking_id) == [
        "booking.created", "booking.moved", "booking.changed", "booking.resized",
        "booking.changed", "booking.checked_in"]


def test_audit_records_who_when_before_after_and_reason(services: Services,
                                                         clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title="Interview").booking.id
    services.bookings.cancel(actor="manager", booking_id=booking_id, reason="candidate ill")
    with read_session(services.engine) as session:
        entry = session.exec(select(AuditEntry).where(
            AuditEntry.action == "booking.cancelled")).one()
    assert entry.actor_name == "manager"
    assert entry.at == clock()
    assert entry.before is not None and entry.before["status"] == "confirmed"
    assert entry.after is not None and entry.after["status"] == "cancelled"
    assert entry.reason == "candidate ill"


def test_cancel_needs_a_reason_and_happens_once(services: Services) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title="x").booking.id
    with pytest.raises(BadInput, match="reason is empty"):
        services.bookings.cancel(actor=FD, booking_id=booking_id, reason="  ")
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="no longer needed")
    with pytest.raises(RuleRefused, match="already cancelled"):
        services.bookings.cancel(actor=FD, booking_id=booking_id, reason="again")


def test_check_in_window(services: Services, clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title="x").booking.id
    clock.current = at(9, 15)
    with pytest.raises(RuleRefused, match="opens 30 minutes before"):
        services.bookings.check_in(actor=FD, booking_id=booking_id)
    clock.current = at(9, 30)
    services.bookings.check_in(actor=FD, booking_id=booking_id)
    with pytest.raises(RuleRefused, match="already checked in"):
        services.bookings.check_in(actor=FD, booking_id=booking_id)


def test_no_show_in_a_meeting_room_is_released_on_the_next_read(services: Services,
                                                                 clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title="Interview").booking.id
    kept = services.bookings.book(actor=FD, room="P2.01", start=at(10), end=at(11),
                                  title="Production rooms have no grace").booking.id
    clock.current = at(10, 14)
    listed = services.list_bookings(start=at(0), end=at(23))
    assert {b.id: b.status for b in listed}[booking_id] == "confirmed"
    clock.current = at(10, 15)
    listed = services.list_bookings(start=at(0), end=at(23))
    statuses = {b.id: b.status for b in listed}
    assert statuses[booking_id] == "released"
    assert statuses[kept] == "confirmed"
    assert audit_actions(services, booking_id) == ["booking.created", "booking.released"]
    # The slot is free again for a walk-in.
    services.bookings.book(actor=FD, room="KAWI", start=at(10, 15), end=at(11), title="Walk-in")


def test_checked_in_booking_is_never_released(services: Services, clock: FakeClock) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title="x").booking.id
    clock.current = at(10, 5)
    services.bookings.check_in(actor=FD, booking_id=booking_id)
    clock.current = at(10, 50)
    assert services.bookings.release_no_shows().bookings == ()
    assert services.booking(booking_id).status == "checked_in"


def test_stale_version_is_a_conflict_not_an_overwrite(services: Services) -> None:
    booking = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                     title="x").booking
    services.bookings.change_details(actor=FD, booking_id=booking.id, title="changed elsewhere")
    with pytest.raises(ConflictError, match="changed by someone else"):
        services.bookings.move(actor=FD, booking_id=booking.id, start=at(12), end=at(13),
                               expected_version=booking.version)
    assert services.booking(booking.id).start == at(10)


@pytest.mark.parametrize("title", [
    "Rapat koordinasi 🚀 peluncuran",
    "اجتماع الفريق",  # right-to-left text
    "'); DROP TABLE booking; --",
    "Robert'); DELETE FROM audit_entry WHERE ('1'='1",
    "100% _wildcard_ %",
])
def test_odd_titles_are_stored_literally(services: Services, title: str) -> None:
    booking_id = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                        title=title).booking.id
    assert services.booking(booking_id).title == title


@pytest.mark.parametrize(("title", "message"), [
    ("", "title is empty"),
    ("x" * 201, "keep it under 200"),
    ("bell\x07", "control character"),
])
def test_bad_titles_are_refused_and_change_nothing(services: Services, title: str,
                                                   message: str) -> None:
    with pytest.raises(BadInput, match=message):
        services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11), title=title)
    assert services.list_bookings(start=at(0), end=at(23)) == []


@pytest.mark.parametrize("attendees", [-1, 10_001, True])
def test_absurd_attendees_are_bad_input(services: Services, attendees: int) -> None:
    with pytest.raises(BadInput):
        services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11), title="x",
                               attendees=attendees)


def test_naive_times_are_bad_input(services: Services) -> None:
    from datetime import datetime

    with pytest.raises(BadInput, match="no time zone"):
        services.bookings.book(actor=FD, room="KAWI", start=datetime(2026, 12, 7, 10),
                               end=datetime(2026, 12, 7, 11), title="x")


def test_unknown_booking_is_bad_input(services: Services) -> None:
    with pytest.raises(BadInput, match="no booking #999"):
        services.bookings.cancel(actor=FD, booking_id=999, reason="x")


def test_absurd_spans_are_refused_even_for_a_manager(services: Services) -> None:
    with pytest.raises(RuleRefused, match="at most"):
        services.bookings.book(actor=FD, room="P2.01", start=at(10), end=at(10, day=9),
                               title="x")
    with pytest.raises(BadInput, match="at most 7 days"):
        services.bookings.book(actor="manager", room="P2.01", start=at(10, day=2),
                               end=at(10, day=30), title="x", override_reason="long project")
    # Within the hard limit a manager may override the duration rule.
    change = services.bookings.book(actor="manager", room="P2.01", start=at(8, day=2),
                                    end=at(20, day=4), title="Hackathon",
                                    override_reason="48-hour hackathon")
    assert set(change.overridden) >= {"duration"}
