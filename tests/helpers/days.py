"""Finding days the building is open, so no test depends on which day the calendar shows."""

from datetime import date, timedelta

from booking.calendar import holiday_on


def open_day(weekday: int, *, on_or_after: date, weeks: int = 1) -> date:
    """The first `weekday` (0 = Monday) on or after a date that is no holiday or collective
    leave day, nor are the same weekdays of the following `weeks - 1` weeks (for series)."""
    day = on_or_after + timedelta(days=(weekday - on_or_after.weekday()) % 7)
    while any(holiday_on(day + timedelta(weeks=n)) for n in range(weeks)):
        day += timedelta(weeks=1)
    return day
