"""The room-loan letter (surat peminjaman ruang) of a hall event, on one A4 page.

The building lends the hall, or half of it, to the organizing organization: letterhead, number
and date, the event, the times with setup and teardown, layout and attendees against its
capacity, equipment, conditions and signatures. A request not approved prints as a draft.
Rendered with QTextDocument, to a PDF file (window and command line) or a printer.
"""

from collections.abc import Mapping
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from booking.events.letter import LoanLetter
from booking.outputs import check_target
from booking.timeutil import hhmm, local
from ui.event_words import audience_in, dates_in, equipment_name
from ui.paper import (
    ACCENT,
    BAND,
    INK,
    MUTED,
    RULE,
    WARN,
    WARN_FILL,
    document_of,
    print_to,
    write_pdf,
)
from ui.words import Words, layout_in, names_in

if TYPE_CHECKING:
    from booking.services import Services

WHAT = "the room-loan letter"


def _hall(letter: LoanLetter, w: Words) -> str:
    if letter.whole_hall:
        return w.tr("Whole hall ({0})").format(letter.hall.name_in(w.language))
    return w.tr("{0} (half of the hall)").format(letter.hall.name_in(w.language))


def _times(letter: LoanLetter, w: Words) -> str:
    event = letter.event
    start, end = local(event.start), local(event.end)
    times = w.tr("{0}–{1} WIB").format(hhmm(start), hhmm(end))
    if event.nightly_teardown and start.date() != end.date():
        times += w.tr(" each day")
    return times


def _crew(letter: LoanLetter, w: Words) -> str:
    event = letter.event
    return w.tr("setup from {0}, teardown until {1}").format(hhmm(event.setup_start),
                                                            hhmm(event.teardown_end))


def _people(letter: LoanLetter, w: Words) -> str:
    event = letter.event
    return w.tr("{0} expected; the {1} layout holds {2}").format(
        event.attendees, layout_in(w, event.layout).lower(), letter.capacity)


def _conditions(letter: LoanLetter, w: Words) -> list[str]:
    end = hhmm(letter.event.teardown_end)
    return [
        w.tr("The room is used only for the event named in this letter."),
        w.tr("The borrower leaves the room, its furniture and equipment as found, and pays "
             "for any damage."),
        w.tr("No smoking, open flames or fireworks anywhere in the building."),
        w.tr("No more people than the layout holds; emergency exits stay clear."),
        w.tr("Setup and teardown stay within the times above: the room is cleared by {0}.")
        .format(end),
        w.tr("The building may cancel this loan for an emergency or an official need, and "
             "tells the organizer at once."),
    ]


def _intro(letter: LoanLetter, w: Words) -> str:
    borrower = letter.event.organization or letter.event.organizer or "—"
    return w.tr("The management of {0} lends the room below to {1} for the event described, "
                "on the conditions of this letter.").format(letter.building or "Ruang",
                                                            borrower)


def _fact_rows(letter: LoanLetter, names: Mapping[str, str], words: Words) -> str:
    event = letter.event
    start, end = local(event.start), local(event.end)
    equipment = "<br>".join(escape(f"{equipment_name(names, code)} × {quantity}")
                            for code, quantity in event.equipment.items())
    facts = [
        (words.html(lambda w: w.tr("Purpose")), f"<b>{escape(event.title)}</b><br>"
         + words.html(lambda w: audience_in(w, event.public))),
        (words.html(lambda w: w.tr("Room")), words.html(lambda w: _hall(letter, w))),
        (words.html(lambda w: w.tr("Date")),
         words.html(lambda w: dates_in(w, start.date(), end.date()))),
        (words.html(lambda w: w.tr("Time")), words.html(lambda w: _times(letter, w))),
        (words.html(lambda w: w.tr("Setup and teardown")),
         words.html(lambda w: _crew(letter, w))),
        (words.html(lambda w: w.tr("Layout and attendees")),
         words.html(lambda w: _people(letter, w))),
        (words.html(lambda w: w.tr("Equipment")),
         equipment or words.html(lambda w: w.tr("none"))),
    ]
    if event.catering:
        facts.append((words.html(lambda w: w.tr("Catering")), escape(event.catering)))
    return "".join(f"<tr><td width='27%' valign='top' style='color:{MUTED}'>{key}</td>"
                   f"<td valign='top' style='color:{INK}'>{value}</td></tr>"
                   for key, value in facts)


def _signatures(letter: LoanLetter, words: Words) -> str:
    event = letter.event
    organizer = [escape(event.organizer or event.contact_name or "")]
    if event.organization:
        organizer.append(escape(event.organization))
    contact = " · ".join(x for x in (event.contact_name, event.contact_phone) if x)
    if contact:
        organizer.append(words.html(lambda w: w.tr("On the day: {0}").format(contact)))
    manager = [escape(letter.approver) if letter.approver else "&nbsp;",
               escape(letter.building or "")]
    if not letter.draft and event.decided_at is not None:
        decided = local(event.decided_at).date()
        manager.append(words.html(lambda w: w.tr("Approved {0}").format(w.day(decided))))

    def block(title: str, lines: list[str]) -> str:
        return (f"<td width='50%' valign='top' style='color:{INK}'>"
                f"<span style='color:{MUTED}'>{title}</span><br><br><br>"
                "______________________________<br>" + "<br>".join(x for x in lines if x)
                + "</td>")

    return ("<table width='100%' cellspacing='0' cellpadding='6' style='margin-top:10px'><tr>"
            + block(words.html(lambda w: w.tr("The borrower (organizer)")), organizer)
            + block(words.html(lambda w: w.tr("For the building (building manager)")), manager)
            + "</tr></table>")


