"""A CSV file of bookings read into import items, every bad cell named by row and column.

Reads what `export csv` writes and what a spreadsheet saves: UTF-8 with or without a BOM,
cells separated by commas or (Excel in an Indonesian locale) semicolons. Rows are numbered as
the spreadsheet numbers them: the header is row 1. Other encodings are refused with a clear
message rather than guessed, since a wrong guess silently garbles names.
"""

import csv
import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from booking.errors import BadInput
from booking.exchange.csv_cells import (
    CellError,
    attendees_cell,
    clock_cell,
    day_cell,
    moment_cell,
    shown,
)
from booking.exchange.csv_out import COLUMNS, unneutralise
from booking.exchange.importer import MAX_ITEMS
from booking.exchange.incoming import Incoming
from booking.i18n import _
from booking.outputs import protected_reason
from booking.statuses import BookingStatus
from booking.timeutil import BUILDING_TZ

MAX_BYTES = 256 * 1024 * 1024
# Statuses of bookings that no longer hold their room: such a row is left out, with a note.
LEFT_OUT = {BookingStatus.CANCELLED, BookingStatus.RELEASED, BookingStatus.DECLINED,
            BookingStatus.EXPIRED}
MOST_PROBLEMS = 50


class CsvInvalid(BadInput):
    """Cells that do not hold what their columns need; nothing is imported."""

    def __init__(self, problems: Sequence[str], total: int) -> None:
        more = total - 1
        message = problems[0] if not more else _("{first} (and {more} more problems)").format(
            first=problems[0], more=more)
        super().__init__(message)
        self.problems = tuple(problems)
        self.total = total


@dataclass(frozen=True)
class CsvRead:
    """The items a CSV file proposes, and notes on what was left out or ignored."""

    items: tuple[Incoming, ...]
    notes: tuple[str, ...] = ()


def read_csv_file(path: Path, *, database: Path | None = None) -> CsvRead:
    """Read a CSV file of bookings; BadInput (CsvInvalid for bad cells) when it cannot be."""
    path = Path(path).expanduser()
    if protected_reason(path, database) is not None:
        raise BadInput(_("'{file}' is Ruang's database (or one of its files), not a CSV "
                         "file to import").format(file=path))
    if not path.is_file():
        raise BadInput(_("there is no file '{file}'").format(file=path))
    if path.stat().st_size > MAX_BYTES:
        raise BadInput(_("'{file}' is too large to be a CSV file of bookings").format(file=path))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise BadInput(_("cannot read '{file}': {error}").format(
            file=path, error=exc.strerror or exc)) from None
    return read_csv_bytes(data, name=str(path))


def _text(data: bytes, name: str) -> str:
    if b"\x00" in data[:8192]:
        raise BadInput(_("'{file}' is not a CSV file (it holds binary data)").format(file=name))
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(_("'{file}' is not UTF-8 text; save it from the spreadsheet as "
                         "'CSV UTF-8' and import it again").format(file=name)) from None


def _delimiter(text: str) -> str:
    """A comma, or a semicolon when the header row holds more of those (Excel, id locale)."""
    header = text.split("\n", 1)[0]
    return ";" if header.count(";") > header.count(",") else ","


def _header(cells: list[str]) -> tuple[dict[str, int], list[str]]:
    """Column positions by name, and the names Ruang does not read."""
    names = [unneutralise(c).strip().lower().replace(" ", "_") for c in cells]
    positions: dict[str, int] = {}
    unknown = []
    for n, name in enumerate(names):
        if name in positions:
            raise BadInput(_("the header row names the column '{column}' twice").format(
                column=shown(name)))
        if name in COLUMNS:
            positions[name] = n
        elif name:
            unknown.append(name)
    missing = [c for c in ("room", "title") if c not in positions]
    timed = {"start", "end"} <= positions.keys()
    split = {"date", "start_time", "end_time"} <= positions.keys()
    if missing or not (timed or split):
        raise BadInput(_("the header row must name the columns room, title, and start and end "
                         "(or date, start_time and end_time); it names: {names}").format(
                             names=", ".join(shown(n, 20) for n in names if n) or "-"))
    return positions, unknown


