"""Hall events: a request holds the hall until a manager approves or declines it, or it expires.

An event books the hall (whole, Hall A or Hall B) with a layout, setup before and teardown
after (both block the hall: at least the hall's changeover hour either way), equipment from a
counted inventory, and one booking per day (nightly teardown) or one booking across the days.

Each rule a request must meet is one function in booking/events/request_rules.py;
EventService.request raises the first refusal, and booking.events.rehearsal runs the same
functions to list every refusal by field.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.booking_rows import OPEN_EVENT_STATUSES
from booking.engine import BookingService
from booking.errors import BadInput, BookingError, ConflictError, RuleRefused
from booking.events.holds import EXPIRE_HOLDS, HOLD_DAYS, expire_due_holds, holds_due
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
    refuse_lost_hold,
)
from booking.i18n import N_, _, in_spoken
from booking.lookups import (
    MAX_TITLE,
    actor_account,
    add_audit,
    bookable_room,
    clean_text,
    organization_for,
)
from booking.permissions import Action, require, require_owner
from booking.queries import booking_ids_between, views_of
from booking.rules import Proposal, RuleBook
from booking.statuses import status_word
from booking.store.db import quick_read, read_session, retrying_use_cases, write_session
from booking.store.models import (
    ACTIVE_STATUSES,
    Account,
    Booking,
    BookingStatus,
    Equipment,
    Event,
    EventEquipment,
    Organization,
    Room,
)
from booking.timeutil import iso_local, local, utc_now
from booking.views import BookingView, Change, change_of

OPEN_STATUSES = OPEN_EVENT_STATUSES
EVENT_STATUSES = ("requested", "approved", "declined", "expired", "cancelled")


@dataclass(frozen=True)
class EventView:
    """An event as the organizer, the manager and the hall crew see it."""

    id: int
    title: str
    status: str
    hall: str
    hall_name: str
    start: datetime
    end: datetime
    layout: str | None
    attendees: int
    setup_min: int
    teardown_min: int
    equipment: dict[str, int]
    catering: str
    organizer: str
    organization: str | None
    contact_name: str
    contact_phone: str
    public: bool
    nightly_teardown: bool
    days: tuple[BookingView, ...]
    expires_at: datetime | None
    requested_by: str | None
    decided_by: str | None
    decided_at: datetime | None
    decision_reason: str
    version: int

    @property
    def hall_name_en(self) -> str:
        """The hall's name as the building file gives it in English (for scripts)."""
        return (self.days[0].room_name_en or self.hall_name) if self.days else self.hall_name

    def hall_name_in(self, language: str) -> str:
        """The hall's name in a given language (papers)."""
        return self.days[0].room_name_in(language) if self.days else self.hall_name

    @property
    def guest_zone(self) -> str | None:
        """The guests' time zone: its organization's (its bookings'), if known."""
        return self.days[0].guest_zone if self.days else None

    @property
    def setup_start(self) -> datetime:
        return self.start - timedelta(minutes=self.setup_min)

    @property
    def teardown_end(self) -> datetime:
        return self.end + timedelta(minutes=self.teardown_min)

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "title": self.title, "status": self.status, "hall": self.hall,
            "hall_name": self.hall_name_en, "start": iso_local(self.start),
            "end": iso_local(self.end), "layout": self.layout, "attendees": self.attendees,
            "setup": self.setup_min, "teardown": self.teardown_min,
            "setup_start": iso_local(self.setup_start),
            "teardown_end": iso_local(self.teardown_end), "equipment": self.equipment,
            "catering": self.catering, "organizer": self.organizer,
            "organization": self.organization, "contact_name": self.contact_name,
            "contact_phone": self.contact_phone, "public": self.public,
            "nightly_teardown": self.nightly_teardown,
            "days": [{"booking_id": d.id, "start": iso_local(d.start), "end": iso_local(d.end),
                      "status": d.status} for d in self.days],
            "expires_at": iso_local(self.expires_at) if self.expires_at else None,
            "requested_by": self.requested_by, "decided_by": self.decided_by,
            "decided_at": iso_local(self.decided_at) if self.decided_at else None,
            "decision_reason": self.decision_reason or None, "version": self.version,
        }


@dataclass(frozen=True)
class EventOutcome:
    """What an event use case did."""

    event: EventView
    change: Change = field(default_factory=lambda: Change("event"))


