"""Read models shared by the window and the command line: rooms with their floors."""

__all__ = ["ClosureInfo", "FloorInfo", "HoursInfo", "RoomInfo", "list_closures", "list_floors",
           "list_hours", "list_rooms"]

from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import select

from booking.db import read_session
from booking.infos import ClosureInfo, FloorInfo, HoursInfo, RoomInfo
from booking.models import (
    Closure,
    Floor,
    HoursProfile,
    OpeningHours,
    Room,
    RoomAmenity,
    RoomLayout,
)


def list_floors(engine: Engine) -> list[FloorInfo]:
    """Floors from the ground up."""
    with read_session(engine) as session:
        return [FloorInfo(f.id or 0, f.level, f.name, f.label, f.width, f.depth)
                for f in session.exec(select(Floor).order_by(Floor.level))]  # type: ignore[arg-type]


def list_rooms(engine: Engine, *, include_retired: bool = False) -> list[RoomInfo]:
    """Rooms in building order: by floor, then as the building file lists them."""
    with read_session(engine) as session:
        floors = {f.id: f for f in session.exec(select(Floor))}
        rooms = list(session.exec(select(Room)))
        amenities: dict[int, list[str]] = {}
        for amenity in session.exec(select(RoomAmenity).order_by(
                RoomAmenity.amenity)):
            amenities.setdefault(amenity.room_id, []).append(amenity.amenity)
        layouts: dict[int, dict[str, int]] = {}
        for layout in session.exec(select(RoomLayout)):
            layouts.setdefault(layout.room_id, {})[layout.layout] = layout.capacity
    codes = {r.id: r.code for r in rooms}
    result = []
    for room in rooms:
        if room.retired and not include_retired:
            continue
        assert room.id is not None
        floor = floors[room.floor_id]
        result.append(RoomInfo(
            id=room.id, code=room.code, name=room.name, floor_level=floor.level,
            floor_name=floor.name, kind=room.kind, capacity=room.capacity,
            layouts=dict(sorted(layouts.get(room.id, {}).items(), key=lambda kv: -kv[1])),
            amenities=tuple(amenities.get(room.id, [])), bookable=room.bookable,
            hours_profile=room.hours_profile,
            parent_code=codes.get(room.parent_id) if room.parent_id else None,
            retired=room.retired, outline=tuple((p[0], p[1]) for p in room.outline)))
    positions = {r.id: r.position for r in rooms}
    result.sort(key=lambda r: (r.floor_level, r.retired, positions[r.id]))
    return result


def list_hours(engine: Engine) -> dict[str, HoursInfo]:
    """Every opening-hours profile by code."""
    with read_session(engine) as session:
        profiles = list(session.exec(select(HoursProfile)))
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for row in session.exec(select(OpeningHours)):
            spans.setdefault(row.profile_code, []).append((row.weekday, row.opens_min,
                                                           row.closes_min))
    return {p.code: HoursInfo(p.code, p.name, p.open_on_holidays,
                              tuple(sorted(spans.get(p.code, [])))) for p in profiles}


def list_closures(engine: Engine, start: datetime, end: datetime) -> list[ClosureInfo]:
    """Closures meeting [start, end)."""
    with read_session(engine) as session:
        rows = session.exec(select(Closure).where(Closure.start_at < end,
                                                  Closure.end_at > start)).all()
        return [ClosureInfo(c.id or 0, c.name, c.start_at, c.end_at, c.room_id) for c in rows]
