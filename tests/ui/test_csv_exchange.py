"""File → Export bookings (CSV)… and Import bookings (CSV)…, acted as the front desk would:
the days and room asked in a small dialog, the file written off the GUI thread, the outcome
in a box and the status bar."""

import csv
import io
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.ui.conftest import MONDAY, at
from ui.exchange.csv_actions import FilePrompts
from ui.exchange.csv_export import CsvExportDialog, ExportChoice
from ui.main_window import MainWindow
from ui.qdates import qdate
from ui.safekeeping import Prompts
from ui.settings import MemorySettingsStore


class Person:
    """What the person sees and answers."""

    def __init__(self) -> None:
        self.boxes: list[tuple[str, bool]] = []
        self.saves_as = ""
        self.opens = ""
        self.choice: Callable[[CsvExportDialog], None] | None = None


@pytest.fixture
def person(monkeypatch: pytest.MonkeyPatch, qtbot: QtBot) -> Person:
    them = Person()

    def show(_cls: type, _parent: QWidget, _title: str, text: str, *, ok: bool) -> None:
        them.boxes.append((text, ok))

    def ask(_cls: type, parent: QWidget, **given: object) -> ExportChoice | None:
        dialog = CsvExportDialog(parent=parent, **given)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        if them.choice is None:
            return None
        them.choice(dialog)
        return dialog.choice()

    monkeypatch.setattr(Prompts, "show", classmethod(show))
    monkeypatch.setattr(CsvExportDialog, "ask", classmethod(ask))
    monkeypatch.setattr(FilePrompts, "save_csv", classmethod(
        lambda _cls, _parent, _title, _suggested, _kinds: them.saves_as))
    monkeypatch.setattr(FilePrompts, "open_csv", classmethod(
        lambda _cls, _parent, _title, _folder, _kinds: them.opens))
    return them


def _entry(window: MainWindow, text: str) -> object:
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return next(a for a in file_menu.actions() if a.text() == text)


def _trigger(qtbot: QtBot, window: MainWindow, person: Person, text: str) -> tuple[str, bool]:
    before = len(person.boxes)
    action = _entry(window, text)
    assert action.isVisible() and action.isEnabled()  # type: ignore[attr-defined]
    action.trigger()  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: len(person.boxes) > before, timeout=15_000)
    return person.boxes[-1]


def _rows(path: Path) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_the_export_dialog_offers_days_and_rooms(qtbot: QtBot, services: Services) -> None:
    dialog = CsvExportDialog(rooms=services.rooms(), first=MONDAY, last=date(2026, 12, 13))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.room_combo.currentText() == "Every room"
    assert dialog.choice() == ExportChoice(MONDAY, date(2026, 12, 13), None)
    dialog.from_edit.setDate(qdate(date(2026, 12, 20)))
    assert dialog.choice().last == date(2026, 12, 20)  # "to" follows a later "from"
    dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("KAWI"))
    qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
    assert dialog.choice().room == "KAWI"


def test_export_writes_the_chosen_days_and_room(qtbot: QtBot, window: MainWindow,
                                                services: Services, person: Person,
                                                tmp_path: Path) -> None:
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="=cmd|' /C calc'!A0")
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(13), end=at(14),
                           title="Review")
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(13, day=8),
                           end=at(14, day=8), title="Next day")
    target = tmp_path / "out.csv"
    person.saves_as = str(target)

    def only_monday(dialog: CsvExportDialog) -> None:
        assert dialog.from_edit.date() == qdate(MONDAY)  # the day on show
        dialog.to_edit.setDate(qdate(MONDAY))

    person.choice = only_monday
    text, ok = _trigger(qtbot, window, person, "Export bookings (CSV)…")
    assert ok and text == f"2 bookings written to {target}."
    assert window.message_label.text() == text
    assert [(r["room"], r["title"]) for r in _rows(target)] == [
        ("BROMO", "'=cmd|' /C calc'!A0"), ("KAWI", "Review")]

    def kawi_only(dialog: CsvExportDialog) -> None:
        dialog.to_edit.setDate(qdate(date(2026, 12, 8)))
        dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("KAWI"))

    person.choice = kawi_only
    text, ok = _trigger(qtbot, window, person, "Export bookings (CSV)…")
    assert ok and text == f"2 bookings written to {target}."  # replaced: the dialog asked
    assert [r["title"] for r in _rows(target)] == ["Review", "Next day"]


def test_export_onto_the_database_is_refused(qtbot: QtBot, file_engine: Engine,
                                             clock: FakeClock, person: Person,
                                             db_file: Path) -> None:
    services = Services(file_engine, now=clock)
    window = MainWindow(services=services, settings=MemorySettingsStore())
    qtbot.addWidget(window)
    window.show()
    window.set_date(MONDAY)
    person.saves_as = str(db_file)
    person.choice = lambda _dialog: None
    before = db_file.read_bytes()[:100]
    text, ok = _trigger(qtbot, window, person, "Export bookings (CSV)…")
    assert not ok and text.startswith("Nothing was exported: cannot save the bookings (CSV)")
    assert "is the database Ruang is using" in text
    assert db_file.read_bytes()[:100] == before
    window.close()
