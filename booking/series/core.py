"""Shared machinery of recurring bookings: judging dates, inserting and recording occurrences."""

from collections.abc import Callable, Collection, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.engine import BookingService
from booking.errors import BadInput, ConflictError, RuleRefused
from booking.i18n import N_, _, current_language, ngettext, set_language
from booking.lookups import AuditItem, add_audit, add_audits
from booking.permissions import Action, Actor, require, require_owner
from booking.policy import policy_for
from booking.queries import views_by_ids
from booking.rules import Proposal, RuleBook
from booking.series.types import Occurrence, SeriesConflict, SeriesRefused, _Params
from booking.store.db import Source, fast_exec_many, fast_insert
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Organization,
    Series,
)
from booking.timeutil import hhmm, local, short_day, to_epoch, utc_now
from booking.views import BookingView

CLOSING_RULES = ("holiday", "closure")
SKIPPED_ON_REQUEST = N_("skipped on request")
_SERIES_COLUMNS = ("room_id", "rule", "first_start_local", "duration_min", "title",
                   "organization_id", "attendees", "layout", "notes", "contact_name",
                   "contact_phone", "split_from_id", "active", "created_by_id", "created_at",
                   "updated_at", "version")
_INSERT_SERIES = (f"INSERT INTO series ({', '.join(_SERIES_COLUMNS)}) VALUES "
                  f"({', '.join(':' + name for name in _SERIES_COLUMNS)})")


@contextmanager
def _in_english() -> Iterator[None]:
    """Speak English for a moment: what a skipped date's reason is stored as."""
    shown = current_language()
    set_language("en")
    try:
        yield
    finally:
        set_language(shown)


def _first_start_local(params: _Params) -> str:
    """The series' first start as it is kept: local wall-clock time, to the second."""
    return params.rule.first_start.replace(tzinfo=None).isoformat(timespec="seconds")


def _booked_text(other: BookingView) -> str:
    """What stands in a date's way, in the language spoken."""
    return _("{room} is booked {start}–{end}: '{title}' (booking #{id})").format(
        room=other.room_name_in(current_language()), start=hhmm(other.start),
        end=hhmm(other.end), title=other.title, id=other.id)


