"""The dialog's live check: each problem on the right field, in the engine's words, writing nothing."""

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func
from sqlmodel import select

from booking.errors import BookingError
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry, Booking, Organization
from booking.validation import Problem, check_booking, known_organizations
from tests.booking.conftest import WIB, at
from tests.helpers.accounts import act_for
from tests.helpers.clock import FakeClock

FD = "frontdesk"
GOOD: dict[str, Any] = {"room": "BROMO", "start": at(10), "end": at(11), "title": "Planning",
                        "attendees": 4}


def check(services: Services, **overrides: Any) -> list[Problem]:
    args = {**GOOD, **overrides}
    return check_booking(services.engine, now=services.now(), **args)


def engine_says(services: Services, **overrides: Any) -> BookingError:
    """What BookingService.book raises for the same booking."""
    args = {**GOOD, **overrides}
    with pytest.raises(BookingError) as caught:
        services.bookings.book(actor=FD, **args)
    return caught.value


def test_a_good_booking_has_no_problems(services: Services) -> None:
    assert check(services) == []
    assert check(services, room="HALL", start=at(9), end=at(12), layout="classroom",
                 attendees=150, organization="Nusantara Labs") == []


@pytest.mark.parametrize(("overrides", "field", "rule"), [
    ({"start": at(10, 5), "end": at(11, 5)}, "time", "slot"),
    ({"room": "HALL-A", "start": at(10), "end": at(10, 30)}, "time", "duration"),
    ({"start": at(5), "end": at(6, 30)}, "time", "hours"),
    ({"start": at(10, day=6), "end": at(11, day=6)}, "time", "hours"),
    ({"start": at(10, day=25), "end": at(11, day=25)}, "time", "holiday"),
    ({"start": datetime(2027, 7, 5, 10, tzinfo=WIB),
      "end": datetime(2027, 7, 5, 11, tzinfo=WIB)}, "time", "advance"),
    ({"attendees": 9}, "attendees", "capacity"),
    ({"room": "HALL", "start": at(10), "end": at(12), "layout": "classroom",
      "attendees": 151}, "attendees", "capacity"),
    ({"room": "HALL", "start": at(10), "end": at(12), "layout": "disco"}, "layout", "layout"),
    ({"layout": "theatre"}, "layout", "layout"),
    ({"room": "LOBBY"}, "room", "not_bookable"),
])
def test_each_rule_lands_on_its_field_in_the_engines_words(
        services: Services, overrides: dict[str, Any], field: str, rule: str) -> None:
    problems = check(services, **overrides)
    assert len(problems) == 1, problems
    problem = problems[0]
    assert (problem.field, problem.kind, problem.rule) == (field, "rule", rule)
    assert problem.message == engine_says(services, **overrides).message
    assert problem.clash is None


def test_the_past_is_judged_by_the_injected_clock(services: Services, clock: FakeClock) -> None:
    clock.current = at(12)
    [problem] = check(services)
    assert (problem.field, problem.rule) == ("time", "past")
    assert problem.message == engine_says(services).message


def test_closure_and_term_are_refused_like_the_engine(services: Services) -> None:
    services.terms.add_closure(actor="manager", name="Electrical maintenance", start=at(0),
                               end=at(23), room="BROMO")
    [closure] = check(services)
    assert (closure.field, closure.rule) == ("time", "closure")
    assert "Electrical maintenance" in closure.message
    assert closure.message == engine_says(services).message
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    [term] = check(services, room="P2.01", organization="Acme")
    assert (term.field, term.rule) == ("room", "term")
    assert term.message == engine_says(services, room="P2.01", organization="Acme").message
    assert check(services, room="P2.01", organization="govtech singapore") == []


@pytest.mark.parametrize(("overrides", "field"), [
    ({"title": "   "}, "title"),
    ({"title": "Plan\x07ning"}, "title"),
    ({"title": "x" * 201}, "title"),
    ({"start": at(11), "end": at(10)}, "time"),
    ({"start": at(10), "end": at(10)}, "time"),
    ({"start": datetime(2026, 12, 7, 10), "end": at(11)}, "time"),
    ({"room": "NOWHERE"}, "room"),
    ({"attendees": -1}, "attendees"),
    ({"attendees": 20_000}, "attendees"),
    ({"notes": "n" * 4001}, "notes"),
    ({"contact_name": "Dewi\x00"}, "contact_name"),
    ({"contact_phone": "0" * 61}, "contact_phone"),
    ({"organization": "o" * 201}, "organization"),
])
def test_bad_input_lands_on_its_field_in_the_engines_words(
        services: Services, overrides: dict[str, Any], field: str) -> None:
    problems = check(services, **overrides)
    assert [(p.field, p.kind) for p in problems] == [(field, "bad_input")]
    assert problems[0].message == engine_says(services, **overrides).message