def _html(letter: LoanLetter, names: Mapping[str, str], printed_by: str | None,
          words: Words) -> str:
    event = letter.event
    issued = local(letter.printed_at).date()
    city = "Malang"
    head = (f"<table width='100%' cellspacing='0' cellpadding='0'><tr><td valign='bottom'>"
            f"<span style='color:{ACCENT}; font-size:20pt; font-weight:bold'>"
            f"{escape((letter.building or 'Ruang').upper())}</span><br>"
            f"<span style='color:{MUTED}; font-size:9pt'>{escape(letter.site)}</span></td>"
            f"<td align='right' valign='bottom' style='color:{INK}; font-size:9pt'>"
            + words.html(lambda w: w.tr("No. {0}").format(letter.number))
            + "<br>"
            + words.html(lambda w: f"{city}, {w.long_day(issued)}")
            + "</td></tr></table>"
            f"<table width='100%' cellspacing='0' cellpadding='0' style='margin-top:4px'><tr>"
            f"<td style='background-color:{ACCENT}; font-size:2pt'>&nbsp;</td></tr></table>")
    parts = [head,
             f"<p align='center' style='color:{INK}; font-size:15pt; font-weight:bold; "
             f"margin-top:16px; margin-bottom:2px'>"
             + words.html(lambda w: w.tr("ROOM-LOAN LETTER"), second_size="11pt") + "</p>"]
    if letter.draft:
        parts.append(f"<table width='100%' cellpadding='8' style='margin-top:8px'><tr>"
                     f"<td align='center' style='background-color:{WARN_FILL}; color:{WARN}; "
                     f"font-size:14pt'><b>"
                     + escape(words.plain(lambda w: w.tr("DRAFT — not approved"),
                                          joiner="  ·  ")) + "</b></td></tr></table>")
    to = event.organization or event.organizer or "—"
    attention = event.organizer if event.organization and event.organizer else ""
    parts.append(f"<p style='color:{INK}; margin-top:14px; margin-bottom:2px'>"
                 + escape(words.plain(lambda w: w.tr("To: {0}").format(to)))
                 + (("<br>" + escape(words.plain(lambda w: w.tr("Attn. {0}").format(attention))))
                    if attention else "") + "</p>")
    parts.append(words.columns(lambda w: _intro(letter, w),
                               style=f"color:{INK}; margin-top:8px"))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='5' bgcolor='{BAND}' "
                 f"style='margin-top:8px'>{_fact_rows(letter, names, words)}</table>")
    parts.append(f"<p style='color:{ACCENT}; font-size:11pt; font-weight:bold; "
                 f"margin-top:12px; margin-bottom:4px'>"
                 + words.html(lambda w: w.tr("Conditions")) + "</p>")
    conditions: list[list[str]] = []
    for texts in (_conditions(letter, w) for w in words.each()):
        if texts not in conditions:  # both: Indonesian beside English, once if the same
            conditions.append(texts)
    rows = "".join(
        "<tr>" + f"<td width='3%' valign='top' style='color:{MUTED}'>{index}.</td>"
        + "".join(f"<td valign='top' style='color:{INK}; "
                  f"{'' if i == 0 else f'color:{MUTED}; font-style:italic'}'>"
                  f"{escape(texts[index - 1])}</td>" for i, texts in enumerate(conditions))
        + "</tr>"
        for index in range(1, len(conditions[0]) + 1))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='2' style='font-size:"
                 f"{8 if words.both else 9}pt; border-color:{RULE}'>{rows}</table>")
    parts.append(_signatures(letter, words))
    first = words.first  # a line for the file, in one language
    footer = first.tr("Event #{0} · printed {1} {2}").format(
        event.id, first.day(issued), hhmm(letter.printed_at)) + (
        first.tr(" by {0}").format(printed_by) if printed_by else "")
    parts.append(f"<p style='color:{MUTED}; font-size:7pt; margin-top:12px'>"
                 f"{escape(footer)}</p>")
    return "".join(parts)


def letter_document(letter: LoanLetter, *, equipment_names: Mapping[str, str] | None = None,
                    printed_by: str | None = None,
                    language: str | None = None) -> QTextDocument:
    """The letter as a text document in `language` ('id', 'en', 'both'; default the one
    spoken now)."""
    words = Words(language)
    # Both languages fill more of the page: a smaller type keeps the letter on one sheet.
    return document_of(_html(letter, equipment_names or {}, printed_by, words),
                       point_size=8.5 if words.both else 9.5)


def print_letter(letter: LoanLetter, device: QPagedPaintDevice, *,
                 equipment_names: Mapping[str, str] | None = None,
                 printed_by: str | None = None, language: str | None = None) -> None:
    """Print the letter on a printer."""
    print_to(letter_document(letter, equipment_names=equipment_names, printed_by=printed_by,
                             language=language), device)


def write_loan_letter(services: "Services", event_id: int, pdf: Path, *,
                      language: str | None = None, force: bool = False) -> Path:
    """Write the room-loan letter of hall event `event_id` to `pdf` in `language` (a new file
    unless `force`); BadInput for an unknown event or a path that may not be written."""
    database = services.database_path
    check_target(pdf, what=WHAT, database=database, force=force)  # before any rendering
    letter = services.loan_letter(event_id)
    names = names_in(services.events.equipment(), language)
    document = letter_document(letter, equipment_names=names, printed_by=services.actor,
                               language=language)
    return write_pdf(document, pdf, what=WHAT,
                     title=f"{letter.event.title} — room-loan letter {letter.number}",
                     database=database, force=force)


def suggested_name(letter_event_id: int, day: str) -> str:
    """The file name a save dialog proposes."""
    return f"room-loan-letter-{letter_event_id}-{day}.pdf"
