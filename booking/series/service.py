"""Recurring bookings: create with a preview, edit one / this and following / all, cancel.

Occurrences are ordinary bookings linked to their series by id and by the local date they were
generated for. Editing one occurrence detaches it; series edits leave detached occurrences (and
dates skipped on purpose) exactly as they were.
"""

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlmodel import Session, select

from booking.booking_rows import check_attendees, check_span
from booking.engine import _SessionRoad
from booking.errors import BadInput, RuleRefused
from booking.i18n import N_, _
from booking.lookups import (
    MAX_TITLE,
    PlainRoad,
    acting_account,
    actor_account,
    add_audit,
    bookable_room,
    bookable_room_facts,
    clean_text,
    find_room,
    organization_for,
    organization_id_named,
)
from booking.permissions import Action, Actor, require
from booking.queries import views_of
from booking.rules import RoomFacts, RuleBook
from booking.series.core import CLOSING_RULES, _first_start_local
from booking.series.edit import SeriesEditing, parse_first
from booking.series.recurrence import RepeatRule, parse_rule, rule_until
from booking.series.types import (
    Occurrence,
    SeriesConflict,
    SeriesInfo,
    SeriesOutcome,
    SeriesRefused,
    _Params,
)
from booking.statuses import status_word
from booking.store.db import (
    Source,
    fast_rows,
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
    Organization,
    Room,
    SeriesExdate,
)
from booking.store.writers import retrying_use_cases
from booking.timeutil import BUILDING_TZ, local, short_day
from booking.views import BookingView, change_of

__all__ = [
    "CLOSING_RULES",
    "Occurrence",
    "SeriesConflict",
    "SeriesInfo",
    "SeriesOutcome",
    "SeriesRefused",
    "SeriesService",
    "parse_first",
]


