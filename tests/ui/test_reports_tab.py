"""The Reports tab: a manager opens it with Ctrl+7 and reads the figures the engine computes;
the front desk never sees it; the tables and the charts are exported."""

import csv
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from ui.main_window import MainWindow
from ui.reports import ReportsView
from ui.reports.bookings import FoundBookingsDialog, FoundBookingsModel
from ui.reports.figures import weeks
from ui.reports.models import RawRole
from ui.reports.period import period_days
from ui.reports.saving import ReportFile

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing",
                                       "propagateSizeHints")

DECEMBER = (date(2026, 12, 1), date(2027, 1, 1))


@pytest.fixture
def services(memory_engine: Engine, clock: FakeClock) -> Services:
    """A manager at the desk, with a small known history: Bromo booked 10–11 (checked in)
    and 13–15 on Monday 7 December, Kawi 9–10 on Tuesday 8 December."""
    manager = Services(memory_engine, now=clock, actor="manager")
    first = manager.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                                  title="Stand-up")
    manager.bookings.book(actor="manager", room="BROMO", start=at(13), end=at(15),
                          title="Planning")
    manager.bookings.book(actor="manager", room="KAWI", start=at(9, day=8), end=at(10, day=8),
                          title="Interview")
    clock.current = at(10, 5)
    manager.bookings.check_in(actor="manager", booking_id=first.booking.id)
    return manager


def _open(window: MainWindow, qtbot: QtBot) -> ReportsView:
    qtbot.keyClick(window, Qt.Key.Key_7, Qt.KeyboardModifier.ControlModifier)
    view = window.pages.reports_view
    assert view is not None and window.tabs.currentWidget() is view
    qtbot.waitUntil(lambda: view.figures is not None)
    return view


def _row(view: ReportsView, key: str) -> list[object]:
    model = view.utilisation_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data(Qt.ItemDataRole.DisplayRole) == key:
            return [model.index(row, c).data(RawRole) for c in range(model.columnCount())]
    raise AssertionError(f"no row {key!r}")


def test_the_periods_are_this_week_month_and_quarter() -> None:
    today = date(2026, 12, 2)
    assert period_days("week", today) == (date(2026, 11, 30), date(2026, 12, 7))
    assert period_days("month", today) == DECEMBER
    assert period_days("quarter", today) == (date(2026, 10, 1), date(2027, 1, 1))
    assert weeks(date(2026, 12, 2), date(2026, 12, 16)) == [
        (date(2026, 12, 2), date(2026, 12, 7)), (date(2026, 12, 7), date(2026, 12, 14)),
        (date(2026, 12, 14), date(2026, 12, 16))]


def test_a_manager_opens_the_reports_with_ctrl_7_and_reads_the_engines_figures(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    assert window.controls.reports_action.isVisible()
    view = _open(window, qtbot)
    assert view.period.days() == DECEMBER
    report = services.report_utilisation(*DECEMBER, by="room")
    bromo = next(r for r in report.rows if r.key == "BROMO")
    assert (bromo.booked_minutes, bromo.checked_in_minutes) == (180, 60)
    assert _row(view, "Bromo") == ["Bromo", 3.0, 1.0, 2.0, round(bromo.open_minutes / 60, 2),
                                   round(bromo.utilisation * 100, 2),  # type: ignore[operator]
                                   round(bromo.checked_in_utilisation * 100, 2)]  # type: ignore[operator]
    model = view.utilisation_model
    assert model.index(model.rowCount() - 1, 0).data() == "Total"
    assert model.rowCount() == len(report.rows) + 1
    # The bars: the busiest first, with the numbers on hover.
    assert "Bromo" in view.bars.labels
    index = len(view.bars.rows) - 1 - view.bars.labels.index("Bromo")
    tip = view.bars.bar_tooltip(index)
    assert "3.0 h" in tip and "1.0 h" in tip
    assert len(view.trend.points) == len(weeks(*DECEMBER))


def test_changing_the_period_and_grouping_reads_again(qtbot: QtBot, window: MainWindow,
                                                      services: Services) -> None:
    view = _open(window, qtbot)
    view.group_combo.setCurrentIndex(view.group_combo.findData("kind"))
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.query.by == "kind")
    assert view.utilisation_model.headerData(0, Qt.Orientation.Horizontal) == "Kind"
    meeting = next(r for r in services.report_utilisation(*DECEMBER, by="kind").rows
                   if r.key == "meeting")
    assert _row(view, "Meeting room")[1] == round(meeting.booked_minutes / 60, 2)
    # A custom period without the bookings: nothing booked.
    view.period.set_days(date(2026, 12, 14), date(2026, 12, 20))
    qtbot.waitUntil(lambda: view.figures is not None
                    and view.figures.query.first == date(2026, 12, 14))
    assert view.period.choice == "custom"
    assert _row(view, "Meeting room")[1] == 0.0
    assert len(view.trend.points) == 1
    view.period.choose("week")
    qtbot.waitUntil(lambda: view.figures is not None
                    and view.figures.query.first == date(2026, 12, 7))  # now: Mon 7 Dec


