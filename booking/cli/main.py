"""The command line: one command per use case, same services as the window, contract exit codes.

Building the parser imports no database code, so `main.py` opens the window fast; each
command imports what it needs when it runs.
"""

import argparse
import logging
import sys
import traceback
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from platformdirs import user_log_dir

from booking.building import DEFAULT_BUILDING_FILE
from booking.cli.accounts import register as add_account_commands
from booking.cli.audit import register as add_audit_command
from booking.cli.bookings import add_booking_commands
from booking.cli.common import (
    actor_of,
    add_force_option,
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
from booking.cli.reports import register as add_report_commands
from booking.cli.safekeeping import register as add_safekeeping_commands
from booking.errors import BookingError
from booking.i18n import LANGUAGES, N_, _, choose_language, ngettext, set_language
from booking.outputs import private_file, private_folder

log = logging.getLogger("ruang")

# argparse's own words a person can meet (as Python 3.11 spells them), listed here so the
# catalog holds them: the parser asks booking.i18n for them (see speak_argparse).
ARGPARSE_WORDS = (
    N_("usage: "), N_("positional arguments"), N_("options"),
    N_("show this help message and exit"), N_("argument %(argument_name)s: %(message)s"),
    N_("unrecognized arguments: %s"), N_("the following arguments are required: %s"),
    N_("invalid choice: %(value)r (choose from %(choices)s)"),
    N_("invalid %(type)s value: %(value)r"), N_("expected one argument"),
    N_("expected at most one argument"), N_("expected at least one argument"),
    N_("ambiguous option: %(option)s could match %(matches)s"),
    N_("not allowed with argument %s"), N_("ignored explicit argument %r"),
    N_("one of the arguments %s is required"), N_("unexpected option string: %s"),
    N_("unknown parser %(parser_name)r (choices: %(choices)s)"),
)


def _argparse_plural(count: int) -> str:
    """argparse's one plural message, here so the catalog holds it too."""
    return ngettext("expected %s argument", "expected %s arguments", count)


def speak_argparse() -> None:
    """Have argparse ask our catalog for its words ('usage:', 'invalid choice', ...): it
    looks `_` and `ngettext` up in its module when it writes them."""
    setattr(argparse, "_", _)  # noqa: B010 - typeshed does not declare argparse's `_`
    setattr(argparse, "ngettext", ngettext)  # noqa: B010


Handler = Callable[[argparse.Namespace, TextIO], int]


class UsageError(BookingError):
    """The command line itself is wrong (unknown command, missing argument)."""

    exit_code = 2


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting."""

    def error(self, message: str) -> Any:
        raise UsageError(_("{message} (see 'main.py --help')").format(message=message))


def _common(parser: argparse.ArgumentParser, *, top: bool, acting_password: bool = True) -> None:
    """The global options, on the program and again after each command's name.

    A command that takes a new password in its own --password-file (account add, account
    passwd) leaves acting_password out: the acting account's file then goes before the
    command's name, or its password in RUANG_PASSWORD.
    """
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--db", default=default, metavar="DB",
                        help=_("database file path or SQLAlchemy URL (default: $RUANG_DB, "
                               "else ruang.db in the per-user data folder)"))
    parser.add_argument("--json", action="store_true", default=False if top else argparse.SUPPRESS,
                        help=_("print machine-readable JSON"))
    parser.add_argument("--debug", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help=_("show the traceback of an unexpected failure"))
    parser.add_argument("--as", dest="actor", default=None if top else argparse.SUPPRESS,
                        metavar="USER",
                        help=_("the account acting (default: $RUANG_USER, else frontdesk)"))
    parser.add_argument("--lang", choices=LANGUAGES, default=None if top else argparse.SUPPRESS,
                        help=_("the language of messages and documents: id (Bahasa Indonesia) "
                               "or en (English); default: $RUANG_LANG, else the system's"))
    if acting_password:
        parser.add_argument("--password-file", dest="password_file", metavar="FILE",
                            default=None if top else argparse.SUPPRESS,
                            help=_("the acting account's password: the first line of FILE, "
                                   "which only its owner may read (else $RUANG_PASSWORD, "
                                   "else a prompt on a terminal)"))


def build_parser(*, sheet_writer: SheetWriter | None = None,
                 printers: Printers | None = None,
                 door: DoorOpener | None = None) -> argparse.ArgumentParser:
    """The whole command line, in the language spoken now; `main.py` with no command opens
    the window."""
    speak_argparse()
    parser = _Parser(prog="main.py",
                     description=_("Ruang: room booking for the Coding Factory."))
    _common(parser, top=True)
    add_force_option(parser, top=True)
    parser.add_argument("--screenshot", metavar="PNG",
                        help=_("render the main window to a PNG file and exit (a new file "
                               "unless --force)"))
    parser.add_argument("--view", choices=("day", "week", "floor"), default="day",
                        help=_("the view to render with --screenshot"))
    parser.add_argument("--date", metavar="D",
                        help=_("the day to show (ISO 8601, default today)"))
    parser.add_argument("--size", metavar="WxH", default="1366x768",
                        help=_("window size for --screenshot (default 1366x768)"))
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    init = commands.add_parser(
        "init", help=_("create or upgrade the database and load the building"))
    _common(init, top=False)
    init.add_argument("--building", type=Path, default=DEFAULT_BUILDING_FILE, metavar="FILE",
                      help=_("building file to load (default: resources/building.toml)"))
    init.set_defaults(handler=cmd_init)

    rooms = commands.add_parser("rooms",
                                help=_("list rooms with floor, kind, capacity, amenities"))
    _common(rooms, top=False)
    rooms.add_argument("--all", action="store_true", help=_("include retired rooms"))
    rooms.set_defaults(handler=cmd_rooms)
    add_booking_commands(commands, _common, sheet_writer=sheet_writer)
    add_occupancy_commands(commands, _common)
    add_doctor_command(commands, _common)
    add_audit_command(commands, _common)
    add_manager_commands(commands, _common)
    add_organization_command(commands, _common)
    add_paper_commands(commands, _common, printers=printers)
    add_account_commands(commands, _common)
    add_report_commands(commands, _common)
    add_safekeeping_commands(commands, _common)
    add_exchange_commands(commands, _common)
    add_door_command(commands, _common, door=door)
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
        rooms = services.rooms(include_retired=args.all)
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


def asked_language(argv: Sequence[str]) -> str | None:
    """The --lang a command line asks for, read before the parser (whose words it changes)."""
    asked = None
    for index, word in enumerate(argv):
        if word == "--":
            break
        if word == "--lang" and index + 1 < len(argv):
            asked = argv[index + 1]
        elif word.startswith("--lang="):
            asked = word.partition("=")[2]
    return asked


def speak_language_of(argv: Sequence[str]) -> str:
    """Speak the language the command line asks for (--lang, RUANG_LANG, the system's)."""
    language = choose_language(asked_language(argv))
    set_language(language)
    return language


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


def configure_logging() -> Path | None:
    """Send Ruang's log to a file in the per-user log folder (never to the terminal)."""
    logger = logging.getLogger("ruang")
    if logger.handlers:
        return None
    logger.propagate = False
    logger.addHandler(logging.NullHandler())
    try:
        folder = private_folder(Path(user_log_dir("Ruang", "CodingFactory")))
        handler = logging.FileHandler(private_file(folder / "ruang.log"), encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)
    return folder / "ruang.log"


def one_line(message: str) -> str:
    """A message as one printable line: what a person typed may hold line breaks or bytes
    that are not text, and scripts read the first line of stderr."""
    joined = " ".join(part.strip() for part in message.splitlines() if part.strip())
    return joined.encode("utf-8", "backslashreplace").decode("utf-8")


def report_failure(exc: BaseException, *, debug: bool, err: TextIO | None = None) -> int:
    """Turn an exception into one line on stderr and the contract's exit code."""
    err = err or sys.stderr
    if isinstance(exc, BookingError):
        if debug:
            traceback.print_exception(exc, file=err)
        err.write(error_line(exc.message))
        return exc.exit_code
    log.error("unexpected failure", exc_info=exc)
    if debug:
        traceback.print_exception(exc, file=err)
    err.write(_("unexpected failure: {kind}: {message} (run with --debug for the details)")
              .format(kind=type(exc).__name__, message=one_line(str(exc))) + "\n")
    return 1


def error_line(message: str) -> str:
    """A refusal as the one line stderr gets: 'error: …' in the language spoken."""
    return _("error: {message}").format(message=one_line(message)) + "\n"


def interrupted_line() -> str:
    """What stderr says when Ctrl-C stops a command."""
    return _("interrupted") + "\n"
