"""The spaces a report counts and when each is open, worked out per local day in Python.

A space is a bookable room with no parts: a divisible room (the hall) is not a space itself,
its parts (Hall A, Hall B) are. A booking occupies every space its room covers (the
`room_space` view): booking the whole hall books both halves. A divisible room is reported as
the sum of its parts.
"""

import json
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import text
from sqlmodel import Session

from booking.calendar import holiday_on
from booking.i18n import in_spoken
from booking.reports.sql import Dialect, dialect_of
from booking.reports.types import Period
from booking.timeutil import BUILDING_TZ

DAY_MINUTES = 24 * 60
Span = tuple[int, int]  # epoch seconds, half-open


@dataclass(frozen=True)
class Space:
    """A physical space a booking can occupy, with what the groupings need."""

    id: int
    code: str
    name: str
    kind: str
    floor_level: int
    floor_name: str
    capacity: int
    profile: str | None
    room_code: str  # the room it is reported under by room: itself, or the divisible room
    room_name: str
    covered_by: tuple[int, ...]  # the rooms whose bookings occupy it (itself, the whole hall)
    retired_at: int | None  # when it was retired (epoch seconds), if it is
    building: str = ""  # the code of its building


def day_start(day: date) -> int:
    """Epoch seconds of a local day's midnight."""
    return int(datetime.combine(day, time(0), tzinfo=BUILDING_TZ).timestamp())


def period_bounds(period: Period) -> Span:
    return day_start(period.first), day_start(period.end)


def load_spaces(session: Session, *, kind: str | None = None,
                building: int | None = None) -> list[Space]:
    """Every bookable space (of a kind, in a building), with the rooms that cover it; a
    retired room counts until its retirement, as the audit trail records it (always, when it
    does not)."""
    rows = session.execute(text(
        "SELECT r.id, r.code, r.name, r.kind, f.level, f.name, r.capacity, r.hours_profile, "
        "COALESCE(p.code, r.code), COALESCE(p.name, r.name), r.retired, "
        "r.name_id, CASE WHEN p.id IS NULL THEN r.name_id ELSE p.name_id END, "
        f"(SELECT {dialect_of(session).joined('s.room_id')} FROM room_space s "
        "WHERE s.space_id = r.id), "
        "(SELECT max(a.at) FROM audit_entry a WHERE a.entity = 'room' AND a.entity_id = r.id "
        " AND a.action = 'room.retired'), "
        "(SELECT b.code FROM building b WHERE b.id = f.building_id) "
        "FROM room r JOIN floor f ON f.id = r.floor_id LEFT JOIN room p ON p.id = r.parent_id "
        "WHERE r.bookable AND NOT EXISTS (SELECT 1 FROM room c WHERE c.parent_id = r.id) "
        "AND (CAST(:building AS INTEGER) IS NULL OR f.building_id = CAST(:building AS INTEGER)) "
        "ORDER BY f.building_id, f.level, r.position, r.code"), {"building": building}).all()
    spaces = []
    for (rid, code, name, rkind, level, floor_name, capacity, profile, room_code, room_name,
         retired, name_id, room_name_id, covered, retired_at, building_code) in rows:
        if kind is not None and rkind != kind:
            continue
        # Names in the language spoken (a report's labels are for people; keys stay codes).
        spaces.append(Space(rid, code, in_spoken(name, name_id), rkind, level, floor_name,
                            capacity, profile, room_code, in_spoken(room_name, room_name_id),
                            tuple(sorted(int(n) for n in str(covered).split(","))),
                            int(retired_at) if retired and retired_at is not None else None,
                            str(building_code or "")))
    return spaces


