"""Undo and redo over a run of changes to one booking, as a person makes them in the window."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from booking.services import Services
from booking.views import Change
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from tests.ui.test_timeline import book, drag
from ui.booking_dialog import BookingDialog
from ui.dialogs import CancelReason
from ui.main_window import MainWindow

State = tuple[str, datetime, datetime, str, str]


def state(services: Services, booking_id: int) -> State:
    view = services.booking(booking_id)
    return (view.room, view.start, view.end, view.title, view.status)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def redo(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


def move_to(qtbot: QtBot, window: MainWindow, booking_id: int, room: str,
            start: datetime) -> None:
    """Drag the block by its middle so that its start lands on `start` in `room`."""
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    grab = block.center().toPoint()
    target = window.timeline.cell_point(room, start)
    drag(qtbot, window, grab, QPoint(target.x() + grab.x() - int(block.left()), target.y()))


def block_centre(window: MainWindow, booking_id: int) -> QPoint:
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    return block.center().toPoint()


@pytest.fixture
def retitle(monkeypatch: pytest.MonkeyPatch) -> None:
    """The booking dialog, answered as a person would: the title becomes 'Board meeting'."""
    from ui.booking_dialog import BookingDialog

    def ask(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
            **prefill: object) -> Change | None:
        booking = prefill["booking"]
        return services.bookings.change_details(
            actor=services.actor, booking_id=booking.id,  # type: ignore[attr-defined]
            title="Board meeting", expected_version=booking.version)  # type: ignore[attr-defined]
    monkeypatch.setattr(BookingDialog, "ask", classmethod(ask))
    monkeypatch.setattr(CancelReason, "ask", classmethod(lambda _cls, _parent, _b: "ill"))


def test_five_changes_undo_one_by_one_and_redo_in_full(qtbot: QtBot, window: MainWindow,
                                                       services: Services,
                                                       retitle: None) -> None:  # noqa: ARG001
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call", attendees=4)
    window.reload()
    timeline = window.timeline
    states = [state(services, booking_id)]
    # 1. move to 13:00 in the same room
    move_to(qtbot, window, booking_id, "BROMO", at(13))
    states.append(state(services, booking_id))
    # 2. stretch the end to 15:00
    block = timeline.block_rect(booking_id)
    assert block is not None
    edge = QPoint(int(block.right()) - 2, int(block.center().y()))
    drag(qtbot, window, edge, QPoint(timeline.cell_point("BROMO", at(14, 50)).x(), edge.y()))
    states.append(state(services, booking_id))
    # 3. over to KAWI
    move_to(qtbot, window, booking_id, "KAWI", at(13))
    states.append(state(services, booking_id))
    # 4. a new title through the dialog
    qtbot.mouseDClick(timeline.viewport(), Qt.MouseButton.LeftButton,
                      pos=block_centre(window, booking_id))
    states.append(state(services, booking_id))
    # 5. cancelled with Delete
    qtbot.mouseClick(timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=block_centre(window, booking_id))
    qtbot.keyClick(timeline, Qt.Key.Key_Delete)
    states.append(state(services, booking_id))
    assert states == [
        ("BROMO", at(10), at(11), "Client call", "confirmed"),
        ("BROMO", at(13), at(14), "Client call", "confirmed"),
        ("BROMO", at(13), at(15), "Client call", "confirmed"),
        ("KAWI", at(13), at(15), "Client call", "confirmed"),
        ("KAWI", at(13), at(15), "Board meeting", "confirmed"),
        ("KAWI", at(13), at(15), "Board meeting", "cancelled"),
    ]
    assert window.undo_stack.count() == 5
    for expected in reversed(states[:-1]):
        undo(qtbot, window)
        assert state(services, booking_id) == expected
        assert window.message_label.text().startswith("Undone"), window.message_label.text()
    assert not window.undo_stack.canUndo()
    for expected in states[1:]:
        redo(qtbot, window)
        assert state(services, booking_id) == expected
        assert window.message_label.text().startswith("Redone"), window.message_label.text()
    assert window.undo_stack.count() == 5 and not window.undo_stack.canRedo()
    assert window.timeline.block_rect(booking_id) is not None


def test_undo_of_a_cancel_into_a_closure_is_refused_with_the_rules_words(
        qtbot: QtBot, window: MainWindow, services: Services,
        retitle: None) -> None:  # noqa: ARG001
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()
    move_to(qtbot, window, booking_id, "BROMO", at(13))
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=block_centre(window, booking_id))
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert services.booking(booking_id).status == "cancelled"
    services.terms.add_closure(actor="manager", name="Electrical maintenance", start=at(12),
                               end=at(17))
    undo(qtbot, window)
    assert state(services, booking_id)[4] == "cancelled"
    message = window.message_label.text()
    assert message.startswith("Cannot undo") and "Electrical maintenance" in message
    # The refused cancel left the stack; what is left still undoes and redoes in order.
    assert window.undo_stack.count() == 1 and window.undo_stack.index() == 1
    assert not window.undo_stack.canRedo()
    undo(qtbot, window)  # the move cannot come back either: the booking is cancelled
    assert state(services, booking_id)[:2] == ("BROMO", at(13))
    assert window.message_label.text().startswith("Cannot undo")
    assert window.undo_stack.count() == 0


def test_undo_of_a_cancel_after_its_start_has_passed_is_refused(
        qtbot: QtBot, window: MainWindow, services: Services, retitle: None,  # noqa: ARG001
        clock: FakeClock) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=block_centre(window, booking_id))
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    clock.current = at(10, 30)
    undo(qtbot, window)
    assert services.booking(booking_id).status == "cancelled"
    assert "in the past" in window.message_label.text()


def test_undo_of_a_cancel_brings_back_the_status_the_booking_had(
        qtbot: QtBot, window: MainWindow, services: Services, retitle: None,  # noqa: ARG001
        clock: FakeClock) -> None:
    pencilled = book(services, "BROMO", at(11), at(12), title="Pencilled in", tentative=True)
    arrived = book(services, "KAWI", at(10), at(11), title="In the room")
    clock.current = at(9, 45)
    services.bookings.check_in(actor="frontdesk", booking_id=arrived)
    window.reload()
    for booking_id in (pencilled, arrived):
        qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                         pos=block_centre(window, booking_id))
        qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
        assert services.booking(booking_id).status == "cancelled"
    clock.current = at(10, 20)  # KAWI's meeting has started; its guests are still there
    undo(qtbot, window)
    assert services.booking(arrived).status == "checked_in", window.message_label.text()
    undo(qtbot, window)
    assert services.booking(pencilled).status == "tentative", window.message_label.text()
    redo(qtbot, window)
    redo(qtbot, window)
    assert {services.booking(pencilled).status, services.booking(arrived).status} == {
        "cancelled"}


def test_a_dialog_edit_that_moves_and_renames_is_undone_and_redone_whole(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call", attendees=4)
    window.reload()
    move_to(qtbot, window, booking_id, "BROMO", at(13))  # an earlier step on the stack

    def edit() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        dialog.room_combo.setCurrentIndex(dialog.room_combo.findData("KAWI"))
        dialog.title_edit.selectAll()
        qtbot.keyClicks(dialog.title_edit, "Board meeting")
        dialog.check_now()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, edit)
    qtbot.mouseDClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                      pos=block_centre(window, booking_id))
    edited = ("KAWI", at(13), at(14), "Board meeting", "confirmed")
    assert state(services, booking_id) == edited
    window.controls.undo_action.trigger()
    assert state(services, booking_id) == ("BROMO", at(13), at(14), "Client call", "confirmed")
    window.controls.undo_action.trigger()
    assert state(services, booking_id) == ("BROMO", at(10), at(11), "Client call", "confirmed")
    window.controls.redo_action.trigger()
    window.controls.redo_action.trigger()
    assert state(services, booking_id) == edited
    assert window.message_label.text().startswith("Redone: Move 'Board meeting'")


def test_a_meeting_under_way_dragged_later_by_mistake_goes_back_on_undo(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    """Ten minutes into a meeting the desk drags it an hour later by mistake: Ctrl+Z puts it
    back where it was, though its start is now in the past; once it has ended, it cannot."""
    booking_id = book(services, "BROMO", at(10), at(11), title="Board meeting")
    clock.current = at(10, 10)
    window.reload()
    before = state(services, booking_id)
    move_to(qtbot, window, booking_id, "BROMO", at(11, 15))
    assert state(services, booking_id)[1] == at(11, 15)

    undo(qtbot, window)
    assert state(services, booking_id) == before
    redo(qtbot, window)
    assert state(services, booking_id)[1] == at(11, 15)

    clock.current = at(12, 30)  # the original hour is over: putting it back there is refused
    undo(qtbot, window)
    assert state(services, booking_id)[1] == at(11, 15)
    assert "in the past" in window.message_label.text()
