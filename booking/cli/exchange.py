"""`export ics|csv` and `import ics|csv`: the commands, and the verdict table imports print."""

from collections.abc import Callable
from typing import Any

from booking.cli.exchange_csv import register_export as add_csv_export
from booking.cli.exchange_csv import register_import as add_csv_import
from booking.cli.exchange_ics import register_export as add_ics_export
from booking.cli.exchange_ics import register_import as add_ics_import
from booking.cli.imports import add_import_options, print_verdicts
from booking.i18n import _


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `export` and `import`, each with a command per format."""
    export = commands.add_parser("export", help=_("write bookings to an iCalendar or CSV file"))
    common(export, top=False)
    exports = export.add_subparsers(dest="format", metavar="FORMAT", required=True,
                                    parser_class=type(export))
    add_ics_export(exports, common)
    add_csv_export(exports, common)

    incoming = commands.add_parser(
        "import", help=_("book what an iCalendar or CSV file holds (every item checked first)"))
    common(incoming, top=False)
    imports = incoming.add_subparsers(dest="format", metavar="FORMAT", required=True,
                                      parser_class=type(incoming))
    add_ics_import(imports, common)
    add_csv_import(imports, common)


__all__ = ["add_import_options", "print_verdicts", "register"]
