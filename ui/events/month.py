"""The month calendar of the hall: every event on its days, requested ones visibly tentative."""

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from booking.events.service import EventView
from booking.timeutil import BUILDING_TZ, hhmm, local
from ui.events.wording import (
    GONE_COLOUR,
    HALL_COLOUR,
    TENTATIVE_FILL,
    TENTATIVE_TEXT,
    hall_tag,
    short_status,
)
from ui.qdates import shown

HEADER = 24
PAD = 3
GRID_COLOUR = QColor("#d3d7dc")
OUTSIDE_FILL = QColor("#f3f4f6")
HOLIDAY_FILL = QColor("#fdf0ee")
HOLIDAY_TEXT = QColor("#b3261e")
SELECTED_FILL = QColor("#e8f1fb")
TODAY_COLOUR = QColor("#2f7fc1")
SELECTED_OUTLINE = QColor("#163f73")


@dataclass(frozen=True)
class MonthEntry:
    """One event as one day of the calendar shows it."""

    event: EventView
    day: date
    start: datetime
    end: datetime
    times: str

    @property
    def status(self) -> str:
        return self.event.status

    def line(self) -> str:
        """The entry as one line of text: times, hall, title, status."""
        return f"{self.times} {self.event.hall_name} · {self.event.title} " \
               f"({short_status(self.status)})"


def _segments(event: EventView, day: date) -> list[tuple[datetime, datetime]]:
    """The parts of an event's bookings that fall on a local day."""
    lo = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    hi = lo + timedelta(days=1)
    return [(max(d.start, lo), min(d.end, hi)) for d in event.days if d.start < hi and d.end > lo]


def _times(start: datetime, end: datetime, day: date) -> str:
    midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    starts, ends = start > midnight, end < midnight + timedelta(days=1)
    if starts and ends:
        return f"{hhmm(start)}–{hhmm(end)}"
    if starts:
        return f"{hhmm(start)} →"
    if ends:
        return f"→ {hhmm(end)}"
    return QCoreApplication.translate("EventsView", "all day")


def month_entries(events: list[EventView], first: date, last: date) -> dict[date, list[MonthEntry]]:
    """Every day from first to last with the events on it, soonest first."""
    found: dict[date, list[MonthEntry]] = {}
    day = first
    while day <= last:
        entries = [MonthEntry(e, day, s, t, _times(local(s), local(t), day))
                   for e in events for s, t in _segments(e, day)]
        found[day] = sorted(entries, key=lambda m: (m.start, m.event.hall, m.event.id))
        day += timedelta(days=1)
    return found


def grid_days(month: date) -> list[date]:
    """The days a month calendar shows: whole weeks, Monday first, around the month."""
    first_of_month = month.replace(day=1)
    first = first_of_month - timedelta(days=first_of_month.weekday())
    last_of_month = first_of_month.replace(
        day=calendar.monthrange(month.year, month.month)[1])
    last = last_of_month + timedelta(days=6 - last_of_month.weekday())
    return [first + timedelta(days=i) for i in range((last - first).days + 1)]


