"""Geometry of the timeline: time along x (one segment per day), rooms down y."""

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from booking.timeutil import BUILDING_TZ, local
from booking.views import RoomInfo

SNAP_MINUTES = 15


@dataclass(frozen=True)
class Segment:
    """One day's visible hours on the x axis."""

    day: date
    start_min: int
    end_min: int
    x: float
    width: float
    # Epoch seconds of the segment's ends: painting asks for them thousands of times.
    lo: float = 0.0
    hi: float = 0.0

    def start(self) -> datetime:
        return datetime.combine(self.day, time(0), tzinfo=BUILDING_TZ) + timedelta(
            minutes=self.start_min)

    def end(self) -> datetime:
        return datetime.combine(self.day, time(0), tzinfo=BUILDING_TZ) + timedelta(
            minutes=self.end_min)


@dataclass
class TimeAxis:
    """Days side by side, each from start_min to end_min local time, px_per_min wide."""

    days: list[date]
    start_min: int
    end_min: int
    px_per_min: float
    gap: float = 0.0
    segments: list[Segment] = field(default_factory=list)

    def __post_init__(self) -> None:
        x = 0.0
        width = (self.end_min - self.start_min) * self.px_per_min
        self.segments = []
        for day in self.days:
            midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ).timestamp()
            self.segments.append(Segment(day, self.start_min, self.end_min, x, width,
                                         midnight + self.start_min * 60,
                                         midnight + self.end_min * 60))
            x += width + self.gap

    @property
    def width(self) -> float:
        return self.segments[-1].x + self.segments[-1].width if self.segments else 0.0

    def x_of(self, instant: datetime, *, clamp: bool = True) -> float | None:
        """The x of an instant, or None when it falls on no visible day."""
        moment = local(instant)
        for segment in self.segments:
            if segment.day == moment.date():
                minutes = moment.hour * 60 + moment.minute + moment.second / 60
                if not clamp and not segment.start_min <= minutes <= segment.end_min:
                    return None
                minutes = min(max(minutes, segment.start_min), segment.end_min)
                return segment.x + (minutes - segment.start_min) * self.px_per_min
        return None

    def span_x(self, start: datetime, end: datetime) -> list[tuple[float, float]]:
        """Pieces of x covered by [start, end), one per visible day it touches."""
        pieces = []
        first, last = start.timestamp(), end.timestamp()
        per_second = self.px_per_min / 60
        for segment in self.segments:
            lo, hi = max(first, segment.lo), min(last, segment.hi)
            if lo < hi:
                pieces.append((segment.x + (lo - segment.lo) * per_second,
                               segment.x + (hi - segment.lo) * per_second))
        return pieces

    def segment_at(self, x: float) -> Segment | None:
        for segment in self.segments:
            if segment.x <= x <= segment.x + segment.width:
                return segment
        return None

    def time_at(self, x: float, *, snap: int = SNAP_MINUTES, round_up: bool = False
                ) -> datetime | None:
        """The instant under x, snapped to whole slots (down, or up)."""
        segment = self.segment_at(x)
        if segment is None:
            if self.segments and x > self.width:
                segment = self.segments[-1]
                x = segment.x + segment.width
            elif self.segments and x < 0:
                segment = self.segments[0]
                x = 0.0
            else:
                return None
        minutes = segment.start_min + (x - segment.x) / self.px_per_min
        slots = minutes / snap
        whole = int(-(-slots // 1)) if round_up else int(slots // 1)
        minutes = min(max(whole * snap, segment.start_min), segment.end_min)
        return segment.start() + timedelta(minutes=minutes - segment.start_min)


@dataclass(frozen=True)
class Row:
    """A floor heading or a room lane."""

    y: float
    height: float
    floor_level: int
    floor_name: str
    room: RoomInfo | None = None

    @property
    def is_floor(self) -> bool:
        return self.room is None


def build_rows(floors: list[tuple[int, str]], rooms: list[RoomInfo], collapsed: set[int], *,
               room_height: float, floor_height: float) -> list[Row]:
    """Rows top to bottom: each floor's heading, then its rooms unless the floor is collapsed."""
    rows: list[Row] = []
    y = 0.0
    for level, name in floors:
        members = [r for r in rooms if r.floor_level == level]
        if not members:
            continue
        rows.append(Row(y, floor_height, level, name))
        y += floor_height
        if level in collapsed:
            continue
        for room in members:
            rows.append(Row(y, room_height, level, name, room))
            y += room_height
    return rows


def room_row(rows: Sequence[Row], code: str) -> Row | None:
    """The lane of the room with this code, or None when it is not shown."""
    return next((r for r in rows if r.room and r.room.code == code), None)
