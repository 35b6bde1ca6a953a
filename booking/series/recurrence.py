"""RFC 5545 repeat rules (python-dateutil), anchored in the building's local time."""

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta

from dateutil.rrule import rrule, rrulestr

from booking.errors import BadInput
from booking.timeutil import BUILDING_TZ, local

HORIZON = timedelta(days=2 * 366)
MAX_OCCURRENCES = 500
ALLOWED_FREQ = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")


@dataclass(frozen=True)
class RepeatRule:
    """A validated rule: its normalised text and the local wall-clock anchor."""

    text: str
    first_start: datetime  # aware, in the building's zone

    def starts(self, *, since: date | None = None) -> list[datetime]:
        """Every occurrence start (aware, local), optionally from a local date on."""
        found = expand(self.text, self.first_start)
        if since is None:
            return found
        return [s for s in found if s.date() >= since]


def normalise(text: str) -> str:
    """Uppercase the rule, drop an 'RRULE:' prefix and spaces; refuse what we cannot anchor."""
    if not isinstance(text, str) or not text.strip():
        raise BadInput("the repeat rule is empty; write it like FREQ=WEEKLY;BYDAY=MO;COUNT=10")
    rule = re.sub(r"\s+", "", text.strip())
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    parts = [p for p in rule.split(";") if p]
    fields: dict[str, str] = {}
    for part in parts:
        key, sep, value = part.partition("=")
        if not sep or not key or not value:
            raise BadInput(f"repeat rule '{text}' is not RFC 5545: '{part}' is not NAME=VALUE")
        key = key.upper()
        if key in fields:
            raise BadInput(f"repeat rule '{text}' gives {key} twice")
        if key in ("DTSTART", "TZID"):
            raise BadInput("the repeat rule must not carry DTSTART; the booking's start is "
                           "the first occurrence")
        fields[key] = value.upper()
    freq = fields.get("FREQ")
    if freq is None:
        raise BadInput(f"repeat rule '{text}' has no FREQ (DAILY, WEEKLY, MONTHLY or YEARLY)")
    if freq not in ALLOWED_FREQ:
        raise BadInput(f"repeat rule '{text}': FREQ={freq} is not supported; bookings repeat "
                       "DAILY, WEEKLY, MONTHLY or YEARLY")
    if "COUNT" not in fields and "UNTIL" not in fields:
        raise BadInput(f"repeat rule '{text}' never ends; add COUNT=n or UNTIL=YYYYMMDD "
                       f"(at most {MAX_OCCURRENCES} occurrences or two years)")
    if "COUNT" in fields and "UNTIL" in fields:
        raise BadInput(f"repeat rule '{text}' gives both COUNT and UNTIL; keep one")
    if "UNTIL" in fields:
        fields["UNTIL"] = _local_until(fields["UNTIL"], text)
    for key in ("BYHOUR", "BYMINUTE", "BYSECOND"):
        if key in fields:
            raise BadInput(f"repeat rule '{text}': {key} is not supported; the booking's start "
                           "time is used for every occurrence")
    return ";".join(f"{k}={v}" for k, v in fields.items())


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
        raise BadInput(f"repeat rule '{text}': UNTIL={value} is not a date like 20270331"
                       ) from None


def _compile(text: str, first_start: datetime) -> rrule:
    anchor = local(first_start).replace(tzinfo=None)
    try:
        compiled = rrulestr(text, dtstart=anchor)
    except (ValueError, TypeError) as exc:
        raise BadInput(f"repeat rule '{text}' is not valid: {exc}") from None
    if not isinstance(compiled, rrule):
        raise BadInput(f"repeat rule '{text}' is not a single RRULE")
    return compiled


def expand(text: str, first_start: datetime) -> list[datetime]:
    """All occurrence starts of a rule; refuses rules past the two-year / 500 horizon."""
    anchor = local(first_start).replace(tzinfo=None)
    horizon = anchor + HORIZON
    starts: list[datetime] = []
    for occurrence in _compile(text, first_start):
        if occurrence > horizon or len(starts) >= MAX_OCCURRENCES:
            raise BadInput(f"the repeat runs past {MAX_OCCURRENCES} occurrences or two years; "
                           "end it sooner with COUNT or UNTIL")
        # WIB has no daylight saving: the wall-clock time is the same every time.
        starts.append(occurrence.replace(tzinfo=BUILDING_TZ))
    if not starts:
        raise BadInput(f"repeat rule '{text}' gives no occurrence from "
                       f"{local(first_start):%d %b %Y}")
    return starts


def parse_rule(text: str, first_start: datetime) -> RepeatRule:
    """Validate a rule for a first start; the first occurrence must be the start itself."""
    rule = normalise(text)
    starts = expand(rule, first_start)
    if starts[0] != local(first_start):
        raise BadInput(f"the first start ({local(first_start):%a %d %b %Y %H:%M}) does not "
                       f"match the rule '{rule}'; its first day would be "
                       f"{starts[0]:%a %d %b %Y}")
    return RepeatRule(rule, local(first_start))


def rule_until(text: str, last_day: date) -> str:
    """The rule ended on a local date (its COUNT or UNTIL replaced)."""
    fields = [p for p in text.split(";") if not p.startswith(("COUNT=", "UNTIL="))]
    fields.append(f"UNTIL={last_day:%Y%m%d}T235959")
    return ";".join(fields)
