"""The timeline used as a person uses it: drags, keys, undo; then the database and the screen."""

from datetime import datetime

import pytest
from PySide6.QtCore import QPoint, Qt
from pytestqt.qtbot import QtBot

from booking.services import Services
from booking.views import Change
from tests.helpers.clock import FakeClock
from tests.ui.conftest import at
from ui.dialogs import CancelReason
from ui.main_window import MainWindow

FD = "frontdesk"


def drag(qtbot: QtBot, window: MainWindow, start: QPoint, end: QPoint) -> None:
    viewport = window.timeline.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    middle = QPoint((start.x() + end.x()) // 2, (start.y() + end.y()) // 2)
    qtbot.mouseMove(viewport, middle)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def book(services: Services, room: str, start: datetime, end: datetime, title: str = "Meeting",
         **kwargs: object) -> int:
    return services.bookings.book(actor=FD, room=room, start=start, end=end, title=title,
                                  **kwargs).booking.id  # type: ignore[arg-type]


@pytest.fixture
def fake_dialog(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, object]]:
    """The booking dialog, answered as a person would: 'Client call', saved as prefilled."""
    from ui.booking_dialog import BookingDialog

    asked: list[dict[str, object]] = []

    def ask(_cls: object, *, services: Services, parent: object = None,  # noqa: ARG001
            bus: object = None, **prefill: object) -> Change | None:  # noqa: ARG001
        asked.append(prefill)
        if "booking" in prefill:
            return None
        return services.bookings.book(actor=services.actor, room=str(prefill["room"]),
                                      start=prefill["start"], end=prefill["end"],  # type: ignore[arg-type]
                                      title="Client call")
    monkeypatch.setattr(BookingDialog, "ask", classmethod(ask))
    return asked


def test_drag_across_empty_cells_creates_a_booking(qtbot: QtBot, window: MainWindow,
                                                   services: Services,
                                                   fake_dialog: list[dict[str, object]]
                                                   ) -> None:
    timeline = window.timeline
    drag(qtbot, window, timeline.cell_point("SEMERU", at(10)),
         timeline.cell_point("SEMERU", at(11, 20)))
    assert fake_dialog == [{"room": "SEMERU", "start": at(10), "end": at(11, 30)}]
    listed = services.list_bookings(start=at(0), end=at(23))
    assert [(b.room, b.start, b.end, b.title) for b in listed] == [
        ("SEMERU", at(10), at(11, 30), "Client call")]
    assert timeline.block_rect(listed[0].id) is not None  # and it is on screen
    assert "Saved 'Client call'" in window.message_label.text()


def test_drag_a_block_to_another_room_moves_it(qtbot: QtBot, window: MainWindow,
                                               services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), attendees=4)
    window.reload()
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    start = block.center().toPoint()
    target = window.timeline.cell_point("KAWI", at(10))
    drag(qtbot, window, start, QPoint(start.x(), target.y()))
    moved = services.booking(booking_id)
    assert moved.room == "KAWI" and moved.start == at(10) and moved.end == at(11)
    assert window.timeline.block_rect(booking_id) is not None
    assert "Moved" in window.message_label.text()


def test_drag_onto_a_conflict_is_refused_and_nothing_changes(qtbot: QtBot, window: MainWindow,
                                                             services: Services) -> None:
    book(services, "KAWI", at(10), at(11), title="Interview")
    booking_id = book(services, "BROMO", at(10), at(11), attendees=2)
    window.reload()
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    start = block.center().toPoint()
    target = window.timeline.cell_point("KAWI", at(10))
    drag(qtbot, window, start, QPoint(start.x(), target.y()))
    unchanged = services.booking(booking_id)
    assert (unchanged.room, unchanged.start, unchanged.version) == ("BROMO", at(10), 1)
    assert "Interview" in window.message_label.text()
    assert "Not moved" in window.message_label.text()


