"""The main window opens on the database and shows the building, its rooms and the timeline."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.ui.conftest import MONDAY
from ui.main_window import MainWindow
from ui.models.rooms_model import RoomTreeModel
from ui.settings import MemorySettingsStore


def test_window_lists_three_floors_with_their_rooms(window: MainWindow) -> None:
    model = window.side_panel.model
    assert model.rowCount() == 3
    floors = [model.index(row, 0).data() for row in range(3)]
    assert floors[0].startswith("Lantai 1") and floors[2].startswith("Lantai 3")
    names = [model.index(r, 0, model.index(0, 0)).data()
             for r in range(model.rowCount(model.index(0, 0)))]
    assert any(name.startswith("Bromo") for name in names)
    assert sum(model.rowCount(model.index(row, 0)) for row in range(3)) >= 35
    assert "Ruang" in window.windowTitle()


def test_timeline_has_a_lane_per_bookable_room(window: MainWindow) -> None:
    assert window.timeline.row_for_room("BROMO") is not None
    assert window.timeline.row_for_room("LOBBY") is None  # not bookable


def test_status_bar_shows_database_account_and_wib_clock(window: MainWindow) -> None:
    assert "Database:" in window.database_label.text()
    assert "frontdesk" in window.account_label.text()
    assert window.clock_label.text().endswith("WIB")


def test_kind_filter_narrows_the_timeline(window: MainWindow) -> None:
    combo = window.side_panel.kind_combo
    combo.setCurrentIndex(combo.findData("meeting"))
    assert window.timeline.row_for_room("BROMO") is not None
    assert window.timeline.row_for_room("P2.01") is None
    window.side_panel.capacity_spin.setValue(10)
    assert window.timeline.row_for_room("BROMO") is None  # 8 seats
    assert window.timeline.row_for_room("SEMERU") is not None


def test_day_and_week_switch_and_navigation(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.mode == "week"
    assert len(window.visible_days()) == 7 and window.visible_days()[0] == MONDAY
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.visible_days()[0].isoformat() == "2026-12-14"
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.timeline.mode == "day"
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    assert window.current_date.isoformat() == "2026-12-01"  # the fake clock's today


def test_window_state_is_remembered(qtbot: QtBot, services: Services) -> None:
    store = MemorySettingsStore()
    first = MainWindow(services=services, settings=store)
    qtbot.addWidget(first)
    first.set_view("week")
    first.controls.zoom_combo.setCurrentIndex(0)
    first.timeline.set_collapsed({2})
    first.close()
    assert store.saved.view == "week" and store.saved.collapsed_floors == [2]
    second = MainWindow(services=services, settings=store)
    qtbot.addWidget(second)
    assert second.timeline.mode == "week"
    assert second.timeline.collapsed == {2}
    assert second.timeline.row_for_room("P2.01") is None
    second.close()


def test_window_renders_to_an_image(window: MainWindow, tmp_path: Path) -> None:
    path = tmp_path / "w.png"
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() == 1366 and image.height() == 768


def test_room_model_passes_the_model_tester(qtmodeltester, services: Services) -> None:  # type: ignore[no-untyped-def]
    model = RoomTreeModel()
    model.set_building(services.floors(), services.rooms())
    qtmodeltester.check(model)


def test_floor_plan_tab_opens_on_ctrl_5(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_plan is not None
    assert window.tabs.currentWidget() is window.floor_plan
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Floor plan"


def test_events_tab_opens_on_ctrl_6(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    assert window.events_view is not None
    assert window.tabs.currentWidget() is window.events_view
    assert window.tabs.tabText(window.tabs.currentIndex()) == "Events"


def test_clicking_a_waiting_tab_builds_its_view(qtbot: QtBot, window: MainWindow) -> None:
    assert window.floor_plan is None and window.events_view is None  # not built at start
    bar = window.tabs.tabBar()
    index = next(i for i in range(window.tabs.count()) if window.tabs.tabText(i) == "Events")
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert window.events_view is not None
    assert window.tabs.currentWidget() is window.events_view
    assert window.floor_plan is None


def test_floor_plan_opens_on_the_day_the_timeline_shows(qtbot: QtBot, window: MainWindow) -> None:
    assert window.current_date == MONDAY  # the fixture moved the timeline ahead of today
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_plan is not None
    from booking.timeutil import local

    assert local(window.floor_plan.moment).date() == MONDAY
    assert not window.floor_plan.following
    qtbot.keyClick(window, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)  # back to today
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    assert window.floor_plan.following
