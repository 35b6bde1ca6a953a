"""Editing recurring bookings: change the whole series or split it from a date."""

from collections.abc import Iterable
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from sqlmodel import Session, col, select

from booking.booking_rows import check_attendees
from booking.errors import BadInput, RuleRefused
from booking.i18n import N_, _
from booking.lookups import (
    MAX_TITLE,
    actor_account,
    add_audit,
    bookable_room,
    clean_text,
    find_room,
    organization_for,
)
from booking.permissions import Action, require
from booking.policy import policy_for
from booking.rules import RuleBook
from booking.series.core import _first_start_local, _SeriesCore
from booking.series.recurrence import RepeatRule, expand, normalise, parse_rule, rule_until
from booking.series.types import Occurrence, SeriesOutcome, _DryRun, _Params
from booking.store.db import write_session
from booking.store.models import (
    ACTIVE_STATUSES,
    Account,
    BookingStatus,
    Series,
    SeriesExdate,
)
from booking.timeutil import BUILDING_TZ
from booking.views import change_of


class SeriesEditing(_SeriesCore):
    """The edit use case of SeriesService and the machinery behind it."""

    def edit(self, *, actor: str | int, series_id: int, scope: str = "all",
             from_date: date | None = None, room: str | int | None = None,
             start_time: time | None = None, duration_min: int | None = None,
             rule: str | None = None, title: str | None = None,
             organization: str | None = None, attendees: int | None = None,
             notes: str | None = None, skip_dates: Iterable[date] = (),
             skip_conflicts: bool = False, override_reason: str | None = None,
             dry_run: bool = False, expected_version: int | None = None) -> SeriesOutcome:
        """Change the whole series ('all', from today on) or 'following' a date (a split).

        Occurrences edited on their own and dates skipped earlier stay as they are. With
        dry_run, everything is worked out and checked, then rolled back. expected_version:
        the series' version the person looked at; another is refused.
        """
        try:
            return self._edit(actor=actor, series_id=series_id, scope=scope,
                              from_date=from_date, room=room, start_time=start_time,
                              duration_min=duration_min, rule=rule, title=title,
                              organization=organization, attendees=attendees, notes=notes,
                              skip_dates=skip_dates, skip_conflicts=skip_conflicts,
                              override_reason=override_reason, dry_run=dry_run,
                              expected_version=expected_version)
        except _DryRun as rehearsal:
            return rehearsal.outcome

    def _edit(self, *, actor: str | int, series_id: int, scope: str, from_date: date | None,
              room: str | int | None, start_time: time | None, duration_min: int | None,
              rule: str | None, title: str | None, organization: str | None,
              attendees: int | None, notes: str | None, skip_dates: Iterable[date],
              skip_conflicts: bool, override_reason: str | None,
              dry_run: bool, expected_version: int | None) -> SeriesOutcome:
        if scope not in ("all", "following"):
            raise BadInput(_("scope must be 'all' or 'following' (edit one occurrence as a "
                             "booking)"))
        now = self.now()
        today = self._today()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.SERIES_EDIT)
            may_override = self._may_override(account, override_reason)
            series = self._series(session, series_id, expected_version)
            self._require_series(session, account, Action.SERIES_EDIT, series)
            if not series.active:
                raise RuleRefused(_("series #{id} has ended").format(id=series_id),
                                  rule="status")
            old = self._current_params(session, series)
            first_day = old.rule.first_start.date()
            if scope == "following":
                if from_date is None:
                    raise BadInput(_("say from which date: --from DATE"))
                if from_date < today:
                    raise RuleRefused(_("the past cannot be changed; choose a date from today "
                                        "on"), rule="past")
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
            raise BadInput(_("the length must be positive"))
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
            org = organization_for(session, organization, account, self.now(),
                                   action=Action.SERIES_EDIT)
            org_id = org.id if org else None
        return replace(
            old, room=target, rule=new_rule, duration=duration,
            title=clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True)
            if title is not None else old.title, organization_id=org_id,
            attendees=check_attendees(attendees) if attendees is not None else old.attendees,
            notes=clean_text(notes, what=N_("notes"), limit=4000) if notes is not None
            else old.notes)

    def _store_params(self, series: Series, params: _Params, now: datetime) -> None:
        series.room_id = params.room.id or series.room_id
        series.rule = params.rule.text
        series.first_start_local = _first_start_local(params)
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
                # Stored in English (marked for a display that translates it).
                booking.cancel_reason = N_("no longer part of the series after a change")
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
        created.extend(self._insert_all(session, series.id or 0, params,
                                        list(wanted.values()), account, now, reason))
        self._record_skips(session, series.id or 0, skipped)
        preview = tuple(sorted(judged + [
            Occurrence(date.fromisoformat(b.occurrence_date or "1970-01-01"), b.start_at,
                       b.end_at, "kept", _("changed on its own earlier; left as it is"),
                       booking_id=b.id) for b in kept], key=lambda o: o.day))
        return SeriesOutcome(series.id, preview, tuple(created), tuple(updated),
                             tuple(cancelled), tuple(skipped),
                             change_of("series_edited", tuple(created) + tuple(updated)
                                     + tuple(cancelled), tuple(befores.values())))


def parse_first(rule: str, anchor: datetime) -> datetime:
    """The first occurrence of a rule on or after an anchor (the anchor's time of day)."""
    starts = expand(normalise(rule), anchor)
    return starts[0]
