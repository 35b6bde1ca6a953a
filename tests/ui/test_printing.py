"""Printing from the window: the day shown (Ctrl+P or as a PDF) and a booking's confirmation
from its menu, with the Print and Save dialogs answered as a person would."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.modal import when_modal
from tests.helpers.pdf import pdf_text
from tests.ui.conftest import MONDAY, at
from tests.ui.test_booking_menu import choose, timeline_menu
from tests.ui.test_timeline import book
from ui.booking_dialog import BookingDialog
from ui.document_language import DocumentLanguage
from ui.main_window import MainWindow
from ui.printing import PdfPath, PrinterChoice

pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")


class Answers:
    """What the Print and Save dialogs answer, and what they were asked."""

    def __init__(self) -> None:
        self.printer_file: Path | None = None
        self.save_path: Path | None = None
        self.titles: list[str] = []
        self.suggested: list[Path] = []
        self.language: str | None = "en"  # the document's language; None: Cancel
        self.language_asked: list[str] = []


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    given = Answers()

    def printer(_cls: object, _parent: QWidget, title: str) -> QPrinter | None:
        given.titles.append(title)
        if given.printer_file is None:
            return None  # the person pressed Cancel
        chosen = QPrinter(QPrinter.PrinterMode.HighResolution)
        chosen.setOutputFormat(QPrinter.OutputFormat.PdfFormat)  # "Print to file (PDF)"
        chosen.setOutputFileName(str(given.printer_file))
        return chosen

    def save(_cls: object, _parent: QWidget, _caption: str, suggested: Path) -> Path | None:
        given.suggested.append(suggested)
        return given.save_path

    def language(_cls: object, _parent: QWidget, title: str,
                 _language: str | None = None) -> str | None:
        given.language_asked.append(title)
        return given.language

    monkeypatch.setattr(PrinterChoice, "ask", classmethod(printer))
    monkeypatch.setattr(PdfPath, "ask", classmethod(save))
    monkeypatch.setattr(DocumentLanguage, "ask", classmethod(language))
    return given


def press_print(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window.timeline, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_p_prints_the_day_the_timeline_shows(qtbot: QtBot, window: MainWindow,
                                                  services: Services, answers: Answers,
                                                  tmp_path: Path) -> None:
    book(services, "KAWI", at(9), at(10), title="Monday call", organization="Bank Mandiri")
    book(services, "KAWI", at(9, day=8), at(10, day=8), title="Tuesday call")
    window.reload()
    answers.printer_file = tmp_path / "monday.pdf"

    press_print(qtbot, window)

    assert answers.titles == ["Print the day sheet of Monday 7 December 2026"]
    text = pdf_text(answers.printer_file)
    assert "Monday 7 December 2026" in text and "Monday call" in text
    assert "Bank Mandiri" in text and "Tuesday call" not in text
    assert window.message_label.text() == (
        f"Sent the day sheet of Monday 7 December 2026 (1 booking) to {answers.printer_file}.")
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    answers.printer_file = tmp_path / "tuesday.pdf"
    press_print(qtbot, window)
    assert "Tuesday call" in pdf_text(answers.printer_file)


def test_cancelling_the_print_dialog_prints_nothing(qtbot: QtBot, window: MainWindow,
                                                    answers: Answers, tmp_path: Path) -> None:
    window.show_message("Ready.")

    press_print(qtbot, window)

    assert len(answers.titles) == 1
    assert list(tmp_path.iterdir()) == []
    assert window.message_label.text() == "Ready."


def test_save_the_days_sheet_as_pdf(qtbot: QtBot, window: MainWindow, services: Services,
                                    answers: Answers, tmp_path: Path) -> None:
    book(services, "BROMO", at(14), at(15), title="Design review")
    window.reload()
    answers.save_path = tmp_path / "sheet.pdf"
    answers.save_path.write_text("last week's sheet")  # the dialog asked before replacing

    window.controls.file_menu.popup(window.mapToGlobal(window.rect().topLeft()))
    qtbot.waitUntil(window.controls.file_menu.isVisible)
    choose(qtbot, window.controls.file_menu, "Save the day's sheet as PDF…")

    assert answers.suggested == [Path.home() / f"day-sheet-{MONDAY.isoformat()}.pdf"]
    assert "Design review" in pdf_text(answers.save_path)
    assert window.message_label.text() == (
        f"Saved the day sheet of Monday 7 December 2026 (1 booking) to {answers.save_path}.")


@pytest.fixture
def file_window(qtbot: QtBot, file_engine: Engine, clock: FakeClock) -> Iterator[MainWindow]:
    window = MainWindow(services=Services(file_engine, now=clock))
    qtbot.addWidget(window)
    window.show()
    window.set_date(MONDAY)
    yield window
    window.close()


def test_printing_never_writes_over_the_database(qtbot: QtBot, file_window: MainWindow,
                                                 db_file: Path, answers: Answers) -> None:
    answers.printer_file = db_file
    answers.save_path = db_file

    press_print(qtbot, file_window)

    assert file_window.message_label.text().startswith("Not printed: ")
    assert "is the database Ruang is using" in file_window.message_label.text()
    file_window.controls.save_day_action.trigger()
    assert file_window.message_label.text().startswith("Not saved: ")
    assert db_file.read_bytes().startswith(b"SQLite format 3")


def test_print_confirmation_from_the_bookings_menu(qtbot: QtBot, window: MainWindow,
                                                   services: Services, answers: Answers,
                                                   tmp_path: Path) -> None:
    booking_id = book(services, "KAWI", at(10), at(11), title="Client <call>", attendees=3)
    window.reload()
    answers.printer_file = tmp_path / "confirmation.pdf"

    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Print confirmation…")

    assert answers.titles == ["Print the confirmation of 'Client <call>'"]
    text = pdf_text(answers.printer_file)
    assert "Booking confirmation" in text and "Client <call>" in text
    assert "10:00–11:00 WIB" in text and f"#{booking_id}" in text
    assert window.message_label.text() == (
        f"Sent the confirmation of 'Client <call>' (#{booking_id}) to {answers.printer_file}.")


def test_print_confirmation_from_the_booking_dialog(qtbot: QtBot, services: Services,
                                                    answers: Answers, tmp_path: Path) -> None:
    booking_id = book(services, "BROMO", at(14), at(15), title="Design review",
                      organization="Tani Cerdas")
    dialog = BookingDialog(services=services, booking=services.booking(booking_id))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.title_edit, " (moved)")  # typed, not saved: not on the paper
    answers.printer_file = tmp_path / "guest.pdf"

    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)

    text = pdf_text(answers.printer_file)
    assert "Design review" in text and "(moved)" not in text and "Tani Cerdas" in text
    assert dialog.isVisible()
    assert dialog.status_label.text() == (
        f"Sent the confirmation of 'Design review' (#{booking_id}) to {answers.printer_file}.")
    assert services.booking(booking_id).title == "Design review"


def test_a_new_booking_has_nothing_to_print_yet(qtbot: QtBot, services: Services) -> None:
    dialog = BookingDialog(services=services, room="KAWI", start=at(10), end=at(11))
    qtbot.addWidget(dialog)
    dialog.show()

    assert not dialog.print_button.isVisible()


def test_the_print_dialog_can_be_cancelled(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[str] = []

    def cancel() -> None:
        dialog = QApplication.activeModalWidget()
        assert dialog is not None
        seen.append(dialog.windowTitle())
        dialog.close()

    QTimer.singleShot(0, cancel)
    chosen = PrinterChoice.ask(parent, "Print the day sheet of Monday 7 December 2026")

    assert chosen is None
    assert seen == ["Print the day sheet of Monday 7 December 2026"]


# ----- the language of the document ---------------------------------------------------------

def test_the_days_sheet_is_saved_in_both_languages(window: MainWindow, services: Services,
                                                   answers: Answers, tmp_path: Path) -> None:
    book(services, "BROMO", at(14), at(15), title="Design review")
    window.reload()
    answers.save_path = tmp_path / "sheet.pdf"
    answers.language = "both"

    window.controls.save_day_action.trigger()

    assert answers.language_asked == ["Save the day sheet as PDF"]
    text = pdf_text(answers.save_path)
    # The day in Bahasa Indonesia and under it in English; the window still speaks English.
    assert "Senin 7 Desember 2026" in text and "Monday 7 December 2026" in text
    assert "Design review" in text
    assert window.message_label.text().startswith("Saved the day sheet of Monday 7 December")


def test_a_confirmation_printed_in_indonesian(qtbot: QtBot, window: MainWindow,
                                              services: Services, answers: Answers,
                                              tmp_path: Path) -> None:
    booking_id = book(services, "KAWI", at(10), at(11), title="Client call")
    window.reload()
    answers.printer_file = tmp_path / "tamu.pdf"
    answers.language = "id"

    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Print confirmation…")

    text = pdf_text(answers.printer_file)
    assert "Senin 7 Desember 2026" in text and "December" not in text
    assert "Client call" in text and "10:00–11:00 WIB" in text


def test_no_language_chosen_prints_nothing(qtbot: QtBot, window: MainWindow,
                                           answers: Answers, tmp_path: Path) -> None:
    window.show_message("Ready.")
    answers.language = None  # the person pressed Cancel on the language question
    answers.printer_file = tmp_path / "never.pdf"

    press_print(qtbot, window)

    assert answers.titles == []  # the Print dialog was never shown
    assert list(tmp_path.iterdir()) == []
    assert window.message_label.text() == "Ready."


def test_the_language_question_starts_at_the_windows_language(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: list[tuple[str, str, list[str]]] = []

    def answer(dialog: DocumentLanguage) -> None:
        combo = dialog.combo
        seen.append((dialog.windowTitle(), dialog.language,
                     [combo.itemText(i) for i in range(combo.count())]))
        combo.setCurrentIndex(combo.findData("both"))
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    when_modal(DocumentLanguage, answer)
    chosen = DocumentLanguage.ask(parent, "Save the day sheet as PDF")

    assert chosen == "both"
    assert seen == [("Save the day sheet as PDF", "en",
                     ["Bahasa Indonesia", "English", "Both (side by side)"])]
    when_modal(DocumentLanguage, lambda dialog: dialog.reject())
    assert DocumentLanguage.ask(parent, "Print", "id") is None


def test_confirmation_email_from_the_bookings_menu(qtbot: QtBot, window: MainWindow,
                                                   services: Services, answers: Answers,
                                                   tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    from email import message_from_bytes, policy

    from ui.printing import MailPath

    booking_id = book(services, "KAWI", at(10), at(11), title="Client <call>", attendees=3)
    window.reload()
    target = tmp_path / "mail.eml"
    asked: list[Path] = []

    def mail_path(_cls: object, _parent: QWidget, _caption: str, suggested: Path) -> Path:
        asked.append(suggested)
        return target
    monkeypatch.setattr(MailPath, "ask", classmethod(mail_path))
    answers.language = "id"

    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Confirmation e-mail…")

    assert asked == [Path.home() / f"booking-{booking_id}-confirmation.eml"]
    assert answers.language_asked == ["Confirmation e-mail for 'Client <call>'"]
    message = message_from_bytes(target.read_bytes(), policy=policy.default)
    body = message.get_body(preferencelist=("plain",))
    assert body is not None
    assert "Client <call>" in body.get_content() and "Konfirmasi" in body.get_content()
    assert sorted(p.get_content_type() for p in message.iter_attachments()) == [
        "application/pdf", "text/calendar"]
    assert window.message_label.text().startswith(
        f"Saved the confirmation e-mail of 'Client <call>' (#{booking_id}) to {target}")