def test_drag_the_right_edge_resizes(qtbot: QtBot, window: MainWindow,
                                     services: Services) -> None:
    booking_id = book(services, "P2.01", at(9), at(10))
    window.reload()
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    edge = QPoint(int(block.right()) - 2, int(block.center().y()))
    target = window.timeline.cell_point("P2.01", at(11, 50))
    drag(qtbot, window, edge, QPoint(target.x(), edge.y()))
    resized = services.booking(booking_id)
    assert (resized.start, resized.end) == (at(9), at(12))


def test_delete_asks_for_a_reason_and_cancels(qtbot: QtBot, window: MainWindow,
                                              services: Services,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), title="Vendor demo")
    window.reload()
    monkeypatch.setattr(CancelReason, "ask", classmethod(lambda _cls, _parent, _b: "vendor ill"))
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    qtbot.mouseClick(window.timeline.viewport(), Qt.MouseButton.LeftButton,
                     pos=block.center().toPoint())
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    cancelled = services.booking(booking_id)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "vendor ill"
    assert window.timeline.block_rect(booking_id) is not None  # still listed, drawn no more
    assert all(b.id != booking_id or not b.active for b in window.timeline.content.bookings)


def test_delete_without_a_reason_changes_nothing(qtbot: QtBot, window: MainWindow,
                                                 services: Services,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    booking_id = book(services, "BROMO", at(10), at(11))
    window.reload()
    monkeypatch.setattr(CancelReason, "ask", classmethod(lambda _cls, _parent, _b: None))
    window.timeline.selected_id = booking_id
    qtbot.keyClick(window.timeline, Qt.Key.Key_Delete)
    assert services.booking(booking_id).status == "confirmed"
    assert "reason" in window.message_label.text()


def test_undo_and_redo_restore_exactly(qtbot: QtBot, window: MainWindow,
                                       services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), attendees=4)
    window.reload()
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    start = block.center().toPoint()
    target = window.timeline.cell_point("KAWI", at(13))
    drag(qtbot, window, start, QPoint(target.x() + (start.x() - int(block.left())), target.y()))
    moved = services.booking(booking_id)
    assert moved.room == "KAWI" and moved.start == at(13)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    back = services.booking(booking_id)
    assert (back.room, back.start, back.end) == ("BROMO", at(10), at(11))
    assert window.message_label.text().startswith("Undone: Move")
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    again = services.booking(booking_id)
    assert (again.room, again.start, again.end) == ("KAWI", at(13), at(14))
    assert window.timeline.block_rect(booking_id) is not None


def test_undo_after_someone_else_took_the_slot_reports_instead_of_overwriting(
        window: MainWindow, services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11))
    window.on_timeline_move_requested(booking_id, services.booking(booking_id).room_id + 0,
                                      at(14), at(15))
    assert services.booking(booking_id).start == at(14)
    book(services, "BROMO", at(10), at(11), title="Walk-in")  # someone else takes the old slot
    window.undo_stack.undo()
    assert services.booking(booking_id).start == at(14)
    assert "Cannot undo" in window.message_label.text()
    assert "Walk-in" in window.message_label.text()


def test_keyboard_only_path_creates_a_booking(qtbot: QtBot, window: MainWindow,
                                              services: Services,
                                              fake_dialog: list[dict[str, object]]) -> None:
    window.timeline.setFocus()
    qtbot.keyClick(window.timeline, Qt.Key.Key_Down)  # the cursor appears on the first room
    start_room = window.timeline.cursor_room
    for _ in range(2):
        qtbot.keyClick(window.timeline, Qt.Key.Key_Right)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(window.timeline, Qt.Key.Key_Return)
    assert len(fake_dialog) == 1
    prefill = fake_dialog[0]
    assert prefill["room"] == start_room
    assert prefill["end"] - prefill["start"] == (  # type: ignore[operator]
        window.timeline.cursor_end - window.timeline.cursor_start)  # type: ignore[operator]
    assert len(services.list_bookings(start=at(0), end=at(23, day=8))) == 1


