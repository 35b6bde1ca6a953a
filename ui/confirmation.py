"""A booking's confirmation for the guest: one A4 page saying where, when and how to check in.

Rendered with QTextDocument, to a PDF file (window and command line) or a printer.
"""

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from booking.exchange.mail import WHAT as MAIL_WHAT
from booking.outputs import check_target
from booking.printouts import Confirmation
from booking.statuses import ACTIVE_STATUSES, BookingStatus
from booking.timeutil import guest_span_text, hhmm, local, zone_abbreviation
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
from ui.words import Words, layout_in

if TYPE_CHECKING:
    from booking.services import Services

WHAT = "the confirmation"
# What the warning band says of a booking that does not (yet) hold its room for sure.
STATUS_WORDS: dict[str, str] = {
    BookingStatus.TENTATIVE: str(QT_TRANSLATE_NOOP(
        "Ruang", "Tentative: the room is held, not yet confirmed")),
    BookingStatus.CONFIRMED: str(QT_TRANSLATE_NOOP("Ruang", "Confirmed")),
    BookingStatus.CHECKED_IN: str(QT_TRANSLATE_NOOP("Ruang", "Checked in")),
    BookingStatus.CANCELLED: str(QT_TRANSLATE_NOOP("Ruang", "Cancelled")),
    BookingStatus.RELEASED: str(QT_TRANSLATE_NOOP("Ruang", "Released: nobody checked in")),
    BookingStatus.DECLINED: str(QT_TRANSLATE_NOOP("Ruang", "Declined")),
    BookingStatus.EXPIRED: str(QT_TRANSLATE_NOOP("Ruang", "Expired")),
}
# The status row's one word.
STATUS_NAMES: dict[str, str] = {
    BookingStatus.TENTATIVE: str(QT_TRANSLATE_NOOP("Ruang", "Tentative")),
    BookingStatus.CONFIRMED: str(QT_TRANSLATE_NOOP("Ruang", "Confirmed")),
    BookingStatus.CHECKED_IN: str(QT_TRANSLATE_NOOP("Ruang", "Checked in")),
    BookingStatus.CANCELLED: str(QT_TRANSLATE_NOOP("Ruang", "Cancelled")),
    BookingStatus.RELEASED: str(QT_TRANSLATE_NOOP("Ruang", "Released")),
    BookingStatus.DECLINED: str(QT_TRANSLATE_NOOP("Ruang", "Declined")),
    BookingStatus.EXPIRED: str(QT_TRANSLATE_NOOP("Ruang", "Expired")),
}


def _day(paper: Confirmation, w: Words) -> str:
    start, end = local(paper.booking.start), local(paper.booking.end)
    if start.date() == end.date():
        return w.long_day(start.date())
    return f"{w.long_day(start.date())} – {w.long_day(end.date())}"


def _hours(paper: Confirmation, w: Words) -> str:
    start, end = local(paper.booking.start), local(paper.booking.end)
    if start.date() == end.date():
        return w.tr("{0}–{1} {2}").format(hhmm(start), hhmm(end), zone_abbreviation(start))
    return w.tr("{0} to {1} {2} {3}").format(hhmm(start), w.weekday(end.date()), hhmm(end),
                                             zone_abbreviation(end))


def _room(paper: Confirmation, w: Words) -> str:
    room = paper.room
    name = room.name_in(w.language)
    if room.code.lower() not in name.lower():
        return w.tr("{0} ({1}), {2}").format(name, room.code, room.floor_name)
    return w.tr("{0}, {1}").format(name, room.floor_name)


def _status(paper: Confirmation, w: Words) -> str:
    status = paper.booking.status
    source = STATUS_NAMES.get(status)
    return w.tr(source) if source else status.replace("_", " ").capitalize()


