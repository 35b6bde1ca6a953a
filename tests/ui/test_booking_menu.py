"""The booking's context menu in the timeline, the Bookings list and the floor plan's agenda."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt, QTime, QTimer
from PySide6.QtGui import QContextMenuEvent
from PySide6.QtWidgets import QApplication, QMenu, QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from booking.views import BookingView, Change
from tests.helpers.accounts import act_for
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from tests.ui.test_floorplan import click
from tests.ui.test_timeline import book
from tests.ui.test_undo import block_centre, undo
from ui.booking_dialog import BookingDialog
from ui.dialogs import CancelReason, RoomChoice, TimeChoice
from ui.main_window import MainWindow

# The offscreen platform cannot raise a popup or grab the keyboard for it; menus work anyway.
pytestmark = pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")

ENTRIES = ["Open", "Check in", "Move to another room…", "Change time…", "Cancel…",
           "Duplicate", "Make repeating…", "Print confirmation…", "Confirmation e-mail…",
           "Add to calendar (.ics)…"]


def right_click(qtbot: QtBot, window: MainWindow, widget: QWidget, pos: QPoint) -> QMenu:
    """Right-click as the platform delivers it, and wait for the booking's menu."""
    qtbot.mouseClick(widget, Qt.MouseButton.RightButton, pos=pos)
    QApplication.sendEvent(widget, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, pos,
                                                     widget.mapToGlobal(pos)))
    menu = window.desk.menu
    assert menu is not None
    qtbot.waitUntil(menu.isVisible)
    return menu


def entries(menu: QMenu) -> dict[str, bool]:
    return {a.text().replace("&", ""): a.isEnabled() for a in menu.actions()}


def choose(qtbot: QtBot, menu: QMenu, text: str) -> None:
    action = next(a for a in menu.actions() if a.text().replace("&", "") == text)
    qtbot.mouseClick(menu, Qt.MouseButton.LeftButton, pos=menu.actionGeometry(action).center())


def timeline_menu(qtbot: QtBot, window: MainWindow, booking_id: int) -> QMenu:
    return right_click(qtbot, window, window.timeline.viewport(),
                       block_centre(window, booking_id))


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """The questions the entries ask, answered as a person would."""
    seen: list[tuple[str, object]] = []

    def rooms(_cls: object, _parent: QWidget, _booking: BookingView,
              choices: list[tuple[int, str]]) -> int:
        seen.append(("rooms", [text for _id, text in choices]))
        return next(room_id for room_id, text in choices if "(KAWI)" in text)

    def times(_cls: object, _parent: QWidget,
              booking: BookingView) -> tuple[datetime, datetime]:
        seen.append(("times", booking.id))
        return at(14), at(15, 30)

    def dialog(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
               **prefill: object) -> Change | None:
        seen.append(("dialog", prefill))
        return None

    monkeypatch.setattr(RoomChoice, "ask", classmethod(rooms))
    monkeypatch.setattr(TimeChoice, "ask", classmethod(times))
    monkeypatch.setattr(BookingDialog, "ask", classmethod(dialog))
    monkeypatch.setattr(CancelReason, "ask", classmethod(lambda _cls, _p, _b: "client ill"))
    return seen


def test_the_timeline_menu_moves_to_another_room_and_changes_the_time(
        qtbot: QtBot, window: MainWindow, services: Services,
        asked: list[tuple[str, object]]) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call", attendees=4)
    window.reload()
    menu = timeline_menu(qtbot, window, booking_id)
    assert window.timeline.selected_id == booking_id
    assert list(entries(menu)) == ENTRIES
    assert entries(menu)["Check in"] is False  # a week too early
    check_in = next(a for a in menu.actions() if a.text() == "Check &in")
    assert "opens 30 minutes before" in check_in.toolTip()
    choose(qtbot, menu, "Move to another room…")
    assert asked[0][0] == "rooms" and not any("(BROMO)" in t for t in asked[0][1])  # type: ignore[attr-defined]
    moved = services.booking(booking_id)
    assert (moved.room, moved.start, moved.end) == ("KAWI", at(10), at(11))
    assert window.message_label.text().startswith("Moved 'Client call' to Kawi")
    menu = timeline_menu(qtbot, window, booking_id)
    choose(qtbot, menu, "Change time…")
    moved = services.booking(booking_id)
    assert (moved.room, moved.start, moved.end) == ("KAWI", at(14), at(15, 30))
    undo(qtbot, window)
    undo(qtbot, window)
    back = services.booking(booking_id)
    assert (back.room, back.start, back.end) == ("BROMO", at(10), at(11))


def test_the_timeline_menu_opens_cancels_and_duplicates(
        qtbot: QtBot, window: MainWindow, services: Services,
        asked: list[tuple[str, object]]) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()
    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Open")
    assert asked[-1][0] == "dialog"
    assert asked[-1][1]["booking"].id == booking_id  # type: ignore[index]
    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Duplicate")
    assert asked[-1][1]["copy_of"].id == booking_id  # type: ignore[index]
    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Cancel…")
    cancelled = services.booking(booking_id)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "client ill"
    undo(qtbot, window)
    assert services.booking(booking_id).status == "confirmed"


def test_a_right_click_on_empty_time_shows_no_menu(window: MainWindow) -> None:
    pos = window.timeline.cell_point("BROMO", at(10))
    QApplication.sendEvent(window.timeline.viewport(), QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, pos, window.timeline.viewport().mapToGlobal(pos)))
    assert window.desk.menu is None


