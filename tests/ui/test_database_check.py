"""File → Check database shows, in plain text, what the database checks found."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.ui.conftest import at
from ui.database_check import ReportBox
from ui.main_window import MainWindow


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    boxes: list[tuple[str, bool]] = []

    def show(_cls: type, _parent: QWidget, _title: str, text: str, *, ok: bool) -> None:
        boxes.append((text, ok))

    monkeypatch.setattr(ReportBox, "show", classmethod(show))
    return boxes


def check_from_the_file_menu(qtbot: QtBot, window: MainWindow,
                             shown: list[tuple[str, bool]]) -> tuple[str, bool]:
    before = len(shown)
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    entry = next(a for a in file_menu.actions() if a.text() == "Check &database")
    entry.trigger()
    qtbot.waitUntil(lambda: len(shown) > before, timeout=10_000)
    return shown[-1]


def test_a_healthy_database(qtbot: QtBot, window: MainWindow,
                            shown: list[tuple[str, bool]]) -> None:
    text, ok = check_from_the_file_menu(qtbot, window, shown)
    assert ok and text.startswith("The database is healthy.")
    assert window.message_label.text() == "The database is healthy."


def test_damage_is_named(qtbot: QtBot, window: MainWindow, services: Services,
                         shown: list[tuple[str, bool]]) -> None:
    booking = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                     title="Board meeting").booking
    with services.engine.begin() as connection:
        connection.exec_driver_sql("DROP TRIGGER occupancy_kept_while_booked")
        connection.exec_driver_sql(f"DELETE FROM occupancy WHERE booking_id = {booking.id}")
    text, ok = check_from_the_file_menu(qtbot, window, shown)
    assert not ok
    lines = text.splitlines()
    assert lines[0] == "The database has 2 problem(s):"
    assert any("occupancy_kept_while_booked" in line for line in lines)
    assert f"occupancy: booking #{booking.id} lacks its occupancy rows, so nothing stops " \
           "another booking of the room then" in lines


def test_the_box_shows_plain_text(qtbot: QtBot, window: MainWindow) -> None:
    box = ReportBox.build(window, "Check database", "guards: <b>not bold</b>", ok=False)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert box.text() == "guards: <b>not bold</b>"
