"""Bookings as an iCalendar file (RFC 5545): one VEVENT a booking, one with RRULE a series.

A series exports as its rule with EXDATE for the dates it leaves out (skipped, cancelled,
released) and an override VEVENT (same UID, RECURRENCE-ID = the date's slot in the rule) for
each date moved or changed on its own, the way calendar programs keep a repeating event.
X-RUANG-* properties carry the fields a calendar has no place for, so that a file exported
here imports back exactly (room code, organization, attendees, contact, notes).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Protocol
from zoneinfo import ZoneInfo

from dateutil.rrule import rrulestr
from icalendar import Calendar, Event, Timezone, vRecur
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.errors import BadInput, NotPermitted
from booking.exchange.identity import series_uid, store_id, uids_of
from booking.i18n import _
from booking.lookups import actor_account, find_room
from booking.permissions import owns
from booking.queries import building_identity, views_of
from booking.statuses import ACTIVE_STATUSES, BookingStatus, Role
from booking.store.db import read_session
from booking.store.models import Booking, Floor, Organization, Room, Series, SeriesExdate
from booking.timeutil import building_zone_name
from booking.views import BookingView

PRODID = "-//Coding Factory KEK Singhasari//Ruang//EN"
# A series' rule is expanded at most this far to find the dates it leaves out.
MOST_DATES = 1000


class HasEngine(Protocol):
    """What the export needs of Services (kept as a protocol: exchange sits below services)."""

    engine: Engine
    actor: str

    def now(self) -> datetime: ...


@dataclass(frozen=True)
class Selection:
    """Which bookings to export: a period, optionally one room or organization, or one id."""

    start: datetime | None = None
    end: datetime | None = None
    room: str | None = None
    organization: str | None = None
    booking_id: int | None = None


def booking_ics(services: HasEngine, booking_id: int) -> bytes:
    """One booking as a calendar file (for a guest's confirmation); cancelled ones say so."""
    data, _count = export_ics(services.engine, actor=services.actor, now=services.now(),
                              selection=Selection(booking_id=booking_id))
    return data


def calendar_of(services: HasEngine, selection: Selection) -> tuple[bytes, int]:
    """The calendar file of a selection, as the acting account may see it."""
    return export_ics(services.engine, actor=services.actor, now=services.now(),
                      selection=selection)


def export_ics(engine: Engine, *, actor: str, now: datetime,
               selection: Selection) -> tuple[bytes, int]:
    """The calendar file of the bookings selected that the actor may see, and how many
    VEVENTs it holds."""
    zone = ZoneInfo(building_zone_name())
    building, _site = building_identity(engine)
    with read_session(engine) as session:
        account = actor_account(session, actor)
        rows = _selected(session, selection)
        if account.role == Role.ORGANIZER:
            mine = [b for b in rows if owns(account, booked_by_id=b.booked_by_id,
                                            organization_id=b.organization_id)]
            if selection.booking_id is not None and not mine:
                raise NotPermitted(_("{user} may not see booking #{id}: it is another "
                                     "organization's").format(user=account.username,
                                                              id=selection.booking_id))
            rows = mine
        rooms = {r.id: r for r in session.exec(select(Room))}
        floors = {f.id: f.name for f in session.exec(select(Floor))}
        calendar = _calendar(zone, building)
        store = store_id(session)
        singles = [b for b in rows if b.series_id is None or selection.booking_id is not None]
        series_ids = sorted({b.series_id for b in rows
                             if b.series_id is not None and selection.booking_id is None})
        uids = uids_of(session, [b.id for b in singles if b.id is not None])
        count = 0
        for view in views_of(session, singles):
            calendar.add_component(_event(view, uids[view.id], zone, now, building, rooms,
                                          floors))
            count += 1
        for series_id in series_ids:
            for event in _series_events(session, series_id, series_uid(store, series_id),
                                        zone, now, building, rooms, floors):
                calendar.add_component(event)
                count += 1
    return calendar.to_ical(), count


def _selected(session: Session, selection: Selection) -> list[Booking]:
    if selection.booking_id is not None:
        found = session.get(Booking, selection.booking_id)
        if found is None:
            raise BadInput(_("there is no booking #{id}").format(id=selection.booking_id))
        return [found]
    if selection.start is None or selection.end is None or selection.end <= selection.start:
        raise BadInput(_("the end of the period must be after its start"))
    query = select(Booking).where(Booking.start_at < selection.end,
                                  Booking.end_at > selection.start,
                                  col(Booking.status).in_(list(ACTIVE_STATUSES)))
    if selection.room is not None:
        query = query.where(Booking.room_id == find_room(session, selection.room).id)
    if selection.organization is not None:
        org = session.exec(select(Organization).where(
            Organization.name == selection.organization.strip())).first()
        if org is None:
            raise BadInput(_("there is no organization '{name}'").format(
                name=selection.organization))
        query = query.where(Booking.organization_id == org.id)
    return list(session.exec(query.order_by(col(Booking.start_at), col(Booking.id))))


def _calendar(zone: ZoneInfo, building: str) -> Calendar:
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", building or "Ruang")
    calendar.add("x-wr-timezone", zone.key)
    calendar.add_component(Timezone.from_tzinfo(zone, first_date=date(2000, 1, 1)))
    return calendar


def _status(status: str) -> str:
    if status == BookingStatus.TENTATIVE:
        return "TENTATIVE"
    return "CONFIRMED" if status in ACTIVE_STATUSES else "CANCELLED"


def _description(view: BookingView) -> str:
    lines = []
    if view.organization:
        lines.append(_("Organization: {name}").format(name=view.organization))
    if view.attendees:
        lines.append(_("Attendees: {n}").format(n=view.attendees))
    contact = " ".join(p for p in (view.contact_name, view.contact_phone) if p)
    if contact:
        lines.append(_("Contact: {contact}").format(contact=contact))
    if view.notes:
        lines.append(view.notes)
    return "\n".join(lines)


def _event(view: BookingView, uid: str, zone: ZoneInfo, now: datetime, building: str,
           rooms: dict[int | None, Room], floors: dict[int | None, str], *,
           recurrence_id: datetime | None = None) -> Event:
    room = rooms[view.room_id]
    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", now.astimezone(UTC))
    if recurrence_id is not None:
        event.add("recurrence-id", recurrence_id.astimezone(zone))
    event.add("dtstart", view.start.astimezone(zone))
    event.add("dtend", view.end.astimezone(zone))
    event.add("summary", view.title)
    event.add("location", ", ".join(p for p in (room.name, floors.get(room.floor_id, ""),
                                                building) if p))
    description = _description(view)
    if description:
        event.add("description", description)
    event.add("status", _status(view.status))
    event.add("sequence", max(view.version - 1, 0))
    event.add("created", view.created_at.astimezone(UTC))
    event.add("last-modified", view.updated_at.astimezone(UTC))
    _ruang_fields(event, room.code, view.organization, view.attendees, view.contact_name,
                  view.contact_phone, view.notes)
    return event


def _ruang_fields(event: Event, room: str, organization: str | None, attendees: int,
                  contact_name: str, contact_phone: str, notes: str) -> None:
    """The fields a calendar has no place for, read back exactly by the import."""
    event.add("x-ruang-room", room)
    event.add("x-ruang-organization", organization or "")
    event.add("x-ruang-attendees", str(attendees))
    event.add("x-ruang-contact-name", contact_name)
    event.add("x-ruang-contact-phone", contact_phone)
    event.add("x-ruang-notes", notes)


def _series_events(session: Session, series_id: int, uid: str, zone: ZoneInfo, now: datetime,
                   building: str, rooms: dict[int | None, Room],
                   floors: dict[int | None, str]) -> Iterable[Event]:
    """The series' VEVENT with RRULE and EXDATE, then one override per date changed alone."""
    series = session.get(Series, series_id)
    if series is None:
        return []
    first = datetime.fromisoformat(series.first_start_local).replace(tzinfo=zone)
    duration = timedelta(minutes=series.duration_min)
    rule = _rule_in_utc(series.rule, zone)
    slots = _slots(series.rule, first, zone)
    skipped = {date.fromisoformat(e.occurrence_date) for e in session.exec(
        select(SeriesExdate).where(SeriesExdate.series_id == series_id))}
    rows = list(session.exec(select(Booking).where(Booking.series_id == series_id)))
    views = {v.occurrence_date: v for v in views_of(session, rows) if v.occurrence_date}
    regular = next((v for v in views.values() if v.active and not v.detached), None)
    master = regular or next(iter(views.values()), None)
    if master is None:
        return []
    org = session.get(Organization, series.organization_id) if series.organization_id else None
    fields = (series.title, org.name if org else None, series.attendees, series.contact_name,
              series.contact_phone, series.notes)
    event = _event(master, uid, zone, now, building, rooms, floors)
    for name in ("dtstart", "dtend", "summary", "sequence", "x-ruang-organization",
                 "x-ruang-attendees", "x-ruang-contact-name", "x-ruang-contact-phone",
                 "x-ruang-notes", "description", "status", "x-ruang-room"):
        event.pop(name, None)
    event.add("dtstart", first)
    event.add("dtend", first + duration)
    event.add("rrule", vRecur.from_ical(rule))
    event.add("summary", series.title)
    event.add("status", "TENTATIVE" if master.status == BookingStatus.TENTATIVE else "CONFIRMED")
    event.add("sequence", max(series.version - 1, 0))
    _ruang_fields(event, rooms[series.room_id].code, *fields[1:])
    description = _description(master)
    if description:
        event.add("description", description)
    excluded: list[datetime] = []
    overrides: list[Event] = []
    for day, slot in slots.items():
        view = views.get(day.isoformat())
        if day in skipped or view is None or not view.active:
            excluded.append(slot)
            continue
        same = (view.start == slot and view.end == slot + duration and not view.detached
                and view.room_id == series.room_id
                and (view.title, view.organization, view.attendees, view.contact_name,
                     view.contact_phone, view.notes) == fields)
        if not same:
            overrides.append(_event(view, uid, zone, now, building, rooms, floors,
                                    recurrence_id=slot))
    if excluded:
        event.add("exdate", excluded)
    return [event, *overrides]


def _slots(rule: str, first: datetime, zone: ZoneInfo) -> dict[date, datetime]:
    """Each date the rule gives, with its start in the building's zone."""
    expanded = rrulestr(rule, dtstart=first.replace(tzinfo=None))
    slots: dict[date, datetime] = {}
    for n, start in enumerate(expanded):
        if n >= MOST_DATES:
            break
        slots[start.date()] = start.replace(tzinfo=zone)
    return slots


def _rule_in_utc(rule: str, zone: ZoneInfo) -> str:
    """The rule with a local UNTIL written in UTC, as RFC 5545 asks beside a TZID start."""
    parts = []
    for part in rule.split(";"):
        if part.startswith("UNTIL=") and not part.endswith("Z"):
            value = part[6:]
            until = (datetime.strptime(value, "%Y%m%dT%H%M%S") if "T" in value
                     else datetime.strptime(value, "%Y%m%d").replace(hour=23, minute=59,
                                                                     second=59))
            part = "UNTIL=" + until.replace(tzinfo=zone).astimezone(UTC).strftime(
                "%Y%m%dT%H%M%SZ")
        parts.append(part)
    return ";".join(parts)