def read_csv_bytes(data: bytes, *, name: str) -> CsvRead:
    """Read a CSV file's bytes (see read_csv_file)."""
    text = _text(data, name)
    if not text.strip():
        raise BadInput(_("'{file}' is empty: it holds no header row and no bookings").format(
            file=name))
    try:
        rows = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text))
        positions, unknown = _header(next(rows))
        notes = [_("column '{column}' is not one Ruang reads; it is ignored").format(
            column=shown(c, 30)) for c in unknown]
        items: list[Incoming] = []
        problems: list[str] = []
        total = 0
        seen = 0
        for number, cells in enumerate(rows, start=2):
            if not any(c.strip() for c in cells):
                continue
            seen += 1
            if seen > MAX_ITEMS:
                raise BadInput(_("'{file}' holds more than {most} rows; import at most {most} "
                                 "at a time").format(file=name, most=MAX_ITEMS))
            try:
                item = _row(number, cells, positions)
            except CellError as exc:
                total += 1
                if len(problems) < MOST_PROBLEMS:
                    problems.append(exc.message)
                continue
            if isinstance(item, str):
                notes.append(item)
            else:
                items.append(item)
    except csv.Error as exc:
        raise BadInput(_("'{file}' is not a readable CSV file: {error}").format(
            file=name, error=exc)) from None
    if problems:
        raise CsvInvalid(problems, total)
    if not seen:
        raise BadInput(_("'{file}' holds only the header row: no bookings").format(file=name))
    return CsvRead(tuple(items), tuple(notes))


def _row(number: int, cells: list[str], positions: dict[str, int]) -> Incoming | str:
    """A row as an item, or a note saying why it is left out; CellError on a bad cell."""
    def cell(column: str) -> str:
        at = positions.get(column)
        return unneutralise(cells[at]) if at is not None and at < len(cells) else ""

    room, title = cell("room").strip(), cell("title").strip()
    if not room:
        raise CellError(number, "room", _("empty; say which room"))
    if not title:
        raise CellError(number, "title", _("empty; every booking needs a title"))
    start, end = _span(number, cell)
    status = cell("status").strip().lower() or BookingStatus.CONFIRMED
    if status not in {s.value for s in BookingStatus}:
        raise CellError(number, "status", _("'{text}' is not a status (tentative, confirmed, "
                                            "checked_in, …)").format(text=shown(status)))
    if status in LEFT_OUT:
        return _("row {row}: a {status} booking; it is left out").format(row=number,
                                                                          status=status)
    attendees = attendees_cell(number, "attendees", cell("attendees"))
    uid = cell("uid").strip() or _made_uid(room, start, end, title)
    return Incoming(where=_("row {row}").format(row=number), room=room, start=start, end=end,
                    title=title, organization=cell("organization").strip() or None,
                    attendees=attendees, contact_name=cell("contact_name").strip(),
                    contact_phone=cell("contact_phone").strip(), notes=cell("notes").strip(),
                    tentative=status == BookingStatus.TENTATIVE, uid=uid)


def _span(number: int, cell: Callable[[str], str]) -> tuple[datetime, datetime]:
    """start and end, else date with start_time and end_time (the building's time)."""
    if cell("start").strip() or cell("end").strip() or not cell("date").strip():
        return (moment_cell(number, "start", cell("start")),
                moment_cell(number, "end", cell("end")))
    day = day_cell(number, "date", cell("date"))
    opens = clock_cell(number, "start_time", cell("start_time"))
    closes = clock_cell(number, "end_time", cell("end_time"))
    return (datetime.combine(day, opens, tzinfo=BUILDING_TZ),
            datetime.combine(day, closes, tzinfo=BUILDING_TZ))


def _made_uid(room: str, start: datetime, end: datetime, title: str) -> str:
    """An identity for a row that brings none (a spreadsheet of its own), made from what it
    books, so importing the same file again finds these bookings rather than clashing."""
    key = "\x1f".join((room.lower(), str(start.timestamp()), str(end.timestamp()), title))
    return f"csv-{hashlib.sha256(key.encode()).hexdigest()[:24]}@import.ruang"
