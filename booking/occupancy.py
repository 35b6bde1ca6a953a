"""The floor plan's read models: every room's state at a moment, and the occupancy figures.

How things are counted (the figures of `occupancy_now` and `occupancy-now`):

- A **bookable space** is a bookable, not retired room that is not divided into parts. The
  divisible hall counts as its two halves, never as a third room, so nothing is counted twice:
  a booking of one half puts that half in use; a booking of the whole hall puts both halves in
  use and its attendees are shared between them in proportion to their seats (so the building
  total counts each attendee once).
- A space is **in use** at a moment when its state is booked, in use (checked in) or assigned
  (a term assignment to a team): whatever holds the room then, as the floor plan shows it.
  A room that is closed at that moment (outside its opening hours, a holiday, a closure) is
  never in use, even when a team holds it for the term.
- **Seats booked** are the attendees of the booking holding the space (a booking without a
  head count adds none); a space held only by a term assignment counts its full capacity.
  **Seats** are the capacities of the bookable spaces.
- **Checked in** narrows "in use" to the spaces whose booking now has been checked in (the
  guests arrived), and their seats: the gap to "in use" is what is booked but not (yet) used.

A room's state, first match wins: not bookable; in use (a checked-in booking now); booked (a
booking now; shown as assigned when it is the term team's own booking in its room); soon (a
booking starts within 15 minutes); closed (closure, holiday or outside opening hours); assigned
(a term assignment covers the moment); free. Bookings win over closures because a booking that
exists (made before a closure, or by a manager's override) is what will really happen. Changeover
buffers do not make a room busy here: the plan shows bookings, not the rules' margins.
"""

from dataclasses import astuple, dataclass, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.calendar import holiday_on
from booking.errors import BadInput
from booking.i18n import _, in_spoken
from booking.queries import booking_ids_between, views_of
from booking.store.db import read_session
from booking.store.models import (
    ACTIVE_STATUSES,
    Area,
    Booking,
    BookingStatus,
    Building,
    Closure,
    Floor,
    HoursProfile,
    OpeningHours,
    Organization,
    Room,
    TermAssignment,
)
from booking.timeutil import iso_local, local, local_day_bounds
from booking.views import BookingView

SOON = timedelta(minutes=15)


class RoomStatus(StrEnum):
    """What a room is doing at one moment."""

    FREE = "free"
    BOOKED = "booked"
    SOON = "soon"
    IN_USE = "in_use"
    ASSIGNED = "assigned"
    CLOSED = "closed"
    NOT_BOOKABLE = "not_bookable"


HELD = (RoomStatus.BOOKED, RoomStatus.IN_USE, RoomStatus.ASSIGNED)


@dataclass(frozen=True)
class RoomState:
    """A room at one moment: its status, the booking holding it now and the next one today."""

    room_id: int
    status: RoomStatus
    current: BookingView | None = None
    next: BookingView | None = None
    organization: str | None = None  # who holds it: the booking's organization or the team
    team: str | None = None  # the team a term assignment gives the room to, if any
    team_id: int | None = None  # that team's organization id
    closed_by: str | None = None  # "closure", "holiday" or "hours" when it is closed
    reason: str = ""  # the closure's or holiday's name, or the day's opening hours

    @property
    def held(self) -> bool:
        return self.status in HELD


@dataclass(frozen=True)
class AreaInfo:
    """A non-bookable area drawn on a floor (corridor, stairs, toilets, ...)."""

    id: int
    code: str
    name: str
    floor_level: int
    kind: str
    outline: tuple[tuple[float, float], ...]
    name_en: str = ""  # the building file's English name (name: in the language spoken)
    name_id: str | None = None
    building: str = ""  # the code of the building the area is in


@dataclass(frozen=True)
class Figures:
    """Rooms in use out of the bookable ones, seats booked out of the seats, and how many of
    each are checked in."""

    rooms_in_use: int = 0
    rooms_bookable: int = 0
    seats_booked: int = 0
    seats: int = 0
    rooms_checked_in: int = 0
    seats_checked_in: int = 0

    def __add__(self, other: "Figures") -> "Figures":
        return Figures(*(a + b for a, b in zip(astuple(self), astuple(other), strict=True)))

    def to_json(self) -> dict[str, int]:
        return {"rooms_in_use": self.rooms_in_use, "rooms_bookable": self.rooms_bookable,
                "seats_booked": self.seats_booked, "seats": self.seats,
                "rooms_checked_in": self.rooms_checked_in,
                "seats_checked_in": self.seats_checked_in}


