"""An iCalendar file (Outlook, Google Calendar, Thunderbird, Ruang) read into import items.

Times: a TZID with its VTIMEZONE, an IANA name, or a Windows zone name ("SE Asia Standard
Time", Outlook's) all resolve; UTC "Z" times are UTC; floating times mean the building's zone.
Repeating events expand (RRULE, RDATE, EXDATE, RECURRENCE-ID overrides) from now over a year,
at most MOST_OCCURRENCES dates each. All-day events are refused, not guessed: a room is
booked for hours, and which hours an all-day entry means only its author knows.
Cancelled events (and cancelled dates of a repeating one) are left out and listed.
"""

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event
from icalendar.timezone.windows_to_olson import WINDOWS_TO_OLSON

from booking.errors import BadInput
from booking.exchange.ical_repeat import MOST_OCCURRENCES, TooMany, as_instant, expand
from booking.exchange.identity import occurrence_uid
from booking.exchange.incoming import ImportResult, Incoming, ItemVerdict, Verdict
from booking.i18n import _
from booking.timeutil import building_zone_name

MOST_BYTES = 20 * 1024 * 1024
MOST_ATTENDEES = 100_000
# Properties an item's times come from: a broken one makes the whole file unreadable.
_TIMES = frozenset({"DTSTART", "DTEND", "DURATION", "RRULE", "RDATE", "EXDATE",
                    "RECURRENCE-ID"})
_MARKUP = re.compile(r"<\s*/?\s*[a-zA-Z][^>]*>")


@dataclass
class ParsedCalendar:
    """What a file proposes: items to judge, items refused already, and what was left out."""

    items: list[Incoming] = field(default_factory=list)
    refused: list[ItemVerdict] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)


class Importer(Protocol):
    """What the iCalendar import needs of Services (exchange sits below services)."""

    def now(self) -> datetime: ...

    def import_bookings(self, items: Sequence[Incoming], *, room: str | None = None,
                        dry_run: bool = False, skip_conflicts: bool = False,
                        progress: Callable[[int, int], None] | None = None) -> ImportResult: ...


def import_ics(services: Importer, data: bytes, *, room: str | None, dry_run: bool = False,
               skip_conflicts: bool = False,
               progress: Callable[[int, int], None] | None = None
               ) -> tuple[ImportResult, list[str]]:
    """Judge (and unless told otherwise, book) a calendar file's items; the result holds the
    items refused while reading too, and the words for what was left out."""
    parsed = parse_ics(data, now=services.now())
    # An item refused while reading holds the rest back exactly as an engine refusal would.
    rehearse = dry_run or (bool(parsed.refused) and not skip_conflicts)
    result = services.import_bookings(parsed.items, room=room, dry_run=rehearse,
                                      skip_conflicts=skip_conflicts, progress=progress)
    verdicts = (*result.verdicts, *parsed.refused)
    return (ImportResult(verdicts, written=result.written, dry_run=dry_run), parsed.left_out)


