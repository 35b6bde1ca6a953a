"""Recurring bookings: create with a preview, edit one / this and following / all, cancel.

Occurrences are ordinary bookings linked to their series by id and by the local date they were
generated for. Editing one occurrence detaches it; series edits leave detached occurrences (and
dates skipped on purpose) exactly as they were.
"""

from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.agenda import views_of
from booking.db import read_session, write_session
from booking.engine import BookingService, check_attendees, check_span
from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.lookups import (
    MAX_TITLE,
    actor_account,
    add_audit,
    bookable_room,
    clean_text,
    find_room,
    organization_named,
)
from booking.models import (
    ACTIVE_STATUSES,
    Account,
    Booking,
    BookingStatus,
    Organization,
    Role,
    Room,
    Series,
    SeriesExdate,
)
from booking.policy import policy_for
from booking.recurrence import RepeatRule, expand, normalise, parse_rule, rule_until
from booking.rules import Proposal, RuleBook
from booking.timeutil import BUILDING_TZ, hhmm, local, utc_now
from booking.views import BookingView, Change, change_of

CLOSING_RULES = ("holiday", "closure")
OVERRIDE_ROLES = (Role.MANAGER, Role.ADMIN)


@dataclass(frozen=True)
class Occurrence:
    """One date of a series and what would happen to it."""

    day: date
    start: datetime
    end: datetime
    verdict: str  # free, conflict, closed, refused, skipped, kept
    detail: str = ""
    clash_id: int | None = None
    booking_id: int | None = None

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "start": local(self.start).isoformat(),
                "end": local(self.end).isoformat(), "verdict": self.verdict,
                "detail": self.detail or None, "clash_id": self.clash_id,
                "booking_id": self.booking_id}

    def line(self) -> str:
        text = f"{self.day:%a %d %b %Y} {hhmm(self.start)}–{hhmm(self.end)}  {self.verdict}"
        return f"{text}: {self.detail}" if self.detail else text


class _DryRun(Exception):
    """Raised inside a transaction to roll back a rehearsal, carrying what it would do."""

    def __init__(self, outcome: "SeriesOutcome") -> None:
        super().__init__("dry run")
        self.outcome = outcome


class SeriesConflict(ConflictError):
    """Some occurrences clash with other bookings; the preview says which."""

    def __init__(self, message: str, preview: tuple[Occurrence, ...]) -> None:
        super().__init__(message, clashing_ids=tuple(o.clash_id for o in preview
                                                     if o.clash_id is not None))
        self.preview = preview


class SeriesRefused(RuleRefused):
    """Some occurrences are refused by a rule; the preview says which."""

    def __init__(self, message: str, preview: tuple[Occurrence, ...], rule: str) -> None:
        super().__init__(message, rule=rule)
        self.preview = preview


@dataclass(frozen=True)
class SeriesOutcome:
    """What creating or editing a series did (or, for a preview, would do)."""

    series_id: int | None
    preview: tuple[Occurrence, ...]
    created: tuple[BookingView, ...] = ()
    updated: tuple[BookingView, ...] = ()
    cancelled: tuple[BookingView, ...] = ()
    skipped: tuple[Occurrence, ...] = ()
    change: Change = field(default_factory=lambda: Change("series"))


@dataclass(frozen=True)
class SeriesInfo:
    """A series with its occurrences and skipped dates."""

    id: int
    room: str
    rule: str
    first_start: datetime
    duration_min: int
    title: str
    organization: str | None
    attendees: int
    active: bool
    split_from_id: int | None
    occurrences: tuple[BookingView, ...]
    skipped: tuple[tuple[date, str], ...]

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "room": self.room, "rule": self.rule,
                "first_start": self.first_start.isoformat(), "duration_min": self.duration_min,
                "title": self.title, "organization": self.organization,
                "attendees": self.attendees, "active": self.active,
                "split_from_id": self.split_from_id,
                "occurrences": [o.to_json() for o in self.occurrences],
                "skipped": [{"date": d.isoformat(), "reason": r} for d, r in self.skipped]}


