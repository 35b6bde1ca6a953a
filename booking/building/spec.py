"""Read and validate the building file (resources/building.toml) into plain specs."""

import math
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from booking.building import DEFAULT_BUILDING_FILE as DEFAULT_BUILDING_FILE
from booking.errors import BadInput
from booking.i18n import _, ngettext, number_text
from booking.store.models import AreaKind, RoomKind
from booking.timeutil import DEFAULT_ZONE, known_zone

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
AREA_TOLERANCE_M2 = 1e-6

ROOM_FIELDS = {"code", "name", "floor", "kind", "capacity", "layouts", "amenities", "bookable",
               "hours", "parent", "rect", "outline", "description", "name_id"}
AREA_FIELDS = {"code", "name", "name_id", "floor", "kind", "rect", "outline"}
FLOOR_FIELDS = {"level", "name", "label", "label_id", "width", "depth"}
EQUIPMENT_FIELDS = {"code", "name", "name_id", "quantity"}
PROFILE_FIELDS = {"name", "holidays", *DAYS}


class BuildingFileError(BadInput):
    """The building file has problems; every one is listed, each naming its room and field."""

    def __init__(self, source: str, problems: list[str]) -> None:
        self.problems = problems
        head = ngettext("building file '{file}' has {n} problem: {problems}",
                        "building file '{file}' has {n} problems: {problems}", len(problems))
        super().__init__(head.format(file=source, n=len(problems), problems="; ".join(problems)))


@dataclass(frozen=True)
class HoursSpec:
    """An opening-hours profile: per weekday (0 = Monday) the open spans in minutes."""

    code: str
    name: str
    open_on_holidays: bool
    spans: tuple[tuple[int, int, int], ...]  # (weekday, opens_min, closes_min)


@dataclass(frozen=True)
class FloorSpec:
    """A storey and its bounding rectangle in metres."""

    level: int
    name: str
    label: str
    width: float
    depth: float
    label_id: str | None = None  # the label in Bahasa Indonesia, when the file gives one


@dataclass(frozen=True)
class RoomSpec:
    """A room as the file describes it."""

    code: str
    name: str
    floor: int
    kind: str
    capacity: int
    layouts: dict[str, int]
    amenities: tuple[str, ...]
    bookable: bool
    hours: str | None
    parent: str | None
    outline: tuple[tuple[float, float], ...]
    description: str
    name_id: str | None = None  # the name in Bahasa Indonesia, when the file gives one


@dataclass(frozen=True)
class AreaSpec:
    """A non-bookable drawn area."""

    code: str
    name: str
    floor: int
    kind: str
    outline: tuple[tuple[float, float], ...]
    name_id: str | None = None


@dataclass(frozen=True)
class EquipmentSpec:
    """An item events can borrow, and how many exist."""

    code: str
    name: str
    quantity: int
    name_id: str | None = None


@dataclass
class BuildingSpec:
    """The whole building file, validated."""

    code: str
    name: str
    site: str
    timezone: str
    hours: list[HoursSpec] = field(default_factory=list)
    floors: list[FloorSpec] = field(default_factory=list)
    rooms: list[RoomSpec] = field(default_factory=list)
    areas: list[AreaSpec] = field(default_factory=list)
    equipment: list[EquipmentSpec] = field(default_factory=list)


# A building's numbers (levels, seats, minutes, metres) are small; anything past these bounds
# is a typing slip, and past 64 bits it would not even fit the database.
MAX_WHOLE = 10**9
MAX_METRES = 10_000.0
MAX_FILE_BYTES = 1_000_000


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and abs(value) <= MAX_WHOLE


def _is_number(value: object) -> bool:
    return (isinstance(value, int | float) and not isinstance(value, bool)
            and math.isfinite(value) and abs(value) <= MAX_METRES)


def _minutes(text: str) -> int | None:
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() and len(p) == 2 for p in parts):
        return None
    hours, minutes = int(parts[0]), int(parts[1])
    if minutes >= 60 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


