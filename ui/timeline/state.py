"""What the timeline shows at one moment, as plain frozen values: the painter draws a Frame."""

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from booking.views import BookingView, HoursInfo, RoomInfo
from ui.timeline.axis import Row, TimeAxis, room_row
from ui.timeline.geometry import GUTTER, HEADER

# A closure: from, to, why, and the room it closes (None: the whole building).
Closure = tuple[datetime, datetime, str, int | None]


@dataclass(frozen=True)
class Span:
    """A room's stretch of time: the keyboard cursor, or where a dragged booking would go."""

    room_code: str
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Ghost:
    """Where a dragged booking would land, and why it may not (None: it may)."""

    span: Span
    refusal: str | None


@dataclass(frozen=True)
class Frame:
    """Everything one paint of the timeline's viewport needs, and nothing it could change."""

    width: float
    height: float
    scroll_x: int
    scroll_y: int
    mode: str  # "day" or "week"
    step: int  # minutes between grid lines
    colour_by: str  # "kind" or "organization"
    collapsed: frozenset[int]
    axis: TimeAxis
    rows: Sequence[Row]
    rooms: Sequence[RoomInfo]
    by_room: Mapping[int, Sequence[BookingView]]
    hours: Mapping[str, HoursInfo]
    holidays: Mapping[date, str]
    closures: Sequence[Closure]
    now: datetime
    selected_id: int | None
    cursor: Span | None
    ghost: Ghost | None

    @property
    def x0(self) -> float:
        """The viewport x of the axis' origin."""
        return GUTTER - self.scroll_x

    @property
    def y0(self) -> float:
        """The viewport y of the first row's top."""
        return HEADER - self.scroll_y

    def row_for_room(self, code: str) -> Row | None:
        return room_row(self.rows, code)
