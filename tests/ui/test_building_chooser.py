"""Several buildings in the window: a chooser shows when the database holds more than one; the
side panel, timeline, floor plan and reports then show the chosen building's rooms only, and
the window opens on it next time. With one building there is no chooser."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from booking.building import ANNEX_BUILDING_FILE
from booking.building.load import apply_building
from booking.building.spec import load_building_file
from booking.services import Services
from booking.store.db import write_session
from booking.views import Change
from tests.helpers.modal import when_modal
from tests.ui.conftest import at, open_window
from ui.find_room import FindRoomPanel
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore

ANNEX_ROOMS = ["AX1.01", "AX1.02", "AX1.03", "AX1.04", "AX2.01", "AX2.02", "AX2.03", "AX2.04"]



def close(win: MainWindow) -> None:
    win.language.apply("en")  # while the database is still there for what retranslates
    win.close()  # deleted with the test (conftest)


@pytest.fixture
def two_sites(services: Services) -> Services:
    with write_session(services.engine) as session:
        apply_building(session, load_building_file(ANNEX_BUILDING_FILE), now=services.now())
    return services


@pytest.fixture
def site_window(qtbot: QtBot, two_sites: Services,
                settings_store: MemorySettingsStore) -> Iterator[MainWindow]:
    win = open_window(qtbot, two_sites, settings_store)
    yield win
    close(win)


def timeline_rooms(win: MainWindow) -> list[str]:
    return [row.room.code for row in win.timeline.rows if row.room is not None]


def panel_rooms(win: MainWindow) -> list[str]:
    model = win.side_panel.model
    found = []
    for floor in range(model.rowCount()):
        parent = model.index(floor, 0, QModelIndex())
        for row in range(model.rowCount(parent)):
            room = model.room_at(model.index(row, 0, parent))
            if room is not None:
                found.append(room.code)
    return found


def chooser(win: MainWindow) -> QComboBox:
    combo = win.findChild(QComboBox, "buildingChooser")
    assert combo is not None
    return combo


def test_one_building_shows_no_chooser(window: MainWindow) -> None:
    assert not chooser(window).isVisibleTo(window)
    assert "BROMO" in timeline_rooms(window) and "BROMO" in panel_rooms(window)


def test_choosing_the_second_building_shows_its_rooms_and_books_there(
        qtbot: QtBot, site_window: MainWindow, two_sites: Services,
        settings_store: MemorySettingsStore, monkeypatch: pytest.MonkeyPatch) -> None:
    combo = chooser(site_window)
    assert combo.isVisible()
    assert [combo.itemText(i) for i in range(combo.count())] == ["Coding Factory",
                                                                "Coding Factory Annex"]
    assert "BROMO" in timeline_rooms(site_window)
    assert not set(ANNEX_ROOMS) & set(timeline_rooms(site_window))
    # A person tabs to the chooser and picks the annex with the arrow key.
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Coding Factory Annex"
    assert timeline_rooms(site_window) == ANNEX_ROOMS
    assert panel_rooms(site_window) == ANNEX_ROOMS
    assert [row.floor_name for row in site_window.timeline.rows if row.is_floor] == [
        "Annex 1 · Ground floor", "Annex 2 · Production"]
    assert settings_store.saved.building == "CFX"

    from ui.booking_dialog import BookingDialog

    def ask(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
            bus: object = None, **prefill: object) -> Change | None:  # noqa: ARG001
        return services.bookings.book(actor=services.actor, room=str(prefill["room"]),
                                      start=prefill["start"], end=prefill["end"],  # type: ignore[arg-type]
                                      title="Intern stand-up")
    monkeypatch.setattr(BookingDialog, "ask", classmethod(ask))
    timeline = site_window.timeline
    viewport = timeline.viewport()
    start, end = timeline.cell_point("AX1.01", at(10)), timeline.cell_point("AX1.01", at(10, 50))
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    booked = two_sites.list_bookings(start=at(0), end=at(23))
    assert [(b.room, b.title, b.start, b.end) for b in booked] == [
        ("AX1.01", "Intern stand-up", at(10), at(11))]
    qtbot.waitUntil(lambda: any(b.room == "AX1.01" for b in timeline.content.bookings))


def test_the_floor_plan_and_reports_follow_the_choice(qtbot: QtBot, site_window: MainWindow
                                                      ) -> None:
    combo = chooser(site_window)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    site_window.pages.show_floor_plan()
    plan = site_window.floor_plan
    assert plan is not None
    assert [f.name for f in plan.floors] == ["Annex 1", "Annex 2"]
    assert sorted(r.code for r in plan.rooms.values()) == ANNEX_ROOMS
    assert plan.snapshot is not None
    assert [f.name for f in plan.snapshot.occupancy.floors] == ["Annex 1", "Annex 2"]
    # Back to the main building: the plan draws its three floors again.
    qtbot.keyClick(combo, Qt.Key.Key_Up)
    assert [f.name for f in plan.floors] == ["Lantai 1", "Lantai 2", "Lantai 3"]
    assert set(plan.plans) == {1, 2, 3, None}


def test_the_window_opens_on_the_building_chosen_last(qtbot: QtBot, two_sites: Services
                                                      ) -> None:
    store = MemorySettingsStore()
    first = open_window(qtbot, two_sites, store)
    combo = chooser(first)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    close(first)
    assert store.saved.building == "CFX"
    again = open_window(qtbot, two_sites, store)
    assert chooser(again).currentText() == "Coding Factory Annex"
    assert timeline_rooms(again) == ANNEX_ROOMS
    close(again)


def test_find_a_room_offers_the_chosen_buildings_rooms(qtbot: QtBot, site_window: MainWindow
                                                       ) -> None:
    combo = chooser(site_window)
    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    seen: list[tuple[list[str], list[str]]] = []

    def look(panel: QWidget) -> None:
        assert isinstance(panel, FindRoomPanel)
        model = panel.table.model()
        names = [str(model.index(row, 0).data()) for row in range(model.rowCount())]
        floors = [panel.floor_combo.itemText(i) for i in range(panel.floor_combo.count())]
        seen.append((names, floors))
        panel.reject()

    when_modal(FindRoomPanel, look)
    qtbot.keyClick(site_window.timeline, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    names, floors = seen[0]
    assert floors == ["Any floor", "Annex 1", "Annex 2"]
    assert names and set(names) <= {"Tengger", "Penanggungan", "Training room",
                                    "Focus booth 1", "Production AX2.01", "Production AX2.02",
                                    "Incubation AX2.03", "Incubation AX2.04"}