class _Reader:
    """Collects problems while turning raw TOML tables into specs."""

    def __init__(self) -> None:
        self.problems: list[str] = []

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def unknown_fields(self, where: str, table: dict[str, Any], known: set[str]) -> None:
        for key in sorted(set(table) - known):
            self.problem(_("{where}: unknown field '{field}'").format(where=where, field=key))

    def text(self, where: str, table: dict[str, Any], key: str, *, required: bool = True,
             default: str = "") -> str:
        value = table.get(key)
        if value is None:
            if required:
                self.problem(_("{where}: '{field}' is missing").format(where=where, field=key))
            return default
        if not isinstance(value, str) or (required and not value.strip()):
            self.problem(_("{where}: {field} must be a non-empty text, got {value}").format(
                where=where, field=key, value=repr(value)))
            return default
        return value.strip()

    def indonesian(self, where: str, table: dict[str, Any], key: str) -> str | None:
        """The optional Bahasa Indonesia name beside the English one: a non-empty text when
        given, None when absent."""
        if table.get(key) is None:
            return None
        return self.text(where, table, key) or None

    def hours(self, raw: object) -> list[HoursSpec]:
        if raw is None:
            return []
        if not isinstance(raw, dict):
            self.problem(_("[hours] must be a table of opening-hours profiles"))
            return []
        specs = []
        for code, table in raw.items():
            where = _("hours profile '{code}'").format(code=code)
            if not isinstance(table, dict):
                self.problem(_("{where}: must be a table").format(where=where))
                continue
            self.unknown_fields(where, table, PROFILE_FIELDS)
            holidays = table.get("holidays", False)
            if not isinstance(holidays, bool):
                self.problem(_("{where}: holidays must be true or false, got {value}").format(
                    where=where, value=repr(holidays)))
                holidays = False
            spans = []
            for weekday, day in enumerate(DAYS):
                value = table.get(day)
                if value is None or value == "":
                    continue
                span = self.span(where, day, value)
                if span:
                    spans.append((weekday, *span))
            specs.append(HoursSpec(code, self.text(where, table, "name", required=False,
                                                   default=code), holidays, tuple(spans)))
        return specs

    def span(self, where: str, day: str, value: object) -> tuple[int, int] | None:
        if isinstance(value, str) and "-" in value:
            start, _dash, end = value.partition("-")
            opens, closes = _minutes(start.strip()), _minutes(end.strip())
            if opens is not None and closes is not None and closes > opens:
                return opens, closes
        self.problem(_("{where}: {day} must look like \"08:00-17:00\" with the close after the "
                       "opening, got {value}").format(where=where, day=day, value=repr(value)))
        return None

    def outline(self, where: str, table: dict[str, Any]) -> tuple[tuple[float, float], ...]:
        rect, points = table.get("rect"), table.get("outline")
        if rect is not None and points is not None:
            self.problem(_("{where}: give either rect or outline, not both").format(where=where))
            return ()
        if rect is not None:
            if (not isinstance(rect, list) or len(rect) != 4
                    or not all(_is_number(v) for v in rect)):
                self.problem(_("{where}: rect must be [x, y, width, height] in metres, got "
                               "{value}").format(where=where, value=repr(rect)))
                return ()
            x, y, w, h = (float(v) for v in rect)
            if w <= 0 or h <= 0:
                self.problem(_("{where}: rect width and height must be positive, got {value}"
                               ).format(where=where, value=repr(rect)))
                return ()
            return ((x, y), (x + w, y), (x + w, y + h), (x, y + h))
        if points is not None:
            if (not isinstance(points, list) or len(points) < 3 or not all(
                    isinstance(p, list) and len(p) == 2 and all(_is_number(v) for v in p)
                    for p in points)):
                self.problem(_("{where}: outline must be a list of at least 3 [x, y] points, "
                               "got {value}").format(where=where, value=repr(points)))
                return ()
            from shapely.geometry import Polygon

            polygon = Polygon(points)
            if not polygon.is_valid or polygon.area <= 0:
                self.problem(_("{where}: outline is not a simple polygon (its sides cross or "
                               "it has no area)").format(where=where))
                return ()
            return tuple((float(x), float(y)) for x, y in points)
        self.problem(_("{where}: outline is missing (give rect = [x, y, width, height])").format(
            where=where))
        return ()


def _room_label(table: dict[str, Any], index: int) -> str:
    name = table.get("name") or table.get("code")
    if isinstance(name, str) and name:
        return _("room '{name}'").format(name=name)
    return _("room #{number}").format(number=index + 1)


