"""The booking service's groundwork: checks of a span and of attendees, the booking's
row and view, clash refusals, guarded writes and audit records (the use cases are in
booking/engine.py)."""

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from booking.errors import BadInput, ConflictError, RuleRefused
from booking.i18n import N_, _, ngettext, spoken_name
from booking.lookups import (
    actor_account,
    add_audit,
    clean_text,
)
from booking.permissions import Action, Actor, require, require_owner
from booking.policy import MAX_ATTENDEES, POLICIES, SLOT_MINUTES, KindPolicy
from booking.queries import views_by_ids
from booking.rules import Proposal, RoomFacts, RuleBook
from booking.statuses import status_word
from booking.store.db import Source, fast_insert, fast_rows, on_sqlite
from booking.store.guards import CONFLICT_MARKER, guard_refused, span_bound_sql
from booking.store.models import (
    Account,
    Booking,
    BookingStatus,
    Event,
    Organization,
    Room,
)
from booking.store.quickread import BOOKING_COLUMNS, BOOKING_JOINS, view_of_row
from booking.timeutil import hhmm, local, short_day, to_epoch, utc_now, when
from booking.views import BookingView, booking_view

MAX_TEXT = 4000
CHECK_IN_EARLY = timedelta(minutes=30)
UNSET: Any = object()  # an argument the caller left out (None may mean "clear it")
# Well inside the database's bound on one occupancy interval (14 days with buffers).
MAX_BOOKING_SPAN = timedelta(days=7)
# An event in these states holds the hall through its bookings.
OPEN_EVENT_STATUSES = ("requested", "approved")



def check_span(start: datetime, end: datetime, *,
               longest: timedelta | None = MAX_BOOKING_SPAN) -> None:
    """Refuse naive, reversed, zero-length and (for bookings) overlong spans as bad input."""
    for label, value in ((N_("start"), start), (N_("end"), end)):
        if not isinstance(value, datetime):
            raise BadInput(_("{what} must be a date and time").format(what=_(label)))
        if value.tzinfo is None or value.utcoffset() is None:
            raise BadInput(_("{what} {moment} has no time zone").format(
                what=_(label), moment=value.isoformat()))
    if longest is not None and end - start > longest:
        raise BadInput(ngettext(
            "a booking can last at most {n} day; {start} to {end} is longer (split it, or "
            "make a series)",
            "a booking can last at most {n} days; {start} to {end} is longer (split it, or "
            "make a series)", longest.days).format(n=longest.days, start=when(start),
                                                   end=when(end)))
    if end <= start:
        if end == start:
            raise BadInput(_("the booking starts and ends at the same moment ({start}); "
                             "give it a length").format(start=when(start)))
        raise BadInput(_("the end ({end}) is before the start ({start})").format(
            end=when(end), start=when(start)))


def check_attendees(attendees: int) -> int:
    if isinstance(attendees, bool) or not isinstance(attendees, int):
        raise BadInput(_("attendees must be a whole number"))
    if attendees < 0:
        raise BadInput(_("attendees cannot be negative (got {n})").format(n=attendees))
    if attendees > MAX_ATTENDEES:
        raise BadInput(_("{n} attendees is more than any room in the building holds").format(
            n=attendees))
    return attendees


@dataclass(frozen=True)
class WriteHook:
    """Work that must run before a write (expired event holds free the hall): `due` is a
    plain probe of whether there is any, `run` does it in the use case's session."""

    due: Callable[[Source, datetime], bool]
    run: Callable[[Session, datetime], object]



# The columns a new booking is written with, and their values unless the caller gives them.
_NEW_BOOKING: dict[str, Any] = {
    "status": BookingStatus.CONFIRMED, "layout": None, "attendees": 0, "organization_id": None,
    "booked_by_id": None, "contact_name": "", "contact_phone": "", "notes": "", "version": 1,
    "buffer_before_min": 0, "buffer_after_min": 0, "cancel_reason": "", "series_id": None,
    "occurrence_date": None, "detached": False, "event_id": None, "guest_tz": None,
    "external_uid": None}
_INSERT_BOOKING = (
    "INSERT INTO booking (room_id, start_at, end_at, title, created_at, updated_at, "
    + ", ".join(_NEW_BOOKING) + ") VALUES (:room_id, :start_at, :end_at, :title, :created_at, "
    ":updated_at, " + ", ".join(f":{name}" for name in _NEW_BOOKING) + ")")

