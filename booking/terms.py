"""Manager tools that shape availability: term assignments of rooms to teams, and closures."""

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.affected import DryRun, OnBookings, bookings_met, settle
from booking.booking_rows import check_span
from booking.engine import BookingService
from booking.errors import BadInput, ConflictError
from booking.i18n import N_, _, spoken_name
from booking.lookups import (
    acting,
    add_audit,
    bookable_room,
    clean_text,
    find_room,
    organization_named,
)
from booking.permissions import Action
from booking.store.db import read_session, write_session
from booking.store.models import Closure, Organization, Room, TermAssignment
from booking.store.writers import retrying_use_cases
from booking.timeutil import BUILDING_TZ, iso_local, local, short_day, utc_now, when
from booking.tool_views import InTheWay, TermView


@dataclass(frozen=True)
class TermOutcome:
    """A term assignment saved (or, on a dry run, the one that would be) and the bookings of
    other teams it meets."""

    term: TermView
    bookings: InTheWay

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term.to_json(), **self.bookings.to_json()}


def term_view(session: Session, term: TermAssignment) -> TermView:
    room = session.get(Room, term.room_id)
    team = session.get(Organization, term.organization_id)
    return TermView(term.id or 0, room.code if room else "?", team.name if team else "?",
                    term.start_at, term.end_at, term.note, term.active)


