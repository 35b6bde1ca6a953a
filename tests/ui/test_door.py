"""The room-door display: book now, busy and next, check in, live changes, a lost database,
refusals, and no way out in full screen."""

import shutil
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.calendar import holiday_on
from booking.services import Services
from booking.store.db import make_engine
from tests.helpers.clock import FakeClock
from tests.helpers.days import open_day
from ui.door.window import DoorWindow

WIB = ZoneInfo("Asia/Jakarta")
DAY = open_day(0, on_or_after=date(2026, 12, 7))
ROOM = "KAWI"


def at(hour: int, minute: int = 0, *, day: date = DAY) -> datetime:
    return datetime(day.year, day.month, day.day, hour, minute, tzinfo=WIB)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(at(10, 2))


@pytest.fixture
def services(file_engine: Engine, clock: FakeClock) -> Services:
    return Services(file_engine, now=clock)


@pytest.fixture
def door(qtbot: QtBot, services: Services) -> Iterator[DoorWindow]:
    window = DoorWindow(services=services, room=ROOM)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.allow_close()
    window.close()


def _bookings(services: Services, day: date = DAY) -> list[tuple[datetime, datetime, str, str]]:
    found = services.list_bookings(start=at(0, day=day), end=at(0, day=day) + timedelta(days=1),
                                   room_ids=[services.door(ROOM).room.id])
    return [(b.start, b.end, b.title, b.status) for b in found]


def test_free_then_book_30_minutes_turns_busy(qtbot: QtBot, door: DoorWindow,
                                              services: Services) -> None:
    assert door.state_label.text() == "FREE"
    assert door.detail_label.text() == "Free until 21:00"  # closing time
    assert door.room_label.text() == "Kawi"
    assert not door.check_in_button.isVisible()
    qtbot.mouseClick(door.book_buttons[30], Qt.MouseButton.LeftButton)
    # 10:02 is within the past grace of the 10:00 slot: the booking starts there.
    assert _bookings(services) == [(at(10), at(10, 30), "Walk-in (door)", "confirmed")]
    assert door.state_label.text() == "BUSY"
    assert "Walk-in (door)" in door.detail_label.text()
    assert "until 10:30" in door.detail_label.text()
    assert not door.book_buttons[15].isVisible()
    assert door.message_label.text() == ""


def test_busy_shows_the_current_booking_and_the_next(services: Services, clock: FakeClock,
                                                     door: DoorWindow) -> None:
    services.bookings.book(actor="frontdesk", room=ROOM, start=at(10), end=at(11),
                           title="Client workshop", organization="PT Telkom Indonesia")
    services.bookings.book(actor="frontdesk", room=ROOM, start=at(13), end=at(14),
                           title="Design review")
    services.bookings.book(actor="frontdesk", room=ROOM, start=at(9, 0, day=DAY + timedelta(1)),
                           end=at(10, 0, day=DAY + timedelta(1)), title="Tomorrow's talk")
    door.on_clock_timer_timeout()
    assert door.state_label.text() == "BUSY"
    assert door.detail_label.text() == "Client workshop\nPT Telkom Indonesia · until 11:00"
    assert door.upcoming_label.text() == "13:00–14:00  Design review"
    clock.current = at(11, 5)
    door.on_clock_timer_timeout()
    assert door.state_label.text() == "FREE"
    # The next booking less the meeting room's 10-minute changeover.
    assert door.detail_label.text() == "Free until 12:50"


