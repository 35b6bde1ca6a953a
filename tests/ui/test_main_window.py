"""The main window opens on the database and shows the building's floors and rooms."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from ui.main_window import MainWindow
from ui.models.rooms_model import RoomTreeModel


@pytest.fixture
def window(qtbot: QtBot, memory_engine: Engine) -> Iterator[MainWindow]:
    win = MainWindow(services=Services(memory_engine))
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win


def test_window_lists_three_floors_with_their_rooms(window: MainWindow) -> None:
    model = window.room_model
    assert model.rowCount() == 3
    floors = [model.index(row, 0).data() for row in range(3)]
    assert floors[0].startswith("Lantai 1") and floors[2].startswith("Lantai 3")
    names = [model.index(r, 0, model.index(0, 0)).data() for r in range(model.rowCount(
        model.index(0, 0)))]
    assert any(name.startswith("Bromo") for name in names)
    assert sum(model.rowCount(model.index(row, 0)) for row in range(3)) >= 35
    assert "Ruang" in window.windowTitle()


def test_clicking_a_room_shows_its_details(qtbot: QtBot, window: MainWindow) -> None:
    model = window.room_model
    ground = model.index(0, 0)
    row = next(r for r in range(model.rowCount(ground))
               if model.index(r, 0, ground).data().startswith("Semeru"))
    rect = window.room_tree.visualRect(model.index(row, 0, ground))
    qtbot.mouseClick(window.room_tree.viewport(), Qt.MouseButton.LeftButton,
                     pos=rect.center())
    text = window.details.toPlainText()
    assert "Semeru" in text
    assert "Opening hours" in text
    assert "Monday" in text


def test_status_bar_shows_database_and_wib_clock(window: MainWindow) -> None:
    assert "Database:" in window.database_label.text()
    assert window.clock_label.text().endswith("WIB")


def test_window_renders_to_an_image(window: MainWindow, tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "w.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() == 1366 and image.height() == 768


def test_room_model_passes_the_model_tester(qtmodeltester, memory_engine: Engine) -> None:  # type: ignore[no-untyped-def]
    services = Services(memory_engine)
    model = RoomTreeModel()
    model.set_building(services.floors(), services.rooms())
    qtmodeltester.check(model)
