"""The booking use cases: one transaction each, an acting account, an injected clock."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any

from sqlmodel import Session, col, select

from booking.booking_rows import (
    CHECK_IN_EARLY,
    MAX_TEXT,
    UNSET,
    BookingRows,
    check_attendees,
    check_span,
    graced_kinds,
    no_longer_changed,
    override_note,
)
from booking.errors import BadInput, RuleRefused
from booking.i18n import N_, _
from booking.lookups import (
    MAX_TITLE,
    PlainRoad,
    actor_account,
    add_audit,
    bookable_room,
    clean_text,
    find_room,
    organization_for,
)
from booking.permissions import Action, Actor, require
from booking.policy import policy_for
from booking.rules import Proposal, RoomFacts, RuleBook
from booking.statuses import status_word
from booking.store.db import (
    QuickRead,
    Source,
    quick_read,
    quick_write,
    read_session,
    write_session,
)
from booking.store.models import (
    ACTIVE_STATUSES,
    Account,
    Booking,
    BookingStatus,
    Event,
    Room,
)
from booking.store.writers import retrying_use_cases
from booking.timeutil import guest_zone, to_epoch, when
from booking.views import BookingView, Change


@lru_cache(maxsize=256)
def _no_show_sql(ids: tuple[int, ...] | None, kinds: tuple[tuple[str, int], ...]
                 ) -> tuple[str, dict[str, Any]]:
    """The no-show probe's statement for some rooms (None: all) and the kinds' graces, and
    its fixed parameters (built once per set of rooms: the window asks before every read)."""
    where = "" if ids is None else f" AND b.room_id IN ({','.join(map(str, ids))})"
    kind_marks = ",".join(f":k{i}" for i in range(len(kinds)))
    graces = " ".join(f"WHEN :k{i} THEN :g{i}" for i in range(len(kinds)))
    return (
        "SELECT 1 FROM booking b JOIN room r ON r.id = b.room_id "
        "WHERE b.status = 'confirmed' AND b.start_at > :horizon AND "
        f"b.start_at <= :latest AND r.kind IN ({kind_marks}){where} "
        f"AND b.start_at + CASE r.kind {graces} END <= :moment LIMIT 1",
        {**{f"k{i}": kind for i, (kind, _grace) in enumerate(kinds)},
         **{f"g{i}": grace * 60 for i, (_kind, grace) in enumerate(kinds)}})


class _SessionRoad(Exception):
    """The plain road of a booking hands over to the session road (see book)."""


@retrying_use_cases
class BookingService(BookingRows):
    """Create, move, resize, change, cancel, check in and release bookings."""


    # ----- use cases ---------------------------------------------------------------------------

    def book(self, *, actor: str | int, room: str | int, start: datetime, end: datetime,
             title: str, organization: str | None = None, attendees: int = 0,
             layout: str | None = None, contact_name: str = "", contact_phone: str = "",
             notes: str = "", tentative: bool = False,
             override_reason: str | None = None, guest_tz: str | None = None) -> Change:
        """Create a booking after checking every rule and the room's other bookings.

        guest_tz: the guest's IANA zone, when it is not their organization's."""
        check_span(start, end)
        guest_tz = guest_zone(guest_tz)
        title = clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True)
        notes = clean_text(notes, what=N_("notes"), limit=MAX_TEXT)
        contact_name = clean_text(contact_name, what=N_("contact name"), limit=MAX_TITLE)
        contact_phone = clean_text(contact_phone, what=N_("contact phone"), limit=60)
        attendees = check_attendees(attendees)
        layout = clean_text(layout, what=N_("layout"), limit=40) or None if layout else None
        now = self.now()
        details = {"title": title, "layout": layout, "attendees": attendees,
                   "contact_name": contact_name, "contact_phone": contact_phone,
                   "notes": notes, "guest_tz": guest_tz,
                   "status": BookingStatus.TENTATIVE if tentative else BookingStatus.CONFIRMED}
        # The plain road: every look-up, check and write as hand-written statements in one
        # BEGIN IMMEDIATE transaction. Work it leaves to the session road: a hold to expire
        # first, an organization to add or an organizer's rights to weigh, a clash to name.
        try:
            with quick_write(self.engine) as tx:
                road = PlainRoad.read(tx, actor=actor, action=Action.BOOK, room=room,
                                      organization=organization)
                if road.needs_session or self.tidy_due(tx, now):
                    raise _SessionRoad
                return self._create(tx, road.acting, road.room, road.organization_id, start,
                                    end, now, override_reason, details)
        except _SessionRoad:
            pass
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.BOOK)
            target = bookable_room(session, room)
            self.tidy(session, now)
            org = organization_for(session, organization, account, now, action=Action.BOOK)
            return self._create(session, account, target, org.id if org else None, start, end,
                                now, override_reason, details)

    def _create(self, source: Source, account: Actor, target: Room | RoomFacts,
                org_id: int | None, start: datetime, end: datetime, now: datetime,
                override_reason: str | None, details: dict[str, Any]) -> Change:
        """The checks and the write of a new booking, on either road."""
        proposal = Proposal(target, start, end, details["attendees"], details["layout"], org_id)
        policy = policy_for(target.kind)
        # A clash comes first: no override can lift it, so it is what the person must know.
        if self.clash_ids(source, room_id=target.id or 0, start=start, end=end,
                          buffer_before_min=policy.buffer_before_min,
                          buffer_after_min=policy.buffer_after_min):
            if not isinstance(source, Session):
                raise _SessionRoad  # the refusal names the booking in the way
            assert isinstance(target, Room)
            self.refuse_clash(source, target, self.clashes(
                source, room=target, start=start, end=end,
                buffer_before_min=policy.buffer_before_min,
                buffer_after_min=policy.buffer_after_min), start=start, end=end,
                buffer_before_min=policy.buffer_before_min,
                buffer_after_min=policy.buffer_after_min)
        overridden = self._apply_rules(source, proposal, account, now, override_reason)
        view = self.insert_booking(
            source, target, room_id=target.id or 0, start_at=start, end_at=end,
            organization_id=org_id, booked_by_id=account.id, created_at=now, updated_at=now,
            buffer_before_min=policy.buffer_before_min,
            buffer_after_min=policy.buffer_after_min, **details)
        add_audit(source, account, now, "booking.created", "booking", view.id, None,
                  view.audit_state(), override_note(overridden, override_reason))
        return Change("created", (view,), (), frozenset({view.room_id}), (start, end),
                      overridden)

    def move(self, *, actor: str | int, booking_id: int, room: str | int | None = None,
             start: datetime | None = None, end: datetime | None = None,
             expected_version: int | None = None,
             override_reason: str | None = None, restoring: bool = False,
             guest_tz: str | None = UNSET) -> Change:
        """Move a booking to another room and/or time (a resize when only one end moves).

        guest_tz, when given, sets the guest's own zone with the move (None clears it).

        restoring puts a booking back where an undone move took it from (the caller passes
        the version that move produced, so nothing else changed it): a booking already under
        way may go back to its start in the past, as long as it has not ended.
        """
        now = self.now()
        new_zone = guest_zone(guest_tz) if guest_tz is not UNSET else UNSET
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.MOVE)
            if booking.status not in ACTIVE_STATUSES:
                raise RuleRefused(_("booking #{id} is {status}; only active bookings can be "
                                    "moved").format(id=booking.id,
                                                    status=status_word(booking.status)),
                                  rule="status")
            self.refuse_event_hold(session, booking)
            before = self.view(session, booking)
            self.tidy(session, now)
            target = bookable_room(session, room) if room is not None else \
                find_room(session, booking.room_id)
            new_start = start if start is not None else booking.start_at
            new_end = end if end is not None else booking.end_at
            check_span(new_start, new_end)
            booking_zone = booking.guest_tz if new_zone is UNSET else new_zone
            if (target.id, new_start, new_end, booking_zone) == (
                    booking.room_id, booking.start_at, booking.end_at, booking.guest_tz):
                return Change("unchanged", (before,), (before,), frozenset({before.room_id}),
                              (before.start, before.end))
            if booking.status == BookingStatus.CHECKED_IN and new_start != booking.start_at:
                raise RuleRefused(_("the guests have checked in; only the end can be changed"),
                                  rule="status")
            proposal = Proposal(target, new_start, new_end, booking.attendees, booking.layout,
                                booking.organization_id,
                                start_changed=(new_start != booking.start_at or
                                               target.id != booking.room_id)
                                and not (restoring and new_end > now),
                                end_changed=new_end != booking.end_at)
            policy = policy_for(target.kind)
            clashes = self.clashes(session, room=target, start=new_start, end=new_end,
                                   buffer_before_min=policy.buffer_before_min,
                                   buffer_after_min=policy.buffer_after_min, exclude=booking.id)
            if clashes:
                self.refuse_clash(session, target, clashes, start=new_start, end=new_end,
                                  buffer_before_min=policy.buffer_before_min,
                                  buffer_after_min=policy.buffer_after_min)
            overridden = self._apply_rules(session, proposal, account, now, override_reason)
            booking.room_id = target.id or booking.room_id
            booking.start_at, booking.end_at = new_start, new_end
            booking.guest_tz = booking_zone
            booking.detached = booking.series_id is not None
            booking.buffer_before_min = policy.buffer_before_min
            booking.buffer_after_min = policy.buffer_after_min
            action = "booking.moved" if (room is not None and target.id != before.room_id) or (
                start is not None and end is not None) else "booking.resized"
            after = self._record(session, account, now, booking, before, action,
                                 override_note(overridden, override_reason), room=target)
        return Change(action.split(".")[1], (after,), (before,),
                      frozenset({before.room_id, after.room_id}),
                      (min(before.start, after.start), max(before.end, after.end)), overridden)

    def resize(self, *, actor: str | int, booking_id: int, start: datetime | None = None,
               end: datetime | None = None, expected_version: int | None = None,
               override_reason: str | None = None) -> Change:
        """Change where a booking starts or ends, keeping its room."""
        if start is None and end is None:
            raise BadInput(_("give a new start or a new end"))
        return self.move(actor=actor, booking_id=booking_id, start=start, end=end,
                         expected_version=expected_version, override_reason=override_reason)

    def change_details(self, *, actor: str | int, booking_id: int, title: str = UNSET,
                       organization: str | None = UNSET, attendees: int = UNSET,
                       layout: str | None = UNSET, contact_name: str = UNSET,
                       contact_phone: str = UNSET, notes: str = UNSET,
                       expected_version: int | None = None,
                       override_reason: str | None = None,
                       guest_tz: str | None = UNSET) -> Change:
        """Change what a booking is (title, for whom, attendees, the guest's zone, ...)
        without moving it."""
        now = self.now()
        if guest_tz is not UNSET:
            guest_tz = guest_zone(guest_tz)
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.CHANGE)
            if booking.status not in ACTIVE_STATUSES:
                raise RuleRefused(no_longer_changed(booking), rule="status")
            before = self.view(session, booking)
            if title is not UNSET:
                booking.title = clean_text(title, what=N_("title"), limit=MAX_TITLE,
                                           required=True)
            if notes is not UNSET:
                booking.notes = clean_text(notes, what=N_("notes"), limit=MAX_TEXT)
            if contact_name is not UNSET:
                booking.contact_name = clean_text(contact_name, what=N_("contact name"),
                                                  limit=MAX_TITLE)
            if contact_phone is not UNSET:
                booking.contact_phone = clean_text(contact_phone, what=N_("contact phone"),
                                                   limit=60)
            if attendees is not UNSET:
                booking.attendees = check_attendees(attendees)
            if guest_tz is not UNSET:
                booking.guest_tz = guest_tz
            if layout is not UNSET:
                booking.layout = clean_text(layout, what=N_("layout"), limit=40) or None \
                    if layout else None
            if organization is not UNSET:
                org = organization_for(session, organization, account, now,
                                       action=Action.CHANGE)
                booking.organization_id = org.id if org else None
            room = find_room(session, booking.room_id)
            overridden: tuple[str, ...] = ()
            if (booking.attendees, booking.layout, booking.organization_id) != (
                    before.attendees, before.layout, before.organization_id):
                proposal = Proposal(room, booking.start_at, booking.end_at, booking.attendees,
                                    booking.layout, booking.organization_id,
                                    start_changed=False, end_changed=False)
                refusals = [r for r in RuleBook(session, now=now).refusals(proposal)
                            if r.rule in ("capacity", "layout", "term")]
                if refusals:
                    if override_reason is None:
                        raise refusals[0]
                    overridden = self._apply_rules(session, replace(proposal), account, now,
                                                   override_reason)
            after = self.view(session, booking)
            if after == before:
                return Change("unchanged", (before,), (before,), frozenset({before.room_id}),
                              (before.start, before.end))
            booking.detached = booking.series_id is not None
            after = self._record(session, account, now, booking, before, "booking.changed",
                                 override_note(overridden, override_reason))
        return Change("changed", (after,), (before,), frozenset({after.room_id}),
                      (after.start, after.end), overridden)

    def cancel(self, *, actor: str | int, booking_id: int, reason: str,
               expected_version: int | None = None) -> Change:
        """Cancel a booking; the reason is kept and the slot is free at once."""
        reason = clean_text(reason, what=N_("reason"), limit=MAX_TEXT, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.CANCEL)
            before, after = self.cancel_row(session, account, now, booking, reason)
        return Change("cancelled", (after,), (before,), frozenset({after.room_id}),
                      (after.start, after.end))

    def cancel_row(self, session: Session, account: Account, now: datetime, booking: Booking,
                   reason: str) -> tuple[BookingView, BookingView]:
        """Cancel one booking inside a caller's transaction (audited); the views before and
        after. A use case that cancels bookings as part of its own change uses this."""
        if booking.status not in ACTIVE_STATUSES:
            raise RuleRefused(_("booking #{id} is already {status}").format(
                id=booking.id, status=status_word(booking.status)), rule="status")
        self.refuse_event_hold(session, booking)
        before = self.view(session, booking)
        booking.status = BookingStatus.CANCELLED
        booking.cancelled_at = now
        booking.cancel_reason = reason
        booking.detached = booking.series_id is not None
        after = self._record(session, account, now, booking, before, "booking.cancelled",
                             reason)
        return before, after

    def reinstate(self, *, actor: str | int, booking_id: int,
                  expected_version: int | None = None,
                  override_reason: str | None = None, status: str | None = None) -> Change:
        """Bring a cancelled or released booking back, judged by the rules a new booking meets.

        `status` is what it comes back as (an undo restores the status it had); by default a
        cancelled booking comes back confirmed.

        A booking released as a no-show started before it was released; bringing it back
        while it still runs is for guests who came late, so only its end is held to the past
        and it comes back checked in (as merely confirmed, the next release would take it
        again). So is a booking whose guests had checked in before it was cancelled. Any other
        cancelled booking must start from now on, like a new one.
        """
        if status is not None and status not in ACTIVE_STATUSES:
            raise BadInput(_("a booking comes back tentative, confirmed or checked in, not "
                             "{status}").format(status=status_word(status)))
        now = self.now()
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.REINSTATE)
            if booking.status in ACTIVE_STATUSES:
                raise RuleRefused(_("booking #{id} is already active").format(id=booking.id),
                                  rule="status")
            self.refuse_event_hold(session, booking)
            before = self.view(session, booking)
            room = bookable_room(session, booking.room_id)
            self.tidy(session, now)
            clashes = self.clashes(session, room=room, start=booking.start_at,
                                   end=booking.end_at,
                                   buffer_before_min=booking.buffer_before_min,
                                   buffer_after_min=booking.buffer_after_min,
                                   exclude=booking.id)
            if clashes:
                self.refuse_clash(session, room, clashes, start=booking.start_at,
                                  end=booking.end_at,
                                  buffer_before_min=booking.buffer_before_min,
                                  buffer_after_min=booking.buffer_after_min)
            proposal = Proposal(room, booking.start_at, booking.end_at, booking.attendees,
                                booking.layout, booking.organization_id,
                                start_changed=booking.status != BookingStatus.RELEASED
                                and booking.checked_in_at is None)
            overridden = self._apply_rules(session, proposal, account, now, override_reason)
            if status is None:
                status = BookingStatus.CHECKED_IN if booking.status == BookingStatus.RELEASED \
                    else BookingStatus.CONFIRMED
            booking.status = BookingStatus(status)
            if booking.status == BookingStatus.CHECKED_IN:
                booking.checked_in_at = booking.checked_in_at or now
            booking.cancelled_at = None
            booking.cancel_reason = ""
            after = self._record(session, account, now, booking, before, "booking.reinstated",
                                 override_note(overridden, override_reason), room=room)
        return Change("reinstated", (after,), (before,), frozenset({after.room_id}),
                      (after.start, after.end), overridden)

    def check_in(self, *, actor: str | int, booking_id: int,
                 expected_version: int | None = None) -> Change:
        """Mark the guests as arrived (from 30 minutes before the start until the end)."""
        now = self.now()
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.CHECK_IN)
            refusal = self._check_in_refusal(session, booking, now)
            if refusal is not None:
                raise refusal
            before = self.view(session, booking)
            booking.status = BookingStatus.CHECKED_IN
            booking.checked_in_at = now
            after = self._record(session, account, now, booking, before, "booking.checked_in",
                                 "")
        return Change("checked_in", (after,), (before,), frozenset({after.room_id}),
                      (after.start, after.end))

    def check_in_refusal(self, booking_id: int) -> RuleRefused | None:
        """Why the booking's guests cannot be checked in now, or None when they can."""
        with read_session(self.engine) as session:
            return self._check_in_refusal(session, self.booking_row(session, booking_id),
                                          self.now())

    def _check_in_refusal(self, session: Session, booking: Booking,
                          now: datetime) -> RuleRefused | None:
        if booking.status == BookingStatus.CHECKED_IN:
            return RuleRefused(_("booking #{id} is already checked in").format(id=booking.id),
                               rule="status")
        if booking.status not in ACTIVE_STATUSES:
            return RuleRefused(_("booking #{id} is {status}; it cannot be checked in").format(
                id=booking.id, status=status_word(booking.status)), rule="status")
        try:
            self._refuse_undecided_event(session, booking)
        except RuleRefused as refused:
            return refused
        if now < booking.start_at - CHECK_IN_EARLY:
            return RuleRefused(_("check-in opens 30 minutes before the start ({start})").format(
                start=when(booking.start_at)), rule="check_in")
        if now >= booking.end_at:
            return RuleRefused(_("this booking has already ended"), rule="check_in")
        return None

    def undo_check_in(self, *, actor: str | int, booking_id: int,
                      status: str = BookingStatus.CONFIRMED,
                      expected_version: int | None = None) -> Change:
        """Take a check-in back (made by mistake): the booking returns to `status`."""
        if status not in (BookingStatus.CONFIRMED, BookingStatus.TENTATIVE):
            raise BadInput(_("a booking goes back to confirmed or tentative, not {status}")
                           .format(status=status_word(status)))
        now = self.now()
        with write_session(self.engine) as session:
            account, booking = self._open(session, actor, booking_id, expected_version,
                                          Action.CHECK_IN)
            if booking.status != BookingStatus.CHECKED_IN:
                raise RuleRefused(_("booking #{id} is {status}, not checked in").format(
                    id=booking.id, status=status_word(booking.status)), rule="status")
            before = self.view(session, booking)
            booking.status = BookingStatus(status)
            booking.checked_in_at = None
            after = self._record(session, account, now, booking, before,
                                 "booking.check_in_undone", "")
        return Change("check_in_undone", (after,), (before,), frozenset({after.room_id}),
                      (after.start, after.end))

    def _refuse_undecided_event(self, session: Session, booking: Booking) -> None:
        """An event's guests are checked in once a manager has approved the event."""
        if booking.event_id is None:
            return
        event = session.get(Event, booking.event_id)
        if event is None or event.status != "approved":
            raise RuleRefused(_("booking #{id} holds the hall for event #{event}, which is not "
                                "approved yet; it can be checked in once a manager approves "
                                "the event").format(id=booking.id, event=booking.event_id),
                              rule="event")

    def release_no_shows(self, *, room_ids: Iterable[int] | None = None) -> Change:
        """Release bookings not checked in within their room kind's grace period (audited)."""
        now = self.now()
        rooms = None if room_ids is None else sorted(set(room_ids))
        if not self._no_show_due(now, rooms):
            return Change("released")
        released: list[BookingView] = []
        before: list[BookingView] = []
        with write_session(self.engine) as session:
            for booking in self._due_no_shows(now, rooms, session=session):
                old = self.view(session, booking)
                booking.status = BookingStatus.RELEASED
                grace = policy_for(find_room(session, booking.room_id).kind).no_show_grace_min
                new = self._record(session, None, now, booking, old, "booking.released",
                                   f"not checked in within {grace} minutes of the start")
                released.append(new)
                before.append(old)
        if not released:
            return Change("released")
        return Change("released", tuple(released), tuple(before),
                      frozenset(b.room_id for b in released),
                      (min(b.start for b in released), max(b.end for b in released)))

    def _due_no_shows(self, now: datetime, rooms: list[int] | None, *,
                      session: Session | None = None) -> list[Booking]:
        kinds = {kind: policy.no_show_grace_min for kind, policy in graced_kinds()
                 if policy.no_show_grace_min is not None}
        if not kinds:
            return []
        horizon = now - timedelta(days=2)
        latest = now - timedelta(minutes=min(kinds.values()))
        query = (select(Booking, Room.kind).join(Room, col(Room.id) == Booking.room_id)
                 .where(col(Booking.status).in_([BookingStatus.CONFIRMED]),
                        Booking.start_at > horizon, Booking.start_at <= latest,
                        col(Room.kind).in_(list(kinds))))
        if rooms is not None:
            query = query.where(col(Booking.room_id).in_(rooms))
        if session is None:
            with read_session(self.engine) as reader:
                rows = list(reader.exec(query))
        else:
            rows = list(session.exec(query))
        return [b for b, kind in rows if b.start_at + timedelta(minutes=kinds[kind] or 0) <= now]

    def _no_show_due(self, now: datetime, rooms: list[int] | None,
                     reader: QuickRead | None = None) -> bool:
        """Whether some no-show is due for release. Asked before every read, so plain rows
        and no ORM objects: most reads find none due (reader: a read already open)."""
        if reader is None:
            with quick_read(self.engine) as own:
                return self._no_show_due(now, rooms, own)
        probe = self.no_show_probe(now, rooms)
        return probe is not None and bool(reader.rows(*probe))

    @staticmethod
    def no_show_probe(now: datetime, rooms: Iterable[int] | None
                      ) -> tuple[str, dict[str, Any]] | None:
        """The SELECT (at most one row) that finds a no-show due for release in these rooms
        (None: all), with its parameters; None when no room kind releases no-shows."""
        kinds = tuple((kind, policy.no_show_grace_min) for kind, policy in graced_kinds()
                      if policy.no_show_grace_min is not None)
        ids = None if rooms is None else tuple(sorted({int(r) for r in rooms}))
        if not kinds or ids == ():
            return None
        sql, fixed = _no_show_sql(ids, kinds)
        moment = to_epoch(now)
        return sql, {"horizon": moment - 2 * 86400,
                     "latest": moment - min(grace for _kind, grace in kinds) * 60,
                     "moment": moment, **fixed}