# A server's insert of a booking and its read-back as a view, in one statement.
_INSERT_AND_READ = (
    f"WITH b AS ({_INSERT_BOOKING} RETURNING *) SELECT {BOOKING_COLUMNS} FROM b "
    f"{BOOKING_JOINS}")


def _new_booking_row(values: dict[str, Any]) -> dict[str, Any]:
    """The parameters of _INSERT_BOOKING: the defaults, the values given, instants as stored."""
    row = {**_NEW_BOOKING, **values}
    for key in ("start_at", "end_at", "created_at", "updated_at"):
        row[key] = to_epoch(row[key])
    return row


@contextmanager
def _overlap_refused(room: Room | RoomFacts) -> Iterator[None]:
    """The database's overlap guard refusing an insert, as the ConflictError it means."""
    try:
        yield
    except IntegrityError as exc:
        if guard_refused(exc, CONFLICT_MARKER):
            raise ConflictError(_("{room} was booked by someone else at the same moment; "
                                  "choose another time").format(room=spoken_name(room))) from None
        raise

# Spans one statement of clash_ids_of_spans checks (two parameters each), and rows one
# statement of insert_rows writes on a server (two dozen parameters each).
_SPANS_AT_ONCE = 400
_ROWS_AT_ONCE = 200
_BOOKING_COLUMNS = ("room_id", "start_at", "end_at", "title", "created_at", "updated_at",
                    *_NEW_BOOKING)


