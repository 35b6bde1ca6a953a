"""What the event dialog holds, a read-only rehearsal of its request, and the save itself.

The rehearsal asks booking.validation.check_booking about each day the event would book (so
the words are the engine's), widens the span by setup and teardown to find clashes, and reads
the other events to see how much equipment is still free. Nothing is written; the engine has
the last word when the request is saved.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from booking.errors import BookingError
from booking.events.service import MAX_SETUP_MIN, EquipmentInfo, EventOutcome
from booking.lookups import clean_text
from booking.policy import SLOT_MINUTES, policy_for
from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from booking.validation import Problem, check_booking
from booking.views import RoomInfo

# Where each problem shows on the form, in the order the Save button names them.
FIELD_ORDER = ("hall", "when", "title", "layout", "attendees", "setup", "equipment",
               "organizer", "organization", "contact", "catering")
_FIELD_OF = {"room": "hall", "time": "when", "contact_name": "contact",
             "contact_phone": "contact", "notes": "catering"}


@dataclass(frozen=True)
class EventForm:
    """The request as the form now describes it, in the engine's terms."""

    hall: str
    start: datetime
    end: datetime
    title: str
    layout: str
    attendees: int
    setup_min: int = 60
    teardown_min: int = 60
    equipment: dict[str, int] = field(default_factory=dict)
    catering: str = ""
    organizer: str = ""
    organization: str | None = None
    contact_name: str = ""
    contact_phone: str = ""
    public: bool = False
    nightly_teardown: bool = False

    @property
    def multi_day(self) -> bool:
        return local(self.start).date() != local(self.end).date()


@dataclass(frozen=True)
class FieldProblem:
    """One reason the request cannot be saved, and the field it belongs beside."""

    field: str
    message: str
    kind: str = "bad_input"


@dataclass(frozen=True)
class Rehearsal:
    """What checking the form found: its problems and how much of each item is free then."""

    problems: list[FieldProblem]
    free: dict[str, int]


def day_spans(form: EventForm) -> list[tuple[datetime, datetime]]:
    """The bookings the request makes: one per day with nightly teardown, else one."""
    first, last = local(form.start), local(form.end)
    if not form.nightly_teardown or first.date() == last.date():
        return [(form.start, form.end)]
    spans = []
    day = first.date()
    while day <= last.date():
        spans.append((datetime.combine(day, first.time(), tzinfo=BUILDING_TZ),
                      datetime.combine(day, last.time(), tzinfo=BUILDING_TZ)))
        day += timedelta(days=1)
    return spans


def _minutes_problems(form: EventForm) -> list[FieldProblem]:
    found = []
    for what, minutes in (("setup", form.setup_min), ("teardown", form.teardown_min)):
        if not 0 <= minutes <= MAX_SETUP_MIN or minutes % SLOT_MINUTES:
            found.append(FieldProblem("setup", f"{what} must be 0 to {MAX_SETUP_MIN} minutes in "
                                               f"{SLOT_MINUTES}-minute steps, got {minutes}"))
    return found


def _text_problems(form: EventForm) -> list[FieldProblem]:
    found = []
    for key, value in (("catering", form.catering), ("organizer", form.organizer)):
        try:
            clean_text(value, what=key, limit=2000)
        except BookingError as error:
            found.append(FieldProblem(key, error.message))
    return found


def _mapped(problems: Iterable[Problem]) -> list[FieldProblem]:
    return [FieldProblem(_FIELD_OF.get(p.field, p.field), p.message, p.kind) for p in problems]


