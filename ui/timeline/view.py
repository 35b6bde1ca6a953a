"""The rooms × time timeline: day view (one day, hours across) or week view (seven days)."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QEvent, QPoint, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractScrollArea, QToolTip, QWidget

from booking.infos import HoursInfo, RoomInfo
from booking.timeutil import BUILDING_TZ, local
from booking.views import BookingView
from ui.theme import kind_colour, organization_colour, text_on
from ui.timeline.axis import SNAP_MINUTES, Row, TimeAxis, build_rows

GUTTER = 210
HEADER = 40
FLOOR_HEIGHT = 26
EDGE = 6
DAY_PX_PER_MIN = {15: 2.0, 30: 1.2, 60: 0.75}
WEEK_PX_PER_MIN_MIN = 0.1
WEEK_GAP = 6.0

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


@dataclass
class TimelineContent:
    """Everything the timeline draws for its visible days."""

    days: list[date]
    floors: list[tuple[int, str]]
    rooms: list[RoomInfo]
    bookings: list[BookingView] = field(default_factory=list)
    hours: dict[str, HoursInfo] = field(default_factory=dict)
    holidays: dict[date, str] = field(default_factory=dict)
    closures: list[tuple[datetime, datetime, str, int | None]] = field(default_factory=list)


class TimelineView(QAbstractScrollArea):
    """Bookings as blocks on room lanes; drag to create, move and resize; keyboard cursor."""

    create_requested = Signal(str, object, object)  # room code, start, end
    move_requested = Signal(int, int, object, object)  # booking id, room id, start, end
    open_requested = Signal(int)
    cancel_requested = Signal(int)
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
        self._font = QFont(self.font())
        self._small = QFont(self.font())
        self._small.setPointSizeF(max(7.0, self.font().pointSizeF() - 1.5))
        self._bold = QFont(self.font())
        self._bold.setBold(True)

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

    def row_for_room(self, code: str) -> Row | None:
        return next((r for r in self._rows if r.room and r.room.code == code), None)

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

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        area = QRectF(self.viewport().rect())
        painter.fillRect(area, QColor("#ffffff"))
        painter.save()
        painter.setClipRect(QRectF(GUTTER, HEADER, area.width() - GUTTER,
                                   area.height() - HEADER))
        self._paint_lanes(painter, area)
        self._paint_bookings(painter, area)
        self._paint_cursor_and_drag(painter)
        self._paint_now(painter, area)
        painter.restore()
        self._paint_header(painter, area)
        self._paint_gutter(painter, area)
        painter.fillRect(QRectF(0, 0, GUTTER, HEADER), QColor("#f4f5f7"))
        painter.setPen(QColor("#5b6470"))
        painter.setFont(self._small)
        label = self.tr("Room") if self.mode == "day" else self.tr("Room / day")
        painter.drawText(QRectF(10, 0, GUTTER - 12, HEADER),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
        painter.setPen(QColor("#c9ced6"))
        painter.drawLine(QPointF(GUTTER - 0.5, 0), QPointF(GUTTER - 0.5, area.height()))
        painter.drawLine(QPointF(0, HEADER - 0.5), QPointF(area.width(), HEADER - 0.5))
        painter.end()
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def _visible_rows(self, area: QRectF) -> list[Row]:
        top = self.verticalScrollBar().value()
        bottom = top + area.height() - HEADER
        return [r for r in self._rows if r.y + r.height >= top and r.y <= bottom]

    def _paint_lanes(self, painter: QPainter, area: QRectF) -> None:
        x0, y0 = self._x0(), self._y0()
        closed = QColor("#eef0f3")
        holiday_brush = QBrush(QColor("#f6d7d7"), Qt.BrushStyle.BDiagPattern)
        for index, row in enumerate(self._visible_rows(area)):
            top = y0 + row.y
            if row.room is None:
                painter.fillRect(QRectF(GUTTER, top, area.width(), row.height),
                                 QColor("#e6e9ee"))
                continue
            painter.fillRect(QRectF(GUTTER, top, area.width(), row.height),
                             QColor("#ffffff") if index % 2 else QColor("#fafbfc"))
            info = self.content.hours.get(row.room.hours_profile or "")
            for segment in self._axis.segments:
                sx = x0 + segment.x
                spans = [(s, e) for d, s, e in (info.spans if info else ())
                         if d == segment.day.weekday()]
                cursor = segment.start_min
                for start, end in sorted(spans) + [(segment.end_min, segment.end_min)]:
                    if start > cursor:
                        painter.fillRect(QRectF(
                            sx + (cursor - segment.start_min) * self._axis.px_per_min, top,
                            (min(start, segment.end_min) - cursor) * self._axis.px_per_min,
                            row.height), closed)
                    cursor = max(cursor, end)
                holiday = self.content.holidays.get(segment.day)
                if holiday and not (info and info.open_on_holidays):
                    painter.fillRect(QRectF(sx, top, segment.width, row.height), holiday_brush)
            for start, end, name, room_id in self.content.closures:
                if room_id in (None, row.room.id):
                    for a, b in self._axis.span_x(start, end):
                        painter.fillRect(QRectF(x0 + a, top, b - a, row.height),
                                         QBrush(QColor("#d9c7a7"), Qt.BrushStyle.FDiagPattern))
                        if room_id is not None and b - a > 60:
                            painter.setFont(self._small)
                            painter.setPen(QColor("#6d5a3a"))
                            painter.drawText(QRectF(x0 + a + 4, top, b - a - 8, row.height), int(
                                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                self.tr("Closed: {0}").format(name))
        self._paint_grid(painter, area)
        painter.setPen(QColor("#e3e6ea"))
        for row in self._visible_rows(area):
            painter.drawLine(QPointF(GUTTER, y0 + row.y + row.height - 0.5),
                             QPointF(area.width(), y0 + row.y + row.height - 0.5))

    def _paint_grid(self, painter: QPainter, area: QRectF) -> None:
        x0 = self._x0()
        step = self.zoom if self.mode == "day" else 60
        for segment in self._axis.segments:
            minute = segment.start_min
            while minute <= segment.end_min:
                x = x0 + segment.x + (minute - segment.start_min) * self._axis.px_per_min
                if GUTTER <= x <= area.width():
                    hour = minute % 60 == 0
                    if self.mode == "week" and minute % 360:
                        minute += step
                        continue
                    painter.setPen(QColor("#d5d9df") if hour else QColor("#eceef1"))
                    painter.drawLine(QPointF(x + 0.5, HEADER), QPointF(x + 0.5, area.height()))
                minute += step
            if self.mode == "week":
                edge = x0 + segment.x + segment.width
                painter.setPen(QPen(QColor("#9aa3ad"), 1))
                painter.drawLine(QPointF(edge + WEEK_GAP / 2, HEADER),
                                 QPointF(edge + WEEK_GAP / 2, area.height()))

    def _colour(self, booking: BookingView, room: RoomInfo) -> QColor:
        if self.colour_by == "organization":
            return organization_colour(booking.organization)
        return kind_colour(room.kind)

    def _lane_bookings(self, room: RoomInfo) -> list[tuple[BookingView, bool, int, int]]:
        """The room's own bookings, and those of its whole or its parts that block it.

        Each comes with its band in the lane (index, count): a whole room's lane shows each
        part's bookings in a band of its own, so two halves' events never overprint.
        """
        own = [(b, False, 0, 1) for b in self._by_room.get(room.id, [])]
        parts = sorted((r for r in self.content.rooms if r.parent_code == room.code),
                       key=lambda r: r.code)
        blocking = [(b, True, i, len(parts)) for i, part in enumerate(parts)
                    for b in self._by_room.get(part.id, [])]
        for other in self.content.rooms:
            if other.code == room.parent_code:
                blocking.extend((b, True, 0, 1) for b in self._by_room.get(other.id, []))
        return own + blocking

    def _paint_bookings(self, painter: QPainter, area: QRectF) -> None:
        x0, y0 = self._x0(), self._y0()
        metrics = QFontMetrics(self._small)
        for row in self._visible_rows(area):
            if row.room is None:
                continue
            for booking, borrowed, band, bands in self._lane_bookings(row.room):
                if not booking.active:
                    continue
                height = (row.height - 6) / bands
                top = y0 + row.y + 3 + band * height
                base = self._colour(booking, row.room)
                for a, b in self._axis.span_x(booking.start - timedelta(
                        minutes=booking.buffer_before_min), booking.start):
                    painter.fillRect(QRectF(x0 + a, top + 4, b - a, height - 8),
                                     QBrush(base.lighter(170), Qt.BrushStyle.Dense5Pattern))
                for a, b in self._axis.span_x(booking.end, booking.end + timedelta(
                        minutes=booking.buffer_after_min)):
                    painter.fillRect(QRectF(x0 + a, top + 4, b - a, height - 8),
                                     QBrush(base.lighter(170), Qt.BrushStyle.Dense5Pattern))
                for a, b in self._axis.span_x(booking.start, booking.end):
                    rect = QRectF(x0 + a + 1, top, max(3.0, b - a - 2), height)
                    self._paint_block(painter, rect, booking, base, borrowed, metrics)

    def _paint_block(self, painter: QPainter, rect: QRectF, booking: BookingView,
                     base: QColor, borrowed: bool, metrics: QFontMetrics) -> None:
        if borrowed:
            painter.fillRect(rect, QBrush(QColor("#b8bfc8"), Qt.BrushStyle.BDiagPattern))
            painter.setPen(QColor("#8a939e"))
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
            if rect.width() > 40:
                painter.setFont(self._small)
                painter.setPen(QColor("#4a525c"))
                painter.drawText(rect.adjusted(4, 0, -3, 0), int(
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    metrics.elidedText(f"{booking.room_name}: {booking.title}",
                                       Qt.TextElideMode.ElideRight, int(rect.width() - 8)))
            return
        tentative = booking.status == "tentative"
        fill = base.lighter(135) if tentative else base
        painter.fillRect(rect, fill)
        if tentative:
            painter.fillRect(rect, QBrush(base.darker(130), Qt.BrushStyle.BDiagPattern))
        selected = booking.id == self.selected_id
        painter.setPen(QPen(QColor("#111111") if selected else base.darker(150),
                            2 if selected else 1))
        painter.drawRect(rect.adjusted(0.5, 0.5, -0.5, -0.5))
        if rect.width() < 14:
            return
        ink = text_on(fill)
        painter.setPen(ink)
        text_rect = rect.adjusted(5, 1, -4, -1)
        mark = "✓ " if booking.status == "checked_in" else ""
        first = f"{mark}{booking.title}"
        details = " · ".join(p for p in (booking.organization,
                                         f"{booking.attendees} ppl" if booking.attendees
                                         else None) if p)
        width = int(text_rect.width())
        if rect.height() >= 30 and details and self.mode == "day":
            painter.setFont(self._bold)
            bold = QFontMetrics(self._bold)
            painter.drawText(QRectF(text_rect.x(), text_rect.y(), text_rect.width(),
                                    text_rect.height() / 2 + 1),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom),
                             bold.elidedText(first, Qt.TextElideMode.ElideRight, width))
            painter.setFont(self._small)
            painter.drawText(QRectF(text_rect.x(), text_rect.center().y() + 1,
                                    text_rect.width(), text_rect.height() / 2),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop),
                             metrics.elidedText(details, Qt.TextElideMode.ElideRight, width))
        else:
            painter.setFont(self._small)
            painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter
                                            | Qt.AlignmentFlag.AlignLeft),
                             metrics.elidedText(first, Qt.TextElideMode.ElideRight, width))

    def _paint_cursor_and_drag(self, painter: QPainter) -> None:
        x0, y0 = self._x0(), self._y0()
        if self.cursor_room and self.cursor_start and self.cursor_end:
            row = self.row_for_room(self.cursor_room)
            if row is not None:
                for a, b in self._axis.span_x(self.cursor_start, self.cursor_end):
                    rect = QRectF(x0 + a, y0 + row.y + 1, b - a, row.height - 2)
                    painter.fillRect(rect, QColor(47, 127, 193, 50))
                    painter.setPen(QPen(QColor("#2f7fc1"), 2))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
        drag = self._drag
        if drag is None or not drag.moved or drag.target_start is None or \
                drag.target_end is None:
            return
        room = drag.target_room or drag.row.room
        row = self.row_for_room(room.code) if room else None
        if row is None:
            return
        ok = drag.refusal is None
        colour = QColor("#2e7d32") if ok else QColor("#c62828")
        for a, b in self._axis.span_x(drag.target_start, drag.target_end):
            rect = QRectF(x0 + a + 1, y0 + row.y + 2, max(3.0, b - a - 2), row.height - 4)
            painter.fillRect(rect, QColor(colour.red(), colour.green(), colour.blue(), 45))
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            painter.setFont(self._small)
            painter.setPen(colour.darker(120))
            label = (f"{local(drag.target_start):%H:%M}–{local(drag.target_end):%H:%M}"
                     if ok else f"✗ {drag.refusal}")
            painter.drawText(rect.adjusted(4, 0, 400, 0), int(
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)

    def _paint_now(self, painter: QPainter, area: QRectF) -> None:
        x = self._axis.x_of(self.now, clamp=False)
        if x is None:
            return
        x += self._x0()
        painter.setPen(QPen(QColor("#d32f2f"), 2))
        painter.drawLine(QPointF(x, HEADER), QPointF(x, area.height()))

    def _paint_header(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(QRectF(GUTTER, 0, area.width() - GUTTER, HEADER), QColor("#f4f5f7"))
        painter.save()
        painter.setClipRect(QRectF(GUTTER, 0, area.width() - GUTTER, HEADER))
        x0 = self._x0()
        painter.setFont(self._small)
        for segment in self._axis.segments:
            holiday = self.content.holidays.get(segment.day)
            if self.mode == "week":
                rect = QRectF(x0 + segment.x, 0, segment.width, HEADER)
                today = segment.day == local(self.now).date()
                painter.setFont(self._bold if today else self._font)
                painter.setPen(QColor("#b3261e") if holiday else QColor("#1f2933"))
                painter.drawText(rect.adjusted(4, 2, -2, -HEADER / 2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{segment.day:%a %d %b}")
                painter.setFont(self._small)
                painter.setPen(QColor("#b3261e") if holiday else QColor("#6b7480"))
                sub = holiday or f"{segment.start_min // 60:02d}–{segment.end_min // 60:02d}"
                painter.drawText(rect.adjusted(4, HEADER / 2, -2, -2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    QFontMetrics(self._small).elidedText(sub, Qt.TextElideMode.ElideRight,
                                                         int(segment.width - 8)))
                continue
            closed = [name for start, end, name, room_id in self.content.closures
                      if room_id is None and start < segment.end() and end > segment.start()]
            notice = (self.tr("Public holiday: {0}").format(holiday) if holiday else
                      self.tr("Building closed: {0}").format(", ".join(closed)) if closed
                      else "")
            if notice:
                painter.setPen(QColor("#b3261e"))
                # Keep the notice in view when the day is scrolled sideways.
                left = max(x0 + segment.x, float(GUTTER)) + 4
                painter.drawText(QRectF(left, 0, x0 + segment.x + segment.width - left,
                                        HEADER / 2),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                                 notice)
            painter.setPen(QColor("#39424e"))
            for minute in range(segment.start_min, segment.end_min, 60):
                x = x0 + segment.x + (minute - segment.start_min) * self._axis.px_per_min
                painter.drawText(QRectF(x + 3, HEADER / 2, 60, HEADER / 2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{minute // 60:02d}:00")
        painter.restore()

    def _paint_gutter(self, painter: QPainter, area: QRectF) -> None:
        painter.fillRect(QRectF(0, HEADER, GUTTER, area.height() - HEADER), QColor("#f8f9fb"))
        painter.save()
        painter.setClipRect(QRectF(0, HEADER, GUTTER, area.height() - HEADER))
        y0 = self._y0()
        metrics = QFontMetrics(self._font)
        for row in self._visible_rows(area):
            top = y0 + row.y
            if row.room is None:
                painter.fillRect(QRectF(0, top, GUTTER, row.height), QColor("#e6e9ee"))
                continue
            room = row.room
            painter.fillRect(QRectF(0, top + 4, 4, row.height - 8), kind_colour(room.kind))
            painter.setFont(self._font)
            painter.setPen(QColor("#1f2933"))
            name = room.name
            lines = row.height >= 34
            name_rect = QRectF(12, top + (2 if lines else 0), GUTTER - 18,
                               row.height / 2 if lines else row.height)
            painter.drawText(name_rect, int(Qt.AlignmentFlag.AlignLeft | (
                Qt.AlignmentFlag.AlignBottom if lines else Qt.AlignmentFlag.AlignVCenter)),
                metrics.elidedText(name, Qt.TextElideMode.ElideRight, int(GUTTER - 60)))
            painter.setFont(self._small)
            painter.setPen(QColor("#6b7480"))
            seats = self.tr("{0} seats").format(room.capacity)
            if lines:
                sub = f"{room.code} · {seats}" if room.code not in room.name else seats
                painter.drawText(QRectF(12, top + row.height / 2, GUTTER - 18, row.height / 2 - 2),
                                 int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop), sub)
            else:
                painter.drawText(QRectF(12, top, GUTTER - 18, row.height), int(
                    Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                    str(room.capacity))
        painter.restore()
        # Floor headings run on across their (empty) band, so long names are never cut.
        painter.save()
        painter.setClipRect(QRectF(0, HEADER, area.width(), area.height() - HEADER))
        painter.setFont(self._bold)
        painter.setPen(QColor("#1f2933"))
        for row in self._visible_rows(area):
            if row.room is None:
                arrow = "▸" if row.floor_level in self.collapsed else "▾"
                painter.drawText(QRectF(8, y0 + row.y, area.width() - 12, row.height), int(
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    f"{arrow} {row.floor_name}")
        painter.restore()

    # ----- mouse ------------------------------------------------------------------------------

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
            self._set_cursor(row.room.code, start, start + timedelta(minutes=self._step()))
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
            self._set_cursor(drag.row.room.code, start, end)
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
                 f"{booking.room_name} · {start:%a %d %b} {start:%H:%M}–{end:%H:%M}"]
        if booking.organization:
            lines.append(self.tr("For: {0}").format(_esc(booking.organization)))
        if booking.attendees:
            lines.append(self.tr("{0} attendees").format(booking.attendees))
        lines.append(self.tr("Status: {0}").format(booking.status.replace("_", " ")))
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

    def _step(self) -> int:
        return self.zoom if self.mode == "day" else 60

    def _room_rows(self) -> list[Row]:
        return [r for r in self._rows if r.room is not None]

    def _set_cursor(self, room: str, start: datetime, end: datetime) -> None:
        self.cursor_room, self.cursor_start, self.cursor_end = room, start, end
        self.viewport().update()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.selected_id is not None:
                self.open_requested.emit(self.selected_id)
            elif self.cursor_room and self.cursor_start and self.cursor_end:
                under = self._booking_in_cursor()
                if under is not None:
                    self.open_requested.emit(under.id)
                else:
                    self.create_requested.emit(self.cursor_room, self.cursor_start,
                                               self.cursor_end)
            return
        if key == Qt.Key.Key_Delete:
            target = self.selected_id
            if target is None:
                under = self._booking_in_cursor()
                target = under.id if under else None
            if target is not None:
                self.cancel_requested.emit(target)
            return
        if key == Qt.Key.Key_Escape:
            if self._drag is not None:
                self._drag = None
                self.viewport().update()
                return
            self.selected_id = None
            self.viewport().update()
            return
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._move_cursor(key, shift)
            return
        super().keyPressEvent(event)

    def _booking_in_cursor(self) -> BookingView | None:
        row = self.row_for_room(self.cursor_room or "")
        if row is None or row.room is None or self.cursor_start is None:
            return None
        for booking in self._by_room.get(row.room.id, []):
            if booking.active and booking.start <= self.cursor_start < booking.end:
                return booking
        return None

    def _move_cursor(self, key: int, extend: bool) -> None:
        rooms = self._room_rows()
        if not rooms:
            return
        step = timedelta(minutes=self._step())
        if self.cursor_room is None or self.cursor_start is None or self.cursor_end is None:
            first_day = self._axis.segments[0]
            start = max(first_day.start(), min(self.now, first_day.end() - step))
            start = start.replace(minute=start.minute - start.minute % self._step(), second=0,
                                  microsecond=0) if self.mode == "day" else first_day.start()
            self.selected_id = None
            self._set_cursor(rooms[0].room.code if rooms[0].room else "", start, start + step)
            return
        self.selected_id = None
        codes = [r.room.code for r in rooms if r.room]
        index = codes.index(self.cursor_room) if self.cursor_room in codes else 0
        start, end = self.cursor_start, self.cursor_end
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
        first, last = self._axis.segments[0].start(), self._axis.segments[-1].end()
        if start < first or end > last:
            return
        self._set_cursor(codes[index], start, end)
        self._ensure_cursor_visible()

    def _ensure_cursor_visible(self) -> None:
        row = self.row_for_room(self.cursor_room or "")
        if row is None or self.cursor_start is None:
            return
        x = self._axis.x_of(self.cursor_start) or 0.0
        view = self.viewport().size()
        h = self.horizontalScrollBar()
        if x < h.value():
            h.setValue(int(x))
        elif x > h.value() + view.width() - GUTTER - 80:
            h.setValue(int(x - (view.width() - GUTTER) + 120))
        v = self.verticalScrollBar()
        if row.y < v.value():
            v.setValue(int(row.y))
        elif row.y + row.height > v.value() + view.height() - HEADER:
            v.setValue(int(row.y + row.height - (view.height() - HEADER)))

    def _say(self, text: str) -> None:
        self.last_status = text
        self.status_message.emit(text)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def day_bounds(day: date) -> tuple[datetime, datetime]:
    """Local midnight to midnight of a day."""
    start = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    return start, start + timedelta(days=1)
