"""The front desk's printed day sheet: every room's bookings of one day, floor by floor, on A4.

Big enough to read when hung on a wall; a floor starts a new page when the day does not fit
on one. Rendered with QTextDocument, to a PDF file (window and command line) or a printer.
"""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from booking.printouts import DaySheet, SheetFloor, SheetLine, SheetRoom
from booking.statuses import BookingStatus
from booking.timeutil import hhmm, local, local_day_bounds
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

if TYPE_CHECKING:
    from booking.services import Services

WHAT = "the day sheet"
COLUMNS = (("Time", "16%"), ("Booking", "49%"), ("People", "9%"), ("Contact", "17%"),
           ("No.", "9%"))
ZEBRA = "#f5f7f9"


def _tr(source: str) -> str:
    return QCoreApplication.translate("DaySheet", source)


def long_date(day: date) -> str:
    """The day as the sheet's heading says it: Wednesday 2 December 2026."""
    return f"{day:%A} {day.day} {day:%B %Y}"


def _span(line: SheetLine, day: date) -> str:
    start, end = local(line.booking.start), local(line.booking.end)
    first = hhmm(start) if start.date() == day else _tr("from {0:%a}").format(start)
    last = hhmm(end) if end.date() == day else _tr("{0:%a} {1}").format(end, hhmm(end))
    return f"{first}–{last}"


def _booking_cell(line: SheetLine) -> str:
    booking = line.booking
    title = f"<b>{text(booking.title)}</b>"
    if booking.status == BookingStatus.TENTATIVE:
        title += f" <span style='color:{WARN}'>{text(_tr('(tentative)'))}</span>"
    elif booking.status == BookingStatus.CHECKED_IN:
        title += f" <span style='color:{ACCENT}'>{text(_tr('✓ checked in'))}</span>"
    details = [booking.organization or ""]
    if booking.layout:
        details.append(_tr("{0} layout").format(booking.layout.replace("_", " ")))
    body = title
    if any(details):
        body += f"<span style='color:{MUTED}'> · " + text(
            " · ".join(d for d in details if d)) + "</span>"
    if line.setup_from is not None or line.cleared_by is not None:
        crew = []
        if line.setup_from is not None:
            crew.append(_tr("setup from {0}").format(hhmm(line.setup_from)))
        if line.cleared_by is not None:
            crew.append(_tr("cleared by {0}").format(hhmm(line.cleared_by)))
        body += (f"<br><span style='color:{WARN}'>" + text(_tr("Crew: ") + ", ".join(crew))
                 + "</span>")
    return body


def _contact(line: SheetLine) -> str:
    booking = line.booking
    name = text(booking.contact_name) if booking.contact_name else ""
    phone = text(booking.contact_phone) if booking.contact_phone else ""
    if name and phone:
        return f"{name} <span style='color:{MUTED}'>{phone}</span>"
    return name or phone or f"<span style='color:{MUTED}'>—</span>"


def _room_rows(room: SheetRoom, day: date) -> str:
    info = room.room
    name = info.name if info.code.lower() in info.name.lower() else f"{info.name} ({info.code})"
    seats = _tr("· 1 seat") if info.capacity == 1 else _tr("· {0} seats").format(info.capacity)
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
                    + text(_tr("Closed: {0}").format(closure.name)) + "</td></tr>")
    for index, line in enumerate(room.lines):
        people = str(line.booking.attendees) if line.booking.attendees else "—"
        shade = f" bgcolor='{ZEBRA}'" if index % 2 else ""
        rows.append(f"<tr{shade}><td style='font-size:11pt; white-space:nowrap'>"
                    f"<b>{text(_span(line, day))}</b></td>"
                    f"<td>{_booking_cell(line)}</td><td align='center'>{text(people)}</td>"
                    f"<td>{_contact(line)}</td><td style='color:{MUTED}; white-space:nowrap'>"
                    f"#{line.booking.id}</td></tr>")
    return "".join(rows)


