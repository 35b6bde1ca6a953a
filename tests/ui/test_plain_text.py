"""What a person typed (titles, organizations, notes, reasons) is shown as plain text on every
label, tooltip, status message and question, never rendered as rich text."""

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QInputDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.helpers.accounts import act_for
from tests.ui.conftest import at
from ui.booking_dialog import BookingDialog
from ui.dialogs import CancelReason
from ui.main_window import MainWindow

SHOUT = '<img src="/tmp/x.png"><font size=7 color=red>ROOM CLOSED</font>'
MARK = "<font size=7"  # raw markup: shown as typed only on a plain-text label


def _labels_showing_markup() -> list[str]:
    found = []
    for widget in QApplication.allWidgets():
        if isinstance(widget, QLabel) and MARK in widget.text():
            if widget.textFormat() != Qt.TextFormat.PlainText:
                found.append(f"{type(widget).__name__} {widget.objectName()!r}: "
                             f"{widget.textFormat().name}")
        tip = widget.toolTip()
        if MARK in tip:
            found.append(f"tooltip of {type(widget).__name__} {widget.objectName()!r}")
    return found


def _user_text_shown() -> bool:
    return any(isinstance(w, QLabel) and "ROOM CLOSED" in w.text()
               for w in QApplication.allWidgets())


@pytest.fixture
def shouting(services: Services) -> int:
    """A booking whose every typed field is markup, and a cancelled one with such a reason."""
    kept = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                  title=SHOUT, organization=SHOUT, notes=SHOUT,
                                  contact_name=SHOUT, attendees=4).booking.id
    gone = services.bookings.book(actor="frontdesk", room="KAWI", start=at(9), end=at(10),
                                  title=SHOUT, attendees=2).booking.id
    services.bookings.cancel(actor="frontdesk", booking_id=gone, reason=SHOUT)
    act_for(services.engine, "organizer", SHOUT)
    services.events.request(actor="organizer", hall="HALL-A", start=at(13), end=at(15),
                            title=SHOUT, layout="theatre", attendees=50, organizer=SHOUT,
                            organization=SHOUT)
    return kept


def test_the_window_and_its_tabs_show_typed_markup_as_text(
        qtbot: QtBot, window: MainWindow, shouting: int) -> None:
    window.reload()
    window.timeline.selected_id = shouting
    window.show_message(f"Saved '{SHOUT}'")  # a status message quoting a title
    for tab in range(window.tabs.count()):
        window.tabs.setCurrentIndex(tab)
        qtbot.wait(50)
    window.pages.show_floor_plan()
    qtbot.wait(50)

    assert _user_text_shown()
    assert _labels_showing_markup() == []


def test_the_booking_dialog_shows_typed_markup_as_text(qtbot: QtBot, services: Services,
                                                       shouting: int) -> None:
    for prefill in ({"booking": services.booking(shouting)},
                    # A new booking over it: the clash names the taken booking's title in the
                    # problem label, the status line and the Save tooltip.
                    {"room": "BROMO", "start": at(10, 30), "end": at(11, 30)}):
        dialog = BookingDialog(services=services, **prefill)  # type: ignore[arg-type]
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        dialog.title_edit.setText("Walk-in")
        qtbot.wait(400)

        if "room" in prefill:
            assert "ROOM CLOSED" in dialog.save_button.toolTip()
            assert _user_text_shown()
        assert _labels_showing_markup() == []
        dialog.close()


def test_the_cancel_question_quotes_the_title_as_text(window: MainWindow, services: Services,
                                                      shouting: int) -> None:
    seen: list[str] = []

    def answer() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, QInputDialog) and w.isVisible())
        seen.extend(_labels_showing_markup())
        seen.append("asked" if any(MARK in label.text()
                                   for label in dialog.findChildren(QLabel)) else "not asked")
        dialog.reject()

    QTimer.singleShot(200, answer)
    reason = CancelReason.ask(window, services.booking(shouting))

    assert reason is None
    assert seen == ["asked"]


def test_a_label_made_plain_cannot_be_told_otherwise() -> None:
    """The sweep above would catch a label left to guess: prove it can see one."""
    parent = QWidget()
    guessing = QLabel(SHOUT, parent)
    guessing.setObjectName("guessing")
    assert any("guessing" in line for line in _labels_showing_markup())
    guessing.setTextFormat(Qt.TextFormat.PlainText)
    assert not any("guessing" in line for line in _labels_showing_markup())
    parent.deleteLater()


def test_the_timeline_tooltip_escapes_the_title(window: MainWindow, services: Services,
                                                shouting: int) -> None:
    tip = window.timeline.tooltip_text(services.booking(shouting))
    assert "ROOM CLOSED" in tip
    assert MARK not in tip
