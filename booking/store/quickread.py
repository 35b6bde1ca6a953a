"""Fast read-only access for the first paint of the window (standard library sqlite3 only).

Importing SQLAlchemy and SQLModel costs most of a second; the window paints today's bookings
from this reader first and attaches the full services as soon as they have loaded. Every
query here answers exactly what booking.queries answers (a test compares them): the
building's lists are the same functions (rooms_of and its siblings), which booking.queries
runs in a quick read on either database.
"""

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from booking.calendar import Holiday, compute_year, holidays_between, known_years, prime
from booking.i18n import in_spoken
from booking.store.version import HEAD_REVISION
from booking.timeutil import from_epoch, known_zone, to_epoch, use_building_zone
from booking.views import BookingView, BuildingInfo, ClosureInfo, FloorInfo, HoursInfo, RoomInfo

BOOKING_COLUMNS = (
    "b.id, b.room_id, r.code, r.name, b.start_at, b.end_at, b.title, b.status, o.name, "
    "b.organization_id, b.attendees, b.layout, b.contact_name, b.contact_phone, b.notes, "
    "a.username, b.buffer_before_min, b.buffer_after_min, b.version, b.checked_in_at, "
    "b.cancel_reason, b.created_at, b.updated_at, b.series_id, b.occurrence_date, b.detached, "
    "b.event_id, b.guest_tz, o.guest_tz, r.name_id")
# What BOOKING_COLUMNS reads besides the booking b itself.
BOOKING_JOINS = ("JOIN room r ON r.id = b.room_id "
                 "LEFT JOIN organization o ON o.id = b.organization_id "
                 "LEFT JOIN account a ON a.id = b.booked_by_id")


class QuickReader:
    """Reads the building and a span of bookings straight from an up-to-date SQLite file."""

    def __init__(self, connection: sqlite3.Connection, path: Path) -> None:
        self._db = connection
        self.path = path

    @classmethod
    def open(cls, target: str) -> "QuickReader | None":
        """A reader for a local SQLite file at the current schema, else None (use the slow
        path: a URL, a new file, or one that needs an upgrade)."""
        if "://" in target or target == ":memory:":
            return None
        path = Path(target).expanduser()
        if not path.is_file() or path.stat().st_size == 0:
            return None
        path = path.resolve()  # as the services name it
        try:
            connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True,
                                         timeout=5, check_same_thread=False)
            revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        except sqlite3.Error:
            return None
        if revision is None or revision[0] != HEAD_REVISION:
            connection.close()
            return None
        zone = connection.execute("SELECT timezone FROM building ORDER BY id").fetchone()
        if zone is not None and known_zone(zone[0]) is not None:
            use_building_zone(zone[0])  # the first paint shows the building's own clock
        return cls(connection, path)

    def close(self) -> None:
        self._db.close()

    def _rows(self, sql: str, params: dict[str, Any] | None = None) -> list[Any]:
        return self._db.execute(sql, params or {}).fetchall()

    def buildings(self) -> list[BuildingInfo]:
        return buildings_of(self._rows)

    def floors(self) -> list[FloorInfo]:
        return floors_of(self._rows)

    def rooms(self) -> list[RoomInfo]:
        return rooms_of(self._rows)

    def hours(self) -> dict[str, HoursInfo]:
        return hours_of(self._rows)

    def holidays(self, first: date, last: date) -> list[Holiday]:
        for year in range(first.year, last.year + 1):
            if year in known_years():
                continue
            rows = self._db.execute(
                "SELECT day, name, name_en FROM public_holiday WHERE year = ?", (year,)).fetchall()
            stored = {date.fromisoformat(day): name for day, name, _ in rows}
            english = {date.fromisoformat(day): name for day, _, name in rows if name}
            prime(year, stored or compute_year(year), english or None)
        return holidays_between(first, last)

    def closures(self, start: datetime, end: datetime) -> list[ClosureInfo]:
        return closures_of(self._rows, start, end)

    def list_bookings(self, *, start: datetime, end: datetime,
                      room_ids: list[int] | None = None,
                      statuses: list[str] | None = None) -> list[BookingView]:
        lo, hi = int(start.timestamp()), int(end.timestamp())
        where = ("b.start_at > ? - (SELECT seconds FROM span_bound WHERE name = 'booking') "
                 "AND b.start_at < ? AND b.end_at > ?")
        params: list[object] = [lo, hi, lo]
        if room_ids is not None:
            where += f" AND b.room_id IN ({','.join('?' for _ in room_ids)})"
            params.extend(room_ids)
        rows = self._db.execute(
            f"SELECT {BOOKING_COLUMNS} FROM booking b {BOOKING_JOINS} WHERE {where}",
            params).fetchall()
        views = [view_of_row(row) for row in rows]
        if statuses is not None:
            views = [v for v in views if v.status in statuses]
        return sorted(views, key=lambda v: (v.start, v.room_id, v.id))


