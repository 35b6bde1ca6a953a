"""What the main window paints from: the building as last read and the bookings on show."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Protocol

from booking.calendar import Holiday
from booking.views import (
    BookingView,
    BuildingInfo,
    ClosureInfo,
    FloorInfo,
    HoursInfo,
    RoomInfo,
)
from ui.side_panel import RoomFilter
from ui.timeline.view import TimelineContent


class Reader(Protocol):
    """What the window reads to paint: the full services, or the quick start-up reader."""

    def buildings(self) -> list[BuildingInfo]: ...

    def floors(self) -> list[FloorInfo]: ...

    def rooms(self) -> list[RoomInfo]: ...

    def hours(self) -> dict[str, HoursInfo]: ...

    def holidays(self, first: date, last: date) -> list[Holiday]: ...

    def closures(self, start: datetime, end: datetime) -> list[ClosureInfo]: ...

    def list_bookings(self, *, start: datetime, end: datetime) -> list[BookingView]: ...


class Watcher(Protocol):
    """Tells whether another process wrote to the database since it was last asked; when it
    `pushes`, wait() returns as soon as a change arrives (else it is asked on a timer)."""

    pushes: bool

    def changed(self) -> bool: ...

    def wait(self, timeout: float) -> bool: ...

    def close(self) -> None: ...


class BuildingData:
    """The floors, rooms and hours as last read, and the timeline's content for some days.

    With several buildings in the database it holds the chosen one's floors and rooms only.
    """

    def __init__(self, reader: Reader, *, building: str = "") -> None:
        self.reader = reader
        self.rooms: list[RoomInfo] = []
        self.buildings: list[BuildingInfo] = []
        self.building = building  # the code of the building on show ("": the only one)
        self._floors: list[tuple[int, str]] = []
        self._hours: dict[str, HoursInfo] = {}

    def load(self) -> list[FloorInfo]:
        """Read the building again; the floors as read."""
        self.buildings = self.reader.buildings()
        codes = [b.code for b in self.buildings]
        if len(codes) < 2:
            self.building = ""
        elif self.building not in codes:
            self.building = codes[0]
        floors = [f for f in self.reader.floors() if self.shows(f.building)]
        self._floors = [(f.level, f"{f.name} · {f.label}" if f.label else f.name)
                        for f in floors]
        self.rooms = [r for r in self.reader.rooms() if self.shows(r.building)]
        self._hours = self.reader.hours()
        return floors

    def shows(self, building: str) -> bool:
        """Whether what is in this building (a code) is on show."""
        return not self.building or building == self.building

    def content(self, days: list[date], start: datetime, end: datetime,
                room_filter: RoomFilter, *, now: Callable[[], datetime],
                free_minutes: int) -> TimelineContent:
        """The rooms the filter admits and what happens in them from start to end.

        free_minutes: with "Free now", a room must also stay free that long.
        """
        bookings = self.reader.list_bookings(start=start, end=end)
        rooms = [r for r in self.rooms if r.bookable and room_filter.admits(r)]
        if room_filter.free_now:
            busy = busy_rooms(bookings, self.rooms, now(), free_minutes)
            rooms = [r for r in rooms if r.id not in busy]
        holidays = {h.day: h.name for h in self.reader.holidays(days[0], days[-1])}
        closures = [(c.start, c.end, c.name, c.room_id)
                    for c in self.reader.closures(start, end)]
        return TimelineContent(days, self._floors, rooms, bookings, self._hours, holidays,
                               closures)


def days_on_show(day: date, mode: str) -> list[date]:
    """The days the timeline shows around a day: its week (Monday first), or the day alone."""
    if mode == "week":
        monday = day - timedelta(days=day.weekday())
        return [monday + timedelta(days=i) for i in range(7)]
    return [day]


def busy_rooms(bookings: list[BookingView], rooms: list[RoomInfo], now: datetime,
               minutes: int) -> set[int]:
    """The ids of the rooms in use now or within the next minutes (a divisible room and its
    parts count as one)."""
    until = now + timedelta(minutes=minutes)
    busy = {b.room_id for b in bookings
            if b.active and b.start <= now < b.end or b.active and now <= b.start < until}
    by_code = {r.code: r for r in rooms}
    for room in rooms:
        parent = by_code.get(room.parent_code or "")
        if room.id in busy and parent is not None:
            busy.add(parent.id)
        if parent is not None and parent.id in busy:
            busy.add(room.id)
    return busy