def test_change_by_another_process_appears_after_the_poll(qtbot: QtBot, file_engine,  # type: ignore[no-untyped-def]
                                                          clock: FakeClock) -> None:
    from booking.store.db import make_engine
    from ui.settings import MemorySettingsStore

    services = Services(file_engine, now=clock)
    win = MainWindow(services=services, settings=MemorySettingsStore())
    qtbot.addWidget(win)
    win.set_date(at(0).date())
    other = make_engine(str(file_engine.url.database))
    try:
        booking_id = Services(other, now=clock).bookings.book(
            actor=FD, room="KAWI", start=at(10), end=at(11), title="From the other desk"
        ).booking.id
    finally:
        other.dispose()
    assert all(b.id != booking_id for b in win.timeline.content.bookings)
    qtbot.waitUntil(lambda: any(b.id == booking_id for b in win.timeline.content.bookings),
                    timeout=5000)
    win.close()


def test_week_view_drag_moves_a_booking_to_another_day(qtbot: QtBot, window: MainWindow,
                                                       services: Services) -> None:
    booking_id = book(services, "BROMO", at(10), at(11), attendees=4)
    window.set_view("week")
    block = window.timeline.block_rect(booking_id)
    assert block is not None
    start = block.center().toPoint()
    wednesday = window.timeline.cell_point("BROMO", at(10, day=9))
    drag(qtbot, window, start, QPoint(wednesday.x() + 2, start.y()))
    moved = services.booking(booking_id)
    assert (moved.room, moved.start, moved.end) == ("BROMO", at(10, day=9), at(11, day=9))


def test_tooltip_tells_the_details(window: MainWindow, services: Services) -> None:
    booking_id = book(services, "SEMERU", at(10), at(11), title="Board review",
                      organization="Bank Mandiri", attendees=12)
    window.reload()
    booking = next(b for b in window.timeline.content.bookings if b.id == booking_id)
    text = window.timeline.tooltip_text(booking)
    for part in ("Board review", "Semeru", "10:00–11:00", "Bank Mandiri", "12 attendees",
                 "10 min after"):
        assert part in text


def _marked_share(window: MainWindow, room: str, first: datetime, last: datetime,
                  empty: datetime) -> float:
    """The share of a lane's pixels between two instants that differ from the lane's own
    background (its colour at an instant where it shows nothing)."""
    timeline = window.timeline
    timeline.viewport().repaint()
    image = timeline.viewport().grab().toImage()
    left, right = timeline.cell_point(room, first), timeline.cell_point(room, last)
    blank = timeline.cell_point(room, empty)
    assert 0 <= left.x() < right.x() < image.width() and blank.x() < image.width()
    background = image.pixelColor(blank.x(), blank.y()).rgb()
    points = [(x, y) for x in range(left.x(), right.x()) for y in range(left.y() - 4, left.y() + 5)]
    return sum(image.pixelColor(x, y).rgb() != background for x, y in points) / len(points)


def test_the_changeover_time_is_hatched_on_the_sides_the_room_keeps_it(
        window: MainWindow, services: Services) -> None:
    """The hall keeps an hour before and after an event; a meeting room ten minutes after
    only: the lane shows exactly those as hatching, and nothing beyond them."""
    book(services, "HALL", at(11), at(12), title="Town hall", attendees=100)
    book(services, "SEMERU", at(10), at(11))
    window.reload()

    def hall(first: datetime, last: datetime) -> float:
        return _marked_share(window, "HALL", first, last, empty=at(8, 40))

    def semeru(first: datetime, last: datetime) -> float:
        return _marked_share(window, "SEMERU", first, last, empty=at(8, 40))

    assert hall(at(10, 5), at(10, 55)) > 0.2  # an hour before
    assert hall(at(12, 5), at(12, 55)) > 0.2  # an hour after
    assert hall(at(13, 5), at(13, 55)) < 0.1  # then nothing
    assert semeru(at(9, 5), at(9, 55)) < 0.1  # nothing before
    assert semeru(at(11, 1), at(11, 9)) > 0.2  # ten minutes after
    assert semeru(at(11, 16), at(11, 55)) < 0.1