@dataclass(frozen=True)
class EquipmentInfo:
    """An inventory line."""

    code: str
    name: str  # in the language spoken when it was read
    quantity: int
    name_en: str = ""  # the building file's English name
    name_id: str | None = None

    def name_in(self, language: str) -> str:
        """The item's name in a given language (papers)."""
        return in_spoken(self.name_en or self.name, self.name_id, language)


@retrying_use_cases
class EventService:
    """Request, approve, decline, withdraw and read hall events; one transaction each."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.now = now
        self.bookings = BookingService(engine, now=now, before_write=(EXPIRE_HOLDS,))

    # ----- reading ----------------------------------------------------------------------------

    def equipment(self) -> list[EquipmentInfo]:
        with read_session(self.engine) as session:
            return [EquipmentInfo(e.code, in_spoken(e.name, e.name_id), e.quantity, e.name,
                                  e.name_id) for e in session.exec(
                select(Equipment).order_by(col(Equipment.code)))]

    def get(self, event_id: int) -> EventView:
        self.expire_due()
        with read_session(self.engine) as session:
            event = session.get(Event, event_id)
            if event is None:
                raise BadInput(_("there is no event #{id}").format(id=event_id))
            return self._view(session, event)

    def list_events(self, *, start: datetime | None = None, end: datetime | None = None,
                    statuses: Iterable[str] | None = None) -> list[EventView]:
        """Events meeting [start, end) (all when open-ended), soonest first."""
        wanted = set(statuses) if statuses is not None else None
        if wanted is not None and not wanted <= set(EVENT_STATUSES):
            raise BadInput(_("unknown event status {status}; choose from {statuses}").format(
                status=repr(sorted(wanted - set(EVENT_STATUSES))[0]),
                statuses=", ".join(EVENT_STATUSES)))
        self.expire_due()
        with read_session(self.engine) as session:
            query = select(Booking.event_id).where(col(Booking.event_id).is_not(None))
            if start is not None and end is not None:
                # A bounded range uses the start index with its look-back bound, never a scan
                # of all history.
                in_range = booking_ids_between(session, start, end)
                query = query.where(col(Booking.id).in_(in_range))
            elif start is not None or end is not None:
                # Open-ended: walk the event bookings (by their index), not all bookings.
                rows = session.exec(select(Booking.event_id, Booking.start_at, Booking.end_at)
                                    .where(col(Booking.event_id).is_not(None))).all()
                query = query.where(col(Booking.event_id).in_(
                    [i for i, b_start, b_end in rows
                     if (start is None or b_end > start) and (end is None or b_start < end)]))
            ids = sorted({i for i in session.exec(query) if i is not None})
            events = session.exec(select(Event).where(col(Event.id).in_(ids))).all()
            views = [self._view(session, e) for e in events
                     if wanted is None or e.status in wanted]
        return sorted(views, key=lambda v: (v.start, v.id))

    def _view(self, session: Session, event: Event) -> EventView:
        rows = sorted(session.exec(select(Booking).where(Booking.event_id == event.id)),
                      key=lambda b: b.start_at)
        days = tuple(views_of(session, rows))
        first = days[0]
        equipment = {e.equipment_code: e.quantity for e in session.exec(
            select(EventEquipment).where(EventEquipment.event_id == event.id))}
        names = {a.id: a.username for a in session.exec(select(Account).where(
            col(Account.id).in_([i for i in (event.requested_by_id, event.decided_by_id)
                                 if i is not None])))}
        return EventView(
            id=event.id or 0, title=event.title, status=event.status, hall=first.room,
            hall_name=first.room_name, start=days[0].start, end=days[-1].end,
            layout=first.layout, attendees=first.attendees, setup_min=event.setup_min,
            teardown_min=event.teardown_min, equipment=dict(sorted(equipment.items())),
            catering=event.catering, organizer=event.organizer,
            organization=first.organization, contact_name=event.contact_name,
            contact_phone=event.contact_phone, public=event.public,
            nightly_teardown=event.nightly_teardown, days=days, expires_at=event.expires_at,
            requested_by=names.get(event.requested_by_id),
            decided_by=names.get(event.decided_by_id), decided_at=event.decided_at,
            decision_reason=event.decision_reason, version=event.version)

    # ----- requesting -------------------------------------------------------------------------

    def request(self, *, actor: str | int, hall: str | int, start: datetime, end: datetime,
                title: str, layout: str, attendees: int, setup_min: int = 60,
                teardown_min: int = 60, equipment: dict[str, int] | None = None,
                catering: str = "", organizer: str = "", organization: str | None = None,
                contact_name: str = "", contact_phone: str = "", public: bool = False,
                nightly_teardown: bool = False) -> EventOutcome:
        """Hold the hall for an event until a manager decides (or the hold expires)."""
        check_event_span(start, end)
        title = clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True)
        attendees = check_event_attendees(attendees)
        setup_min = check_crew_minutes("setup", setup_min)
        teardown_min = check_crew_minutes("teardown", teardown_min)
        texts = {k: clean_event_text(k, v) for k, v in (
            ("catering", catering), ("organizer", organizer), ("contact_name", contact_name),
            ("contact_phone", contact_phone))}
        spans = day_spans(start, end, nightly_teardown)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.EVENT_REQUEST)
            room = find_hall(session, hall)
            layout = check_layout(layout)
            expire_due_holds(session, now)
            org = organization_for(session, organization, account, now,
                                   action=Action.EVENT_REQUEST)
            before, after = crew_buffers(room.kind, setup_min, teardown_min)
            refusals = self.day_refusals(session, room=room, spans=spans, before=before,
                                         after=after, attendees=attendees, layout=layout,
                                         organization_id=org.id if org else None, now=now)
            refusals += equipment_refusals(session, equipment or {}, spans, before, after)
            if refusals:
                raise refusals[0]
            wanted = dict(equipment or {})
            event = Event(title=title, status="requested", setup_min=setup_min,
                          teardown_min=teardown_min, nightly_teardown=nightly_teardown,
                          public=public, requested_by_id=account.id, requested_at=now,
                          expires_at=now + timedelta(days=HOLD_DAYS), catering=texts["catering"],
                          organizer=texts["organizer"], contact_name=texts["contact_name"],
                          contact_phone=texts["contact_phone"])
            session.add(event)
            session.flush()
            for code, quantity in wanted.items():
                session.add(EventEquipment(event_id=event.id or 0, equipment_code=code,
                                           quantity=quantity))
            created = []
            for day_start, day_end in spans:
                booking = Booking(
                    room_id=room.id or 0, start_at=day_start, end_at=day_end, title=title,
                    status=BookingStatus.TENTATIVE, layout=layout, attendees=attendees,
                    organization_id=org.id if org else None, booked_by_id=account.id,
                    contact_name=texts["contact_name"], contact_phone=texts["contact_phone"],
                    notes=texts["catering"][:4000], created_at=now, updated_at=now,
                    buffer_before_min=before, buffer_after_min=after, event_id=event.id)
                session.add(booking)
                self.bookings.flush_guarded(session, room)
                view = self.bookings.view(session, booking)
                add_audit(session, account, now, "booking.created", "booking", booking.id,
                          None, view.audit_state(), f"event #{event.id} requested")
                created.append(view)
            result = self._view(session, event)
            add_audit(session, account, now, "event.requested", "event", event.id, None,
                      result.to_json(), "")
        return EventOutcome(result, change_of("event_requested", tuple(created), ()))

    def day_refusals(self, session: Session, *, room: Room,
                     spans: list[tuple[datetime, datetime]], before: int, after: int,
                     attendees: int, layout: str | None, organization_id: int | None,
                     now: datetime) -> list[BookingError]:
        """Every clash and rule refusal of the bookings an event makes, day by day (the hall
        blocked `before` and `after` minutes around each)."""
        rules = RuleBook(session, now=now)
        continuous = len(spans) == 1 and local(spans[0][0]).date() != local(spans[0][1]).date()
        found: list[BookingError] = []
        for day_start, day_end in spans:
            clashes = self.bookings.clashes(session, room=room, start=day_start, end=day_end,
                                            buffer_before_min=before, buffer_after_min=after)
            if clashes:
                try:
                    self.bookings.refuse_clash(session, room, clashes, start=day_start,
                                               end=day_end, buffer_before_min=before,
                                               buffer_after_min=after)
                except ConflictError as error:
                    found.append(error)
            found.extend(rules.refusals(Proposal(room, day_start, day_end, attendees, layout,
                                                 organization_id, multi_day=continuous)))
        return found

    def free_equipment(self, *, hall: str | int, spans: list[tuple[datetime, datetime]],
                       setup_min: int, teardown_min: int) -> dict[str, int]:
        """How many of each item are left over these days, setup to teardown (read-only)."""
        with read_session(self.engine) as session:
            room = bookable_room(session, hall)
            before, after = crew_buffers(room.kind, setup_min, teardown_min)
            return equipment_free(session, spans, before, after)

    # ----- deciding ---------------------------------------------------------------------------

    def _decide(self, *, actor: str | int, event_id: int, to: str, booking_status: str,
                reason: str, need_decider: bool, allowed_from: tuple[str, ...],
                action: str) -> EventOutcome:
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            permission = Action.EVENT_DECIDE if need_decider else Action.EVENT_WITHDRAW
            require(account, permission)
            expire_due_holds(session, now)
            event = session.get(Event, event_id)
            if event is None:
                raise BadInput(_("there is no event #{id}").format(id=event_id))
            self._require_own(session, account, permission, event)
            if event.status not in allowed_from:
                raise RuleRefused(_("event #{id} is {status}; it cannot be {to} now").format(
                    id=event_id, status=status_word(event.status), to=status_word(to)),
                                  rule="status")
            before = self._view(session, event)
            bookings = session.exec(select(Booking).where(Booking.event_id == event.id)).all()
            if to == "approved":
                refuse_lost_hold(event, bookings)
            event.status = to
            event.version += 1
            if need_decider:
                event.decided_by_id = account.id
                event.decided_at = now
            event.decision_reason = reason
            event.expires_at = None
            session.add(event)
            changed = []
            for booking in bookings:
                if booking.status not in ACTIVE_STATUSES:
                    continue
                old = self.bookings.view(session, booking)
                booking.status = booking_status
                booking.version += 1
                booking.updated_at = now
                if booking_status == BookingStatus.CANCELLED:
                    booking.cancelled_at = now
                    booking.cancel_reason = reason
                session.add(booking)
                session.flush()
                new = self.bookings.view(session, booking)
                add_audit(session, account, now, f"booking.{booking_status}", "booking",
                          booking.id, old.audit_state(), new.audit_state(),
                          f"event #{event.id} {to}" + (f": {reason}" if reason else ""))
                changed.append(new)
            after = self._view(session, event)
            add_audit(session, account, now, action, "event", event.id,
                      {"status": before.status}, {"status": after.status}, reason)
        return EventOutcome(after, change_of(f"event_{to}", tuple(changed), before.days))

    def _require_own(self, session: Session, account: Account, action: Action,
                     event: Event) -> None:
        """Refuse unless the account may do the action to this event (organizers: the events
        they requested or that are for their organization)."""
        org_id = session.exec(select(Booking.organization_id).where(
            Booking.event_id == event.id).order_by(col(Booking.id))).first()
        org = session.get(Organization, org_id) if org_id else None
        require_owner(account, action, booked_by_id=event.requested_by_id,
                      organization_id=org_id, belongs_to=org.name if org else "")

    def approve(self, *, actor: str | int, event_id: int, note: str = "") -> EventOutcome:
        """A manager confirms a request: its tentative hold becomes a confirmed booking."""
        return self._decide(actor=actor, event_id=event_id, to="approved",
                            booking_status=BookingStatus.CONFIRMED,
                            reason=clean_text(note, what=N_("note"), limit=2000),
                            need_decider=True, allowed_from=("requested",),
                            action="event.approved")

    def decline(self, *, actor: str | int, event_id: int, reason: str) -> EventOutcome:
        """A manager turns a request down, saying why; the hall is free again."""
        return self._decide(actor=actor, event_id=event_id, to="declined",
                            booking_status=BookingStatus.DECLINED,
                            reason=clean_text(reason, what=N_("reason"), limit=2000, required=True),
                            need_decider=True, allowed_from=("requested",),
                            action="event.declined")

    def withdraw(self, *, actor: str | int, event_id: int, reason: str) -> EventOutcome:
        """The organizer who asked (or a manager) calls an event off."""
        return self._decide(actor=actor, event_id=event_id, to="cancelled",
                            booking_status=BookingStatus.CANCELLED,
                            reason=clean_text(reason, what=N_("reason"), limit=2000, required=True),
                            need_decider=False, allowed_from=OPEN_STATUSES,
                            action="event.cancelled")

    def expire_due(self) -> Change:
        """Expire undecided holds now (also done before every read and request)."""
        now = self.now()
        with quick_read(self.engine) as reader:
            if not holds_due(reader, now):
                return Change("event_expired")
        with write_session(self.engine) as session:
            freed = expire_due_holds(session, now)
            views = tuple(views_of(session, freed)) if freed else ()
        return change_of("event_expired", views, ())