def _floor(floor: SheetFloor, day: date, *, new_page: bool) -> str:
    title = floor.name + (f" · {floor.label}" if floor.label else "")
    count = _tr("{0} bookings").format(floor.bookings) if floor.bookings != 1 else \
        _tr("1 booking")
    parts: list[str] = []
    if new_page:
        # A page hung on its own still says which day it is.
        parts.append(f"<p style='color:{MUTED}; font-size:9pt; margin:0; "
                     "page-break-before:always'>"
                     f"{text(long_date(day).upper())}</p>")
    parts += [f"<h2 style='color:{INK}; font-size:15pt; margin-top:{2 if new_page else 14}px; "
              f"margin-bottom:4px'>{text(title)} <span style='color:{MUTED}; font-size:10pt; "
              f"font-weight:normal'>{text(count)}</span></h2>"]
    if floor.rooms:
        head = "<tr>" + "".join(
            f"<th align='left' width='{width}' style='color:{MUTED}; font-size:9pt; "
            "white-space:nowrap'>"
            f"{text(_tr(name))}</th>" for name, width in COLUMNS) + "</tr>"
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='3' border='0' "
                     f"style='border-style:none; "
                     f"border-collapse:collapse'>{head}"
                     + "".join(_room_rows(room, day) for room in floor.rooms) + "</table>")
    reasons: dict[str, list[str]] = {}
    for room, why in floor.closed:
        reasons.setdefault(why, []).append(room.name)
    for why, names in reasons.items():
        parts.append(f"<p style='color:{WARN}; margin-top:6px'><b>"
                     f"{text(_tr('Closed all day ({0}):').format(why))}</b> "
                     f"{text(', '.join(names))}</p>")
    if floor.free:
        free = ", ".join(room.name for room in floor.free)
        parts.append(f"<p style='color:{MUTED}; margin-top:6px'><b>"
                     f"{text(_tr('Free all day:'))}</b> {text(free)}</p>")
    if not floor.rooms and not floor.closed and not floor.free:
        parts.append(f"<p style='color:{MUTED}'>{text(_tr('No bookable rooms.'))}</p>")
    return "".join(parts)


def _html(sheet: DaySheet, *, breaks: bool) -> str:
    printed = _tr("printed at {0}").format(local(sheet.printed_at).strftime("%H:%M"))
    if local(sheet.printed_at).date() != sheet.day:
        printed = _tr("printed {0:%d %b} at {1}").format(local(sheet.printed_at),
                                                         hhmm(sheet.printed_at))
    count = _tr("1 booking") if sheet.bookings == 1 else _tr("{0} bookings").format(
        sheet.bookings)
    parts = [
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><span style='color:{MUTED}; font-size:9pt'>"
        f"{text((sheet.building or 'Ruang').upper() + ' · ' + _tr('FRONT DESK DAY SHEET'))}"
        f"</span><br><span style='color:{INK}; font-size:22pt; font-weight:bold'>"
        f"{text(long_date(sheet.day))}</span></td>"
        f"<td align='right' valign='bottom' style='color:{MUTED}'>{text(printed)}<br>"
        f"{text(count)}</td></tr></table>",
    ]
    notices = []
    if sheet.holiday:
        notices.append(_tr("Public holiday: {0}. Most rooms are closed.").format(
            sheet.holiday))
    for closure in sheet.closures:
        notices.append(_tr("Building closed {0}–{1}: {2}").format(
            hhmm(closure.start), hhmm(closure.end), closure.name))
    for notice in notices:
        parts.append(f"<table width='100%' cellpadding='6' style='margin-top:6px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{text(notice)}</b></td></tr></table>")
    if not sheet.bookings:
        parts.append(f"<p style='color:{MUTED}; font-size:12pt; margin-top:10px'>"
                     f"{text(_tr('No bookings this day.'))}</p>")
    for index, floor in enumerate(sheet.floors):
        parts.append(_floor(floor, sheet.day, new_page=breaks and index > 0))
    return "".join(parts)


def day_sheet_document(sheet: DaySheet) -> QTextDocument:
    """The sheet as a text document; each floor on its own page when it runs past one."""
    document = document_of(_html(sheet, breaks=False))
    if pages_of(document) > 1:
        document = document_of(_html(sheet, breaks=True))
    return document


def print_day_sheet(sheet: DaySheet, device: QPagedPaintDevice) -> None:
    """Print the sheet on a printer (the window's Print dialog)."""
    print_to(day_sheet_document(sheet), device)


def render_day_sheet(sheet: DaySheet, path: Path, *, database: Path | None = None,
                     force: bool = False) -> Path:
    """Write the sheet to an A4 PDF (a new file unless `force`); BadInput when it may not."""
    return write_pdf(day_sheet_document(sheet), path, what=WHAT,
                     title=f"{sheet.building} — {long_date(sheet.day)}", database=database,
                     force=force)


def write_day_sheet(services: "Services", day: date, pdf: Path, *,
                    force: bool = False) -> tuple[Path, DaySheet]:
    """Write the day sheet of `day` to `pdf`; the file and the sheet it holds."""
    sheet = services.day_sheet(day)
    return render_day_sheet(sheet, pdf, database=services.database_path, force=force), sheet


def suggested_name(day: date) -> str:
    """The file name a save dialog proposes."""
    return f"day-sheet-{day.isoformat()}.pdf"
