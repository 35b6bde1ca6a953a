"""The front desk's printed day sheet: every room's bookings of one day, floor by floor, on A4.

Big enough to read when hung on a wall; a floor starts a new page when the day does not fit
on one. Rendered with QTextDocument, to a PDF file (window and command line) or a printer.
"""

from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from booking.i18n import _ as booking_words
from booking.printouts import DaySheet, SheetFloor, SheetLine, SheetRoom
from booking.statuses import BookingStatus
from booking.timeutil import hhmm, local, local_day_bounds, weekday_name
from booking.views import ClosureInfo, RoomInfo
from ui.paper import (
    ACCENT,
    BAND,
    INK,
    MUTED,
    WARN,
    WARN_FILL,
    document_of,
    pages_of,
    print_to,
    text,
    write_pdf,
)
from ui.words import Words, layout_in

if TYPE_CHECKING:
    from booking.services import Services

WHAT = "the day sheet"
COLUMNS = ((str(QT_TRANSLATE_NOOP("Ruang", "Time")), "16%"),
           (str(QT_TRANSLATE_NOOP("Ruang", "Booking")), "49%"),
           (str(QT_TRANSLATE_NOOP("Ruang", "People")), "9%"),
           (str(QT_TRANSLATE_NOOP("Ruang", "Contact")), "17%"),
           (str(QT_TRANSLATE_NOOP("Ruang", "No.")), "9%"))
ZEBRA = "#f5f7f9"


def long_date(day: date, words: Words | None = None) -> str:
    """The day as the sheet's heading says it: Wednesday 2 December 2026, Rabu 2 Desember
    2026 (in the language spoken now unless `words` says)."""
    return (words or Words()).first.long_day(day)


def _span(line: SheetLine, day: date, w: Words) -> str:
    start, end = local(line.booking.start), local(line.booking.end)
    first = hhmm(start) if start.date() == day else w.tr("from {0}").format(
        w.weekday(start.date())[:3])
    last = hhmm(end) if end.date() == day else f"{w.weekday(end.date())[:3]} {hhmm(end)}"
    return f"{first}–{last}"


def _bookings_word(count: int, w: Words) -> str:
    return w.tr("booking") if count == 1 else w.tr("bookings")


def _seats_word(count: int, w: Words) -> str:
    return w.tr("seat") if count == 1 else w.tr("seats")


def _counted(count: int, word: Callable[[int, Words], str], words: Words) -> str:
    """'87 bookings', '87 pemesanan', and in both '87 pemesanan/bookings'."""
    return f"{count} " + words.plain(partial(word, count), joiner="/")


def _booking_cell(line: SheetLine, words: Words) -> str:
    booking = line.booking
    title = f"<b>{text(booking.title)}</b>"
    if booking.status == BookingStatus.TENTATIVE:
        tentative = words.plain(lambda w: w.tr("(tentative)"))
        title += f" <span style='color:{WARN}'>{text(tentative)}</span>"
    elif booking.status == BookingStatus.CHECKED_IN:
        checked_in = words.plain(lambda w: w.tr("✓ checked in"))
        title += f" <span style='color:{ACCENT}'>{text(checked_in)}</span>"
    details = [booking.organization or ""]
    if booking.layout:
        layout = booking.layout
        details.append(words.plain(lambda w: w.tr("{0} layout").format(layout_in(w, layout))))
    body = title
    if any(details):
        body += f"<span style='color:{MUTED}'> · " + text(
            " · ".join(d for d in details if d)) + "</span>"
    if line.setup_from is not None or line.cleared_by is not None:
        def crew(w: Words) -> str:
            parts = []
            if line.setup_from is not None:
                parts.append(w.tr("setup from {0}").format(hhmm(line.setup_from)))
            if line.cleared_by is not None:
                parts.append(w.tr("cleared by {0}").format(hhmm(line.cleared_by)))
            return w.tr("Crew: ") + ", ".join(parts)
        body += f"<br><span style='color:{WARN}'>" + words.html(crew) + "</span>"
    return body


def _contact(line: SheetLine) -> str:
    booking = line.booking
    name = text(booking.contact_name) if booking.contact_name else ""
    phone = text(booking.contact_phone) if booking.contact_phone else ""
    if name and phone:
        return f"{name} <span style='color:{MUTED}'>{phone}</span>"
    return name or phone or f"<span style='color:{MUTED}'>—</span>"


