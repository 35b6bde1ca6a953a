"""What the window shows about the building: plain snapshots, no database code."""

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class RoomInfo:
    """A room as people see it: where it is, what it is, what it holds."""

    id: int
    code: str
    name: str
    floor_level: int
    floor_name: str
    kind: str
    capacity: int
    layouts: dict[str, int]
    amenities: tuple[str, ...]
    bookable: bool
    hours_profile: str | None
    parent_code: str | None
    retired: bool
    outline: tuple[tuple[float, float], ...]

    def to_json(self) -> dict[str, object]:
        return {"id": self.id, "code": self.code, "name": self.name, "floor": self.floor_level,
                "floor_name": self.floor_name, "kind": self.kind, "capacity": self.capacity,
                "layouts": self.layouts, "amenities": list(self.amenities),
                "bookable": self.bookable, "hours": self.hours_profile,
                "parent": self.parent_code, "retired": self.retired}


@dataclass(frozen=True)
class FloorInfo:
    """A floor and its size in metres."""

    id: int
    level: int
    name: str
    label: str
    width: float
    depth: float


@dataclass(frozen=True)
class HoursInfo:
    """An opening-hours profile: spans per weekday (0 = Monday) in minutes after midnight."""

    code: str
    name: str
    open_on_holidays: bool
    spans: tuple[tuple[int, int, int], ...]

    def describe_day(self, weekday: int) -> str:
        spans = [(o, c) for d, o, c in self.spans if d == weekday]
        if not spans:
            return "closed"
        return ", ".join(f"{o // 60:02d}:{o % 60:02d}–{c // 60:02d}:{c % 60:02d}" for o, c in spans)


@dataclass(frozen=True)
class ClosureInfo:
    """A closure entered by a manager: the building (room_id None) or one room."""

    id: int
    name: str
    start: datetime
    end: datetime
    room_id: int | None
