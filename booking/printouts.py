"""What the printed papers say: the front desk's day sheet and a booking's confirmation.

Plain read models assembled from what the queries return, so which bookings a sheet lists,
how they are grouped and ordered, and which rooms are closed can be tested without Qt; the
window and the command line render them to paper (ui/day_sheet.py, ui/confirmation.py).
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from booking.calendar import Holiday
from booking.i18n import _, in_spoken
from booking.policy import policy_for
from booking.statuses import ACTIVE_STATUSES
from booking.timeutil import iso_local, local, local_day_bounds, weekday_name
from booking.views import BookingView, ClosureInfo, FloorInfo, HoursInfo, RoomInfo


@dataclass(frozen=True)
class SheetLine:
    """One booking on the sheet; a hall event also carries when its crew sets up and clears."""

    booking: BookingView
    setup_from: datetime | None = None
    cleared_by: datetime | None = None


@dataclass(frozen=True)
class SheetRoom:
    """A room with something to say that day: its bookings and closures (in time order)."""

    room: RoomInfo
    lines: tuple[SheetLine, ...]
    closures: tuple[ClosureInfo, ...] = ()


@dataclass(frozen=True)
class SheetFloor:
    """One floor of the sheet: rooms in use, rooms closed all day and rooms free all day."""

    level: int
    name: str
    label: str
    rooms: tuple[SheetRoom, ...]
    closed: tuple[tuple[RoomInfo, str], ...]  # (room, why) for rooms shut all day
    free: tuple[RoomInfo, ...]
    label_en: str = ""  # the building file's English label (label: in the language spoken)
    label_id: str | None = None

    def label_in(self, language: str) -> str:
        """The floor's label in a given language (papers)."""
        return in_spoken(self.label_en or self.label, self.label_id, language)

    @property
    def bookings(self) -> int:
        return sum(len(r.lines) for r in self.rooms)


@dataclass(frozen=True)
class DaySheet:
    """The front desk's printed day: every room's bookings of one day, floor by floor."""

    day: date
    building: str
    holiday: str | None
    closures: tuple[ClosureInfo, ...]  # the whole building's
    floors: tuple[SheetFloor, ...]
    printed_at: datetime
    holiday_en: str | None = None  # the holiday's English name (`holiday` is Indonesian)

    @property
    def bookings(self) -> int:
        return sum(f.bookings for f in self.floors)

    def holiday_in(self, language: str) -> str | None:
        """The holiday's name in a language ('id' or 'en')."""
        return (self.holiday_en or self.holiday) if language == "en" else self.holiday

    def to_json(self) -> dict[str, object]:
        return {"date": self.day.isoformat(), "building": self.building,
                "holiday": self.holiday, "bookings": self.bookings,
                "closures": [c.name for c in self.closures],
                "floors": [{"level": f.level, "name": f.name,
                            "rooms": [{"room": r.room.code,
                                       "bookings": [line.booking.id for line in r.lines]}
                                      for r in f.rooms],
                            "closed": [room.code for room, _why in f.closed],
                            "free": [room.code for room in f.free]} for f in self.floors],
                "printed_at": iso_local(self.printed_at)}


def _closed_all_day(room: RoomInfo, day: date, hours: Mapping[str, HoursInfo],
                    holiday: Holiday | None) -> str | None:
    """Why the room's opening hours keep it shut all day, else None."""
    profile = hours.get(room.hours_profile or "")
    if profile is None:
        return None
    if holiday is not None and not profile.open_on_holidays:
        return holiday.name_id or holiday.name  # the sheet's key; papers name it per language
    if profile.describe_day(day.weekday()) == "closed":
        return _("closed on {weekday}s").format(weekday=weekday_name(day))
    return None


def _covers_day(closure: ClosureInfo, day: date) -> bool:
    start, end = local_day_bounds(day)
    return closure.start <= start and closure.end >= end


def assemble_day_sheet(*, day: date, building: str, floors: Iterable[FloorInfo],
                       rooms: Iterable[RoomInfo], bookings: Iterable[BookingView],
                       closures: Iterable[ClosureInfo], hours: Mapping[str, HoursInfo],
                       holiday: Holiday | None, printed_at: datetime,
                       crew: Mapping[int, tuple[int, int]] | None = None) -> DaySheet:
    """The day sheet from the day's rows.

    Only bookings that hold their room are listed (cancelled, released, declined and expired
    ones are left out), by floor, then room in the building's order, then start. `crew` maps a
    hall event's id to its setup and teardown minutes. Bookable rooms without bookings are
    listed as closed all day (holiday, weekday, closure) or free all day.
    """
    crew = crew or {}
    start, end = local_day_bounds(day)
    room_list = list(rooms)
    by_room: dict[int, list[SheetLine]] = {}
    for booking in sorted(bookings, key=lambda b: (b.start, b.id)):
        if booking.status not in ACTIVE_STATUSES or not (booking.start < end
                                                          and booking.end > start):
            continue
        setup, teardown = crew.get(booking.event_id or 0, (None, None))
        by_room.setdefault(booking.room_id, []).append(SheetLine(
            booking,
            booking.start - timedelta(minutes=setup) if setup else None,
            booking.end + timedelta(minutes=teardown) if teardown else None))
    closure_list = [c for c in closures if c.start < end and c.end > start]
    building_closures = tuple(sorted((c for c in closure_list if c.room_id is None),
                                     key=lambda c: c.start))
    sheet_floors = []
    for floor in sorted(floors, key=lambda f: f.level):
        used: list[SheetRoom] = []
        closed: list[tuple[RoomInfo, str]] = []
        free: list[RoomInfo] = []
        for room in (r for r in room_list if r.floor_level == floor.level):
            lines = tuple(by_room.pop(room.id, ()))
            own = tuple(sorted((c for c in closure_list if c.room_id == room.id),
                               key=lambda c: c.start))
            if lines:
                used.append(SheetRoom(room, lines, own))
                continue
            if not room.bookable or room.retired:
                continue
            whole = next((c for c in (*own, *building_closures) if _covers_day(c, day)), None)
            why = whole.name if whole is not None else _closed_all_day(room, day, hours,
                                                                       holiday)
            if why is not None:
                closed.append((room, why))
            elif own:
                used.append(SheetRoom(room, (), own))
            else:
                free.append(room)
        sheet_floors.append(SheetFloor(floor.level, floor.name, floor.label, tuple(used),
                                       tuple(closed), tuple(free), floor.label_en or floor.label,
                                       floor.label_id))
    return DaySheet(day, building, (holiday.name_id or holiday.name) if holiday else None,
                    building_closures, tuple(sheet_floors), printed_at,
                    (holiday.name_en or holiday.name) if holiday else None)


@dataclass(frozen=True)
class Confirmation:
    """A booking's confirmation for the guest: where, when, for whom, and how to check in."""

    booking: BookingView
    room: RoomInfo
    building: str
    site: str
    printed_at: datetime
    # Guests check in by then or the room is released (kinds released as no-shows only).
    check_in_by: datetime | None

    @property
    def day(self) -> date:
        return local(self.booking.start).date()


def confirmation_of(booking: BookingView, room: RoomInfo, *, building: str, site: str,
                    printed_at: datetime) -> Confirmation:
    """What the guest's confirmation of `booking` in `room` says."""
    grace = policy_for(room.kind).no_show_grace_min
    check_in_by = (booking.start + timedelta(minutes=grace)
                   if grace is not None and booking.event_id is None else None)
    return Confirmation(booking, room, building, site, printed_at, check_in_by)
