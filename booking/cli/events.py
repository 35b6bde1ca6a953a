"""Command line for hall events: event request/approve/decline/withdraw/show, events, equipment."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol, TextIO

from booking.cli.common import (
    actor_of,
    emit_json,
    force_of,
    instant_of,
    moment_text,
    period_end,
    period_start,
    record_id,
    span_text,
    whole_number,
    with_services,
)
from booking.cli.papers import accept_both_languages, document_language_of
from booking.cli.program import add_force_option
from booking.errors import BadInput
from booking.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from booking.events.service import EventView
    from booking.services import Services

Add = Callable[..., argparse.ArgumentParser]


class SheetWriter(Protocol):
    """Prints a hall event's paper to a PDF file (with Qt, so main.py hands it in): `paper`
    'sheet' is its run sheet, 'letter' its room-loan letter; `language` id, en or both (None:
    the one spoken)."""

    def __call__(self, services: "Services", event_id: int, pdf: Path, *, paper: str,
                 language: str | None, force: bool) -> Path: ...


PAPERS = {"sheet": N_("the event sheet"), "letter": N_("the room-loan letter")}
PAPER_NAMES = {"sheet": N_("Event sheet"), "letter": N_("Room-loan letter")}


def _equipment(values: list[str] | None) -> dict[str, int]:
    wanted: dict[str, int] = {}
    for value in values or []:
        code, sep, count = value.partition("=")
        code = code.strip()
        if not code:
            raise BadInput(_("--equipment '{value}' should look like livestream_kit=1").format(
                value=value))
        if not sep:
            count = "1"
        try:
            quantity = whole_number(count)
        except argparse.ArgumentTypeError:
            raise BadInput(_("--equipment '{value}': the quantity must be a whole number"
                             ).format(value=value)) from None
        wanted[code] = wanted.get(code, 0) + quantity
    return wanted


def _line(event: "EventView") -> str:
    people = ngettext("{n} person", "{n} people", event.attendees).format(n=event.attendees)
    times = _("setup {setup} min, teardown {teardown} min").format(
        setup=event.setup_min, teardown=event.teardown_min)
    return (f"#{event.id} {event.hall} {span_text(event.start, event.end)} '{event.title}' "
            f"{event.layout}, {people}, {times} [{event.status}]")


def _report(args: argparse.Namespace, out: TextIO, event: "EventView", verb: str) -> int:
    """Print what a use case did to an event; `verb` is marked N_ and said here."""
    if args.json:
        emit_json(out, event.to_json())
    else:
        out.write(f"{_(verb)} {_line(event)}\n")
        if event.equipment:
            items = ", ".join(f"{c} × {q}" for c, q in event.equipment.items())
            out.write("  " + _("equipment: {items}").format(items=items) + "\n")
        if event.status == "requested" and event.expires_at:
            out.write("  " + _("held until {moment} unless a manager decides").format(
                moment=moment_text(event.expires_at)) + "\n")
    return 0


def register(add: Add, *, sheet_writer: SheetWriter | None = None) -> None:
    """Add `event ...`, `events` and `equipment` to the command line."""

    def cmd_event(args: argparse.Namespace, out: TextIO) -> int:
        def body(services: "Services") -> int:
            who = actor_of(args)
            if args.event_command == "request":
                if not args.hall or not args.start or not args.end:
                    raise BadInput(_("event request needs HALL START END"))
                outcome = services.events.request(
                    actor=who, hall=args.hall,
                    start=instant_of(args, args.start, what=_("start")),
                    end=instant_of(args, args.end, what=_("end")), title=args.title or "",
                    layout=args.layout or "", attendees=args.attendees,
                    setup_min=args.setup, teardown_min=args.teardown,
                    equipment=_equipment(args.equipment), catering=args.catering or "",
                    organizer=args.organizer or "", organization=args.organization,
                    contact_name=args.contact or "", contact_phone=args.phone or "",
                    public=args.public, nightly_teardown=args.nightly_teardown)
                return _report(args, out, outcome.event, N_("Requested"))
            event_id = record_id(args.hall or "", what="event")
            if args.event_command in PAPERS:
                paper = args.event_command
                if not args.pdf:
                    raise BadInput(_("say where to write {what}: --pdf FILE").format(
                        what=_(PAPERS[paper])))
                if sheet_writer is None:
                    raise BadInput(_("printing {what} needs the desktop part of Ruang").format(
                        what=_(PAPERS[paper])))
                written = sheet_writer(services, event_id, Path(args.pdf), paper=paper,
                                       language=document_language_of(args),
                                       force=force_of(args))
                if args.json:
                    emit_json(out, {"event_id": event_id, "pdf": str(written)})
                else:
                    out.write(_("{paper} for #{id} written to {file}").format(
                        paper=_(PAPER_NAMES[paper]), id=event_id, file=written) + "\n")
                return 0
            if args.event_command == "approve":
                outcome = services.events.approve(actor=who, event_id=event_id,
                                                  note=args.reason or "")
                return _report(args, out, outcome.event, N_("Approved"))
            if args.event_command == "decline":
                outcome = services.events.decline(actor=who, event_id=event_id,
                                                  reason=args.reason or "")
                return _report(args, out, outcome.event, N_("Declined"))
            if args.event_command == "withdraw":
                outcome = services.events.withdraw(actor=who, event_id=event_id,
                                                   reason=args.reason or "")
                return _report(args, out, outcome.event, N_("Withdrawn"))
            return _report(args, out, services.events.get(event_id), N_("Event"))
        return with_services(args, body)

    def cmd_events(args: argparse.Namespace, out: TextIO) -> int:
        def body(services: "Services") -> int:
            start = period_start(args, args.start)
            end = period_end(args, args.end)
            if start and end and end <= start:
                raise BadInput(_("--to must be after --from"))
            events = services.events.list_events(
                start=start, end=end, statuses=[args.status] if args.status else None)
            if args.json:
                emit_json(out, [e.to_json() for e in events])
            else:
                for event in events:
                    out.write(_line(event) + "\n")
                if not events:
                    out.write(_("No events.") + "\n")
            return 0
        return with_services(args, body)

    def cmd_equipment(args: argparse.Namespace, out: TextIO) -> int:
        def body(services: "Services") -> int:
            items = services.events.equipment()
            if args.json:
                emit_json(out, [{"code": i.code, "name": i.name_en or i.name,
                                 "quantity": i.quantity} for i in items])
            else:
                for item in items:
                    out.write(f"{item.code:<16} {item.name:<24} {item.quantity:>4}\n")
            return 0
        return with_services(args, body)

    event = add("event", _("request, approve, decline, withdraw or show a hall event; print "
                "its run sheet or room-loan letter"), cmd_event)
    event.add_argument("event_command", choices=("request", "approve", "decline", "withdraw",
                                                 "show", "sheet", "letter"),
                       metavar="request|approve|decline|withdraw|show|sheet|letter")
    event.add_argument("hall", nargs="?", metavar="HALL|ID",
                       help=_("request: HALL, HALL-A or HALL-B; otherwise the event id"))
    event.add_argument("start", nargs="?", metavar="START")
    event.add_argument("end", nargs="?", metavar="END")
    event.add_argument("--title")
    event.add_argument("--layout", help=_("theatre, classroom, banquet, reception or u_shape"))
    event.add_argument("--attendees", type=whole_number, default=0, metavar="N")
    event.add_argument("--setup", type=whole_number, default=60, metavar="MIN",
                       help=_("minutes of setup before (default 60)"))
    event.add_argument("--teardown", type=whole_number, default=60, metavar="MIN",
                       help=_("minutes of teardown after (default 60)"))
    event.add_argument("--equipment", action="append", metavar="CODE=N",
                       help=_("equipment needed, e.g. livestream_kit=1 (repeat; see 'equipment')"))
    event.add_argument("--catering")
    event.add_argument("--organizer")
    event.add_argument("--for", dest="organization", metavar="ORG")
    event.add_argument("--contact", help=_("contact on the day"))
    event.add_argument("--phone")
    event.add_argument("--public", action="store_true", help=_("open to the public"))
    event.add_argument("--nightly-teardown", action="store_true",
                       help=_("a multi-day event cleared each night (one booking per day)"))
    event.add_argument("--reason", metavar="R", help=_("why (decline, withdraw) or a note"))
    event.add_argument("--pdf", metavar="FILE",
                       help=_("sheet, letter: where to write the PDF (a new file unless "
                               "--force)"))
    add_force_option(event, top=False)
    accept_both_languages(event)

    events = add("events", _("list hall events"), cmd_events)
    events.add_argument("--from", dest="start", metavar="D")
    events.add_argument("--to", dest="end", metavar="D")
    events.add_argument("--status", choices=("requested", "approved", "declined", "expired",
                                             "cancelled"))
    add("equipment", _("list the equipment events can borrow"), cmd_equipment)

