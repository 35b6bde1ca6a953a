"""Read queries shared by the window and the command line: the building (rooms, floors,
hours, closures) and bookings by span, room and status, fast on a large history."""

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from booking.errors import BadInput
from booking.i18n import _
from booking.store.db import QuickRead, Source, fast_rows, quick_read, read_session
from booking.store.guards import span_bound_sql
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Building,
    Organization,
    Room,
)
from booking.store.quickread import (
    BOOKING_COLUMNS,
    BOOKING_JOINS,
    buildings_of,
    closures_of,
    floors_of,
    hours_of,
    rooms_of,
    view_of_row,
)
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
        f"SELECT {BOOKING_COLUMNS}{flag} FROM booking b {BOOKING_JOINS} WHERE {where} "
        "ORDER BY b.start_at, b.room_id, b.id", params)
    if due and rows and rows[0][-1]:
        return None
    if wanted is None:
        return [view_of_row(row) for row in rows]
    return [view for view in map(view_of_row, rows) if view.status in wanted]


def views_by_ids(source: Source, ids: list[int]) -> list[BookingView]:
    """The bookings of these ids as read models, in the order given (an id not found is
    left out), from plain rows in the caller's transaction: a page of search results, the
    dates a series just wrote, a booking just inserted."""
    found: dict[int, BookingView] = {}
    for first in range(0, len(ids), 500):
        chunk = ",".join(str(int(i)) for i in ids[first:first + 500])
        for row in fast_rows(source, f"SELECT {BOOKING_COLUMNS} FROM booking b "
                             f"{BOOKING_JOINS} WHERE b.id IN ({chunk})", {}):
            view = view_of_row(row)
            found[view.id] = view
    return [found[i] for i in ids if i in found]


def get_booking(engine: Engine, booking_id: int) -> BookingView:
    """One booking by id."""
    with read_session(engine) as session:
        found = session.get(Booking, booking_id)
        if found is None:
            raise BadInput(_("there is no booking #{id}").format(id=booking_id))
        return views_of(session, [found])[0]


def list_buildings(engine: Engine) -> list[BuildingInfo]:
    """The buildings in the order they were added (the first is the main one)."""
    with quick_read(engine) as reader:
        return buildings_of(reader.rows)


def list_floors(engine: Engine) -> list[FloorInfo]:
    """Floors building by building, each from the ground up."""
    with quick_read(engine) as reader:
        return floors_of(reader.rows)


def list_rooms(engine: Engine, *, include_retired: bool = False) -> list[RoomInfo]:
    """Rooms in building order: by floor, then as the building file lists them."""
    with quick_read(engine) as reader:
        return rooms_of(reader.rows, include_retired=include_retired)


def list_hours(engine: Engine) -> dict[str, HoursInfo]:
    """Every opening-hours profile by code."""
    with quick_read(engine) as reader:
        return hours_of(reader.rows)


def list_closures(engine: Engine, start: datetime, end: datetime) -> list[ClosureInfo]:
    """Closures meeting [start, end)."""
    with quick_read(engine) as reader:
        return closures_of(reader.rows, start, end)


def building_identity(engine: Engine) -> tuple[str, str]:
    """The building's name and site as its file gives them (empty when none is loaded)."""
    with read_session(engine) as session:
        building = session.exec(select(Building).order_by(col(Building.id))).first()
        return (building.name, building.site) if building is not None else ("", "")