# Runs a SELECT with :named parameters and gives its rows: a quick read's, or the reader's.
Rows = Callable[..., list[Any]]


def buildings_of(rows: Rows) -> list[BuildingInfo]:
    """The buildings in the order they were added (the first is the main one)."""
    return [BuildingInfo(id_, code, name, site) for id_, code, name, site in rows(
        "SELECT id, code, name, site FROM building ORDER BY id")]


def floors_of(rows: Rows) -> list[FloorInfo]:
    """Floors building by building, each from the ground up."""
    return [FloorInfo(id_, level, name, in_spoken(label, label_id), width, depth, label,
                      label_id, building)
            for id_, level, name, label, width, depth, label_id, building in rows(
                "SELECT f.id, f.level, f.name, f.label, f.width, f.depth, f.label_id, b.code "
                "FROM floor f JOIN building b ON b.id = f.building_id "
                "ORDER BY f.building_id, f.level")]


def hours_of(rows: Rows) -> dict[str, HoursInfo]:
    """Every opening-hours profile by code."""
    spans: dict[str, list[tuple[int, int, int]]] = {}
    for code, weekday, opens, closes in rows(
            "SELECT profile_code, weekday, opens_min, closes_min FROM opening_hours"):
        spans.setdefault(code, []).append((weekday, opens, closes))
    return {code: HoursInfo(code, name, bool(holidays), tuple(sorted(spans.get(code, []))))
            for code, name, holidays in rows(
                "SELECT code, name, open_on_holidays FROM hours_profile")}


def closures_of(rows: Rows, start: datetime, end: datetime) -> list[ClosureInfo]:
    """Closures meeting [start, end)."""
    return [ClosureInfo(row[0], row[1], from_epoch(row[2]), from_epoch(row[3]), row[4])
            for row in rows("SELECT id, name, start_at, end_at, room_id FROM closure "
                            "WHERE start_at < :end AND end_at > :start ORDER BY id",
                            {"end": to_epoch(end), "start": to_epoch(start)})]


