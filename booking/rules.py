"""The booking rules: each refusal says what is wrong in words a receptionist understands."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import cached_property, partial
from typing import Any, NamedTuple, TypeVar

from booking.calendar import holiday_on, local_dates
from booking.errors import RuleRefused
from booking.i18n import _, ngettext, spoken_name
from booking.policy import ADVANCE_WINDOW, PAST_GRACE, SLOT_MINUTES, KindPolicy, policy_for
from booking.store.db import Source, fast_rows
from booking.store.models import (
    Room,
)
from booking.timeutil import (
    day_month_year,
    from_epoch,
    hhmm,
    local,
    short_day,
    to_epoch,
    weekday_name,
    when,
)


def _minutes_text(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return _("{hours} h {minutes} min").format(hours=hours, minutes=rest)
    return _("{hours} h").format(hours=hours) if hours else \
        _("{minutes} min").format(minutes=rest)


class RoomFacts(NamedTuple):
    """What the rules and a free-room search need of a room, read as a plain row (a search
    judges every room that fits; ORM objects for them cost more than the judging)."""

    id: int
    code: str
    name: str
    name_id: str | None
    kind: str
    capacity: int
    hours_profile: str | None
    floor_level: int


RoomT = TypeVar("RoomT", Room, RoomFacts)

ROOM_FACTS_SQL = ("SELECT r.id, r.code, r.name, r.name_id, r.kind, r.capacity, r.hours_profile, "
                  "f.level FROM room r JOIN floor f ON f.id = r.floor_id")


@dataclass(frozen=True)
class Proposal:
    """A booking as it would be after a change, for the rules to judge."""

    room: Room | RoomFacts
    start: datetime
    end: datetime
    attendees: int
    layout: str | None
    organization_id: int | None
    start_changed: bool = True
    end_changed: bool = True
    # A multi-day event runs through the night: it must start and end inside opening hours and
    # is not held to the kind's longest single booking.
    multi_day: bool = False

    # In the building's zone, worked out once: several rules ask (a series judges 52 dates).
    @cached_property
    def local_start(self) -> datetime:
        return local(self.start)

    @cached_property
    def local_end(self) -> datetime:
        return local(self.end)


def slot_refusal(start: datetime, end: datetime) -> RuleRefused | None:
    """Every room books in whole slots: the refusal of a span that is not, else None."""
    step = SLOT_MINUTES * 60
    if int(start.timestamp()) % step or int(end.timestamp()) % step:
        return RuleRefused(
            _("bookings run in whole {slot}-minute slots; {start}–{end} does not (try :00, "
              ":15, :30 or :45)").format(slot=SLOT_MINUTES, start=hhmm(start), end=hhmm(end)),
            rule="slot")
    return None


class Span(NamedTuple):
    """One open span of a day, in minutes after local midnight."""

    opens_min: int
    closes_min: int


class _Term(NamedTuple):
    """What the term rule needs of a term assignment in the way (instants as epoch seconds:
    a search compares a month of them against every room)."""

    organization_id: int | None
    start: int
    end: int
    room_id: int | None = None

    @property
    def start_at(self) -> datetime:
        return from_epoch(self.start)

    @property
    def end_at(self) -> datetime:
        return from_epoch(self.end)


class _Closure(NamedTuple):
    """What the closure rule needs of a closure."""

    room_id: int | None
    start_at: datetime
    end_at: datetime
    name: str


@dataclass(frozen=True)
class HoursTable:
    """Every hours profile: whether it opens on public holidays, and its spans per weekday."""

    open_on_holidays: dict[str, bool]
    spans: dict[tuple[str, int], list[Span]]


def read_hours(rows: Callable[[str, dict[str, Any]], list[Any]]) -> HoursTable:
    """The building's hours (small tables) in one query rather than a few per room judged."""
    holidays: dict[str, bool] = {}
    found: dict[tuple[str, int], list[Span]] = {}
    for code, open_on_holidays, weekday, opens, closes in rows((
            "SELECT p.code, p.open_on_holidays, h.weekday, h.opens_min, h.closes_min "
            "FROM hours_profile p LEFT JOIN opening_hours h ON h.profile_code = p.code "
            "ORDER BY h.id"), {}):
        holidays[code] = bool(open_on_holidays)
        if weekday is not None:
            found.setdefault((code, weekday), []).append(Span(opens, closes))
    spans = {(code, weekday): found.get((code, weekday), [])
             for code in holidays for weekday in range(7)}
    return HoursTable(holidays, spans)


