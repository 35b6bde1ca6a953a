"""Find a room (Ctrl+R): the rooms free for a span, best fit first; a pick opens the booking."""

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from tests.helpers.modal import when_modal
from tests.ui.conftest import WIB
from ui.booking_dialog import BookingDialog
from ui.find_room import FindRoomPanel, first_start
from ui.main_window import MainWindow

FD = "frontdesk"


def today(hour: int, minute: int = 0) -> datetime:
    """On the clock's day, Tuesday 1 December 2026."""
    return datetime(2026, 12, 1, hour, minute, tzinfo=WIB)


def book(services: Services, room: str, start: datetime, end: datetime,
         title: str = "Meeting") -> int:
    return services.bookings.book(actor=FD, room=room, start=start, end=end,
                                  title=title).booking.id


def listed(panel: FindRoomPanel) -> list[list[str]]:
    model = panel.table.model()
    return [[str(model.index(row, column).data()) for column in range(model.columnCount())]
            for row in range(model.rowCount())]


def open_panel(qtbot: QtBot, window: MainWindow, act: Callable[[FindRoomPanel], None]) -> None:
    def run(widget: QWidget) -> None:
        assert isinstance(widget, FindRoomPanel)
        act(widget)
        if widget.isVisible():
            widget.reject()
    when_modal(FindRoomPanel, run)
    qtbot.keyClick(window.timeline, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)


