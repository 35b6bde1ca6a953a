"""Stable UIDs for what Ruang exports, and finding the booking an imported UID names.

A booking made here is "booking-<id>.<store>@ruang", a series "series-<id>.<store>@ruang",
where <store> is this database's random id (store_identity): a file exported here and
imported into another database can never match that database's own booking numbers. A
booking imported from a file keeps the UID it had there (booking.external_uid), and exports
with it, so a round trip through another calendar keeps one identity.
"""

import re
from collections.abc import Iterable
from datetime import UTC, datetime

from sqlmodel import Session, col, select

from booking.store.models import Booking, StoreIdentity
from booking.timeutil import local

_OWN_BOOKING = re.compile(r"^booking-(\d{1,18})\.([0-9a-f]{1,32})@ruang$")
_OWN_OCCURRENCE = re.compile(r"^series-(\d{1,18})\.([0-9a-f]{1,32})@ruang/(\d{8}T\d{6}Z)$")


def store_id(session: Session) -> str:
    """This database's random id (made by the schema upgrade that brought exchange)."""
    row = session.get(StoreIdentity, 1)
    return row.store_id if row is not None else "0"


def booking_uid(store: str, booking_id: int) -> str:
    return f"booking-{booking_id}.{store}@ruang"


def series_uid(store: str, series_id: int) -> str:
    return f"series-{series_id}.{store}@ruang"


def occurrence_uid(uid: str, recurrence_id: datetime) -> str:
    """The identity of one date of a repeating item: its UID and its RECURRENCE-ID in UTC."""
    return f"{uid}/{recurrence_id.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')}"


def uids_of(session: Session, booking_ids: Iterable[int]) -> dict[int, str]:
    """The UID each booking exports with."""
    ids = list(booking_ids)
    store = store_id(session)
    found = dict.fromkeys(ids, "")
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = session.exec(select(Booking.id, Booking.external_uid)
                            .where(col(Booking.id).in_(chunk))).all()
        for booking_id, external in rows:
            if booking_id is None:
                continue
            found[booking_id] = external or booking_uid(store, booking_id)
    return {i: uid for i, uid in found.items() if uid}


def booking_for_uid(session: Session, uid: str, store: str | None = None) -> Booking | None:
    """The booking an imported item's UID names here, if any (`store`: this database's id,
    when the caller has it already)."""
    matched = session.exec(select(Booking).where(Booking.external_uid == uid)).first()
    if matched is not None:
        return matched
    store = store or store_id(session)
    own = _OWN_BOOKING.match(uid)
    if own is not None and own.group(2) == store:
        return session.get(Booking, int(own.group(1)))
    occurrence = _OWN_OCCURRENCE.match(uid)
    if occurrence is not None and occurrence.group(2) == store:
        moment = datetime.strptime(occurrence.group(3), "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC)
        day = local(moment).date().isoformat()
        return session.exec(select(Booking).where(
            Booking.series_id == int(occurrence.group(1)),
            Booking.occurrence_date == day)).first()
    return None


def is_own(session: Session, uid: str, store: str | None = None) -> bool:
    """True when the UID is one this database made (so it is not kept as an external one)."""
    store = store or store_id(session)
    for pattern in (_OWN_BOOKING, _OWN_OCCURRENCE):
        matched = pattern.match(uid)
        if matched is not None and matched.group(2) == store:
            return True
    return False
