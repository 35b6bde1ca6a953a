"""Two desks on one PostgreSQL server: what one books shows on the other's timeline at once."""

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from booking.services import Services
from booking.timeutil import local
from tests.helpers.backends import Backend
from tests.helpers.cli import run_process
from tests.helpers.days import open_day
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore


@pytest.fixture
def day(server_backend: Backend) -> date:
    """A coming Wednesday the building is open: the other desk is another process, on the
    real clock, so the day is found from the clock the services keep."""
    services = Services.open(server_backend.target, actor="frontdesk")
    try:
        return open_day(2, on_or_after=local(services.now()).date() + timedelta(days=1))
    finally:
        services.close()


@pytest.fixture
def desk(qtbot: QtBot, server_backend: Backend, day: date) -> Iterator[MainWindow]:
    services = Services.open(server_backend.target, actor="frontdesk")
    window = MainWindow(services=services, settings=MemorySettingsStore())
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.set_date(day)
    yield window
    window.close()
    services.close()


def _titles(window: MainWindow) -> set[str]:
    return {b.title for b in window.timeline.content.bookings}


def test_a_booking_made_in_another_process_shows_within_a_second(
        qtbot: QtBot, desk: MainWindow, server_backend: Backend, day: date) -> None:
    assert "Walk-in from the lobby" not in _titles(desk)

    done = run_process("--db", server_backend.target, "book", "BROMO",
                       f"{day}T10:00", f"{day}T11:00", "--title", "Walk-in from the lobby")
    assert done.returncode == 0, done.stderr
    booked_at = time.monotonic()

    qtbot.waitUntil(lambda: "Walk-in from the lobby" in _titles(desk), timeout=1000)
    assert time.monotonic() - booked_at < 1.0
    shown = next(b for b in desk.timeline.content.bookings if b.title == "Walk-in from the lobby")
    assert shown.room == "BROMO" and local(shown.start).hour == 10


def test_a_cancellation_at_another_desk_clears_the_block(
        qtbot: QtBot, desk: MainWindow, server_backend: Backend, day: date) -> None:
    other = Services.open(server_backend.target, actor="frontdesk")
    try:
        made = other.bookings.book(actor="frontdesk", room="KAWI",
                                   start=datetime.fromisoformat(f"{day}T13:00+07:00"),
                                   end=datetime.fromisoformat(f"{day}T14:00+07:00"),
                                   title="Interview").booking
        qtbot.waitUntil(lambda: "Interview" in _titles(desk), timeout=1000)
        other.bookings.cancel(actor="frontdesk", booking_id=made.id, reason="no-show call")
        qtbot.waitUntil(lambda: "Interview" not in {
            b.title for b in desk.timeline.content.bookings if b.status != "cancelled"},
            timeout=1000)
    finally:
        other.close()