class MonthGrid(QWidget):
    """Weeks of the month as rows; each day lists its events as chips you can click."""

    event_clicked = Signal(int)
    day_clicked = Signal(object)
    day_activated = Signal(object)

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthGrid")
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.month = date.today().replace(day=1)
        self.today = date.today()
        self.selected_day: date | None = None
        self.selected_event: int | None = None
        self._entries: dict[date, list[MonthEntry]] = {}
        self._holidays: dict[date, str] = {}
        self._tags: dict[str, str] = {}
        self._chips: list[tuple[QRectF, MonthEntry]] = []
        self._more: dict[date, QRectF] = {}

    def retranslate_ui(self) -> None:
        """The painted weekday names and words are drawn again."""
        self.update()

    # ----- content ------------------------------------------------------------------------

    def days(self) -> list[date]:
        """The days on show: whole weeks from the Monday before the 1st."""
        return grid_days(self.month)

    def set_content(self, month: date, events: list[EventView], *, holidays: dict[date, str],
                    today: date, tags: dict[str, str] | None = None) -> None:
        """Show a month; tags name each hall briefly (e.g. HALL-A: A, HALL: A+B)."""
        self.month = month.replace(day=1)
        self._tags = dict(tags or {})
        self.today = today
        days = self.days()
        self._entries = month_entries(events, days[0], days[-1])
        self._holidays = holidays
        self._arrange()
        self.update()

    def entries_on(self, day: date) -> list[MonthEntry]:
        """What the calendar shows on a day."""
        return list(self._entries.get(day, []))

    def select(self, *, day: date | None = None, event_id: int | None = None) -> None:
        self.selected_day = day
        self.selected_event = event_id
        self.update()

    def chip_rect(self, event_id: int, day: date | None = None) -> QRect:
        """Where an event's chip is drawn (on a given day, else its first), for clicking."""
        for rect, entry in self._chips:
            if entry.event.id == event_id and (day is None or entry.day == day):
                return rect.toAlignedRect()
        return QRect()

    def cell_rect(self, day: date) -> QRectF:
        days = self.days()
        index = (day - days[0]).days
        rows = len(days) // 7
        width = (self.width() - 1) / 7
        height = (self.height() - HEADER - 1) / rows
        return QRectF(index % 7 * width, HEADER + index // 7 * height, width, height)

    # ----- layout -------------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(760, 560)

    def minimumSizeHint(self) -> QSize:
        return QSize(7 * 72, HEADER + 5 * 64)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._arrange()
        super().resizeEvent(event)

    def _line_height(self) -> int:
        return QFontMetrics(self._small_font()).height()

    def _small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 0.86)
        return font

    def _arrange(self) -> None:
        """Place the chips: two lines each when the day has room, else one."""
        self._chips = []
        self._more = {}
        line = self._line_height()
        for day in self.days():
            cell = self.cell_rect(day)
            entries = self._entries.get(day, [])
            if not entries:
                continue
            top = cell.top() + line + 2 * PAD + 2
            room = cell.bottom() - PAD - top
            lines = 2 if len(entries) * (2 * line + 2 * PAD + 1) <= room else 1
            height = lines * line + 2 + (2 if lines == 2 else 0)
            fits = max(0, int((room + 2) // (height + 2)))
            if fits < len(entries):
                fits = max(0, int((room - line + 2) // (height + 2)))
            for index, entry in enumerate(entries[:fits]):
                rect = QRectF(cell.left() + PAD, top + index * (height + 2),
                              cell.width() - 2 * PAD, height)
                self._chips.append((rect, entry))
            if fits < len(entries):
                self._more[day] = QRectF(cell.left() + PAD, cell.bottom() - PAD - line,
                                         cell.width() - 2 * PAD, line)

    # ----- painting -----------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.fillRect(self.rect(), self.palette().base())
        self._paint_header(painter)
        for day in self.days():
            self._paint_day(painter, day)
        for rect, entry in self._chips:
            self._paint_chip(painter, rect, entry)
        painter.end()

    def _paint_header(self, painter: QPainter) -> None:
        painter.setPen(QColor("#5f6b76"))
        font = QFont(self.font())
        font.setBold(True)
        painter.setFont(font)
        width = (self.width() - 1) / 7
        monday = self.days()[0]
        for i in range(7):
            name = shown(monday + timedelta(days=i)).strftime("%a")
            painter.drawText(QRectF(i * width, 0, width, HEADER), Qt.AlignmentFlag.AlignCenter,
                             name)

    def _paint_day(self, painter: QPainter, day: date) -> None:
        cell = self.cell_rect(day)
        outside = day.month != self.month.month
        holiday = self._holidays.get(day)
        fill = SELECTED_FILL if day == self.selected_day else HOLIDAY_FILL if holiday else \
            OUTSIDE_FILL if outside else None
        if fill is not None:
            painter.fillRect(cell, fill)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(GRID_COLOUR, 1))
        painter.drawRect(cell)
        font = self._small_font()
        line = QFontMetrics(font).height()
        number = QRectF(cell.left() + PAD, cell.top() + PAD, line + 8, line + 1)
        if day == self.today:
            painter.setBrush(TODAY_COLOUR)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawRoundedRect(number, line / 2, line / 2)
            painter.setPen(QColor("white"))
        else:
            painter.setPen(QColor("#9aa3ab") if outside else QColor("#1f2933"))
        font.setBold(True)
        painter.setFont(font)
        painter.drawText(number, Qt.AlignmentFlag.AlignCenter, str(day.day))
        if holiday:
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(HOLIDAY_TEXT)
            text_rect = QRectF(number.right() + 4, number.top(), cell.right() - number.right()
                               - 4 - PAD, line + 1)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, QFontMetrics(
                font).elidedText(holiday, Qt.TextElideMode.ElideRight, int(text_rect.width())))
        more = self._more.get(day)
        if more is not None:
            hidden = len(self._entries[day]) - sum(1 for _r, e in self._chips if e.day == day)
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(QColor("#5f6b76"))
            painter.drawText(more, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             self.tr("+{0} more").format(hidden))

    def _paint_chip(self, painter: QPainter, rect: QRectF, entry: MonthEntry) -> None:
        status = entry.status
        painter.save()
        if status == "approved":
            painter.setBrush(QColor(HALL_COLOUR))
            painter.setPen(Qt.PenStyle.NoPen)
            text_colour = QColor("white")
        elif status == "requested":
            painter.setBrush(QColor(TENTATIVE_FILL))
            painter.setPen(QPen(QColor(HALL_COLOUR), 1.2, Qt.PenStyle.DashLine))
            text_colour = QColor(TENTATIVE_TEXT)
        else:
            painter.setBrush(QColor("#eceef0"))
            painter.setPen(Qt.PenStyle.NoPen)
            text_colour = QColor(GONE_COLOUR)
        inner = rect.adjusted(0.6, 0.6, -0.6, -0.6)
        painter.drawRoundedRect(inner, 3, 3)
        if status == "requested":
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(QColor(HALL_COLOUR).lighter(165),
                                    Qt.BrushStyle.BDiagPattern))
            painter.drawRoundedRect(inner.adjusted(1, 1, -1, -1), 2, 2)
        if entry.event.id == self.selected_event:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(SELECTED_OUTLINE, 2))
            painter.drawRoundedRect(rect.adjusted(-0.5, -0.5, 0.5, 0.5), 3, 3)
        font = self._small_font()
        font.setItalic(status == "requested")
        font.setStrikeOut(status not in ("approved", "requested"))
        metrics = QFontMetrics(font)
        text_rect = rect.adjusted(4, 1, -3, -1)
        width = int(text_rect.width())
        painter.setPen(text_colour)
        two_lines = rect.height() >= 2 * metrics.height()
        if two_lines:
            # Times on the left, the hall (Hall, A or B) on the right, the title below.
            bold = QFont(font)
            bold.setBold(True)
            bold_metrics = QFontMetrics(bold)
            tag = self._tag(entry.event)
            tag_width = bold_metrics.horizontalAdvance(tag) + 4
            title = entry.event.title
            head = QRectF(text_rect.left(), text_rect.top() + 1, width, metrics.height())
            if metrics.horizontalAdvance(entry.times) + tag_width <= width:
                painter.setFont(bold)
                painter.drawText(head, Qt.AlignmentFlag.AlignRight, tag)
            else:
                # No room beside the times: the hall leads the title instead.
                title = f"{tag} · {title}"
            painter.setFont(font)
            painter.drawText(head, Qt.AlignmentFlag.AlignLeft, metrics.elidedText(
                entry.times, Qt.TextElideMode.ElideRight, width))
            painter.setFont(bold)
            painter.drawText(head.translated(0, metrics.height()), Qt.AlignmentFlag.AlignLeft,
                             bold_metrics.elidedText(title, Qt.TextElideMode.ElideRight, width))
        else:
            mark = "? " if status == "requested" else ""
            text = f"{mark}{hhmm(entry.start)} {self._tag(entry.event)} {entry.event.title}"
            painter.setFont(font)
            painter.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             metrics.elidedText(text, Qt.TextElideMode.ElideRight, width))
        painter.restore()

    def _tag(self, event: EventView) -> str:
        return self._tags.get(event.hall) or hall_tag(event.hall_name)

    # ----- mouse --------------------------------------------------------------------------

    def entry_at(self, point: QPointF) -> MonthEntry | None:
        return next((entry for rect, entry in self._chips if rect.contains(point)), None)

    def day_at(self, point: QPointF) -> date | None:
        return next((day for day in self.days() if self.cell_rect(day).contains(point)), None)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            super().mousePressEvent(event)
            return
        entry = self.entry_at(event.position())
        day = entry.day if entry else self.day_at(event.position())
        if day is not None:
            self.day_clicked.emit(day)
        if entry is not None:
            self.event_clicked.emit(entry.event.id)
        event.accept()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position())
        if day is not None and self.entry_at(event.position()) is None:
            self.day_activated.emit(day)
        event.accept()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._show_tooltip(event)
            return True
        return super().event(event)

    def _show_tooltip(self, event: QHelpEvent) -> None:
        point = QPointF(event.pos())
        entry = self.entry_at(point)
        day = entry.day if entry else self.day_at(point)
        if day is None:
            QToolTip.hideText()
            return
        lines = [f"<b>{shown(day):%A %d %B %Y}</b>"]
        if day in self._holidays:
            lines.append(escape(self._holidays[day]))
        entries = [entry] if entry else self._entries.get(day, [])
        lines += [escape(e.line()) for e in entries]
        if not entries:
            lines.append(escape(self.tr("The hall is free; double-click to request it.")))
        QToolTip.showText(event.globalPos(), "<br>".join(lines), self)


