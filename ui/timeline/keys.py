"""Keyboard handling for the timeline: Enter, Delete, Escape and the arrow-key cursor."""

from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QScrollBar, QWidget

from booking.views import BookingView
from ui.timeline.axis import Row, TimeAxis
from ui.timeline.geometry import GUTTER, HEADER


class KeyTarget(Protocol):
    """What the keyboard reads of the timeline, and what it asks the timeline to do."""

    @property
    def mode(self) -> str: ...
    @property
    def now(self) -> datetime: ...
    @property
    def selected_id(self) -> int | None: ...
    @property
    def cursor_room(self) -> str | None: ...
    @property
    def cursor_start(self) -> datetime | None: ...
    @property
    def cursor_end(self) -> datetime | None: ...
    @property
    def rows(self) -> Sequence[Row]: ...
    @property
    def axis(self) -> TimeAxis: ...

    def step_minutes(self) -> int:
        """How far one arrow key moves the cursor sideways."""
        ...

    def bookings_in(self, room_id: int) -> Sequence[BookingView]: ...
    def row_for_room(self, code: str) -> Row | None: ...
    def set_cursor(self, room: str, start: datetime, end: datetime) -> None: ...
    def clear_selection(self) -> None: ...

    def cancel_drag(self) -> bool:
        """Drop a drag under way; False if there was none."""
        ...

    def request_open(self, booking_id: int) -> None: ...
    def request_create(self, room: str, start: datetime, end: datetime) -> None: ...
    def request_cancel(self, booking_id: int) -> None: ...
    def viewport(self) -> QWidget: ...
    def horizontalScrollBar(self) -> QScrollBar: ...
    def verticalScrollBar(self) -> QScrollBar: ...


def handle_key(view: KeyTarget, event: QKeyEvent) -> bool:
    """Act on a key pressed in the timeline; False if the key is not the timeline's."""
    key = event.key()
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
        if view.selected_id is not None:
            view.request_open(view.selected_id)
        elif view.cursor_room and view.cursor_start and view.cursor_end:
            under = booking_in_cursor(view)
            if under is not None:
                view.request_open(under.id)
            else:
                view.request_create(view.cursor_room, view.cursor_start, view.cursor_end)
        return True
    if key == Qt.Key.Key_Delete:
        target = view.selected_id
        if target is None:
            under = booking_in_cursor(view)
            target = under.id if under else None
        if target is not None:
            view.request_cancel(target)
        return True
    if key == Qt.Key.Key_Escape:
        if not view.cancel_drag():
            view.clear_selection()
        return True
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
        move_cursor(view, key, shift)
        return True
    return False


def booking_in_cursor(view: KeyTarget) -> BookingView | None:
    """The active booking under the start of the keyboard cursor, if any."""
    row = view.row_for_room(view.cursor_room or "")
    if row is None or row.room is None or view.cursor_start is None:
        return None
    for booking in view.bookings_in(row.room.id):
        if booking.active and booking.start <= view.cursor_start < booking.end:
            return booking
    return None


def move_cursor(view: KeyTarget, key: int, extend: bool) -> None:
    """Move the cursor a room up or down or a step sideways; with extend, grow or shrink it."""
    rooms = [r for r in view.rows if r.room is not None]
    if not rooms:
        return
    minutes = view.step_minutes()
    step = timedelta(minutes=minutes)
    if view.cursor_room is None or view.cursor_start is None or view.cursor_end is None:
        first_day = view.axis.segments[0]
        start = max(first_day.start(), min(view.now, first_day.end() - step))
        start = start.replace(minute=start.minute - start.minute % minutes, second=0,
                              microsecond=0) if view.mode == "day" else first_day.start()
        view.clear_selection()
        view.set_cursor(rooms[0].room.code if rooms[0].room else "", start, start + step)
        return
    view.clear_selection()
    codes = [r.room.code for r in rooms if r.room]
    index = codes.index(view.cursor_room) if view.cursor_room in codes else 0
    start, end = view.cursor_start, view.cursor_end
    if key == Qt.Key.Key_Up:
        index = max(0, index - 1)
    elif key == Qt.Key.Key_Down:
        index = min(len(codes) - 1, index + 1)
    elif key == Qt.Key.Key_Right:
        if extend:
            end += step
        else:
            start, end = start + step, start + 2 * step if end - start == step else end + step
            if end - start != step:
                end = start + step
    elif key == Qt.Key.Key_Left:
        if extend:
            end = max(start + step, end - step)
        else:
            start, end = start - step, start
    first, last = view.axis.segments[0].start(), view.axis.segments[-1].end()
    if start < first or end > last:
        return
    view.set_cursor(codes[index], start, end)
    _ensure_cursor_visible(view)


def _ensure_cursor_visible(view: KeyTarget) -> None:
    row = view.row_for_room(view.cursor_room or "")
    if row is None or view.cursor_start is None:
        return
    x = view.axis.x_of(view.cursor_start) or 0.0
    size = view.viewport().size()
    h = view.horizontalScrollBar()
    if x < h.value():
        h.setValue(int(x))
    elif x > h.value() + size.width() - GUTTER - 80:
        h.setValue(int(x - (size.width() - GUTTER) + 120))
    v = view.verticalScrollBar()
    if row.y < v.value():
        v.setValue(int(row.y))
    elif row.y + row.height > v.value() + size.height() - HEADER:
        v.setValue(int(row.y + row.height - (size.height() - HEADER)))
