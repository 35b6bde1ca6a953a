"""Bookings as a CSV file a spreadsheet opens as it is: UTF-8 with a BOM, CRLF, a header row.

The columns are documented in the README ("CSV columns"); `booking/exchange/csv_in.py` reads
the same file back. A cell that a spreadsheet would take for a formula is neutralised with a
leading apostrophe (OWASP's advice on CSV injection), and the importer takes it off again.
"""

import csv
from collections.abc import Callable, Collection, Iterable
from datetime import datetime
from pathlib import Path
from typing import TextIO

from sqlalchemy import Engine

from booking.exchange.pages import booking_pages, export_filter, export_uids
from booking.i18n import N_
from booking.outputs import check_target, replacing
from booking.statuses import ACTIVE_STATUSES
from booking.timeutil import iso_local, local
from booking.views import BookingView

COLUMNS = ("uid", "id", "room", "room_name", "start", "end", "date", "start_time", "end_time",
           "title", "organization", "attendees", "status", "contact_name", "contact_phone",
           "notes", "series_id")
# What makes a spreadsheet read a cell as a formula; the apostrophe itself too, so that a
# text starting with one comes back whole after the importer strips the guard.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r", "'")
ENCODING = "utf-8-sig"  # the BOM tells Excel the file is UTF-8
NEWLINE = "\r\n"
WHAT = N_("the bookings (CSV)")

Uids = Callable[[list[int]], dict[int, str]]
Progress = Callable[[int], None]


def neutralise(cell: str) -> str:
    """The cell as a spreadsheet shows it as text, never evaluates it."""
    return "'" + cell if cell.startswith(FORMULA_STARTS) else cell


def unneutralise(cell: str) -> str:
    """The cell as it was before `neutralise`."""
    return cell[1:] if cell.startswith("'") else cell


def csv_row(view: BookingView, uid: str) -> list[str]:
    """One booking's cells, in COLUMNS' order."""
    start, end = local(view.start), local(view.end)
    cells = [uid, str(view.id), view.room, view.room_name, iso_local(view.start),
             iso_local(view.end), start.date().isoformat(), f"{start:%H:%M}", f"{end:%H:%M}",
             view.title, view.organization or "", str(view.attendees), view.status,
             view.contact_name, view.contact_phone, view.notes,
             "" if view.series_id is None else str(view.series_id)]
    return [neutralise(cell) for cell in cells]


def write_bookings(pages: Iterable[list[BookingView]], uids: Uids, stream: TextIO, *,
                   progress: Progress | None = None) -> int:
    """Write the header and every booking of the pages to a text stream opened with
    newline=""; returns how many bookings were written."""
    writer = csv.writer(stream, lineterminator=NEWLINE)
    writer.writerow(COLUMNS)
    written = 0
    for page in pages:
        found = uids([view.id for view in page])
        writer.writerows(csv_row(view, found.get(view.id, "")) for view in page)
        written += len(page)
        if progress is not None:
            progress(written)
    return written


def export_csv(engine: Engine, target: Path | str, *, database: Path | None,
               start: datetime | None = None, end: datetime | None = None,
               room: str | None = None, organization: str | None = None,
               statuses: Collection[str] | None = ACTIVE_STATUSES, force: bool = False,
               progress: Progress | None = None) -> tuple[Path, int]:
    """Write the bookings the filters select to a new CSV file (replacing one only with
    force, never the database); the file and how many bookings it holds."""
    room_ids, organization_id = export_filter(engine, room=room, organization=organization)
    pages = booking_pages(engine, start=start, end=end, room_ids=room_ids, statuses=statuses,
                          organization_id=organization_id)
    path = check_target(target, what=WHAT, database=database, force=force)
    with replacing(path, what=WHAT, database=database, force=force) as part:
        with part.open("w", encoding=ENCODING, newline="") as stream:
            count = write_bookings(pages, export_uids(engine), stream, progress=progress)
    return path, count