@retrying_use_cases
class TermService:
    """Assign production rooms to teams for a term, and enter building closures."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now,
                 bookings: BookingService | None = None) -> None:
        self.engine = engine
        self.now = now
        self.bookings = bookings or BookingService(engine, now=now)

    def assign_term(self, *, actor: str | int, room: str | int, organization: str,
                    start: datetime, end: datetime, note: str = "") -> int:
        """Assign a room to a team from start to end; refuses a term overlapping another.
        Bookings of other teams already in the room stay."""
        return self.assign(actor=actor, room=room, team=organization, start=start, end=end,
                           note=note, on_bookings="keep").term.id

    def assign(self, *, actor: str | int, room: str | int, team: str, start: datetime,
               end: datetime, note: str = "", on_bookings: OnBookings = "refuse",
               dry_run: bool = False) -> TermOutcome:
        """Assign a room to a team from start to end (managers; audited). A term overlapping
        another of the room is a conflict. Bookings of other teams still to come in it are
        refused while any stand (BookingsInTheWay lists them), kept, or cancelled; a dry run
        saves nothing and reports what would happen."""
        check_span(start, end, longest=None)
        note = clean_text(note, what=N_("note"), limit=1000)
        now = self.now()
        try:
            with write_session(self.engine) as session:
                account = acting(session, actor, Action.TERMS)
                target = bookable_room(session, room)
                org = organization_named(session, team, account, now)
                if org is None:
                    raise BadInput(_("name the team the room is assigned to"))
                other = session.exec(select(TermAssignment).where(
                    TermAssignment.room_id == target.id, col(TermAssignment.active).is_(True),
                    TermAssignment.start_at < end, TermAssignment.end_at > start)).first()
                if other is not None:
                    raise ConflictError(_("{room} is already assigned from {start} to {end} "
                                          "(term #{id})").format(
                        room=spoken_name(target), start=when(other.start_at), end=when(other.end_at),
                        id=other.id))
                met = bookings_met(session, start=start, end=end, now=now, room_id=target.id,
                                   other_than_team=org.id)
                reason = note or (f"{target.name} is assigned to {org.name} from "
                                  f"{local(start):%d %b %Y} to {local(end):%d %b %Y}")
                settled = settle(session, self.bookings, account=account, now=now, met=met,
                                 on_bookings="keep" if dry_run else on_bookings,
                                 reason=reason, what="term")
                term = TermAssignment(room_id=target.id or 0, organization_id=org.id or 0,
                                      start_at=start, end_at=end, note=note,
                                      created_by_id=account.id, created_at=now)
                session.add(term)
                session.flush()
                state: dict[str, Any] = {"room": target.code, "organization": org.name,
                                         "start": iso_local(start), "end": iso_local(end),
                                         "note": note}
                add_audit(session, account, now, "term.assigned", "term_assignment",
                          term.id, None, state, "" if not settled.cancelled else
                          f"cancelled {len(settled.cancelled)} booking(s)")
                outcome = TermOutcome(term_view(session, term), settled)
                if dry_run:
                    raise DryRun(TermOutcome(replace(outcome.term, id=0),
                                             InTheWay(settled.affected, saved=False)))
        except DryRun as done:
            assert isinstance(done.result, TermOutcome)
            return done.result
        return outcome

    def list_terms(self, *, start: datetime | None = None, end: datetime | None = None,
                   include_ended: bool = False) -> list[TermView]:
        """Term assignments meeting [start, end) (either bound open), earliest first; ended
        (withdrawn) ones only when asked."""
        with read_session(self.engine) as session:
            query = select(TermAssignment)
            if not include_ended:
                query = query.where(col(TermAssignment.active).is_(True))
            if start is not None:
                query = query.where(TermAssignment.end_at > start)
            if end is not None:
                query = query.where(TermAssignment.start_at < end)
            rows = session.exec(query.order_by(col(TermAssignment.start_at),
                                               col(TermAssignment.id))).all()
            return [term_view(session, t) for t in rows]

    def end(self, *, actor: str | int, term_id: int, on: date | None = None,
            reason: str = "") -> TermView:
        """End a term (managers; audited): with `on`, that day is its last (the room is the
        team's through the end of it); without, the term is withdrawn at once."""
        if on is None:
            self.end_term(actor=actor, term_id=term_id,
                          reason=reason or N_("term ended by a manager"))  # stored in English
            with read_session(self.engine) as session:
                found = session.get(TermAssignment, term_id)
                assert found is not None
                return term_view(session, found)
        reason = clean_text(reason, what=N_("reason"), limit=1000)
        now = self.now()
        last = datetime.combine(on + timedelta(days=1), time(0), tzinfo=BUILDING_TZ)
        with write_session(self.engine) as session:
            account = acting(session, actor, Action.TERMS)
            term = session.get(TermAssignment, term_id)
            if term is None or not term.active:
                raise BadInput(_("there is no active term #{id}").format(id=term_id))
            if last <= term.start_at:
                raise BadInput(_("term #{id} starts on {day}; to withdraw it, leave out the day")
                               .format(id=term_id, day=short_day(local(term.start_at).date())))
            if last >= term.end_at:
                raise BadInput(_("term #{id} already ends on {day}").format(
                    id=term_id,
                    day=short_day(local(term.end_at - timedelta(seconds=1)).date())))
            before = {"end": iso_local(term.end_at)}
            term.end_at = last
            session.add(term)
            session.flush()
            add_audit(session, account, now, "term.ended", "term_assignment", term.id, before,
                      {"end": iso_local(last)}, reason)
            return term_view(session, term)

    def end_term(self, *, actor: str | int, term_id: int, reason: str) -> None:
        """Withdraw a term assignment."""
        reason = clean_text(reason, what=N_("reason"), limit=1000, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = acting(session, actor, Action.TERMS)
            term = session.get(TermAssignment, term_id)
            if term is None or not term.active:
                raise BadInput(_("there is no active term #{id}").format(id=term_id))
            term.active = False
            session.add(term)
            add_audit(session, account, now, "term.ended", "term_assignment",
                                  term.id, {"active": True}, {"active": False}, reason)

    def add_closure(self, *, actor: str | int, name: str, start: datetime, end: datetime,
                    room: str | int | None = None) -> int:
        """Close the building (or one room) from start to end; existing bookings stay."""
        check_span(start, end, longest=None)
        name = clean_text(name, what=N_("closure name"), limit=200, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = acting(session, actor, Action.CLOSURES)
            target = find_room(session, room) if room is not None else None
            closure = Closure(name=name, room_id=target.id if target else None, start_at=start,
                              end_at=end, created_by_id=account.id, created_at=now)
            session.add(closure)
            session.flush()
            add_audit(session, account, now, "closure.added", "closure", closure.id,
                                  None, {"name": name, "room": target.code if target else None,
                                         "start": iso_local(start), "end": iso_local(end)}, "")
            assert closure.id is not None
            return closure.id
