"""Command line for occupancy: `occupancy-now [--at T] [--json]`."""

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

if TYPE_CHECKING:  # the command imports the database layer only when it runs
    from booking.occupancy import Figures, OccupancyNow
from booking.cli.common import instant_of, moment_text, services_for
from booking.i18n import _
from booking.timeutil import zone_abbreviation


def _percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole):>3d}%" if whole else "   –"


def _row(label: str, figures: "Figures") -> str:
    rooms = f"{figures.rooms_in_use} / {figures.rooms_bookable}"
    seats = f"{figures.seats_booked} / {figures.seats}"
    return (f"{label:<10} {rooms:>9} {_percent(figures.rooms_in_use, figures.rooms_bookable)}"
            f" {figures.rooms_checked_in:>10}"
            f"   {seats:>11} {_percent(figures.seats_booked, figures.seats)}"
            f" {figures.seats_checked_in:>10}\n")


def write_table(out: TextIO, report: "OccupancyNow") -> None:
    """The figures as a table a person reads."""
    out.write(_("Occupancy at {moment} {zone}").format(
        moment=moment_text(report.at), zone=zone_abbreviation(report.at)) + "\n")
    # Translators: the headings of the `occupancy-now` table, in capitals.
    heads = (_("FLOOR"), _("BOOKED NOW"), _("CHECKED IN"), _("SEATS BOOKED"))
    out.write("{0:<10} {1:>14} {2:>10}   {3:>16} {2:>10}\n".format(*heads))
    for floor in report.floors:
        out.write(_row(floor.name, floor.figures))
    out.write(_row(_("Building"), report.building))


def cmd_occupancy_now(args: argparse.Namespace, out: TextIO) -> int:
    at = instant_of(args, args.at, what="--at") if args.at else None
    with services_for(args) as services:
        report = services.occupancy_now(at)
    if args.json:
        json.dump(report.to_json(), out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        write_table(out, report)
    return 0


def register(commands: Any, common: Callable[..., None]) -> None:
    """Register the occupancy commands on the top-level subparsers."""
    parser: argparse.ArgumentParser = commands.add_parser(
        "occupancy-now", help=_("rooms and seats booked and checked in, per floor, at a moment"))
    common(parser, top=False)
    parser.add_argument("--at", metavar="T",
                        help=_("the moment: ISO 8601, 15:00, today 15:00, tomorrow 09:00 or now "
                               "(default: now; without an offset it means the building's local "
                               "time)"))
    parser.set_defaults(handler=cmd_occupancy_now)
