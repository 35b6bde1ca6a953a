"""The building's calendar: Indonesian public holidays, collective leave, and closures."""

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import holidays

from booking.timeutil import local


@dataclass(frozen=True)
class Holiday:
    """A day the building is closed by law or government decree."""

    day: date
    name: str


@lru_cache(maxsize=32)
def _holidays_of(year: int) -> dict[date, str]:
    found = holidays.country_holidays("ID", years=year, categories=("public", "government"),
                                      language="id")
    return {day: str(name) for day, name in found.items()}


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
