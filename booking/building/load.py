"""Load the building file into the database: idempotent, keeping bookings, retiring removed rooms."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, delete
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, col, select

from booking.building import DEFAULT_BUILDING_FILE
from booking.building.parts import (
    Hierarchy,
    check_no_overlap,
    check_one_level,
    kept_rooms,
    referenced,
)
from booking.building.spec import BuildingSpec, RoomSpec, load_building_file
from booking.calendar import compute_english, compute_year, prime
from booking.errors import BadInput, ConflictError
from booking.i18n import _
from booking.lookups import acting, add_audit
from booking.permissions import Action
from booking.store.db import write_session
from booking.store.guards import CONFLICT_MARKER, ROOM_PARTS_MARKER, guard_refused
from booking.store.models import (
    Account,
    Area,
    Building,
    Equipment,
    Floor,
    HoursProfile,
    OpeningHours,
    PublicHoliday,
    Role,
    Room,
    RoomAmenity,
    RoomLayout,
)
from booking.store.schema import UpgradeResult, upgrade
from booking.timeutil import use_building_zone, utc_now


@dataclass
class SyncReport:
    """What loading the building changed, by room code."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    retired: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    other_changes: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.retired or self.removed
                    or self.other_changes)


@dataclass(frozen=True)
class InitReport:
    """The outcome of `init`: the schema upgrade and the building sync."""

    schema: UpgradeResult
    building: SyncReport


def _room_state(room: Room, amenities: set[str], layouts: dict[str, int]) -> dict[str, Any]:
    return {"name": room.name, "name_id": room.name_id, "floor_id": room.floor_id, "kind": room.kind,
            "capacity": room.capacity, "bookable": room.bookable,
            "hours_profile": room.hours_profile, "parent_id": room.parent_id,
            "outline": [list(p) for p in room.outline], "description": room.description,
            "retired": room.retired, "position": room.position,
            "amenities": sorted(amenities), "layouts": dict(sorted(layouts.items()))}


def _desired_state(spec: RoomSpec, position: int, floor_ids: dict[int, int],
                   parent_id: int | None) -> dict[str, Any]:
    return {"name": spec.name, "name_id": spec.name_id, "floor_id": floor_ids[spec.floor], "kind": spec.kind,
            "capacity": spec.capacity, "bookable": spec.bookable, "hours_profile": spec.hours,
            "parent_id": parent_id, "outline": [list(p) for p in spec.outline],
            "description": spec.description, "retired": False, "position": position,
            "amenities": sorted(spec.amenities), "layouts": dict(sorted(spec.layouts.items()))}