def parse_building(text: str, *, source: str = "building.toml") -> BuildingSpec:
    """Validate the text of a building file; raise BuildingFileError listing every problem."""
    try:
        raw = tomllib.loads(text.removeprefix("\ufeff"))
    except tomllib.TOMLDecodeError as exc:
        raise BuildingFileError(source, [_("not valid TOML: {error}").format(error=exc)]
                                ) from None
    except RecursionError:
        raise BuildingFileError(source, [_("not valid TOML: it is nested too deeply")]
                                ) from None
    reader = _Reader()
    head = raw.get("building")
    if not isinstance(head, dict):
        reader.problem(_("the [building] table is missing"))
        head = {}
    spec = BuildingSpec(
        code=reader.text("[building]", head, "code"),
        name=reader.text("[building]", head, "name"),
        site=reader.text("[building]", head, "site", required=False),
        timezone=reader.text("[building]", head, "timezone", required=False,
                             default="Asia/Jakarta"),
    )
    if known_zone(spec.timezone) is None:
        reader.problem(_("[building]: timezone = {value} is not a known time zone; write an "
                         "IANA name such as Asia/Jakarta, Asia/Makassar or Asia/Jayapura")
                       .format(value=repr(spec.timezone)))
        spec.timezone = DEFAULT_ZONE
    spec.hours = reader.hours(raw.get("hours"))
    profiles = {h.code for h in spec.hours}
    spec.floors = _floors(reader, raw.get("floors"))
    floors = {f.level: f for f in spec.floors}
    spec.rooms = _rooms(reader, raw.get("rooms"), floors, profiles)
    spec.areas = _areas(reader, raw.get("areas"), floors)
    spec.equipment = _equipment(reader, raw.get("equipment"))
    for key in sorted(set(raw) - {"building", "hours", "floors", "rooms", "areas",
                                   "equipment"}):
        reader.problem(_("unknown section '{section}'").format(section=key))
    _check_geometry(reader, spec, floors)
    if reader.problems:
        raise BuildingFileError(source, reader.problems)
    return spec


def load_building_file(path: Path = DEFAULT_BUILDING_FILE) -> BuildingSpec:
    """Read and validate a building file from disk (a regular file of at most a megabyte; a
    UTF-8 byte-order mark, as some editors write, is fine)."""
    try:
        if not path.is_file():
            if not path.exists():
                raise BadInput(_("building file '{file}' does not exist").format(file=path))
            raise BadInput(_("building file '{file}' is not a regular file").format(file=path))
        if path.stat().st_size > MAX_FILE_BYTES:
            raise BadInput(_("building file '{file}' is larger than {size} bytes; a building "
                             "file is a few kilobytes").format(
                                 file=path, size=number_text(MAX_FILE_BYTES)))
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
        if len(data) > MAX_FILE_BYTES:
            raise BadInput(_("building file '{file}' is larger than {size} bytes").format(
                file=path, size=number_text(MAX_FILE_BYTES)))
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise BadInput(_("building file '{file}' is not UTF-8 text").format(file=path)
                       ) from None
    except OSError as exc:
        raise BadInput(_("building file '{file}' cannot be read: {reason}").format(
            file=path, reason=exc.strerror)) from None
    return parse_building(text, source=str(path))


def _floors(reader: _Reader, raw: object) -> list[FloorSpec]:
    if not isinstance(raw, list) or not raw:
        reader.problem(_("no [[floors]] are given"))
        return []
    floors: list[FloorSpec] = []
    for index, table in enumerate(raw):
        where = _("floor #{number}").format(number=index + 1)
        level = table.get("level")
        if not _is_int(level):
            reader.problem(_("{where}: level must be a whole number, got {value}").format(
                where=where, value=repr(level)))
            continue
        where = _("floor {level}").format(level=level)
        reader.unknown_fields(where, table, FLOOR_FIELDS)
        if any(f.level == level for f in floors):
            reader.problem(_("{where}: level {level} is given twice").format(where=where,
                                                                             level=level))
            continue
        sizes = []
        for key in ("width", "depth"):
            value = table.get(key)
            if not _is_number(value) or value <= 0:
                reader.problem(_("{where}: {field} must be a positive number of metres, got "
                                 "{value}").format(where=where, field=key, value=repr(value)))
                value = 0.0
            sizes.append(float(value))
        floors.append(FloorSpec(level, reader.text(where, table, "name"),
                                reader.text(where, table, "label", required=False),
                                sizes[0], sizes[1],
                                reader.indonesian(where, table, "label_id")))
    return floors


