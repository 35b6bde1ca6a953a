"""Where and when there is room: free rooms for a span, and the next free slots in a room."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import Engine, text
from sqlmodel import Session, select

from booking.booking_rows import check_span
from booking.errors import BadInput, RuleRefused
from booking.i18n import N_, _, in_spoken
from booking.policy import KIND_LABELS, PAST_GRACE, SLOT_MINUTES, policy_for
from booking.rules import (
    ROOM_FACTS_SQL,
    HoursTable,
    Proposal,
    RoomFacts,
    RuleBook,
    read_hours,
    slot_refusal,
)
from booking.sites import BUILDINGS_SQL, pick_building
from booking.store.db import QuickRead, Source, fast_rows, quick_read, read_session
from booking.store.guards import span_bound_sql
from booking.store.models import Room
from booking.store.revision import REVISION_SQL
from booking.timeutil import BUILDING_TZ, local, local_day_bounds, utc_now, when
from booking.tool_views import FreeRoom

SLOT = timedelta(minutes=SLOT_MINUTES)
SLOT_SEARCH_HORIZON = timedelta(days=30)


def _busy(source: Source, room_ids: Iterable[int], lo: int, hi: int
          ) -> dict[int, list[tuple[int, int]]]:
    """Occupied intervals per room (through every space it takes) meeting [lo, hi)."""
    ids = sorted(set(room_ids))
    if not ids:
        return {}
    marks = ",".join(str(int(i)) for i in ids)
    rows = fast_rows(source, (
        "SELECT s.room_id, o.start_at, o.end_at FROM room_space s JOIN occupancy o "
        f"ON o.space_id = s.space_id WHERE s.room_id IN ({marks}) "
        f"AND o.start_at > :lo - {span_bound_sql('occupancy')} AND o.start_at < :hi "
        "AND o.end_at > :lo"), {"lo": lo, "hi": hi})
    busy: dict[int, list[tuple[int, int]]] = {}
    for room_id, start, end in rows:
        busy.setdefault(room_id, []).append((start, end))
    return busy


@dataclass(frozen=True)
class _Building:
    """What a free-room search reads of the building, at one revision."""

    revision: int
    rooms: tuple[RoomFacts, ...]  # bookable, in service, by id
    amenities: dict[int, frozenset[str]]
    hours: HoursTable


def _clear(intervals: list[tuple[int, int]], lo: int, hi: int) -> bool:
    return all(end <= lo or start >= hi for start, end in intervals)


def _free_until(intervals: list[tuple[int, int]], hi: int, buffer_after_min: int,
                day_end: datetime) -> datetime | None:
    """When a room free up to `hi` must be left for its next booking that day (less the
    changeover after), or None when nothing else starts there before the day ends."""
    starts = [start for start, end in intervals if end > hi and start < day_end.timestamp()]
    if not starts:
        return None
    return datetime.fromtimestamp(max(min(starts) - buffer_after_min * 60, hi), UTC)


def _key(text: str) -> str:
    """How a typed name compares: case, spaces, hyphens and underscores aside."""
    return "_".join(text.strip().lower().replace("-", " ").replace("_", " ").split())


NO_KIND = N_("there is no room kind '{typed}'; choose from {codes}")
NO_AMENITY = N_("there is no amenity '{typed}'; choose from {codes}")


def _choose(typed: str, valid: dict[str, str], refusal: str) -> str:
    """The code a person meant by `typed` (its code or its label), else BadInput listing the
    codes there are (`refusal`, NO_KIND or NO_AMENITY). `valid` maps each accepted key to its
    code."""
    code = valid.get(_key(typed))
    if code is None:
        codes = sorted(set(valid.values()))
        raise BadInput(_(refusal).format(typed=typed, codes=", ".join(codes)))
    return code


def _needs(reader: QuickRead, *, kind: str | None, amenities: Iterable[str],
           floor: int | None) -> tuple[str | None, set[str]]:
    """The kind and amenities asked for, as codes; an unknown kind, amenity or floor is
    BadInput naming the ones the building has."""
    chosen_kind = None
    if kind is not None and kind.strip():
        kinds = {k for (k,) in reader.rows(
            "SELECT DISTINCT kind FROM room WHERE bookable AND NOT retired")}
        valid = {_key(k): k for k in kinds}
        valid.update({_key(KIND_LABELS[k]): k for k in kinds if k in KIND_LABELS})
        chosen_kind = _choose(kind, valid, NO_KIND)
    typed = [a for a in amenities if a.strip()]
    wanted: set[str] = set()
    if typed:
        offered = {_key(a): a for (a,) in reader.rows(
            "SELECT DISTINCT amenity FROM room_amenity")}
        wanted = {_choose(a, offered, NO_AMENITY) for a in typed}
    if floor is not None:
        levels = sorted({level for (level,) in reader.rows("SELECT level FROM floor")})
        if floor not in levels:
            raise BadInput(_("there is no floor {floor}; the floors are {floors}").format(
                floor=floor, floors=", ".join(str(level) for level in levels)))
    return chosen_kind, wanted


class Availability:
    """Free-room and free-slot searches that honour rules and changeover buffers."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.now = now
        self._kept: _Building | None = None

    def _building(self, reader: QuickRead) -> "_Building":
        """The bookable rooms, their amenities and the hours, kept between searches while the
        building's revision (raised by the database's triggers) stays the same."""
        revision = reader.rows(REVISION_SQL)[0][0]
        kept = self._kept
        if kept is not None and kept.revision == revision:
            return kept
        rooms = tuple(RoomFacts(*row) for row in reader.rows(
            ROOM_FACTS_SQL + " WHERE r.bookable AND NOT r.retired ORDER BY r.id"))
        amenities: dict[int, set[str]] = {}
        for room_id, amenity in reader.rows("SELECT room_id, amenity FROM room_amenity"):
            amenities.setdefault(room_id, set()).add(amenity)
        kept = _Building(revision, rooms, {k: frozenset(v) for k, v in amenities.items()},
                         read_hours(reader.rows))
        self._kept = kept
        return kept

    def free_rooms(self, *, start: datetime, end: datetime, capacity: int = 0,
                   kind: str | None = None, amenities: Iterable[str] = (),
                   floor: int | None = None, organization_id: int | None = None,
                   building: str | None = None) -> list[FreeRoom]:
        """Rooms free for the whole span, smallest that fits first (of one building, when
        given its code)."""
        check_span(start, end)
        if capacity < 0:
            raise BadInput(_("capacity cannot be negative"))
        now = self.now()
        if start < now - PAST_GRACE:
            raise RuleRefused(_("{start} is in the past; ask for free rooms from now on").format(
                start=when(start)), rule="past")
        # The slot rule is the same for every room: say so rather than find no room.
        misaligned = slot_refusal(start, end)
        if misaligned is not None:
            raise misaligned
        # A search is asked as the person types: one read transaction of plain rows.
        with quick_read(self.engine) as reader:
            kind, wanted = _needs(reader, kind=kind, amenities=amenities, floor=floor)
            inside = None
            if building is not None:
                chosen = pick_building(reader.rows(BUILDINGS_SQL), building)
                inside = {room_id for (room_id,) in reader.rows(
                    "SELECT r.id FROM room r JOIN floor f ON f.id = r.floor_id "
                    "WHERE f.building_id = :b", {"b": chosen})}
            facts = self._building(reader)
            candidates = [r for r in facts.rooms if r.capacity >= capacity
                          and (inside is None or r.id in inside)
                          and (not kind or r.kind == kind)
                          and (floor is None or r.floor_level == floor)
                          and wanted <= facts.amenities.get(r.id, frozenset())]
            policies = {room.id: policy_for(room.kind) for room in candidates}
            lo, hi = int(start.timestamp()), int(end.timestamp())
            pad = max((p.buffer_before_min for p in policies.values()), default=0)
            pad_after = max((p.buffer_after_min for p in policies.values()), default=0)
            day_end = local_day_bounds(local(end - timedelta(microseconds=1)).date())[1]
            # One read of the candidates' occupied time, from the earliest changeover before
            # the span to the end of its day: both whether each is clear and until when.
            busy = _busy(reader, policies, lo - pad * 60,
                         max(int(day_end.timestamp()), hi) + pad_after * 60)
            clear = [room for room in candidates
                     if _clear(busy.get(room.id, []),
                               lo - policies[room.id].buffer_before_min * 60,
                               hi + policies[room.id].buffer_after_min * 60)]
            rules = RuleBook(reader, now=now)
            rules.prefetch(start, end, facts.hours)
            admitted = rules.admitted(clear, start, end, capacity, organization_id)
            offered = facts.amenities
            free = []
            for room in admitted:
                until = [t for t in (_free_until(busy.get(room.id, []), hi,
                                                 policies[room.id].buffer_after_min, day_end),
                                     rules.closing_time(room, end)) if t is not None]
                free.append(FreeRoom(room.id, room.code,
                                     in_spoken(room.name, room.name_id), room.floor_level,
                                     room.kind, room.capacity,
                                     tuple(sorted(offered.get(room.id, set()))),
                                     min(until) if until else None, room.name))
        free.sort(key=lambda r: (r.capacity, r.floor, r.code))
        return free

    def free_until(self, *, room: str | int, at: datetime) -> datetime | None:
        """When a room free at `at` must be left that day (its next booking less the
        changeover, or its closing time), as `free` reports it; None: the rest of the day."""
        with read_session(self.engine) as session:
            target = _find_room(session, room)
            policy = policy_for(target.kind)
            day_end = local_day_bounds(local(at).date())[1]
            hi = int(at.timestamp())
            later = _busy(session, [target.id or 0], hi,
                          max(int(day_end.timestamp()), hi) + policy.buffer_after_min * 60)
            rules = RuleBook(session, now=self.now())
            until = [t for t in (_free_until(later.get(target.id or 0, []), hi,
                                             policy.buffer_after_min, day_end),
                                 rules.closing_time(target, at)) if t is not None]
        return min(until) if until else None

    def next_free_slots(self, *, room: str | int, length: timedelta,
                        after: datetime | None = None, count: int = 3, attendees: int = 0,
                        organization_id: int | None = None,
                        exclude_booking: int | None = None) -> list[tuple[datetime, datetime]]:
        """The next `count` starts (in whole slots) where the room is free for `length`."""
        if length <= timedelta(0) or length % SLOT:
            raise BadInput(_("the length must be a positive multiple of {slot} minutes").format(
                slot=SLOT_MINUTES))
        if count < 1:
            raise BadInput(_("ask for at least one slot"))
        now = self.now()
        first = after if after is not None else now
        step = int(SLOT.total_seconds())
        cursor = (int(max(first, now).timestamp()) + step - 1) // step * step
        horizon = cursor + int(SLOT_SEARCH_HORIZON.total_seconds())
        with read_session(self.engine) as session:
            target = _find_room(session, room)
            policy = policy_for(target.kind)
            before, after_buf = policy.buffer_before_min * 60, policy.buffer_after_min * 60
            busy = list(_busy(session, [target.id or 0], cursor - before,
                              horizon + after_buf).get(target.id or 0, []))
            if exclude_booking is not None:
                mine = set(session.execute(text(
                    "SELECT start_at, end_at FROM occupancy WHERE booking_id = :b"),
                    {"b": exclude_booking}).all())
                busy = [iv for iv in busy if (iv[0], iv[1]) not in mine]
            rules = RuleBook(session, now=now)
            # Closures and terms for the whole search window at once: a room assigned to a
            # team for a month would otherwise cost a query for every slot refused.
            rules.prefetch(datetime.fromtimestamp(cursor, tz=UTC),
                           datetime.fromtimestamp(horizon + int(length.total_seconds()), tz=UTC))
            span = int(length.total_seconds())
            found: list[tuple[datetime, datetime]] = []
            while cursor < horizon and len(found) < count:
                start = datetime.fromtimestamp(cursor, tz=UTC)
                end = start + length
                if not _clear(busy, cursor - before, cursor + span + after_buf):
                    cursor += step
                    continue
                refusals = rules.refusals(Proposal(target, start, end, attendees, None,
                                                   organization_id))
                if not refusals:
                    found.append((start, end))
                    # The next offer leaves room for this one's changeover, so any of them
                    # (or all) can be taken.
                    cursor += (span + after_buf + before + step - 1) // step * step
                    continue
                cursor = max(cursor + step, _skip_past(refusals, start, rules, target.id))
        return found


def _skip_past(refusals: list[RuleRefused], start: datetime, rules: RuleBook,
               room_id: int | None) -> int:
    """Where the next slot worth trying starts, past a whole-day or whole-term refusal."""
    kinds = {r.rule for r in refusals}
    if "term" in kinds:
        ends = [t.end_at for t in rules.terms_for(room_id, start)]
        if ends:
            return int(max(ends).timestamp())
    if kinds & {"holiday", "closure"}:
        next_day = datetime.combine(local(start).date() + timedelta(days=1), time(0),
                                    tzinfo=BUILDING_TZ)
        return int(next_day.timestamp())
    return 0


def _find_room(session: Session, room: str | int) -> Room:
    if isinstance(room, int):
        found = session.get(Room, room)
    else:
        found = session.exec(select(Room).where(Room.code == room)).first()
    if found is None:
        raise BadInput(_("there is no room '{room}'").format(room=room))
    return found
