"""The program's own options and manners: the global options, the window's, the parser that
raises instead of exiting, the log, and errors as one line.

Small on purpose: `main.py` with no command opens the window from here alone, without the
commands' modules (booking.cli.main builds the whole command line on top of it).
"""

import argparse
import logging
import sys
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

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


class UsageError(BookingError):
    """The command line itself is wrong (unknown command, missing argument)."""

    exit_code = 2


class Parser(argparse.ArgumentParser):
    """argparse that raises instead of printing usage and exiting."""

    def error(self, message: str) -> Any:
        raise UsageError(_("{message} (see 'main.py --help')").format(message=message))


def add_global_options(parser: argparse.ArgumentParser, *, top: bool, acting_password: bool = True) -> None:
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


def add_force_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--force, a global option that commands writing a file also take after their name."""
    parser.add_argument("--force", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help=_("replace an output file that already exists (never the "
                               "database, its files or its backups)"))


def program_parser() -> Parser:
    """The program's parser without its commands: the global options and the window's."""
    speak_argparse()
    parser = Parser(prog="main.py", description=_("Ruang: room booking for the Coding Factory."))
    add_global_options(parser, top=True)
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
    return parser


def window_launch(argv: Sequence[str]) -> argparse.Namespace | None:
    """The arguments when the command line only opens the window (global options, no command,
    no --screenshot), parsed without the commands' modules; None for anything else, which
    the whole command line then parses (and words its own errors for)."""
    if any(word in ("-h", "--help") or word.startswith("--help=") for word in argv):
        return None
    try:
        args, rest = program_parser().parse_known_args(list(argv))
    except UsageError:
        return None
    if rest or args.screenshot:
        return None
    args.command = None
    return args


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


def log_file() -> Path:
    """Where Ruang's log is kept: ruang.log in the per-user log folder."""
    from platformdirs import user_log_dir  # looked for at the first record only

    return Path(user_log_dir("Ruang", "CodingFactory")) / "ruang.log"


class _LogFile(logging.Handler):
    """Ruang's log file, private, found and opened at its first record: a start with
    nothing to log never looks for the per-user folder."""

    def __init__(self) -> None:
        super().__init__()
        self._file: logging.Handler | None = None
        self._unavailable = False

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None and not self._unavailable:
            try:
                path = log_file()
                folder = private_folder(path.parent)
                self._file = logging.FileHandler(private_file(folder / path.name),
                                                 encoding="utf-8")
            except OSError:
                self._unavailable = True  # no log folder: the terminal still gets one line
                return
            self._file.setFormatter(self.formatter)
        if self._file is not None:
            self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def configure_logging() -> None:
    """Send Ruang's log to its file in the per-user log folder (never to the terminal)."""
    logger = logging.getLogger("ruang")
    if logger.handlers:
        return
    logger.propagate = False
    logger.addHandler(logging.NullHandler())
    handler = _LogFile()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logger.addHandler(handler)


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