class OpenHours:
    """When spaces are open over a period: each day's spans of the room's hours profile (all
    day without one), none on a public holiday or collective leave day unless the profile
    opens on holidays, less every closure of the building or of a room covering the space,
    and nothing after a retired room's retirement."""

    def __init__(self, session: Session, period: Period) -> None:
        self.period = period
        self.lo, self.hi = period_bounds(period)
        self.profiles: dict[str, dict[int, list[tuple[int, int]]]] = {}
        self.on_holidays: dict[str, bool] = {}
        for code, on_holidays in session.execute(text(
                "SELECT code, open_on_holidays FROM hours_profile")):
            self.profiles[code] = {}
            self.on_holidays[code] = bool(on_holidays)
        for code, weekday, opens, closes in session.execute(text(
                "SELECT profile_code, weekday, opens_min, closes_min FROM opening_hours "
                "ORDER BY opens_min")):
            self.profiles.setdefault(code, {}).setdefault(weekday, []).append((opens, closes))
        self.closures: list[tuple[int | None, int, int]] = [
            (room, max(start, self.lo), min(end, self.hi)) for room, start, end in
            session.execute(text("SELECT room_id, start_at, end_at FROM closure "
                                 "WHERE start_at < :hi AND end_at > :lo"),
                            {"lo": self.lo, "hi": self.hi})]
        self.days = [period.first + timedelta(days=n) for n in range(period.days)]
        self.holidays = {day for day in self.days if holiday_on(day)}
        self._cache: dict[tuple[str | None, tuple[int, ...], int | None], list[Span]] = {}

    def spans(self, space: Space) -> list[Span]:
        """The open spans of a space over the period, earliest first."""
        key = (space.profile, space.covered_by, space.retired_at)
        if key not in self._cache:
            self._cache[key] = self._spans(space)
        return self._cache[key]

    def _spans(self, space: Space) -> list[Span]:
        profile = space.profile
        week = self.profiles.get(profile, {}) if profile is not None else None
        open_on_holidays = profile is not None and self.on_holidays.get(profile, False)
        found: list[Span] = []
        for day in self.days:
            if day in self.holidays and not open_on_holidays:
                continue
            midnight = day_start(day)
            minutes = [(0, DAY_MINUTES)] if week is None else week.get(day.weekday(), [])
            for opens, closes in minutes:
                found.append((midnight + opens * 60, midnight + closes * 60))
        cuts = [(s, e) for room, s, e in self.closures if room is None or room in space.covered_by]
        if space.retired_at is not None:
            cuts.append((space.retired_at, self.hi))
        return _subtract(found, cuts)

    def minutes(self, space: Space) -> int:
        return sum(e - s for s, e in self.spans(space)) // 60


def _subtract(spans: list[Span], cuts: list[Span]) -> list[Span]:
    """The parts of `spans` outside every cut."""
    for cut_start, cut_end in cuts:
        kept: list[Span] = []
        for s, e in spans:
            if e <= cut_start or s >= cut_end:
                kept.append((s, e))
                continue
            if s < cut_start:
                kept.append((s, cut_start))
            if e > cut_end:
                kept.append((cut_end, e))
        spans = kept
    return spans


def zone_offset(lo: int) -> int:
    """The building's UTC offset in seconds at an instant: what numbers the query days."""
    offset = datetime.fromtimestamp(lo, BUILDING_TZ).utcoffset()
    return int(offset.total_seconds()) if offset is not None else 0


def day_key(moment: int, offset: int) -> int:
    """The day number a query files an instant under: (moment + offset) // 86400."""
    return (moment + offset) // 86400


def keyed(spans: list[Span], offset: int) -> list[tuple[int, int, int]]:
    """The spans cut at day-number boundaries, each with its day number, so a query joins
    spans and booking pieces on (room, day) through an index."""
    found = []
    for s, e in spans:
        while s < e:
            key = day_key(s, offset)
            cut = min(e, (key + 1) * 86400 - offset)
            found.append((s, cut, key))
            s = cut
    return found


def spans_json(rows: list[tuple[int, int, int, int]], offset: int) -> str:
    """Spans as the queries take them: [room id, space id, start, end, day number]; rows are
    (room id whose bookings occupy the space, space id, start, end)."""
    found = [[room, space, s, e, key] for room, space, start, end in rows
             for s, e, key in keyed([(start, end)], offset)]
    return json.dumps(found, separators=(",", ":"))


def open_rows(hours: OpenHours, spaces: list[Space]) -> list[tuple[int, int, int, int]]:
    """Every space's open spans, once for each room whose bookings occupy it."""
    return [(room, space.id, s, e) for space in spaces for s, e in hours.spans(space)
            for room in space.covered_by]


# The spans handed to a query, as a table the query indexes on (room, day).
def span_cte(d: Dialect) -> str:
    return f"span(room_id, space_id, s, e, k) AS MATERIALIZED ({d.rows_of('spans', 5)})"


# When a booking counts as booked: [start_at, booked_end) with booked_end its end, cut at its
# cancellation (cancelled after the start) or its release as a no-show (when known, from
# updated_at); cancelled before its start, declined or expired: never.
def booked_end(d: Dialect) -> str:
    return (f"CASE WHEN b.status = 'cancelled' THEN {d.least('b.end_at', 'b.cancelled_at')} "
            "WHEN b.status = 'released' AND b.updated_at > b.start_at "
            f"THEN {d.least('b.end_at', 'b.updated_at')} ELSE b.end_at END")


BOOKED_WHERE = ("(b.status IN ('tentative', 'confirmed', 'checked_in', 'released') OR "
                "(b.status = 'cancelled' AND b.cancelled_at > b.start_at))")
# The bookings meeting [:lo, :hi), through the start index (no booking is longer than the
# span bound).
MEETING = ("b.start_at < :hi AND b.start_at > :lo - (SELECT seconds FROM span_bound "
           "WHERE name = 'booking') AND b.end_at > :lo")
