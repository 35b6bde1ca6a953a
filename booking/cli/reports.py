"""Command line for reports (managers): `report utilisation|peaks|no-shows|teams|hall`."""

import argparse
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import day_of, emit_json, services_for
from booking.i18n import _, number_text, weekday_text

if TYPE_CHECKING:  # the command imports the database layer only when it runs
    from booking.reports.types import (
        HallReport,
        NoShowReport,
        PeaksReport,
        TeamReport,
        UtilisationReport,
    )

GROUPINGS = ("room", "kind", "floor", "org", "building")
A_MONDAY = date(2024, 1, 1)


def percent(value: float | None) -> str:
    """A ratio as a person reads it: '42.5%', or '–' when there is nothing to divide by."""
    return "–" if value is None else f"{number_text(round(100 * value, 1))}%"


def minutes(value: float | None) -> str:
    return "–" if value is None else number_text(round(value))


def table(out: TextIO, heads: Sequence[str], rows: Sequence[Sequence[str]]) -> None:
    """An aligned table: the first column to the left, the figures to the right."""
    widths = [max(len(str(row[n])) for row in [heads, *rows]) for n in range(len(heads))]
    for row in [heads, *rows]:
        cells = [str(cell).ljust(widths[0]) if n == 0 else str(cell).rjust(widths[n])
                 for n, cell in enumerate(row)]
        out.write("  ".join(cells).rstrip() + "\n")


def _period(args: argparse.Namespace) -> tuple[date, date]:
    """--from and --to (that day included) as local days [first, end)."""
    first = day_of(args, args.start, what="--from")
    last = day_of(args, args.end, what="--to")
    return first, last + timedelta(days=1)


def write_utilisation(out: TextIO, report: "UtilisationReport") -> None:
    # Translators: headings of the `report utilisation` table, in capitals.
    heads = (_("GROUP"), _("BOOKED MIN"), _("CHECKED-IN MIN"), _("OPEN MIN"), _("BOOKED"),
             _("CHECKED IN"), _("UNUSED MIN"))
    named = report.by in ("room", "floor")
    rows = [(f"{row.key} {row.label}" if named and row is not report.total else row.label,
             number_text(row.booked_minutes), number_text(row.checked_in_minutes),
             number_text(row.open_minutes), percent(row.utilisation),
             percent(row.checked_in_utilisation), number_text(row.unused_minutes))
            for row in [*report.rows, report.total]]
    table(out, heads, rows)


def write_peaks(out: TextIO, report: "PeaksReport") -> None:
    used = [c.hour for c in report.cells if c.room_minutes]
    first, last = (min(used), max(used)) if used else (7, 21)
    out.write(_("Rooms in use on average, per weekday and hour ({rooms} rooms)").format(
        rooms=report.rooms) + "\n")
    heads = ["", *(f"{hour:02d}" for hour in range(first, last + 1))]
    rows = []
    for weekday in range(7):
        name = weekday_text(A_MONDAY + timedelta(days=weekday))
        cells = [report.cell(weekday, hour).average_rooms for hour in range(first, last + 1)]
        rows.append([name, *("·" if not v else number_text(round(v, 1)) for v in cells)])
    table(out, heads, rows)


def write_no_shows(out: TextIO, report: "NoShowReport") -> None:
    # Translators: headings of the `report no-shows` table, in capitals.
    heads = (_("GROUP"), _("BOOKINGS"), _("NO-SHOWS"), _("NO-SHOW RATE"), _("CANCELLED"),
             _("CANCEL RATE"), _("LEAD MEDIAN MIN"), _("CANCEL LEAD MEDIAN MIN"))
    rows = [(row.label, number_text(row.bookings), number_text(row.no_shows),
             percent(row.no_show_rate), number_text(row.cancelled),
             percent(row.cancellation_rate), minutes(row.lead_median_minutes),
             minutes(row.cancel_lead_median_minutes)) for row in [*report.rows, report.total]]
    table(out, heads, rows)


