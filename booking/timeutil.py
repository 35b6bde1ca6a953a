"""Time in Ruang: instants are aware UTC datetimes stored as epoch seconds; the building keeps
the zone its building file names (WIB, Asia/Jakarta, unless told otherwise).

Standard library only at import: the window imports this before any database code.
"""

from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from booking.errors import BadInput
from booking.i18n import BABEL_LOCALES, N_, _, current_language

DEFAULT_ZONE = "Asia/Jakarta"
# The years a date a person types may name: a booking, a report or a list lives in these.
FIRST_YEAR, LAST_YEAR = 1970, 2199


class _OutOfRange(BadInput):
    """A typed date whose year is outside FIRST_YEAR..LAST_YEAR."""


class BuildingZone(tzinfo):
    """The building's zone, whichever it is: forwards to the ZoneInfo in force.

    One object for the whole process, so code written against BUILDING_TZ follows the zone
    of the database that was opened (use_building_zone) without being handed it. A zone that
    keeps one offset through the years Ruang uses (Indonesia's three have since 1964) is
    answered from that offset, as fast as a ZoneInfo; any other is asked each time.
    """

    def __init__(self, name: str = DEFAULT_ZONE) -> None:
        self.zone = ZoneInfo(name)

    @property
    def zone(self) -> ZoneInfo:
        return self._zone

    @zone.setter
    def zone(self, zone: ZoneInfo) -> None:
        self._zone = zone
        self._fixed, self._name = _steady_offset(zone)

    @property
    def key(self) -> str:
        return self._zone.key

    def utcoffset(self, dt: datetime | None) -> timedelta | None:
        if self._fixed is not None and dt is not None and dt.year >= FIRST_YEAR:
            return self._fixed
        return self._zone.utcoffset(dt)

    def dst(self, dt: datetime | None) -> timedelta | None:
        if self._fixed is not None and dt is not None and dt.year >= FIRST_YEAR:
            return _NO_DST
        return self._zone.dst(dt)

    def tzname(self, dt: datetime | None) -> str | None:
        if self._fixed is not None and dt is not None and dt.year >= FIRST_YEAR:
            return self._name
        return self._zone.tzname(dt)

    def fromutc(self, dt: datetime) -> datetime:
        if self._fixed is not None and dt.year >= FIRST_YEAR:
            return dt + self._fixed  # keeps tzinfo: no call back into the zone
        # ZoneInfo.fromutc insists on being the datetime's own tzinfo.
        return self._zone.fromutc(dt.replace(tzinfo=self._zone)).replace(tzinfo=self)

    def __reduce__(self) -> str:
        return "BUILDING_TZ"  # pickles as the module's one instance

    def __repr__(self) -> str:
        return f"BuildingZone({self._zone.key!r})"


_NO_DST = timedelta(0)
# Indonesia's zones that kept one offset since 1970, known without sampling at start-up
# (a test checks them against the sampling). Pontianak moved from WITA to WIB in 1988.
STEADY_ZONES = {"Asia/Jakarta": (timedelta(hours=7), "WIB"),
                "Asia/Makassar": (timedelta(hours=8), "WITA"),
                "Asia/Jayapura": (timedelta(hours=9), "WIT")}


def _steady_offset(zone: ZoneInfo) -> tuple[timedelta | None, str | None]:
    """The zone's one offset and name from FIRST_YEAR to LAST_YEAR, else (None, None).

    Sampled weekly (a few tens of ms, once per zone): any change of offset (a new standard
    time, a summer time) lasts longer than that."""
    if zone.key in STEADY_ZONES:
        return STEADY_ZONES[zone.key]
    return sample_offset(zone)


def sample_offset(zone: ZoneInfo) -> tuple[timedelta | None, str | None]:
    """_steady_offset found by sampling the zone itself."""
    first = datetime(FIRST_YEAR, 1, 1, tzinfo=UTC)
    offset, name = zone.utcoffset(first.astimezone(zone)), zone.tzname(first.astimezone(zone))
    at, last = first, datetime(LAST_YEAR, 12, 31, tzinfo=UTC)
    week = timedelta(days=7)
    while at <= last:
        here = at.astimezone(zone)
        if here.utcoffset() != offset or here.tzname() != name or here.dst():
            return None, None
        at += week
    return offset, name


