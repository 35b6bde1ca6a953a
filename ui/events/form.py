"""What the event dialog holds, a read-only rehearsal of its request, and the save itself.

The rehearsal is the services' (Services.check_event): it runs the event rules the request
itself runs, so the words are the engine's, and says how much equipment is still free. Here
its problems are only placed beside the dialog's fields. Nothing is written; the engine has
the last word when the request is saved.
"""

from dataclasses import dataclass, field
from datetime import datetime

from booking.events.rehearsal import EventProblem
from booking.events.service import EventOutcome
from booking.services import Services

# The dialog shows setup and teardown on one row, and the contact's name and phone on one.
_FIELD_OF = {"teardown": "setup", "contact_name": "contact", "contact_phone": "contact"}


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


def _placed(problem: EventProblem) -> FieldProblem:
    return FieldProblem(_FIELD_OF.get(problem.field, problem.field), problem.message,
                        problem.kind)


def rehearse(services: Services, form: EventForm) -> Rehearsal:
    """Every problem sending this request would meet, beside the dialog's fields (empty when
    it can be sent), and how many of each item of equipment are free then."""
    found = services.check_event(
        hall=form.hall, start=form.start, end=form.end, title=form.title, layout=form.layout,
        attendees=form.attendees, setup_min=form.setup_min, teardown_min=form.teardown_min,
        equipment=dict(form.equipment), catering=form.catering, organizer=form.organizer,
        organization=form.organization, contact_name=form.contact_name,
        contact_phone=form.contact_phone, nightly_teardown=form.nightly_teardown)
    return Rehearsal(list(dict.fromkeys(_placed(p) for p in found.problems)), found.free)


def save_request(services: Services, form: EventForm) -> EventOutcome:
    """Ask for the hall: a tentative hold until a manager decides."""
    return services.events.request(
        actor=services.actor, hall=form.hall, start=form.start, end=form.end, title=form.title,
        layout=form.layout, attendees=form.attendees, setup_min=form.setup_min,
        teardown_min=form.teardown_min, equipment=dict(form.equipment),
        catering=form.catering, organizer=form.organizer, organization=form.organization,
        contact_name=form.contact_name, contact_phone=form.contact_phone, public=form.public,
        nightly_teardown=form.nightly_teardown)
