"""A read-only rehearsal of an event request: every refusal EventService.request would meet.

The event dialog calls this as the organizer types. It runs the very rule functions the request
runs (booking.events.service), but collects each refusal by field instead of stopping at the
first, inside a read session, so nothing is ever written. It also says how much of each item
of equipment other events leave free then. The engine still has the last word on saving.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from functools import partial
from typing import Literal, TypeVar

from sqlmodel import Session

from booking.errors import BookingError, ConflictError, RuleRefused
from booking.events.request_rules import (
    check_crew_minutes,
    check_event_attendees,
    check_event_span,
    check_layout,
    clean_event_text,
    crew_buffers,
    day_spans,
    equipment_free,
    equipment_refusals,
    find_hall,
)
from booking.events.service import EventService
from booking.i18n import N_
from booking.lookups import (
    MAX_TITLE,
    actor_account,
    clean_text,
    existing_organization,
    refuse_other_organization,
)
from booking.permissions import Action, require
from booking.store.db import read_session
from booking.store.models import Account
from booking.validation import RULE_FIELDS

EventField = Literal["hall", "when", "title", "layout", "attendees", "setup", "teardown",
                     "equipment", "organizer", "organization", "contact_name",
                     "contact_phone", "catering"]
ProblemKind = Literal["bad_input", "rule", "conflict"]

# The order the problems come in (the order of the request's fields).
FIELD_ORDER: tuple[EventField, ...] = (
    "hall", "when", "title", "layout", "attendees", "setup", "teardown", "equipment",
    "organizer", "organization", "contact_name", "contact_phone", "catering")
# A rule refusal of a day's booking belongs beside the field the booking rules name for it
# (booking.validation.RULE_FIELDS); the booking's room is the event's hall, its time the
# event's when.
_BOOKING_FIELDS: dict[str, EventField] = {"room": "hall", "time": "when",
                                          "attendees": "attendees", "layout": "layout"}
_TEXTS: tuple[EventField, ...] = ("catering", "organizer", "contact_name", "contact_phone")
T = TypeVar("T")


@dataclass(frozen=True)
class EventProblem:
    """One reason the request cannot be sent as it stands, in the engine's own words."""

    field: EventField
    message: str
    kind: ProblemKind
    rule: str | None = None


@dataclass(frozen=True)
class EventRehearsal:
    """What rehearsing a request found: its problems (none when it can be sent) and how many
    of each item of equipment other events leave free over its setup-to-teardown time."""

    problems: list[EventProblem]
    free: dict[str, int]


def _problem(field: EventField, error: BookingError) -> EventProblem:
    if isinstance(error, ConflictError):
        return EventProblem(field, error.message, "conflict")
    if isinstance(error, RuleRefused):
        return EventProblem(field, error.message, "rule", rule=error.rule)
    return EventProblem(field, error.message, "bad_input")


def _day_problem(error: BookingError) -> EventProblem:
    """A refusal of one of the event's bookings, beside the field it is about."""
    rule = error.rule if isinstance(error, RuleRefused) else None
    field = _BOOKING_FIELDS.get(RULE_FIELDS.get(rule or "", "time"), "when")
    return _problem(field, error)


def _attempt(problems: list[EventProblem], field: EventField,
             check: Callable[[], object]) -> bool:
    """Run one rule; a refusal becomes a problem on that field."""
    try:
        check()
    except BookingError as error:
        problems.append(_problem(field, error))
        return False
    return True


def _value(problems: list[EventProblem], field: EventField, get: Callable[[], T]) -> T | None:
    """What one rule returns, or None (and a problem on that field) when it refuses."""
    found: list[T] = []
    _attempt(problems, field, lambda: found.append(get()))
    return found[0] if found else None


def _requester(session: Session, actor: str) -> Account:
    account = actor_account(session, actor)
    require(account, Action.EVENT_REQUEST)
    return account


def rehearse_request(events: EventService, *, hall: str | int, start: datetime,
                     end: datetime, title: str, layout: str, attendees: int,
                     setup_min: int = 60, teardown_min: int = 60,
                     equipment: dict[str, int] | None = None, catering: str = "",
                     organizer: str = "", organization: str | None = None,
                     contact_name: str = "", contact_phone: str = "",
                     nightly_teardown: bool = False,
                     actor: str | None = None) -> EventRehearsal:
    """Every problem events.request would meet with this request now, by field, in
    FIELD_ORDER; none when it can be sent. With an actor, the permission table's refusals
    too (an organizer asks only for the organization they act for)."""
    now = events.now()
    problems: list[EventProblem] = []
    span_ok = _attempt(problems, "when", lambda: check_event_span(start, end))
    _attempt(problems, "title",
             lambda: clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True))
    attendees_ok = _attempt(problems, "attendees", lambda: check_event_attendees(attendees))
    setup_ok = _attempt(problems, "setup", lambda: check_crew_minutes("setup", setup_min))
    teardown_ok = _attempt(problems, "teardown",
                           lambda: check_crew_minutes("teardown", teardown_min))
    texts = {"catering": catering, "organizer": organizer, "contact_name": contact_name,
             "contact_phone": contact_phone}
    for key in _TEXTS:
        _attempt(problems, key, partial(clean_event_text, key, texts[key]))
    chosen_layout = _value(problems, "layout", lambda: check_layout(layout))
    spans = _value(problems, "when", lambda: day_spans(start, end, nightly_teardown)) \
        if span_ok else None
    free: dict[str, int] = {}
    with read_session(events.engine) as session:
        room = _value(problems, "hall", lambda: find_hall(session, hall))
        org = _value(problems, "organization",
                     lambda: existing_organization(session, organization))
        if actor is not None:
            account = _value(problems, "hall", lambda: _requester(session, actor))
            if account is not None:
                org = _value(problems, "organization", lambda: refuse_other_organization(
                    session, organization, account, action=Action.EVENT_REQUEST)) or org
        if room is not None and spans:
            before, after = crew_buffers(room.kind, setup_min if setup_ok else 0,
                                         teardown_min if teardown_ok else 0)
            days = events.day_refusals(
                session, room=room, spans=spans, before=before, after=after,
                attendees=attendees if attendees_ok else 0, layout=chosen_layout,
                organization_id=org.id if org is not None else None, now=now)
            problems.extend(_day_problem(error) for error in days)
            free = equipment_free(session, spans, before, after)
            problems.extend(_problem("equipment", error) for error in equipment_refusals(
                session, equipment or {}, spans, before, after))
    unique = list(dict.fromkeys(problems))
    order = {name: index for index, name in enumerate(FIELD_ORDER)}
    return EventRehearsal(sorted(unique, key=lambda p: order[p.field]), free)
