"""The building's calendar: Indonesian public holidays, collective leave, and closures."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from booking.i18n import current_language
from booking.timeutil import local

# Holidays per year, filled from the database's holiday table at start-up (prime) or computed
# by the holidays package on first need. Holidays are facts about dates, the same for every
# database, so one process-wide table is enough. Names in Bahasa Indonesia, and in English.
_YEARS: dict[int, dict[date, str]] = {}
_ENGLISH: dict[int, dict[date, str]] = {}


@dataclass(frozen=True)
class Holiday:
    """A day the building is closed by law or government decree; `name` is in the language
    shown when it was asked for, `name_id` and `name_en` in each."""

    day: date
    name: str
    name_id: str = ""
    name_en: str = ""


def _compute(year: int, language: str) -> dict[date, str]:
    import holidays  # about 0.2 s to load: only when a year is not in the database yet

    found = holidays.country_holidays("ID", years=year, categories=("public", "government"),
                                      language=language)
    return {day: str(name) for day, name in found.items()}


def compute_year(year: int) -> dict[date, str]:
    """Indonesia's public holidays and collective leave days of a year (names in Bahasa)."""
    return _compute(year, "id")


def compute_english(year: int) -> dict[date, str]:
    """The same days of a year with their English names."""
    return _compute(year, "en_US")


def prime(year: int, days: dict[date, str], english: dict[date, str] | None = None) -> None:
    """Hand over a year's holidays read from the database (English names, when all are
    stored; else they are computed on first need)."""
    _YEARS[year] = dict(days)
    if english is not None and set(english) >= set(days):
        _ENGLISH[year] = dict(english)
    else:
        _ENGLISH.pop(year, None)


def known_years() -> set[int]:
    return set(_YEARS)


def _holidays_of(year: int) -> dict[date, str]:
    if year not in _YEARS:
        _YEARS[year] = compute_year(year)
    return _YEARS[year]


def _english_of(year: int) -> dict[date, str]:
    if year not in _ENGLISH:
        _ENGLISH[year] = compute_english(year)
    return _ENGLISH[year]


def _holiday(day: date, name: str) -> Holiday:
    english = _english_of(day.year).get(day, name)
    return Holiday(day, name if current_language() == "id" else english, name, english)


def holiday_on(day: date) -> Holiday | None:
    """The public holiday or collective leave day (cuti bersama) on a local date, if any."""
    name = _holidays_of(day.year).get(day)
    return _holiday(day, name) if name else None


def holidays_between(first: date, last: date) -> list[Holiday]:
    """Holidays from first to last, inclusive."""
    found = []
    for year in range(first.year, last.year + 1):
        for day, name in _holidays_of(year).items():
            if first <= day <= last:
                found.append(_holiday(day, name))
    return sorted(found, key=lambda h: h.day)


def local_dates(start: datetime, end: datetime) -> list[date]:
    """Local dates touched by the half-open span [start, end)."""
    first = local(start).date()
    last = local(end - timedelta(seconds=1)).date() if end > start else first
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]
