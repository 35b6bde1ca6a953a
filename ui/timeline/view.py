"""The rooms × time timeline: day view (one day, hours across) or week view (seven days).

The widget keeps the state, coordinates and mouse handling. Painting (`ui.timeline.painting`)
draws a frozen `Frame` the widget hands it; the keyboard (`ui.timeline.keys`) works through the
widget's public methods, as its `KeyTarget` protocol names them.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from booking.timeutil import BUILDING_TZ, guest_span_text, local
from booking.views import BookingView, HoursInfo, RoomInfo
from ui.models.status_labels import STATUS_LABELS
from ui.qdates import shown
from ui.timeline.axis import SNAP_MINUTES, Row, TimeAxis, build_rows, room_row
from ui.timeline.geometry import (
    DAY_PX_PER_MIN,
    EDGE,
    FLOOR_HEIGHT,
    GUTTER,
    HEADER,
    WEEK_GAP,
    WEEK_PX_PER_MIN_MIN,
)
from ui.timeline.keys import handle_key
from ui.timeline.painting import TimelinePainter
from ui.timeline.state import Closure, Frame, Ghost, Span

# A drop validator answers why a booking may not go to (room, start, end), or None if it may.
DropValidator = Callable[[BookingView, RoomInfo, datetime, datetime], str | None]


@dataclass
class _Drag:
    mode: str  # "create", "move", "start", "end"
    row: Row
    anchor: datetime
    press: QPointF
    booking: BookingView | None = None
    offset: timedelta = timedelta(0)
    target_room: RoomInfo | None = None
    target_start: datetime | None = None
    target_end: datetime | None = None
    refusal: str | None = None
    moved: bool = False

    def ghost(self) -> Ghost | None:
        """Where the dragged booking would land, once the drag has gone somewhere."""
        if not self.moved or self.target_start is None or self.target_end is None:
            return None
        room = self.target_room or self.row.room
        if room is None:
            return None
        return Ghost(Span(room.code, self.target_start, self.target_end), self.refusal)


@dataclass
class TimelineContent:
    """Everything the timeline draws for its visible days."""

    days: list[date]
    floors: list[tuple[int, str]]
    rooms: list[RoomInfo]
    bookings: list[BookingView] = field(default_factory=list)
    hours: dict[str, HoursInfo] = field(default_factory=dict)
    holidays: dict[date, str] = field(default_factory=dict)
    closures: list[Closure] = field(default_factory=list)


class TimelineView(QAbstractScrollArea):
    """Bookings as blocks on room lanes; drag to create, move and resize; keyboard cursor."""

    create_requested = Signal(str, object, object)  # room code, start, end
    move_requested = Signal(int, int, object, object)  # booking id, room id, start, end
    open_requested = Signal(int)
    cancel_requested = Signal(int)
    menu_requested = Signal(int, QPoint)  # booking id, global position
    floor_toggled = Signal(int, bool)
    status_message = Signal(str)
    first_painted = Signal()

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setMouseTracking(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.mode = "day"
        self.zoom = 30
        self.colour_by = "kind"
        self.collapsed: set[int] = set()
        self.content = TimelineContent([date.today()], [], [])
        self.now = datetime.now(BUILDING_TZ)
        self.validator: DropValidator | None = None
        self.selected_id: int | None = None
        self.cursor_room: str | None = None
        self.cursor_start: datetime | None = None
        self.cursor_end: datetime | None = None
        self.last_status = ""
        self._drag: _Drag | None = None
        self._painted = False
        self._rows: list[Row] = []
        self._by_room: dict[int, list[BookingView]] = {}
        self._axis = TimeAxis([date.today()], 7 * 60, 21 * 60, 1.2)
        self._painter = TimelinePainter(font=self.font())

    def retranslate_ui(self) -> None:
        """The painted words (row headers, closures, day headings) are drawn again."""
        self.viewport().update()

    # ----- content ----------------------------------------------------------------------------

    def set_content(self, content: TimelineContent, *, now: datetime | None = None) -> None:
        self.content = content
        if now is not None:
            self.now = now
        self._by_room = {}
        for booking in content.bookings:
            self._by_room.setdefault(booking.room_id, []).append(booking)
        if self.selected_id is not None and not any(b.id == self.selected_id
                                                    for b in content.bookings):
            self.selected_id = None
        self._relayout()

    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self._relayout()
        if mode == "week":
            self.horizontalScrollBar().setValue(0)

    def set_zoom(self, minutes: int) -> None:
        self.zoom = minutes if minutes in DAY_PX_PER_MIN else 30
        self._relayout()

    def set_colour_by(self, what: str) -> None:
        self.colour_by = what
        self.viewport().update()

    def set_collapsed(self, levels: set[int]) -> None:
        self.collapsed = set(levels)
        self._relayout()

    def set_now(self, now: datetime) -> None:
        self.now = now
        self.viewport().update()

    def set_drop_validator(self, validator: DropValidator | None) -> None:
        self.validator = validator

    def _visible_hours(self) -> tuple[int, int]:
        opens, closes = 24 * 60, 0
        for room in self.content.rooms:
            info = self.content.hours.get(room.hours_profile or "")
            for _day, start, end in info.spans if info else ():
                opens, closes = min(opens, start), max(closes, end)
        if closes <= opens:
            return 7 * 60, 21 * 60
        return opens // 60 * 60, -(-closes // 60) * 60

    def _relayout(self) -> None:
        start, end = self._visible_hours()
        if self.mode == "week":
            # The whole week fits the width when it can; narrower screens scroll.
            days = max(1, len(self.content.days))
            room_for = self.viewport().width() - GUTTER - (days - 1) * WEEK_GAP - 2
            per_min = max(WEEK_PX_PER_MIN_MIN, room_for / (days * (end - start)))
            self._axis = TimeAxis(self.content.days, start, end, per_min, WEEK_GAP)
            room_height = 30.0
        else:
            self._axis = TimeAxis(self.content.days[:1], start, end, DAY_PX_PER_MIN[self.zoom])
            room_height = 40.0
        self._rows = build_rows(self.content.floors, self.content.rooms, self.collapsed,
                                room_height=room_height, floor_height=FLOOR_HEIGHT)
        self._update_scrollbars()
        self.viewport().update()

    def _update_scrollbars(self) -> None:
        view = self.viewport().size()
        body_h = self._rows[-1].y + self._rows[-1].height if self._rows else 0
        self.horizontalScrollBar().setRange(0, max(0, int(self._axis.width - (view.width()
                                                                             - GUTTER))))
        self.horizontalScrollBar().setPageStep(max(1, view.width() - GUTTER))
        self.horizontalScrollBar().setSingleStep(int(60 * self._axis.px_per_min))
        self.verticalScrollBar().setRange(0, max(0, int(body_h - (view.height() - HEADER))))
        self.verticalScrollBar().setPageStep(max(1, view.height() - HEADER))
        self.verticalScrollBar().setSingleStep(30)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.mode == "week":
            self._relayout()
        else:
            self._update_scrollbars()

    def sizeHint(self) -> QSize:
        return QSize(900, 600)

    # ----- coordinates ------------------------------------------------------------------------

    def _x0(self) -> float:
        return GUTTER - self.horizontalScrollBar().value()

    def _y0(self) -> float:
        return HEADER - self.verticalScrollBar().value()

    @property
    def rows(self) -> Sequence[Row]:
        """The floor headings and room lanes, top to bottom."""
        return self._rows

    @property
    def axis(self) -> TimeAxis:
        """Time along x for the visible days."""
        return self._axis

    def bookings_in(self, room_id: int) -> Sequence[BookingView]:
        return self._by_room.get(room_id, [])

    def row_for_room(self, code: str) -> Row | None:
        return room_row(self._rows, code)

    def _row_at(self, y: float) -> Row | None:
        body = y - self._y0()
        return next((r for r in self._rows if r.y <= body < r.y + r.height), None)

    def _time_at(self, x: float, *, round_up: bool = False) -> datetime | None:
        return self._axis.time_at(x - self._x0(), round_up=round_up)

    def block_rect(self, booking_id: int) -> QRectF | None:
        """Where a booking's block is drawn (viewport coordinates), for tests and tooltips."""
        for row in self._rows:
            if row.room is None:
                continue
            for booking in self._by_room.get(row.room.id, []):
                if booking.id == booking_id:
                    pieces = self._axis.span_x(booking.start, booking.end)
                    if pieces:
                        x0, x1 = pieces[0][0], pieces[-1][1]
                        return QRectF(self._x0() + x0, self._y0() + row.y + 3, x1 - x0,
                                      row.height - 6)
        return None

    def cell_point(self, room_code: str, instant: datetime) -> QPoint:
        """The viewport point of a room's lane at an instant (just inside the slot)."""
        row = self.row_for_room(room_code)
        x = self._axis.x_of(instant)
        if row is None or x is None:
            raise ValueError(f"{room_code} at {instant} is not on screen")
        return QPoint(int(self._x0() + x + 2), int(self._y0() + row.y + row.height / 2))

    def reveal(self, booking_id: int) -> None:
        """Select a booking on the days shown and scroll it into view (nothing when not shown)."""
        booking = next((b for b in self.content.bookings if b.id == booking_id), None)
        if booking is None:
            return
        self.selected_id = booking.id
        row = self.row_for_room(booking.room)
        if row is not None:
            bar = self.verticalScrollBar()
            seen = self.viewport().height() - self._y0()
            if row.y < bar.value() or row.y + row.height > bar.value() + seen:
                bar.setValue(int(max(0.0, row.y - row.height)))
        x = self._axis.x_of(booking.start)
        bar = self.horizontalScrollBar()
        if x is not None and not bar.value() <= x <= bar.value() + self.viewport().width() \
                - self._x0() - 40:
            self.scroll_to_time(booking.start)
        self.viewport().update()

    def scroll_to_time(self, instant: datetime) -> None:
        x = self._axis.x_of(instant)
        if x is not None:
            self.horizontalScrollBar().setValue(int(max(0.0, x - 40)))

    def _booking_at(self, pos: QPointF) -> tuple[BookingView | None, str]:
        row = self._row_at(pos.y())
        if row is None or row.room is None:
            return None, ""
        for booking in self._by_room.get(row.room.id, []):
            for x0, x1 in self._axis.span_x(booking.start, booking.end):
                left, right = self._x0() + x0, self._x0() + x1
                if left - 1 <= pos.x() <= right + 1:
                    if self.mode == "day" and pos.x() - left <= EDGE and right - left > 3 * EDGE:
                        return booking, "start"
                    if self.mode == "day" and right - pos.x() <= EDGE and right - left > 3 * EDGE:
                        return booking, "end"
                    return booking, "move"
        return None, ""

    # ----- painting ---------------------------------------------------------------------------

    def _frame(self) -> Frame:
        """What to paint now, as plain values."""
        size = self.viewport().size()
        cursor = None
        if self.cursor_room and self.cursor_start and self.cursor_end:
            cursor = Span(self.cursor_room, self.cursor_start, self.cursor_end)
        return Frame(
            width=size.width(), height=size.height(),
            scroll_x=self.horizontalScrollBar().value(), scroll_y=self.verticalScrollBar().value(),
            mode=self.mode, step=self.step_minutes(), colour_by=self.colour_by,
            collapsed=frozenset(self.collapsed), axis=self._axis, rows=self._rows,
            rooms=self.content.rooms, by_room=self._by_room, hours=self.content.hours,
            holidays=self.content.holidays, closures=self.content.closures, now=self.now,
            selected_id=self.selected_id, cursor=cursor,
            ghost=self._drag.ghost() if self._drag else None)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        self._painter.paint(painter, self._frame())
        painter.end()
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    # ----- mouse ------------------------------------------------------------------------------

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        booking, _part = self._booking_at(QPointF(event.pos()))
        if booking is None:
            event.ignore()
            return
        self.selected_id = booking.id
        self.cursor_room = None
        self.viewport().update()
        self.menu_requested.emit(booking.id, event.globalPos())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        pos = event.position()
        self.setFocus()
        row = self._row_at(pos.y())
        if row is None or pos.y() < HEADER:
            return None
        if row.room is None:
            collapsed = row.floor_level not in self.collapsed
            if collapsed:
                self.collapsed.add(row.floor_level)
            else:
                self.collapsed.discard(row.floor_level)
            self._relayout()
            self.floor_toggled.emit(row.floor_level, collapsed)
            return None
        if pos.x() < GUTTER:
            return None
        booking, part = self._booking_at(pos)
        if booking is not None and booking.room_id == row.room.id:
            self.selected_id = booking.id
            self.cursor_room = None
            anchor = self._time_at(pos.x()) or booking.start
            self._drag = _Drag(part, row, anchor, pos, booking, anchor - booking.start)
        else:
            self.selected_id = None
            start = self._time_at(pos.x())
            if start is None:
                return None
            self._drag = _Drag("create", row, start, pos)
            self.set_cursor(row.room.code, start, start + timedelta(minutes=self.step_minutes()))
        self.viewport().update()
        return None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        drag = self._drag
        pos = event.position()
        if drag is None:
            booking, part = self._booking_at(pos)
            shape = Qt.CursorShape.ArrowCursor
            if part in ("start", "end"):
                shape = Qt.CursorShape.SizeHorCursor
            elif booking is not None:
                shape = Qt.CursorShape.OpenHandCursor
            self.viewport().setCursor(shape)
            return
        if (pos - drag.press).manhattanLength() < 4 and not drag.moved:
            return
        drag.moved = True
        if drag.mode == "create":
            here = self._time_at(pos.x(), round_up=pos.x() > drag.press.x())
            if here is None or drag.row.room is None:
                return
            start, end = sorted((drag.anchor, here))
            if end == start:
                end = start + timedelta(minutes=SNAP_MINUTES)
            self.set_cursor(drag.row.room.code, start, end)
            return
        booking = drag.booking
        assert booking is not None
        target_row = self._row_at(pos.y()) if drag.mode == "move" else drag.row
        if target_row is None or target_row.room is None:
            target_row = drag.row
        here = self._time_at(pos.x())
        if here is None:
            return
        if drag.mode == "move":
            start = here - drag.offset
            start = start.replace(minute=start.minute - start.minute % SNAP_MINUTES, second=0)
            if self.mode == "week":
                # Moving between days keeps the time of day unless dragged within the day.
                start = datetime.combine(local(here).date(), local(booking.start).timetz())
            end = start + (booking.end - booking.start)
        elif drag.mode == "start":
            start, end = min(here, booking.end - timedelta(minutes=SNAP_MINUTES)), booking.end
        else:
            end_here = self._time_at(pos.x(), round_up=True) or here
            start, end = booking.start, max(end_here, booking.start + timedelta(
                minutes=SNAP_MINUTES))
        room = target_row.room
        assert room is not None
        if (room, start, end) != (drag.target_room, drag.target_start, drag.target_end):
            drag.target_room, drag.target_start, drag.target_end = room, start, end
            drag.refusal = self.validator(booking, room, start, end) if self.validator else None
        self.viewport().update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self._drag = self._drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return
        self.viewport().update()
        if not drag.moved:
            return
        if drag.mode == "create":
            if self.cursor_room and self.cursor_start and self.cursor_end:
                self.create_requested.emit(self.cursor_room, self.cursor_start, self.cursor_end)
            return
        booking = drag.booking
        if booking is None or drag.target_room is None or drag.target_start is None or \
                drag.target_end is None:
            return
        if (drag.target_room.id, drag.target_start, drag.target_end) == (
                booking.room_id, booking.start, booking.end):
            return
        if drag.refusal:
            self._say(self.tr("Not moved: {0}").format(drag.refusal))
            return
        self.move_requested.emit(booking.id, drag.target_room.id, drag.target_start,
                                 drag.target_end)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        booking, _part = self._booking_at(event.position())
        row = self._row_at(event.position().y())
        self._drag = None
        if booking is not None and row is not None and row.room is not None \
                and booking.room_id == row.room.id:
            self.open_requested.emit(booking.id)
            return
        if row is not None and row.room is not None and event.position().x() > GUTTER:
            start = self._time_at(event.position().x())
            if start is not None:
                self.create_requested.emit(row.room.code, start, start + timedelta(hours=1))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            booking, _part = self._booking_at(QPointF(event.pos()))
            if booking is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_text(booking), self)
            return True
        return super().viewportEvent(event)

    def tooltip_text(self, booking: BookingView) -> str:
        start, end = local(booking.start), local(booking.end)
        lines = [f"<b>{_esc(booking.title)}</b>",
                 f"{booking.room_name} · {shown(start):%a %d %b} {start:%H:%M}–{end:%H:%M}"]
        if booking.organization:
            lines.append(self.tr("For: {0}").format(_esc(booking.organization)))
        if booking.guest_zone:
            lines.append(self.tr("Guest time: {0}").format(_esc(guest_span_text(
                booking.start, booking.end, booking.guest_zone))))
        if booking.attendees:
            lines.append(self.tr("{0} attendees").format(booking.attendees))
        lines.append(self.tr("Status: {0}").format(
            self.tr(STATUS_LABELS.get(booking.status, booking.status))))
        if booking.buffer_before_min or booking.buffer_after_min:
            lines.append(self.tr("Changeover: {0} min before, {1} min after").format(
                booking.buffer_before_min, booking.buffer_after_min))
        if booking.contact_name or booking.contact_phone:
            lines.append(_esc(" ".join(p for p in (booking.contact_name,
                                                   booking.contact_phone) if p)))
        if booking.series_id:
            lines.append(self.tr("Part of series #{0}").format(booking.series_id))
        return "<br>".join(lines)

    # ----- keyboard ---------------------------------------------------------------------------

    def step_minutes(self) -> int:
        """One keyboard step sideways, and the spacing of the grid: the zoom, or an hour."""
        return self.zoom if self.mode == "day" else 60

    def set_cursor(self, room: str, start: datetime, end: datetime) -> None:
        self.cursor_room, self.cursor_start, self.cursor_end = room, start, end
        self.viewport().update()

    def clear_selection(self) -> None:
        self.selected_id = None
        self.viewport().update()

    def cancel_drag(self) -> bool:
        if self._drag is None:
            return False
        self._drag = None
        self.viewport().update()
        return True

    def request_open(self, booking_id: int) -> None:
        self.open_requested.emit(booking_id)

    def request_create(self, room: str, start: datetime, end: datetime) -> None:
        self.create_requested.emit(room, start, end)

    def request_cancel(self, booking_id: int) -> None:
        self.cancel_requested.emit(booking_id)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not handle_key(self, event):
            super().keyPressEvent(event)

    def _say(self, text: str) -> None:
        self.last_status = text
        self.status_message.emit(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Local midnight to midnight of a day."""
    start = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    return start, start + timedelta(days=1)
