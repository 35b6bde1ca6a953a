"""A booking's confirmation for the guest: one A4 page saying where, when and how to check in.

Rendered with QTextDocument, to a PDF file (window and command line) or a printer.
"""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from booking.printouts import Confirmation
from booking.statuses import ACTIVE_STATUSES, BookingStatus
from booking.timeutil import guest_span_text, hhmm, local, zone_abbreviation
from ui.day_sheet import long_date
from ui.paper import (
    ACCENT,
    BAND,
    INK,
    MUTED,
    WARN,
    WARN_FILL,
    document_of,
    print_to,
    text,
    write_pdf,
)

if TYPE_CHECKING:
    from booking.services import Services

WHAT = "the confirmation"
STATUS_WORDS: dict[str, str] = {
    BookingStatus.TENTATIVE: "Tentative: the room is held, not yet confirmed",
    BookingStatus.CONFIRMED: "Confirmed",
    BookingStatus.CHECKED_IN: "Checked in",
    BookingStatus.CANCELLED: "Cancelled",
    BookingStatus.RELEASED: "Released: nobody checked in",
    BookingStatus.DECLINED: "Declined",
    BookingStatus.EXPIRED: "Expired",
}


def _tr(source: str) -> str:
    return QCoreApplication.translate("Confirmation", source)


def _when(paper: Confirmation) -> tuple[str, str]:
    start, end = local(paper.booking.start), local(paper.booking.end)
    if start.date() == end.date():
        return long_date(start.date()), _tr("{0}–{1} {2}").format(
            hhmm(start), hhmm(end), zone_abbreviation(start))
    return (f"{long_date(start.date())} – {long_date(end.date())}",
            _tr("{0} to {1} {2} {3}").format(hhmm(start), f"{end:%a}", hhmm(end),
                                             zone_abbreviation(end)))


def _facts(paper: Confirmation) -> list[tuple[str, str]]:
    booking, room = paper.booking, paper.room
    day, hours = _when(paper)
    facts = [
        (_tr("Room"), _tr("{0} ({1}), {2}").format(room.name, room.code, room.floor_name)
         if room.code.lower() not in room.name.lower()
         else _tr("{0}, {1}").format(room.name, room.floor_name)),
        (_tr("Date"), day),
        (_tr("Time"), hours),
        *([(_tr("Your time"), guest_span_text(booking.start, booking.end, booking.guest_zone))]
          if booking.guest_zone else []),
        (_tr("For"), booking.organization or "—"),
        (_tr("Attendees"), str(booking.attendees) if booking.attendees else "—"),
    ]
    if booking.layout:
        facts.append((_tr("Layout"), booking.layout.replace("_", " ").capitalize()))
    contact = " · ".join(x for x in (booking.contact_name, booking.contact_phone) if x)
    if contact:
        facts.append((_tr("Contact"), contact))
    facts.append((_tr("Booking number"), f"#{booking.id}"))
    facts.append((_tr("Status"), _tr(booking.status.replace("_", " ").capitalize())))
    return facts


def _hint(paper: Confirmation) -> str:
    if paper.booking.status not in ACTIVE_STATUSES:
        return _tr("This booking no longer holds the room. Please contact the front desk.")
    if paper.booking.status == BookingStatus.CHECKED_IN:
        return _tr("Your guests are checked in. Enjoy your meeting.")
    if paper.check_in_by is not None:
        return _tr("Please check in at the front desk on arrival, with booking number #{0}. "
                   "A room nobody has checked in for by {1} is released for others.").format(
            paper.booking.id, hhmm(paper.check_in_by))
    return _tr("Please report to the front desk on arrival, with booking number #{0}.").format(
        paper.booking.id)


def _html(paper: Confirmation, printed_by: str | None) -> str:
    booking = paper.booking
    place = " · ".join(x for x in (paper.building, paper.site) if x)
    parts = [
        f"<p style='color:{MUTED}; font-size:9pt; margin:0'>{text(place.upper())}</p>",
        f"<p style='color:{ACCENT}; font-size:12pt; margin-top:18px; margin-bottom:0'><b>"
        f"{text(_tr('Booking confirmation'))}</b></p>",
        f"<h1 style='color:{INK}; font-size:22pt; margin-top:2px; margin-bottom:10px'>"
        f"{text(booking.title)}</h1>",
    ]
    if booking.status not in ACTIVE_STATUSES or booking.status == BookingStatus.TENTATIVE:
        parts.append(f"<table width='100%' cellpadding='8' style='margin-bottom:8px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{text(_tr(STATUS_WORDS.get(booking.status, booking.status)))}"
                     "</b></td></tr></table>")
    rows = "".join(
        f"<tr><td width='28%' style='color:{MUTED}; font-size:11pt'>{text(key)}</td>"
        f"<td style='color:{INK}; font-size:13pt'><b>{text(value)}</b></td></tr>"
        for key, value in _facts(paper))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='7' bgcolor='{BAND}'>"
                 f"{rows}</table>")
    parts.append(f"<p style='color:{INK}; font-size:11pt; margin-top:16px'>"
                 f"{text(_hint(paper))}</p>")
    footer = _tr("Issued {0:%d %b %Y %H:%M} {1}").format(local(paper.printed_at),
                                                         zone_abbreviation(paper.printed_at))
    if printed_by:
        footer += _tr(" by {0}").format(printed_by)
    parts.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:24px'>{text(footer)}"
                 "</p>")
    return "".join(parts)


def confirmation_document(paper: Confirmation, *,
                          printed_by: str | None = None) -> QTextDocument:
    """The confirmation as a text document (one page)."""
    return document_of(_html(paper, printed_by))


def print_confirmation(paper: Confirmation, device: QPagedPaintDevice, *,
                       printed_by: str | None = None) -> None:
    """Print the confirmation on a printer (the window's Print dialog)."""
    print_to(confirmation_document(paper, printed_by=printed_by), device)


def render_confirmation(paper: Confirmation, path: Path, *, printed_by: str | None = None,
                        database: Path | None = None, force: bool = False) -> Path:
    """Write the confirmation to an A4 PDF (a new file unless `force`); BadInput when it may
    not."""
    return write_pdf(confirmation_document(paper, printed_by=printed_by), path, what=WHAT,
                     title=f"{paper.booking.title} — booking #{paper.booking.id}",
                     database=database, force=force)


def write_confirmation(services: "Services", booking_id: int, pdf: Path, *,
                       force: bool = False) -> Path:
    """Write booking `booking_id`'s confirmation to `pdf` (a new file unless `force`);
    BadInput for a bad id or path."""
    return render_confirmation(services.confirmation(booking_id), pdf,
                               printed_by=services.actor, database=services.database_path,
                               force=force)
