"""Bookings a new closure or term assignment would meet, and what to do with them.

A manager closing a room or assigning it to a team sees the bookings still to come in it first:
the change is refused while any stand in the way, unless the manager keeps them (they stay
booked, and the desk deals with them) or cancels them with the change's reason.
"""

from datetime import datetime
from typing import Literal

from sqlmodel import Session, col, select

from booking.engine import BookingService
from booking.errors import RuleRefused
from booking.i18n import ngettext
from booking.store.models import ACTIVE_STATUSES, Account, Booking
from booking.tool_views import InTheWay
from booking.views import BookingView

# What to do with bookings in the way: refuse the change, keep them, or cancel them.
OnBookings = Literal["refuse", "keep", "cancel"]
ON_BOOKINGS: tuple[OnBookings, ...] = ("refuse", "keep", "cancel")


class BookingsInTheWay(RuleRefused):
    """A closure or term would meet bookings still to come, and nobody said what to do."""

    def __init__(self, message: str, bookings: tuple[BookingView, ...]) -> None:
        super().__init__(message, rule="in_the_way")
        self.bookings = bookings


class DryRun(Exception):
    """Raised inside a use case's transaction on a dry run, so nothing it did is kept."""

    def __init__(self, result: object) -> None:
        super().__init__("dry run")
        self.result = result


def bookings_met(session: Session, *, start: datetime, end: datetime, now: datetime,
                 room_id: int | None, other_than_team: int | None = None) -> list[Booking]:
    """Active bookings meeting [start, end) that have not ended by `now`: in one room (or in
    every room when room_id is None), and, for a term, those not for its team."""
    query = select(Booking).where(col(Booking.status).in_(list(ACTIVE_STATUSES)),
                                  Booking.start_at < end, Booking.end_at > start,
                                  Booking.end_at > now)
    if room_id is not None:
        query = query.where(Booking.room_id == room_id)
    rows = list(session.exec(query.order_by(col(Booking.start_at), col(Booking.id))))
    if other_than_team is not None:
        rows = [b for b in rows if b.organization_id != other_than_team]
    return rows


def settle(session: Session, bookings: BookingService, *, account: Account, now: datetime,
           met: list[Booking], on_bookings: OnBookings, reason: str, what: str) -> InTheWay:
    """Apply the manager's choice to the bookings met: refuse (BookingsInTheWay naming how
    many), keep them, or cancel each (audited) with `reason`. `what` is "closure" or "term"."""
    if on_bookings not in ON_BOOKINGS:
        raise ValueError(f"on_bookings must be one of {ON_BOOKINGS}, not {on_bookings!r}")
    views = tuple(bookings.view(session, b) for b in met)
    if not met or on_bookings == "keep":
        return InTheWay(affected=views)
    if on_bookings == "refuse":
        if what == "term":
            message = ngettext(
                "{n} booking still to come falls in this term; keep or cancel them to save it",
                "{n} bookings still to come fall in this term; keep or cancel them to save it",
                len(met))
        else:
            message = ngettext(
                "{n} booking still to come falls in this closure; keep or cancel them to save "
                "it",
                "{n} bookings still to come fall in this closure; keep or cancel them to save "
                "it", len(met))
        raise BookingsInTheWay(message.format(n=len(met)), views)
    cancelled = tuple(bookings.cancel_row(session, account, now, b, reason)[1] for b in met)
    return InTheWay(affected=views, cancelled=cancelled)
