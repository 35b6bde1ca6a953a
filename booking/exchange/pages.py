"""Bookings read a page at a time, so an export of a million bookings never holds them all."""

from collections.abc import Callable, Collection, Iterator
from datetime import datetime

from sqlalchemy import Engine, text

from booking.errors import BadInput
from booking.exchange.identity import uids_of
from booking.i18n import _
from booking.lookups import existing_organization, find_room
from booking.queries import STATUSES
from booking.store.db import read_session
from booking.store.quickread import BOOKING_COLUMNS, BOOKING_JOINS, view_of_row
from booking.views import BookingView

PAGE_SIZE = 1000


def booking_pages(engine: Engine, *, start: datetime | None = None, end: datetime | None = None,
                  room_ids: Collection[int] | None = None,
                  statuses: Collection[str] | None = None,
                  organization_id: int | None = None,
                  size: int = PAGE_SIZE) -> Iterator[list[BookingView]]:
    """Bookings meeting [start, end) (either open), oldest first, a page at a time.

    Keyset paging on (start, id): each page is one short read, so a long export neither holds
    a read transaction open nor slows down as it goes (as OFFSET would); rows go straight into
    read models (the quick reader's SQL), as building ORM objects would cost more than the
    query.
    """
    where = ["(b.start_at, b.id) > (:after, :after_id)"]  # a row value: the index serves it
    values: dict[str, int] = {"size": size}
    if start is not None:
        where.append("b.end_at > :lo")
        values["lo"] = int(start.timestamp())
    if end is not None:
        where.append("b.start_at < :hi")
        values["hi"] = int(end.timestamp())
    if room_ids is not None:
        where.append(f"b.room_id IN ({','.join(str(int(i)) for i in room_ids) or 'NULL'})")
    if statuses is not None:
        if not set(statuses) <= set(STATUSES):
            raise BadInput(_("unknown status {status}; choose from {statuses}").format(
                status=repr(sorted(set(statuses) - set(STATUSES))[0]),
                statuses=", ".join(STATUSES)))
        # Only known status words reach the SQL (checked just above).
        where.append(f"b.status IN ({','.join(repr(str(s)) for s in statuses) or 'NULL'})")
    if organization_id is not None:
        where.append("b.organization_id = :organization")
        values["organization"] = organization_id
    query = text(
        f"SELECT {BOOKING_COLUMNS} FROM booking b {BOOKING_JOINS} WHERE {' AND '.join(where)} "
        "ORDER BY b.start_at, b.id LIMIT :size")
    after, after_id = -(2**62), 0
    while True:
        with read_session(engine) as session:
            rows = session.execute(query, {**values, "after": after,
                                           "after_id": after_id}).all()
        if not rows:
            return
        views = [view_of_row(row) for row in rows]
        after, after_id = int(views[-1].start.timestamp()), views[-1].id
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
