"""Command line for recurring bookings: book --repeat, and series show / edit / cancel / make."""

import argparse
from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import day_of, emit_json, moment_text, record_id, span_text, whole_number
from booking.errors import BadInput
from booking.i18n import _, day_text
from booking.timeutil import BUILDING_TZ, local

if TYPE_CHECKING:
    from booking.series.service import Occurrence, SeriesOutcome
    from booking.services import Services



def _dates(args: argparse.Namespace, values: list[str] | None) -> list[date]:
    return [day_of(args, v, what="--skip") for v in values or []]


def _clock(text: str | None, what: str) -> time | None:
    if text is None:
        return None
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise BadInput(_("{option} '{text}' is not a time like 09:30").format(
            option=what, text=text)) from None


def print_preview(out: TextIO, preview: tuple["Occurrence", ...]) -> None:
    """The preview, a line per date."""
    out.write(_("Dates:") + "\n")
    for occurrence in preview:
        out.write(f"  {occurrence.line()}\n")


def report(args: argparse.Namespace, out: TextIO, outcome: "SeriesOutcome") -> int:
    """Print what a series use case did."""
    if args.json:
        emit_json(out, {"series_id": outcome.series_id,
                         "preview": [o.to_json() for o in outcome.preview],
                         "created": [b.to_json() for b in outcome.created],
                         "updated": [b.to_json() for b in outcome.updated],
                         "cancelled": [b.to_json() for b in outcome.cancelled],
                         "skipped": [o.to_json() for o in outcome.skipped]})
        return 0
    if outcome.preview:
        print_preview(out, outcome.preview)
    parts = [_("Series #{id}: {n} booked").format(id=outcome.series_id,
                                                   n=len(outcome.created))]
    if outcome.updated:
        parts.append(_("{n} changed").format(n=len(outcome.updated)))
    if outcome.cancelled:
        parts.append(_("{n} cancelled").format(n=len(outcome.cancelled)))
    if outcome.skipped:
        parts.append(_("{n} skipped ({dates})").format(
            n=len(outcome.skipped), dates=", ".join(day_text(o.day) for o in outcome.skipped)))
    out.write(", ".join(parts) + ".\n")
    return 0


def guarded(args: argparse.Namespace, out: TextIO, body: Callable[[], int]) -> int:
    """Run a series use case; on a refusal print the preview first, then let the error out."""
    from booking.series.service import SeriesConflict, SeriesRefused

    try:
        return body()
    except (SeriesConflict, SeriesRefused) as exc:
        if args.json:
            emit_json(out, {"preview": [o.to_json() for o in exc.preview]})
        else:
            print_preview(out, exc.preview)
        out.flush()
        raise


def book_series(args: argparse.Namespace, out: TextIO, services: "Services", actor: str,
                start: datetime, end: datetime) -> int:
    """`book ... --repeat RRULE`."""
    def body() -> int:
        outcome = services.series.create(
            actor=actor, room=args.room, start=start, end=end, rule=args.repeat,
            title=args.title, organization=args.organization, attendees=args.attendees,
            layout=args.layout, notes=args.notes or "", contact_name=args.contact or "",
            contact_phone=args.phone or "", skip_dates=_dates(args, args.skip),
            skip_conflicts=args.skip_conflicts, override_reason=args.override)
        return report(args, out, outcome)
    return guarded(args, out, body)


def cmd_series(args: argparse.Namespace, out: TextIO, services: "Services", actor: str) -> int:
    """`series show|edit|cancel|make ...`."""
    series_id = record_id(args.id, what="booking" if args.series_command == "make" else "series")
    if args.series_command == "show":
        info = services.series.show(series_id)
        if args.json:
            emit_json(out, info.to_json())
            return 0
        head = _("Series #{id}: '{title}' in {room}, {rule}, {minutes} min from {start}").format(
            id=info.id, title=info.title, room=info.room, rule=info.rule,
            minutes=info.duration_min, start=moment_text(info.first_start))
        out.write((head if info.active else _("{series} (ended)").format(series=head)) + "\n")
        for booking in info.occurrences:
            line = (f"#{booking.id} {span_text(booking.start, booking.end)} {booking.room} "
                    f"[{booking.status}]")
            if booking.detached:
                line = _("{booking} (changed on its own)").format(booking=line)
            out.write(f"  {line}\n")
        for day, reason in info.skipped:
            out.write("  " + _("skipped {day}: {reason}").format(day=day_text(day),
                                                                  reason=reason) + "\n")
        return 0
    if args.series_command == "cancel":
        since = day_of(args, args.start, what="--from") if args.start else None
        outcome = services.series.cancel(actor=actor, series_id=series_id, from_date=since,
                                         reason=args.reason or "series cancelled")
        return report(args, out, outcome)
    if args.series_command == "make":
        return guarded(args, out, lambda: report(args, out, services.series.make_series(
            actor=actor, booking_id=series_id, rule=args.repeat, skip_dates=_dates(args, args.skip),
            skip_conflicts=args.skip_conflicts, override_reason=args.override)))
    return _edit(args, out, services, actor, series_id)