def test_the_bookings_list_menu_checks_in(qtbot: QtBot, window: MainWindow,
                                          services: Services, clock: FakeClock) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    clock.current = at(9, 50)
    qtbot.keyClicks(window.controls.search_field, "Client")
    qtbot.keyClick(window.controls.search_field, Qt.Key.Key_Return)
    panel = window.search_panel
    assert panel is not None
    table = panel.table
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert window.tabs.currentWidget() is panel
    pos = table.visualRect(panel.model.index(0, 1)).center()
    menu = right_click(qtbot, window, table.viewport(), pos)
    assert entries(menu) == dict.fromkeys(ENTRIES, True)
    choose(qtbot, menu, "Check in")
    assert services.booking(booking_id).status == "checked_in"
    assert window.message_label.text() == "Checked in 'Client call' in Bromo."
    undo(qtbot, window)
    assert services.booking(booking_id).status == "confirmed"


def test_the_floor_plan_agenda_menu_cancels(qtbot: QtBot, window: MainWindow,
                                            services: Services, clock: FakeClock,
                                            asked: list[tuple[str, object]]) -> None:  # noqa: ARG001
    booking_id = book(services, "BROMO", at(10), at(11), title="Client demo")
    clock.current = at(8)
    qtbot.keyClick(window, Qt.Key.Key_5, Qt.KeyboardModifier.ControlModifier)
    plan = window.floor_plan
    assert plan is not None
    click(qtbot, plan, "BROMO")
    agenda = plan.room_panel.agenda_list
    pos = agenda.visualItemRect(agenda.item(0)).center()
    menu = right_click(qtbot, window, agenda.viewport(), pos)
    assert list(entries(menu)) == ENTRIES
    choose(qtbot, menu, "Cancel…")
    assert services.booking(booking_id).status == "cancelled"


def test_change_time_asks_with_the_bookings_times(qtbot: QtBot, window: MainWindow,
                                                  services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Client call")
    window.reload()

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, TimeChoice)
        assert "'Client call' in Bromo" in dialog.question.text()
        assert (dialog.start_edit.time(), dialog.end_edit.time()) == (QTime(10, 0),
                                                                      QTime(11, 0))
        dialog.start_edit.setTime(QTime(13, 0))
        dialog.end_edit.setTime(QTime(14, 15))
        qtbot.keyClick(dialog, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)
    choose(qtbot, timeline_menu(qtbot, window, booking_id), "Change time…")
    moved = services.booking(booking_id)
    assert (moved.room, moved.start, moved.end) == ("BROMO", at(13), at(14, 15))


def test_duplicate_opens_a_new_booking_with_the_details(qtbot: QtBot, window: MainWindow,
                                                         services: Services) -> None:
    original = services.bookings.book(
        actor="frontdesk", room="BROMO", start=at(10), end=at(11), title="Client call",
        organization="Bank Mandiri", attendees=4, contact_name="Sari",
        notes="Projector").booking
    window.reload()
    seen: list[tuple[str, str, str, int, str, str]] = []

    def save_a_day_later() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BookingDialog)
        seen.append((dialog.windowTitle(), dialog.title_edit.text(), dialog.org_edit.text(),
                     dialog.attendees_spin.value(), dialog.contact_edit.text(),
                     dialog.room_combo.currentData()))
        assert not dialog.check_in_button.isVisible()
        dialog.date_edit.setDate(dialog.date_edit.date().addDays(1))
        dialog.check_now()
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, save_a_day_later)
    choose(qtbot, timeline_menu(qtbot, window, original.id), "Duplicate")
    assert seen == [("New booking", "Client call", "Bank Mandiri", 4, "Sari", "BROMO")]
    copies = [b for b in services.list_bookings(start=at(0, day=8), end=at(23, day=8))
              if b.title == "Client call"]
    assert [(c.room, c.start, c.end, c.notes) for c in copies] == [
        ("BROMO", at(10, day=8), at(11, day=8), "Projector")]
    assert services.booking(original.id).status == "confirmed"


def test_an_organizer_finds_others_bookings_greyed_out_saying_why(
        qtbot: QtBot, window: MainWindow, services: Services, clock: FakeClock) -> None:
    act_for(services.engine, "organizer", "Tani Cerdas")
    ours = services.bookings.book(actor="organizer", room="BROMO", start=at(10), end=at(11),
                                  title="Our planning").booking.id
    theirs = services.bookings.book(actor="frontdesk", room="KAWI", start=at(10), end=at(11),
                                    title="Bank visit", organization="Bank Mandiri").booking.id
    clock.current = at(9, 50)
    services.actor = "organizer"
    window.reload()

    menu = timeline_menu(qtbot, window, theirs)
    shown = entries(menu)
    assert not shown["Cancel…"] and not shown["Move to another room…"]
    assert not shown["Check in"] and not shown["Make repeating…"]
    assert shown["Open"] and shown["Print confirmation…"]
    cancel = next(a for a in menu.actions() if a.text().replace("&", "") == "Cancel…")
    assert "organizer may not cancel this booking" in cancel.toolTip()
    menu.close()

    menu = timeline_menu(qtbot, window, ours)
    shown = entries(menu)
    assert shown["Cancel…"] and shown["Move to another room…"] and shown["Check in"]
    menu.close()
