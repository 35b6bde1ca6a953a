"""Rehearsing an event request: the request's own rules, every refusal by field, nothing written."""

from datetime import datetime

import pytest
from sqlmodel import func, select

from booking.errors import BookingError
from booking.events.rehearsal import EventRehearsal
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import AuditEntry, Booking, Event, Organization
from tests.booking.conftest import at
from tests.helpers.accounts import act_for

ORG = "organizer"


def good(**changes: object) -> dict[str, object]:
    """A request that can be sent, with some fields changed."""
    args: dict[str, object] = {"hall": "HALL-A", "start": at(10), "end": at(14),
                               "title": "Product launch", "layout": "theatre",
                               "attendees": 120}
    args.update(changes)
    return args


def rehearse(services: Services, **changes: object) -> EventRehearsal:
    return services.check_event(**good(**changes))  # type: ignore[arg-type]


def fields(rehearsal: EventRehearsal) -> list[str]:
    return [p.field for p in rehearsal.problems]


def counts(services: Services) -> tuple[int, ...]:
    with read_session(services.engine) as session:
        return tuple(session.exec(select(func.count()).select_from(table)).one()
                     for table in (Booking, Event, Organization, AuditEntry))


def test_a_request_that_can_be_sent_has_no_problems(services: Services) -> None:
    found = rehearse(services, organization="A brand new organization",
                     equipment={"microphone": 2})
    assert found.problems == []
    assert found.free == services.events.free_equipment(hall="HALL-A", spans=[(at(10), at(14))],
                                                        setup_min=60, teardown_min=60)


def test_every_problem_is_named_beside_its_field_in_the_request_order(
        services: Services) -> None:
    found = rehearse(services, hall="", title=" ", layout="", attendees=0, setup_min=20,
                     teardown_min=600, catering="tea\x07", organizer="x" * 2001)
    assert fields(found) == ["hall", "title", "layout", "attendees", "setup", "teardown",
                             "organizer", "catering"]
    by_field = {p.field: p.message for p in found.problems}
    assert by_field["hall"] == "choose the hall, Hall A or Hall B"
    assert by_field["layout"].startswith("choose a layout for the hall (theatre, classroom")
    assert by_field["attendees"].startswith("say how many people are expected")
    assert by_field["setup"] == "setup must be 0 to 480 minutes in 15-minute steps, got 20"
    assert "control character" in by_field["catering"]
    assert all(p.kind == "bad_input" for p in found.problems)


def test_the_span_and_the_nightly_teardown_are_the_requests_own(services: Services) -> None:
    backwards = rehearse(services, start=at(14), end=at(10))
    assert [(p.field, p.message) for p in backwards.problems] == [
        ("when", "the end is not after the start; give the event a length")]
    nightly = rehearse(services, start=at(14), end=at(10, day=9), nightly_teardown=True)
    assert fields(nightly) == ["when"]
    assert "end time must be later in the day" in nightly.problems[0].message
    assert rehearse(services, hall="HALL", start=at(9), end=at(17, day=9),
                    nightly_teardown=True, attendees=100, layout="classroom").problems == []


def test_the_days_are_judged_with_setup_and_teardown_blocking_the_hall(
        services: Services) -> None:
    services.events.request(actor=ORG, hall="HALL-B", start=at(10), end=at(12),
                            title="Investor demo day", layout="banquet", attendees=60,
                            teardown_min=120, equipment={"livestream_kit": 1})
    clash = rehearse(services, hall="HALL", start=at(14, 30), end=at(16))
    assert [(p.field, p.kind) for p in clash.problems] == [("when", "conflict")]
    assert "Hall B" in clash.problems[0].message
    assert rehearse(services, hall="HALL", start=at(15), end=at(16)).problems == []
    short = rehearse(services, start=at(9), end=at(16), equipment={"livestream_kit": 1})
    assert short.free["livestream_kit"] == 0
    assert [(p.field, p.kind, p.rule) for p in short.problems] == [
        ("equipment", "rule", "equipment")]
    assert short.problems[0].message.startswith(
        "not enough Livestream kit: 1 in stock and other events use 1 at that time")


def test_rule_refusals_sit_beside_the_field_they_are_about(services: Services) -> None:
    found = rehearse(services, hall="HALL", layout="classroom", attendees=151, start=at(10),
                     end=at(23, 30))
    assert [(p.field, p.rule) for p in found.problems] == [("when", "hours"),
                                                           ("attendees", "capacity")]
    assert "seats 150 in the classroom layout" in found.problems[1].message
    assert [(p.field, p.rule) for p in rehearse(services, layout="disco").problems] == [
        ("layout", "layout")]


@pytest.mark.parametrize("changes", [
    {"start": at(14), "end": at(10)},
    {"title": ""},
    {"attendees": 0},
    {"setup_min": 10},
    {"teardown_min": 495},
    {"layout": " "},
    {"layout": "disco"},
    {"hall": "SEMERU"},
    {"hall": "HALL", "attendees": 151, "layout": "classroom"},
    {"start": at(5), "end": at(9)},
    {"start": at(14), "end": at(10, day=9), "nightly_teardown": True},
    {"equipment": {"jetpack": 1}},
    {"equipment": {"stage": 2}},
    {"contact_phone": "0812\x00"},
])
def test_what_the_request_refuses_the_rehearsal_names(services: Services,
                                                      changes: dict[str, object]) -> None:
    with pytest.raises(BookingError) as refused:
        services.events.request(actor=ORG, **good(**changes))  # type: ignore[arg-type]
    messages = [p.message for p in rehearse(services, **changes).problems]
    assert refused.value.message in messages


def test_rehearsing_writes_nothing(services: Services) -> None:
    before = counts(services)
    rehearse(services, organization="Nobody has heard of us", equipment={"projector": 1})
    rehearse(services, hall="SEMERU", organization="Another new one")
    assert counts(services) == before


def test_the_rehearsal_judges_at_the_services_clock(services: Services) -> None:
    past = rehearse(services, start=datetime(2026, 11, 30, 10, tzinfo=at(0).tzinfo),
                    end=datetime(2026, 11, 30, 12, tzinfo=at(0).tzinfo))
    assert [p.field for p in past.problems] == ["when"]
    assert past.problems[0].kind == "rule"


def test_the_rehearsal_asks_the_permission_table_as_the_acting_account(
        services: Services) -> None:
    act_for(services.engine, ORG, "Tani Cerdas")
    organizer = Services(services.engine, now=services.now, actor=ORG)
    refused = rehearse(organizer, organization="KBZ Bank")
    assert [(p.field, p.message) for p in refused.problems] == [
        ("organization", "organizer may not request hall events for KBZ Bank: organizer "
                         "acts for Tani Cerdas")]
    assert rehearse(organizer).problems == []
    assert rehearse(organizer, organization="tani cerdas").problems == []
    assert rehearse(services, organization="KBZ Bank").problems == []