class BookingRows:
    """What every booking use case stands on: rows, views, clashes, guarded writes, audit."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now,
                 before_write: Sequence[WriteHook] = ()) -> None:
        self.engine = engine
        self.now = now
        # Features above the core (event holds that expire) tidy the rooms before a booking
        # is written; Services hands them in, so the core never imports them.
        self.before_write = tuple(before_write)

    # ----- look-ups inside a transaction -------------------------------------------------

    def booking_row(self, session: Session, booking_id: int) -> Booking:
        """The booking row by id; BadInput when there is none."""
        if isinstance(booking_id, bool) or not isinstance(booking_id, int):
            raise BadInput(_("booking id must be a whole number, got {value}").format(
                value=repr(booking_id)))
        found = session.get(Booking, booking_id)
        if found is None:
            raise BadInput(_("there is no booking #{id}").format(id=booking_id))
        return found

    def view(self, session: Session, booking: Booking) -> BookingView:
        room = session.get(Room, booking.room_id)
        org = session.get(Organization, booking.organization_id) if booking.organization_id \
            else None
        by = session.get(Account, booking.booked_by_id) if booking.booked_by_id else None
        assert room is not None
        return booking_view(booking, room_code=room.code, room_name=room.name,
                            room_name_id=room.name_id,
                            organization=org.name if org else None,
                            booked_by=by.username if by else None,
                            organization_tz=org.guest_tz if org else None)

    # ----- the guarantee --------------------------------------------------------------------

    def clashes(self, session: Session, *, room: Room | RoomFacts, start: datetime, end: datetime,
                buffer_before_min: int, buffer_after_min: int,
                exclude: int | None = None) -> list[Booking]:
        """Active bookings whose occupied time meets this one's in any space the room takes,
        earliest first (read in one query, only when there are some)."""
        ids = self.clash_ids(session, room_id=room.id or 0, start=start, end=end,
                             buffer_before_min=buffer_before_min,
                             buffer_after_min=buffer_after_min, exclude=exclude)
        if not ids:
            return []
        found = session.exec(select(Booking).where(col(Booking.id).in_(ids))).all()
        return sorted(found, key=lambda b: b.start_at)

    @staticmethod
    def clash_ids(session: Source, *, room_id: int, start: datetime, end: datetime,
                  buffer_before_min: int, buffer_after_min: int,
                  exclude: int | None = None) -> list[int]:
        """The conflict check itself: ids of the active bookings whose occupied time (buffers
        included) meets this span in any space the room takes. One indexed query on the
        occupancy rows the database's triggers keep."""
        lo = int(start.timestamp()) - buffer_before_min * 60
        hi = int(end.timestamp()) + buffer_after_min * 60
        rows = fast_rows(session, (
            "SELECT DISTINCT o.booking_id FROM room_space s JOIN occupancy o "
            "ON o.space_id = s.space_id WHERE s.room_id = :room "
            f"AND o.start_at > :lo - {span_bound_sql('occupancy')} AND o.start_at < :hi "
            "AND o.end_at > :lo AND o.booking_id <> :exclude"),
            {"room": room_id, "hi": hi, "lo": lo, "exclude": exclude or -1})
        return [booking_id for (booking_id,) in rows]

    @staticmethod
    def clash_ids_of_spans(session: Source, *, room_id: int,
                           spans: Sequence[tuple[datetime, datetime]], buffer_before_min: int,
                           buffer_after_min: int) -> list[list[int]]:
        """clash_ids for many spans of one room in one statement (a series' dates): per span,
        in order, the ids of the bookings in its way. Each span is its own indexed look-up
        of the occupancy rows, as clash_ids makes it; on a server, one round trip for all."""
        found: list[list[int]] = [[] for _ in spans]
        for first in range(0, len(spans), _SPANS_AT_ONCE):
            batch = spans[first:first + _SPANS_AT_ONCE]
            params: dict[str, Any] = {"room": room_id}
            values = []
            for index, (start, end) in enumerate(batch):
                values.append(f"({first + index}, CAST(:lo{index} AS BIGINT), "
                              f"CAST(:hi{index} AS BIGINT))")
                params[f"lo{index}"] = int(start.timestamp()) - buffer_before_min * 60
                params[f"hi{index}"] = int(end.timestamp()) + buffer_after_min * 60
            for index, booking_id in fast_rows(session, (
                    f"WITH span (k, lo, hi) AS (VALUES {', '.join(values)}) "
                    "SELECT DISTINCT span.k, o.booking_id FROM span "
                    "JOIN room_space s ON s.room_id = :room JOIN occupancy o "
                    "ON o.space_id = s.space_id "
                    f"AND o.start_at > span.lo - {span_bound_sql('occupancy')} "
                    "AND o.start_at < span.hi AND o.end_at > span.lo "
                    "ORDER BY span.k, o.booking_id"), params):
                found[index].append(booking_id)
        return found

    def refuse_clash(self, session: Session, room: Room | RoomFacts, clashes: list[Booking], *,
                     start: datetime | None = None, end: datetime | None = None,
                     buffer_before_min: int = 0, buffer_after_min: int = 0) -> None:
        """Raise the ConflictError that names the first clashing booking.

        Given the proposed time and its buffers, a clash that only the changeover makes says
        so, with the earliest start (or latest end) that clears it.
        """
        first = clashes[0]
        other = session.get(Room, first.room_id)
        org = session.get(Organization, first.organization_id) if first.organization_id else None
        fields = {"place": spoken_name(other or room), "day": local_day(first.start_at),
                  "start": hhmm(first.start_at), "end": hhmm(first.end_at),
                  "title": first.title, "id": first.id}
        if org:
            message = _("{place} is already booked {day} {start}–{end}: '{title}' for "
                        "{organization} (booking #{id})").format(organization=org.name, **fields)
        else:
            message = _("{place} is already booked {day} {start}–{end}: '{title}' "
                        "(booking #{id})").format(**fields)
        changeover = None
        if start is not None and end is not None:
            changeover = _changeover_note(clashes, start, end, buffer_before_min,
                                          buffer_after_min)
        if changeover is None and (first.buffer_before_min or first.buffer_after_min):
            message = _("{message} (its changeover time counts as booked)").format(
                message=message)
        if len(clashes) > 1:
            message = ngettext("{message} and {n} more", "{message} and {n} more",
                               len(clashes) - 1).format(message=message, n=len(clashes) - 1)
        if changeover is not None:
            message = changeover(message)
        raise ConflictError(message, clashing_ids=tuple(b.id for b in clashes if b.id is not None))

    def refuse_event_hold(self, session: Session, booking: Booking) -> None:
        """Refuse changing an event's booking on its own: it holds the hall for the event, so
        it changes with the event (withdraw, decline, approve) or not at all."""
        if booking.event_id is None:
            return
        event = session.get(Event, booking.event_id)
        if event is not None and event.status not in OPEN_EVENT_STATUSES:
            raise RuleRefused(_("booking #{id} held the hall for event #{event}, which is "
                                "{status}; it comes back only with a new request for the "
                                "event").format(id=booking.id, event=event.id,
                                                status=status_word(event.status)), rule="event")
        raise RuleRefused(_("booking #{id} holds the hall for event #{event}; withdraw or "
                            "decline the event instead").format(id=booking.id,
                                                                event=booking.event_id),
                          rule="event")

    def _apply_rules(self, session: Source, proposal: Proposal, actor: Actor, now: datetime,
                     override_reason: str | None) -> tuple[str, ...]:
        refusals = RuleBook(session, now=now).refusals(proposal)
        if not refusals:
            return ()
        if override_reason is None:
            raise refusals[0]
        reason = clean_text(override_reason, what=N_("override reason"), limit=MAX_TEXT)
        if not reason:
            raise BadInput(_("an override needs a reason"))
        require(actor, Action.OVERRIDE)
        return tuple(r.rule for r in refusals)

    def insert_booking(self, session: Source, room: Room | RoomFacts,
                       **values: Any) -> BookingView:
        """Insert one booking row through the overlap guard (a ConflictError when another desk
        took the time a moment ago) and return it as read back.

        The booking path's insert: a plain INSERT rather than an ORM object and a flush
        (constructing and flushing a Booking cost as much as every rule together). On a
        server the insert and its read-back are one statement: one round trip less."""
        if on_sqlite(session):
            return self.views_of_ids(session, [self.insert_row(session, room, **values)])[0]
        with _overlap_refused(room):
            (row,) = fast_rows(session, _INSERT_AND_READ, _new_booking_row(values))
        return view_of_row(row)

    @staticmethod
    def insert_row(session: Source, room: Room | RoomFacts, **values: Any) -> int:
        """insert_booking without reading the row back: its id (a series reads its dates back
        in one query)."""
        with _overlap_refused(room):
            return fast_insert(session, _INSERT_BOOKING, _new_booking_row(values))

    @staticmethod
    def insert_rows(session: Source, room: Room | RoomFacts,
                    rows: Sequence[dict[str, Any]]) -> list[int]:
        """insert_row for many bookings of one room at different starts (a series' dates):
        their ids, in order. On a server a few statements of many rows each rather than a
        round trip per date; on SQLite, where a statement costs microseconds, one each."""
        if on_sqlite(session):
            return [BookingRows.insert_row(session, room, **values) for values in rows]
        ids: list[int] = []
        for first in range(0, len(rows), _ROWS_AT_ONCE):
            batch = rows[first:first + _ROWS_AT_ONCE]
            params: dict[str, Any] = {}
            values = []
            for index, given in enumerate(batch):
                row = _new_booking_row(given)
                values.append("(" + ", ".join(f":{name}{index}" for name in _BOOKING_COLUMNS)
                              + ")")
                params.update({f"{name}{index}": row[name] for name in _BOOKING_COLUMNS})
            with _overlap_refused(room):
                made = {start: booking_id for booking_id, start in fast_rows(session, (
                    f"INSERT INTO booking ({', '.join(_BOOKING_COLUMNS)}) VALUES "
                    f"{', '.join(values)} RETURNING id, start_at"), params)}
            ids.extend(made[to_epoch(given["start_at"])] for given in batch)
        return ids

    @staticmethod
    def views_of_ids(session: Source, booking_ids: list[int]) -> list[BookingView]:
        """Bookings as read models, in the order of the ids, in the session's transaction."""
        return views_by_ids(session, booking_ids)

    def flush_guarded(self, session: Session, room: Room | RoomFacts) -> None:
        """Flush, turning the database's overlap refusal into a ConflictError."""
        with _overlap_refused(room):
            session.flush()

    def tidy(self, session: Session, now: datetime) -> None:
        """Run the hooks that free rooms before a write (expired event holds, ...)."""
        for hook in self.before_write:
            if hook.due(session, now):
                hook.run(session, now)

    def tidy_due(self, source: Source, now: datetime) -> bool:
        """Whether some before-write work is due (the booking path then takes the session
        road, where it runs)."""
        return any(hook.due(source, now) for hook in self.before_write)
    def _open(self, session: Session, actor: str | int, booking_id: int,
              expected_version: int | None, action: Action) -> tuple[Account, Booking]:
        """The acting account and the booking, refused unless the account may do the action
        to it, and refusing a stale version."""
        account = actor_account(session, actor)
        require(account, action)
        booking = self.booking_row(session, booking_id)
        self.require_own(session, account, action, booking)
        self._check_version(booking, expected_version)
        return account, booking

    @staticmethod
    def require_own(session: Session, account: Account, action: Action,
                    booking: Booking) -> None:
        """Refuse unless the account may do the action to this booking (organizers: their
        own or their organization's)."""
        org = session.get(Organization, booking.organization_id) \
            if booking.organization_id else None
        by = session.get(Account, booking.booked_by_id) if booking.booked_by_id else None
        require_owner(account, action, booked_by_id=booking.booked_by_id,
                      organization_id=booking.organization_id,
                      belongs_to=org.name if org else (by.username if by else ""))

    def _record(self, session: Session, account: Account | None, now: datetime,
                booking: Booking, before: BookingView, action: str, reason: str, *,
                room: Room | None = None) -> BookingView:
        """Bump the version, write (through the overlap guard when the booking holds a room
        again), audit, and return the booking as it now is."""
        booking.version += 1
        booking.updated_at = now
        session.add(booking)
        if room is not None:
            self.flush_guarded(session, room)
        else:
            session.flush()
        after = self.view(session, booking)
        add_audit(session, account, now, action, "booking", booking.id, before.audit_state(),
                  after.audit_state(), reason)
        return after

    def _check_version(self, booking: Booking, expected: int | None) -> None:
        if expected is not None and booking.version != expected:
            raise ConflictError(
                _("booking #{id} was changed by someone else in the meantime; look at it "
                  "again before changing it").format(id=booking.id),
                clashing_ids=(booking.id or 0,))