# Everything one proposal's rules read, tagged by part: h (the hours profile), o (that
# weekday's opening hours), c (closures meeting the span, the building's or the room's), t
# (the room's term assignments meeting it). The last column orders each part as the
# one-part statements did. The first part's casts name the columns' types for PostgreSQL.
_ONE_PROPOSAL_SQL = (
    "SELECT 'h' AS part, CAST(open_on_holidays AS INTEGER) AS a, CAST(NULL AS BIGINT) AS b, "
    "CAST(NULL AS BIGINT) AS c, CAST(NULL AS VARCHAR) AS name, CAST(0 AS BIGINT) AS ordering "
    "FROM hours_profile WHERE code = :profile "
    "UNION ALL SELECT 'o', opens_min, closes_min, NULL, NULL, id FROM opening_hours "
    "WHERE profile_code = :profile AND weekday = :weekday "
    "UNION ALL SELECT 'c', room_id, start_at, end_at, name, id FROM closure "
    "WHERE (room_id IS NULL OR room_id = :room) AND start_at < :end AND end_at > :start "
    "UNION ALL SELECT 't', organization_id, start_at, end_at, NULL, start_at "
    "FROM term_assignment WHERE room_id = :room AND active AND start_at < :end "
    "AND end_at > :start ORDER BY 1, 6")


