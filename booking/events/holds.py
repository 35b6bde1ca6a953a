"""Event requests hold the hall for a few days; holds nobody decided in time expire."""

from datetime import datetime

from sqlmodel import Session, col, select

from booking.booking_rows import WriteHook
from booking.lookups import add_audit
from booking.store.db import Source, fast_rows
from booking.store.models import ACTIVE_STATUSES, Booking, BookingStatus, Event
from booking.timeutil import to_epoch

HOLD_DAYS = 3


# The probe (at most one row) for a request nobody decided in time; its parameter is :now.
HOLDS_DUE_SQL = ("SELECT 1 FROM event WHERE status = 'requested' AND expires_at <= :now "
                 "LIMIT 1")


def holds_due(source: Source, now: datetime) -> bool:
    """Whether some request nobody decided in time still holds the hall (a plain probe)."""
    return bool(fast_rows(source, HOLDS_DUE_SQL, {"now": to_epoch(now)}))


def expire_due_holds(session: Session, now: datetime) -> list[Booking]:
    """Let requests nobody decided in time go: their bookings expire and free the hall.

    Runs before every write: a plain probe first (mostly nothing is due), ORM work after."""
    if not holds_due(session, now):
        return []
    due = session.exec(select(Event).where(Event.status == "requested",
                                           col(Event.expires_at).is_not(None),
                                           col(Event.expires_at) <= now)).all()
    freed: list[Booking] = []
    for event in due:
        event.status = "expired"
        event.version += 1
        session.add(event)
        for booking in session.exec(select(Booking).where(Booking.event_id == event.id)):
            if booking.status in ACTIVE_STATUSES:
                booking.status = BookingStatus.EXPIRED
                booking.version += 1
                booking.updated_at = now
                session.add(booking)
                freed.append(booking)
        session.flush()
        add_audit(session, None, now, "event.expired", "event", event.id,
                  {"status": "requested"}, {"status": "expired"},
                  f"not decided within {HOLD_DAYS} days")
    return freed


# What every booking write runs first (booking.booking_rows.WriteHook).
EXPIRE_HOLDS = WriteHook(due=holds_due, run=expire_due_holds)
