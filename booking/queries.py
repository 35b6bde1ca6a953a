"""Read queries shared by the window and the command line: the building (rooms, floors,
hours, closures) and bookings by span, room and status, fast on a large history."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from booking.errors import BadInput
from booking.i18n import _, in_spoken
from booking.store.db import QuickRead, quick_read, read_session
from booking.store.guards import span_bound_sql
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Building,
    Closure,
    Floor,
    HoursProfile,
    OpeningHours,
    Organization,
    Room,
    RoomAmenity,
    RoomLayout,
)
from booking.store.quickread import BOOKING_COLUMNS, view_of_row
from booking.views import (
    BookingView,
    BuildingInfo,
    ClosureInfo,
    FloorInfo,
    HoursInfo,
    RoomInfo,
    booking_view,
)

STATUSES = tuple(s.value for s in BookingStatus)


def views_of(session: Session, bookings: Iterable[Booking]) -> list[BookingView]:
    """Snapshots of many bookings, resolving rooms, organizations and accounts in bulk."""
    rows = list(bookings)
    rooms = {r.id: r for r in session.exec(select(Room))}
    org_ids = {b.organization_id for b in rows if b.organization_id}
    orgs = {o.id: o for o in session.exec(
        select(Organization).where(col(Organization.id).in_(org_ids)))} if org_ids else {}
    account_ids = {b.booked_by_id for b in rows if b.booked_by_id}
    accounts = {a.id: a.username for a in session.exec(
        select(Account).where(col(Account.id).in_(account_ids)))} if account_ids else {}
    views = []
    for b in rows:
        room = rooms[b.room_id]
        org = orgs.get(b.organization_id) if b.organization_id else None
        views.append(booking_view(
            b, room_code=room.code, room_name=room.name, room_name_id=room.name_id,
            organization=org.name if org else None,
            booked_by=accounts.get(b.booked_by_id) if b.booked_by_id else None,
            organization_tz=org.guest_tz if org else None))
    return views


def booking_ids_between(session: Session, start: datetime, end: datetime,
                        room_ids: Iterable[int] | None = None) -> list[int]:
    """Ids of bookings meeting [start, end), by the (room, start) or (start) index."""
    lo, hi = int(start.timestamp()), int(end.timestamp())
    bound = span_bound_sql("booking")
    if room_ids is None:
        return list(session.execute(text(
            f"SELECT id FROM booking WHERE start_at > :lo - {bound} AND start_at < :hi "
            "AND end_at > :lo ORDER BY start_at, id"), {"lo": lo, "hi": hi}).scalars())
    ids = sorted({int(r) for r in room_ids})
    if not ids:
        return []
    marks = ",".join(str(i) for i in ids)
    return list(session.execute(text(
        f"SELECT id FROM booking WHERE room_id IN ({marks}) AND start_at > :lo - {bound} "
        "AND start_at < :hi AND end_at > :lo ORDER BY start_at, id"),
        {"lo": lo, "hi": hi}).scalars())


def list_bookings(engine: Engine, *, start: datetime, end: datetime,
                  room_ids: Iterable[int] | None = None,
                  statuses: Iterable[str] | None = None) -> list[BookingView]:
    """Bookings meeting [start, end), oldest first, optionally for some rooms and statuses."""
    with quick_read(engine) as reader:
        return read_bookings(reader, start=start, end=end, room_ids=room_ids,
                             statuses=statuses)


def read_bookings(reader: QuickRead, *, start: datetime, end: datetime,
                  room_ids: Iterable[int] | None = None,
                  statuses: Iterable[str] | None = None) -> list[BookingView]:
    """list_bookings inside a read transaction already open."""
    views = read_bookings_unless(reader, None, start=start, end=end, room_ids=room_ids,
                                 statuses=statuses)
    assert views is not None
    return views


def read_bookings_unless(reader: QuickRead, due: tuple[str, dict[str, Any]] | None, *,
                         start: datetime, end: datetime,
                         room_ids: Iterable[int] | None = None,
                         statuses: Iterable[str] | None = None) -> list[BookingView] | None:
    """read_bookings, asking in the same statement whether some work is due first (`due`:
    a SELECT of one truth value and its parameters): None when it is and rows were found,
    for the caller to do that work and read again. With no rows in the span there is nothing
    the work could change in what is shown. One statement rather than two: the window asks
    on every switch of day or week."""
    if end <= start:
        raise BadInput(_("the end of the period must be after its start"))
    wanted = set(statuses) if statuses is not None else None
    if wanted is not None and not wanted <= set(STATUSES):
        raise BadInput(_("unknown status {status}; choose from {statuses}").format(
            status=repr(sorted(wanted - set(STATUSES))[0]), statuses=", ".join(STATUSES)))
    # One joined query straight into read models: building ORM objects for a day's bookings
    # cost more than the query itself (the quick reader shares the SQL and the row reader).
    lo, hi = int(start.timestamp()), int(end.timestamp())
    where = f"b.start_at > :lo - {span_bound_sql('booking')} AND b.start_at < :hi AND b.end_at > :lo"
    if room_ids is not None:
        ids = sorted({int(r) for r in room_ids})
        if not ids:
            return []
        where += f" AND b.room_id IN ({','.join(str(i) for i in ids)})"
    # The probe goes last, after the columns view_of_row reads.
    flag, params = (f", ({due[0]}) AS due", {**due[1], "lo": lo, "hi": hi}) if due else \
        ("", {"lo": lo, "hi": hi})
    rows = reader.rows(
        f"SELECT {BOOKING_COLUMNS}{flag} FROM booking b JOIN room r ON r.id = b.room_id "
        "LEFT JOIN organization o ON o.id = b.organization_id "
        f"LEFT JOIN account a ON a.id = b.booked_by_id WHERE {where} "
        "ORDER BY b.start_at, b.room_id, b.id", params)
    if due and rows and rows[0][-1]:
        return None
    if wanted is None:
        return [view_of_row(row) for row in rows]
    return [view for view in map(view_of_row, rows) if view.status in wanted]


def get_booking(engine: Engine, booking_id: int) -> BookingView:
    """One booking by id."""
    with read_session(engine) as session:
        found = session.get(Booking, booking_id)
        if found is None:
            raise BadInput(_("there is no booking #{id}").format(id=booking_id))
        return views_of(session, [found])[0]


def list_buildings(engine: Engine) -> list[BuildingInfo]:
    """The buildings in the order they were added (the first is the main one)."""
    with read_session(engine) as session:
        return [BuildingInfo(b.id or 0, b.code, b.name, b.site)
                for b in session.exec(select(Building).order_by(col(Building.id)))]


def list_floors(engine: Engine) -> list[FloorInfo]:
    """Floors building by building, each from the ground up."""
    with read_session(engine) as session:
        codes = {b.id: b.code for b in session.exec(select(Building))}
        return [FloorInfo(f.id or 0, f.level, f.name, in_spoken(f.label, f.label_id), f.width,
                          f.depth, f.label, f.label_id, codes.get(f.building_id, ""))
                for f in session.exec(select(Floor).order_by(
                    col(Floor.building_id), col(Floor.level)))]


def list_rooms(engine: Engine, *, include_retired: bool = False) -> list[RoomInfo]:
    """Rooms in building order: by floor, then as the building file lists them."""
    with read_session(engine) as session:
        floors = {f.id: f for f in session.exec(select(Floor))}
        buildings = {b.id: b.code for b in session.exec(select(Building))}
        rooms = list(session.exec(select(Room)))
        amenities: dict[int, list[str]] = {}
        for amenity in session.exec(select(RoomAmenity).order_by(
                RoomAmenity.amenity)):
            amenities.setdefault(amenity.room_id, []).append(amenity.amenity)
        layouts: dict[int, dict[str, int]] = {}
        for layout in session.exec(select(RoomLayout)):
            layouts.setdefault(layout.room_id, {})[layout.layout] = layout.capacity
    codes = {r.id: r.code for r in rooms}
    result = []
    for room in rooms:
        if room.retired and not include_retired:
            continue
        assert room.id is not None
        floor = floors[room.floor_id]
        result.append(RoomInfo(
            id=room.id, code=room.code, name=in_spoken(room.name, room.name_id),
            name_en=room.name, name_id=room.name_id, floor_level=floor.level,
            floor_name=floor.name, kind=room.kind, capacity=room.capacity,
            layouts=dict(sorted(layouts.get(room.id, {}).items(), key=lambda kv: -kv[1])),
            amenities=tuple(amenities.get(room.id, [])), bookable=room.bookable,
            hours_profile=room.hours_profile,
            parent_code=codes.get(room.parent_id) if room.parent_id else None,
            retired=room.retired, outline=tuple((p[0], p[1]) for p in room.outline),
            building=buildings.get(floor.building_id, "")))
    # Building by building (in the order they were added), then by floor.
    order = {r.id: (floors[r.floor_id].building_id, r.position) for r in rooms}
    result.sort(key=lambda r: (order[r.id][0], r.floor_level, r.retired, order[r.id][1]))
    return result


def list_hours(engine: Engine) -> dict[str, HoursInfo]:
    """Every opening-hours profile by code."""
    with read_session(engine) as session:
        profiles = list(session.exec(select(HoursProfile)))
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for row in session.exec(select(OpeningHours)):
            spans.setdefault(row.profile_code, []).append((row.weekday, row.opens_min,
                                                           row.closes_min))
    return {p.code: HoursInfo(p.code, p.name, p.open_on_holidays,
                              tuple(sorted(spans.get(p.code, [])))) for p in profiles}


def list_closures(engine: Engine, start: datetime, end: datetime) -> list[ClosureInfo]:
    """Closures meeting [start, end)."""
    with read_session(engine) as session:
        rows = session.exec(select(Closure).where(Closure.start_at < end,
                                                  Closure.end_at > start)).all()
        return [ClosureInfo(c.id or 0, c.name, c.start_at, c.end_at, c.room_id) for c in rows]


def building_identity(engine: Engine) -> tuple[str, str]:
    """The building's name and site as its file gives them (empty when none is loaded)."""
    with read_session(engine) as session:
        building = session.exec(select(Building).order_by(col(Building.id))).first()
        return (building.name, building.site) if building is not None else ("", "")
