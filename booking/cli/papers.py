"""Command line for the printed papers: `day-sheet` and `confirmation`, written as PDF files."""

import argparse
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TextIO

from booking.cli.common import (
    clock_of,
    day_of,
    emit_json,
    force_of,
    record_id,
    with_services,
)
from booking.cli.program import add_force_option
from booking.errors import BadInput
from booking.i18n import LANGUAGES, N_, _, day_text, ngettext
from booking.outputs import replacing
from booking.timeutil import local

if TYPE_CHECKING:
    from booking.services import Services


DOCUMENT_LANGUAGES = (*LANGUAGES, "both")


class DaySheetWriter(Protocol):
    """Prints a day's sheet to a PDF file in a language (id, en, both; None: the one spoken):
    the file and how many bookings it lists."""

    def __call__(self, services: "Services", day: date, pdf: Path, *, language: str | None,
                 force: bool) -> tuple[Path, int]: ...


class ConfirmationWriter(Protocol):
    """Prints a booking's confirmation to a PDF file in a language."""

    def __call__(self, services: "Services", booking_id: int, pdf: Path, *,
                 language: str | None, force: bool) -> Path: ...


class ConfirmationMail(Protocol):
    """Writes a booking's confirmation as an e-mail message (.eml) with the PDF and .ics."""

    def __call__(self, services: "Services", booking_id: int, path: Path, *,
                 language: str | None, force: bool) -> Path: ...


class ConfirmationText(Protocol):
    """A booking's confirmation as plain text in a language."""

    def __call__(self, services: "Services", booking_id: int, *,
                 language: str | None) -> str: ...


@dataclass(frozen=True)
class Printers:
    """What prints the papers; printing needs Qt, so main.py hands them in."""

    day_sheet: DaySheetWriter | None = None
    confirmation: ConfirmationWriter | None = None
    confirmation_text: ConfirmationText | None = None
    confirmation_mail: ConfirmationMail | None = None


def accept_both_languages(parser: argparse.ArgumentParser) -> None:
    """A paper command's own --lang also takes `both`: the paper in Bahasa Indonesia and
    English side by side (its messages then follow $RUANG_LANG or the system)."""
    # argparse gives no public handle on an option another function added (_common's).
    for action in parser._actions:
        if "--lang" in action.option_strings:
            action.choices = DOCUMENT_LANGUAGES
            action.help = _("the language of the paper: id (Bahasa Indonesia), en (English) "
                            "or both side by side; also of the messages (id, en); default: "
                            "$RUANG_LANG, else the system's")


def document_language_of(args: argparse.Namespace) -> str | None:
    """The paper's language (id, en, both) the command line asks for; None: the one spoken."""
    asked = getattr(args, "lang", None)
    return str(asked) if asked in DOCUMENT_LANGUAGES else None


def write_text(said: str, path: Path, *, database: Path | None, force: bool) -> Path:
    """Write a text paper safely (UTF-8; a new file unless force; never the database)."""
    with replacing(path, what=N_("the confirmation"), database=database, force=force) as part:
        part.write_text(said, encoding="utf-8")
    return path.expanduser()


def _pdf(args: argparse.Namespace, asked: str) -> Path:
    """The --pdf file; `asked` is the whole message when it is missing."""
    if not args.pdf:
        raise BadInput(asked)
    return Path(args.pdf)


def register(commands: Any, common: Callable[..., None], *,
             printers: Printers | None = None) -> None:
    """Add `day-sheet` and `confirmation` to the command line."""
    printers = printers or Printers()

    def cmd_day_sheet(args: argparse.Namespace, out: TextIO) -> int:
        day = (day_of(args, args.day, what="--date") if args.day
               else local(clock_of(args)()).date())
        pdf = _pdf(args, _("say where to write the day sheet: --pdf FILE"))
        writer = printers.day_sheet
        if writer is None:
            raise BadInput(_("printing the day sheet needs the desktop part of Ruang"))

        def body(services: "Services") -> int:
            written, bookings = writer(services, day, pdf, language=document_language_of(args),
                                       force=force_of(args))
            if args.json:
                emit_json(out, {"date": day.isoformat(), "pdf": str(written),
                                "bookings": bookings})
            else:
                out.write(_("Day sheet for {day} ({bookings}) written to {file}").format(
                    day=day_text(day), file=written,
                    bookings=ngettext("{n} booking", "{n} bookings", bookings).format(
                        n=bookings)) + "\n")
            return 0
        return with_services(args, body)

    def cmd_confirmation(args: argparse.Namespace, out: TextIO) -> int:
        booking_id = record_id(args.id)
        if not (args.pdf or args.text or args.mail):
            raise BadInput(_("say where to write the confirmation: --pdf FILE, --text FILE "
                             "(- for the terminal) or --mail FILE"))
        if (args.pdf and printers.confirmation is None) or (
                args.text and printers.confirmation_text is None) or (
                args.mail and printers.confirmation_mail is None):
            raise BadInput(_("printing confirmations needs the desktop part of Ruang"))
        language = document_language_of(args)

        def body(services: "Services") -> int:
            written: dict[str, str] = {}
            if args.text:
                said = printers.confirmation_text(services, booking_id,  # type: ignore[misc]
                                                  language=language)
                if args.text != "-":
                    written["text"] = str(write_text(said, Path(args.text),
                                                     database=services.database_path,
                                                     force=force_of(args)))
            if args.pdf:
                written["pdf"] = str(printers.confirmation(  # type: ignore[misc]
                    services, booking_id, Path(args.pdf), language=language,
                    force=force_of(args)))
            if args.mail:
                written["mail"] = str(printers.confirmation_mail(  # type: ignore[misc]
                    services, booking_id, Path(args.mail), language=language,
                    force=force_of(args)))
            if args.text == "-":
                out.write(said)
            elif args.json:
                emit_json(out, {"booking_id": booking_id, **written})
            else:
                for file in written.values():
                    out.write(_("Confirmation of #{id} written to {file}").format(
                        id=booking_id, file=file) + "\n")
            return 0
        return with_services(args, body)

    def add(name: str, help_text: str, handler: Callable[[argparse.Namespace, TextIO], int]
            ) -> argparse.ArgumentParser:
        parser: argparse.ArgumentParser = commands.add_parser(name, help=help_text)
        common(parser, top=False)
        add_force_option(parser, top=False)
        accept_both_languages(parser)
        parser.add_argument("--pdf", metavar="FILE", help=_("where to write the PDF (a new file "
                              "unless --force)"))
        parser.set_defaults(handler=handler)
        return parser

    sheet = add("day-sheet", _("print the front desk's day: every room's bookings, by floor"),
                cmd_day_sheet)
    # Not `date`: the top level's --date (for --screenshot) keeps its own value.
    sheet.add_argument("--date", dest="day", metavar="D",
                       help=_("the day (2026-12-01, today, tomorrow; default today)"))
    confirmation = add("confirmation", _("print a booking's confirmation for the guest"),
                       cmd_confirmation)
    confirmation.add_argument("id", metavar="ID")
    confirmation.add_argument("--text", metavar="FILE",
                              help=_("also (or instead) write it as plain text, e.g. for an "
                                     "e-mail; - prints it"))
    confirmation.add_argument("--mail", metavar="FILE",
                              help=_("also (or instead) write an e-mail ready to send (.eml): "
                                     "the text, with the PDF and the calendar invitation "
                                     "(.ics) attached"))