class Legend(QWidget):
    """What the chips mean: approved solid, requested dashed and hatched."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthLegend")
        self._texts = ("", "")
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self._texts = (self.tr("Approved"), self.tr("Requested (tentative hold)"))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self.font())
        width = sum(metrics.horizontalAdvance(t) for t in self._texts) + 2 * 30 + 12
        return QSize(width, metrics.height() + 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        x = 0.0
        y = (self.height() - 12) / 2
        for index, text in enumerate(self._texts):
            swatch = QRectF(x + 0.5, y, 20, 12)
            if index == 0:
                painter.setBrush(QColor(HALL_COLOUR))
                painter.setPen(Qt.PenStyle.NoPen)
                painter.drawRoundedRect(swatch, 3, 3)
            else:
                painter.setBrush(QColor(TENTATIVE_FILL))
                painter.setPen(QPen(QColor(HALL_COLOUR), 1.2, Qt.PenStyle.DashLine))
                painter.drawRoundedRect(swatch, 3, 3)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(QBrush(QColor(HALL_COLOUR).lighter(165),
                                        Qt.BrushStyle.BDiagPattern))
                painter.drawRoundedRect(swatch.adjusted(1, 1, -1, -1), 2, 2)
            painter.setPen(self.palette().windowText().color())
            painter.drawText(QRectF(x + 26, 0, metrics.horizontalAdvance(text) + 2,
                                    self.height()), Qt.AlignmentFlag.AlignVCenter, text)
            x += 26 + metrics.horizontalAdvance(text) + 16
        painter.end()
