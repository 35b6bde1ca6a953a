"""Closures a manager enters: the whole building or one room, from a moment to a moment.

Each is audited; the bookings still to come that a new closure meets are shown before it is
saved, and the manager keeps or cancels them (see booking.affected).
"""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.affected import DryRun, OnBookings, bookings_met, settle
from booking.booking_rows import check_span
from booking.engine import BookingService
from booking.errors import BadInput
from booking.i18n import N_, _
from booking.lookups import acting, add_audit, clean_text, find_room
from booking.permissions import Action
from booking.store.db import read_session, write_session
from booking.store.models import Account, Closure, Room
from booking.store.writers import retrying_use_cases
from booking.timeutil import iso_local, utc_now
from booking.tool_views import ClosureView, InTheWay

MAX_REASON = 200


@dataclass(frozen=True)
class ClosureOutcome:
    """A closure saved (or, on a dry run, the one that would be) and the bookings it meets."""

    closure: ClosureView
    bookings: InTheWay

    def to_json(self) -> dict[str, Any]:
        return {"closure": self.closure.to_json(), **self.bookings.to_json()}


def closure_view(session: Session, closure: Closure) -> ClosureView:
    room = session.get(Room, closure.room_id) if closure.room_id is not None else None
    by = session.get(Account, closure.created_by_id) if closure.created_by_id else None
    return ClosureView(closure.id or 0, closure.name, room.code if room else None,
                       closure.start_at, closure.end_at, by.username if by else None)


def _audit_state(view: ClosureView) -> dict[str, Any]:
    return {"name": view.name, "room": view.room, "start": iso_local(view.start),
            "end": iso_local(view.end)}


@retrying_use_cases
class ClosureService:
    """Add, list and remove closures."""

    def __init__(self, engine: Engine, *, bookings: BookingService,
                 now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.bookings = bookings
        self.now = now

    def add(self, *, actor: str | int, reason: str, start: datetime, end: datetime,
            room: str | int | None = None, on_bookings: OnBookings = "refuse",
            dry_run: bool = False) -> ClosureOutcome:
        """Close the building (room None) or one room from start to end.

        Bookings still to come that it meets: refused while any stand (BookingsInTheWay lists
        them), kept, or cancelled with the closure's reason. A dry run saves nothing and
        reports what would happen (it refuses nothing for bookings in the way).
        """
        check_span(start, end, longest=None)
        if isinstance(reason, str) and not reason.strip():
            raise BadInput(_("say why it closes: the reason is shown to the desk and given to "
                             "the bookings it cancels"))
        reason = clean_text(reason, what=N_("reason"), limit=MAX_REASON, required=True)
        now = self.now()
        try:
            with write_session(self.engine) as session:
                account = acting(session, actor, Action.CLOSURES)
                target = find_room(session, room) if room is not None else None
                closure = Closure(name=reason, room_id=target.id if target else None,
                                  start_at=start, end_at=end, created_by_id=account.id,
                                  created_at=now)
                met = bookings_met(session, start=start, end=end, now=now,
                                   room_id=target.id if target else None)
                settled = settle(session, self.bookings, account=account, now=now, met=met,
                                 on_bookings="keep" if dry_run else on_bookings,
                                 reason=reason, what="closure")
                session.add(closure)
                session.flush()
                view = closure_view(session, closure)
                add_audit(session, account, now, "closure.added", "closure", closure.id, None,
                          _audit_state(view), "" if not settled.cancelled else
                          f"cancelled {len(settled.cancelled)} booking(s)")
                outcome = ClosureOutcome(view, settled)
                if dry_run:
                    # A dry run's closure has no id: it was never kept.
                    raise DryRun(ClosureOutcome(replace(view, id=0),
                                                InTheWay(settled.affected, saved=False)))
        except DryRun as done:
            assert isinstance(done.result, ClosureOutcome)
            return done.result
        return outcome

    def list(self, *, start: datetime | None = None, end: datetime | None = None,
             ) -> list[ClosureView]:
        """Closures meeting [start, end) (either bound open), earliest first."""
        with read_session(self.engine) as session:
            query = select(Closure)
            if start is not None:
                query = query.where(Closure.end_at > start)
            if end is not None:
                query = query.where(Closure.start_at < end)
            rows = session.exec(query.order_by(col(Closure.start_at), col(Closure.id))).all()
            return [closure_view(session, c) for c in rows]

    def remove(self, *, actor: str | int, closure_id: int, reason: str = "") -> ClosureView:
        """Take a closure away (audited with what it was); the room or building opens again."""
        reason = clean_text(reason, what=N_("reason"), limit=MAX_REASON)
        now = self.now()
        with write_session(self.engine) as session:
            account = acting(session, actor, Action.CLOSURES)
            closure = session.get(Closure, closure_id)
            if closure is None:
                raise BadInput(_("there is no closure #{id}").format(id=closure_id))
            view = closure_view(session, closure)
            session.delete(closure)
            add_audit(session, account, now, "closure.removed", "closure", closure_id,
                      _audit_state(view), None, reason)
            return view
