"""What the booking form holds, and how it is saved through the services."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from booking.services import Services
from booking.views import BookingView, Change


@dataclass(frozen=True)
class BookingForm:
    """What the form holds, in the engine's terms."""

    room: str
    start: datetime
    end: datetime
    title: str
    organization: str | None
    attendees: int
    layout: str | None
    contact_name: str
    contact_phone: str
    notes: str
    rule: str | None
    skip_conflicts: bool
    guest_tz: str | None = None  # the booking's own guest zone, an IANA name


def save_new(services: Services, form: BookingForm, *,
             override_reason: str | None = None) -> Change:
    """Book the form once, or as a series when it repeats."""
    if form.rule is not None:
        return services.series.create(
            actor=services.actor, room=form.room, start=form.start,
            end=form.end, rule=form.rule, title=form.title,
            organization=form.organization, attendees=form.attendees,
            layout=form.layout, notes=form.notes, contact_name=form.contact_name,
            contact_phone=form.contact_phone,
            skip_conflicts=form.skip_conflicts).change
    return services.bookings.book(
        actor=services.actor, room=form.room, start=form.start,
        end=form.end, title=form.title, organization=form.organization,
        attendees=form.attendees, layout=form.layout,
        contact_name=form.contact_name, contact_phone=form.contact_phone,
        notes=form.notes, override_reason=override_reason, guest_tz=form.guest_tz)


def save_edit(services: Services, booking: BookingView, form: BookingForm, *,
              on_step: Callable[[BookingView], None],
              override_reason: str | None = None) -> Change:
    """A move and/or a change of details, in the order the rules let both through.

    on_step receives the booking as each step leaves it: if the second step is refused, the
    first stays saved, and the dialog edits from there.
    """
    moved = (form.room, form.start, form.end) != (booking.room, booking.start, booking.end)
    details: dict[str, Any] = {}
    for name, old in (("title", booking.title), ("organization", booking.organization),
                      ("attendees", booking.attendees), ("layout", booking.layout),
                      ("contact_name", booking.contact_name),
                      ("contact_phone", booking.contact_phone), ("notes", booking.notes),
                      ("guest_tz", booking.guest_tz)):
        new = getattr(form, name)
        if isinstance(new, int) or isinstance(old, int):
            if new != old:
                details[name] = new
        elif (new or "").strip() != (old or "").strip():
            details[name] = new
    # New details that fit where the booking is now go first, so the move is judged with
    # them (a smaller room for fewer people); otherwise the move goes first.
    details_first = bool(details) and moved and not [
        p for p in services.check_booking(
            room=booking.room, start=booking.start, end=booking.end, title=form.title,
            attendees=form.attendees, layout=form.layout, organization=form.organization,
            exclude_booking_id=booking.id) if p.field in ("attendees", "layout", "room")]
    steps = ["details", "move"] if details_first else ["move", "details"]
    changes: list[Change] = []
    move_change: Change | None = None
    version = booking.version
    for step in steps:
        if step == "move" and moved:
            change = move_change = services.bookings.move(
                actor=services.actor, booking_id=booking.id, room=form.room,
                start=form.start, end=form.end, expected_version=version,
                override_reason=override_reason)
        elif step == "details" and details:
            change = services.bookings.change_details(
                actor=services.actor, booking_id=booking.id,
                expected_version=version, override_reason=override_reason, **details)
        else:
            continue
        changes.append(change)
        version = change.booking.version
        on_step(change.booking)
    if not changes:
        return Change("unchanged", (booking,), (booking,), frozenset({booking.room_id}),
                      (booking.start, booking.end))
    final = changes[-1].booking
    return Change((move_change or changes[-1]).action, (final,), (booking,),
                  frozenset({booking.room_id, final.room_id}),
                  (min(booking.start, final.start), max(booking.end, final.end)),
                  tuple(r for c in changes for r in c.overridden))
