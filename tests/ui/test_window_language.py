"""The whole window in Bahasa Indonesia: menus, toolbar, tabs, dialogs, the floor plan, the
events calendar and the painted day headings switch at run time, and back to English."""

from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from booking.policy import KIND_LABELS as BOOKING_KIND_LABELS
from booking.services import Services
from tests.ui.conftest import at
from ui.booking_dialog import BookingDialog
from ui.floorplan import FloorPlanView
from ui.main_window import MainWindow
from ui.models.rooms_model import KIND_LABELS


def menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def tab_titles(window: MainWindow) -> list[str]:
    return [window.tabs.tabText(i) for i in range(window.tabs.count())]


def speak(qtbot: QtBot, window: MainWindow, language: str) -> None:
    """Choose a language in Settings → Language, as a person does."""
    window.controls.language_actions[language].trigger()
    file_menu = {"id": "&Berkas", "en": "&File"}[language]
    qtbot.waitUntil(lambda: file_menu in menu_titles(window))


@pytest.fixture
def painted(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every text a widget paints from Python (the timeline and month grid draw theirs)."""
    texts: list[str] = []
    draw = QPainter.drawText

    def spy(painter: QPainter, *args: Any) -> Any:
        texts.extend(a for a in args if isinstance(a, str))
        return draw(painter, *args)

    monkeypatch.setattr(QPainter, "drawText", spy)
    yield texts


def floor_plan(qtbot: QtBot, window: MainWindow) -> FloorPlanView:
    window.controls.floor_action.trigger()
    qtbot.waitUntil(lambda: window.floor_plan is not None)
    plan = window.floor_plan
    assert plan is not None
    return plan


def test_menus_toolbar_tabs_and_date_field_switch_to_indonesian_and_back(
        qtbot: QtBot, window: MainWindow) -> None:
    controls = window.controls
    assert controls.date_edit.text() == "Mon 7 Dec 2026"

    speak(qtbot, window, "id")
    assert menu_titles(window) == ["&Berkas", "&Sunting", "&Tampilan", "&Gedung",
                                   "&Pengaturan", "Ba&ntuan"]
    assert [a.text() for a in controls.file_menu.actions() if a.text()][:2] == [
        "&Pesan baru", "Muat &ulang"]
    assert (controls.today_action.text(), controls.day_action.text(),
            controls.week_action.text()) == ("Hari ini", "Hari", "Minggu")
    assert controls.new_action.text() == "&Pesan baru"
    assert tab_titles(window) == ["Linimasa", "Pemesanan", "Acara", "Denah lantai"]
    assert window.windowTitle() == "Ruang — Coding Factory"
    # The date field and the clock write the days and months in Bahasa Indonesia.
    assert controls.date_edit.text() == "Sen 7 Des 2026"
    assert window.clock_label.text().startswith("Sel 01 Des 2026")
    combo = window.side_panel.amenity_combo
    amenities = [combo.itemText(i) for i in range(combo.count())]
    assert "proyektor" in amenities and "papan tulis" in amenities

    speak(qtbot, window, "en")
    assert menu_titles(window)[:3] == ["&File", "&Edit", "&View"]
    assert controls.today_action.text() == "Today"
    assert tab_titles(window) == ["Timeline", "Bookings", "Events", "Floor plan"]
    assert controls.date_edit.text() == "Mon 7 Dec 2026"
    assert window.clock_label.text().startswith("Tue 01 Dec 2026")
    assert "projector" in [combo.itemText(i) for i in range(combo.count())]


def test_the_booking_dialog_a_person_opens_speaks_indonesian(
        qtbot: QtBot, window: MainWindow) -> None:
    speak(qtbot, window, "id")
    seen: list[tuple[str, str, str, str]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        seen.append((dialog.windowTitle(), dialog.save_button.text(),
                     dialog.cancel_button.text(), dialog.date_edit.text()))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    window.controls.new_action.trigger()
    assert seen == [("Pemesanan baru", "&Simpan", "Batal", "Sel 1 Des 2026")]


def test_the_floor_plan_labels_and_legend_speak_indonesian(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="Client call", organization="Bank Mandiri", attendees=4)
    plan = floor_plan(qtbot, window)
    plan.set_moment(at(10, 30))
    speak(qtbot, window, "id")
    assert plan.room_item("BROMO").word == "Dipesan"
    assert plan.room_item("SEMERU").word == "Kosong"
    frame = next(iter(plan.plans[1].frames.values()))
    assert frame.label == "Aula (utuh) · 350 kursi"  # the building file names the hall too
    assert plan.floor_tabs.tabText(plan.floor_tabs.count() - 1) == "Seluruh gedung"
    assert plan.fit_button.text() == "Paskan"
    legend = [label.text() for label in plan.legend.state_labels.values()]
    assert "Kosong" in legend and "Tidak bisa dipesan" in legend
    assert plan.legend.kind_labels["meeting"].text() == "Ruang rapat"
    assert "kursi dipesan" in plan.figures.text_of(None)

    speak(qtbot, window, "en")
    assert plan.room_item("BROMO").word == "Booked"
    frame = next(iter(plan.plans[1].frames.values()))  # drawn again with the English names
    assert frame.label == "Hall (whole) · 350 seats"
    assert plan.legend.kind_labels["meeting"].text() == "Meeting room"


def test_the_events_tab_speaks_indonesian(qtbot: QtBot, window: MainWindow,
                                          painted: list[str]) -> None:
    window.controls.events_action.trigger()
    qtbot.waitUntil(lambda: window.events_view is not None)
    view = window.events_view
    assert view is not None
    speak(qtbot, window, "id")
    assert view.today_button.text() == "Bulan ini"
    assert view.request_button.text() == "&Ajukan acara…"
    assert view.month_label.text() == "Desember 2026"
    painted.clear()
    view.month_grid.repaint()
    assert {"Sen", "Sel", "Min"} <= set(painted)

    speak(qtbot, window, "en")
    assert view.today_button.text() == "This month"
    assert view.month_label.text() == "December 2026"


def test_the_week_headings_name_days_and_months_in_indonesian(
        qtbot: QtBot, window: MainWindow, painted: list[str]) -> None:
    window.controls.week_action.trigger()
    speak(qtbot, window, "id")
    painted.clear()
    window.timeline.viewport().repaint()
    assert "Sen 07 Des" in painted
    assert "Ruang / hari" in painted

    speak(qtbot, window, "en")
    painted.clear()
    window.timeline.viewport().repaint()
    assert "Mon 07 Dec" in painted


def side_panel_names(window: MainWindow) -> list[str]:
    model = window.side_panel.model
    names = []
    for floor_row in range(model.rowCount()):
        floor = model.index(floor_row, 0)
        names.append(model.data(floor))
        names += [model.data(model.index(row, 0, floor)) for row in range(model.rowCount(floor))]
    return names


def test_the_building_is_named_in_the_language_spoken_and_back(
        qtbot: QtBot, window: MainWindow, services: Services, painted: list[str]) -> None:
    services.bookings.book(actor="frontdesk", room="P2.01", start=at(10), end=at(11),
                           title="Sprint review", attendees=4)
    window.reload()
    plan = floor_plan(qtbot, window)
    plan.show_floor(2)
    speak(qtbot, window, "id")
    names = side_panel_names(window)
    assert "Ruang Produksi P2.01" in names and "Production room P2.01" not in names
    assert "Lantai 1 · Lantai dasar" in names and "Bromo (BROMO)" in names
    assert plan.room_item("P2.01").room.name == "Ruang Produksi P2.01"
    painted.clear()
    plan.canvas.viewport().repaint()
    assert "Toilet" in painted and "Toilets" not in painted
    window.tabs.setCurrentIndex(0)  # the timeline
    painted.clear()
    window.timeline.viewport().repaint()
    assert "Ruang Produksi P2.01" in painted  # the row header
    assert not any("Production room" in text for text in painted)
    assert window.timeline.content.bookings[0].room_name == "Ruang Produksi P2.01"

    speak(qtbot, window, "en")
    names = side_panel_names(window)
    assert "Production room P2.01" in names and "Lantai 1 · Ground floor" in names
    painted.clear()
    window.timeline.viewport().repaint()
    assert "Production room P2.01" in painted
    assert window.timeline.content.bookings[0].room_name == "Production room P2.01"
    assert plan.room_item("P2.01").room.name == "Production room P2.01"


def test_the_room_kinds_marked_for_the_catalog_are_the_booking_layers() -> None:
    assert KIND_LABELS == BOOKING_KIND_LABELS