def test_check_in_shows_only_within_its_grace_and_checks_in(
        qtbot: QtBot, services: Services, clock: FakeClock, door: DoorWindow) -> None:
    booked = services.bookings.book(actor="frontdesk", room=ROOM, start=at(11), end=at(12),
                                    title="Board prep").booking
    door.on_clock_timer_timeout()
    assert not door.check_in_button.isVisible()  # 10:02: an hour early
    clock.current = at(10, 35)
    door.on_clock_timer_timeout()
    assert door.check_in_button.isVisible()
    assert door.check_in_button.text() == "Check in: Board prep"
    # Free until 10:50 (the changeover before 11:00): from 10:45, only 15 minutes fit.
    clock.current = at(10, 44)
    door.on_clock_timer_timeout()
    assert door.detail_label.text() == "Free until 10:50"
    assert [m for m, b in door.book_buttons.items() if b.isEnabled()] == []
    clock.current = at(10, 35)
    door.on_clock_timer_timeout()
    assert [m for m, b in door.book_buttons.items() if b.isEnabled()] == [15]
    qtbot.mouseClick(door.check_in_button, Qt.MouseButton.LeftButton)
    assert services.booking(booked.id).status == "checked_in"
    assert not door.check_in_button.isVisible()


def test_another_desk_books_and_cancels_and_the_door_follows(
        qtbot: QtBot, db_file: Path, clock: FakeClock, door: DoorWindow) -> None:
    other_engine = make_engine(db_file)
    try:
        other = Services(other_engine, now=clock)
        change = other.bookings.book(actor="frontdesk", room=ROOM, start=at(10), end=at(11),
                                     title="Desk booking")
        qtbot.waitUntil(lambda: door.state_label.text() == "BUSY", timeout=5000)
        assert door.detail_label.text().startswith("Desk booking")
        other.bookings.cancel(actor="frontdesk", booking_id=change.booking.id, reason="gone")
        qtbot.waitUntil(lambda: door.state_label.text() == "FREE", timeout=5000)
    finally:
        other_engine.dispose()


def test_a_lost_database_is_said_then_recovered(qtbot: QtBot, db_file: Path,
                                                services: Services, door: DoorWindow) -> None:
    away = db_file.with_name("away")
    away.mkdir()
    services.engine.dispose()  # as when a file share drops: the connections go
    for part in db_file.parent.glob(db_file.name + "*"):
        shutil.move(part, away / part.name)
    door.on_clock_timer_timeout()
    assert door.detail_label.text() == "Cannot reach the bookings — trying again…"
    assert not door.book_buttons[30].isVisible()
    # The database comes back: the door finds it again by itself.
    for part in db_file.parent.glob(db_file.name + "*"):
        part.unlink()
    for part in away.iterdir():
        shutil.move(part, db_file.parent / part.name)
    qtbot.waitUntil(lambda: door.state_label.text() == "FREE", timeout=8000)
    assert door.detail_label.text() == "Free until 21:00"  # closing time


def _holiday_on_a_weekday() -> date:
    day = DAY
    while holiday_on(day) is None or day.weekday() >= 5:
        day += timedelta(days=1)
    return day


def test_a_rule_refusal_is_a_message_and_writes_nothing(qtbot: QtBot, services: Services,
                                                        clock: FakeClock,
                                                        door: DoorWindow) -> None:
    holiday = _holiday_on_a_weekday()
    clock.current = at(10, 2, day=holiday)
    door.on_clock_timer_timeout()
    qtbot.mouseClick(door.book_buttons[30], Qt.MouseButton.LeftButton)
    assert _bookings(services, holiday) == []
    assert door.message_label.text()
    assert "Traceback" not in door.message_label.text()
    assert door.state_label.text() == "FREE"
    door.on_clock_timer_timeout()  # half a minute on, the next person sees a clean door
    assert door.message_label.text() == ""


def test_full_screen_cannot_be_closed_or_escaped(qtbot: QtBot, services: Services) -> None:
    window = DoorWindow(services=services, room=ROOM, fullscreen=True)
    qtbot.addWidget(window)
    window.showFullScreen()
    qtbot.waitExposed(window)
    assert window.close() is False
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    qtbot.keyClick(window, Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier)
    assert window.isVisible()
    window.allow_close()  # what a signal to the process does
    assert window.close() is True
    assert not window.isVisible()