def write_teams(out: TextIO, report: "TeamReport") -> None:
    # Translators: headings of the `report teams` table, in capitals.
    heads = (_("TEAM"), _("ROOM"), _("SEATS"), _("ASSIGNED MIN"), _("BOOKED MIN"),
             _("CHECKED-IN MIN"), _("SEAT USE"), _("CHECKED-IN SEAT USE"))
    rows = [(row.key, row.room, number_text(row.seats), number_text(row.assigned_minutes),
             number_text(row.booked_minutes), number_text(row.checked_in_minutes),
             percent(row.seat_use), percent(row.checked_in_seat_use)) for row in report.rows]
    table(out, heads, rows)


def write_hall(out: TextIO, report: "HallReport") -> None:
    out.write(_("Event days: {days}").format(days=report.event_days) + "\n")
    # Translators: headings of the `report hall` table, in capitals.
    heads = (_("EVENT"), _("ROOM"), _("DAYS"), _("BOOKED H"), _("SETUP H"), _("TEARDOWN H"),
             _("ATTENDEES"), _("SEATS"), _("FILL"))
    rows = [(row.title, row.room, number_text(row.days),
             number_text(round(row.booked_minutes / 60, 1)),
             number_text(round(row.setup_minutes / 60, 1)),
             number_text(round(row.teardown_minutes / 60, 1)), number_text(row.attendees),
             number_text(row.capacity), percent(row.fill)) for row in report.rows]
    table(out, heads, rows)


def cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    first, end = _period(args)
    with services_for(args) as services:
        which, building = args.report_command, args.building
        report: Any
        if which == "utilisation":
            report = services.report_utilisation(first, end, by=args.by, kind=args.kind,
                                                 building=building)
            writer: Callable[[TextIO, Any], None] = write_utilisation
        elif which == "peaks":
            report = services.report_peaks(first, end, kind=args.kind, building=building)
            writer = write_peaks
        elif which == "no-shows":
            report = services.report_no_shows(first, end, by=args.by, building=building)
            writer = write_no_shows
        elif which == "teams":
            report = services.report_teams(first, end, building=building)
            writer = write_teams
        else:
            report, writer = services.report_hall(first, end, building=building), write_hall
    if args.json:
        emit_json(out, report.to_json())
    else:
        writer(out, report)
    return 0


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `report` to the command line."""
    report: argparse.ArgumentParser = commands.add_parser(
        "report", help=_("occupancy reports (managers): utilisation, peaks, no-shows, teams, "
                         "hall"))
    actions = report.add_subparsers(dest="report_command", required=True,
                                    metavar="utilisation|peaks|no-shows|teams|hall")

    def leaf(name: str, text: str) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = actions.add_parser(name, help=text, description=text)
        common(parser, top=False)
        parser.add_argument("--from", dest="start", required=True, metavar="D",
                            help=_("the first day (ISO 8601, today, yesterday)"))
        parser.add_argument("--to", dest="end", required=True, metavar="D",
                            help=_("the last day, included"))
        parser.add_argument("--building", metavar="CODE",
                            help=_("only this building's rooms (default: every building)"))
        parser.set_defaults(handler=cmd_report)
        return parser

    utilisation = leaf("utilisation", _("booked and checked-in minutes against open minutes"))
    utilisation.add_argument("--by", choices=GROUPINGS, default="room",
                             help=_("group by room, kind, floor, org or building (default: "
                                    "room)"))
    utilisation.add_argument("--kind", metavar="K", help=_("only rooms of this kind"))
    peaks = leaf("peaks", _("rooms in use per weekday and hour, averaged over the period"))
    peaks.add_argument("--kind", metavar="K", help=_("only rooms of this kind"))
    no_shows = leaf("no-shows", _("no-show and cancellation rates and lead times"))
    no_shows.add_argument("--by", choices=GROUPINGS, default="kind",
                          help=_("group by room, kind, floor, org or building (default: kind)"))
    leaf("teams", _("seats assigned to teams per term against seats booked and checked in"))
    leaf("hall", _("hall events: days, setup and teardown hours, attendees against seats"))