def _room_rows(room: SheetRoom, day: date, words: Words) -> str:
    info = room.room
    name = words.plain(lambda w: info.name_in(w.language))
    if info.code.lower() not in name.lower():
        name = f"{name} ({info.code})"
    seats = "· " + _counted(info.capacity, _seats_word, words)
    heading = text(name) + (f" <span style='color:{MUTED}; font-weight:normal'>"
                            + text(seats) + "</span>")
    rows = [f"<tr><td colspan='5' style='background-color:{BAND}; color:{ACCENT}; "
            f"font-weight:bold; font-size:11pt'>{heading}</td></tr>"]
    start, end = local_day_bounds(day)
    for closure in room.closures:
        lo = hhmm(closure.start) if closure.start > start else "…"
        hi = hhmm(closure.end) if closure.end < end else "…"
        rows.append(f"<tr><td style='color:{WARN}'><b>{text(f'{lo}–{hi}')}</b></td>"
                    f"<td colspan='4' style='color:{WARN}'>"
                    + text(words.plain(_closed_words(closure.name))) + "</td></tr>")
    for index, line in enumerate(room.lines):
        people = str(line.booking.attendees) if line.booking.attendees else "—"
        shade = f" bgcolor='{ZEBRA}'" if index % 2 else ""
        span = words.plain(partial(_span, line, day))
        rows.append(f"<tr{shade}><td style='font-size:11pt; white-space:nowrap'>"
                    f"<b>{text(span)}</b></td>"
                    f"<td>{_booking_cell(line, words)}</td><td align='center'>{text(people)}</td>"
                    f"<td>{_contact(line)}</td><td style='color:{MUTED}; white-space:nowrap'>"
                    f"#{line.booking.id}</td></tr>")
    return "".join(rows)


def _closed_words(name: str) -> Callable[[Words], str]:
    return lambda w: w.tr("Closed: {0}").format(name)


def _building_closed(closure: ClosureInfo, w: Words) -> str:
    return w.tr("Building closed {0}–{1}: {2}").format(hhmm(closure.start), hhmm(closure.end),
                                                      closure.name)


def _closed_all_day(why: str, sheet: DaySheet, w: Words) -> str:
    return w.tr("Closed all day ({0}):").format(_why(why, sheet, w))


def _why(why: str, sheet: DaySheet, w: Words) -> str:
    """Why rooms are shut all day, in the words' language (a closure's name as typed)."""
    if sheet.holiday and why == sheet.holiday:
        return sheet.holiday_in(w.languages[0]) or why
    # booking/ said it in the language spoken when the sheet was assembled (this one).
    if why == booking_words("closed on {weekday}s").format(weekday=weekday_name(sheet.day)):
        return w.tr("closed every {0}").format(w.weekday(sheet.day))
    return why


def _room_name(room: RoomInfo, words: Words) -> str:
    """A room's name in the words' language (the building file may give it in both)."""
    return room.name_in(words.language)


def _floor(floor: SheetFloor, sheet: DaySheet, words: Words, *, new_page: bool) -> str:
    day = sheet.day
    label = words.plain(lambda w: floor.label_in(w.language)) if floor.label else ""
    title = floor.name + (f" · {label}" if label else "")
    count = _counted(floor.bookings, _bookings_word, words)
    parts: list[str] = []
    if new_page:
        # A page hung on its own still says which day it is.
        parts.append(f"<p style='color:{MUTED}; font-size:9pt; margin:0; "
                     "page-break-before:always'>"
                     f"{text(words.plain(lambda w: w.long_day(day)).upper())}</p>")
    parts += [f"<h2 style='color:{INK}; font-size:15pt; margin-top:{2 if new_page else 14}px; "
              f"margin-bottom:4px'>{text(title)} <span style='color:{MUTED}; font-size:10pt; "
              f"font-weight:normal'>{text(count)}</span></h2>"]
    if floor.rooms:
        head = "<tr>" + "".join(
            f"<th align='left' width='{width}' style='color:{MUTED}; font-size:9pt; "
            "white-space:nowrap'>"
            f"{words.label_html(name)}</th>" for name, width in COLUMNS
        ) + "</tr>"
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='3' border='0' "
                     f"style='border-style:none; "
                     f"border-collapse:collapse'>{head}"
                     + "".join(_room_rows(room, day, words) for room in floor.rooms)
                     + "</table>")
    reasons: dict[str, list[str]] = {}
    for room, why in floor.closed:
        reasons.setdefault(why, []).append(words.plain(partial(_room_name, room)))
    for why, names in reasons.items():
        said = words.plain(partial(_closed_all_day, why, sheet))
        parts.append(f"<p style='color:{WARN}; margin-top:6px'><b>{text(said)}</b> "
                     f"{text(', '.join(names))}</p>")
    if floor.free:
        free_all_day = words.plain(lambda w: w.tr("Free all day:"))
        free = ", ".join(words.plain(partial(_room_name, room)) for room in floor.free)
        parts.append(f"<p style='color:{MUTED}; margin-top:6px'><b>"
                     f"{text(free_all_day)}</b> {text(free)}</p>")
    if not floor.rooms and not floor.closed and not floor.free:
        none = words.plain(lambda w: w.tr("No bookable rooms."))
        parts.append(f"<p style='color:{MUTED}'>{text(none)}</p>")
    return "".join(parts)


