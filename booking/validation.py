"""A read-only rehearsal of a booking: every problem the engine would raise, by form field.

The booking dialog calls this on every edit. It runs the engine's own checks (check_span,
clean_text, check_attendees, the RuleBook and BookingService.clashes) inside a read session, so
the words are exactly the ones a save would raise, and nothing is ever written.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import Engine, func
from sqlmodel import Session, select

from booking.booking_rows import MAX_TEXT, check_attendees, check_span, no_longer_changed
from booking.engine import BookingService
from booking.errors import BookingError, ConflictError, RuleRefused
from booking.i18n import N_, _
from booking.lookups import (
    MAX_TITLE,
    actor_account,
    bookable_room,
    clean_text,
    find_room,
    refuse_other_organization,
)
from booking.permissions import Action, require
from booking.policy import policy_for
from booking.rules import Proposal, RuleBook
from booking.store.db import read_session
from booking.store.models import ACTIVE_STATUSES, Booking, BookingStatus, Organization, Room
from booking.timeutil import guest_zone
from booking.views import BookingView

FieldName = Literal["room", "time", "title", "attendees", "layout", "organization",
                    "contact_name", "contact_phone", "notes", "guest_tz"]
ProblemKind = Literal["bad_input", "rule", "conflict"]

# Where each rule's refusal belongs on the form; every other rule is about the time.
RULE_FIELDS: dict[str, FieldName] = {
    "capacity": "attendees",
    "layout": "layout",
    "term": "room",
    "retired": "room",
    "not_bookable": "room",
}
# The rules change_details re-checks when only what a booking is (not where or when) changes.
DETAIL_RULES = ("capacity", "layout", "term")


@dataclass(frozen=True)
class Problem:
    """One reason the booking cannot be saved as it stands, in the engine's own words."""

    field: FieldName
    message: str
    kind: ProblemKind
    clash: BookingView | None = None
    rule: str | None = None


def _problem(field: FieldName, error: BookingError) -> Problem:
    if isinstance(error, ConflictError):
        return Problem(field, error.message, "conflict")
    if isinstance(error, RuleRefused):
        return Problem(RULE_FIELDS.get(error.rule, field), error.message, "rule",
                       rule=error.rule)
    return Problem(field, error.message, "bad_input")


def _attempt(problems: list[Problem], field: FieldName, check: Callable[[], object]) -> bool:
    """Run one engine check; a refusal becomes a problem on that field."""
    try:
        check()
    except BookingError as error:
        problems.append(_problem(field, error))
        return False
    return True


def _organization_id(session: Session, name: str | None) -> int | None:
    """The id of an existing organization (case-blind, as the engine matches); None when new."""
    if not name or not name.strip():
        return None
    found = session.exec(select(Organization).where(
        func.lower(Organization.name) == name.strip().lower())).first()
    return found.id if found else None


def check_booking(engine: Engine, *, now: datetime, room: str | int, start: datetime,
                  end: datetime, title: str, attendees: int = 0, layout: str | None = None,
                  organization: str | None = None, contact_name: str = "",
                  contact_phone: str = "", notes: str = "",
                  exclude_booking_id: int | None = None,
                  multi_day: bool = False, actor: str | None = None,
                  guest_tz: str | None = None) -> list[Problem]:
    """Every problem saving this booking would meet; empty when it can be saved.

    With an actor, what the permission table refuses them is a problem too: a booking for an
    organization an organizer does not act for (on the organization), one not theirs to
    change (on the room).

    With exclude_booking_id the booking is judged as an edit of that booking (a move and/or a
    change of details), the way BookingService.move and change_details judge it. multi_day
    judges a hall event running through the nights (opening hours at its start and end only).
    """
    problems: list[Problem] = []
    span_ok = _attempt(problems, "time", lambda: check_span(start, end))
    _attempt(problems, "title",
             lambda: clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True))
    _attempt(problems, "notes", lambda: clean_text(notes, what=N_("notes"), limit=MAX_TEXT))
    _attempt(problems, "contact_name",
             lambda: clean_text(contact_name, what=N_("contact name"), limit=MAX_TITLE))
    _attempt(problems, "contact_phone",
             lambda: clean_text(contact_phone, what=N_("contact phone"), limit=60))
    _attempt(problems, "guest_tz", lambda: guest_zone(guest_tz))
    attendees_ok = _attempt(problems, "attendees", lambda: check_attendees(attendees))
    layout_ok = not layout or _attempt(
        problems, "layout", lambda: clean_text(layout, what=N_("layout"), limit=40))
    org_ok = organization is None or _attempt(
        problems, "organization",
        lambda: clean_text(organization or "", what=N_("organization"), limit=MAX_TITLE))
    wanted_layout = (layout.strip() or None) if layout and layout_ok else None
    service = BookingService(engine, now=lambda: now)
    with read_session(engine) as session:
        existing: Booking | None = None
        if exclude_booking_id is not None:
            try:
                existing = service.booking_row(session, exclude_booking_id)
            except BookingError as error:
                problems.append(_problem("room", error))
                return problems
        target: Room | None = None
        try:
            found = find_room(session, room)
            moving_room = existing is None or found.id != existing.room_id
            # A move to the room the booking already has does not re-check that it is bookable.
            target = bookable_room(session, room) if moving_room else found
        except BookingError as error:
            problems.append(_problem("room", error))
        if actor is not None:
            _check_permission(session, problems, actor, existing, organization if org_ok
                              else None)
        org_id = _organization_id(session, organization) if org_ok else None
        if target is None or not span_ok:
            return problems
        proposal = Proposal(target, start, end, attendees if attendees_ok else 0,
                            wanted_layout, org_id, multi_day=multi_day)
        if existing is None:
            problems.extend(_judge(session, service, proposal, now, exclude=None,
                                   attendees_ok=attendees_ok, layout_ok=layout_ok))
        else:
            problems.extend(_judge_edit(session, service, existing, proposal, now,
                                        attendees_ok=attendees_ok, layout_ok=layout_ok))
    return problems


