"""The dates of a repeating iCalendar event (RRULE, RDATE, EXDATE) that an import books."""

import re
from datetime import UTC, date, datetime, timedelta, tzinfo
from zoneinfo import ZoneInfo

from dateutil.rrule import rrule, rruleset, rrulestr
from icalendar import Event

from booking.timeutil import building_zone_name

MOST_OCCURRENCES = 500
HORIZON = timedelta(days=366)
MOST_LOOKED = 50_000


def as_instant(value: date | datetime, zone: ZoneInfo) -> datetime:
    """A date-time with its zone (floating ones in `zone`); a date at its midnight there."""
    if not isinstance(value, datetime):
        return datetime(value.year, value.month, value.day, tzinfo=zone)
    return value.replace(tzinfo=zone) if value.tzinfo is None else value


class TooMany(Exception):
    """A repeat with more dates than an import takes."""


def expand(event: Event, start: datetime, length: timedelta, now: datetime) -> list[datetime]:
    """The starts of the event's dates (each `length` long) that end after now and begin
    within a year of it; TooMany past MOST_OCCURRENCES."""
    rules = rruleset()
    tz: tzinfo | None = start.tzinfo
    for rule in event.get("rrule") if isinstance(event.get("rrule"), list) else \
            [event.get("rrule")] if event.get("rrule") is not None else []:
        text = rule.to_ical().decode()
        try:
            rules.rrule(_rule(text, start))
        except ValueError:
            # UNTIL written without Z beside a zoned start: read it in the start's zone.
            text = re.sub(r"UNTIL=(\d{8}(T\d{6})?)", lambda m: "UNTIL=" + _utc_until(
                m.group(1), tz), text)
            rules.rrule(_rule(text, start))
    for name, add in (("rdate", rules.rdate), ("exdate", rules.exdate)):
        values = event.get(name)
        for prop in values if isinstance(values, list) else [values] if values else []:
            for moment in prop.dts:
                value = moment.dt
                if isinstance(value, tuple):
                    value = value[0]
                add(as_instant(value, ZoneInfo(building_zone_name())) if not isinstance(
                    value, datetime) or value.tzinfo is None else value)
    horizon = now + HORIZON
    starts: list[datetime] = []
    for looked, moment in enumerate(rules):
        if moment >= horizon:
            break
        if looked > MOST_LOOKED:  # a rule repeating every second since long ago
            raise TooMany
        if moment + length <= now:
            continue  # past dates are history, not bookings to make
        starts.append(moment)
        if len(starts) > MOST_OCCURRENCES:
            raise TooMany
    return starts


def _rule(text: str, start: datetime) -> rrule:
    made = rrulestr(text, dtstart=start)
    if not isinstance(made, rrule):
        raise ValueError(text)
    return made


def _utc_until(value: str, tz: tzinfo | None) -> str:
    moment = datetime.strptime(value, "%Y%m%dT%H%M%S") if "T" in value else \
        datetime.strptime(value, "%Y%m%d").replace(hour=23, minute=59, second=59)
    return moment.replace(tzinfo=tz or UTC).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