class _SeriesCore:
    """Helpers shared by creating and editing series; every one runs inside a caller's session."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now,
                 bookings: BookingService | None = None) -> None:
        self.engine = engine
        self.now = now
        self.bookings = bookings or BookingService(engine, now=now)

    # ----- judging occurrences --------------------------------------------------------------

    def _judge(self, session: Source, params: _Params, starts: list[datetime],
               replacing: Collection[int], rules: RuleBook) -> list[Occurrence]:
        policy = policy_for(params.room.kind)
        occupied = [(s - timedelta(minutes=policy.buffer_before_min),
                     s + params.duration + timedelta(minutes=policy.buffer_after_min))
                    for s in starts]
        for (_start_a, end_a), (start_b, _end_b), first in zip(occupied, occupied[1:], starts, strict=False):
            if start_b < end_a:
                raise RuleRefused(_("the repeats overlap each other (from {day}); shorten the "
                                    "booking or space the repeats further apart").format(
                                        day=short_day(first.date())), rule="series_overlap")
        if starts:
            # Closures, terms and the building's hours for the whole run in a few queries,
            # not a few per date.
            rules.prefetch(min(starts), max(starts) + params.duration)
        # Every date's conflict check in one statement (on a server, one round trip).
        in_the_way = self.bookings.clash_ids_of_spans(
            session, room_id=params.room.id or 0,
            spans=[(start, start + params.duration) for start in starts],
            buffer_before_min=policy.buffer_before_min,
            buffer_after_min=policy.buffer_after_min)
        # The bookings in the way of any date, with their rooms' names, in one read for the run.
        wanted = sorted({i for ids in in_the_way for i in ids if i not in replacing})
        others = {view.id: view for view in views_by_ids(session, wanted)}
        judged = []
        for start, clash_ids in zip(starts, in_the_way, strict=True):
            end = start + params.duration
            proposal = Proposal(params.room, start, end, params.attendees, params.layout,
                                params.organization_id)
            refusals = rules.refusals(proposal)
            closing = [r for r in refusals if r.rule in CLOSING_RULES]
            if closing:
                judged.append(Occurrence(start.date(), start, end, "closed", closing[0].message,
                                         record=self._english_refusal(rules, proposal, True)))
                continue
            clash_ids = [i for i in clash_ids if i not in replacing]
            if clash_ids:
                other = min((others[i] for i in clash_ids), key=lambda b: b.start)
                record = ""
                if current_language() != "en":
                    with _in_english():
                        record = _booked_text(other)
                judged.append(Occurrence(start.date(), start, end, "conflict",
                                         _booked_text(other), other.id, record=record))
                continue
            if refusals:
                judged.append(Occurrence(start.date(), start, end, "refused",
                                         refusals[0].message,
                                         record=self._english_refusal(rules, proposal, False)))
                continue
            judged.append(Occurrence(start.date(), start, end, "free"))
        return judged

    @staticmethod
    def _english_refusal(rules: RuleBook, proposal: Proposal, closing: bool) -> str:
        """The first (closing) refusal of a proposal in English, to store with a skipped date;
        empty when the shown language is English (the detail is already that)."""
        if current_language() == "en":
            return ""
        with _in_english():
            found = [r for r in rules.refusals(proposal)
                     if not closing or r.rule in CLOSING_RULES]
        return found[0].message if found else ""

    def _decide(self, judged: list[Occurrence], *, skip_dates: set[date], skip_conflicts: bool,
                may_override: bool) -> tuple[list[Occurrence], list[Occurrence]]:
        """Split judged occurrences into those to book and those skipped; refuse the rest."""
        dates = {o.day for o in judged}
        unknown = sorted(skip_dates - dates)
        if unknown:
            raise BadInput(_("{day} is not one of the series' dates").format(
                day=short_day(unknown[0])))
        book, skipped, blocking = [], [], []
        for occurrence in judged:
            if occurrence.day in skip_dates:
                skipped.append(replace(occurrence, verdict="skipped",
                                       detail=occurrence.detail or _(SKIPPED_ON_REQUEST),
                                       record=occurrence.record or (
                                           "" if occurrence.detail else SKIPPED_ON_REQUEST)))
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
            listed = "; ".join(f"{short_day(o.day, year=False)}: {o.detail}"
                               for o in blocking[:3])
            if len(blocking) > 3:
                listed = ngettext("{listed} (and {n} more)", "{listed} (and {n} more)",
                                  len(blocking) - 3).format(listed=listed, n=len(blocking) - 3)
            message = _("{n} of {total} dates cannot be booked — {listed}; skip them (--skip "
                        "DATE or --skip-conflicts) or change the series").format(
                            n=len(blocking), total=len(judged), listed=listed)
            if any(o.verdict == "conflict" for o in blocking):
                raise SeriesConflict(message, preview)
            raise SeriesRefused(message, preview, rule="series")
        if not book:
            raise BadInput(_("no date of the series is left to book"))
        return book, skipped

    def _may_override(self, account: Actor, reason: str | None) -> bool:
        if reason is None:
            return False
        if not reason.strip():
            raise BadInput(_("an override needs a reason"))
        require(account, Action.OVERRIDE)
        return True

    def _require_series(self, session: Session, account: Account, action: Action,
                        series: Series) -> None:
        """Refuse unless the account may do the action to this series (organizers: their
        own or their organization's)."""
        org = session.get(Organization, series.organization_id) \
            if series.organization_id else None
        require_owner(account, action, booked_by_id=series.created_by_id,
                      organization_id=series.organization_id,
                      belongs_to=org.name if org else "")

    def _new_series(self, session: Session, params: _Params, account: Actor, now: datetime,
                    split_from: int | None = None) -> Series:
        """_series_row, as the session's object (an edit goes on changing it)."""
        series = session.get(Series, self._series_row(session, params, account, now, split_from))
        assert series is not None
        return series

    @staticmethod
    def _series_row(source: Source, params: _Params, account: Actor, now: datetime,
                    split_from: int | None = None) -> int:
        """Write a new series (a plain INSERT: the series is the head of a write that is mostly
        its dates); its id."""
        return fast_insert(source, _INSERT_SERIES, {
            "room_id": params.room.id or 0, "rule": params.rule.text,
            "first_start_local": _first_start_local(params),
            "duration_min": int(params.duration.total_seconds() // 60), "title": params.title,
            "organization_id": params.organization_id, "attendees": params.attendees,
            "layout": params.layout, "notes": params.notes,
            "contact_name": params.contact_name, "contact_phone": params.contact_phone,
            "split_from_id": split_from, "active": True, "created_by_id": account.id,
            "created_at": to_epoch(now), "updated_at": to_epoch(now), "version": 1})

    def _insert_all(self, session: Source, series_id: int, params: _Params,
                    occurrences: list[Occurrence], account: Actor, now: datetime,
                    override: str | None) -> list[BookingView]:
        """Write occurrences (plain INSERTs through the overlap guard), read them back in one
        query and audit each, the trail's end read and recorded once. `override` is noted on
        the dates a rule refused."""
        policy = policy_for(params.room.kind)
        ids = self.bookings.insert_rows(session, params.room, [{
            "room_id": params.room.id or 0, "start_at": occurrence.start,
            "end_at": occurrence.end, "title": params.title, "status": BookingStatus.CONFIRMED,
            "layout": params.layout, "attendees": params.attendees,
            "organization_id": params.organization_id, "booked_by_id": account.id,
            "contact_name": params.contact_name, "contact_phone": params.contact_phone,
            "notes": params.notes, "created_at": now, "updated_at": now,
            "buffer_before_min": policy.buffer_before_min,
            "buffer_after_min": policy.buffer_after_min, "series_id": series_id,
            "occurrence_date": occurrence.day.isoformat()} for occurrence in occurrences])
        views = self.bookings.views_of_ids(session, ids)
        add_audits(session, [
            AuditItem(account, now, "booking.created", "booking", view.id, None,
                      view.audit_state(), f"series #{series_id}" + (
                          f"; override: {override}" if override and o.verdict == "refused"
                          else ""))
            for view, o in zip(views, occurrences, strict=True)])
        return views

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

    def _record_skips(self, session: Source, series_id: int,
                      skipped: Iterable[Occurrence]) -> None:
        """Keep the dates a series leaves out (a date already kept keeps its first reason)."""
        rows = [{"series": series_id, "day": o.day.isoformat(),
                 "reason": (o.record or o.detail)[:500]} for o in skipped]
        if rows:
            fast_exec_many(session, (
                "INSERT INTO series_exdate (series_id, occurrence_date, reason) VALUES "
                "(:series, :day, :reason) ON CONFLICT DO NOTHING"), rows)

    # ----- reading within a transaction ------------------------------------------------------

    def _series(self, session: Session, series_id: int,
                expected_version: int | None = None) -> Series:
        series = session.get(Series, series_id)
        if series is None:
            raise BadInput(_("there is no series #{id}").format(id=series_id))
        if expected_version is not None and series.version != expected_version:
            raise ConflictError(_("series #{id} was changed by someone else in the meantime; "
                                  "look at it again before changing it").format(id=series_id))
        return series

    def _occurrences(self, session: Session, series_id: int,
                     since: date | None = None) -> list[Booking]:
        query = select(Booking).where(Booking.series_id == series_id)
        if since is not None:
            query = query.where(col(Booking.occurrence_date) >= since.isoformat())
        return sorted(session.exec(query), key=lambda b: (b.occurrence_date or "", b.id or 0))

    def _today(self) -> date:
        return local(self.now()).date()