class _BuildingSync:
    """One pass of bringing the database in line with a building spec."""

    def __init__(self, session: Session, spec: BuildingSpec, now: datetime,
                 actor: Account | None) -> None:
        self.session = session
        self.spec = spec
        self.now = now
        self.actor = actor
        self.report = SyncReport()
        self.others: dict[int | None, Building] = {}
        self.building_id = 0

    def audit(self, action: str, code: str, before: dict[str, Any] | None,
              after: dict[str, Any] | None, entity_id: int | None) -> None:
        add_audit(self.session, self.actor, self.now, action, "room", entity_id, before, after,
                  f"building file: room {code}", actor_name="init")

    def set_fields(self, obj: Any, values: dict[str, Any]) -> bool:
        changed = False
        for key, value in values.items():
            if getattr(obj, key) != value:
                setattr(obj, key, value)
                changed = True
        return changed

    def run(self) -> SyncReport:
        others = {b.id: b for b in self.session.exec(
            select(Building).where(Building.code != self.spec.code))}
        self.others = others
        self.check_others()
        building = self.session.exec(select(Building).where(Building.code == self.spec.code)
                                     ).first()
        head: dict[str, Any] = {"name": self.spec.name, "site": self.spec.site,
                                "timezone": self.spec.timezone}
        if building is None:
            building = Building(code=self.spec.code, **head)
            self.session.add(building)
            self.report.other_changes += 1
        elif self.set_fields(building, head):
            self.report.other_changes += 1
        self.session.flush()
        assert building.id is not None
        self.building_id = building.id
        self.sync_hours()
        floor_ids = self.sync_floors(building.id)
        kept = self.check_rooms()
        self.sync_rooms(floor_ids, kept)
        self.sync_areas(floor_ids)
        self.sync_equipment()
        return self.report

    def own_rooms(self) -> list[Room]:
        """The rooms of this file's building: the sync never touches another building's."""
        return list(self.session.exec(select(Room).join(Floor).where(
            Floor.building_id == self.building_id)))

    def building_label(self, building: Building | None = None) -> str:
        if building is None:
            return f"{self.spec.code} ({self.spec.name})"
        return f"{building.code} ({building.name})"

    def check_others(self) -> None:
        """Before anything changes: refuse codes and a clock that another building in the
        database already has."""
        if not self.others:
            return
        for other in self.others.values():
            if other.timezone != self.spec.timezone:
                raise BadInput(_(
                    "building {building} keeps time in {zone} but {other} keeps {other_zone}; "
                    "one database keeps one clock; nothing was changed").format(
                    building=self.building_label(), zone=self.spec.timezone,
                    other=self.building_label(other), other_zone=other.timezone))
        others = list(self.others)
        rooms = self.session.exec(
            select(Room.code, Floor.building_id).join(Floor, col(Floor.id) == Room.floor_id)
            .where(col(Room.code).in_([r.code for r in self.spec.rooms]),
                   col(Floor.building_id).in_(others)).order_by(col(Room.code))).first()
        if rooms is not None:
            raise BadInput(_("room code {code} already belongs to building {other}; {building} "
                             "cannot use it too; nothing was changed").format(
                code=rooms[0], other=self.building_label(self.others[rooms[1]]),
                building=self.building_label()))
        areas = self.session.exec(
            select(Area.code, Floor.building_id).join(Floor, col(Floor.id) == Area.floor_id)
            .where(col(Area.code).in_([a.code for a in self.spec.areas]),
                   col(Floor.building_id).in_(others)).order_by(col(Area.code))).first()
        if areas is not None:
            raise BadInput(_("area code {code} already belongs to building {other}; {building} "
                             "cannot use it too; nothing was changed").format(
                code=areas[0], other=self.building_label(self.others[areas[1]]),
                building=self.building_label()))

    def sync_hours(self) -> None:
        existing = {p.code: p for p in self.session.exec(select(HoursProfile))}
        for hours in self.spec.hours:
            profile = existing.get(hours.code)
            if profile is None:
                self.session.add(HoursProfile(code=hours.code, name=hours.name,
                                              open_on_holidays=hours.open_on_holidays))
                self.report.other_changes += 1
            spans = sorted((o.weekday, o.opens_min, o.closes_min) for o in self.session.exec(
                select(OpeningHours).where(OpeningHours.profile_code == hours.code)))
            if profile is not None and (
                    (profile.name, profile.open_on_holidays, spans)
                    != (hours.name, hours.open_on_holidays, sorted(hours.spans))):
                self.check_profile_unshared(hours.code)
            if profile is not None and self.set_fields(
                    profile, {"name": hours.name, "open_on_holidays": hours.open_on_holidays}):
                self.report.other_changes += 1
            self.session.flush()
            if spans != sorted(hours.spans):
                self.session.execute(delete(OpeningHours).where(
                    OpeningHours.profile_code == hours.code))  # type: ignore[arg-type]
                for weekday, opens, closes in hours.spans:
                    self.session.add(OpeningHours(profile_code=hours.code, weekday=weekday,
                                                  opens_min=opens, closes_min=closes))
                self.report.other_changes += 1

    def check_profile_unshared(self, code: str) -> None:
        """Profiles are shared by code; one another building's rooms use is not this file's
        to change."""
        if not self.others:
            return
        user = self.session.exec(
            select(Floor.building_id).join(Room, col(Room.floor_id) == Floor.id)
            .where(Room.hours_profile == code)
            .where(col(Floor.building_id).in_(list(self.others)))).first()
        if user is not None:
            raise BadInput(_(
                "hours profile '{profile}' is used by building {other} and {building} defines "
                "it differently; copy it as it is or give it another code; nothing was "
                "changed").format(profile=code, other=self.building_label(self.others[user]),
                                  building=self.building_label()))

    def sync_floors(self, building_id: int) -> dict[int, int]:
        existing = {f.level: f for f in self.session.exec(
            select(Floor).where(Floor.building_id == building_id))}
        ids = {}
        for spec in self.spec.floors:
            values: dict[str, Any] = {"name": spec.name, "label": spec.label,
                                      "label_id": spec.label_id, "width": spec.width,
                                      "depth": spec.depth}
            floor = existing.get(spec.level)
            if floor is None:
                floor = Floor(building_id=building_id, level=spec.level, **values)
                self.session.add(floor)
                self.report.other_changes += 1
            elif self.set_fields(floor, values):
                self.report.other_changes += 1
            self.session.flush()
            assert floor.id is not None
            ids[spec.level] = floor.id
        return ids

    def check_rooms(self) -> set[str]:
        """Before any room changes: the rooms missing from the file that stay (retired, since
        something refers to them); refuse parts more than one level deep, and parts that
        would make active bookings overlap."""
        rooms = {r.code: r for r in self.own_rooms()}
        codes = {r.id: code for code, r in rooms.items()}
        parents = {code: codes.get(r.parent_id) for code, r in rooms.items()}
        wanted = {spec.code: spec.parent for spec in self.spec.rooms}
        missing = [code for code in rooms if code not in wanted]
        kept = kept_rooms(missing, parents, [code for code in missing
                                             if referenced(self.session, rooms[code].id or 0)])
        hierarchy = Hierarchy({**wanted, **{code: parents[code] for code in kept}})
        check_one_level(hierarchy)
        check_no_overlap(self.session, hierarchy,
                         {code: r.id for code, r in rooms.items() if r.id is not None})
        return kept

    def sync_rooms(self, floor_ids: dict[int, int], kept: set[str]) -> None:
        rooms = {r.code: r for r in self.own_rooms()}
        amenities: dict[int, set[str]] = {}
        for amenity in self.session.exec(select(RoomAmenity)):
            amenities.setdefault(amenity.room_id, set()).add(amenity.amenity)
        layouts: dict[int, dict[str, int]] = {}
        for layout in self.session.exec(select(RoomLayout)):
            layouts.setdefault(layout.room_id, {})[layout.layout] = layout.capacity
        # Parents first, so children can point at them.
        ordered = sorted(enumerate(self.spec.rooms), key=lambda item: item[1].parent is not None)
        for position, spec in ordered:
            parent_id = rooms[spec.parent].id if spec.parent else None
            desired = _desired_state(spec, position, floor_ids, parent_id)
            room = rooms.get(spec.code)
            if room is None:
                room = Room(code=spec.code, **{k: v for k, v in desired.items()
                                               if k not in ("amenities", "layouts")})
                self.session.add(room)
                self.session.flush()
                assert room.id is not None
                rooms[spec.code] = room
                self.write_children(room.id, spec)
                self.report.added.append(spec.code)
                self.audit("room.added", spec.code, None, desired, room.id)
                continue
            assert room.id is not None
            before = _room_state(room, amenities.get(room.id, set()), layouts.get(room.id, {}))
            if before == desired:
                continue
            self.set_fields(room, {k: v for k, v in desired.items()
                                   if k not in ("amenities", "layouts")})
            # One room at a time, parents first, so the database sees each change of parts
            # in an order that never nests them (and moves what bookings occupy with it).
            self.session.flush()
            if before["amenities"] != desired["amenities"] or before["layouts"] != desired[
                    "layouts"]:
                self.session.execute(delete(RoomAmenity).where(
                    RoomAmenity.room_id == room.id))  # type: ignore[arg-type]
                self.session.execute(delete(RoomLayout).where(
                    RoomLayout.room_id == room.id))  # type: ignore[arg-type]
                self.session.flush()
                self.write_children(room.id, spec)
            self.report.updated.append(spec.code)
            self.audit("room.updated", spec.code, before, desired, room.id)
        self.retire_missing(rooms, amenities, layouts, kept)

    def write_children(self, room_id: int, spec: RoomSpec) -> None:
        for amenity in spec.amenities:
            self.session.add(RoomAmenity(room_id=room_id, amenity=amenity))
        for layout, seats in spec.layouts.items():
            self.session.add(RoomLayout(room_id=room_id, layout=layout, capacity=seats))

    def retire_missing(self, rooms: dict[str, Room], amenities: dict[int, set[str]],
                       layouts: dict[int, dict[str, int]], kept: set[str]) -> None:
        """Retire the rooms missing from the file that something still refers to (`kept`);
        delete the others."""
        wanted = {r.code for r in self.spec.rooms}
        # Children before parents, so a parent is never removed under a child.
        missing = sorted((r for code, r in rooms.items() if code not in wanted),
                         key=lambda r: r.parent_id is None)
        for room in missing:
            assert room.id is not None
            before = _room_state(room, amenities.get(room.id, set()), layouts.get(room.id, {}))
            if room.code in kept:
                if not room.retired:
                    room.retired = True
                    self.report.retired.append(room.code)
                    self.audit("room.retired", room.code, before, {**before, "retired": True},
                               room.id)
                continue
            self.session.execute(delete(RoomAmenity).where(
                RoomAmenity.room_id == room.id))  # type: ignore[arg-type]
            self.session.execute(delete(RoomLayout).where(
                RoomLayout.room_id == room.id))  # type: ignore[arg-type]
            self.session.delete(room)
            self.session.flush()
            self.report.removed.append(room.code)
            self.audit("room.removed", room.code, before, None, room.id)

    def sync_equipment(self) -> None:
        """Each item belongs to the building whose file first listed it; another building's
        file may list it only as it is (events anywhere borrow from one pool)."""
        existing = {e.code: e for e in self.session.exec(select(Equipment))}
        for spec in self.spec.equipment:
            item = existing.pop(spec.code, None)
            values: dict[str, Any] = {"name": spec.name, "name_id": spec.name_id,
                                      "quantity": spec.quantity}
            if item is None:
                self.session.add(Equipment(code=spec.code, building_id=self.building_id,
                                           **values))
                self.report.other_changes += 1
            elif item.building_id not in (None, self.building_id):
                if any(getattr(item, key) != value for key, value in values.items()):
                    raise BadInput(_(
                        "equipment '{item}' belongs to building {other} and {building} "
                        "defines it differently; list it as it is or leave it out; nothing "
                        "was changed").format(
                        item=spec.code, building=self.building_label(),
                        other=self.building_label(self.others.get(item.building_id))))
            elif self.set_fields(item, {**values, "building_id": self.building_id}):
                self.report.other_changes += 1
        # This building's items no longer in its file drop to zero (events may still refer
        # to them); another building's stay as they are.
        for item in existing.values():
            mine = item.building_id == self.building_id or (
                item.building_id is None and not self.others)
            if mine and item.quantity:
                item.quantity = 0
                self.report.other_changes += 1

    def sync_areas(self, floor_ids: dict[int, int]) -> None:
        existing = {a.code: a for a in self.session.exec(select(Area).join(Floor).where(
            Floor.building_id == self.building_id))}
        for spec in self.spec.areas:
            values: dict[str, Any] = {"name": spec.name, "name_id": spec.name_id,
                                      "floor_id": floor_ids[spec.floor], "kind": spec.kind,
                                      "outline": [list(p) for p in spec.outline]}
            area = existing.pop(spec.code, None)
            if area is None:
                self.session.add(Area(code=spec.code, **values))
                self.report.other_changes += 1
            elif self.set_fields(area, values):
                self.report.other_changes += 1
        for area in existing.values():
            self.session.delete(area)
            self.report.other_changes += 1