@dataclass(frozen=True)
class FloorFigures:
    """The figures of one floor."""

    floor: int
    name: str
    figures: Figures

    def to_json(self) -> dict[str, int]:
        return {"floor": self.floor, **self.figures.to_json()}


@dataclass(frozen=True)
class OccupancyNow:
    """Occupancy per floor and for the building at one moment."""

    at: datetime
    floors: tuple[FloorFigures, ...]
    building: Figures

    def to_json(self) -> dict[str, Any]:
        return {"at": iso_local(self.at), "floors": [f.to_json() for f in self.floors],
                "building": self.building.to_json()}


@dataclass(frozen=True)
class Snapshot:
    """Everything the floor plan shows at a moment, read in one transaction."""

    at: datetime
    states: dict[int, RoomState]
    occupancy: OccupancyNow


def list_areas(engine: Engine) -> list[AreaInfo]:
    """The drawn, non-bookable areas of every floor, floor by floor."""
    with read_session(engine) as session:
        levels = {f.id: f.level for f in session.exec(select(Floor))}
        codes = {f.id: b.code for f, b in session.exec(
            select(Floor, Building).join(Building, col(Building.id) == Floor.building_id))}
        areas = session.exec(select(Area).order_by(col(Area.id))).all()
        found = [AreaInfo(a.id or 0, a.code, in_spoken(a.name, a.name_id), levels[a.floor_id],
                          a.kind, tuple((p[0], p[1]) for p in a.outline), a.name, a.name_id,
                          codes.get(a.floor_id, ""))
                 for a in areas]
    return sorted(found, key=lambda a: a.floor_level)


def room_states(engine: Engine, at: datetime) -> dict[int, RoomState]:
    """Every room's state at `at`, by room id (retired rooms left out)."""
    return snapshot(engine, at).states


def occupancy_now(engine: Engine, at: datetime) -> OccupancyNow:
    """Rooms in use and seats booked per floor and for the building at `at`."""
    return snapshot(engine, at).occupancy


