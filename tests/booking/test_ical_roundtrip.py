"""iCalendar out and back in: the same bookings in an empty database, and nothing twice."""

from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from booking.building.load import initialize
from booking.errors import BadInput
from booking.exchange.ical_in import import_ics
from booking.exchange.ical_out import Selection, booking_ics, calendar_of
from booking.exchange.incoming import Verdict
from booking.services import Services
from booking.store.db import make_engine
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock

FD = "frontdesk"


@pytest.fixture
def empty(tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    """Another building's database, freshly initialised (its own store id)."""
    engine = make_engine(tmp_path / "other.db")
    initialize(engine)
    yield Services(engine, now=clock)
    engine.dispose()


def _book_all(services: Services) -> int:
    services.bookings.book(actor=FD, room="SEMERU", start=at(9), end=at(10, 30),
                           title="Client call", organization="PT Telkom", attendees=5,
                           contact_name="Dewi", contact_phone="0812", notes="bring the demo")
    services.bookings.book(actor=FD, room="ARJUNO", start=at(13, day=8), end=at(15, day=8),
                           title="Planning", tentative=True)
    outcome = services.series.create(actor=FD, room="BROMO", start=at(9), end=at(10),
                                     rule="FREQ=WEEKLY;COUNT=5", title="Weekly sync",
                                     attendees=4)
    series_id = outcome.series_id or 0
    moved = services.series.occurrence(series_id, date(2026, 12, 14))
    services.bookings.move(actor=FD, booking_id=moved.id, start=at(11, day=14),
                           end=at(12, day=14))
    gone = services.series.occurrence(series_id, date(2026, 12, 28))
    services.bookings.cancel(actor=FD, booking_id=gone.id, reason="client away")
    return series_id


def _shape(services: Services) -> list[tuple[str, str, str, str, str]]:
    found = services.list_bookings(start=at(0), end=at(0) + timedelta(days=60))
    return sorted((b.room, b.start.isoformat(), b.end.isoformat(), b.title, b.status)
                  for b in found if b.active)


def _everything(services: Services) -> bytes:
    data, _count = calendar_of(services, Selection(start=at(0), end=at(0, day=31, month=1)
                                                   + timedelta(days=365)))
    return data


def test_a_series_is_one_event_with_its_exceptions(services: Services) -> None:
    _book_all(services)
    calendar = Calendar.from_ical(_everything(services))
    assert calendar["method"] == "PUBLISH" and calendar["x-wr-timezone"] == "Asia/Jakarta"
    assert [c["tzid"] for c in calendar.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    events = calendar.walk("VEVENT")
    weekly = [e for e in events if str(e["summary"]) == "Weekly sync"]
    master = next(e for e in weekly if "rrule" in e)
    assert master["dtstart"].params["TZID"] == "Asia/Jakarta"
    assert master["rrule"].to_ical() == b"FREQ=WEEKLY;COUNT=5"
    assert [d.dt for d in master["exdate"].dts] == [at(9, day=28)]
    override = next(e for e in weekly if "recurrence-id" in e)
    assert override["uid"] == master["uid"]
    assert override.decoded("recurrence-id") == at(9, day=14)
    assert override.decoded("dtstart") == at(11, day=14)
    statuses = sorted(str(e["status"]) for e in events if "rrule" not in e
                      and "recurrence-id" not in e)
    assert statuses == ["CONFIRMED", "TENTATIVE"]


def test_round_trip_into_an_empty_database_and_back(services: Services,
                                                    empty: Services) -> None:
    _book_all(services)
    data = _everything(services)
    result, left_out = import_ics(empty, data, room=None)
    assert result.written and left_out == []
    assert {v.verdict for v in result.verdicts} == {Verdict.FREE}, result.to_json()
    assert _shape(empty) == _shape(services)
    again, _ = import_ics(empty, data, room=None)
    assert {v.verdict for v in again.verdicts} == {Verdict.UNCHANGED}
    assert _shape(empty) == _shape(services)
    home, _ = import_ics(services, data, room=None)
    assert {v.verdict for v in home.verdicts} == {Verdict.UNCHANGED}, home.to_json()
    assert _shape(empty) == _shape(services)
    # What the other database exports names the same bookings here.
    back, _ = import_ics(services, _everything(empty), room=None)
    assert {v.verdict for v in back.verdicts} == {Verdict.UNCHANGED}, back.to_json()


def test_one_booking_for_the_guest_even_cancelled(services: Services) -> None:
    made = services.bookings.book(actor=FD, room="KAWI", start=at(9), end=at(10),
                                  title="Visit").booking
    services.bookings.cancel(actor=FD, booking_id=made.id, reason="postponed")
    event = Calendar.from_ical(booking_ics(services, made.id)).walk("VEVENT")[0]
    assert str(event["status"]) == "CANCELLED"
    assert "Kawi" in str(event["location"])
    assert str(event["uid"]).startswith(f"booking-{made.id}.")


def test_organizers_export_only_their_own(services: Services) -> None:
    _book_all(services)
    organizer = Services(services.engine, now=services.now, actor="organizer")
    data, count = calendar_of(organizer, Selection(start=at(0), end=at(0, day=31)))
    assert count == 0
    assert b"Client call" not in data


def test_a_huge_file_is_refused_before_it_is_read(services: Services) -> None:
    huge = b"BEGIN:VCALENDAR\r\n" + b"X" * (20 * 1024 * 1024)
    with pytest.raises(BadInput, match="larger than 20 MB"):
        import_ics(services, huge, room="KAWI")
