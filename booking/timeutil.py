"""Time in Ruang: instants are aware UTC datetimes stored as epoch seconds; the building keeps WIB.

Standard library only: the window imports this before any database code.
"""

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from booking.errors import BadInput
from booking.i18n import BABEL_LOCALES, N_, _, current_language

BUILDING_TZ = ZoneInfo("Asia/Jakarta")
# The years a date a person types may name: a booking, a report or a list lives in these.
FIRST_YEAR, LAST_YEAR = 1970, 2199


class _OutOfRange(BadInput):
    """A typed date whose year is outside FIRST_YEAR..LAST_YEAR."""


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


# The words a person may type for a day, relative to the clock's now.
RELATIVE_DAYS = {"today": 0, "tomorrow": 1, "yesterday": -1}
TIME_HINT = N_("write it like 2026-12-01T09:00, 14:00, today 14:00, tomorrow 09:00 or now")


def _clock_time(text: str) -> time | None:
    """A local clock time typed as H:MM or HH:MM (or HH:MM:SS); None when it is not one."""
    parts = text.split(":")
    if len(parts) not in (2, 3) or not all(p.isascii() and p.isdigit() for p in parts) or \
            not all(1 <= len(p) <= 2 for p in parts) or len(parts[1]) != 2:
        return None
    hour, minute, second = (int(p) for p in [*parts, "0"][:3])
    if hour > 23 or minute > 59 or second > 59:
        return None
    return time(hour, minute, second)


def _relative(raw: str, now: datetime) -> datetime | None:
    """`now`, `HH:MM` (today), `today|tomorrow|yesterday [HH:MM]` as an aware instant."""
    words = raw.lower().split()
    if words == ["now"]:
        return now.astimezone(UTC)
    if not words or len(words) > 2:
        return None
    today = local(now).date()
    if len(words) == 1 and words[0] in RELATIVE_DAYS:
        # A day alone is no moment: "tomorrow" as a start is more likely a slip than midnight.
        return None
    if len(words) == 1:
        found = _clock_time(words[0])
        if found is None:
            return None
        day, clock = today, found
    elif words[0] in RELATIVE_DAYS:
        found = _clock_time(words[1])
        if found is None:
            return None
        day, clock = today + timedelta(days=RELATIVE_DAYS[words[0]]), found
    else:
        return None
    return datetime.combine(day, clock, tzinfo=BUILDING_TZ).astimezone(UTC)


def parse_instant(text: str, *, now: datetime | None = None, what: str = N_("time")) -> datetime:
    """Parse what a person types for a moment: ISO 8601, or, given the clock's `now`, `now`,
    `HH:MM` (today), `today HH:MM`, `tomorrow HH:MM` (and `yesterday HH:MM`).

    Without an offset the text means the building's local time; the result is aware UTC.
    """
    raw = text.strip()
    if now is not None:
        found = _relative(raw, now)
        if found is not None:
            return found
    try:
        value = datetime.fromisoformat(raw)
    except ValueError:
        hint = _(TIME_HINT) if now is not None else _("write it like 2026-12-01T09:00")
        raise BadInput(_("{what} '{text}' is not a date and time; {hint}").format(
            what=_(what), text=text, hint=hint)) from None
    _check_year(value.year, text, what)
    if value.tzinfo is None:
        value = value.replace(tzinfo=BUILDING_TZ)
    return value.astimezone(UTC)


def _check_year(year: int, text: str, what: str) -> None:
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise _OutOfRange(_("{what} '{text}' is out of range; give a year from {first} to "
                             "{last}").format(what=_(what), text=text, first=FIRST_YEAR,
                                              last=LAST_YEAR))


def parse_day(text: str, *, now: datetime | None = None, what: str = N_("date")) -> date:
    """Parse a calendar day: ISO 8601 (a date-time gives its local date), or, given the
    clock's `now`, `today`, `tomorrow`, `yesterday` (with or without a time) and `now`."""
    raw = text.strip()
    if now is not None and raw.lower() in RELATIVE_DAYS:
        return local(now).date() + timedelta(days=RELATIVE_DAYS[raw.lower()])
    try:
        day = date.fromisoformat(raw)
    except ValueError:
        pass
    else:
        _check_year(day.year, text, what)
        return day
    try:
        return local(parse_instant(raw, now=now, what=what)).date()
    except _OutOfRange:
        raise
    except BadInput:
        if now is not None:
            message = _("{what} '{text}' is not a date; write it like 2026-12-01, today or "
                        "tomorrow")
        else:
            message = _("{what} '{text}' is not a date; write it like 2026-12-01")
        raise BadInput(message.format(what=_(what), text=text)) from None


def is_day(text: str) -> bool:
    """Whether typed text names a whole day (a date or today/tomorrow/yesterday), not a
    moment."""
    raw = text.strip().lower()
    if raw in RELATIVE_DAYS:
        return True
    try:
        date.fromisoformat(raw)
    except ValueError:
        return False
    return True


def iso_local(value: datetime) -> str:
    """ISO 8601 with the building's offset, to the minute or second as needed."""
    return local(value).isoformat(timespec="seconds")


def hhmm(value: datetime) -> str:
    """Local clock time of an instant."""
    return local(value).strftime("%H:%M")


def _day_words(day: date, pattern: str, c_format: str) -> str:
    """A day in the language shown: English as the C library writes it (the words tests and
    papers have always had: 'Sep', not CLDR's 'Sept'), other languages through Babel."""
    language = current_language()
    if language == "en":
        return day.strftime(c_format)
    from babel.dates import format_date

    return format_date(day, pattern, locale=BABEL_LOCALES.get(language, "en_GB"))


def short_day(day: date, *, year: bool = True) -> str:
    """'Mon 07 Dec 2026' ('Sen 07 Des 2026'); without the year 'Mon 07 Dec'."""
    if year:
        return _day_words(day, "EEE dd MMM y", "%a %d %b %Y")
    return _day_words(day, "EEE dd MMM", "%a %d %b")


def day_month_year(day: date) -> str:
    """'07 Dec 2026' ('07 Des 2026')."""
    return _day_words(day, "dd MMM y", "%d %b %Y")


def weekday_name(day: date) -> str:
    """'Monday' ('Senin')."""
    return _day_words(day, "EEEE", "%A")


def when(value: datetime) -> str:
    """Local date and time of an instant, short: 'Mon 07 Dec 2026 10:00'."""
    return f"{short_day(local(value).date())} {hhmm(value)}"

