"""The read models the window paints from the start: plain, immutable snapshots of bookings,
changes, buildings, rooms, floors, hours and closures that the engine hands out and the window
and the command line show (the tools' own are in booking.tool_views, loaded when asked for)."""

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from booking.i18n import in_spoken
from booking.statuses import ACTIVE_STATUSES
from booking.timeutil import iso_local


@dataclass(frozen=True)
class BookingView:
    """A booking as people and scripts see it."""

    id: int
    room_id: int
    room: str
    room_name: str
    start: datetime
    end: datetime
    title: str
    status: str
    organization: str | None
    organization_id: int | None
    attendees: int
    layout: str | None
    contact_name: str
    contact_phone: str
    notes: str
    booked_by: str | None
    buffer_before_min: int
    buffer_after_min: int
    version: int
    checked_in_at: datetime | None
    cancel_reason: str
    created_at: datetime
    updated_at: datetime
    series_id: int | None = None
    occurrence_date: str | None = None
    detached: bool = False
    event_id: int | None = None
    guest_tz: str | None = None  # the booking's own guest zone
    organization_guest_tz: str | None = None
    # The room's name as the building file gives it in English and in Bahasa Indonesia;
    # room_name is the one in the language spoken when the view was read.
    room_name_en: str | None = None
    room_name_id: str | None = None

    def room_name_in(self, language: str) -> str:
        """The room's name in a given language (papers)."""
        return in_spoken(self.room_name_en or self.room_name, self.room_name_id, language)

    @property
    def active(self) -> bool:
        return self.status in ACTIVE_STATUSES

    @property
    def guest_zone(self) -> str | None:
        """The zone the guest's times are shown in: the booking's own, else its
        organization's, else none."""
        return self.guest_tz or self.organization_guest_tz

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id, "room": self.room, "room_id": self.room_id,
            "room_name": self.room_name_en or self.room_name,
            "start": iso_local(self.start), "end": iso_local(self.end), "title": self.title,
            "status": self.status, "organization": self.organization,
            "attendees": self.attendees, "layout": self.layout,
            "contact_name": self.contact_name, "contact_phone": self.contact_phone,
            "notes": self.notes, "booked_by": self.booked_by,
            "buffer_before_min": self.buffer_before_min, "buffer_after_min": self.buffer_after_min,
            "version": self.version,
            "checked_in_at": iso_local(self.checked_in_at) if self.checked_in_at else None,
            "cancel_reason": self.cancel_reason or None,
            "created_at": iso_local(self.created_at), "updated_at": iso_local(self.updated_at),
            "series_id": self.series_id, "occurrence_date": self.occurrence_date,
            "detached": self.detached, "event_id": self.event_id,
            "guest_tz": self.guest_zone,
        }

    def audit_state(self) -> dict[str, Any]:
        """The fields an audit entry records before and after a change: to_json's, less the
        names and instants that follow from others (room_name, booked_by, created_at,
        updated_at), with the booking's own guest zone (its organization's may change).

        Built directly rather than from to_json: a series writes one per date."""
        return {
            "id": self.id, "room": self.room, "room_id": self.room_id,
            "start": iso_local(self.start), "end": iso_local(self.end), "title": self.title,
            "status": self.status, "organization": self.organization,
            "attendees": self.attendees, "layout": self.layout,
            "contact_name": self.contact_name, "contact_phone": self.contact_phone,
            "notes": self.notes,
            "buffer_before_min": self.buffer_before_min, "buffer_after_min": self.buffer_after_min,
            "version": self.version,
            "checked_in_at": iso_local(self.checked_in_at) if self.checked_in_at else None,
            "cancel_reason": self.cancel_reason or None,
            "series_id": self.series_id, "occurrence_date": self.occurrence_date,
            "detached": self.detached, "event_id": self.event_id, "guest_tz": self.guest_tz,
        }


