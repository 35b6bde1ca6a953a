"""Painting for the timeline: lanes, grid, booking blocks, cursor and drag ghost, header, gutter."""

from datetime import timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter, QPen

from booking.timeutil import local
from booking.views import BookingView, RoomInfo
from ui.qdates import shown
from ui.theme import kind_colour, organization_colour, text_on
from ui.timeline.axis import Row
from ui.timeline.geometry import GUTTER, HEADER, WEEK_GAP
from ui.timeline.state import Frame


def _tr(text: str) -> str:
    """Translated in the timeline's own context, where its other words are."""
    return QCoreApplication.translate("TimelineView", text)


class TimelinePainter:
    """Draws the timeline's viewport from a Frame: what to show comes in, pixels go out."""

    def __init__(self, *, font: QFont) -> None:
        self._font = QFont(font)
        self._small = QFont(font)
        self._small.setPointSizeF(max(7.0, font.pointSizeF() - 1.5))
        self._bold = QFont(font)
        self._bold.setBold(True)

    def paint(self, painter: QPainter, frame: Frame) -> None:
        """Paint the whole viewport: body (clipped), then header, gutter and their corner."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        area = QRectF(0, 0, frame.width, frame.height)
        painter.fillRect(area, QColor("#ffffff"))
        painter.save()
        painter.setClipRect(QRectF(GUTTER, HEADER, area.width() - GUTTER,
                                   area.height() - HEADER))
        self._paint_lanes(painter, area, frame)
        self._paint_bookings(painter, area, frame)
        self._paint_cursor_and_drag(painter, frame)
        self._paint_now(painter, area, frame)
        painter.restore()
        self._paint_header(painter, area, frame)
        self._paint_gutter(painter, area, frame)
        painter.fillRect(QRectF(0, 0, GUTTER, HEADER), QColor("#f4f5f7"))
        painter.setPen(QColor("#5b6470"))
        painter.setFont(self._small)
        label = _tr("Room") if frame.mode == "day" else _tr("Room / day")
        painter.drawText(QRectF(10, 0, GUTTER - 12, HEADER),
                         int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)
        painter.setPen(QColor("#c9ced6"))
        painter.drawLine(QPointF(GUTTER - 0.5, 0), QPointF(GUTTER - 0.5, area.height()))
        painter.drawLine(QPointF(0, HEADER - 0.5), QPointF(area.width(), HEADER - 0.5))

    @staticmethod
    def _visible_rows(area: QRectF, frame: Frame) -> list[Row]:
        top = frame.scroll_y
        bottom = top + area.height() - HEADER
        return [r for r in frame.rows if r.y + r.height >= top and r.y <= bottom]

    def _paint_lanes(self, painter: QPainter, area: QRectF, frame: Frame) -> None:
        x0, y0 = frame.x0, frame.y0
        closed = QColor("#eef0f3")
        holiday_brush = QBrush(QColor("#f6d7d7"), Qt.BrushStyle.BDiagPattern)
        for index, row in enumerate(self._visible_rows(area, frame)):
            top = y0 + row.y
            if row.room is None:
                painter.fillRect(QRectF(GUTTER, top, area.width(), row.height),
                                 QColor("#e6e9ee"))
                continue
            painter.fillRect(QRectF(GUTTER, top, area.width(), row.height),
                             QColor("#ffffff") if index % 2 else QColor("#fafbfc"))
            info = frame.hours.get(row.room.hours_profile or "")
            for segment in frame.axis.segments:
                sx = x0 + segment.x
                spans = [(s, e) for d, s, e in (info.spans if info else ())
                         if d == segment.day.weekday()]
                cursor = segment.start_min
                for start, end in sorted(spans) + [(segment.end_min, segment.end_min)]:
                    if start > cursor:
                        painter.fillRect(QRectF(
                            sx + (cursor - segment.start_min) * frame.axis.px_per_min, top,
                            (min(start, segment.end_min) - cursor) * frame.axis.px_per_min,
                            row.height), closed)
                    cursor = max(cursor, end)
                holiday = frame.holidays.get(segment.day)
                if holiday and not (info and info.open_on_holidays):
                    painter.fillRect(QRectF(sx, top, segment.width, row.height), holiday_brush)
            for since, until, name, room_id in frame.closures:
                if room_id in (None, row.room.id):
                    for a, b in frame.axis.span_x(since, until):
                        painter.fillRect(QRectF(x0 + a, top, b - a, row.height),
                                         QBrush(QColor("#d9c7a7"), Qt.BrushStyle.FDiagPattern))
                        if room_id is not None and b - a > 60:
                            painter.setFont(self._small)
                            painter.setPen(QColor("#6d5a3a"))
                            painter.drawText(QRectF(x0 + a + 4, top, b - a - 8, row.height), int(
                                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                                _tr("Closed: {0}").format(name))
        self._paint_grid(painter, area, frame)
        painter.setPen(QColor("#e3e6ea"))
        for row in self._visible_rows(area, frame):
            painter.drawLine(QPointF(GUTTER, y0 + row.y + row.height - 0.5),
                             QPointF(area.width(), y0 + row.y + row.height - 0.5))

    @staticmethod
    def _paint_grid(painter: QPainter, area: QRectF, frame: Frame) -> None:
        x0 = frame.x0
        step = frame.step
        for segment in frame.axis.segments:
            minute = segment.start_min
            while minute <= segment.end_min:
                x = x0 + segment.x + (minute - segment.start_min) * frame.axis.px_per_min
                if GUTTER <= x <= area.width():
                    hour = minute % 60 == 0
                    if frame.mode == "week" and minute % 360:
                        minute += step
                        continue
                    painter.setPen(QColor("#d5d9df") if hour else QColor("#eceef1"))
                    painter.drawLine(QPointF(x + 0.5, HEADER), QPointF(x + 0.5, area.height()))
                minute += step
            if frame.mode == "week":
                edge = x0 + segment.x + segment.width
                painter.setPen(QPen(QColor("#9aa3ad"), 1))
                painter.drawLine(QPointF(edge + WEEK_GAP / 2, HEADER),
                                 QPointF(edge + WEEK_GAP / 2, area.height()))

    @staticmethod
    def _colour(booking: BookingView, room: RoomInfo, frame: Frame) -> QColor:
        if frame.colour_by == "organization":
            return organization_colour(booking.organization)
        return kind_colour(room.kind)

    @staticmethod
    def _lane_bookings(room: RoomInfo, frame: Frame) -> list[tuple[BookingView, bool, int, int]]:
        """The room's own bookings, and those of its whole or its parts that block it.

        Each comes with its band in the lane (index, count): a whole room's lane shows each
        part's bookings in a band of its own, so two halves' events never overprint.
        """
        own = [(b, False, 0, 1) for b in frame.by_room.get(room.id, [])]
        parts = sorted((r for r in frame.rooms if r.parent_code == room.code),
                       key=lambda r: r.code)
        blocking = [(b, True, i, len(parts)) for i, part in enumerate(parts)
                    for b in frame.by_room.get(part.id, [])]
        for other in frame.rooms:
            if other.code == room.parent_code:
                blocking.extend((b, True, 0, 1) for b in frame.by_room.get(other.id, []))
        return own + blocking

    def _paint_bookings(self, painter: QPainter, area: QRectF, frame: Frame) -> None:
        x0, y0 = frame.x0, frame.y0
        metrics = QFontMetrics(self._small)
        for row in self._visible_rows(area, frame):
            if row.room is None:
                continue
            for booking, borrowed, band, bands in self._lane_bookings(row.room, frame):
                if not booking.active:
                    continue
                height = (row.height - 6) / bands
                top = y0 + row.y + 3 + band * height
                base = self._colour(booking, row.room, frame)
                # The changeover time around it (most kinds keep none before a booking).
                buffers = []
                if booking.buffer_before_min:
                    buffers += frame.axis.span_x(booking.start - timedelta(
                        minutes=booking.buffer_before_min), booking.start)
                if booking.buffer_after_min:
                    buffers += frame.axis.span_x(booking.end, booking.end + timedelta(
                        minutes=booking.buffer_after_min))
                if buffers:
                    hatch = QBrush(base.lighter(170), Qt.BrushStyle.Dense5Pattern)
                    for a, b in buffers:
                        painter.fillRect(QRectF(x0 + a, top + 4, b - a, height - 8), hatch)
                for a, b in frame.axis.span_x(booking.start, booking.end):
                    rect = QRectF(x0 + a + 1, top, max(3.0, b - a - 2), height)
                    self._paint_block(painter, rect, booking, base, borrowed, metrics, frame)

    def _paint_block(self, painter: QPainter, rect: QRectF, booking: BookingView,
                     base: QColor, borrowed: bool, metrics: QFontMetrics, frame: Frame) -> None:
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
        selected = booking.id == frame.selected_id
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
                                         _tr("{0} ppl").format(booking.attendees) if booking.attendees
                                         else None) if p)
        width = int(text_rect.width())
        if rect.height() >= 30 and details and frame.mode == "day":
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

    def _paint_cursor_and_drag(self, painter: QPainter, frame: Frame) -> None:
        x0, y0 = frame.x0, frame.y0
        cursor = frame.cursor
        if cursor is not None:
            row = frame.row_for_room(cursor.room_code)
            if row is not None:
                for a, b in frame.axis.span_x(cursor.start, cursor.end):
                    rect = QRectF(x0 + a, y0 + row.y + 1, b - a, row.height - 2)
                    painter.fillRect(rect, QColor(47, 127, 193, 50))
                    painter.setPen(QPen(QColor("#2f7fc1"), 2))
                    painter.drawRect(rect.adjusted(1, 1, -1, -1))
        ghost = frame.ghost
        if ghost is None:
            return
        span = ghost.span
        row = frame.row_for_room(span.room_code)
        if row is None:
            return
        ok = ghost.refusal is None
        colour = QColor("#2e7d32") if ok else QColor("#c62828")
        for a, b in frame.axis.span_x(span.start, span.end):
            rect = QRectF(x0 + a + 1, y0 + row.y + 2, max(3.0, b - a - 2), row.height - 4)
            painter.fillRect(rect, QColor(colour.red(), colour.green(), colour.blue(), 45))
            painter.setPen(QPen(colour, 2, Qt.PenStyle.DashLine))
            painter.drawRect(rect)
            painter.setFont(self._small)
            painter.setPen(colour.darker(120))
            label = (f"{local(span.start):%H:%M}–{local(span.end):%H:%M}"
                     if ok else f"✗ {ghost.refusal}")
            painter.drawText(rect.adjusted(4, 0, 400, 0), int(
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), label)

    @staticmethod
    def _paint_now(painter: QPainter, area: QRectF, frame: Frame) -> None:
        x = frame.axis.x_of(frame.now, clamp=False)
        if x is None:
            return
        x += frame.x0
        painter.setPen(QPen(QColor("#d32f2f"), 2))
        painter.drawLine(QPointF(x, HEADER), QPointF(x, area.height()))

    def _paint_header(self, painter: QPainter, area: QRectF, frame: Frame) -> None:
        painter.fillRect(QRectF(GUTTER, 0, area.width() - GUTTER, HEADER), QColor("#f4f5f7"))
        painter.save()
        painter.setClipRect(QRectF(GUTTER, 0, area.width() - GUTTER, HEADER))
        x0 = frame.x0
        painter.setFont(self._small)
        for segment in frame.axis.segments:
            holiday = frame.holidays.get(segment.day)
            if frame.mode == "week":
                rect = QRectF(x0 + segment.x, 0, segment.width, HEADER)
                today = segment.day == local(frame.now).date()
                painter.setFont(self._bold if today else self._font)
                painter.setPen(QColor("#b3261e") if holiday else QColor("#1f2933"))
                painter.drawText(rect.adjusted(4, 2, -2, -HEADER / 2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{shown(segment.day):%a %d %b}")
                painter.setFont(self._small)
                painter.setPen(QColor("#b3261e") if holiday else QColor("#6b7480"))
                sub = holiday or f"{segment.start_min // 60:02d}–{segment.end_min // 60:02d}"
                painter.drawText(rect.adjusted(4, HEADER / 2, -2, -2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    QFontMetrics(self._small).elidedText(sub, Qt.TextElideMode.ElideRight,
                                                         int(segment.width - 8)))
                continue
            closed = [name for start, end, name, room_id in frame.closures
                      if room_id is None and start < segment.end() and end > segment.start()]
            notice = (_tr("Public holiday: {0}").format(holiday) if holiday else
                      _tr("Building closed: {0}").format(", ".join(closed)) if closed
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
                x = x0 + segment.x + (minute - segment.start_min) * frame.axis.px_per_min
                painter.drawText(QRectF(x + 3, HEADER / 2, 60, HEADER / 2), int(
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                    f"{minute // 60:02d}:00")
        painter.restore()

    def _paint_gutter(self, painter: QPainter, area: QRectF, frame: Frame) -> None:
        painter.fillRect(QRectF(0, HEADER, GUTTER, area.height() - HEADER), QColor("#f8f9fb"))
        painter.save()
        painter.setClipRect(QRectF(0, HEADER, GUTTER, area.height() - HEADER))
        y0 = frame.y0
        metrics = QFontMetrics(self._font)
        for row in self._visible_rows(area, frame):
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
            seats = _tr("{0} seats").format(room.capacity)
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
        for row in self._visible_rows(area, frame):
            if row.room is None:
                arrow = "▸" if row.floor_level in frame.collapsed else "▾"
                painter.drawText(QRectF(8, y0 + row.y, area.width() - 12, row.height), int(
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                    f"{arrow} {row.floor_name}")
        painter.restore()