def _rooms(reader: _Reader, raw: object, floors: dict[int, FloorSpec],
           profiles: set[str]) -> list[RoomSpec]:
    if not isinstance(raw, list) or not raw:
        reader.problem(_("no [[rooms]] are given"))
        return []
    rooms: list[RoomSpec] = []
    seen: dict[str, str] = {}
    for index, table in enumerate(raw):
        where = _room_label(table, index)
        reader.unknown_fields(where, table, ROOM_FIELDS)
        code = reader.text(where, table, "code")
        if code in seen:
            reader.problem(_("{where}: code '{code}' is already used by {other}").format(
                where=where, code=code, other=seen[code]))
        elif code:
            seen[code] = where
        floor = table.get("floor")
        if floor not in floors:
            reader.problem(_("{where}: floor {floor} is not one of the floors {floors}").format(
                where=where, floor=repr(floor), floors=sorted(floors)))
        kind = table.get("kind")
        if kind not in {k.value for k in RoomKind}:
            reader.problem(_("{where}: unknown kind {kind}; expected one of {kinds}").format(
                where=where, kind=repr(kind), kinds=", ".join(k.value for k in RoomKind)))
        capacity = table.get("capacity")
        if not _is_int(capacity) or capacity <= 0:
            reader.problem(_("{where}: capacity must be a positive whole number, got {value}"
                             ).format(where=where, value=repr(capacity)))
            capacity = 0
        layouts = table.get("layouts", {})
        if not isinstance(layouts, dict):
            reader.problem(_("{where}: layouts must be a table like {example}").format(
                where=where, example="{ theatre = 300 }"))
            layouts = {}
        for layout, seats in layouts.items():
            if not _is_int(seats) or seats <= 0:
                reader.problem(_("{where}: layout '{layout}' capacity must be a positive whole "
                                 "number, got {value}").format(where=where, layout=layout,
                                                               value=repr(seats)))
            elif _is_int(capacity) and capacity and seats > capacity:
                reader.problem(_("{where}: layout '{layout}' seats {seats}, more than the "
                                 "room's capacity {capacity}").format(
                                     where=where, layout=layout, seats=seats, capacity=capacity))
        amenities = table.get("amenities", [])
        if not isinstance(amenities, list) or not all(
                isinstance(a, str) and a.strip() for a in amenities):
            reader.problem(_("{where}: amenities must be a list of words, got {value}").format(
                where=where, value=repr(amenities)))
            amenities = []
        bookable = table.get("bookable", True)
        if not isinstance(bookable, bool):
            reader.problem(_("{where}: bookable must be true or false, got {value}").format(
                where=where, value=repr(bookable)))
            bookable = False
        hours = table.get("hours")
        if hours is None and bookable:
            reader.problem(_("{where}: a bookable room needs hours (an opening-hours profile)"
                             ).format(where=where))
        elif hours is not None and hours not in profiles:
            reader.problem(_("{where}: hours profile {profile} is not defined under [hours]"
                             ).format(where=where, profile=repr(hours)))
        parent = table.get("parent")
        if parent is not None and not isinstance(parent, str):
            reader.problem(_("{where}: parent must be a room code, got {value}").format(
                where=where, value=repr(parent)))
            parent = None
        rooms.append(RoomSpec(
            code=code, name=reader.text(where, table, "name"), floor=floor if _is_int(floor)
            else 0, kind=str(kind), capacity=capacity,
            layouts={k: v for k, v in layouts.items() if _is_int(v)},
            amenities=tuple(dict.fromkeys(a.strip() for a in amenities)), bookable=bookable,
            hours=hours if isinstance(hours, str) else None, parent=parent,
            outline=reader.outline(where, table),
            description=reader.text(where, table, "description", required=False),
            name_id=reader.indonesian(where, table, "name_id")))
    by_code = {r.code: r for r in rooms}
    for room in rooms:
        if room.parent is None:
            continue
        parent_room = by_code.get(room.parent)
        where = _("room '{name}'").format(name=room.name)
        if parent_room is None:
            reader.problem(_("{where}: parent '{parent}' is not a room in this file").format(
                where=where, parent=room.parent))
        elif parent_room.parent is not None:
            reader.problem(_("{where}: parent '{parent}' is itself part of another room; only "
                             "one level of division is allowed").format(where=where,
                                                                       parent=room.parent))
        elif parent_room.floor != room.floor:
            reader.problem(_("{where}: parent '{parent}' is on another floor").format(
                where=where, parent=room.parent))
    return rooms