class RuleBook:
    """Checks a proposal against every rule and collects the refusals."""

    def __init__(self, source: Source, *, now: datetime) -> None:
        """source: the use case's session, or a read already open (a search)."""
        self._rows = partial(fast_rows, source)
        self.now = now
        self._spans: dict[tuple[str, int], list[Span]] = {}
        self._holiday_profiles: dict[str, bool] = {}
        self._window: tuple[datetime, datetime] | None = None
        self._closures: list[_Closure] = []
        self._terms: list[_Term] = []
        self._terms_of: dict[int | None, list[_Term]] = {}
        self._team_names: dict[int, str] = {}
        # What one proposal's closure and term rules found, read with its hours in one
        # statement (see _fetch_for).
        self._single: dict[tuple[int, datetime, datetime],
                           tuple[_Closure | None, list[_Term]]] = {}

    def prefetch(self, start: datetime, end: datetime, hours: "HoursTable | None" = None) -> None:
        """Load closures and terms meeting [start, end) once, for judging many rooms, and the
        building's hours (given, when the caller keeps them between searches)."""
        # Plain rows: a search judges every room against them, and building ORM objects for
        # a month of terms cost more than judging all the rooms.
        window = {"end": to_epoch(end), "start": to_epoch(start)}
        self._closures = [_Closure(room_id, from_epoch(first), from_epoch(last), name)
                          for room_id, first, last, name in self._rows((
                              "SELECT room_id, start_at, end_at, name FROM closure WHERE "
                              "start_at < :end AND end_at > :start ORDER BY id"), window)]
        self._terms = []
        self._terms_of = {}
        for room_id, org, first, last, team in self._rows((
                "SELECT t.room_id, t.organization_id, t.start_at, t.end_at, o.name FROM "
                "term_assignment t LEFT JOIN organization o ON o.id = t.organization_id "
                "WHERE t.active AND t.start_at < :end AND t.end_at > :start ORDER BY t.id"),
                window):
            term = _Term(org, first, last, room_id)
            self._terms.append(term)
            self._terms_of.setdefault(room_id, []).append(term)
            if org is not None and team is not None:
                self._team_names[org] = team
        hours = hours or read_hours(self._rows)
        self._holiday_profiles.update(hours.open_on_holidays)
        self._spans.update(hours.spans)
        self._window = (start, end)

    def terms_for(self, room_id: int | None, at: datetime) -> list[_Term]:
        """Prefetched term assignments of a room covering an instant."""
        moment = to_epoch(at)
        return [t for t in self._terms_of.get(room_id, ()) if t.start <= moment < t.end]

    def _prefetched(self, p: Proposal) -> bool:
        return self._window is not None and self._window[0] <= p.start and p.end <= \
            self._window[1]

    def _open_on_holidays(self, profile: str) -> bool:
        if profile not in self._holiday_profiles:
            found = self._rows("SELECT open_on_holidays FROM hours_profile "
                               "WHERE code = :code", {"code": profile})
            self._holiday_profiles[profile] = bool(found and found[0][0])
        return self._holiday_profiles[profile]

    def _day_spans(self, profile: str, weekday: int) -> list[Span]:
        key = (profile, weekday)
        if key not in self._spans:
            # Asked on every booking: plain rows, no ORM objects.
            self._spans[key] = [Span(opens, closes) for opens, closes in self._rows(
                "SELECT opens_min, closes_min FROM opening_hours WHERE "
                "profile_code = :profile AND weekday = :weekday ORDER BY id",
                {"profile": profile, "weekday": weekday})]
        return self._spans[key]

    def closing_time(self, room: Room | RoomFacts, moment: datetime) -> datetime | None:
        """When the opening hours holding `moment` (a booking's end) end that day; None when
        the room keeps no hours, stays open to midnight, or is closed then."""
        if room.hours_profile is None:
            return None
        at = local(moment)
        midnight = at.replace(hour=0, minute=0, second=0, microsecond=0)
        for span in self._day_spans(room.hours_profile, at.weekday()):
            opens = midnight + timedelta(minutes=span.opens_min)
            closes = midnight + timedelta(minutes=span.closes_min)
            if opens < at <= closes:
                return None if span.closes_min >= 24 * 60 else closes
        return None

    def refusals(self, p: Proposal) -> list[RuleRefused]:
        policy = policy_for(p.room.kind)
        if not self._prefetched(p):
            self._fetch_for(p)
        found: list[RuleRefused] = []
        for check in (self._slots, self._duration, self._time_window):
            refusal = check(p, policy)
            if refusal:
                found.append(refusal)
        found.extend(self._hours_and_holidays(p))
        found.extend(self._closure(p))
        for check in (self._capacity, self._term):
            refusal = check(p, policy)
            if refusal:
                found.append(refusal)
        return found

    def admitted(self, rooms: Iterable[RoomT], start: datetime, end: datetime, attendees: int,
                 organization_id: int | None) -> list[RoomT]:
        """The rooms no rule refuses a booking of [start, end) (a free-room search).

        The same checks as refusals(), each judged once per thing it depends on: the span
        and the kind's lengths once per kind, opening hours and holidays once per hours
        profile, closures, capacity and terms per room; the first refusal ends a room."""
        shared: dict[tuple[str, str | None], bool] = {}
        admitted: list[RoomT] = []
        for room in rooms:
            p = Proposal(room, start, end, attendees, None, organization_id)
            policy = policy_for(room.kind)
            by_kind = ("kind", room.kind)
            if by_kind not in shared:
                shared[by_kind] = not any(check(p, policy) for check in (
                    self._slots, self._duration, self._time_window))
            by_profile = ("hours", room.hours_profile)
            if by_profile not in shared:
                shared[by_profile] = not self._hours_and_holidays(p)
            if shared[by_kind] and shared[by_profile] and not self._closure(p) \
                    and not self._capacity(p, policy) and not self._term(p, policy):
                admitted.append(room)
        return admitted

    def _fetch_for(self, p: Proposal) -> None:
        """Read what the rules ask of the database for one proposal in one statement: its
        hours profile and that weekday's opening hours, the closures and the term
        assignments meeting its span. On a server every statement is a round trip, and a
        booking asked four of them here."""
        key = (p.room.id or 0, p.start, p.end)
        if key in self._single:
            return
        weekday = p.local_start.weekday()
        profile = p.room.hours_profile
        holidays: bool | None = None
        spans: list[Span] = []
        closures: list[_Closure] = []
        terms: list[_Term] = []
        for part, a, b, c, name, _order in self._rows(_ONE_PROPOSAL_SQL, {
                "profile": profile, "weekday": weekday, "room": p.room.id,
                "start": to_epoch(p.start), "end": to_epoch(p.end)}):
            if part == "h":
                holidays = bool(a)
            elif part == "o":
                spans.append(Span(a, b))
            elif part == "c":
                closures.append(_Closure(a, from_epoch(b), from_epoch(c), name))
            else:
                terms.append(_Term(a, b, c))
        if profile is not None:
            self._holiday_profiles.setdefault(profile, bool(holidays))
            self._spans.setdefault((profile, weekday), spans)
        self._single[key] = (closures[0] if closures else None, terms)

    def _slots(self, p: Proposal, _policy: KindPolicy) -> RuleRefused | None:
        return slot_refusal(p.start, p.end)

    def _duration(self, p: Proposal, policy: KindPolicy) -> RuleRefused | None:
        minutes = int((p.end - p.start).total_seconds() // 60)
        if minutes < policy.min_minutes:
            return RuleRefused(_("{room} is booked for at least {least}; this booking is "
                                 "{length}").format(room=spoken_name(p.room),
                                                    least=_minutes_text(policy.min_minutes),
                                                    length=_minutes_text(minutes)),
                               rule="duration")
        if minutes > policy.max_minutes and not p.multi_day:
            return RuleRefused(_("{room} can be booked for at most {most} at a time; this "
                                 "booking is {length}").format(
                room=spoken_name(p.room), most=_minutes_text(policy.max_minutes),
                length=_minutes_text(minutes)), rule="duration")
        return None

    def _time_window(self, p: Proposal, _policy: KindPolicy) -> RuleRefused | None:
        if p.start_changed and p.start < self.now - PAST_GRACE:
            return RuleRefused(_("{start} is in the past; choose a time from now on").format(
                start=when(p.start)), rule="past")
        if not p.start_changed and p.end_changed and p.end < self.now - PAST_GRACE:
            return RuleRefused(_("the booking would end in the past ({end})").format(
                end=when(p.end)), rule="past")
        if p.start > self.now + ADVANCE_WINDOW:
            return RuleRefused(_("{start} is more than {days} days ahead; bookings open "
                                 "{days} days in advance").format(
                start=when(p.start), days=ADVANCE_WINDOW.days), rule="advance")
        return None

    def _hours_and_holidays(self, p: Proposal) -> list[RuleRefused]:
        """Opening hours and public holidays: what the room's hours profile says."""
        found: list[RuleRefused] = []
        profile = p.room.hours_profile
        open_on_holidays = False
        if profile is not None:
            open_on_holidays = self._open_on_holidays(profile)
            refusal = self._opening_hours(p, profile)
            if refusal:
                found.append(refusal)
        if not open_on_holidays:
            for day in local_dates(p.local_start, p.local_end):
                holiday = holiday_on(day)
                if holiday:
                    found.append(RuleRefused(
                        _("{day} is a public holiday ({holiday}); {room} is closed").format(
                            day=short_day(day), holiday=holiday.name, room=spoken_name(p.room)),
                        rule="holiday"))
                    break
        return found

    def _closure(self, p: Proposal) -> list[RuleRefused]:
        found: list[RuleRefused] = []
        if self._prefetched(p):
            closure = next((c for c in self._closures
                            if c.room_id in (None, p.room.id) and c.start_at < p.end
                            and c.end_at > p.start), None)
        elif (p.room.id or 0, p.start, p.end) in self._single:
            closure = self._single[(p.room.id or 0, p.start, p.end)][0]
        else:
            hit = self._rows((
                "SELECT room_id, start_at, end_at, name FROM closure WHERE (room_id IS NULL "
                "OR room_id = :room) AND start_at < :end AND end_at > :start ORDER BY id LIMIT 1"),
                {"room": p.room.id, "end": to_epoch(p.end), "start": to_epoch(p.start)})
            closure = _Closure(hit[0][0], from_epoch(hit[0][1]), from_epoch(hit[0][2]),
                               hit[0][3]) if hit else None
        if closure:
            where = spoken_name(p.room) if closure.room_id else _("the building")
            found.append(RuleRefused(
                _("{where} is closed from {start} to {end} ({closure})").format(
                    where=where, start=when(closure.start_at), end=when(closure.end_at),
                    closure=closure.name), rule="closure"))
        return found

    def _opening_hours(self, p: Proposal, profile: str) -> RuleRefused | None:
        if p.multi_day and p.local_start.date() != p.local_end.date():
            opening = self._open_at(p, profile, p.start, at_end=False)
            return opening or self._open_at(p, profile, p.end, at_end=True)
        start, end = p.local_start, p.local_end
        day = start.date()
        spans = self._day_spans(profile, day.weekday())
        midnight = start.replace(hour=0, minute=0, second=0, microsecond=0)
        for span in spans:
            opens = midnight + timedelta(minutes=span.opens_min)
            closes = midnight + timedelta(minutes=span.closes_min)
            if opens <= start and end <= closes:
                return None
        if not spans:
            return RuleRefused(_("{room} is closed on {weekday}s").format(
                room=spoken_name(p.room), weekday=weekday_name(day)), rule="hours")
        described = ", ".join(
            f"{s.opens_min // 60:02d}:{s.opens_min % 60:02d}–"
            f"{s.closes_min // 60:02d}:{s.closes_min % 60:02d}" for s in spans)
        return RuleRefused(_("{room} is open {hours} on {weekday}s; {start}–{end} is outside "
                             "that").format(room=spoken_name(p.room), hours=described,
                                            weekday=weekday_name(day), start=hhmm(p.start),
                                            end=hhmm(p.end)), rule="hours")

    def _open_at(self, p: Proposal, profile: str, moment: datetime, *,
                 at_end: bool) -> RuleRefused | None:
        """Whether a multi-day event may start (or end) at this moment."""
        when_local = local(moment)
        midnight = when_local.replace(hour=0, minute=0, second=0, microsecond=0)
        for span in self._day_spans(profile, when_local.weekday()):
            opens = midnight + timedelta(minutes=span.opens_min)
            closes = midnight + timedelta(minutes=span.closes_min)
            if (opens < when_local <= closes) if at_end else (opens <= when_local < closes):
                return None
        if at_end:
            message = _("{room} is closed at {moment}; a multi-day event must end inside "
                        "opening hours")
        else:
            message = _("{room} is closed at {moment}; a multi-day event must start inside "
                        "opening hours")
        shown = f"{short_day(when_local.date(), year=False)} {when_local:%H:%M}"
        return RuleRefused(message.format(room=spoken_name(p.room), moment=shown), rule="hours")

    def _capacity(self, p: Proposal, _policy: KindPolicy) -> RuleRefused | None:
        if p.layout:
            seats = dict(self._rows("SELECT layout, capacity FROM room_layout WHERE "
                                    "room_id = :room", {"room": p.room.id}))
            if p.layout not in seats:
                names = list(seats)
                if not names:
                    return RuleRefused(_("{room} has no layouts to choose from; leave the "
                                         "layout empty").format(room=spoken_name(p.room)),
                                       rule="layout")
                return RuleRefused(_("{room} has no '{layout}' layout; choose one of {names}")
                                   .format(room=spoken_name(p.room), layout=p.layout,
                                           names=", ".join(sorted(names))), rule="layout")
            if p.attendees > seats[p.layout]:
                return RuleRefused(_("{room} seats {seats} in the {layout} layout; {n} "
                                     "attendees do not fit").format(
                    room=spoken_name(p.room), seats=seats[p.layout], layout=p.layout,
                    n=p.attendees),
                                   rule="capacity")
            return None
        if p.attendees > p.room.capacity:
            holds = ngettext("{room} holds {n} person", "{room} holds {n} people",
                             p.room.capacity).format(room=spoken_name(p.room), n=p.room.capacity)
            return RuleRefused(_("{holds}; {n} attendees do not fit").format(
                holds=holds, n=p.attendees), rule="capacity")
        return None

    def _term(self, p: Proposal, _policy: KindPolicy) -> RuleRefused | None:
        start, end = to_epoch(p.start), to_epoch(p.end)
        if self._prefetched(p):
            terms = [t for t in self._terms_of.get(p.room.id, ()) if t.start < end
                     and t.end > start]
        elif (p.room.id or 0, p.start, p.end) in self._single:
            terms = self._single[(p.room.id or 0, p.start, p.end)][1]
        else:
            # Asked on every booking: plain rows (a term in the way is rare; building
            # TermAssignment objects cost a third of the booking rules).
            terms = [_Term(org, first, last) for org, first, last in
                     self._rows((
                         "SELECT organization_id, start_at, end_at FROM term_assignment "
                         "WHERE room_id = :room AND active AND start_at < :end "
                         "AND end_at > :start ORDER BY start_at"),
                         {"room": p.room.id, "end": end, "start": start})]
        for term in terms:
            if term.organization_id != p.organization_id:
                name = self._team_names.get(term.organization_id or 0)
                if name is None:
                    team = self._rows("SELECT name FROM organization WHERE id = :id",
                                      {"id": term.organization_id})
                    name = team[0][0] if team else _("another team")
                return RuleRefused(
                    _("{room} is assigned to {team} from {first} to {last}; only bookings for "
                      "that team are allowed").format(
                        room=spoken_name(p.room), team=name,
                        first=day_month_year(local(term.start_at).date()),
                        last=day_month_year(local(term.end_at).date())), rule="term")
        return None
