"""UI fixtures: the main window on a fresh database with a fixed clock."""

from collections.abc import Callable, Iterator
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.clock import FakeClock
from ui.booking_dialog import BookingDialog
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore

WIB = ZoneInfo("Asia/Jakarta")
MONDAY = date(2026, 12, 7)


def at(hour: int, minute: int = 0, *, day: int = 7) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB))


@pytest.fixture
def services(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock)


@pytest.fixture
def settings_store() -> MemorySettingsStore:
    return MemorySettingsStore()


def open_window(qtbot: QtBot, services: Services, store: MemorySettingsStore) -> MainWindow:
    """The main window shown at 1366x768 on the test Monday, scrolled to 08:00."""
    win = MainWindow(services=services, settings=store)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.set_date(MONDAY)
    win.timeline.scroll_to_time(at(8))
    return win


@pytest.fixture
def window(qtbot: QtBot, services: Services,
           settings_store: MemorySettingsStore) -> Iterator[MainWindow]:
    win = open_window(qtbot, services, settings_store)
    yield win
    win.language.apply("en")  # while the database is still there for what retranslates
    win.close()
    # Gone for good, with its dialogs: a later test's language change must not reach them.
    win.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


@pytest.fixture
def open_dialog(qtbot: QtBot, services: Services) -> Callable[..., BookingDialog]:
    """Opens a booking dialog as the window would, prefilled with what the test gives."""
    def opener(**prefill: object) -> BookingDialog:
        dialog = BookingDialog(services=services, **prefill)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog
    return opener


@pytest.fixture(autouse=True)
def _no_window_outlives_its_test(qapp: QApplication) -> Iterator[None]:
    """Windows a test made (closed by qtbot, still alive) are deleted with it: a later test's
    language change would otherwise make them read a database that is gone."""
    yield
    for widget in qapp.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)
