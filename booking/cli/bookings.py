"""Booking commands of the command line: book, move, cancel, check-in, bookings, free, demo."""

import argparse
from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any, TextIO

from booking.building import ANNEX_BUILDING_FILE
from booking.cli.common import (
    actor_of,
    emit_json,
    instant_of,
    moment_text,
    period_end,
    period_start,
    record_id,
    span_text,
    today_start,
    whole_number,
    with_services,
)
from booking.cli.events import SheetWriter
from booking.cli.events import register as register_events
from booking.cli.series import (
    add_series_arguments,
    add_series_command,
    book_series,
    cmd_series,
)
from booking.errors import BadInput
from booking.i18n import N_, _, ngettext
from booking.statuses import BookingStatus
from booking.timeutil import guest_span_text, guest_zone
from booking.views import BookingView, Change

if TYPE_CHECKING:
    from booking.services import Services

# Bookings that no longer hold their room, left out of `bookings` unless --status asks.
HIDDEN_BY_DEFAULT = {BookingStatus.CANCELLED.value, BookingStatus.RELEASED.value}

def booking_line(view: BookingView) -> str:
    """A booking on one line: '#12 BROMO Tue 15 Dec 2026 09:00–10:30 (11:00–12:30 JST)
    'Stand-up' for Tani Cerdas, 6 people [confirmed]' (the status stays the code scripts
    know; the guest's times when their zone is known)."""
    line = f"#{view.id} {view.room} {span_text(view.start, view.end)}"
    if view.guest_zone:
        line += f" ({guest_span_text(view.start, view.end, view.guest_zone)})"
    line += f" '{view.title}'"
    if view.organization:
        line += " " + _("for {organization}").format(organization=view.organization)
    if view.attendees:
        line += ", " + ngettext("{n} person", "{n} people", view.attendees).format(
            n=view.attendees)
    return f"{line} [{view.status}]"


def _guest_zone_of(args: argparse.Namespace) -> str | None:
    """--guest-tz checked before the database is touched; 'none' clears it."""
    raw = args.guest_tz
    return None if raw is None or raw.strip().lower() == "none" else guest_zone(raw)


def _report_change(args: argparse.Namespace, out: TextIO, change: Change, verb: str) -> int:
    """Print what a use case did to a booking; `verb` is marked N_ and said here."""
    if args.json:
        emit_json(out, change.booking.to_json())
    else:
        out.write(f"{_(verb)} {booking_line(change.booking)}\n")
        if change.overridden:
            out.write(_("(override of: {rules})").format(rules=", ".join(change.overridden))
                      + "\n")
    return 0


def cmd_book(args: argparse.Namespace, out: TextIO) -> int:
    start = instant_of(args, args.start, what=_("start"))
    end = instant_of(args, args.end, what=_("end"))
    zone = _guest_zone_of(args)

    def body(services: "Services") -> int:
        if args.repeat is not None:
            if zone is not None:
                raise BadInput(_("--guest-tz goes with single bookings, not with --repeat"))
            return book_series(args, out, services, actor_of(args), start, end)
        if args.skip or args.skip_conflicts:
            raise BadInput(_("--skip and --skip-conflicts go with --repeat"))
        change = services.bookings.book(
            actor=actor_of(args), room=args.room, start=start, end=end, title=args.title,
            organization=args.organization, attendees=args.attendees, layout=args.layout,
            contact_name=args.contact or "", contact_phone=args.phone or "",
            notes=args.notes or "", tentative=args.tentative, override_reason=args.override,
            guest_tz=zone)
        return _report_change(args, out, change, N_("Booked"))
    return with_services(args, body)


def cmd_move(args: argparse.Namespace, out: TextIO) -> int:
    booking_id = record_id(args.id)
    start = instant_of(args, args.start, what=_("start")) if args.start else None
    end = instant_of(args, args.end, what=_("end")) if args.end else None
    zone = _guest_zone_of(args)
    zone_given = args.guest_tz is not None
    if args.room is None and start is None and end is None and not zone_given:
        raise BadInput(_("say where to move it: --room, --start and/or --end"))
    more: dict[str, Any] = {"guest_tz": zone} if zone_given else {}

    def body(services: "Services") -> int:
        if args.room is None and start is None and end is None:
            # Only the guest's zone changes: the booking stays where it is.
            change = services.bookings.change_details(actor=actor_of(args),
                                                      booking_id=booking_id, guest_tz=zone)
        elif start is not None and end is None:
            # A new start alone keeps the length: the booking shifts.
            current = services.booking(booking_id)
            change = services.bookings.move(actor=actor_of(args), booking_id=booking_id,
                                            room=args.room, start=start,
                                            end=start + (current.end - current.start),
                                            override_reason=args.override, **more)
        elif args.room is None and start is None:
            change = services.bookings.move(actor=actor_of(args), booking_id=booking_id,
                                            end=end, override_reason=args.override, **more)
        else:
            change = services.bookings.move(actor=actor_of(args), booking_id=booking_id,
                                            room=args.room, start=start, end=end,
                                            override_reason=args.override, **more)
        return _report_change(args, out, change, N_("Moved") if change.action != "unchanged"
                              else N_("Unchanged"))
    return with_services(args, body)


