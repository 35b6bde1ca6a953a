"""The building's calendar: Indonesian public holidays, collective leave, and closures."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from booking.timeutil import local

# Holidays per year, filled from the database's holiday table at start-up (prime) or computed
# by the holidays package on first need. Holidays are facts about dates, the same for every
# database, so one process-wide table is enough.
_YEARS: dict[int, dict[date, str]] = {}


@dataclass(frozen=True)
class Holiday:
    """A day the building is closed by law or government decree."""

    day: date
    name: str


def compute_year(year: int) -> dict[date, str]:
    """Indonesia's public holidays and collective leave days of a year (names in Bahasa)."""
    import holidays  # about 0.2 s to load: only when a year is not in the database yet

    found = holidays.country_holidays("ID", years=year, categories=("public", "government"),
                                      language="id")
    return {day: str(name) for day, name in found.items()}


def prime(year: int, days: dict[date, str]) -> None:
    """Hand over a year's holidays read from the database."""
    _YEARS[year] = dict(days)


def known_years() -> set[int]:
    return set(_YEARS)


def _holidays_of(year: int) -> dict[date, str]:
    if year not in _YEARS:
        _YEARS[year] = compute_year(year)
    return _YEARS[year]


def holiday_on(day: date) -> Holiday | None:
    """The public holiday or collective leave day (cuti bersama) on a local date, if any."""
    name = _holidays_of(day.year).get(day)
    return Holiday(day, name) if name else None


def holidays_between(first: date, last: date) -> list[Holiday]:
    """Holidays from first to last, inclusive."""
    found = []
    for year in range(first.year, last.year + 1):
        for day, name in _holidays_of(year).items():
            if first <= day <= last:
                found.append(Holiday(day, name))
    return sorted(found, key=lambda h: h.day)


def local_dates(start: datetime, end: datetime) -> list[date]:
    """Local dates touched by the half-open span [start, end)."""
    first = local(start).date()
    last = local(end - timedelta(seconds=1)).date() if end > start else first
    return [date.fromordinal(n) for n in range(first.toordinal(), last.toordinal() + 1)]