def snapshot(engine: Engine, at: datetime, *, building: str | None = None) -> Snapshot:
    """States and figures at `at` from one read (the figures of one building's floors, when
    given its code)."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise BadInput(_("the moment {moment} has no time zone").format(moment=at.isoformat()))
    with read_session(engine) as session:
        reader = _Reader(session, at)
        states = {room.id or 0: reader.state(room) for room in reader.rooms
                  if not room.retired}
        query = select(Floor).order_by(col(Floor.building_id), col(Floor.level))
        if building is not None:
            query = query.join(Building, col(Building.id) == Floor.building_id).where(
                Building.code == building)
        floors = list(session.exec(query))
    occupancy = _figures(at, floors, reader, states)
    return Snapshot(at, states, occupancy)


class _Reader:
    """The rows one moment needs, read once, and the rules that turn them into states."""

    def __init__(self, session: Session, at: datetime) -> None:
        self.at = at
        self.rooms = list(session.exec(select(Room)))
        self.parts: dict[int, list[int]] = {}
        for room in self.rooms:
            if room.parent_id is not None:
                self.parts.setdefault(room.parent_id, []).append(room.id or 0)
        moment = local(at)
        self.minute = moment.hour * 60 + moment.minute
        self.weekday = moment.weekday()
        self.holiday = holiday_on(moment.date())
        self.hours: dict[str, list[tuple[int, int]]] = {}
        for row in session.exec(select(OpeningHours).where(
                OpeningHours.weekday == self.weekday)):
            self.hours.setdefault(row.profile_code, []).append((row.opens_min, row.closes_min))
        self.open_on_holidays = {p.code for p in session.exec(select(HoursProfile))
                                 if p.open_on_holidays}
        self.closures = list(session.exec(select(Closure).where(
            Closure.start_at <= at, Closure.end_at > at)))
        self.teams = {term.room_id: (term.organization_id, name) for term, name in session.exec(
            select(TermAssignment, Organization.name)
            .join(Organization, col(Organization.id) == TermAssignment.organization_id)
            .where(col(TermAssignment.active).is_(True), TermAssignment.start_at <= at,
                   TermAssignment.end_at > at))}
        self.by_space = self._bookings(session)

    def spaces(self, room_id: int) -> list[int]:
        """The physical spaces a room takes: its parts, or itself."""
        return self.parts.get(room_id, [room_id])

    def _bookings(self, session: Session) -> dict[int, list[BookingView]]:
        day_end = local_day_bounds(local(self.at).date())[1]
        ids = booking_ids_between(session, self.at, max(day_end, self.at + SOON))
        by_space: dict[int, list[BookingView]] = {}
        if not ids:
            return by_space
        rows = session.exec(select(Booking).where(
            col(Booking.id).in_(ids), col(Booking.status).in_(ACTIVE_STATUSES))).all()
        for view in views_of(session, sorted(rows, key=lambda b: (b.start_at, b.id or 0))):
            for space in self.spaces(view.room_id):
                by_space.setdefault(space, []).append(view)
        return by_space

    def state(self, room: Room) -> RoomState:
        room_id = room.id or 0
        if not room.bookable:
            return RoomState(room_id, RoomStatus.NOT_BOOKABLE)
        seen: dict[int, BookingView] = {}
        for space in self.spaces(room_id):
            for view in self.by_space.get(space, []):
                seen[view.id] = view
        bookings = sorted(seen.values(), key=lambda v: (v.start, v.id))
        now = [v for v in bookings if v.start <= self.at < v.end]
        current = next((v for v in now if v.status == BookingStatus.CHECKED_IN),
                       now[0] if now else None)
        upcoming = next((v for v in bookings if v.start > self.at), None)
        team_id, team = self.teams.get(room_id, (None, None))
        base = RoomState(room_id, RoomStatus.FREE, current=current, next=upcoming, team=team,
                         team_id=team_id)
        if current is not None:
            if current.status == BookingStatus.CHECKED_IN:
                return replace(base, status=RoomStatus.IN_USE, organization=current.organization)
            if team is not None and current.organization == team:
                return replace(base, status=RoomStatus.ASSIGNED, organization=team)
            return replace(base, status=RoomStatus.BOOKED, organization=current.organization)
        if upcoming is not None and upcoming.start - self.at <= SOON:
            return replace(base, status=RoomStatus.SOON, organization=upcoming.organization)
        closed = self._closed(room)
        if closed is not None:
            return replace(base, status=RoomStatus.CLOSED, closed_by=closed[0],
                           reason=closed[1])
        if team is not None:
            return replace(base, status=RoomStatus.ASSIGNED, organization=team)
        return base

    def _closed(self, room: Room) -> tuple[str, str] | None:
        """Why the room is closed at the moment, as (cause, detail), or None when open."""
        # The same closures the booking rules apply: the building's, or this room's own.
        closure = next((c for c in self.closures if c.room_id in (None, room.id)), None)
        if closure is not None:
            return "closure", closure.name
        profile = room.hours_profile
        if self.holiday is not None and profile not in self.open_on_holidays:
            return "holiday", self.holiday.name
        if profile is None:
            return None
        spans = sorted(self.hours.get(profile, []))
        if any(opens <= self.minute < closes for opens, closes in spans):
            return None
        return "hours", ", ".join(f"{o // 60:02d}:{o % 60:02d}–{c // 60:02d}:{c % 60:02d}"
                                  for o, c in spans)


def _share(reader: _Reader, space: int, booking: BookingView, capacities: dict[int, int]) -> int:
    """The attendees of a booking seated in one of its spaces (a whole-hall booking is shared)."""
    spaces = reader.spaces(booking.room_id)
    if len(spaces) == 1:
        return booking.attendees
    total = sum(capacities[s] for s in spaces) or 1
    # Largest remainder: the shares add up to the attendees exactly.
    exact = {s: booking.attendees * capacities[s] / total for s in spaces}
    shares = {s: int(v) for s, v in exact.items()}
    left = booking.attendees - sum(shares.values())
    for s in sorted(spaces, key=lambda s: (-(exact[s] - shares[s]), spaces.index(s)))[:left]:
        shares[s] += 1
    return shares[space]


def _figures(at: datetime, floors: list[Floor], reader: _Reader,
             states: dict[int, RoomState]) -> OccupancyNow:
    capacities = {r.id or 0: r.capacity for r in reader.rooms}
    per_floor: dict[int, Figures] = {f.id or 0: Figures() for f in floors}
    for room in reader.rooms:
        room_id = room.id or 0
        if (room.retired or not room.bookable or room_id in reader.parts
                or room.floor_id not in per_floor):
            continue
        state = states[room_id]
        seats = 0
        if state.held:
            seats = _share(reader, room_id, state.current, capacities) if state.current \
                else room.capacity
        checked_in = state.status == RoomStatus.IN_USE
        per_floor[room.floor_id] = per_floor[room.floor_id] + Figures(
            int(state.held), 1, seats, room.capacity, int(checked_in), seats if checked_in else 0)
    rows = tuple(FloorFigures(f.level, f.name, per_floor[f.id or 0]) for f in floors)
    building = sum((r.figures for r in rows), Figures())
    return OccupancyNow(at, rows, building)