def _check_permission(session: Session, problems: list[Problem], actor: str,
                      existing: Booking | None, organization: str | None) -> None:
    """The permission table's refusals of this save, as problems (reads only)."""
    try:
        account = actor_account(session, actor)
        action = Action.BOOK if existing is None else Action.CHANGE
        require(account, action)
        if existing is not None:
            BookingService.require_own(session, account, action, existing)
    except BookingError as error:
        problems.append(_problem("room", error))
        return
    _attempt(problems, "organization", lambda: refuse_other_organization(
        session, organization, account, action=action))


def _judge(session: Session, service: BookingService, proposal: Proposal, now: datetime, *,
           exclude: int | None, attendees_ok: bool, layout_ok: bool,
           rules: tuple[str, ...] | None = None, clashes: bool = True) -> list[Problem]:
    """The clash and the rule refusals of a proposal, as BookingService.book judges them."""
    problems: list[Problem] = []
    if clashes:
        policy = policy_for(proposal.room.kind)
        found = service.clashes(session, room=proposal.room, start=proposal.start,
                                end=proposal.end, buffer_before_min=policy.buffer_before_min,
                                buffer_after_min=policy.buffer_after_min, exclude=exclude)
        if found:
            try:
                service.refuse_clash(session, proposal.room, found, start=proposal.start,
                                     end=proposal.end,
                                     buffer_before_min=policy.buffer_before_min,
                                     buffer_after_min=policy.buffer_after_min)
            except ConflictError as error:
                problems.append(Problem("time", error.message, "conflict",
                                        clash=service.view(session, found[0])))
    for refusal in RuleBook(session, now=now).refusals(proposal):
        if rules is not None and refusal.rule not in rules:
            continue
        # A malformed number or layout already has its own problem; judging a stand-in would
        # only add a second, misleading one.
        if (refusal.rule == "capacity" and not attendees_ok) or (
                refusal.rule == "layout" and not layout_ok):
            continue
        problems.append(_problem("time", refusal))
    return problems


def _judge_edit(session: Session, service: BookingService, booking: Booking,
                proposal: Proposal, now: datetime, *, attendees_ok: bool,
                layout_ok: bool) -> list[Problem]:
    """An edit: a move is judged like BookingService.move, new details like change_details."""
    if booking.status not in ACTIVE_STATUSES:
        return [Problem("time", no_longer_changed(booking), "rule", rule="status")]
    start_changed = proposal.start != booking.start_at or proposal.room.id != booking.room_id
    end_changed = proposal.end != booking.end_at
    details_changed = (proposal.attendees, proposal.layout, proposal.organization_id) != (
        booking.attendees, booking.layout, booking.organization_id)
    problems: list[Problem] = []
    if start_changed or end_changed:
        _attempt(problems, "time", lambda: service.refuse_event_hold(session, booking))
        if booking.status == BookingStatus.CHECKED_IN and proposal.start != booking.start_at:
            problems.append(Problem("time", _("the guests have checked in; only the end can "
                                              "be changed"), "rule", rule="status"))
        moved = Proposal(proposal.room, proposal.start, proposal.end, proposal.attendees,
                         proposal.layout, proposal.organization_id,
                         start_changed=start_changed, end_changed=end_changed)
        problems.extend(_judge(session, service, moved, now, exclude=booking.id,
                               attendees_ok=attendees_ok, layout_ok=layout_ok))
    elif details_changed:
        kept = Proposal(proposal.room, proposal.start, proposal.end, proposal.attendees,
                        proposal.layout, proposal.organization_id, start_changed=False,
                        end_changed=False)
        problems.extend(_judge(session, service, kept, now, exclude=booking.id,
                               attendees_ok=attendees_ok, layout_ok=layout_ok,
                               rules=DETAIL_RULES, clashes=False))
    return problems


def known_organizations(engine: Engine) -> dict[str, int]:
    """Every organization a booking can be for, by name (for completing the 'for' field)."""
    with read_session(engine) as session:
        rows = session.exec(select(Organization)).all()
        return {o.name: o.id or 0 for o in sorted(rows, key=lambda o: (o.name.casefold(), o.name))}