def _facts(paper: Confirmation, words: Words, *, html: bool = True) -> list[tuple[str, str]]:
    """(label, value) rows, as HTML or plain text: labels and the words of values in the
    paper's language(s)."""
    booking = paper.booking
    said = words.html if html else words.plain
    typed = text if html else str

    facts = [
        (said(lambda w: w.tr("Room")), said(lambda w: _room(paper, w))),
        (said(lambda w: w.tr("Date")), said(lambda w: _day(paper, w))),
        (said(lambda w: w.tr("Time")), said(lambda w: _hours(paper, w))),
        *([(said(lambda w: w.tr("Your time")), said(lambda w: guest_span_text(
            booking.start, booking.end, booking.guest_zone, language=w.languages[0])))]
          if booking.guest_zone else []),
        (said(lambda w: w.tr("For")), typed(booking.organization or "—")),
        (said(lambda w: w.tr("Attendees")),
         typed(str(booking.attendees) if booking.attendees else "—")),
    ]
    if booking.layout:
        layout = booking.layout
        facts.append((said(lambda w: w.tr("Layout")), said(lambda w: layout_in(w, layout))))
    contact = " · ".join(x for x in (booking.contact_name, booking.contact_phone) if x)
    if contact:
        facts.append((said(lambda w: w.tr("Contact")), typed(contact)))
    facts.append((said(lambda w: w.tr("Booking number")), typed(f"#{booking.id}")))
    facts.append((said(lambda w: w.tr("Status")), said(lambda w: _status(paper, w))))
    return facts


def _hint(paper: Confirmation, w: Words) -> str:
    if paper.booking.status not in ACTIVE_STATUSES:
        return w.tr("This booking no longer holds the room. Please contact the front desk.")
    if paper.booking.status == BookingStatus.CHECKED_IN:
        return w.tr("Your guests are checked in. Enjoy your meeting.")
    if paper.check_in_by is not None:
        return w.tr("Please check in at the front desk on arrival, with booking number #{0}. "
                    "A room nobody has checked in for by {1} is released for others.").format(
            paper.booking.id, hhmm(paper.check_in_by))
    return w.tr("Please report to the front desk on arrival, with booking number #{0}.").format(
        paper.booking.id)


def _footer(paper: Confirmation, printed_by: str | None, w: Words) -> str:
    issued = local(paper.printed_at)
    footer = w.tr("Issued {0} {1} {2}").format(w.day(issued.date()), hhmm(issued),
                                               zone_abbreviation(issued))
    if printed_by:
        footer += w.tr(" by {0}").format(printed_by)
    return footer


def _html(paper: Confirmation, printed_by: str | None, words: Words) -> str:
    booking = paper.booking
    place = " · ".join(x for x in (paper.building, paper.site) if x)
    heading = words.plain(lambda w: w.tr("Booking confirmation"))
    parts = [
        f"<p style='color:{MUTED}; font-size:9pt; margin:0'>{text(place.upper())}</p>",
        f"<p style='color:{ACCENT}; font-size:12pt; margin-top:18px; margin-bottom:0'><b>"
        f"{text(heading)}</b></p>",
        f"<h1 style='color:{INK}; font-size:22pt; margin-top:2px; margin-bottom:10px'>"
        f"{text(booking.title)}</h1>",
    ]
    if booking.status not in ACTIVE_STATUSES or booking.status == BookingStatus.TENTATIVE:
        warning = STATUS_WORDS.get(booking.status)
        said = words.html(lambda w: w.tr(warning) if warning else booking.status)
        parts.append(f"<table width='100%' cellpadding='8' style='margin-bottom:8px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{said}</b></td></tr></table>")
    rows = "".join(
        f"<tr><td width='28%' style='color:{MUTED}; font-size:11pt'>{key}</td>"
        f"<td style='color:{INK}; font-size:13pt'><b>{value}</b></td></tr>"
        for key, value in _facts(paper, words))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='7' bgcolor='{BAND}'>"
                 f"{rows}</table>")
    parts.append("<p style='margin:0; font-size:6pt'>&nbsp;</p>"
                 + words.columns(lambda w: _hint(paper, w),
                                 style=f"color:{INK}; font-size:11pt; margin-top:16px"))
    parts.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:24px'>"
                 f"{text(_footer(paper, printed_by, words.first))}"
                 "</p>")
    return "".join(parts)