DEFAULT_ACCOUNTS = (
    ("frontdesk", "Front desk", Role.FRONT_DESK),
    ("organizer", "Event organizer", Role.ORGANIZER),
    ("manager", "Building manager", Role.MANAGER),
    ("admin", "Administrator", Role.ADMIN),
)


def ensure_default_accounts(session: Session, *, now: datetime | None = None) -> list[str]:
    """Create the built-in accounts that are missing, without passwords: a fresh install
    opens at once, and an administrator sets passwords later (`account passwd`)."""
    existing = set(session.exec(select(Account.username)))
    added = []
    for username, name, role in DEFAULT_ACCOUNTS:
        if username not in existing:
            session.add(Account(username=username, display_name=name, role=role, created_at=now))
            added.append(username)
    return added


def apply_building(session: Session, spec: BuildingSpec, *, now: datetime,
                   actor: Account | None = None) -> SyncReport:
    """Bring rooms, floors, hours and areas in line with the spec inside the caller's transaction.

    The changes are audited as `actor`'s, or as "init" when Ruang loads the file itself (a new
    or upgraded database).

    What active bookings occupy follows the rooms' parts in the same transaction (the
    database's triggers move it); a change that would make bookings overlap is refused whole.
    """
    try:
        report = _BuildingSync(session, spec, now, actor).run()
    except IntegrityError as exc:
        # The checks before the change name what they find; this is the database's own
        # refusal of what they could not see (occupancy out of step with the bookings).
        if guard_refused(exc, CONFLICT_MARKER):
            raise ConflictError(_("the building file would make bookings overlap (run "
                                  "'doctor' to see which); nothing was changed")) from None
        if ROOM_PARTS_MARKER in str(exc.orig):
            raise BadInput(_("the building file would give a part of a room parts of its "
                             "own; nothing was changed")) from None
        raise
    use_building_zone(spec.timezone)  # the building's clock from now on
    return report