def cmd_cancel(args: argparse.Namespace, out: TextIO) -> int:
    booking_id = record_id(args.id)

    def body(services: "Services") -> int:
        change = services.bookings.cancel(actor=actor_of(args), booking_id=booking_id,
                                          reason=args.reason or "cancelled at the front desk")
        return _report_change(args, out, change, N_("Cancelled"))
    return with_services(args, body)


def cmd_reinstate(args: argparse.Namespace, out: TextIO) -> int:
    booking_id = record_id(args.id)

    def body(services: "Services") -> int:
        change = services.bookings.reinstate(actor=actor_of(args), booking_id=booking_id,
                                             override_reason=args.override)
        return _report_change(args, out, change, N_("Reinstated"))
    return with_services(args, body)


def cmd_check_in(args: argparse.Namespace, out: TextIO) -> int:
    booking_id = record_id(args.id)

    def body(services: "Services") -> int:
        change = services.bookings.check_in(actor=actor_of(args), booking_id=booking_id)
        return _report_change(args, out, change, N_("Checked in"))
    return with_services(args, body)


def cmd_bookings(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        start = period_start(args, args.start) or today_start(services.now())
        end = period_end(args, args.end) or start + timedelta(days=7)
        if end <= start:
            raise BadInput(_("--to must be after --from"))
        room_ids = None
        if args.room:
            matches = [r for r in services.rooms(include_retired=True)
                       if args.room.lower() in (r.code.lower(), r.name.lower(),
                                                r.name_en.lower(), (r.name_id or "").lower())]
            if not matches:
                raise BadInput(_("there is no room '{room}'").format(room=args.room))
            room_ids = [matches[0].id]
        if args.status == "all":
            statuses = None
        elif args.status:
            statuses = [args.status]
        else:
            statuses = [s.value for s in BookingStatus if s.value not in HIDDEN_BY_DEFAULT]
        views = services.list_bookings(start=start, end=end, room_ids=room_ids,
                                       statuses=statuses)
        if args.json:
            emit_json(out, [v.to_json() for v in views])
        else:
            for view in views:
                out.write(booking_line(view) + "\n")
            if not views:
                out.write(_("No bookings from {start} to {end}.").format(
                    start=moment_text(start), end=moment_text(end)) + "\n")
        return 0
    return with_services(args, body)


def cmd_free(args: argparse.Namespace, out: TextIO) -> int:
    start = instant_of(args, args.start, what=_("start"))
    end = instant_of(args, args.end, what=_("end"))

    def body(services: "Services") -> int:
        rooms = services.availability.free_rooms(
            start=start, end=end, capacity=args.capacity, kind=args.kind,
            amenities=args.amenity or (), floor=args.floor, building=args.building)
        if args.json:
            emit_json(out, [r.to_json() for r in rooms])
        else:
            for room in rooms:
                seats = ngettext("{n} seat", "{n} seats", room.capacity).format(n=room.capacity)
                floor = _("floor {level}").format(level=room.floor)
                out.write(f"{room.code:<8} {room.name:<28} {floor}  {room.kind:<11} "
                          f"{seats:>10}  {', '.join(room.amenities)}\n")
            if not rooms:
                out.write(_("No room is free for the whole span with those needs.") + "\n")
        return 0
    return with_services(args, body)


def cmd_series_entry(args: argparse.Namespace, out: TextIO) -> int:
    return with_services(args, lambda services: cmd_series(args, out, services, actor_of(args)))


def cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        report = services.fill_demo(bookings=args.bookings, seed=args.seed,
                                    progress=None if args.json else out,
                                    second_site=ANNEX_BUILDING_FILE if args.second_site
                                    else None)
        if args.json:
            emit_json(out, report)
        else:
            bookings, terms, organizations = (int(str(report[key])) for key in
                                              ("bookings", "terms", "organizations"))
            out.write(_("Demo data: {bookings}, {terms}, {organizations} ({first} to {last})."
                        ).format(
                bookings=ngettext("{n} booking", "{n} bookings", bookings).format(n=bookings),
                terms=ngettext("{n} term assignment", "{n} term assignments", terms).format(
                    n=terms),
                organizations=ngettext("{n} organization", "{n} organizations",
                                       organizations).format(n=organizations),
                first=report["first_day"], last=report["last_day"]) + "\n")
        return 0
    return with_services(args, body)


def add_booking_commands(commands: Any, common: Callable[..., None], *,
                         sheet_writer: SheetWriter | None = None) -> None:
    """Register the booking commands on the top-level subparsers."""
    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace, TextIO], int],
            ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        common(parser, top=False)
        parser.set_defaults(handler=handler)
        return parser

    book = add("book", _("create a booking"), cmd_book)
    book.add_argument("room", metavar="ROOM", help=_("room code or name (see 'rooms')"))
    book.add_argument("start", metavar="START",
                      help=_("ISO 8601 (2026-12-01T09:00), now, 14:00, today 14:00 or "
                             "tomorrow 09:00"))
    book.add_argument("end", metavar="END",
                      help=_("same forms as START, e.g. 2026-12-01T10:30 or 15:30"))
    book.add_argument("--title", required=True, help=_("what the booking is for"))
    book.add_argument("--for", dest="organization", metavar="ORG",
                      help=_("the organization or team it is for (added when new)"))
    book.add_argument("--attendees", type=whole_number, default=0, metavar="N")
    book.add_argument("--layout", help=_("furniture layout for rooms that have them (the hall)"))
    book.add_argument("--contact", help=_("contact person"))
    book.add_argument("--phone", help=_("contact phone"))
    book.add_argument("--notes")
    book.add_argument("--tentative", action="store_true", help=_("hold the room, not yet firm"))
    book.add_argument("--override", metavar="REASON",
                      help=_("(managers) book despite a rule, recording why"))
    book.add_argument("--guest-tz", metavar="ZONE",
                      help=_("the guest's time zone when it is not their organization's, an "
                             "IANA name such as Asia/Tokyo: their times are shown too"))
    add_series_arguments(book)
    add_series_command(add, cmd_series_entry)
    register_events(add, sheet_writer=sheet_writer)

    move = add("move", _("move or resize a booking"), cmd_move)
    move.add_argument("id", metavar="ID")
    move.add_argument("--room", metavar="R")
    move.add_argument("--start", metavar="S",
                      help=_("ISO 8601, 14:00, today 14:00 or tomorrow 09:00"))
    move.add_argument("--end", metavar="E", help=_("same forms as --start"))
    move.add_argument("--override", metavar="REASON")
    move.add_argument("--guest-tz", metavar="ZONE",
                      help=_("set the guest's time zone (an IANA name such as Asia/Tokyo; "
                             "none clears it)"))

    cancel = add("cancel", _("cancel a booking"), cmd_cancel)
    cancel.add_argument("id", metavar="ID")
    cancel.add_argument("--reason", metavar="R")

    reinstate = add("reinstate", _("bring a cancelled or released booking back (the booking "
                                   "rules apply; a manager may override them)"), cmd_reinstate)
    reinstate.add_argument("id", metavar="ID")
    reinstate.add_argument("--override", metavar="REASON")

    check_in = add("check-in", _("check the guests of a booking in"), cmd_check_in)
    check_in.add_argument("id", metavar="ID")

    listing = add("bookings", _("list bookings"), cmd_bookings)
    listing.add_argument("--from", dest="start", metavar="D",
                         help=_("a day (2026-12-01, today, tomorrow) or a moment (default: today)"))
    listing.add_argument("--to", dest="end", metavar="D",
                         help=_("date (inclusive) or date-time (default: a week after --from)"))
    listing.add_argument("--room", metavar="R")
    listing.add_argument("--status", metavar="S",
                         choices=("tentative", "confirmed", "checked_in", "cancelled",
                                  "released", "declined", "expired", "all"),
                         help=_("only bookings in this status; cancelled and released ones are "
                                "listed only when asked for (or with 'all')"))

    free = add("free", _("rooms free for a whole span, best fit first"), cmd_free)
    free.add_argument("start", metavar="START",
                      help=_("ISO 8601, now, 14:00, today 14:00 or tomorrow 09:00"))
    free.add_argument("end", metavar="END", help=_("same forms as START"))
    free.add_argument("--capacity", type=whole_number, default=0, metavar="N")
    free.add_argument("--kind", metavar="K")
    free.add_argument("--amenity", action="append", metavar="A",
                      help=_("required amenity (repeat for several)"))
    free.add_argument("--floor", type=whole_number, metavar="F")
    free.add_argument("--building", metavar="CODE",
                      help=_("only this building's rooms (default: every building)"))

    demo = add("demo", _("fill the database with realistic demo data"), cmd_demo)
    demo.add_argument("--bookings", type=whole_number, default=None, metavar="N",
                      help=_("total bookings to generate (history grows backwards to reach N)"))
    demo.add_argument("--seed", type=whole_number, default=2026, metavar="S")
    demo.add_argument("--second-site", action="store_true",
                      help=_("also add the Coding Factory Annex (resources/buildings/annex.toml)"
                             " and book its rooms"))