def booking_view(b: Any, *, room_code: str, room_name: str, organization: str | None,
                 booked_by: str | None, organization_tz: str | None = None,
                 room_name_id: str | None = None) -> BookingView:
    """Snapshot a Booking row, given the names it refers to (the room's in English and, when
    the building file gives it, in Bahasa Indonesia; shown in the language spoken)."""
    return BookingView(
        id=b.id, room_id=b.room_id, room=room_code, room_name=in_spoken(room_name, room_name_id),
        room_name_en=room_name, room_name_id=room_name_id, start=b.start_at,
        end=b.end_at, title=b.title, status=b.status, organization=organization,
        organization_id=b.organization_id, attendees=b.attendees, layout=b.layout,
        contact_name=b.contact_name, contact_phone=b.contact_phone, notes=b.notes,
        booked_by=booked_by, buffer_before_min=b.buffer_before_min,
        buffer_after_min=b.buffer_after_min, version=b.version, checked_in_at=b.checked_in_at,
        cancel_reason=b.cancel_reason, created_at=b.created_at, updated_at=b.updated_at,
        series_id=b.series_id, occurrence_date=b.occurrence_date, detached=b.detached,
        event_id=b.event_id, guest_tz=b.guest_tz, organization_guest_tz=organization_tz)


@dataclass(frozen=True)
class Change:
    """What a use case changed, so a window can refresh just that."""

    action: str
    bookings: tuple[BookingView, ...] = ()
    before: tuple[BookingView, ...] = ()
    room_ids: frozenset[int] = field(default_factory=frozenset)
    span: tuple[datetime, datetime] | None = None
    overridden: tuple[str, ...] = ()

    @property
    def booking(self) -> BookingView:
        """The one booking a single-booking use case changed."""
        return self.bookings[0]


def change_of(action: str, views: tuple[BookingView, ...],
              before: tuple[BookingView, ...] = ()) -> Change:
    """A Change covering several bookings: every room they touch and their whole span."""
    everything = views + before
    if not everything:
        return Change(action)
    return Change(action, views, before, frozenset(v.room_id for v in everything),
                  (min(v.start for v in everything), max(v.end for v in everything)))


@dataclass(frozen=True)
class RoomInfo:
    """A room as people see it: where it is, what it is, what it holds."""

    id: int
    code: str
    name: str
    floor_level: int
    floor_name: str
    kind: str
    capacity: int
    layouts: dict[str, int]
    amenities: tuple[str, ...]
    bookable: bool
    hours_profile: str | None
    parent_code: str | None
    retired: bool
    outline: tuple[tuple[float, float], ...]
    # The building file's English name and, when it gives one, the Bahasa Indonesia one;
    # name is the one in the language spoken when the room was read.
    name_en: str = ""
    name_id: str | None = None
    building: str = ""  # the code of the building the room is in

    def name_in(self, language: str) -> str:
        """The room's name in a given language (papers)."""
        return in_spoken(self.name_en or self.name, self.name_id, language)

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "code": self.code, "name": self.name_en or self.name,
                "floor": self.floor_level,
                "floor_name": self.floor_name, "kind": self.kind, "capacity": self.capacity,
                "layouts": self.layouts, "amenities": list(self.amenities),
                "bookable": self.bookable, "hours": self.hours_profile,
                "parent": self.parent_code, "retired": self.retired,
                "building": self.building}


@dataclass(frozen=True)
class BuildingInfo:
    """A building of the database: its code, name and where it is."""

    id: int
    code: str
    name: str
    site: str


@dataclass(frozen=True)
class FloorInfo:
    """A floor and its size in metres."""

    id: int
    level: int
    name: str
    label: str
    width: float
    depth: float
    label_en: str = ""  # the building file's English label (label: in the language spoken)
    label_id: str | None = None
    building: str = ""  # the code of the building the floor is in

    def label_in(self, language: str) -> str:
        """The floor's label in a given language (papers)."""
        return in_spoken(self.label_en or self.label, self.label_id, language)


@dataclass(frozen=True)
class HoursInfo:
    """An opening-hours profile: spans per weekday (0 = Monday) in minutes after midnight."""

    code: str
    name: str
    open_on_holidays: bool
    spans: tuple[tuple[int, int, int], ...]

    def describe_day(self, weekday: int) -> str:
        spans = [(o, c) for d, o, c in self.spans if d == weekday]
        if not spans:
            return "closed"
        return ", ".join(f"{o // 60:02d}:{o % 60:02d}–{c // 60:02d}:{c % 60:02d}" for o, c in spans)


@dataclass(frozen=True)
class ClosureInfo:
    """A closure entered by a manager: the building (room_id None) or one room."""

    id: int
    name: str
    start: datetime
    end: datetime
    room_id: int | None
