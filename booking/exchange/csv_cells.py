"""One CSV cell read as a booking's field, or a message naming its row and column."""

import re
from datetime import date, datetime, time

from booking.errors import BadInput
from booking.i18n import _
from booking.policy import MAX_ATTENDEES
from booking.timeutil import BUILDING_TZ

# Excel in an Indonesian locale writes a day as 07/01/2027 (day first) when it saves a file.
_DAY_FIRST = re.compile(r"^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$")
_CLOCK = re.compile(r"^(\d{1,2})[:.](\d{2})(?::(\d{2}))?$")


def shown(text: str, most: int = 40) -> str:
    """A cell as a message quotes it: on one line, and cut short when long."""
    flat = " ".join(text.split())
    return flat if len(flat) <= most else flat[:most - 1] + "…"


class CellError(BadInput):
    """A cell that does not hold what its column needs."""

    def __init__(self, row: int, column: str, message: str) -> None:
        super().__init__(_("row {row}, column '{column}': {message}").format(
            row=row, column=column, message=message))


def moment_cell(row: int, column: str, text: str) -> datetime:
    """ISO 8601 date and time; without an offset, it is the building's time."""
    try:
        value = datetime.fromisoformat(text.strip().replace(" ", "T", 1))
    except ValueError:
        raise CellError(row, column, _("'{text}' is not a date and time (write it as "
                                       "2027-01-07T09:00+07:00 or 2027-01-07 09:00)").format(
                                           text=shown(text))) from None
    return value if value.tzinfo is not None else value.replace(tzinfo=BUILDING_TZ)


def day_cell(row: int, column: str, text: str) -> date:
    """A day: 2027-01-07, or 07/01/2027 (day first) as a spreadsheet saves it."""
    raw = text.strip()
    try:
        found = _DAY_FIRST.match(raw)
        if found is not None:
            return date(int(found.group(3)), int(found.group(2)), int(found.group(1)))
        return date.fromisoformat(raw)
    except ValueError:
        raise CellError(row, column, _("'{text}' is not a date (write it as 2027-01-07)")
                        .format(text=shown(text))) from None


def clock_cell(row: int, column: str, text: str) -> time:
    """A time of day: 09:00, 9.00 or 09:00:00."""
    found = _CLOCK.match(text.strip())
    try:
        if found is None:
            raise ValueError(text)
        return time(int(found.group(1)), int(found.group(2)), int(found.group(3) or 0))
    except ValueError:
        raise CellError(row, column, _("'{text}' is not a time of day (write it as 09:30)")
                        .format(text=shown(text))) from None


def attendees_cell(row: int, column: str, text: str) -> int:
    """A number of people, 0 when empty."""
    raw = text.strip()
    if not raw:
        return 0
    if not (raw.isascii() and raw.isdigit()) or len(raw) > 6 or int(raw) > MAX_ATTENDEES:
        raise CellError(row, column, _("'{text}' is not a number of people (0 to {most})")
                        .format(text=shown(text), most=MAX_ATTENDEES))
    return int(raw)