@retrying_use_cases
class SeriesService(SeriesEditing):
    """Use cases of recurring bookings; each is one transaction."""

    # ----- creating ---------------------------------------------------------------------------

    def _params(self, session: Session, account: Account, *, room: str | int, start: datetime,
                end: datetime, rule: RepeatRule, typed: "_Typed",
                organization: str | None) -> _Params:
        """A new series' occurrences as the session road reads them (an organization named
        for the first time is added, an organizer's rights weighed)."""
        target = bookable_room(session, room)
        org = organization_for(session, organization, account, self.now(),
                               action=Action.SERIES_CREATE)
        return typed.params(target, rule, end - start, org.id if org else None)

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
        check_span(start, end)
        # The rule is expanded and its dates judged before the write lock is taken: other
        # desks wait only for the writing, never for the arithmetic of the rule or the rules
        # of 52 dates. Under the lock the verdicts stand when nothing was written meanwhile.
        repeat = parse_rule(rule, start)
        with quick_read(self.engine) as reader:
            seen = _last_write(reader)
            acting_account(reader, actor)
            target = bookable_room_facts(reader, room)
            org_id = organization_id_named(reader, organization)[1]
            typed = _Typed.cleaned(title=title, attendees=attendees, layout=layout, notes=notes,
                                   contact_name=contact_name, contact_phone=contact_phone)
            early_params = typed.params(target, repeat, end - start, org_id)
            early = _Early(seen, early_params, self._judge(
                reader, early_params, repeat.starts(), (), RuleBook(reader, now=now)))
        choices = _Choices(set(skip_dates), skip_conflicts, override_reason)
        # The plain road: every look-up and write as hand-written statements in one BEGIN
        # IMMEDIATE transaction (a session's objects cost a tenth of a series). An organization
        # to add, or an organizer's rights to weigh, take the session road.
        try:
            with quick_write(self.engine) as tx:
                road = PlainRoad.read(tx, actor=actor, action=Action.SERIES_CREATE, room=room,
                                      organization=organization)
                if road.needs_session:
                    raise _SessionRoad
                params = typed.params(road.room, repeat, end - start, road.organization_id)
                return self._write_series(tx, road.acting, params, choices, now, early)
        except _SessionRoad:
            pass
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.SERIES_CREATE)
            params = self._params(session, account, room=room, start=start, end=end, rule=repeat,
                                  typed=typed, organization=organization)
            return self._write_series(session, account, params, choices, now, early)

    def _write_series(self, source: Source, account: Actor, params: _Params, choices: "_Choices",
                      now: datetime, early: "_Early") -> SeriesOutcome:
        """A new series and its dates, in the caller's write transaction (judged again unless
        the verdicts read before the lock still stand)."""
        may_override = self._may_override(account, choices.override_reason)
        if _last_write(source) == early.seen and _judged_alike(params, early.params):
            judged = early.judged
        else:
            judged = self._judge(source, params, params.rule.starts(), (),
                                 RuleBook(source, now=now))
        book, skipped = self._decide(judged, skip_dates=choices.skip_dates,
                                     skip_conflicts=choices.skip_conflicts,
                                     may_override=may_override)
        series_id = self._series_row(source, params, account, now)
        created = self._insert_all(source, series_id, params, book, account, now,
                                   choices.override_reason)
        self._record_skips(source, series_id, skipped)
        add_audit(source, account, now, "series.created", "series", series_id, None,
                  {"rule": params.rule.text, "first_start": _first_start_local(params),
                   "room": params.room.code, "created": len(created),
                   "skipped": [o.day.isoformat() for o in skipped]},
                  choices.override_reason or "")
        views = tuple(created)
        return SeriesOutcome(series_id, tuple(judged), created=views, skipped=tuple(skipped),
                             change=change_of("series_created", views, ()))

    # ----- cancelling, converting, reading ------------------------------------------------------

    def cancel(self, *, actor: str | int, series_id: int, from_date: date | None = None,
               reason: str = N_("series cancelled"),  # stored in English
               expected_version: int | None = None) -> SeriesOutcome:
        """Cancel every occurrence from a date (default: from today), exceptions included.

        expected_version: the series' version the person looked at; another version is
        refused (another desk changed the series meanwhile).
        """
        reason = clean_text(reason, what=N_("reason"), limit=4000, required=True)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.SERIES_CANCEL)
            series = self._series(session, series_id, expected_version)
            self._require_series(session, account, Action.SERIES_CANCEL, series)
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
            if not cancelled:
                # Nothing left to cancel: the series (and its rule) stay exactly as they are.
                raise RuleRefused(_("series #{id} has no active dates from {day}; nothing to "
                                    "cancel").format(id=series_id, day=short_day(since)),
                                  rule="status")
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
        with read_session(self.engine) as session:
            found = session.get(Booking, booking_id)
            if found is None:
                raise BadInput(_("there is no booking #{id}").format(id=booking_id))
            repeat = parse_rule(rule, found.start_at)  # before the write lock, as in create
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.SERIES_CREATE)
            booking = session.get(Booking, booking_id)
            if booking is None:
                raise BadInput(_("there is no booking #{id}").format(id=booking_id))
            self.bookings.require_own(session, account, Action.SERIES_CREATE, booking)
            if booking.start_at != repeat.first_start:
                repeat = parse_rule(rule, booking.start_at)  # moved a moment ago
            if booking.series_id is not None:
                raise RuleRefused(_("booking #{id} already belongs to series #{series}").format(
                    id=booking_id, series=booking.series_id), rule="series")
            if booking.status not in ACTIVE_STATUSES:
                raise RuleRefused(_("booking #{id} is {status}").format(
                    id=booking_id, status=status_word(booking.status)), rule="status")
            room = find_room(session, booking.room_id)
            params = _Params(room, repeat, booking.end_at - booking.start_at, booking.title,
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
            created = self._insert_all(session, series.id or 0, params, book, account, now,
                                       override_reason)
            self._record_skips(session, series.id or 0, skipped)
            add_audit(session, account, now, "series.created", "series", series.id, None,
                      {"rule": series.rule, "from_booking": booking_id,
                       "created": len(created)}, override_reason or "")
            views = tuple(created)
            first = Occurrence(local(booking.start_at).date(), booking.start_at,
                               booking.end_at, "kept", _("the booking it was made from"),
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
                series.attendees, series.active, series.split_from_id, occurrences, skipped,
                series.version)

    def occurrence(self, series_id: int, day: date) -> BookingView:
        """The booking of a series on a local date."""
        with read_session(self.engine) as session:
            found = session.exec(select(Booking).where(
                Booking.series_id == series_id,
                Booking.occurrence_date == day.isoformat())).first()
            if found is None:
                raise BadInput(_("series #{id} has no occurrence on {day}").format(
                    id=series_id, day=short_day(day)))
            return views_of(session, [found])[0]


class _Typed(NamedTuple):
    """What a person typed for a new series, checked and trimmed."""

    title: str
    attendees: int
    layout: str | None
    notes: str
    contact_name: str
    contact_phone: str

    @classmethod
    def cleaned(cls, *, title: str, attendees: int, layout: str | None, notes: str,
                contact_name: str, contact_phone: str) -> "_Typed":
        return cls(
            clean_text(title, what=N_("title"), limit=MAX_TITLE, required=True),
            check_attendees(attendees),
            clean_text(layout, what=N_("layout"), limit=40) or None if layout else None,
            clean_text(notes, what=N_("notes"), limit=4000),
            clean_text(contact_name, what=N_("contact name"), limit=MAX_TITLE),
            clean_text(contact_phone, what=N_("contact phone"), limit=60))

    def params(self, room: Room | RoomFacts, rule: RepeatRule, duration: timedelta,
               organization_id: int | None) -> _Params:
        return _Params(room=room, rule=rule, duration=duration, title=self.title,
                       organization_id=organization_id, attendees=self.attendees,
                       layout=self.layout, notes=self.notes, contact_name=self.contact_name,
                       contact_phone=self.contact_phone)


class _Early(NamedTuple):
    """A new series' dates as judged before the write lock, and where the database stood."""

    seen: tuple[int | None, int | None]
    params: _Params
    judged: list[Occurrence]


class _Choices(NamedTuple):
    """What the person chose for the dates that cannot be booked as they are."""

    skip_dates: set[date]
    skip_conflicts: bool
    override_reason: str | None


def _last_write(session: Source) -> tuple[int | None, int | None]:
    """Where the database stands: every use case leaves an audit entry and bookings take new
    ids, so an equal pair means nothing a verdict depends on was written in between."""
    ((audit, booking),) = fast_rows(session, "SELECT (SELECT max(id) FROM audit_entry), "
                                    "(SELECT max(id) FROM booking)", {})
    return audit, booking


def _judged_alike(one: _Params, other: _Params) -> bool:
    """Whether two proposals meet the same rules (the room, who it is for, how many, how)."""
    def key(p: _Params) -> tuple[object, ...]:
        return (p.room.id, p.organization_id, p.attendees, p.layout, p.duration, p.rule)
    return key(one) == key(other)