def _edit(args: argparse.Namespace, out: TextIO, services: "Services", actor: str,
          series_id: int) -> int:
    start_time = _clock(args.start_time, "--start-time")
    end_time = _clock(args.end_time, "--end-time")
    if args.only:
        return _edit_one(args, out, services, actor, series_id, start_time, end_time)
    duration = None
    if end_time is not None:
        info = services.series.show(series_id)
        begin = start_time or info.first_start.time()
        minutes = (end_time.hour * 60 + end_time.minute) - (begin.hour * 60 + begin.minute)
        if minutes <= 0:
            raise BadInput(_("--end-time must be after the start time"))
        duration = minutes

    def body() -> int:
        outcome = services.series.edit(
            actor=actor, series_id=series_id,
            scope="following" if args.start else "all",
            from_date=day_of(args, args.start, what="--from") if args.start else None,
            room=args.room, start_time=start_time, duration_min=duration, rule=args.repeat,
            title=args.title, organization=args.organization, attendees=args.attendees,
            notes=args.notes, skip_dates=_dates(args, args.skip), skip_conflicts=args.skip_conflicts,
            override_reason=args.override, dry_run=args.dry_run)
        if args.dry_run and not args.json:
            out.write(_("Dry run: nothing was changed.") + "\n")
        return report(args, out, outcome)
    return guarded(args, out, body)


def _edit_one(args: argparse.Namespace, out: TextIO, services: "Services", actor: str,
              series_id: int, start_time: time | None, end_time: time | None) -> int:
    day = day_of(args, args.only, what="--only")
    booking = services.series.occurrence(series_id, day)
    change = None
    if args.room or start_time or end_time:
        begin = datetime.combine(day, start_time, tzinfo=BUILDING_TZ) if start_time \
            else booking.start
        finish = datetime.combine(day, end_time, tzinfo=BUILDING_TZ) if end_time \
            else begin + (booking.end - booking.start)
        change = services.bookings.move(actor=actor, booking_id=booking.id, room=args.room,
                                        start=begin, end=finish, override_reason=args.override)
    details: dict[str, Any] = {k: v for k, v in (
        ("title", args.title), ("organization", args.organization),
        ("attendees", args.attendees), ("notes", args.notes)) if v is not None}
    if details:
        change = services.bookings.change_details(actor=actor, booking_id=booking.id,
                                                  override_reason=args.override, **details)
    if change is None:
        raise BadInput(_("say what to change: --room, --start-time, --end-time, --title, ..."))
    view = change.booking
    if args.json:
        emit_json(out, view.to_json())
    else:
        out.write(_("Changed #{id} on {day}: {start}–{end} {room} '{title}' (now an exception "
                    "to series #{series})").format(
            id=view.id, day=day_text(day), start=f"{local(view.start):%H:%M}",
            end=f"{local(view.end):%H:%M}", room=view.room, title=view.title,
            series=series_id) + "\n")
    return 0


def add_series_arguments(book: argparse.ArgumentParser) -> None:
    """The repeat options of `book`."""
    book.add_argument("--repeat", metavar="RRULE",
                      help=_("repeat by an RFC 5545 rule, e.g. FREQ=WEEKLY;BYDAY=MO;COUNT=10"))
    book.add_argument("--skip", action="append", metavar="DATE",
                      help=_("with --repeat: leave this date out (repeat for several)"))
    book.add_argument("--skip-conflicts", action="store_true",
                      help=_("with --repeat: leave out every date that cannot be booked"))


def add_series_command(add: Callable[..., argparse.ArgumentParser],
                       handler: Callable[[argparse.Namespace, TextIO], int]) -> None:
    """`series show|edit|cancel|make`."""
    series = add("series", _("show, edit or cancel a repeating booking"), handler)
    series.add_argument("series_command", choices=("show", "edit", "cancel", "make"),
                        metavar="show|edit|cancel|make")
    series.add_argument("id", metavar="ID", help=_("series id (for make: the booking id)"))
    series.add_argument("--from", dest="start", metavar="DATE",
                        help=_("edit or cancel this date and the following ones"))
    series.add_argument("--only", metavar="DATE", help=_("edit just the occurrence on this date"))
    series.add_argument("--room", metavar="R")
    series.add_argument("--start-time", metavar="HH:MM")
    series.add_argument("--end-time", metavar="HH:MM")
    series.add_argument("--title")
    series.add_argument("--for", dest="organization", metavar="ORG")
    series.add_argument("--attendees", type=whole_number, metavar="N")
    series.add_argument("--notes")
    series.add_argument("--repeat", metavar="RRULE", help=_("a new rule (edit) or the rule (make)"))
    series.add_argument("--skip", action="append", metavar="DATE")
    series.add_argument("--skip-conflicts", action="store_true")
    series.add_argument("--override", metavar="REASON")
    series.add_argument("--reason", metavar="R", help=_("why (cancel)"))
    series.add_argument("--dry-run", action="store_true",
                        help=_("edit: show what would change, change nothing"))

