"""The rules a hall request must meet, one function each, and the counting of equipment.

EventService.request (booking/events/service.py) raises the first refusal;
booking.events.rehearsal runs the same functions to list every refusal by field.
"""

from collections.abc import Iterable
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from booking.booking_rows import check_attendees, check_span
from booking.errors import BadInput, BookingError, RuleRefused
from booking.i18n import N_, _, spoken_name
from booking.lookups import (
    bookable_room,
    clean_text,
)
from booking.policy import SLOT_MINUTES, policy_for
from booking.statuses import status_word
from booking.store.models import (
    ACTIVE_STATUSES,
    Booking,
    Equipment,
    Event,
    EventEquipment,
    Room,
    RoomKind,
)
from booking.timeutil import BUILDING_TZ, local, when

MAX_SETUP_MIN = 8 * 60
MAX_EVENT_TEXT = 2000
# The free texts of a request, and how each is named in a message.
EVENT_TEXTS = {"catering": N_("catering"), "organizer": N_("organizer"),
               "contact_name": N_("contact name"), "contact_phone": N_("contact phone")}



def check_event_span(start: datetime, end: datetime) -> None:
    """The event runs from start to end: aware times, the end after the start."""
    if isinstance(start, datetime) and isinstance(end, datetime) and \
            start.utcoffset() is not None and end.utcoffset() is not None and end <= start:
        raise BadInput(_("the end is not after the start; give the event a length"))
    check_span(start, end)


def check_event_attendees(attendees: int) -> int:
    """How many people come: a whole number, at least one."""
    attendees = check_attendees(attendees)
    if attendees < 1:
        raise BadInput(_("say how many people are expected; the layout and the crew depend "
                         "on it"))
    return attendees


def check_crew_minutes(what: str, minutes: int) -> int:
    """Setup or teardown (`what`, "setup" or "teardown"): 0 to MAX_SETUP_MIN minutes in whole
    booking slots."""
    if isinstance(minutes, bool) or not isinstance(minutes, int) or not (
            0 <= minutes <= MAX_SETUP_MIN) or minutes % SLOT_MINUTES:
        if what == "teardown":
            message = _("teardown must be 0 to {most} minutes in {slot}-minute steps, got "
                        "{minutes}")
        else:
            message = _("setup must be 0 to {most} minutes in {slot}-minute steps, got "
                        "{minutes}")
        raise BadInput(message.format(most=MAX_SETUP_MIN, slot=SLOT_MINUTES,
                                      minutes=repr(minutes)))
    return minutes


def clean_event_text(key: str, value: str) -> str:
    """One of the request's free texts (EVENT_TEXTS), trimmed and checked."""
    return clean_text(value, what=EVENT_TEXTS[key], limit=MAX_EVENT_TEXT)


def check_layout(layout: str) -> str:
    """The hall's furniture layout, which every event chooses."""
    if not layout or not layout.strip():
        raise BadInput(_("choose a layout for the hall (theatre, classroom, banquet, "
                         "reception or u_shape)"))
    return layout.strip().lower()


def find_hall(session: Session, hall: str | int) -> Room:
    """The hall (whole, Hall A or Hall B) an event asks for, bookable now."""
    if isinstance(hall, str) and not hall.strip():
        raise BadInput(_("choose the hall, Hall A or Hall B"))
    room = bookable_room(session, hall)
    if room.kind != RoomKind.HALL:
        raise BadInput(_("{room} is not the hall; events take the hall (Hall, Hall A or Hall B)")
                       .format(room=spoken_name(room)))
    return room


def day_spans(start: datetime, end: datetime, nightly: bool) -> list[tuple[datetime, datetime]]:
    """The bookings an event needs: one per day with nightly teardown, else one."""
    first, last = local(start), local(end)
    if not nightly or first.date() == last.date():
        return [(start, end)]
    if last.timetz().replace(tzinfo=None) <= first.timetz().replace(tzinfo=None):
        raise BadInput(_("with a nightly teardown each day runs from the start time to the "
                         "end time, so the end time must be later in the day than the start "
                         "time"))
    spans = []
    day = first.date()
    while day <= last.date():
        spans.append((datetime.combine(day, first.time(), tzinfo=BUILDING_TZ),
                      datetime.combine(day, last.time(), tzinfo=BUILDING_TZ)))
        day += timedelta(days=1)
    return spans


def crew_buffers(kind: str, setup_min: int, teardown_min: int) -> tuple[int, int]:
    """Minutes the hall is blocked before and after each day: the crew's, at least the
    changeover the hall's policy asks for."""
    policy = policy_for(kind)
    return max(setup_min, policy.buffer_before_min), max(teardown_min, policy.buffer_after_min)


def check_equipment_line(item: Equipment | None, code: str, quantity: int,
                         codes: Iterable[str]) -> int:
    """One line of the equipment asked for: a known item, a whole number, no more than exist."""
    if item is None:
        raise BadInput(_("there is no equipment '{code}'; choose from {codes}").format(
            code=code, codes=", ".join(sorted(codes))))
    if isinstance(quantity, bool) or not isinstance(quantity, int) or quantity < 1:
        raise BadInput(_("{item}: ask for a whole number of at least 1, got {quantity}").format(
            item=item.name, quantity=repr(quantity)))
    if quantity > item.quantity:
        raise RuleRefused(_("only {stock} × {item} exist; {quantity} asked").format(
            stock=item.quantity, item=item.name, quantity=quantity), rule="equipment")
    return quantity


