"""Bookings read a page at a time, so an export of a million bookings never holds them all."""

from collections.abc import Callable, Collection, Iterator
from datetime import datetime

from sqlalchemy import Engine, and_, or_
from sqlmodel import col, select

from booking.errors import BadInput
from booking.exchange.identity import uids_of
from booking.i18n import _
from booking.lookups import existing_organization, find_room
from booking.queries import views_of
from booking.store.db import read_session
from booking.store.models import Booking
from booking.views import BookingView

PAGE_SIZE = 1000


def booking_pages(engine: Engine, *, start: datetime | None = None, end: datetime | None = None,
                  room_ids: Collection[int] | None = None,
                  statuses: Collection[str] | None = None,
                  organization_id: int | None = None,
                  size: int = PAGE_SIZE) -> Iterator[list[BookingView]]:
    """Bookings meeting [start, end) (either open), oldest first, a page at a time.

    Keyset paging on (start, id): each page is one short read, so a long export neither holds
    a read transaction open nor slows down as it goes (as OFFSET would).
    """
    after: tuple[datetime, int] | None = None
    while True:
        query = select(Booking)
        if start is not None:
            query = query.where(col(Booking.end_at) > start)
        if end is not None:
            query = query.where(col(Booking.start_at) < end)
        if room_ids is not None:
            query = query.where(col(Booking.room_id).in_(list(room_ids)))
        if statuses is not None:
            query = query.where(col(Booking.status).in_(list(statuses)))
        if organization_id is not None:
            query = query.where(Booking.organization_id == organization_id)
        if after is not None:
            query = query.where(or_(col(Booking.start_at) > after[0],
                                    and_(col(Booking.start_at) == after[0],
                                         col(Booking.id) > after[1])))
        query = query.order_by(col(Booking.start_at), col(Booking.id)).limit(size)
        with read_session(engine) as session:
            rows = list(session.exec(query).all())
            if not rows:
                return
            views = views_of(session, rows)
        last = rows[-1]
        after = (last.start_at, last.id or 0)
        yield views
        if len(rows) < size:
            return


def export_filter(engine: Engine, *, room: str | None,
                  organization: str | None) -> tuple[list[int] | None, int | None]:
    """The room ids and the organization id an export's --room and --for name (None: any);
    BadInput naming what is not there."""
    with read_session(engine) as session:
        room_ids = None if room is None else [find_room(session, room).id or 0]
        organization_id = None
        if organization is not None:
            found = existing_organization(session, organization)
            if found is None:
                raise BadInput(_("there is no organization '{organization}'").format(
                    organization=organization))
            organization_id = found.id
    return room_ids, organization_id


def export_uids(engine: Engine) -> Callable[[list[int]], dict[int, str]]:
    """A look-up of the UIDs bookings export with, a page at a time."""
    def uids(booking_ids: list[int]) -> dict[int, str]:
        with read_session(engine) as session:
            return uids_of(session, booking_ids)
    return uids
