"""Checking guests in where the desk looks, undoing it, and the no-shows a release took."""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from tests.ui.test_floorplan import click
from tests.ui.test_timeline import book
from tests.ui.test_undo import block_centre, redo, undo
from ui.booking_dialog import BookingDialog
from ui.main_window import MainWindow
from ui.released_today import ReleasedToday


def select(qtbot: QtBot, window: MainWindow, booking_id: int) -> None:
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=block_centre(window, booking_id))
    assert window.timeline.selected_id == booking_id


def test_ctrl_i_checks_the_selected_booking_in_and_undo_takes_it_back(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call", tentative=True)
    clock.current = at(9, 50)
    window.reload()
    select(qtbot, window, booking_id)
    qtbot.keyClick(window.timeline, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert services.booking(booking_id).status == "checked_in"
    assert window.message_label.text() == "Checked in 'Client call' in Bromo."
    assert window.undo_stack.undoText() == "Check in 'Client call'"
    undo(qtbot, window)
    assert services.booking(booking_id).status == "tentative"
    assert window.message_label.text() == "Undone: Check in 'Client call'"
    redo(qtbot, window)
    assert services.booking(booking_id).status == "checked_in"
    undo(qtbot, window)
    assert services.booking(booking_id).status == "tentative"


def test_ctrl_i_too_early_says_when_check_in_opens(qtbot: QtBot, window: MainWindow,
                                                   services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()
    select(qtbot, window, booking_id)
    qtbot.keyClick(window.timeline, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert services.booking(booking_id).status == "confirmed"
    assert window.message_label.text().startswith("Not checked in: check-in opens 30 minutes")
    assert window.undo_stack.count() == 0


def test_the_dialogs_check_in_button_is_there_only_when_check_in_is_allowed(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()
    seen: list[tuple[bool, str]] = []

    def look_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        seen.append((dialog.check_in_button.isEnabled(), dialog.check_in_button.toolTip()))
        dialog.reject()

    QTimer.singleShot(0, look_and_close)
    qtbot.mouseDClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                      pos=block_centre(window, booking_id))
    assert seen and not seen[0][0] and "opens 30 minutes before" in seen[0][1]

    clock.current = at(9, 45)
    window.reload()

    def check_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog) and dialog.check_in_button.isEnabled()
        qtbot.mouseClick(dialog.check_in_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, check_in)
    qtbot.mouseDClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                      pos=block_centre(window, booking_id))
    assert services.booking(booking_id).status == "checked_in"
    assert window.message_label.text() == "Checked in 'Client call' in Bromo."
    assert window.undo_stack.undoText() == "Check in 'Client call'"
    window.controls.undo_action.trigger()  # Edit → Undo
    assert services.booking(booking_id).status == "confirmed", window.message_label.text()


def test_the_floor_plans_agenda_checks_in_the_chosen_booking(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    later = book(services, "BROMO", at(14), at(15), title="Contract negotiation")
    booking_id = book(services, "BROMO", at(10), at(11), title="Client demo")
    clock.current = at(9, 50)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    plan = window.floor_plan
    assert plan is not None
    click(qtbot, plan, "BROMO")
    panel = plan.room_panel
    assert not panel.check_in_button.isEnabled()  # nothing chosen yet

    def choose(title: str) -> None:
        row = next(i for i in range(panel.agenda_list.count())
                   if title in panel.agenda_list.item(i).text())
        item = panel.agenda_list.item(row)
        qtbot.mouseClick(panel.agenda_list.viewport(), Qt.MouseButton.LeftButton,
                         pos=panel.agenda_list.visualItemRect(item).center())

    choose("Contract negotiation")
    assert not panel.check_in_button.isEnabled()
    assert "opens 30 minutes before" in panel.check_in_button.toolTip()
    choose("Client demo")
    assert panel.check_in_button.isEnabled()
    qtbot.mouseClick(panel.check_in_button, Qt.MouseButton.LeftButton)
    assert services.booking(booking_id).status == "checked_in"
    assert services.booking(later).status == "confirmed"
    assert window.message_label.text() == "Checked in 'Client demo' in Bromo."
    assert any("Client demo" in panel.agenda_list.item(i).text()
               and "checked in" in panel.agenda_list.item(i).text()
               for i in range(panel.agenda_list.count()))
    undo(qtbot, window)
    assert services.booking(booking_id).status == "confirmed"


def test_a_no_show_release_names_its_bookings_and_released_today_brings_one_back(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    late = book(services, "BROMO", at(10), at(11), title="Client demo")
    gone = book(services, "KAWI", at(9), at(10), title="Interview")
    clock.current = at(10, 20)
    window.watch.on_no_shows_timeout()  # the window's periodic release, as its timer runs it
    message = window.message_label.text()
    assert "'Client demo' (BROMO 10:00)" in message and "'Interview' (KAWI 09:00)" in message
    assert {services.booking(late).status, services.booking(gone).status} == {"released"}
    listed: list[list[str]] = []

    def pick(title: str) -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ReleasedToday)
        rows = [dialog.list.item(i).text() for i in range(dialog.list.count())]
        listed.append(rows)
        row = next(i for i, text in enumerate(rows) if title in text)
        dialog.list.setCurrentRow(row)
        qtbot.mouseClick(dialog.reinstate_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lambda: pick("Client demo"))
    window.controls.released_action.trigger()
    assert len(listed[0]) == 2
    assert services.booking(late).status == "checked_in", window.message_label.text()
    assert window.message_label.text() == ("Reinstated 'Client demo' in Bromo; its guests are "
                                           "checked in.")
    # The interview has ended: the rules refuse to bring it back.
    QTimer.singleShot(0, lambda: pick("Interview"))
    window.controls.released_action.trigger()
    assert listed[1] == [text for text in listed[0] if "Interview" in text]
    assert services.booking(gone).status == "released"
    assert window.message_label.text().startswith("Not reinstated:")
    assert "past" in window.message_label.text()


def test_ctrl_i_checks_in_the_booking_chosen_on_the_page_in_front(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    listed = book(services, "BROMO", at(10), at(11), title="Client call")
    planned = book(services, "KAWI", at(10), at(11), title="Interview")
    clock.current = at(9, 50)
    qtbot.keyClicks(window.controls.search_field, "Client")
    qtbot.keyClick(window.controls.search_field, Qt.Key.Key_Return)
    panel = window.search_panel
    assert panel is not None
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                     pos=panel.table.visualRect(panel.model.index(0, 1)).center())
    qtbot.keyClick(panel.table, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert services.booking(listed).status == "checked_in"
    assert services.booking(planned).status == "confirmed"
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    plan = window.floor_plan
    assert plan is not None
    click(qtbot, plan, "KAWI")
    agenda = plan.room_panel.agenda_list
    qtbot.mouseClick(agenda.viewport(), Qt.MouseButton.LeftButton,
                     pos=agenda.visualItemRect(agenda.item(0)).center())
    qtbot.keyClick(agenda, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert services.booking(planned).status == "checked_in"
    assert window.message_label.text() == "Checked in 'Interview' in Kawi."
