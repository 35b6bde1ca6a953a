"""The tables of Ruang (SQLModel). Schema changes go through Alembic migrations, never create_all."""

__all__ = ["ACTIVE_STATUSES", "MAX_OCCUPANCY_SECONDS", "AreaKind", "BookingStatus", "Role",
           "RoomKind"]

from datetime import datetime
from typing import Any

from sqlalchemy import JSON, CheckConstraint, Index, UniqueConstraint
from sqlmodel import Field, SQLModel

from booking.statuses import (
    ACTIVE_STATUSES,
    MAX_OCCUPANCY_SECONDS,
    AreaKind,
    BookingStatus,
    Role,
    RoomKind,
)
from booking.store.sqltypes import UTCInstant

GUEST_TZ_CHECK = "guest_tz IS NULL OR length(trim(guest_tz)) > 0"


class Building(SQLModel, table=True):
    """The building the rooms belong to."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=20)
    name: str
    site: str = ""
    timezone: str = "Asia/Jakarta"


class Floor(SQLModel, table=True):
    """One storey, with its bounding rectangle in metres for the floor plan."""

    __table_args__ = (UniqueConstraint("building_id", "level"),)

    id: int | None = Field(default=None, primary_key=True)
    building_id: int = Field(foreign_key="building.id")
    level: int
    name: str
    label: str = ""
    width: float
    depth: float
    label_id: str | None = None  # the label in Bahasa Indonesia (None: the English one)


class HoursProfile(SQLModel, table=True):
    """A named set of weekly opening hours that rooms share."""

    __tablename__ = "hours_profile"

    code: str = Field(primary_key=True, max_length=40)
    name: str
    open_on_holidays: bool = False


class OpeningHours(SQLModel, table=True):
    """One open span of a profile on one weekday, in minutes after local midnight."""

    __tablename__ = "opening_hours"
    __table_args__ = (
        CheckConstraint("weekday BETWEEN 0 AND 6", name="weekday_range"),
        CheckConstraint("opens_min >= 0 AND closes_min <= 1440 AND closes_min > opens_min",
                        name="hours_order"),
    )

    id: int | None = Field(default=None, primary_key=True)
    profile_code: str = Field(foreign_key="hours_profile.code", index=True)
    weekday: int
    opens_min: int
    closes_min: int


class Room(SQLModel, table=True):
    """A room (or part of a divisible room); retired rooms keep their bookings."""

    __table_args__ = (CheckConstraint("capacity > 0", name="capacity_positive"),)

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    name: str
    floor_id: int = Field(foreign_key="floor.id", index=True)
    kind: str
    capacity: int
    bookable: bool = True
    hours_profile: str | None = Field(default=None, foreign_key="hours_profile.code")
    parent_id: int | None = Field(default=None, foreign_key="room.id", index=True)
    outline: list[list[float]] = Field(default_factory=list, sa_type=JSON)
    description: str = ""
    retired: bool = False
    position: int = 0
    name_id: str | None = None  # the name in Bahasa Indonesia (None: the English one)


class RoomAmenity(SQLModel, table=True):
    """An amenity a room offers (projector, video_conference, ...)."""

    __tablename__ = "room_amenity"

    room_id: int = Field(foreign_key="room.id", primary_key=True)
    amenity: str = Field(primary_key=True, max_length=60)


class RoomLayout(SQLModel, table=True):
    """Seats of a room in one furniture layout (theatre, classroom, ...)."""

    __tablename__ = "room_layout"
    __table_args__ = (CheckConstraint("capacity > 0", name="layout_capacity_positive"),)

    room_id: int = Field(foreign_key="room.id", primary_key=True)
    layout: str = Field(primary_key=True, max_length=40)
    capacity: int


class Area(SQLModel, table=True):
    """A non-bookable area drawn on a floor (corridor, stairs, toilets, ...)."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(unique=True, max_length=40)
    name: str
    floor_id: int = Field(foreign_key="floor.id", index=True)
    kind: str
    outline: list[list[float]] = Field(default_factory=list, sa_type=JSON)
    name_id: str | None = None  # the name in Bahasa Indonesia (None: the English one)


