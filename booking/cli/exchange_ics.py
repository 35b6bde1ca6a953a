"""`export ics` and `import ics`."""

import argparse
import sys
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import (
    clock_of,
    emit_json,
    force_of,
    period_end,
    period_start,
    record_id,
    today_start,
    with_services,
)
from booking.cli.imports import add_import_options, print_verdicts
from booking.cli.program import add_force_option
from booking.errors import BadInput
from booking.i18n import N_, _, ngettext
from booking.outputs import replacing

if TYPE_CHECKING:
    from booking.services import Services

WHAT = N_("the calendar file")
# Without --to, an export reaches this far past its start.
DEFAULT_SPAN = timedelta(days=366)


def register_export(exports: Any, common: Callable[..., None]) -> None:
    """Add `export ics`."""
    parser = exports.add_parser("ics", help=_("write bookings to an iCalendar file (.ics) "
                                             "that calendar programs open"))
    common(parser, top=False)
    add_force_option(parser, top=False)
    parser.add_argument("--room", metavar="R", help=_("only this room's bookings"))
    parser.add_argument("--for", dest="organization", metavar="ORG",
                        help=_("only this organization's bookings"))
    parser.add_argument("--from", dest="start", metavar="D",
                        help=_("from this day or moment (default: today)"))
    parser.add_argument("--to", dest="end", metavar="D",
                        help=_("through this day or to this moment (default: a year on)"))
    parser.add_argument("--booking", metavar="ID",
                        help=_("only this booking (a cancelled one too, marked so)"))
    parser.add_argument("--out", metavar="FILE", required=True,
                        help=_("where to write the file (a new file unless --force; - writes "
                               "to the screen)"))
    parser.set_defaults(handler=_export)


def _export(args: argparse.Namespace, out: TextIO) -> int:
    # Here, not at the top: the window's start-up imports the command line, and the export
    # reads the database (SQLAlchemy), which the first paint must not wait for.
    from booking.exchange.ical_out import Selection

    if args.booking is not None:
        selection = Selection(booking_id=record_id(args.booking))
    else:
        start = period_start(args, args.start) or today_start(clock_of(args)())
        end = period_end(args, args.end) or start + DEFAULT_SPAN
        selection = Selection(start=start, end=end, room=args.room,
                              organization=args.organization)

    def body(services: "Services") -> int:
        data, count = services.calendar_ics(selection)
        if args.out == "-":
            out.write(data.decode("utf-8"))
            return 0
        with replacing(args.out, what=WHAT, database=services.database_path,
                       force=force_of(args)) as part:
            part.write_bytes(data)
        written = Path(args.out).expanduser()
        if args.json:
            emit_json(out, {"file": str(written), "events": count})
        else:
            out.write(ngettext("{n} event written to {file}", "{n} events written to {file}",
                               count).format(n=count, file=written) + "\n")
        return 0
    return with_services(args, body)


def register_import(imports: Any, common: Callable[..., None]) -> None:
    """Add `import ics`."""
    parser = imports.add_parser("ics", help=_("book the events of an iCalendar file (.ics) "
                                             "from Outlook, Google Calendar or Thunderbird"))
    common(parser, top=False)
    parser.add_argument("file", metavar="FILE", help=_("the .ics file (- reads it from the "
                                                      "standard input)"))
    parser.add_argument("--room", metavar="R",
                        help=_("the room to book (events exported by Ruang name their own)"))
    add_import_options(parser)
    parser.set_defaults(handler=_import)


def _read(name: str) -> bytes:
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name).expanduser()
    if not path.is_file():
        raise BadInput(_("cannot read '{file}': there is no such file").format(file=path))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise BadInput(_("cannot read '{file}': {error}").format(
            file=path, error=exc.strerror or exc)) from None


def _import(args: argparse.Namespace, out: TextIO) -> int:
    data = _read(args.file)

    def body(services: "Services") -> int:
        result, left_out = services.import_ics(data, room=args.room, dry_run=args.dry_run,
                                               skip_conflicts=args.skip_conflicts)
        if args.json:
            emit_json(out, {**result.to_json(), "left_out": left_out})
            return result.exit_code
        for line in left_out:
            out.write(line + "\n")
        return print_verdicts(result, out, json=False)
    return with_services(args, body)
