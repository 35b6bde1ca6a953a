"""Time in Ruang: instants are aware UTC datetimes stored as epoch seconds; the building keeps WIB.

Standard library only: the window imports this before any database code.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from booking.errors import BadInput

BUILDING_TZ = ZoneInfo("Asia/Jakarta")
# The years a date a person types may name: a booking, a report or a list lives in these.
FIRST_YEAR, LAST_YEAR = 1970, 2199


class NaiveDatetimeError(ValueError):
    """A datetime without a zone tried to reach storage."""


def to_epoch(value: datetime) -> int:
    """Whole epoch seconds of an aware datetime; a naive one is refused."""
    if value.tzinfo is None or value.tzinfo.utcoffset(value) is None:
        raise NaiveDatetimeError(f"naive datetime {value.isoformat()} refused: it has no time zone")
    return int(value.timestamp())


def from_epoch(seconds: int) -> datetime:
    """The aware UTC datetime of an epoch second count."""
    return datetime.fromtimestamp(seconds, tz=UTC)


def utc_now() -> datetime:
    """The current instant, aware, in UTC (the default clock services are given)."""
    return datetime.now(UTC)


def local(value: datetime) -> datetime:
    """The instant in the building's zone."""
    return value.astimezone(BUILDING_TZ)


def local_day_bounds(day: date) -> tuple[datetime, datetime]:
    """The UTC instants where a local calendar day begins and ends."""
    start = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=BUILDING_TZ)
    return start.astimezone(UTC), end.astimezone(UTC)


def parse_instant(text: str, *, what: str = "time") -> datetime:
    """Parse ISO 8601; without an offset the text means the building's local time."""
    raw = text.strip()
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        raise BadInput(
            f"{what} '{text}' is not a date and time; write it like 2026-12-01T09:00"
        ) from None
    _check_year(value.year, text, what)
    if value.tzinfo is None:
        value = value.replace(tzinfo=BUILDING_TZ)
    return value.astimezone(UTC)


def _check_year(year: int, text: str, what: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise BadInput(f"{what} '{text}' is out of range; give a year from {FIRST_YEAR} to "
                       f"{LAST_YEAR}")


def parse_day(text: str, *, what: str = "date") -> date:
    """Parse an ISO 8601 calendar date (a date-time gives its local date)."""
    raw = text.strip()
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        pass
    else:
        _check_year(day.year, text, what)
        return day
    try:
        return local(parse_instant(raw, what=what)).date()
    except BadInput:
        raise BadInput(f"{what} '{text}' is not a date; write it like 2026-12-01") from None


def iso_local(value: datetime) -> str:
    """ISO 8601 with the building's offset, to the minute or second as needed."""
    return local(value).isoformat(timespec="seconds")


def hhmm(value: datetime) -> str:
    """Local clock time of an instant."""
    return local(value).strftime("%H:%M")


def when(value: datetime) -> str:
    """Local date and time of an instant, short."""
    return local(value).strftime("%a %d %b %Y %H:%M")