BUILDING_TZ = BuildingZone()


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


def known_zone(name: str) -> ZoneInfo | None:
    """The IANA zone of a name, None when there is no such zone."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        return None


def use_building_zone(name: str) -> None:
    """Keep the building's clock in this IANA zone from now on (set when a database opens)."""
    zone = known_zone(name)
    if zone is None:
        from booking.i18n import _

        raise BadInput(_("the building's time zone '{zone}' is not a known time zone; write "
                         "an IANA name such as Asia/Jakarta").format(zone=name))
    BUILDING_TZ.zone = zone


def building_zone_name() -> str:
    """The IANA name of the building's zone in force."""
    return BUILDING_TZ.zone.key


# Zones tzdata names only by their offset ("+08"), and what people there call them.
ABBREVIATIONS = {"Asia/Singapore": "SGT", "Asia/Kuala_Lumpur": "MYT", "Asia/Ho_Chi_Minh": "ICT",
                 "Asia/Yangon": "MMT", "Asia/Rangoon": "MMT", "Asia/Bangkok": "ICT",
                 "Asia/Manila": "PHT"}


def abbreviation(zone: tzinfo, at: datetime) -> str:
    """A zone's short name at an instant: JST, WIB, WITA, SGT, else 'UTC+06:30'."""
    name = zone.tzname(at.astimezone(zone))
    if name and name.isalpha():
        return name
    key = getattr(zone, "key", None)
    if key in ABBREVIATIONS:
        return ABBREVIATIONS[key]
    offset = zone.utcoffset(at.astimezone(zone)) or timedelta(0)
    minutes = int(offset.total_seconds()) // 60
    sign = "+" if minutes >= 0 else "-"
    return f"UTC{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"


def zone_abbreviation(at: datetime | None = None) -> str:
    """The building zone's short name ("WIB", "WITA", "WIT") at an instant (default now)."""
    return abbreviation(BUILDING_TZ.zone, at if at is not None else utc_now())


def guest_zone(name: str | None) -> str | None:
    """A guest's time zone as typed, checked: its IANA name, None for none."""
    from booking.i18n import _

    cleaned = (name or "").strip()
    if not cleaned:
        return None
    if known_zone(cleaned) is None:
        raise BadInput(_("unknown time zone '{zone}': write an IANA name such as Asia/Tokyo")
                       .format(zone=cleaned))
    return cleaned


def guest_span_text(start: datetime, end: datetime, guest_tz: str | None, *,
                    language: str | None = None) -> str:
    """A span in the guest's zone ("12:00–13:00 JST"), naming the guest's day where it is not
    the building's ("Wed 00:00–01:30 JST"); empty without a known zone."""
    zone = known_zone(guest_tz) if guest_tz else None
    if zone is None:
        return ""
    from booking.i18n import weekday_text

    first, last = start.astimezone(zone), end.astimezone(zone)
    begin = f"{first:%H:%M}"
    if first.date() != local(start).date():
        begin = f"{weekday_text(first.date(), language, short=True)} {begin}"
    finish = f"{last:%H:%M}"
    if last > first and (last - timedelta(microseconds=1)).date() != first.date():
        finish = f"{weekday_text(last.date(), language, short=True)} {finish}"
    return f"{begin}–{finish} {abbreviation(zone, start)}"


def guest_time_text(start: datetime, end: datetime, guest_tz: str | None) -> str:
    """A span in the building's time, then in the guest's when known:
    "10:00–11:00 WIB (12:00–13:00 JST)"; a guest date unlike the local one names its day:
    "22:00–23:30 WIB (Wed 00:00–01:30 JST)"."""
    here = f"{hhmm(start)}–{hhmm(end)} {zone_abbreviation(start)}"
    guest = guest_span_text(start, end, guest_tz)
    return f"{here} ({guest})" if guest else here


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