def test_every_problem_is_reported_at_once(services: Services) -> None:
    problems = check(services, title="", attendees=9, start=at(5), end=at(6))
    assert {p.field for p in problems} == {"title", "attendees", "time"}
    assert next(p for p in problems if p.field == "attendees").message == \
        "Bromo holds 8 people; 9 attendees do not fit"


def test_a_conflict_carries_the_clashing_booking(services: Services) -> None:
    first = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                   title="Weekly sync", organization="Acme").booking
    problems = check(services, start=at(10, 30), end=at(11, 30))
    [problem] = problems
    assert (problem.field, problem.kind) == ("time", "conflict")
    assert problem.clash is not None and problem.clash.id == first.id
    assert problem.clash.title == "Weekly sync" and problem.clash.organization == "Acme"
    assert problem.message == engine_says(services, start=at(10, 30), end=at(11, 30)).message
    # The meeting room's changeover after the booking counts as booked, as the engine says.
    assert check(services, start=at(11), end=at(12))[0].kind == "conflict"
    assert check(services, start=at(11, 15), end=at(12)) == []


def test_a_clash_in_a_shared_space_is_found(services: Services) -> None:
    services.bookings.book(actor=FD, room="HALL-A", start=at(10), end=at(12), title="Talk")
    [problem] = check(services, room="HALL", start=at(10), end=at(12))
    assert problem.kind == "conflict" and problem.clash is not None
    assert problem.clash.room == "HALL-A"


def test_checking_writes_nothing(services: Services) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11), title="Sync")

    def counts() -> tuple[int, int, int]:
        with read_session(services.engine) as session:
            return tuple(session.exec(select(func.count()).select_from(model)).one()
                         for model in (Booking, Organization, AuditEntry))  # type: ignore[return-value]

    before = counts()
    check(services, organization="A brand new team")
    check(services, start=at(10, 30), end=at(11, 30), organization="Another new one")
    check(services, title="", attendees=99)
    assert counts() == before
    assert "A brand new team" not in known_organizations(services.engine)


def test_an_edit_is_judged_like_move_and_change_details(services: Services,
                                                        clock: FakeClock) -> None:
    mine = services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11),
                                  title="Mine", attendees=4).booking
    other = services.bookings.book(actor=FD, room="BROMO", start=at(14), end=at(15),
                                   title="Other").booking
    edit = {"exclude_booking_id": mine.id}
    assert check(services, **edit) == []
    assert check(services, start=at(10, 30), end=at(11, 30), **edit) == []
    [clash] = check(services, start=at(13, 30), end=at(14, 30), **edit)
    assert clash.kind == "conflict" and clash.clash is not None and clash.clash.id == other.id
    [capacity] = check(services, attendees=9, **edit)
    assert capacity.field == "attendees"
    # Once the booking has begun, its title can still change; moving its start cannot.
    clock.current = at(10, 30)
    assert check(services, title="Renamed", **edit) == []
    [past] = check(services, start=at(10, 15), end=at(11), **edit)
    assert past.rule == "past"
    [missing] = check(services, exclude_booking_id=999)
    assert (missing.field, missing.message) == ("room", "there is no booking #999")


def test_known_organizations_are_listed_by_name(services: Services) -> None:
    services.bookings.book(actor=FD, room="BROMO", start=at(10), end=at(11), title="A",
                           organization="zeta Works")
    services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11), title="B",
                           organization="Acme")
    assert list(known_organizations(services.engine)) == ["Acme", "zeta Works"]


def test_a_free_evening_after_a_busy_week_is_free(services: Services) -> None:
    for day in range(7, 12):
        for hour in range(8, 18, 2):
            services.bookings.book(actor=FD, room="BROMO", start=at(hour, day=day),
                                   end=at(hour, day=day) + timedelta(hours=1), title="x")
    assert check(services, start=at(19), end=at(20)) == []


def test_the_permission_table_is_part_of_the_check(services: Services) -> None:
    """As an account, what the table refuses shows before saving: another organization on
    the organization, another's booking on the room; without an account nothing is asked."""
    act_for(services.engine, "organizer", "Acme Studio")
    theirs = services.bookings.book(actor=FD, room="KAWI", start=at(10), end=at(11),
                                    title="Review", organization="KBZ Bank").booking.id
    as_organizer = {"now": services.now(), "actor": "organizer"}
    [other] = check_booking(services.engine, **GOOD, **as_organizer, organization="KBZ Bank")
    assert (other.field, other.message) == (
        "organization", "organizer may not book rooms for KBZ Bank: organizer acts for "
        "Acme Studio")
    assert check_booking(services.engine, **GOOD, **as_organizer) == []
    [not_theirs] = check_booking(services.engine, **{**GOOD, "room": "KAWI"}, **as_organizer,
                                 exclude_booking_id=theirs)
    assert (not_theirs.field, not_theirs.message) == (
        "room", "organizer may not change this booking: it belongs to KBZ Bank")
    assert check_booking(services.engine, **GOOD, now=services.now(),
                         organization="KBZ Bank") == []