def initialize(engine: Engine, *, building_file: Path = DEFAULT_BUILDING_FILE,
               now: Callable[[], datetime] = utc_now,
               sign_in: Callable[[Engine], None] | None = None,
               actor: str | int | None = None) -> InitReport:
    """Create or upgrade the schema, then load the building (safe to repeat).

    sign_in, when given, signs the acting account in on a database that already existed,
    after its schema is current and before the building file changes anything (a new
    database has no account to sign in yet). A database without accounts is loaded by Ruang
    itself; loading it again is an administrator's (the actor), audited with their account.
    """
    spec = load_building_file(building_file)
    schema = upgrade(engine)
    if sign_in is not None and schema.before is not None:
        sign_in(engine)
    with write_session(engine) as session:
        first = session.exec(select(Account.id)).first() is None
        by = None if first else acting(session, actor, Action.BUILDING_LOAD)
        report = apply_building(session, spec, now=now(), actor=by)
        report.other_changes += len(ensure_default_accounts(session, now=now()))
    return InitReport(schema, report)


def load_holidays(session: Session, *, around: int) -> None:
    """Prime the calendar with last year to three years ahead, storing years not seen before."""
    wanted = range(around - 1, around + 4)
    stored: dict[int, dict[date, str]] = {}
    english: dict[int, dict[date, str]] = {}
    unnamed: dict[int, list[PublicHoliday]] = {}
    for row in session.exec(select(PublicHoliday).where(
            col(PublicHoliday.year).in_(list(wanted)))):
        day = date.fromisoformat(row.day)
        stored.setdefault(row.year, {})[day] = row.name
        if row.name_en:
            english.setdefault(row.year, {})[day] = row.name_en
        else:
            unnamed.setdefault(row.year, []).append(row)
    for year, rows in unnamed.items():
        # Stored before holidays had English names (and the upgrade could not name them).
        english[year] = {**english.get(year, {}), **compute_english(year)}
        for row in rows:
            row.name_en = english[year].get(date.fromisoformat(row.day))
            session.add(row)
    for year in wanted:
        if year not in stored:
            stored[year], english[year] = compute_year(year), compute_english(year)
            for day, name in stored[year].items():
                session.add(PublicHoliday(day=day.isoformat(), year=year, name=name,
                                          name_en=english[year].get(day)))
        prime(year, stored[year], english.get(year))
