"""`export csv` and `import csv`."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import (
    emit_json,
    force_of,
    period_end,
    period_start,
    with_services,
)
from booking.cli.imports import add_import_options, print_verdicts
from booking.cli.program import add_force_option
from booking.errors import BadInput
from booking.i18n import _, ngettext
from booking.statuses import ACTIVE_STATUSES, BookingStatus

if TYPE_CHECKING:
    from booking.services import Services


def cmd_export_csv(args: argparse.Namespace, out: TextIO) -> int:
    start = period_start(args, args.start)
    end = period_end(args, args.end)
    if start is not None and end is not None and end <= start:
        raise BadInput(_("--to must be after --from"))
    if not args.out:
        raise BadInput(_("say where to write the bookings: --out FILE"))
    statuses = (None if args.status == "all" else [args.status] if args.status
                else list(ACTIVE_STATUSES))

    def body(services: "Services") -> int:
        path, count = services.export_csv(Path(args.out), start=start, end=end, room=args.room,
                                          organization=args.organization, statuses=statuses,
                                          force=force_of(args))
        if args.json:
            emit_json(out, {"file": str(path), "bookings": count})
        else:
            out.write(_("{bookings} written to {file}").format(
                bookings=ngettext("{n} booking", "{n} bookings", count).format(n=count),
                file=path) + "\n")
        return 0
    return with_services(args, body)


def cmd_import_csv(args: argparse.Namespace, out: TextIO) -> int:
    from booking.exchange.csv_in import CsvInvalid

    def body(services: "Services") -> int:
        try:
            read = services.read_csv(Path(args.file))
        except CsvInvalid as exc:
            if args.json:
                emit_json(out, {"written": False, "problems": list(exc.problems),
                                "total": exc.total})
            else:
                out.writelines(problem + "\n" for problem in exc.problems)
            raise
        err: TextIO | None = getattr(args, "err", None)
        if err is not None:
            err.writelines(_("note: {message}").format(message=note) + "\n"
                           for note in read.notes)
        result = services.import_bookings(read.items, dry_run=args.dry_run,
                                          skip_conflicts=args.skip_conflicts)
        return print_verdicts(result, out, json=args.json)
    return with_services(args, body)


def register_export(exports: Any, common: Callable[..., None]) -> None:
    """Add `export csv`."""
    parser: argparse.ArgumentParser = exports.add_parser(
        "csv", help=_("write bookings to a CSV file a spreadsheet opens (UTF-8, a header row)"))
    common(parser, top=False)
    add_force_option(parser, top=False)
    parser.add_argument("--out", metavar="FILE",
                        help=_("where to write the CSV file (a new file unless --force)"))
    parser.add_argument("--room", metavar="R", help=_("only this room's bookings"))
    parser.add_argument("--for", dest="organization", metavar="ORG",
                        help=_("only the bookings of this organization"))
    parser.add_argument("--from", dest="start", metavar="D",
                        help=_("a day (2026-12-01, today) or a moment; default: the first "
                               "booking"))
    parser.add_argument("--to", dest="end", metavar="D",
                        help=_("a day (inclusive) or a moment; default: the last booking"))
    parser.add_argument("--status", metavar="S",
                        choices=(*(s.value for s in BookingStatus), "all"),
                        help=_("only bookings in this status, or 'all'; default: the ones "
                               "holding their room (tentative, confirmed, checked in)"))
    parser.set_defaults(handler=cmd_export_csv)


def register_import(imports: Any, common: Callable[..., None]) -> None:
    """Add `import csv`."""
    parser: argparse.ArgumentParser = imports.add_parser(
        "csv", help=_("book the rows of a CSV file (every row checked first)"))
    common(parser, top=False)
    parser.add_argument("file", metavar="FILE")
    add_import_options(parser)
    parser.set_defaults(handler=cmd_import_csv)