def _areas(reader: _Reader, raw: object, floors: dict[int, FloorSpec]) -> list[AreaSpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.problem(_("[[areas]] must be a list of tables"))
        return []
    areas = []
    for index, table in enumerate(raw):
        name = table.get("name") or table.get("code") or f"#{index + 1}"
        where = _("area '{name}'").format(name=name)
        reader.unknown_fields(where, table, AREA_FIELDS)
        floor = table.get("floor")
        if floor not in floors:
            reader.problem(_("{where}: floor {floor} is not one of the floors {floors}").format(
                where=where, floor=repr(floor), floors=sorted(floors)))
        kind = table.get("kind")
        if kind not in {k.value for k in AreaKind}:
            reader.problem(_("{where}: unknown kind {kind}; expected one of {kinds}").format(
                where=where, kind=repr(kind), kinds=", ".join(k.value for k in AreaKind)))
        areas.append(AreaSpec(reader.text(where, table, "code"), reader.text(where, table, "name"),
                              floor if _is_int(floor) else 0, str(kind),
                              reader.outline(where, table),
                              reader.indonesian(where, table, "name_id")))
    codes = [a.code for a in areas]
    for code in sorted({c for c in codes if codes.count(c) > 1}):
        reader.problem(_("area code '{code}' is used more than once").format(code=code))
    return areas


def _equipment(reader: _Reader, raw: object) -> list[EquipmentSpec]:
    if raw is None:
        return []
    if not isinstance(raw, list):
        reader.problem(_("[[equipment]] must be a list of tables"))
        return []
    items: list[EquipmentSpec] = []
    for index, table in enumerate(raw):
        name = table.get("name") or table.get("code") or f"#{index + 1}"
        where = _("equipment '{name}'").format(name=name)
        reader.unknown_fields(where, table, EQUIPMENT_FIELDS)
        code = reader.text(where, table, "code")
        quantity = table.get("quantity")
        if not _is_int(quantity) or quantity < 0:
            reader.problem(_("{where}: quantity must be a whole number of 0 or more, got "
                             "{value}").format(where=where, value=repr(quantity)))
            quantity = 0
        if any(item.code == code for item in items):
            reader.problem(_("{where}: code '{code}' is used twice").format(where=where,
                                                                            code=code))
        items.append(EquipmentSpec(code, reader.text(where, table, "name"), quantity,
                                   reader.indonesian(where, table, "name_id")))
    return items


# shapely is imported inside the checks only: opening the app must not pay for it.
def _check_geometry(reader: _Reader, spec: BuildingSpec, floors: dict[int, FloorSpec]) -> None:
    from shapely.geometry import Polygon, box

    shapes: list[tuple[str, int, str | None, str, Polygon]] = []
    for room in spec.rooms:
        if room.outline:
            shapes.append((_("room '{name}'").format(name=room.name), room.floor, room.parent, room.code,
                           Polygon(room.outline)))
    for area in spec.areas:
        if area.outline:
            shapes.append((_("area '{name}'").format(name=area.name), area.floor, None, area.code,
                           Polygon(area.outline)))
    for label, level, _parent, _code, polygon in shapes:
        floor = floors.get(level)
        if floor and not box(0, 0, floor.width, floor.depth).buffer(1e-9).covers(polygon):
            reader.problem(_("{where}: outline does not fit floor {level} ({width} m x {depth} "
                             "m)").format(where=label, level=level, width=f"{floor.width:g}",
                                          depth=f"{floor.depth:g}"))
    by_code = {code: polygon for _l, _f, _p, code, polygon in shapes}
    for label, _level, parent, _code, polygon in shapes:
        if parent and parent in by_code and not by_code[parent].buffer(1e-9).covers(polygon):
            reader.problem(_("{where}: outline is not inside its parent '{parent}'").format(
                where=label, parent=parent))
    for i, (label_a, floor_a, parent_a, code_a, poly_a) in enumerate(shapes):
        for label_b, floor_b, parent_b, code_b, poly_b in shapes[i + 1:]:
            if floor_a != floor_b or parent_a == code_b or parent_b == code_a:
                continue
            if poly_a.intersection(poly_b).area > AREA_TOLERANCE_M2:
                reader.problem(_("{first} and {second} overlap on floor {level}").format(
                    first=label_a, second=label_b, level=floor_a))
