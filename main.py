"""Ruang's entry point: no command opens the desktop app; a command runs without a window."""

import os
import sys
from collections.abc import Callable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

if TYPE_CHECKING:
    import argparse

    from booking.services import Services


def _write_event_paper(services: "Services", event_id: int, pdf: Path, *, paper: str,
                       language: str | None, force: bool) -> Path:
    """An event's run sheet or room-loan letter, printed with Qt, which lives on the ui side."""
    if paper == "letter":
        from ui.loan_letter import write_loan_letter

        return write_loan_letter(services, event_id, pdf, language=language, force=force)
    from ui.event_sheet import write_event_sheet

    return write_event_sheet(services, event_id, pdf, language=language, force=force)


def _write_day_sheet(services: "Services", day: date, pdf: Path, *, language: str | None,
                     force: bool) -> tuple[Path, int]:
    """The day sheet is printed with Qt too: the file and how many bookings it lists."""
    from ui.day_sheet import write_day_sheet

    written, sheet = write_day_sheet(services, day, pdf, language=language, force=force)
    return written, sheet.bookings


def _write_confirmation(services: "Services", booking_id: int, pdf: Path, *,
                        language: str | None, force: bool) -> Path:
    """A booking's confirmation, printed with Qt."""
    from ui.confirmation import write_confirmation

    return write_confirmation(services, booking_id, pdf, language=language, force=force)


def _confirmation_text(services: "Services", booking_id: int, *, language: str | None) -> str:
    """A booking's confirmation as plain text, in the window's words."""
    from ui.confirmation import confirmation_text

    return confirmation_text(services.confirmation(booking_id), printed_by=services.actor,
                             language=language)


def _confirmation_mail(services: "Services", booking_id: int, path: Path, *,
                       language: str | None, force: bool) -> Path:
    """A booking's confirmation as an e-mail ready to send, with the PDF and .ics attached."""
    from ui.confirmation import write_confirmation_mail

    return write_confirmation_mail(services, booking_id, path, language=language, force=force)
def _open_door(services: "Services", room: str, *, fullscreen: bool) -> int:
    """The room-door display, a Qt window."""
    from ui.door.run import run_door

    return run_door(services, room, fullscreen=fullscreen)


def _parse_command_line(argv: list[str]) -> "argparse.Namespace":
    """The whole command line, with the papers and the door display that Qt draws."""
    from booking.cli.main import parse
    from booking.cli.papers import Printers

    return parse(argv, sheet_writer=_write_event_paper,
                 printers=Printers(day_sheet=_write_day_sheet,
                                   confirmation=_write_confirmation,
                                   confirmation_text=_confirmation_text,
                                   confirmation_mail=_confirmation_mail),
                 door=_open_door)


def main(argv: Sequence[str] | None = None, *, now: Callable[[], datetime] | None = None,
         out: TextIO | None = None, err: TextIO | None = None) -> int:
    """Run Ruang with these arguments and return the exit code.

    `now`, `out` and `err` let a caller in the same process (the tests) give a command its
    clock and streams; `python main.py` uses the system clock, stdout and stderr.
    """
    if "PySide6" in sys.modules:
        # Loaded before us (a test, a benchmark, a program embedding Ruang): PySide6's import
        # hook would read the source of every module imported from here on.
        from ui.feature_scan import skip_feature_scan

        skip_feature_scan()
    from booking.cli.program import (
        configure_logging,
        error_line,
        interrupted_line,
        report_failure,
        speak_language_of,
        window_launch,
    )
    from booking.i18n import _

    configure_logging()
    out = out or sys.stdout
    err = err or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    debug = "--debug" in argv
    speak_language_of(argv)
    try:
        # Opening the window needs none of the commands' modules: it starts without them.
        args = window_launch(argv) or _parse_command_line(argv)
        if args.command is None:
            if not args.screenshot:
                from ui.display import NO_DISPLAY, has_display
                from ui.system_libraries import advice, missing_packages

                if not has_display():
                    err.write(error_line(_(NO_DISPLAY)))
                    return 2
                missing = missing_packages()
                if missing:
                    err.write(error_line(advice(missing)))
                    return 1
            from ui.app import run_app

            return run_app(args)
        from booking.cli.main import run_command

        return run_command(args, out=out, now=now, err=err)
    except BrokenPipeError:
        # The reader went away (e.g. `| head`); there is nobody left to tell.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return 0
    except KeyboardInterrupt:
        err.write(interrupted_line())
        return 130
    except Exception as exc:  # the one place every failure becomes an exit code
        return report_failure(exc, debug=debug, err=err)


if __name__ == "__main__":
    sys.exit(main())