def graced_kinds() -> list[tuple[str, KindPolicy]]:
    """The room kinds whose no-shows are released after a grace time, with their policies."""
    return [(kind, p) for kind, p in POLICIES.items() if p.no_show_grace_min is not None]


def override_note(overridden: tuple[str, ...], reason: str | None) -> str:
    """What the audit keeps of a manager's override (the rules overridden and why)."""
    if not overridden:
        return ""
    return f"override of {', '.join(overridden)}: {reason}"


def local_day(value: datetime) -> str:
    """'Mon 07 Dec' in the language shown."""
    return short_day(local(value).date(), year=False)


def no_longer_changed(booking: Booking) -> str:
    """Why a booking that is no longer active cannot be changed."""
    return _("booking #{id} is {status}; it can no longer be changed").format(
        id=booking.id, status=status_word(booking.status))


def _on_slot(value: datetime, *, up: bool) -> datetime:
    """The nearest slot boundary at or after (up) or at or before a moment: the time the
    message suggests must be one the booking rules take."""
    step = SLOT_MINUTES * 60
    seconds = int(value.timestamp())
    snapped = -(-seconds // step) * step if up else seconds // step * step
    return value + timedelta(seconds=snapped - seconds)


def _changeover_note(clashes: list[Booking], start: datetime, end: datetime,
                     buffer_before_min: int, buffer_after_min: int) -> Callable[[str], str] | None:
    """“{message}; only the 10-minute changeover after 'X' overlaps; start at 11:15 or later”
    (filled in with the clash message) when the bookings themselves do not overlap and only
    the time kept free between them does; None otherwise."""
    if any(c.start_at < end and start < c.end_at for c in clashes):
        return None
    if all(c.end_at <= start for c in clashes):
        last = max(clashes, key=lambda c: c.end_at + timedelta(minutes=c.buffer_after_min))
        gap = last.buffer_after_min + buffer_before_min
        earliest = _on_slot(last.end_at + timedelta(minutes=gap), up=True)
        title, time = last.title, hhmm(earliest)
        return lambda message: _(
            "{message}; only the {gap}-minute changeover after '{title}' overlaps; start at "
            "{time} or later").format(message=message, gap=gap, title=title, time=time)
    if all(c.start_at >= end for c in clashes):
        soonest = min(clashes,
                      key=lambda c: c.start_at - timedelta(minutes=c.buffer_before_min))
        gap = soonest.buffer_before_min + buffer_after_min
        latest = _on_slot(soonest.start_at - timedelta(minutes=gap), up=False)
        title, time = soonest.title, hhmm(latest)
        return lambda message: _(
            "{message}; only the {gap}-minute changeover before '{title}' overlaps; end at "
            "{time} or earlier").format(message=message, gap=gap, title=title, time=time)
    return None