def equipment_shortage(item: Equipment, wanted: int, peak: int,
                       busiest: tuple[Event, datetime, datetime] | None) -> RuleRefused | None:
    """The refusal when other events already use too many of an item at that time."""
    if peak + wanted <= item.quantity:
        return None
    message = _("not enough {item}: {stock} in stock and other events use {peak} at that "
                "time").format(item=item.name, stock=item.quantity, peak=peak)
    if busiest is not None:
        other, o_lo, o_hi = busiest
        message = _("{message} ('{title}', event #{id}, from {start} to {end})").format(
            message=message, title=other.title, id=other.id, start=when(o_lo),
            end=f"{local(o_hi):%H:%M}")
    return RuleRefused(message, rule="equipment")


def refuse_lost_hold(event: Event, bookings: Iterable[Booking]) -> None:
    """Approval confirms the hall the request holds; refuse it when a day no longer holds it."""
    for booking in sorted(bookings, key=lambda b: b.start_at):
        if booking.status not in ACTIVE_STATUSES:
            raise RuleRefused(_("event #{event} no longer holds the hall: booking #{id} is "
                                "{status}; decline the event and ask for a new request").format(
                                    event=event.id, id=booking.id,
                                    status=status_word(booking.status)), rule="event")


def equipment_refusals(session: Session, wanted: dict[str, int],
                       spans: list[tuple[datetime, datetime]], before: int,
                       after: int) -> list[BookingError]:
    """Every refusal of the equipment asked for: unknown items, bad or impossible quantities,
    and items other events use too many of over these days (blocked before and after)."""
    inventory = {e.code: e for e in session.exec(select(Equipment))}
    found: list[BookingError] = []
    clean: dict[str, int] = {}
    for code, quantity in wanted.items():
        try:
            clean[code] = check_equipment_line(inventory.get(code), code, quantity, inventory)
        except BookingError as error:
            found.append(error)
    use = equipment_use(session, list(clean), spans, before, after)
    for code, quantity in clean.items():
        shortage = equipment_shortage(inventory[code], quantity, *use[code])
        if shortage is not None:
            found.append(shortage)
    return found


def equipment_free(session: Session, spans: list[tuple[datetime, datetime]], before: int,
                   after: int) -> dict[str, int]:
    """How many of each item other events leave free over these days (blocked before and
    after)."""
    inventory = {e.code: e.quantity for e in session.exec(select(Equipment))}
    use = equipment_use(session, list(inventory), spans, before, after)
    return {code: max(0, quantity - use[code][0]) for code, quantity in inventory.items()}


def equipment_use(session: Session, codes: list[str], spans: list[tuple[datetime, datetime]],
                  before: int, after: int
                  ) -> dict[str, tuple[int, tuple[Event, datetime, datetime] | None]]:
    """Per item, the most other events use at once on the busiest of these days (each blocked
    before and after), and the biggest user then."""
    worst: dict[str, tuple[int, tuple[Event, datetime, datetime] | None]] = dict.fromkeys(
        codes, (0, None))
    if not codes:
        return worst
    for day_start, day_end in spans:
        usage = _usage(session, codes, day_start - timedelta(minutes=before),
                       day_end + timedelta(minutes=after))
        for code, (peak, busiest) in usage.items():
            if worst[code][1] is None or peak > worst[code][0]:
                worst[code] = (peak, busiest)
    return worst


def _usage(session: Session, codes: list[str], lo: datetime, hi: datetime
           ) -> dict[str, tuple[int, tuple[Event, datetime, datetime] | None]]:
    """Per item, the most other events use at once within [lo, hi), and the biggest user."""
    rows = session.exec(
        select(Booking, EventEquipment, Event)
        .join(EventEquipment, col(EventEquipment.event_id) == Booking.event_id)
        .join(Event, col(Event.id) == Booking.event_id)
        .where(col(Booking.status).in_(list(ACTIVE_STATUSES)),
               col(EventEquipment.equipment_code).in_(codes),
               Booking.start_at < hi + timedelta(days=8),
               Booking.end_at > lo - timedelta(days=8))).all()
    found: dict[str, tuple[int, tuple[Event, datetime, datetime] | None]] = {}
    for code in codes:
        uses = []
        for booking, line, other in rows:
            if line.equipment_code != code:
                continue
            o_lo = booking.start_at - timedelta(minutes=booking.buffer_before_min)
            o_hi = booking.end_at + timedelta(minutes=booking.buffer_after_min)
            if o_lo < hi and o_hi > lo:
                uses.append((max(o_lo, lo), min(o_hi, hi), line.quantity, other, o_lo, o_hi))
        peak, busiest = _peak(uses)
        found[code] = (peak, busiest if uses else None)
    return found


def _peak(uses: list[tuple[datetime, datetime, int, Event, datetime, datetime]]
          ) -> tuple[int, tuple[Any, datetime, datetime]]:
    """The most of an item in use at once among overlapping uses, and the biggest user."""
    if not uses:
        return 0, (None, datetime.min, datetime.min)
    points = sorted({u[0] for u in uses})
    peak = 0
    for moment in points:
        peak = max(peak, sum(u[2] for u in uses if u[0] <= moment < u[1]))
    biggest = max(uses, key=lambda u: u[2])
    return peak, (biggest[3], biggest[4], biggest[5])