class Organization(SQLModel, table=True):
    """Whom a booking is for: a client, a team, an intern cohort, an agency."""

    __table_args__ = (CheckConstraint(GUEST_TZ_CHECK, name="organization_guest_tz_not_empty"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    kind: str = "client"
    country: str = "ID"
    # The IANA zone its people live in (a client in Tokyo): guest times are shown in it.
    guest_tz: str | None = Field(default=None, max_length=64)


class Account(SQLModel, table=True):
    """A person who acts in Ruang; the role decides what they may do."""

    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, max_length=60)
    display_name: str
    role: str = Role.FRONT_DESK
    active: bool = True  # enabled: a disabled account cannot sign in or act
    # None: no password set yet (signs in without one). Never a password itself.
    password_hash: str | None = None
    organization_id: int | None = None  # the organization an organizer acts for
    created_at: datetime | None = Field(default=None, sa_type=UTCInstant)
    last_sign_in_at: datetime | None = Field(default=None, sa_type=UTCInstant)
    failed_sign_ins: int = 0
    locked_until: datetime | None = Field(default=None, sa_type=UTCInstant)


class Booking(SQLModel, table=True):
    """A room held for a half-open span [start_at, end_at) of UTC instants."""

    __table_args__ = (
        CheckConstraint("end_at > start_at", name="end_after_start"),
        CheckConstraint("attendees >= 0", name="attendees_not_negative"),
        CheckConstraint(
            "status IN ('tentative','confirmed','checked_in','cancelled','released',"
            "'declined','expired')",
            name="status_known",
        ),
        CheckConstraint(GUEST_TZ_CHECK, name="booking_guest_tz_not_empty"),
        Index("ix_booking_room_start", "room_id", "start_at"),
        Index("ix_booking_start", "start_at"),
        Index("ix_booking_external_uid", "external_uid", unique=True),
    )

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    start_at: datetime = Field(sa_type=UTCInstant)
    end_at: datetime = Field(sa_type=UTCInstant)
    title: str
    status: str = BookingStatus.CONFIRMED
    layout: str | None = None
    attendees: int = 0
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    booked_by_id: int | None = Field(default=None, foreign_key="account.id")
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""
    created_at: datetime = Field(sa_type=UTCInstant)
    updated_at: datetime = Field(sa_type=UTCInstant)
    version: int = 1
    buffer_before_min: int = 0
    buffer_after_min: int = 0
    checked_in_at: datetime | None = Field(default=None, sa_type=UTCInstant)
    cancelled_at: datetime | None = Field(default=None, sa_type=UTCInstant)
    cancel_reason: str = ""
    series_id: int | None = Field(default=None, foreign_key="series.id", index=True)
    occurrence_date: str | None = Field(default=None, max_length=10)
    detached: bool = False
    event_id: int | None = Field(default=None, foreign_key="event.id", index=True)
    # The guest's own IANA zone; None: the organization's, if it has one.
    guest_tz: str | None = Field(default=None, max_length=64)
    # The identity the booking had in the file it was imported from (iCalendar UID, CSV uid).
    external_uid: str | None = Field(default=None, max_length=255)


class Series(SQLModel, table=True):
    """A repeating booking: an RFC 5545 rule anchored in the building's local time.

    Occurrences are ordinary bookings that point back here and carry the local date they were
    generated for; an occurrence edited on its own is marked detached and survives later edits
    of the series. Dates skipped on purpose are kept in series_exdate.
    """

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    rule: str
    first_start_local: str = Field(max_length=19)  # "2026-12-07T09:00:00" in WIB
    duration_min: int
    title: str
    organization_id: int | None = Field(default=None, foreign_key="organization.id")
    attendees: int = 0
    layout: str | None = None
    notes: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    split_from_id: int | None = Field(default=None, foreign_key="series.id")
    active: bool = True
    created_by_id: int | None = Field(default=None, foreign_key="account.id")
    created_at: datetime = Field(sa_type=UTCInstant)
    updated_at: datetime = Field(sa_type=UTCInstant)
    version: int = 1


class SeriesExdate(SQLModel, table=True):
    """A date a series leaves out on purpose (a holiday, a clash the person skipped)."""

    __tablename__ = "series_exdate"

    series_id: int = Field(foreign_key="series.id", primary_key=True)
    occurrence_date: str = Field(primary_key=True, max_length=10)
    reason: str = ""


class Occupancy(SQLModel, table=True):
    """An interval a booking holds in one physical space, buffers included.

    Rows are written by database triggers from the booking table, never by the application, and
    a trigger refuses any two intervals of one space that intersect: the no-double-booking rule
    lives in the database. The whole hall occupies each of its halves.
    """

    __table_args__ = (
        CheckConstraint("end_at > start_at", name="occupancy_end_after_start"),
        CheckConstraint(f"end_at - start_at <= {MAX_OCCUPANCY_SECONDS}",
                        name="occupancy_bounded"),
        Index("ix_occupancy_space_start", "space_id", "start_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    booking_id: int = Field(foreign_key="booking.id", index=True, ondelete="CASCADE")
    space_id: int = Field(foreign_key="room.id")
    start_at: int
    end_at: int


class Closure(SQLModel, table=True):
    """A building closure a manager entered (whole building, or one room when room_id is set)."""

    __table_args__ = (CheckConstraint("end_at > start_at", name="closure_end_after_start"),)

    id: int | None = Field(default=None, primary_key=True)
    name: str
    room_id: int | None = Field(default=None, foreign_key="room.id")
    start_at: datetime = Field(sa_type=UTCInstant, index=True)
    end_at: datetime = Field(sa_type=UTCInstant)
    created_by_id: int | None = Field(default=None, foreign_key="account.id")
    created_at: datetime = Field(sa_type=UTCInstant)


class TermAssignment(SQLModel, table=True):
    """A room assigned to one team for a term; others may not book it meanwhile."""

    __tablename__ = "term_assignment"
    __table_args__ = (
        CheckConstraint("end_at > start_at", name="term_end_after_start"),
        Index("ix_term_room_start", "room_id", "start_at"),
    )

    id: int | None = Field(default=None, primary_key=True)
    room_id: int = Field(foreign_key="room.id")
    organization_id: int = Field(foreign_key="organization.id")
    start_at: datetime = Field(sa_type=UTCInstant)
    end_at: datetime = Field(sa_type=UTCInstant)
    note: str = ""
    active: bool = True
    created_by_id: int | None = Field(default=None, foreign_key="account.id")
    created_at: datetime = Field(sa_type=UTCInstant)


class AuditEntry(SQLModel, table=True):
    """One change, appended and never rewritten: the database refuses UPDATE and DELETE."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(sa_type=UTCInstant, index=True)
    actor_id: int | None = Field(default=None, foreign_key="account.id")
    actor_name: str = ""
    action: str
    entity: str
    entity_id: int | None = Field(default=None, index=True)
    before: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    after: dict[str, Any] | None = Field(default=None, sa_type=JSON)
    reason: str = ""
    # The hash chain: the previous entry's hash, and this entry's over it and its content.
    prev_hash: str = ""
    hash: str = ""


class BuildingRevision(SQLModel, table=True):
    """One row: a counter the database's triggers raise on every change to the rooms, floors,
    amenities and opening hours, so a reader may keep them between reads (booking.store.revision)."""

    __tablename__ = "building_revision"
    __table_args__ = (CheckConstraint("id = 1", name="building_revision_one_row"),)

    id: int = Field(default=1, primary_key=True)
    value: int = 0


class StoreIdentity(SQLModel, table=True):
    """One row: the random id naming this database in the UIDs it exports."""

    __tablename__ = "store_identity"
    __table_args__ = (CheckConstraint("id = 1", name="store_identity_one_row"),)

    id: int = Field(default=1, primary_key=True)
    store_id: str = Field(max_length=32)


class Setting(SQLModel, table=True):
    """A building-wide setting an administrator changes (key and text value)."""

    key: str = Field(primary_key=True, max_length=60)
    value: str


class SpanBound(SQLModel, table=True):
    """The longest interval ever stored per table, kept by triggers; bounds overlap searches."""

    __tablename__ = "span_bound"

    name: str = Field(primary_key=True, max_length=20)
    seconds: int


class PublicHoliday(SQLModel, table=True):
    """A public holiday or collective leave day, stored so start-up needs no calendar library."""

    __tablename__ = "public_holiday"

    day: str = Field(primary_key=True, max_length=10)
    year: int = Field(index=True)
    name: str  # in Bahasa Indonesia
    name_en: str | None = None


class Equipment(SQLModel, table=True):
    """Something the hall crew lends to events, and how many exist."""

    __table_args__ = (CheckConstraint("quantity >= 0", name="equipment_quantity"),)

    code: str = Field(primary_key=True, max_length=40)
    name: str
    quantity: int
    name_id: str | None = None  # the name in Bahasa Indonesia (None: the English one)
    # The building whose file lists the item (None: not claimed by a file yet).
    building_id: int | None = Field(default=None, foreign_key="building.id")


class Event(SQLModel, table=True):
    """A hall event: one booking per day (with nightly teardown) or one across the days.

    Requested events hold the hall as tentative bookings until a manager approves or declines
    them, or the hold expires.
    """

    id: int | None = Field(default=None, primary_key=True)
    title: str
    status: str = Field(default="requested", index=True)
    setup_min: int = 0
    teardown_min: int = 0
    nightly_teardown: bool = False
    public: bool = False
    catering: str = ""
    organizer: str = ""
    contact_name: str = ""
    contact_phone: str = ""
    requested_by_id: int | None = Field(default=None, foreign_key="account.id")
    requested_at: datetime = Field(sa_type=UTCInstant)
    expires_at: datetime | None = Field(default=None, sa_type=UTCInstant, index=True)
    decided_by_id: int | None = Field(default=None, foreign_key="account.id")
    decided_at: datetime | None = Field(default=None, sa_type=UTCInstant)
    decision_reason: str = ""
    version: int = 1


class EventEquipment(SQLModel, table=True):
    """How many of an item an event needs."""

    __tablename__ = "event_equipment"
    __table_args__ = (CheckConstraint("quantity > 0", name="event_equipment_quantity"),)

    event_id: int = Field(foreign_key="event.id", primary_key=True)
    equipment_code: str = Field(foreign_key="equipment.code", primary_key=True, max_length=40)
    quantity: int
