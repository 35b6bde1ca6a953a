"""RFC 5545 repeat rules (python-dateutil), anchored in the building's local time."""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import rrule, rrulestr

from booking.errors import BadInput
from booking.i18n import _
from booking.timeutil import BUILDING_TZ, day_month_year, local, short_day, when

HORIZON = timedelta(days=2 * 366)
MAX_OCCURRENCES = 500
MAX_INTERVAL = 1000
ALLOWED_FREQ = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
# The most days one period of each frequency can hold (BYSETPOS picks among them).
PERIOD_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}


@dataclass(frozen=True)
class RepeatRule:
    """A validated rule: its normalised text, the local wall-clock anchor, and every start it
    gives (expanded once, before any transaction opens)."""

    text: str
    first_start: datetime  # aware, in the building's zone
    all_starts: tuple[datetime, ...] = ()

    def starts(self, *, since: date | None = None) -> list[datetime]:
        """Every occurrence start (aware, local), optionally from a local date on."""
        found = list(self.all_starts) or expand(self.text, self.first_start)
        if since is None:
            return found
        return [s for s in found if s.date() >= since]


def normalise(text: str) -> str:
    """Uppercase the rule, drop an 'RRULE:' prefix and spaces; refuse what we cannot anchor."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput(_("the repeat rule is empty; write it like "
                         "FREQ=WEEKLY;BYDAY=MO;COUNT=10"))
    rule = re.sub(r"\s+", "", text.strip())
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    parts = [p for p in rule.split(";") if p]
    fields: dict[str, str] = {}
    for part in parts:
        key, sep, value = part.partition("=")
        if not sep or not key or not value:
            raise BadInput(_("repeat rule '{rule}' is not RFC 5545: '{part}' is not NAME=VALUE")
                           .format(rule=text, part=part))
        key = key.upper()
        if key in fields:
            raise BadInput(_("repeat rule '{rule}' gives {key} twice").format(rule=text, key=key))
        if key in ("DTSTART", "TZID"):
            raise BadInput(_("the repeat rule must not carry DTSTART; the booking's start is "
                             "the first occurrence"))
        fields[key] = value.upper()
    freq = fields.get("FREQ")
    if freq is None:
        raise BadInput(_("repeat rule '{rule}' has no FREQ (DAILY, WEEKLY, MONTHLY or "
                         "YEARLY)").format(rule=text))
    if freq not in ALLOWED_FREQ:
        raise BadInput(_("repeat rule '{rule}': FREQ={freq} is not supported; bookings repeat "
                         "DAILY, WEEKLY, MONTHLY or YEARLY").format(rule=text, freq=freq))
    if "COUNT" not in fields and "UNTIL" not in fields:
        raise BadInput(_("repeat rule '{rule}' never ends; add COUNT=n or UNTIL=YYYYMMDD (at "
                         "most {most} occurrences or two years)").format(rule=text,
                                                                         most=MAX_OCCURRENCES))
    if "COUNT" in fields and "UNTIL" in fields:
        raise BadInput(_("repeat rule '{rule}' gives both COUNT and UNTIL; keep one").format(
            rule=text))
    if "UNTIL" in fields:
        fields["UNTIL"] = _local_until(fields["UNTIL"], text)
    for key, low, high in (("COUNT", 1, None), ("INTERVAL", 1, MAX_INTERVAL)):
        if key in fields:
            fields[key] = str(_whole(fields[key], key, low, high, text))
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if key in fields:
            raise BadInput(_("repeat rule '{rule}': {key} is not supported; the booking's "
                             "start time is used for every occurrence").format(rule=text,
                                                                               key=key))
    return ";".join(f"{k}={v}" for k, v in fields.items())


def _whole(value: str, key: str, low: int, high: int | None, text: str) -> int:
    """A rule part that must be a plain whole number within bounds."""
    number = int(value) if (value.isascii() and value.isdigit()) and len(value) <= 6 else None
    if number is None or number < low or (high is not None and number > high):
        if high:
            message = _("repeat rule '{rule}': {key}={value} must be a whole number from {low} "
                        "to {high}")
        else:
            message = _("repeat rule '{rule}': {key}={value} must be a whole number of at "
                        "least {low}")
        raise BadInput(message.format(rule=text, key=key, value=value, low=low, high=high))
    return number


def _local_until(value: str, text: str) -> str:
    """UNTIL as a local date-time (dateutil wants it naive beside a naive start)."""
    try:
        if value.endswith("Z"):
            instant = datetime.strptime(value, "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
            return local(instant).strftime("%Y%m%dT%H%M%S")
        if "T" in value:
            return datetime.strptime(value, "%Y%m%dT%H%M%S").strftime("%Y%m%dT%H%M%S")
        return datetime.strptime(value, "%Y%m%d").strftime("%Y%m%dT235959")
    except ValueError:
        raise BadInput(_("repeat rule '{rule}': UNTIL={value} is not a date like 20270331")
                       .format(rule=text, value=value)) from None


def _compile(text: str, first_start: datetime) -> rrule:
    anchor = local(first_start).replace(tzinfo=None)
    try:
        compiled = rrulestr(text, dtstart=anchor)
    except (ValueError, TypeError) as exc:
        raise BadInput(_("repeat rule '{rule}' is not valid: {error}").format(
            rule=text, error=exc)) from None
    if not isinstance(compiled, rrule):
        raise BadInput(_("repeat rule '{rule}' is not a single RRULE").format(rule=text))
    return compiled


def _fields(text: str) -> dict[str, str]:
    return dict(part.partition("=")[::2] for part in text.split(";") if part)


def _numbers(value: str | None) -> set[int] | None:
    if value is None:
        return None
    try:
        return {int(n) for n in value.split(",") if n}
    except ValueError:
        return None  # dateutil names what is wrong with it


def _matches(day: date, fields: dict[str, str]) -> bool:
    """Whether a day passes the rule's day filters (BYMONTH, BYMONTHDAY, BYYEARDAY, BYDAY
    weekdays); week numbers and ordinals are left to the full expansion."""
    months = _numbers(fields.get("BYMONTH"))
    if months is not None and day.month not in months:
        return False
    month_days = _numbers(fields.get("BYMONTHDAY"))
    if month_days is not None:
        following = (day.replace(day=28) + timedelta(days=4)).replace(day=1)
        length = (following - timedelta(days=1)).day
        if day.day not in month_days and day.day - length - 1 not in month_days:
            return False
    year_days = _numbers(fields.get("BYYEARDAY"))
    if year_days is not None:
        number = day.timetuple().tm_yday
        length = 366 if (day.replace(month=12, day=31)).timetuple().tm_yday == 366 else 365
        if number not in year_days and number - length - 1 not in year_days:
            return False
    if "BYDAY" in fields:
        wanted = {part[-2:] for part in fields["BYDAY"].split(",") if part}
        if WEEKDAYS[day.weekday()] not in wanted:
            return False
    return True


def _refuse_what_never_happens(text: str, anchor: datetime, horizon: datetime) -> None:
    """Refuse at once a rule that can give no date within the horizon.

    dateutil looks for a rule's next date period by period up to the year 9999; for a rule
    no day can satisfy (30 February, the second of one position a day) that search takes a
    minute. These checks bound it: at most one pass over the horizon's days.
    """
    fields = _fields(text)
    positions = _numbers(fields.get("BYSETPOS"))
    if positions is not None:
        per_period = PERIOD_DAYS[fields["FREQ"]]
        if fields["FREQ"] == "WEEKLY" and "BYDAY" in fields:
            per_period = len({p[-2:] for p in fields["BYDAY"].split(",") if p})
        if not any(0 < abs(p) <= per_period for p in positions):
            raise BadInput(_("repeat rule '{rule}': BYSETPOS picks a day that no {freq} "
                             "period holds").format(rule=text, freq=fields["FREQ"].lower()))
    day = anchor.date()
    while day <= horizon.date():
        if _matches(day, fields):
            return
        day += timedelta(days=1)
    raise BadInput(_("repeat rule '{rule}' gives no date within two years of {day}").format(
        rule=text, day=day_month_year(anchor.date())))


def expand(text: str, first_start: datetime) -> list[datetime]:
    """All occurrence starts of a rule; refuses rules past the two-year / 500 horizon."""
    anchor = local(first_start).replace(tzinfo=None)
    horizon = anchor + HORIZON
    compiled = _compile(text, first_start)
    _refuse_what_never_happens(text, anchor, horizon)
    starts: list[datetime] = []
    for occurrence in compiled:
        if occurrence > horizon or len(starts) >= MAX_OCCURRENCES:
            raise BadInput(_("the repeat runs past {most} occurrences or two years; end it "
                             "sooner with COUNT or UNTIL").format(most=MAX_OCCURRENCES))
        # Each date keeps the wall-clock time in the building's zone.
        starts.append(occurrence.replace(tzinfo=BUILDING_TZ))
    if not starts:
        raise BadInput(_("repeat rule '{rule}' gives no occurrence from {day}").format(
            rule=text, day=day_month_year(local(first_start).date())))
    return starts


def parse_rule(text: str, first_start: datetime) -> RepeatRule:
    """Validate a rule for a first start; the first occurrence must be the start itself."""
    rule = normalise(text)
    starts = expand(rule, first_start)
    if starts[0] != local(first_start):
        raise BadInput(_("the first start ({start}) does not match the rule '{rule}'; its "
                         "first day would be {day}").format(start=when(first_start), rule=rule,
                                                            day=short_day(starts[0].date())))
    return RepeatRule(rule, local(first_start), tuple(starts))


def rule_until(text: str, last_day: date) -> str:
    """The rule ended on a local date (its COUNT or UNTIL replaced)."""
    fields = [p for p in text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    fields.append(f"UNTIL={last_day:%Y%m%d}T235959")
    return ";".join(fields)