def rooms_of(rows: Rows, *, include_retired: bool = False) -> list[RoomInfo]:
    """The rooms in building order (by floor, then as the building file lists them), from
    plain rows: `rows` runs a SELECT. Shared by the first paint and the services (the
    window reads them on the GUI thread; building ORM objects for them cost ten times more).
    """
    amenities: dict[int, list[str]] = {}
    for room_id, amenity in rows("SELECT room_id, amenity FROM room_amenity ORDER BY amenity"):
        amenities.setdefault(room_id, []).append(amenity)
    layouts: dict[int, dict[str, int]] = {}
    for room_id, layout, seats in rows("SELECT room_id, layout, capacity FROM room_layout"):
        layouts.setdefault(room_id, {})[layout] = seats
    found = rows(
        "SELECT r.id, r.code, r.name, f.level, f.name, r.kind, r.capacity, r.bookable, "
        "r.hours_profile, p.code, r.retired, r.outline, r.position, r.name_id, b.code, "
        "f.building_id FROM room r "
        "JOIN floor f ON f.id = r.floor_id JOIN building b ON b.id = f.building_id "
        "LEFT JOIN room p ON p.id = r.parent_id" + ("" if include_retired else
                                                   " WHERE NOT r.retired"))
    rooms = [RoomInfo(
        id=row[0], code=row[1], name=in_spoken(row[2], row[13]), name_en=row[2],
        name_id=row[13], floor_level=row[3], floor_name=row[4],
        kind=row[5], capacity=row[6],
        layouts=dict(sorted(layouts.get(row[0], {}).items(), key=lambda kv: -kv[1])),
        amenities=tuple(amenities.get(row[0], [])), bookable=bool(row[7]),
        hours_profile=row[8], parent_code=row[9], retired=bool(row[10]),
        outline=tuple((p[0], p[1]) for p in _outline(row[11])), building=row[14])
        for row in found]
    order = {row[0]: (row[15], row[12]) for row in found}
    rooms.sort(key=lambda r: (order[r.id][0], r.floor_level, r.retired, order[r.id][1]))
    return rooms


def _outline(stored: Any) -> list[Any]:
    """A room's outline as its JSON column gives it: text on SQLite, parsed on a server."""
    if stored is None:
        return []
    return stored if isinstance(stored, list) else list(json.loads(stored))


def view_of_row(row: Any) -> BookingView:
    """A BookingView from a row of BOOKING_COLUMNS (booking b, room r, organization o,
    account a).

    The read model is frozen, and a frozen dataclass's __init__ sets its 32 fields one
    object.__setattr__ at a time (6 µs a row: most of a day's read). Its fields go straight
    into the instance's __dict__ instead; the result is the same value (equal, same hash),
    as a test checks field by field.
    """
    known = _INSTANTS.get
    checked_in = row[19]
    created = _fromtimestamp(row[21], UTC)
    # Most bookings were never changed: one instant serves both (datetimes are values).
    updated = created if row[22] == row[21] else _fromtimestamp(row[22], UTC)
    view = _new(BookingView)
    view.__dict__.update(
        id=row[0], room_id=row[1], room=row[2],
        room_name=in_spoken(row[3], row[29]),
        start=known(row[4]) or _instant(row[4]), end=known(row[5]) or _instant(row[5]),
        title=row[6], status=row[7], organization=row[8], organization_id=row[9],
        attendees=row[10], layout=row[11], contact_name=row[12],
        contact_phone=row[13], notes=row[14], booked_by=row[15],
        buffer_before_min=row[16], buffer_after_min=row[17],
        version=row[18],
        checked_in_at=None if checked_in is None else _fromtimestamp(checked_in, UTC),
        cancel_reason=row[20], created_at=created, updated_at=updated, series_id=row[23],
        occurrence_date=row[24], detached=bool(row[25]),
        event_id=row[26], guest_tz=row[27],
        organization_guest_tz=row[28], room_name_en=row[3], room_name_id=row[29])
    return view


_new = object.__new__
_fromtimestamp = datetime.fromtimestamp  # when a booking was made or changed: rarely shared


# Starts and ends read recently, by epoch second: a day's bookings share their slot boundaries
# and a read asks for the same ones again on every refresh (a dict lookup beats building one).
# Check-in instants are any second, shared by no other booking: they stay out, or they would
# fill the dictionary and have it cleared again and again.
_INSTANTS: dict[int, datetime] = {}


def _instant(value: int) -> datetime:
    found = _INSTANTS.get(value)
    if found is None:
        if len(_INSTANTS) >= 65_536:
            _INSTANTS.clear()
        found = _INSTANTS[value] = datetime.fromtimestamp(value, UTC)
    return found
