"""What the day sheet and the confirmation say: which bookings, grouped and ordered how, and
which rooms are closed or free."""

from datetime import date, datetime, timedelta

import pytest

from booking.calendar import holidays_between
from booking.errors import BadInput
from booking.printouts import DaySheet
from booking.services import Services
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day

FD = "frontdesk"
MONDAY = open_day(0, on_or_after=date(2026, 12, 7))


def on(hour: int, minute: int = 0) -> datetime:
    return at(hour, minute, day=MONDAY.day, month=MONDAY.month)


def book(services: Services, room: str, start: int, end: int, title: str,
         **kwargs: object) -> int:
    return services.bookings.book(actor=FD, room=room, start=on(start), end=on(end),
                                  title=title, **kwargs).booking.id  # type: ignore[arg-type]


def rooms_of(sheet: DaySheet) -> dict[int, list[str]]:
    return {f.level: [r.room.code for r in f.rooms] for f in sheet.floors}


def titles_of(sheet: DaySheet, code: str) -> list[str]:
    return [line.booking.title for f in sheet.floors for r in f.rooms if r.room.code == code
            for line in r.lines]


def test_bookings_are_grouped_by_floor_then_room_in_the_buildings_order_then_time(
        services: Services) -> None:
    book(services, "P3.01", 9, 17, "Team sprint")
    book(services, "KAWI", 14, 15, "Afternoon call")
    book(services, "SEMERU", 10, 11, "Board prep")
    book(services, "KAWI", 9, 10, "Morning call", organization="Bank Mandiri", attendees=3,
         contact_name="Sari", contact_phone="0812 1111 2222")
    book(services, "P2.01", 8, 12, "Cohort class")

    sheet = services.day_sheet(MONDAY)

    assert sheet.day == MONDAY and sheet.building == "Coding Factory"
    assert [f.level for f in sheet.floors] == [1, 2, 3]
    assert rooms_of(sheet) == {1: ["SEMERU", "KAWI"], 2: ["P2.01"], 3: ["P3.01"]}
    assert titles_of(sheet, "KAWI") == ["Morning call", "Afternoon call"]
    first = sheet.floors[0].rooms[1].lines[0].booking
    assert (first.organization, first.attendees, first.contact_name, first.contact_phone) == \
        ("Bank Mandiri", 3, "Sari", "0812 1111 2222")
    assert sheet.bookings == 5 and [f.bookings for f in sheet.floors] == [3, 1, 1]
    # Rooms with nothing booked are listed as free all day, not left out silently.
    assert "BROMO" in [r.code for r in sheet.floors[0].free]
    assert "KAWI" not in [r.code for r in sheet.floors[0].free]
    assert sheet.printed_at == services.now()


def test_cancelled_and_released_bookings_are_left_out(services: Services,
                                                      clock: FakeClock) -> None:
    kept = book(services, "BROMO", 9, 10, "Kept")
    cancelled = book(services, "BROMO", 11, 12, "Called off")
    no_show = book(services, "ARJUNO", 9, 10, "Nobody came")
    services.bookings.cancel(actor=FD, booking_id=cancelled, reason="client ill")
    clock.current = on(8, 45)
    services.bookings.check_in(actor=FD, booking_id=kept)
    clock.current = on(9, 30)  # past the meeting rooms' 15-minute grace

    sheet = services.day_sheet(MONDAY)

    assert services.booking(no_show).status == "released"
    assert titles_of(sheet, "BROMO") == ["Kept"]
    assert titles_of(sheet, "ARJUNO") == []
    assert [line.booking.id for f in sheet.floors for r in f.rooms for line in r.lines] == [kept]
    assert sheet.to_json()["bookings"] == 1


def test_an_empty_day_lists_every_open_room_as_free(services: Services) -> None:
    sheet = services.day_sheet(MONDAY)

    assert sheet.bookings == 0 and sheet.holiday is None and sheet.closures == ()
    assert all(f.rooms == () and f.closed == () for f in sheet.floors)
    free = [r.code for f in sheet.floors for r in f.free]
    assert {"HALL", "BROMO", "P2.01", "P3.01"} <= set(free)
    assert "LOBBY" not in free  # not bookable


def test_a_holiday_is_named_and_rooms_closed_for_it_say_so(services: Services) -> None:
    holiday = holidays_between(MONDAY, MONDAY + timedelta(days=120))[0]

    sheet = services.day_sheet(holiday.day)

    # The sheet keeps both of the holiday's names; a paper shows the one of its language.
    assert sheet.holiday == holiday.name_id and sheet.holiday_in("en") == holiday.name_en
    assert sheet.holiday_in("id") == holiday.name_id != holiday.name_en
    closed = {room.code: why for f in sheet.floors for room, why in f.closed}
    assert closed["BROMO"] == holiday.name_id and closed["P2.01"] == holiday.name_id
    assert all(f.free == () for f in sheet.floors)


def test_a_sunday_closes_the_rooms_whose_hours_skip_it(services: Services) -> None:
    sunday = MONDAY - timedelta(days=1)

    sheet = services.day_sheet(sunday)

    closed = {room.code: why for f in sheet.floors for room, why in f.closed}
    assert closed["BROMO"] == "closed on Sundays"
    assert "HALL" in [r.code for r in sheet.floors[0].free]  # the hall opens on Sundays


def test_closures_of_the_building_and_of_a_room(services: Services) -> None:
    services.closure_tools.add(actor="manager", reason="Projector repair", start=on(13),
                               end=on(15), room="SEMERU")
    services.closure_tools.add(actor="manager", reason="Fumigation", start=on(0),
                               end=on(0) + timedelta(days=1), room="KAWI")
    services.closure_tools.add(actor="manager", reason="Power cut", start=on(18),
                               end=on(19))
    book(services, "SEMERU", 9, 10, "Before the repair")

    sheet = services.day_sheet(MONDAY)

    semeru = next(r for r in sheet.floors[0].rooms if r.room.code == "SEMERU")
    assert [c.name for c in semeru.closures] == ["Projector repair"]
    assert [line.booking.title for line in semeru.lines] == ["Before the repair"]
    closed = {room.code: why for room, why in sheet.floors[0].closed}
    assert closed == {"KAWI": "Fumigation"}
    assert [c.name for c in sheet.closures] == ["Power cut"]


def test_a_hall_event_carries_its_setup_and_teardown(services: Services) -> None:
    event = services.events.request(
        actor="organizer", hall="HALL-A", start=on(10), end=on(16), title="Product launch",
        layout="theatre", attendees=120, setup_min=90, teardown_min=45).event

    sheet = services.day_sheet(MONDAY)

    line = next(line for r in sheet.floors[0].rooms if r.room.code == "HALL-A"
                for line in r.lines)
    assert line.booking.event_id == event.id and line.booking.status == "tentative"
    assert line.setup_from == on(8, 30) and line.cleared_by == on(16, 45)


def test_a_confirmation_says_where_and_until_when_to_check_in(services: Services) -> None:
    meeting = book(services, "KAWI", 9, 10, "Client call", attendees=3)
    work = book(services, "P2.01", 9, 17, "Cohort class")

    paper = services.confirmation(meeting)

    assert paper.building == "Coding Factory" and "Singhasari" in paper.site
    assert (paper.room.code, paper.room.floor_name, paper.day) == ("KAWI", "Lantai 1", MONDAY)
    assert paper.check_in_by == on(9, 15)
    assert services.confirmation(work).check_in_by is None  # production rooms are not released
    with pytest.raises(BadInput, match="there is no booking #999"):
        services.confirmation(999)