def test_the_front_desk_does_not_see_the_reports(window: MainWindow,
                                                 services: Services) -> None:
    assert window.pages.reports_view is None
    desk = next(a for a in services.accounts.list(actor="admin") if a.username == "frontdesk")
    window.set_account(desk)
    assert not window.controls.reports_action.isVisible()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert "Reports" not in titles
    window.pages.show_reports()
    assert window.pages.reports_view is None


def test_the_manager_loses_the_tab_when_the_front_desk_signs_in(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    _open(window, qtbot)
    desk = next(a for a in services.accounts.list(actor="admin") if a.username == "frontdesk")
    window.set_account(desk)
    assert window.pages.reports_view is None
    assert "Reports" not in [window.tabs.tabText(i) for i in range(window.tabs.count())]


def test_the_heat_map_tells_the_rooms_in_use_under_the_pointer(
        qtbot: QtBot, window: MainWindow) -> None:
    view = _open(window, qtbot)
    heat = view.heat_map
    centre = heat.cell_rect(0, 10).center()  # Monday 10:00, Bromo is booked in December
    cell = heat.cell_at(centre)
    assert cell is not None and (cell.weekday, cell.hour) == (0, 10)
    tip = heat.tooltip_at(centre)
    assert "Monday 10:00–11:00" in tip and "0.25 rooms in use" in tip  # 60 min over 4 Mondays
    assert heat.tooltip_at(QPoint(1, 1)) == ""


def test_clicking_a_rooms_row_lists_its_bookings(qtbot: QtBot, window: MainWindow) -> None:
    view = _open(window, qtbot)
    view.show_group_bookings("BROMO")
    dialog = view.found_dialog
    assert isinstance(dialog, FoundBookingsDialog)
    qtbot.addWidget(dialog)
    titles = [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]
    assert titles == ["Stand-up", "Planning"]
    view.show_hour_bookings(1, 9)  # Tuesday 09:00: the interview in Kawi
    assert [view.found_dialog.model.index(r, 3).data()  # type: ignore[attr-defined]
            for r in range(view.found_dialog.model.rowCount())] == ["Interview"]  # type: ignore[attr-defined]


def test_the_csv_holds_the_tables_and_asks_before_replacing(
        qtbot: QtBot, window: MainWindow, tmp_path: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    view = _open(window, qtbot)
    target = tmp_path / "december.csv"
    monkeypatch.setattr(ReportFile, "ask", classmethod(lambda _cls, *_a: target))
    assert view.saver.save_csv() == target
    rows = list(csv.reader(target.open(encoding="utf-8-sig")))
    assert rows[0] == ["Utilisation"]
    assert rows[1][:3] == ["Room", "Booked h", "Checked-in h"]
    assert ["Bromo", "3.0", "1.0"] == next(r for r in rows if r and r[0] == "Bromo")[:3]
    assert ["No-shows"] in rows and ["Team use"] in rows and ["Hall"] in rows
    # It exists now: asked, and left alone on No.
    target.write_text("keep me")
    asked: list[str] = []

    def answer(reply: QMessageBox.StandardButton):  # type: ignore[no-untyped-def]
        def question(_parent, _title, text, *_rest):  # type: ignore[no-untyped-def]
            asked.append(text)
            return reply
        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    assert view.saver.save_csv() is None
    assert target.read_text() == "keep me" and asked == ["december.csv already exists. Replace it?"]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    assert view.saver.save_csv() == target
    assert target.read_text(encoding="utf-8-sig").startswith("Utilisation")
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_the_pdf_report_is_written(qtbot: QtBot, window: MainWindow, tmp_path: Path,
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    view = _open(window, qtbot)
    target = tmp_path / "report.pdf"
    monkeypatch.setattr(ReportFile, "ask", classmethod(lambda _cls, *_a: target))
    assert view.saver.save_pdf() == target
    data = target.read_bytes()
    assert data.startswith(b"%PDF") and len(data) > 10_000  # the charts are pictures
    assert "Saved the report to" in window.message_label.text()


def test_the_reports_read_in_indonesian(qtbot: QtBot, window: MainWindow) -> None:
    view = _open(window, qtbot)
    window.language.apply("id")
    assert view.period.period_combo.currentText() == "Bulan ini"
    assert _shown(view, "Bromo")[1:3] == ["3,0", "1,0"]  # hours in the language's numbers


def test_a_file_database_is_read_off_the_gui_thread(qtbot: QtBot, file_engine: Engine,
                                                    clock: FakeClock) -> None:
    manager = Services(file_engine, now=clock, actor="manager")
    manager.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                          title="Stand-up")
    view = ReportsView(services=manager)
    qtbot.addWidget(view)
    assert view.loader.threaded
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.reload()
        view.reload()  # asked again while reading: the latest query is read after
        assert view.loader.busy
    qtbot.waitUntil(lambda: not view.loader.busy, timeout=10_000)
    assert view.figures is not None and _row(view, "Bromo")[1] == 1.0


def _shown(view: ReportsView, key: str) -> list[str]:
    model = view.utilisation_model
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == key:
            return [model.index(row, c).data() for c in range(model.columnCount())]
    raise AssertionError(key)


def test_the_models_pass_the_model_tester(qtmodeltester, qtbot: QtBot,  # type: ignore[no-untyped-def]
                                          window: MainWindow, services: Services) -> None:
    view = _open(window, qtbot)
    for model in (view.utilisation_model, view.no_show_model, view.team_model,
                  view.hall_model):
        qtmodeltester.check(model)
    start, end = at(0), at(0, day=9)
    qtmodeltester.check(FoundBookingsModel(services.list_bookings(start=start, end=end)))


def test_clicks_on_a_bar_a_row_and_a_cell_list_their_bookings(qtbot: QtBot,
                                                               window: MainWindow) -> None:
    assert window.controls.reports_action in window.controls.view_menu.actions()
    view = _open(window, qtbot)

    def listed() -> list[str]:
        dialog = view.found_dialog
        qtbot.addWidget(dialog)
        return [dialog.model.index(r, 3).data() for r in range(dialog.model.rowCount())]

    bars = view.bars
    bars.on_bar_clicked(len(bars.rows) - 1 - bars.labels.index("Kawi"))
    assert listed() == ["Interview"]
    table = view.utilisation_table
    row = next(r for r in range(view.utilisation_model.rowCount())
               if view.utilisation_model.index(r, 0).data() == "Bromo")
    table.setCurrentIndex(view.utilisation_model.index(row, 0))
    table.activated.emit(table.currentIndex())
    assert listed() == ["Stand-up", "Planning"]
    qtbot.mouseClick(view.heat_map, Qt.MouseButton.LeftButton,
                     pos=view.heat_map.cell_rect(0, 13).center())  # Monday 13:00
    assert listed() == ["Planning"]
    opened: list[int] = []
    view.booking_open_requested.disconnect()
    view.booking_open_requested.connect(opened.append)
    dialog = view.found_dialog
    dialog.table.setCurrentIndex(dialog.model.index(0, 0))
    dialog.table.doubleClicked.emit(dialog.table.currentIndex())
    assert opened == [dialog.model.booking_at(0).id]  # type: ignore[union-attr]


def test_the_peaks_follow_the_kind_chosen(qtbot: QtBot, window: MainWindow) -> None:
    view = _open(window, qtbot)
    monday_ten = view.heat_map.cell_rect(0, 10).center()
    assert "0.25 rooms" in view.heat_map.tooltip_at(monday_ten)
    view.kind_combo.setCurrentIndex(view.kind_combo.findData("hall"))
    qtbot.waitUntil(lambda: view.figures is not None and view.figures.query.kind == "hall")
    assert view.figures is not None and view.figures.peaks.kind == "hall"
    assert view.heat_map.report is not None
    assert view.heat_map.report.cell(0, 10).room_minutes == 0
