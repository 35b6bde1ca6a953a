"""Reading bookings back: by span, room and status, fast on a large history."""

from collections.abc import Iterable
from datetime import datetime

from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from booking.db import read_session
from booking.errors import BadInput
from booking.guards import span_bound_sql
from booking.models import Account, Booking, BookingStatus, Organization, Room
from booking.views import BookingView, booking_view

STATUSES = tuple(s.value for s in BookingStatus)


def views_of(session: Session, bookings: Iterable[Booking]) -> list[BookingView]:
    """Snapshots of many bookings, resolving rooms, organizations and accounts in bulk."""
    rows = list(bookings)
    rooms = {r.id: r for r in session.exec(select(Room))}
    org_ids = {b.organization_id for b in rows if b.organization_id}
    orgs = {o.id: o.name for o in session.exec(
        select(Organization).where(col(Organization.id).in_(org_ids)))} if org_ids else {}
    account_ids = {b.booked_by_id for b in rows if b.booked_by_id}
    accounts = {a.id: a.username for a in session.exec(
        select(Account).where(col(Account.id).in_(account_ids)))} if account_ids else {}
    views = []
    for b in rows:
        room = rooms[b.room_id]
        views.append(booking_view(
            b, room_code=room.code, room_name=room.name,
            organization=orgs.get(b.organization_id) if b.organization_id else None,
            booked_by=accounts.get(b.booked_by_id) if b.booked_by_id else None))
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
    if end <= start:
        raise BadInput("the end of the period must be after its start")
    wanted = set(statuses) if statuses is not None else None
    if wanted is not None and not wanted <= set(STATUSES):
        raise BadInput(f"unknown status {sorted(wanted - set(STATUSES))[0]!r}; choose from "
                       + ", ".join(STATUSES))
    with read_session(engine) as session:
        ids = booking_ids_between(session, start, end, room_ids)
        if not ids:
            return []
        rows = session.exec(select(Booking).where(col(Booking.id).in_(ids))).all()
        if wanted is not None:
            rows = [b for b in rows if b.status in wanted]
        rows = sorted(rows, key=lambda b: (b.start_at, b.room_id, b.id or 0))
        return views_of(session, rows)


def get_booking(engine: Engine, booking_id: int) -> BookingView:
    """One booking by id."""
    with read_session(engine) as session:
        found = session.get(Booking, booking_id)
        if found is None:
            raise BadInput(f"there is no booking #{booking_id}")
        return views_of(session, [found])[0]