@dataclass(frozen=True)
class _Params:
    """What every regular occurrence of a series looks like."""

    room: Room
    rule: RepeatRule
    duration: timedelta
    title: str
    organization_id: int | None
    attendees: int
    layout: str | None
    notes: str
    contact_name: str
    contact_phone: str


class SeriesService:
    """Use cases of recurring bookings; each is one transaction."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.now = now
        self.bookings = BookingService(engine, now=now)

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

    # ----- creating ---------------------------------------------------------------------------

    def _params(self, session: Session, account: Account, *, room: str | int, start: datetime,
                end: datetime, rule: str, title: str, organization: str | None,
                attendees: int, layout: str | None, notes: str, contact_name: str,
                contact_phone: str) -> _Params:
        check_span(start, end)
        target = bookable_room(session, room)
        org = organization_named(session, organization, account, self.now())
        return _Params(
            room=target, rule=parse_rule(rule, start), duration=end - start,
            title=clean_text(title, what="title", limit=MAX_TITLE, required=True),
            organization_id=org.id if org else None, attendees=check_attendees(attendees),
            layout=clean_text(layout, what="layout", limit=40) or None if layout else None,
            notes=clean_text(notes, what="notes", limit=4000),
            contact_name=clean_text(contact_name, what="contact name", limit=MAX_TITLE),
            contact_phone=clean_text(contact_phone, what="contact phone", limit=60))

    def _may_override(self, account: Account, reason: str | None) -> bool:
        if reason is None:
            return False
        if not reason.strip():
            raise BadInput("an override needs a reason")
        if account.role not in OVERRIDE_ROLES:
            raise NotPermitted("only a manager may override a rule")
        return True

    def preview(self, *, room: str | int, start: datetime, end: datetime, rule: str,
                attendees: int = 0, organization: str | None = None,
                layout: str | None = None) -> tuple[Occurrence, ...]:
        """Every date of a would-be series with its verdict; writes nothing."""
        with read_session(self.engine) as session:
            target = find_room(session, room)
            check_span(start, end)
            org = None
            if organization:
                org = session.exec(select(Organization).where(
                    Organization.name == organization.strip())).first()
            params = _Params(target, parse_rule(rule, start), end - start, "preview",
                             org.id if org else None, check_attendees(attendees), layout, "",
                             "", "")
            return tuple(self._judge(session, params, params.rule.starts(), (),
                                     RuleBook(session, now=self.now())))

    def create(self, *, actor: str | int, room: str | int, start: datetime, end: datetime,
               rule: str, title: str, organization: str | None = None, attendees: int = 0,
               layout: str | None = None, notes: str = "", contact_name: str = "",
               contact_phone: str = "", skip_dates: Iterable[date] = (),
               skip_conflicts: bool = False, override_reason: str | None = None) -> SeriesOutcome:
        """Create every chosen occurrence or none: one transaction."""
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            params = self._params(session, account, room=room, start=start, end=end, rule=rule,
                                  title=title, organization=organization, attendees=attendees,
                                  layout=layout, notes=notes, contact_name=contact_name,
                                  contact_phone=contact_phone)
            may_override = self._may_override(account, override_reason)
            judged = self._judge(session, params, params.rule.starts(), (),
                                 RuleBook(session, now=now))
            book, skipped = self._decide(judged, skip_dates=set(skip_dates),
                                         skip_conflicts=skip_conflicts,
                                         may_override=may_override)
            series = self._new_series(session, params, account, now)
            created = [self._insert(session, series, params, o, account, now,
                                    override_reason if o.verdict == "refused" else None)
                       for o in book]
            self._record_skips(session, series, skipped)
            assert series.id is not None
            add_audit(session, account, now, "series.created", "series", series.id, None,
                      {"rule": series.rule, "first_start": series.first_start_local,
                       "room": params.room.code, "created": len(created),
                       "skipped": [o.day.isoformat() for o in skipped]},
                      override_reason or "")
            views = tuple(views_of(session, created))
        return SeriesOutcome(series.id, tuple(judged), created=views, skipped=tuple(skipped),
                             change=change_of("series_created", views, ()))

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

    # ----- editing ----------------------------------------------------------------------------

    def _series(self, session: Session, series_id: int) -> Series:
        series = session.get(Series, series_id)
        if series is None:
            raise BadInput(f"there is no series #{series_id}")
        return series

    def _occurrences(self, session: Session, series_id: int,
                     since: date | None = None) -> list[Booking]:
        query = select(Booking).where(Booking.series_id == series_id)
        if since is not None:
            query = query.where(col(Booking.occurrence_date) >= since.isoformat())
        return sorted(session.exec(query), key=lambda b: (b.occurrence_date or "", b.id or 0))

    def _today(self) -> date:
        return local(self.now()).date()

    def edit(self, *, actor: str | int, series_id: int, scope: str = "all",
             from_date: date | None = None, room: str | int | None = None,
             start_time: time | None = None, duration_min: int | None = None,
             rule: str | None = None, title: str | None = None,
             organization: str | None = None, attendees: int | None = None,
             notes: str | None = None, skip_dates: Iterable[date] = (),
             skip_conflicts: bool = False, override_reason: str | None = None,
             dry_run: bool = False) -> SeriesOutcome:
        """Change the whole series ('all', from today on) or 'following' a date (a split).

        Occurrences edited on their own and dates skipped earlier stay as they are. With
        dry_run, everything is worked out and checked, then rolled back.
        """
        try:
            return self._edit(actor=actor, series_id=series_id, scope=scope,
                              from_date=from_date, room=room, start_time=start_time,
                              duration_min=duration_min, rule=rule, title=title,
                              organization=organization, attendees=attendees, notes=notes,
                              skip_dates=skip_dates, skip_conflicts=skip_conflicts,
                              override_reason=override_reason, dry_run=dry_run)
        except _DryRun as rehearsal:
            return rehearsal.outcome

    def _edit(self, *, actor: str | int, series_id: int, scope: str, from_date: date | None,
              room: str | int | None, start_time: time | None, duration_min: int | None,
              rule: str | None, title: str | None, organization: str | None,
              attendees: int | None, notes: str | None, skip_dates: Iterable[date],
              skip_conflicts: bool, override_reason: str | None,
              dry_run: bool) -> SeriesOutcome:
        if scope not in ("all", "following"):
            raise BadInput("scope must be 'all' or 'following' (edit one occurrence as a "
                           "booking)")
        now = self.now()
        today = self._today()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            may_override = self._may_override(account, override_reason)
            series = self._series(session, series_id)
            if not series.active:
                raise RuleRefused(f"series #{series_id} has ended", rule="status")
            old = self._current_params(session, series)
            first_day = old.rule.first_start.date()
            if scope == "following":
                if from_date is None:
                    raise BadInput("say from which date: --from DATE")
                if from_date < today:
                    raise RuleRefused("the past cannot be changed; choose a date from today on",
                                      rule="past")
                if from_date <= first_day:
                    scope = "all"
            since = max(today, first_day) if scope == "all" else from_date
            assert since is not None
            params = self._edited_params(session, account, old, since, room=room,
                                         start_time=start_time, duration_min=duration_min,
                                         rule=rule, title=title, organization=organization,
                                         attendees=attendees, notes=notes,
                                         split=scope == "following")
            target = series
            if scope == "following":
                target = self._split(session, series, params, since, account, now)
            else:
                self._store_params(series, params, now)
            outcome = self._regenerate(session, target, params, since, account, now,
                                       skip_dates=set(skip_dates),
                                       skip_conflicts=skip_conflicts,
                                       may_override=may_override, reason=override_reason)
            add_audit(session, account, now, "series.edited", "series", target.id, None,
                      {"scope": scope, "from": since.isoformat(), "rule": target.rule,
                       "created": len(outcome.created), "updated": len(outcome.updated),
                       "cancelled": len(outcome.cancelled)}, override_reason or "")
            if dry_run:
                raise _DryRun(outcome)
        return outcome

    def _current_params(self, session: Session, series: Series) -> _Params:
        room = find_room(session, series.room_id)
        first = datetime.fromisoformat(series.first_start_local).replace(tzinfo=BUILDING_TZ)
        return _Params(room, RepeatRule(series.rule, first), timedelta(
            minutes=series.duration_min), series.title, series.organization_id,
            series.attendees, series.layout, series.notes, series.contact_name,
            series.contact_phone)

    def _edited_params(self, session: Session, account: Account, old: _Params, since: date, *,
                       room: str | int | None, start_time: time | None,
                       duration_min: int | None, rule: str | None, title: str | None,
                       organization: str | None, attendees: int | None, notes: str | None,
                       split: bool) -> _Params:
        target = bookable_room(session, room) if room is not None else old.room
        clock = start_time or old.rule.first_start.timetz().replace(tzinfo=None)
        duration = timedelta(minutes=duration_min) if duration_min is not None else old.duration
        if duration <= timedelta(0):
            raise BadInput("the length must be positive")
        text = rule if rule is not None else old.rule.text
        if split or rule is not None:
            anchor_day = since if split else old.rule.first_start.date()
            if rule is None and "COUNT=" in text:
                remaining = len(old.rule.starts(since=since))
                text = ";".join(p if not p.startswith("COUNT=") else f"COUNT={remaining}"
                                for p in text.split(";"))
            anchor = datetime.combine(anchor_day, clock, tzinfo=BUILDING_TZ)
            probe = parse_first(text, anchor)
            new_rule = parse_rule(text, probe)
        else:
            first = datetime.combine(old.rule.first_start.date(), clock, tzinfo=BUILDING_TZ)
            new_rule = parse_rule(text, first)
        org_id = old.organization_id
        if organization is not None:
            org = organization_named(session, organization, account, self.now())
            org_id = org.id if org else None
        return replace(
            old, room=target, rule=new_rule, duration=duration,
            title=clean_text(title, what="title", limit=MAX_TITLE, required=True)
            if title is not None else old.title, organization_id=org_id,
            attendees=check_attendees(attendees) if attendees is not None else old.attendees,
            notes=clean_text(notes, what="notes", limit=4000) if notes is not None
            else old.notes)

    def _store_params(self, series: Series, params: _Params, now: datetime) -> None:
        series.room_id = params.room.id or series.room_id
        series.rule = params.rule.text
        series.first_start_local = params.rule.first_start.replace(tzinfo=None).isoformat(
            timespec="seconds")
        series.duration_min = int(params.duration.total_seconds() // 60)
        series.title, series.organization_id = params.title, params.organization_id
        series.attendees, series.notes = params.attendees, params.notes
        series.version += 1
        series.updated_at = now

    def _split(self, session: Session, series: Series, params: _Params, since: date,
               account: Account, now: datetime) -> Series:
        """End the series the day before `since` and continue it as a new one."""
        newer = self._new_series(session, params, account, now, split_from=series.id)
        series.rule = rule_until(series.rule, since - timedelta(days=1))
        series.version += 1
        series.updated_at = now
        session.add(series)
        for booking in self._occurrences(session, series.id or 0, since):
            booking.series_id = newer.id
            session.add(booking)
        for exdate in session.exec(select(SeriesExdate).where(
                SeriesExdate.series_id == series.id,
                col(SeriesExdate.occurrence_date) >= since.isoformat())):
            session.add(SeriesExdate(series_id=newer.id or 0,
                                     occurrence_date=exdate.occurrence_date,
                                     reason=exdate.reason))
            session.delete(exdate)
        session.flush()
        add_audit(session, account, now, "series.split", "series", series.id, None,
                  {"continued_as": newer.id, "from": since.isoformat()}, "")
        return newer

    def _regenerate(self, session: Session, series: Series, params: _Params, since: date,
                    account: Account, now: datetime, *, skip_dates: set[date],
                    skip_conflicts: bool, may_override: bool,
                    reason: str | None) -> SeriesOutcome:
        """Bring the occurrences from `since` in line with the series, keeping exceptions."""
        existing = {b.occurrence_date: b for b in self._occurrences(session, series.id or 0,
                                                                   since)}
        exdates = {e.occurrence_date for e in session.exec(select(SeriesExdate).where(
            SeriesExdate.series_id == series.id))}
        starts = [s for s in params.rule.starts(since=since)
                  if s.date().isoformat() not in exdates]
        # Exceptions and what has already begun stay as they are.
        kept = [b for b in existing.values()
                if b.detached or b.status not in ACTIVE_STATUSES or b.start_at < now]
        kept_dates = {b.occurrence_date for b in kept}
        regular = {d: b for d, b in existing.items() if d not in kept_dates}
        starts = [s for s in starts if s.date().isoformat() not in kept_dates and s >= now]
        judged = self._judge(session, params, starts, {b.id for b in regular.values()
                                                       if b.id is not None},
                             RuleBook(session, now=now))
        book, skipped = self._decide(judged, skip_dates=skip_dates,
                                     skip_conflicts=skip_conflicts, may_override=may_override)
        wanted = {o.day.isoformat(): o for o in book}
        befores = {b.id: self.bookings.view(session, b) for b in regular.values()}
        # Lift the regular occurrences out of the way first, so shifting them past each other
        # never trips the overlap guard halfway through.
        for booking in regular.values():
            booking.status = BookingStatus.CANCELLED
            session.add(booking)
        session.flush()
        created, updated, cancelled = [], [], []
        policy = policy_for(params.room.kind)
        for day, booking in regular.items():
            occurrence = wanted.pop(day or "", None)
            before = befores[booking.id]
            if occurrence is None:
                booking.cancelled_at = now
                booking.cancel_reason = "no longer part of the series after a change"
                cancelled.append(self._record(session, booking, before, account, now,
                                              "booking.cancelled", booking.cancel_reason))
                continue
            booking.status = before.status
            booking.room_id = params.room.id or booking.room_id
            booking.start_at, booking.end_at = occurrence.start, occurrence.end
            booking.buffer_before_min = policy.buffer_before_min
            booking.buffer_after_min = policy.buffer_after_min
            booking.title, booking.organization_id = params.title, params.organization_id
            booking.attendees, booking.notes = params.attendees, params.notes
            session.add(booking)
            self.bookings.flush_guarded(session, params.room)
            after = self.bookings.view(session, booking)
            if after.audit_state() != before.audit_state():
                updated.append(self._record(session, booking, before, account, now,
                                            "booking.changed", f"series #{series.id} edited"))
        for occurrence in wanted.values():
            booking = self._insert(session, series, params, occurrence, account, now,
                                   reason if occurrence.verdict == "refused" else None)
            created.append(self.bookings.view(session, booking))
        self._record_skips(session, series, skipped)
        preview = tuple(sorted(judged + [
            Occurrence(date.fromisoformat(b.occurrence_date or "1970-01-01"), b.start_at,
                       b.end_at, "kept", "changed on its own earlier; left as it is",
                       booking_id=b.id) for b in kept], key=lambda o: o.day))
        return SeriesOutcome(series.id, preview, tuple(created), tuple(updated),
                             tuple(cancelled), tuple(skipped),
                             change_of("series_edited", tuple(created) + tuple(updated)
                                     + tuple(cancelled), tuple(befores.values())))

    # ----- cancelling, converting, reading ------------------------------------------------------

    def cancel(self, *, actor: str | int, series_id: int, from_date: date | None = None,
               reason: str = "series cancelled") -> SeriesOutcome:
        """Cancel every occurrence from a date (default: from today), exceptions included."""
        reason = clean_text(reason, what="reason", limit=4000, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            series = self._series(session, series_id)
            since = max(from_date or self._today(), self._today())
            first_day = datetime.fromisoformat(series.first_start_local).date()
            cancelled, befores = [], []
            for booking in self._occurrences(session, series_id, since):
                if booking.status not in ACTIVE_STATUSES:
                    continue
                before = self.bookings.view(session, booking)
                booking.status = BookingStatus.CANCELLED
                booking.cancelled_at = now
                booking.cancel_reason = reason
                cancelled.append(self._record(session, booking, before, account, now,
                                              "booking.cancelled", reason))
                befores.append(before)
            if since <= first_day:
                series.active = False
            else:
                series.rule = rule_until(series.rule, since - timedelta(days=1))
            series.version += 1
            series.updated_at = now
            session.add(series)
            add_audit(session, account, now, "series.cancelled", "series", series.id, None,
                      {"from": since.isoformat(), "cancelled": len(cancelled)}, reason)
        return SeriesOutcome(series_id, (), cancelled=tuple(cancelled),
                             change=change_of("series_cancelled", tuple(cancelled),
                                            tuple(befores)))

    def make_series(self, *, actor: str | int, booking_id: int, rule: str,
                    skip_dates: Iterable[date] = (), skip_conflicts: bool = False,
                    override_reason: str | None = None) -> SeriesOutcome:
        """Turn one booking into the first occurrence of a new series."""
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise BadInput(f"there is no booking #{booking_id}")
            if booking.series_id is not None:
                raise RuleRefused(f"booking #{booking_id} already belongs to series "
                                  f"#{booking.series_id}", rule="series")
            if booking.status not in ACTIVE_STATUSES:
                raise RuleRefused(f"booking #{booking_id} is {booking.status}", rule="status")
            room = find_room(session, booking.room_id)
            params = _Params(room, parse_rule(rule, booking.start_at),
                             booking.end_at - booking.start_at, booking.title,
                             booking.organization_id, booking.attendees, booking.layout,
                             booking.notes, booking.contact_name, booking.contact_phone)
            may_override = self._may_override(account, override_reason)
            starts = params.rule.starts()[1:]
            judged = self._judge(session, params, starts, (), RuleBook(session, now=now))
            book, skipped = self._decide(judged, skip_dates=set(skip_dates),
                                         skip_conflicts=skip_conflicts,
                                         may_override=may_override)
            series = self._new_series(session, params, account, now)
            before = self.bookings.view(session, booking)
            booking.series_id = series.id
            booking.occurrence_date = local(booking.start_at).date().isoformat()
            self._record(session, booking, before, account, now, "booking.changed",
                         f"became the first of series #{series.id}")
            created = [self._insert(session, series, params, o, account, now,
                                    override_reason if o.verdict == "refused" else None)
                       for o in book]
            self._record_skips(session, series, skipped)
            add_audit(session, account, now, "series.created", "series", series.id, None,
                      {"rule": series.rule, "from_booking": booking_id,
                       "created": len(created)}, override_reason or "")
            views = tuple(views_of(session, created))
            first = Occurrence(local(booking.start_at).date(), booking.start_at,
                               booking.end_at, "kept", "the booking it was made from",
                               booking_id=booking.id)
        return SeriesOutcome(series.id, (first, *judged), created=views,
                             skipped=tuple(skipped), change=change_of("series_created", views, ()))

    def show(self, series_id: int) -> SeriesInfo:
        """A series with all its occurrences and skipped dates."""
        with read_session(self.engine) as session:
            series = self._series(session, series_id)
            room = find_room(session, series.room_id)
            org = session.get(Organization, series.organization_id) \
                if series.organization_id else None
            occurrences = tuple(views_of(session, self._occurrences(session, series_id)))
            skipped = tuple(sorted(
                (date.fromisoformat(e.occurrence_date), e.reason) for e in session.exec(
                    select(SeriesExdate).where(SeriesExdate.series_id == series_id))))
            return SeriesInfo(
                series_id, room.code, series.rule,
                datetime.fromisoformat(series.first_start_local).replace(tzinfo=BUILDING_TZ),
                series.duration_min, series.title, org.name if org else None,
                series.attendees, series.active, series.split_from_id, occurrences, skipped)

    def occurrence(self, series_id: int, day: date) -> BookingView:
        """The booking of a series on a local date."""
        with read_session(self.engine) as session:
            found = session.exec(select(Booking).where(
                Booking.series_id == series_id,
                Booking.occurrence_date == day.isoformat())).first()
            if found is None:
                raise BadInput(f"series #{series_id} has no occurrence on {day:%a %d %b %Y}")
            return views_of(session, [found])[0]


def parse_first(rule: str, anchor: datetime) -> datetime:
    """The first occurrence of a rule on or after an anchor (the anchor's time of day)."""
    starts = expand(normalise(rule), anchor)
    return starts[0]