def _judge_spans(services: Services, form: EventForm, room: RoomInfo,
                 spans: list[tuple[datetime, datetime]]) -> list[FieldProblem]:
    """The engine's checks of each booking, and the clashes of the hall with setup and
    teardown around them."""
    policy = policy_for(room.kind)
    extra_before = max(0, form.setup_min - policy.buffer_before_min)
    extra_after = max(0, form.teardown_min - policy.buffer_after_min)
    continuous = len(spans) == 1 and form.multi_day
    now = services.now()
    found: list[FieldProblem] = []

    def judge(lo: datetime, hi: datetime) -> list[Problem]:
        return check_booking(
            services.engine, now=now, room=form.hall, start=lo, end=hi, title=form.title,
            attendees=form.attendees, layout=form.layout or None,
            organization=form.organization, contact_name=form.contact_name,
            contact_phone=form.contact_phone, multi_day=continuous)

    for start, end in spans:
        problems = judge(start, end)
        if extra_before or extra_after:
            # The hall is blocked for setup and teardown: look for clashes across them too.
            widened = judge(start - timedelta(minutes=extra_before),
                            end + timedelta(minutes=extra_after))
            problems = [p for p in problems if p.kind != "conflict"] + [
                p for p in widened if p.kind == "conflict"]
        found.extend(_mapped(problems))
    return found


def equipment_free(services: Services, form: EventForm, room: RoomInfo,
                   inventory: list[EquipmentInfo]) -> dict[str, int]:
    """How many of each item are left for this event over its setup-to-teardown time."""
    del inventory  # the engine counts against its own inventory
    return services.events.free_equipment(hall=room.code, spans=day_spans(form),
                                          setup_min=form.setup_min,
                                          teardown_min=form.teardown_min)


def rehearse(services: Services, form: EventForm, *, rooms: dict[str, RoomInfo],
             inventory: list[EquipmentInfo]) -> Rehearsal:
    """Every problem saving this request would meet (empty when it can be saved)."""
    problems = _minutes_problems(form) + _text_problems(form)
    if not form.layout:
        problems.append(FieldProblem("layout", "choose a layout for the hall"))
    if form.attendees < 1:
        problems.append(FieldProblem("attendees", "say how many people are expected; the "
                                                  "layout and the crew depend on it"))
    room = rooms.get(form.hall)
    if room is None:
        problems.append(FieldProblem("hall", "choose the hall, Hall A or Hall B"))
        return Rehearsal(problems, {})
    if form.end <= form.start:
        problems.append(FieldProblem("when", "the end is not after the start; give the event "
                                             "a length"))
        return Rehearsal(problems, {})
    if form.nightly_teardown and form.multi_day and \
            local(form.end).time() <= local(form.start).time():
        problems.append(FieldProblem(
            "when", "with a nightly teardown each day runs from the start time to the end "
                    "time, so the end time must be later in the day than the start time"))
        return Rehearsal(problems, {})
    spans = day_spans(form)
    problems.extend(_judge_spans(services, form, room, spans))
    free = equipment_free(services, form, room, inventory)
    names = {i.code: i for i in inventory}
    for code, wanted in form.equipment.items():
        if wanted > free.get(code, 0):
            item = names[code]
            problems.append(FieldProblem(
                "equipment", f"not enough {item.name}: {item.quantity} in stock and other "
                             f"events use {item.quantity - free.get(code, 0)} at that time",
                "rule"))
    unique = list(dict.fromkeys(problems))
    order = {name: i for i, name in enumerate(FIELD_ORDER)}
    return Rehearsal(sorted(unique, key=lambda p: order.get(p.field, len(order))), free)


def save_request(services: Services, form: EventForm) -> EventOutcome:
    """Ask for the hall: a tentative hold until a manager decides."""
    return services.events.request(
        actor=services.actor, hall=form.hall, start=form.start, end=form.end, title=form.title,
        layout=form.layout, attendees=form.attendees, setup_min=form.setup_min,
        teardown_min=form.teardown_min, equipment=dict(form.equipment),
        catering=form.catering, organizer=form.organizer, organization=form.organization,
        contact_name=form.contact_name, contact_phone=form.contact_phone, public=form.public,
        nightly_teardown=form.nightly_teardown)