def read_calendar(data: bytes) -> Calendar:
    """The file as a calendar; BadInput (one line) when it is not one."""
    if len(data) > MOST_BYTES:
        raise BadInput(_("the file is larger than {most} MB; an iCalendar file of bookings is "
                         "far smaller").format(most=MOST_BYTES // (1024 * 1024)))
    if b"\x00" in data:
        raise BadInput(_("the file is not an iCalendar file (.ics): it holds binary data"))
    text = data.decode("utf-8", errors="replace").lstrip("\ufeff \r\n\t")
    if not text.upper().startswith("BEGIN:VCALENDAR"):
        raise BadInput(_("the file is not an iCalendar file (.ics): it does not begin with "
                         "BEGIN:VCALENDAR"))
    try:
        calendar = Calendar.from_ical(text)
    except Exception as exc:  # noqa: BLE001 - the library raises many kinds on a bad file
        raise BadInput(_("the iCalendar file cannot be read: {error}").format(
            error=str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__)) from None
    if not isinstance(calendar, Calendar):
        raise BadInput(_("the file is not an iCalendar file (.ics)"))
    for event in calendar.walk("VEVENT"):
        for name, error in getattr(event, "errors", []):
            if str(name).upper() in _TIMES:
                raise BadInput(_("the iCalendar file cannot be read: {name} of event '{title}' "
                                 "is not a valid date or time ({error})").format(
                                     name=str(name).upper(), error=str(error)[:120],
                                     title=str(event.get("summary", ""))[:60]))
    return calendar


def parse_ics(data: bytes, *, now: datetime) -> ParsedCalendar:
    """Every booking a calendar file proposes, from `now` on for repeating events."""
    calendar = read_calendar(data)
    zone = ZoneInfo(building_zone_name())
    parsed = ParsedCalendar()
    masters: list[Event] = []
    overrides: dict[str, dict[datetime, Event]] = defaultdict(dict)
    try:
        for event in (e for e in calendar.walk("VEVENT") if isinstance(e, Event)):
            if event.get("recurrence-id") is not None and event.get("uid") is not None:
                moment = as_instant(event.decoded("recurrence-id"), zone)
                overrides[str(event["uid"])][moment] = event
            else:
                masters.append(event)
        for event in masters:
            _read_event(event, overrides.pop(str(event.get("uid", "")), {}), zone, now, parsed)
        for uid, orphans in overrides.items():  # dates of a repeating event sent alone
            for moment, event in sorted(orphans.items()):
                _one(event, zone, parsed, uid=occurrence_uid(uid, moment))
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise BadInput(_("the iCalendar file cannot be read: {error}").format(
            error=str(exc)[:200])) from None
    return parsed


def _where(event: Event, start: date | datetime | None, zone: ZoneInfo) -> str:
    title = str(event.get("summary", "")).strip()[:60]
    if isinstance(start, datetime):
        moment = as_instant(start, zone).astimezone(zone).strftime("%Y-%m-%d %H:%M")
    else:
        moment = start.isoformat() if start is not None else "?"
    return _("event '{title}' {when}").format(title=title, when=moment)


def _zone_name(value: datetime, event: Event) -> str | None:
    """The IANA zone an event's times were written in, when it is not the building's."""
    tzid = event["dtstart"].params.get("TZID") if "dtstart" in event else None
    name = WINDOWS_TO_OLSON.get(str(tzid), str(tzid)) if tzid else None
    if name is None or value.tzinfo is None:
        return None
    try:
        guest = ZoneInfo(name)
    except (ValueError, KeyError, OSError):
        return None
    building = ZoneInfo(building_zone_name())
    if guest.utcoffset(value.replace(tzinfo=None)) == building.utcoffset(
            value.replace(tzinfo=None)):
        return None  # the same clock as the building's: nothing to show the guest apart
    return name


def _span(event: Event, zone: ZoneInfo) -> tuple[datetime, datetime] | str:
    """The event's start and end, or why it cannot be booked."""
    start = event.decoded("dtstart") if "dtstart" in event else None
    if start is None:
        return _("it has no start (DTSTART)")
    if not isinstance(start, datetime):
        return _("an all-day event: give it a start and an end time in your calendar and "
                 "export it again")
    tzid = event["dtstart"].params.get("TZID")
    if start.tzinfo is None and tzid:
        return _("its time zone '{zone}' is unknown and the file does not describe it").format(
            zone=tzid)
    start = as_instant(start, zone)
    if "dtend" in event:
        end = event.decoded("dtend")
        if not isinstance(end, datetime):
            return _("its end is a date without a time")
        end = as_instant(end, zone)
    elif "duration" in event:
        end = start + event.decoded("duration")
    else:
        return _("it has no end (DTEND or DURATION)")
    if end <= start:
        return _("it ends before it starts")
    return start, end


@dataclass(frozen=True)
class _Fields:
    """What an event says besides its times."""

    title: str
    room: str | None = None
    organization: str | None = None
    attendees: int = 0
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""


def _fields(event: Event) -> _Fields | str:
    """Title, room, organization, attendees, contact and notes, or why the event is refused."""
    title = str(event.get("summary", "")).strip()
    if not title:
        return _("it has no title (SUMMARY)")
    if _MARKUP.search(title):
        return _("its title holds HTML markup; give it a plain title")
    if "x-ruang-room" in event:  # exported by Ruang: the fields exactly as they were
        attendees_text = str(event.get("x-ruang-attendees", "0")).strip() or "0"
        if not attendees_text.isdigit() or int(attendees_text) > MOST_ATTENDEES:
            return _("its number of attendees '{n}' is not a sensible number").format(
                n=attendees_text[:30])
        return _Fields(title, str(event["x-ruang-room"]).strip() or None,
                       str(event.get("x-ruang-organization", "")).strip() or None,
                       int(attendees_text), str(event.get("x-ruang-contact-name", "")),
                       str(event.get("x-ruang-contact-phone", "")),
                       str(event.get("x-ruang-notes", "")))
    organizer = event.get("organizer")
    contact = str(organizer.params.get("CN", "")) if organizer is not None else ""
    attendees = event.get("attendee")
    count = len(attendees) if isinstance(attendees, list) else (1 if attendees else 0)
    return _Fields(title, attendees=count, contact_name=contact.strip(),
                   notes=str(event.get("description", "")).strip())


def _one(event: Event, zone: ZoneInfo, parsed: ParsedCalendar, *, uid: str | None,
         span: tuple[datetime, datetime] | None = None) -> None:
    """One dated item from an event (a single event, or one date of a repeating one)."""
    start_value = event.decoded("dtstart") if "dtstart" in event else None
    found = span or _span(event, zone)
    where = _where(event, found[0] if isinstance(found, tuple) else start_value, zone)
    if str(event.get("status", "")).upper() == "CANCELLED":
        parsed.left_out.append(_("{where}: cancelled in the file, left out").format(
            where=where))
        return
    fields = _fields(event)
    if isinstance(found, str) or isinstance(fields, str):
        # Refused while reading: the item still shows where it is and when it meant to be.
        shown = found[0] if isinstance(found, tuple) else as_instant(
            start_value if isinstance(start_value, date) else datetime(1970, 1, 1), zone)
        item = Incoming(where=where, start=shown, end=shown,
                        title=str(event.get("summary", "")).strip(), uid=uid)
        parsed.refused.append(ItemVerdict(item, Verdict.REFUSED,
                                          found if isinstance(found, str) else str(fields)))
        return
    start, end = found
    parsed.items.append(Incoming(
        where=where, start=start.astimezone(zone), end=end.astimezone(zone),
        title=fields.title, room=fields.room, organization=fields.organization,
        attendees=fields.attendees, contact_name=fields.contact_name,
        contact_phone=fields.contact_phone, notes=fields.notes,
        tentative=str(event.get("status", "")).upper() == "TENTATIVE",
        guest_tz=_zone_name(start, event), uid=uid))


def _read_event(event: Event, overrides: dict[datetime, Event], zone: ZoneInfo, now: datetime,
                parsed: ParsedCalendar) -> None:
    uid = str(event["uid"]) if event.get("uid") is not None else None
    if "rrule" not in event and "rdate" not in event:
        _one(event, zone, parsed, uid=uid)
        return
    found = _span(event, zone)
    if isinstance(found, str):
        _one(event, zone, parsed, uid=uid)  # refused with the same reason, once
        return
    start, end = found
    try:
        starts = expand(event, start, end - start, now)
    except TooMany:
        item = Incoming(where=_where(event, start, zone), start=start, end=end,
                        title=str(event.get("summary", "")), uid=uid)
        parsed.refused.append(ItemVerdict(item, Verdict.REFUSED, _(
            "it repeats more than {most} times within a year; end the repeat sooner (COUNT or "
            "UNTIL) or import a shorter stretch").format(most=MOST_OCCURRENCES)))
        return
    for moment in starts:
        own = overrides.pop(moment.astimezone(UTC), None) or overrides.pop(moment, None)
        item_uid = occurrence_uid(uid, moment) if uid else None
        if own is not None:
            _one(own, zone, parsed, uid=item_uid)
        else:
            _one(event, zone, parsed, uid=item_uid, span=(moment, moment + (end - start)))
    for moment, own in sorted(overrides.items()):  # overrides of dates the rule lost
        _one(own, zone, parsed, uid=occurrence_uid(uid, moment) if uid else None)
