"""Shared machinery of recurring bookings: judging dates, inserting and recording occurrences."""

from collections.abc import Callable, Collection, Iterable
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.engine import BookingService
from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.lookups import add_audit
from booking.policy import policy_for
from booking.rules import Proposal, RuleBook
from booking.series.types import Occurrence, SeriesConflict, SeriesRefused, _Params
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Role,
    Room,
    Series,
    SeriesExdate,
)
from booking.timeutil import hhmm, local, utc_now
from booking.views import BookingView

CLOSING_RULES = ("holiday", "closure")
OVERRIDE_ROLES = (Role.MANAGER, Role.ADMIN)


class _SeriesCore:
    """Helpers shared by creating and editing series; every one runs inside a caller's session."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now,
                 bookings: BookingService | None = None) -> None:
        self.engine = engine
        self.now = now
        self.bookings = bookings or BookingService(engine, now=now)

    # ----- judging occurrences --------------------------------------------------------------

    def _judge(self, session: Session, params: _Params, starts: list[datetime],
               replacing: Collection[int], rules: RuleBook) -> list[Occurrence]:
        policy = policy_for(params.room.kind)
        occupied = [(s - timedelta(minutes=policy.buffer_before_min),
                     s + params.duration + timedelta(minutes=policy.buffer_after_min))
                    for s in starts]
        for (_, end_a), (start_b, _), first in zip(occupied, occupied[1:], starts, strict=False):
            if start_b < end_a:
                raise RuleRefused(f"the repeats overlap each other (from {first:%a %d %b %Y}); "
                                  "shorten the booking or space the repeats further apart",
                                  rule="series_overlap")
        judged = []
        for start in starts:
            end = start + params.duration
            proposal = Proposal(params.room, start, end, params.attendees, params.layout,
                                params.organization_id)
            refusals = rules.refusals(proposal)
            closing = [r for r in refusals if r.rule in CLOSING_RULES]
            if closing:
                judged.append(Occurrence(start.date(), start, end, "closed", closing[0].message))
                continue
            clashes = [b for b in self.bookings.clashes(
                session, room=params.room, start=start, end=end,
                buffer_before_min=policy.buffer_before_min,
                buffer_after_min=policy.buffer_after_min) if b.id not in replacing]
            if clashes:
                other = clashes[0]
                room = session.get(Room, other.room_id)
                judged.append(Occurrence(
                    start.date(), start, end, "conflict",
                    f"{room.name if room else 'the room'} is booked {hhmm(other.start_at)}–"
                    f"{hhmm(other.end_at)}: '{other.title}' (booking #{other.id})", other.id))
                continue
            if refusals:
                judged.append(Occurrence(start.date(), start, end, "refused",
                                         refusals[0].message))
                continue
            judged.append(Occurrence(start.date(), start, end, "free"))
        return judged

    def _decide(self, judged: list[Occurrence], *, skip_dates: set[date], skip_conflicts: bool,
                may_override: bool) -> tuple[list[Occurrence], list[Occurrence]]:
        """Split judged occurrences into those to book and those skipped; refuse the rest."""
        dates = {o.day for o in judged}
        unknown = sorted(skip_dates - dates)
        if unknown:
            raise BadInput(f"{unknown[0]:%a %d %b %Y} is not one of the series' dates")
        book, skipped, blocking = [], [], []
        for occurrence in judged:
            if occurrence.day in skip_dates:
                skipped.append(replace(occurrence, verdict="skipped",
                                       detail=occurrence.detail or "skipped on request"))
            elif occurrence.verdict == "closed":
                skipped.append(occurrence)
            elif occurrence.verdict == "free" or (occurrence.verdict == "refused"
                                                  and may_override):
                book.append(occurrence)
            elif skip_conflicts:
                skipped.append(occurrence)
            else:
                blocking.append(occurrence)
        if blocking:
            preview = tuple(judged)
            listed = "; ".join(f"{o.day:%a %d %b}: {o.detail}" for o in blocking[:3])
            more = f" (and {len(blocking) - 3} more)" if len(blocking) > 3 else ""
            message = (f"{len(blocking)} of {len(judged)} dates cannot be booked — {listed}"
                       f"{more}; skip them (--skip DATE or --skip-conflicts) or change the "
                       "series")
            if any(o.verdict == "conflict" for o in blocking):
                raise SeriesConflict(message, preview)
            raise SeriesRefused(message, preview, rule="series")
        if not book:
            raise BadInput("no date of the series is left to book")
        return book, skipped

    def _may_override(self, account: Account, reason: str | None) -> bool:
        if reason is None:
            return False
        if not reason.strip():
            raise BadInput("an override needs a reason")
        if account.role not in OVERRIDE_ROLES:
            raise NotPermitted("only a manager may override a rule")
        return True

    def _new_series(self, session: Session, params: _Params, account: Account, now: datetime,
                    split_from: int | None = None) -> Series:
        series = Series(
            room_id=params.room.id or 0, rule=params.rule.text,
            first_start_local=params.rule.first_start.replace(tzinfo=None).isoformat(
                timespec="seconds"),
            duration_min=int(params.duration.total_seconds() // 60), title=params.title,
            organization_id=params.organization_id, attendees=params.attendees,
            layout=params.layout, notes=params.notes, contact_name=params.contact_name,
            contact_phone=params.contact_phone, split_from_id=split_from,
            created_by_id=account.id, created_at=now, updated_at=now)
        session.add(series)
        session.flush()
        return series

    def _insert(self, session: Session, series: Series, params: _Params, occurrence: Occurrence,
                account: Account, now: datetime, override: str | None) -> Booking:
        policy = policy_for(params.room.kind)
        booking = Booking(
            room_id=params.room.id or 0, start_at=occurrence.start, end_at=occurrence.end,
            title=params.title, status=BookingStatus.CONFIRMED, layout=params.layout,
            attendees=params.attendees, organization_id=params.organization_id,
            booked_by_id=account.id, contact_name=params.contact_name,
            contact_phone=params.contact_phone, notes=params.notes, created_at=now,
            updated_at=now, buffer_before_min=policy.buffer_before_min,
            buffer_after_min=policy.buffer_after_min, series_id=series.id,
            occurrence_date=occurrence.day.isoformat())
        session.add(booking)
        self.bookings.flush_guarded(session, params.room)
        view = self.bookings.view(session, booking)
        add_audit(session, account, now, "booking.created", "booking", booking.id, None,
                  view.audit_state(), f"series #{series.id}" + (
                      f"; override: {override}" if override else ""))
        return booking

    def _record(self, session: Session, booking: Booking, before: BookingView,
                account: Account, now: datetime, action: str, reason: str) -> BookingView:
        """Bump the booking's version, write it, and audit the change; returns the new view."""
        booking.version += 1
        booking.updated_at = now
        session.add(booking)
        session.flush()
        after = self.bookings.view(session, booking)
        add_audit(session, account, now, action, "booking", booking.id, before.audit_state(),
                  after.audit_state(), reason)
        return after

    def _record_skips(self, session: Session, series: Series,
                      skipped: Iterable[Occurrence]) -> None:
        for occurrence in skipped:
            key = (series.id, occurrence.day.isoformat())
            if session.get(SeriesExdate, key) is None:
                session.add(SeriesExdate(series_id=series.id or 0,
                                         occurrence_date=occurrence.day.isoformat(),
                                         reason=occurrence.detail[:500]))

    # ----- reading within a transaction ------------------------------------------------------

    def _series(self, session: Session, series_id: int,
                expected_version: int | None = None) -> Series:
        series = session.get(Series, series_id)
        if series is None:
            raise BadInput(f"there is no series #{series_id}")
        if expected_version is not None and series.version != expected_version:
            raise ConflictError(f"series #{series_id} was changed by someone else in the "
                                "meantime; look at it again before changing it")
        return series

    def _occurrences(self, session: Session, series_id: int,
                     since: date | None = None) -> list[Booking]:
        query = select(Booking).where(Booking.series_id == series_id)
        if since is not None:
            query = query.where(col(Booking.occurrence_date) >= since.isoformat())
        return sorted(session.exec(query), key=lambda b: (b.occurrence_date or "", b.id or 0))

    def _today(self) -> date:
        return local(self.now()).date()