def _printed(sheet: DaySheet, w: Words) -> str:
    if local(sheet.printed_at).date() != sheet.day:
        return w.tr("printed {0} at {1}").format(
            w.short_day(local(sheet.printed_at).date()).split(" ", 1)[1], hhmm(sheet.printed_at))
    return w.tr("printed at {0}").format(hhmm(sheet.printed_at))


def _html(sheet: DaySheet, words: Words, *, breaks: bool) -> str:
    printed = _printed(sheet, words.first)  # a line for the desk, in one language
    count = _counted(sheet.bookings, _bookings_word, words)
    kind = words.plain(lambda w: w.tr("FRONT DESK DAY SHEET"))
    parts = [
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td width='72%'><span style='color:{MUTED}; font-size:9pt'>"
        f"{text((sheet.building or 'Ruang').upper() + ' · ' + kind)}"
        f"</span><br><span style='color:{INK}; font-size:22pt; font-weight:bold'>"
        f"{words.html(lambda w: w.long_day(sheet.day), second_size='13pt')}</span></td>"
        f"<td align='right' valign='bottom' style='color:{MUTED}'>{text(printed)}<br>"
        f"{text(count)}</td></tr></table>",
    ]
    notices = []
    if sheet.holiday:
        notices.append(words.html(lambda w: w.tr(
            "Public holiday: {0}. Most rooms are closed.").format(
            sheet.holiday_in(w.languages[0]))))
    for closure in sheet.closures:
        notices.append(words.html(partial(_building_closed, closure)))
    for notice in notices:
        parts.append(f"<table width='100%' cellpadding='6' style='margin-top:6px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{notice}</b></td></tr></table>")
    if not sheet.bookings:
        nothing = words.plain(lambda w: w.tr("No bookings this day."))
        parts.append(f"<p style='color:{MUTED}; font-size:12pt; margin-top:10px'>"
                     f"{text(nothing)}</p>")
    for index, floor in enumerate(sheet.floors):
        parts.append(_floor(floor, sheet, words, new_page=breaks and index > 0))
    return "".join(parts)


def day_sheet_document(sheet: DaySheet, language: str | None = None) -> QTextDocument:
    """The sheet as a text document in `language` ('id', 'en', 'both'; default the one spoken
    now); each floor on its own page when it runs past one."""
    words = Words(language)
    document = document_of(_html(sheet, words, breaks=False))
    if pages_of(document) > 1:
        document = document_of(_html(sheet, words, breaks=True))
    return document


def print_day_sheet(sheet: DaySheet, device: QPagedPaintDevice, *,
                    language: str | None = None) -> None:
    """Print the sheet on a printer (the window's Print dialog)."""
    print_to(day_sheet_document(sheet, language), device)


def render_day_sheet(sheet: DaySheet, path: Path, *, language: str | None = None,
                     database: Path | None = None, force: bool = False) -> Path:
    """Write the sheet to an A4 PDF (a new file unless `force`); BadInput when it may not."""
    return write_pdf(day_sheet_document(sheet, language), path, what=WHAT,
                     title=f"{sheet.building} — {long_date(sheet.day, Words(language))}",
                     database=database, force=force)


def write_day_sheet(services: "Services", day: date, pdf: Path, *, language: str | None = None,
                    force: bool = False) -> tuple[Path, DaySheet]:
    """Write the day sheet of `day` to `pdf` in `language`; the file and the sheet it holds."""
    sheet = services.day_sheet(day)
    return render_day_sheet(sheet, pdf, language=language, database=services.database_path,
                            force=force), sheet


def suggested_name(day: date) -> str:
    """The file name a save dialog proposes."""
    return f"day-sheet-{day.isoformat()}.pdf"
