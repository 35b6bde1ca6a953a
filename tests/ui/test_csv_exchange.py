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
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.exchange.incoming import ImportResult, Verdict
from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.file_menu import choose_and_wait, file_entry
from tests.ui.conftest import MONDAY, at
from ui.exchange.csv_actions import FilePrompts
from ui.exchange.csv_export import CsvExportDialog, ExportChoice
from ui.exchange.import_flow import Boxes
from ui.exchange.preview import ImportPreview
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
    text, ok = choose_and_wait(qtbot, window, person, "Export bookings (CSV)…")
    assert ok and text == f"2 bookings written to {target}."
    assert window.message_label.text() == text
    assert [(r["room"], r["title"]) for r in _rows(target)] == [
        ("BROMO", "'=cmd|' /C calc'!A0"), ("KAWI", "Review")]

    def kawi_only(dialog: CsvExportDialog) -> None:
        dialog.to_edit.setDate(qdate(date(2026, 12, 8)))
        dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("KAWI"))

    person.choice = kawi_only
    text, ok = choose_and_wait(qtbot, window, person, "Export bookings (CSV)…")
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
    text, ok = choose_and_wait(qtbot, window, person, "Export bookings (CSV)…")
    assert not ok and text.startswith("Nothing was exported: cannot save the bookings (CSV)")
    assert "is the database Ruang is using" in text
    assert db_file.read_bytes()[:100] == before
    window.close()


def _sheet(path: Path, rows: str) -> Path:
    path.write_bytes(("room,title,start,end\n" + rows).replace("\n", "\r\n").encode())
    return path


@pytest.fixture
def preview(monkeypatch: pytest.MonkeyPatch) -> list[tuple[ImportResult, tuple[str, ...]]]:
    """What the import preview was shown; the person picks "the free ones"."""
    seen: list[tuple[ImportResult, tuple[str, ...]]] = []

    def ask(_cls: type, _parent: QWidget, result: ImportResult, *, title: str,
            notes: tuple[str, ...] = ()) -> str | None:
        assert title == "Import bookings (CSV)"
        seen.append((result, tuple(notes)))
        return "rest"

    monkeypatch.setattr(ImportPreview, "ask", classmethod(ask))
    return seen


@pytest.fixture
def boxes(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, bool]]:
    shown: list[tuple[str, bool]] = []
    monkeypatch.setattr(Boxes, "show", classmethod(
        lambda _cls, _parent, _title, text, *, ok: shown.append((text, ok))))
    return shown


def _import(qtbot: QtBot, window: MainWindow) -> str:
    with qtbot.waitSignal(window.csv_exchange.flow.finished, timeout=15_000) as said:
        file_entry(window, "Import bookings (CSV)…").trigger()
    return str(said.args[0]) if said.args else ""


def test_import_checks_first_shows_the_preview_then_books(
        qtbot: QtBot, window: MainWindow, services: Services, person: Person,
        preview: list[tuple[ImportResult, tuple[str, ...]]], boxes: list[tuple[str, bool]],
        tmp_path: Path) -> None:
    person.opens = str(_sheet(tmp_path / "in.csv",
                              "BROMO,Planning,2026-12-07 10:00,2026-12-07 11:00\n"
                              "BROMO,Clash,2026-12-07 10:30,2026-12-07 11:30\n"
                              "KAWI,<i>Review</i>,2026-12-07 13:00,2026-12-07 14:00\n"))
    assert _import(qtbot, window) == "Imported bookings: 2"
    ((dry, notes),) = preview
    assert dry.dry_run and not dry.written and notes == ()
    assert [v.verdict for v in dry.verdicts] == [Verdict.FREE, Verdict.CONFLICT, Verdict.FREE]
    assert [v.item.where for v in dry.verdicts] == ["row 2", "row 3", "row 4"]
    assert [b.title for b in services.list_bookings(start=at(0), end=at(23))] == [
        "Planning", "<i>Review</i>"]
    kawi = next(r.id for r in services.rooms() if r.code == "KAWI")
    assert [b.title for b in window.timeline.bookings_in(kawi)] == ["<i>Review</i>"]
    assert window.message_label.text() == "Imported bookings: 2"
    assert boxes == []


def test_import_cancelled_in_the_preview_writes_nothing(
        qtbot: QtBot, window: MainWindow, services: Services, person: Person,
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(ImportPreview, "ask", classmethod(
        lambda _cls, _parent, _result, **_given: None))
    person.opens = str(_sheet(tmp_path / "in.csv",
                              "BROMO,Planning,2026-12-07 10:00,2026-12-07 11:00\n"))
    _import(qtbot, window)
    assert window.message_label.text() == "Import cancelled: nothing was written"
    assert services.list_bookings(start=at(0), end=at(23)) == []


def test_a_bad_file_names_every_row_and_column(
        qtbot: QtBot, window: MainWindow, services: Services, person: Person,
        preview: list[tuple[ImportResult, tuple[str, ...]]], boxes: list[tuple[str, bool]],
        tmp_path: Path) -> None:
    person.opens = str(_sheet(tmp_path / "bad.csv",
                              "BROMO,One,2026-13-07 10:00,2026-12-07 11:00\n"
                              "KAWI,,2026-12-07 10:00,2026-12-07 11:00\n"))
    _import(qtbot, window)
    ((text, ok),) = boxes
    assert not ok and text.startswith("row 2, column 'start': '2026-13-07 10:00' is not")
    assert "\nrow 3, column 'title': empty" in text
    assert preview == []
    assert services.list_bookings(start=at(0), end=at(23)) == []