def confirmation_document(paper: Confirmation, *, printed_by: str | None = None,
                          language: str | None = None) -> QTextDocument:
    """The confirmation as a text document (one page) in `language` ('id', 'en', 'both';
    default the one spoken now)."""
    return document_of(_html(paper, printed_by, Words(language)))


def print_confirmation(paper: Confirmation, device: QPagedPaintDevice, *,
                       printed_by: str | None = None, language: str | None = None) -> None:
    """Print the confirmation on a printer (the window's Print dialog)."""
    print_to(confirmation_document(paper, printed_by=printed_by, language=language), device)


def render_confirmation(paper: Confirmation, path: Path, *, printed_by: str | None = None,
                        language: str | None = None, database: Path | None = None,
                        force: bool = False) -> Path:
    """Write the confirmation to an A4 PDF (a new file unless `force`); BadInput when it may
    not."""
    return write_pdf(confirmation_document(paper, printed_by=printed_by, language=language),
                     path, what=WHAT,
                     title=f"{paper.booking.title} — booking #{paper.booking.id}",
                     database=database, force=force)


def write_confirmation(services: "Services", booking_id: int, pdf: Path, *,
                       language: str | None = None, force: bool = False) -> Path:
    """Write booking `booking_id`'s confirmation to `pdf` in `language` (a new file unless
    `force`); BadInput for a bad id or path."""
    return render_confirmation(services.confirmation(booking_id), pdf,
                               printed_by=services.actor, language=language,
                               database=services.database_path, force=force)


def confirmation_text(paper: Confirmation, *, printed_by: str | None = None,
                      language: str | None = None) -> str:
    """The confirmation as plain text (an e-mail's body): the same facts as the paper, in
    `language` ('id', 'en', 'both'; default the one spoken now)."""
    words = Words(language)
    booking = paper.booking
    place = " · ".join(x for x in (paper.building, paper.site) if x)
    lines = [place, words.plain(lambda w: w.tr("Booking confirmation")), "", booking.title]
    if booking.status not in ACTIVE_STATUSES or booking.status == BookingStatus.TENTATIVE:
        warning = STATUS_WORDS.get(booking.status)
        lines.append(words.plain(lambda w: w.tr(warning) if warning else booking.status))
    lines.append("")
    facts = _facts(paper, words, html=False)
    width = max(len(label) for label, _value in facts)
    lines += [f"{label + ':':<{width + 1}} {value}" for label, value in facts]
    lines.append("")
    lines += words.all(lambda w: _hint(paper, w))
    lines += ["", _footer(paper, printed_by, words.first)]
    return "\n".join(lines).strip("\n") + "\n"


def write_confirmation_mail(services: "Services", booking_id: int, path: Path, *,
                            language: str | None = None, force: bool = False) -> Path:
    """Write booking `booking_id`'s confirmation as an e-mail ready to send (.eml): the text
    as its body, the PDF and the calendar invitation (.ics) attached; a new file unless
    `force`, never over the database. BadInput for a bad id or path."""
    paper = services.confirmation(booking_id)
    check_target(path, what=MAIL_WHAT, database=services.database_path, force=force)
    body = confirmation_text(paper, printed_by=services.actor, language=language)
    with tempfile.TemporaryDirectory(prefix="ruang-") as folder:
        pdf = render_confirmation(paper, Path(folder) / "confirmation.pdf",
                                  printed_by=services.actor, language=language)
        pdf_data = pdf.read_bytes()
    words = Words(language)
    subject = words.plain(lambda w: w.tr("Booking confirmation")) + \
        f": {paper.booking.title} — #{paper.booking.id}"
    return services.write_confirmation_mail(booking_id, path, subject=subject, body=body,
                                            pdf=pdf_data, force=force)
