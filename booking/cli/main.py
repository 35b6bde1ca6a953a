"""The command line: one command per use case, same services as the window, contract exit codes.

Building the parser imports no database code, so `main.py` opens the window fast; each
command imports what it needs when it runs.
"""

import argparse
import sys
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import TextIO

from booking.building import DEFAULT_BUILDING_FILE
from booking.cli.accounts import register as add_account_commands
from booking.cli.audit import register as add_audit_command
from booking.cli.bookings import add_booking_commands
from booking.cli.common import (
    actor_of,
    clock_of,
    emit_json,
    services_for,
    sign_in,
)
from booking.cli.doctor import register as add_doctor_command
from booking.cli.door import DoorOpener
from booking.cli.door import register as add_door_command
from booking.cli.events import SheetWriter
from booking.cli.exchange import register as add_exchange_commands
from booking.cli.manage import register as add_manager_commands
from booking.cli.occupancy import register as add_occupancy_commands
from booking.cli.organizations import register as add_organization_command
from booking.cli.papers import Printers
from booking.cli.papers import register as add_paper_commands
from booking.cli.program import Parser, add_global_options, program_parser
from booking.cli.reports import register as add_report_commands
from booking.cli.safekeeping import register as add_safekeeping_commands
from booking.i18n import N_, _

Handler = Callable[[argparse.Namespace, TextIO], int]


def build_parser(*, sheet_writer: SheetWriter | None = None,
                 printers: Printers | None = None,
                 door: DoorOpener | None = None) -> argparse.ArgumentParser:
    """The whole command line, in the language spoken now; `main.py` with no command opens
    the window."""
    parser = program_parser()
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)

    init = commands.add_parser(
        "init", help=_("create or upgrade the database and load the building"))
    add_global_options(init, top=False)
    init.add_argument("--building", type=Path, default=DEFAULT_BUILDING_FILE, metavar="FILE",
                      help=_("building file to load (default: resources/building.toml)"))
    init.set_defaults(handler=cmd_init)

    rooms = commands.add_parser("rooms",
                                help=_("list rooms with floor, kind, capacity, amenities"))
    add_global_options(rooms, top=False)
    rooms.add_argument("--all", action="store_true", help=_("include retired rooms"))
    rooms.add_argument("--building", metavar="CODE",
                       help=_("only this building's rooms (default: every building)"))
    rooms.set_defaults(handler=cmd_rooms)
    add_booking_commands(commands, add_global_options, sheet_writer=sheet_writer)
    add_occupancy_commands(commands, add_global_options)
    add_doctor_command(commands, add_global_options)
    add_audit_command(commands, add_global_options)
    add_manager_commands(commands, add_global_options)
    add_organization_command(commands, add_global_options)
    add_paper_commands(commands, add_global_options, printers=printers)
    add_account_commands(commands, add_global_options)
    add_report_commands(commands, add_global_options)
    add_safekeeping_commands(commands, add_global_options)
    add_exchange_commands(commands, add_global_options)
    add_door_command(commands, add_global_options, door=door)
    return parser



def cmd_init(args: argparse.Namespace, out: TextIO) -> int:
    from booking.services import initialize_database

    report = initialize_database(args.db, building_file=args.building, now=clock_of(args),
                                 sign_in=lambda accounts: sign_in(args, accounts),
                                 actor=actor_of(args))
    sync = report.building
    if args.json:
        emit_json(out, {"schema_before": report.schema.before, "schema": report.schema.after,
                         "backup": str(report.schema.backup) if report.schema.backup else None,
                         "rooms_added": sync.added, "rooms_updated": sync.updated,
                         "rooms_retired": sync.retired, "rooms_removed": sync.removed})
        return 0
    schema = report.schema
    if schema.before is None:
        out.write(_("Created the database (schema {schema}).").format(schema=schema.after))
    elif schema.changed:
        out.write(_("Upgraded the schema {old} -> {new}; backup: {backup}").format(
            old=schema.before, new=schema.after, backup=schema.backup))
    else:
        out.write(_("Schema is up to date ({schema}).").format(schema=schema.after))
    out.write("\n")
    if not sync.changed:
        out.write(_("Building is up to date; nothing changed.") + "\n")
    for label, codes in ((N_("Rooms added: {rooms}"), sync.added),
                         (N_("Rooms updated: {rooms}"), sync.updated),
                         (N_("Rooms retired (bookings or other records need them): {rooms}"),
                          sync.retired),
                         (N_("Rooms removed: {rooms}"), sync.removed)):
        if codes:
            out.write(_(label).format(rooms=", ".join(codes)) + "\n")
    return 0


def cmd_rooms(args: argparse.Namespace, out: TextIO) -> int:
    with services_for(args) as services:
        rooms = services.rooms(include_retired=args.all, building=args.building)
    if args.json:
        emit_json(out, [r.to_json() for r in rooms])
        return 0
    # Translators: the headings of the `rooms` table, in capitals as a terminal shows them.
    heads = (_("CODE"), _("NAME"), _("FLOOR"), _("KIND"), _("SEATS"), _("AMENITIES"))
    out.write("{:<8} {:<28} {:<9} {:<11} {:>5}  {}\n".format(*heads))
    for room in rooms:
        name = room.name if room.bookable else _("{name} (not bookable)").format(name=room.name)
        name = _("{name} (retired)").format(name=name) if room.retired else name
        out.write(f"{room.code:<8} {name:<28} {room.floor_name:<9} {room.kind:<11} "
                  f"{room.capacity:>5}  {', '.join(room.amenities)}\n")
    return 0


def parse(argv: Sequence[str], *, sheet_writer: SheetWriter | None = None,
          printers: Printers | None = None,
          door: DoorOpener | None = None) -> argparse.Namespace:
    """Parse the arguments; UsageError on anything wrong.

    sheet_writer prints an event sheet to PDF and printers the day sheet and confirmations;
    printing needs Qt, so the caller that may use Qt (main.py) hands them in (and the door
    display's window, door).
    """
    return build_parser(sheet_writer=sheet_writer, printers=printers,
                        door=door).parse_args(list(argv))


def run_command(args: argparse.Namespace, *, out: TextIO | None = None,
                now: Callable[[], datetime] | None = None, err: TextIO | None = None) -> int:
    """Run the parsed command and return its exit code (on the system clock unless given one)."""
    handler: Handler = args.handler
    args.now = now
    args.err = err or sys.stderr
    return handler(args, out or sys.stdout)



