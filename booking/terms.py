"""Manager tools that shape availability: term assignments of rooms to teams, and closures."""

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import col, select

from booking.engine import check_span
from booking.errors import BadInput, ConflictError, NotPermitted
from booking.lookups import (
    actor_account,
    add_audit,
    bookable_room,
    clean_text,
    find_room,
    organization_named,
)
from booking.store.db import write_session
from booking.store.models import Account, Closure, Role, TermAssignment
from booking.timeutil import iso_local, utc_now, when

MANAGER_ROLES = (Role.MANAGER, Role.ADMIN)


class TermService:
    """Assign production rooms to teams for a term, and enter building closures."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.now = now

    def _manager(self, account: Account) -> None:
        if account.role not in MANAGER_ROLES:
            raise NotPermitted("only a manager may do this")

    def assign_term(self, *, actor: str | int, room: str | int, organization: str,
                    start: datetime, end: datetime, note: str = "") -> int:
        """Assign a room to a team from start to end; refuses a term overlapping another."""
        check_span(start, end, longest=None)
        note = clean_text(note, what="note", limit=1000)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            self._manager(account)
            target = bookable_room(session, room)
            org = organization_named(session, organization, account, now)
            if org is None:
                raise BadInput("name the team the room is assigned to")
            other = session.exec(select(TermAssignment).where(
                TermAssignment.room_id == target.id, col(TermAssignment.active).is_(True),
                TermAssignment.start_at < end, TermAssignment.end_at > start)).first()
            if other is not None:
                raise ConflictError(f"{target.name} is already assigned from "
                                    f"{when(other.start_at)} to {when(other.end_at)} "
                                    f"(term #{other.id})")
            term = TermAssignment(room_id=target.id or 0, organization_id=org.id or 0,
                                  start_at=start, end_at=end, note=note,
                                  created_by_id=account.id, created_at=now)
            session.add(term)
            session.flush()
            state: dict[str, Any] = {"room": target.code, "organization": org.name,
                                     "start": iso_local(start), "end": iso_local(end),
                                     "note": note}
            add_audit(session, account, now, "term.assigned", "term_assignment",
                                  term.id, None, state, "")
            assert term.id is not None
            return term.id

    def end_term(self, *, actor: str | int, term_id: int, reason: str) -> None:
        """Withdraw a term assignment."""
        reason = clean_text(reason, what="reason", limit=1000, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            self._manager(account)
            term = session.get(TermAssignment, term_id)
            if term is None or not term.active:
                raise BadInput(f"there is no active term #{term_id}")
            term.active = False
            session.add(term)
            add_audit(session, account, now, "term.ended", "term_assignment",
                                  term.id, {"active": True}, {"active": False}, reason)

    def add_closure(self, *, actor: str | int, name: str, start: datetime, end: datetime,
                    room: str | int | None = None) -> int:
        """Close the building (or one room) from start to end; existing bookings stay."""
        check_span(start, end, longest=None)
        name = clean_text(name, what="closure name", limit=200, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            self._manager(account)
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