def test_ctrl_r_four_seats_enter_opens_the_booking_dialog_on_the_best_fit_now(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    seen: list[tuple[str, datetime, datetime]] = []

    def type_four(panel: QWidget) -> None:
        assert isinstance(panel, FindRoomPanel)
        qtbot.keyClicks(panel.seats_spin, "4")
        assert listed(panel)[0][0] == "Kawi"
        qtbot.keyClick(panel.seats_spin, Qt.Key.Key_Return)

    def save(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        form = dialog.form()
        seen.append((form.room, form.start, form.end))
        assert form.attendees == 4  # the party the panel was asked for
        qtbot.keyClicks(dialog.title_edit, "Walk-in")
        qtbot.keyClick(dialog.title_edit, Qt.Key.Key_Return)

    when_modal(FindRoomPanel, type_four)
    when_modal(BookingDialog, save, tries=600)
    qtbot.keyClick(window.timeline, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert seen == [("KAWI", today(8), today(9))]
    saved = services.list_bookings(start=today(0), end=today(23))
    assert [(b.room, b.start, b.end, b.title, b.attendees) for b in saved] == [
        ("KAWI", today(8), today(9), "Walk-in", 4)]
    # The booking just saved is selected, so the guests are checked in with one key.
    assert window.timeline.selected_id == saved[0].id
    window.activateWindow()  # focus comes back to the window once the dialog has gone
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.timeline, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    assert services.booking(saved[0].id).status == "checked_in", window.message_label.text()


def test_ranking_is_smallest_that_fits_then_floor_then_fewest_amenities(
        qtbot: QtBot, window: MainWindow) -> None:
    rows: list[list[str]] = []

    def six_seats(panel: FindRoomPanel) -> None:
        qtbot.keyClicks(panel.seats_spin, "6")
        rows.extend(listed(panel))

    open_panel(qtbot, window, six_seats)
    seats = [int(row[2]) for row in rows]
    assert seats == sorted(seats) and min(seats) == 6
    sixes = [(int(row[1]), len(row[3].split(", "))) for row in rows if row[2] == "6"]
    assert sixes == sorted(sixes) and len(sixes) >= 2
    assert rows[0][0] == "Welirang" or int(rows[0][1]) <= min(f for f, _ in sixes)


def test_a_room_taken_now_is_not_listed_and_free_until_is_shown(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    book(services, "KAWI", today(8), today(9, 30))
    book(services, "WELIRANG", today(10), today(11))
    rows: list[list[str]] = []

    def four_seats(panel: FindRoomPanel) -> None:
        qtbot.keyClicks(panel.seats_spin, "4")
        rows.extend(listed(panel))

    open_panel(qtbot, window, four_seats)
    names = [row[0] for row in rows]
    assert "Kawi" not in names
    welirang = next(row for row in rows if row[0] == "Welirang")
    assert welirang[4] == "09:50"  # the meeting-room changeover before its 10:00 booking
    assert next(row for row in rows if row[0] == "Semeru")[4] == "21:00"  # closing time


def test_length_amenity_and_floor_narrow_the_list(qtbot: QtBot, window: MainWindow,
                                                  services: Services) -> None:
    book(services, "KAWI", today(9, 15), today(10))
    checks: dict[str, list[str]] = {}

    def narrow(panel: FindRoomPanel) -> None:
        qtbot.keyClicks(panel.seats_spin, "4")
        checks["hour"] = [row[0] for row in listed(panel)]
        panel.length_spin.setFocus()
        qtbot.keyClick(panel.length_spin, Qt.Key.Key_Up)
        assert panel.length_spin.value() == 75
        checks["longer"] = [row[0] for row in listed(panel)]
        item = panel.amenity_list.findItems("video conference", Qt.MatchFlag.MatchExactly)[0]
        panel.amenity_list.setCurrentItem(item)
        qtbot.keyClick(panel.amenity_list, Qt.Key.Key_Space)
        assert item.checkState() == Qt.CheckState.Checked
        checks["video"] = [row[3] for row in listed(panel)]

    open_panel(qtbot, window, narrow)
    assert "Kawi" in checks["hour"]
    assert "Kawi" not in checks["longer"]
    assert checks["video"] and all("video conference" in a for a in checks["video"])


def test_clicking_a_row_opens_the_dialog_on_that_room(qtbot: QtBot,
                                                      window: MainWindow) -> None:
    seen: list[tuple[str, datetime, datetime]] = []

    def click_second(panel: QWidget) -> None:
        assert isinstance(panel, FindRoomPanel)
        qtbot.keyClicks(panel.seats_spin, "4")
        second = panel.model.room_at(1)
        assert second is not None
        rect = panel.table.visualRect(panel.model.index(1, 0))
        qtbot.mouseClick(panel.table.viewport(), Qt.MouseButton.LeftButton,
                         pos=rect.center())
        seen.append((second.code, today(8), today(9)))

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BookingDialog)
        form = dialog.form()
        seen.append((form.room, form.start, form.end))
        dialog.reject()

    when_modal(FindRoomPanel, click_second)
    when_modal(BookingDialog, look, tries=600)
    qtbot.keyClick(window.timeline, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(seen) == 2 and seen[0] == seen[1]


def test_the_start_is_the_current_slot_while_the_rules_take_it() -> None:
    assert first_start(today(8, 4)) == today(8)
    assert first_start(today(8, 7)) == today(8, 15)
    assert first_start(today(8, 15)) == today(8, 15)


def test_the_free_rooms_model_passes_the_model_tester(qtmodeltester: object,
                                                       services: Services) -> None:
    from ui.models.free_rooms_model import FreeRoomsModel

    book(services, "WELIRANG", today(10), today(11))
    model = FreeRoomsModel()
    model.set_rooms(services.availability.free_rooms(start=today(8), end=today(9), capacity=4))
    assert model.rowCount() > 3
    qtmodeltester.check(model)  # type: ignore[attr-defined]


def test_free_now_then_means_free_for_the_length_chosen(qtbot: QtBot, window: MainWindow,
                                                         services: Services) -> None:
    book(services, "KAWI", today(8, 30), today(9))
    window.set_date(today(8).date())
    window.side_panel.free_now_check.setFocus()
    qtbot.keyClick(window.side_panel.free_now_check, Qt.Key.Key_Space)
    assert window.side_panel.free_now_check.isChecked()
    shown = {r.code for r in window.timeline.content.rooms}
    assert "KAWI" in shown  # free at this instant

    def for_an_hour(panel: FindRoomPanel) -> None:
        assert panel.length_spin.value() == 60
        qtbot.keyClick(panel.seats_spin, Qt.Key.Key_Escape)

    open_panel(qtbot, window, for_an_hour)
    shown = {r.code for r in window.timeline.content.rooms}
    assert "KAWI" not in shown and "BROMO" in shown


def test_an_empty_list_says_whether_the_wishes_or_the_time_are_to_blame(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    said: dict[str, str] = {}

    def too_many(panel: FindRoomPanel) -> None:
        qtbot.keyClicks(panel.seats_spin, "399")
        assert listed(panel) == []
        said["seats"] = panel.summary_label.text()

    open_panel(qtbot, window, too_many)
    assert said["seats"].endswith("Other rooms are free then: ask for fewer seats, fewer "
                                  "amenities or any floor.")

    services.closure_tools.add(actor="manager", reason="Fire drill", start=today(7),
                               end=today(23))

    def closed(panel: QWidget) -> None:
        assert isinstance(panel, FindRoomPanel)
        said["closed"] = panel.summary_label.text()
        assert listed(panel) == []
        panel.reject()

    when_modal(FindRoomPanel, closed)
    window.controls.find_room_action.trigger()
    assert said["closed"].endswith("Every room is taken or closed then: try another start or "
                                   "a shorter length.")
