"""The peak-hours heat map: weekdays down, hours across, each cell coloured by how many rooms
are in use at that hour on an average such day (QtCharts has no heat map)."""

from PySide6.QtCore import QEvent, QLocale, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QHelpEvent, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from booking.reports.types import PeakCell, PeaksReport
from ui.reports.numbers import decimal

LOW = QColor("#f4f7fb")
HIGH = QColor("#1f5f8b")
DAY_HOURS = (7, 21)  # shown when the period has no open hour at all
LEFT, TOP, SCALE = 44, 18, 22  # room for the weekday names, the hours and the colour scale


def blend(fraction: float) -> QColor:
    """The colour between LOW (0) and HIGH (1)."""
    f = min(max(fraction, 0.0), 1.0)
    return QColor(round(LOW.red() + (HIGH.red() - LOW.red()) * f),
                  round(LOW.green() + (HIGH.green() - LOW.green()) * f),
                  round(LOW.blue() + (HIGH.blue() - LOW.blue()) * f))


class HeatMap(QWidget):
    """Hover shows a cell's numbers; a click announces `cell_clicked(weekday, hour)`."""

    cell_clicked = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("peakHeatMap")
        self.setMouseTracking(True)
        self.setMinimumSize(QSize(360, 190))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.report: PeaksReport | None = None
        self.hours = range(*DAY_HOURS)
        self._top = 0.0

    def set_report(self, report: PeaksReport) -> None:
        self.report = report
        used = [c.hour for c in report.cells if c.room_minutes]
        self.hours = range(min(used), max(used) + 1) if used else range(*DAY_HOURS)
        self._top = max((c.average_rooms or 0.0 for c in report.cells), default=0.0)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 220)

    # ----- geometry ---------------------------------------------------------------------------

    def _grid(self) -> QRect:
        return QRect(LEFT, TOP, max(1, self.width() - LEFT - 4),
                     max(1, self.height() - TOP - SCALE - 4))

    def cell_rect(self, weekday: int, hour: int) -> QRect:
        grid = self._grid()
        columns = max(1, len(self.hours))
        column = hour - self.hours.start
        x0 = grid.left() + grid.width() * column // columns
        x1 = grid.left() + grid.width() * (column + 1) // columns
        y0 = grid.top() + grid.height() * weekday // 7
        y1 = grid.top() + grid.height() * (weekday + 1) // 7
        return QRect(x0, y0, x1 - x0, y1 - y0)

    def cell_at(self, point: QPoint) -> PeakCell | None:
        if self.report is None or not self._grid().contains(point):
            return None
        for weekday in range(7):
            for hour in self.hours:
                if self.cell_rect(weekday, hour).contains(point):
                    return self.report.cell(weekday, hour)
        return None

    # ----- words ------------------------------------------------------------------------------

    def tooltip_of(self, cell: PeakCell) -> str:
        day = QLocale().dayName(cell.weekday + 1, QLocale.FormatType.LongFormat)
        if not cell.hours_in_period:
            return self.tr("{0} {1:02}:00: not in the period").format(day, cell.hour)
        return self.tr("{0} {1:02}:00–{2:02}:00: {3} rooms in use on average "
                       "({4} room-hours over {5} such hours)").format(
            day, cell.hour, cell.hour + 1, decimal(cell.average_rooms, 2),
            decimal(cell.room_minutes / 60), cell.hours_in_period)

    def tooltip_at(self, point: QPoint) -> str:
        cell = self.cell_at(point)
        return self.tooltip_of(cell) if cell is not None else ""

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            text = self.tooltip_at(event.pos())
            if text:
                QToolTip.showText(event.globalPos(), text, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        cell = self.cell_at(event.position().toPoint())
        if cell is not None and event.button() == Qt.MouseButton.LeftButton:
            self.cell_clicked.emit(cell.weekday, cell.hour)
        super().mouseReleaseEvent(event)

    # ----- painting ---------------------------------------------------------------------------

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().base())
        locale = QLocale()
        text = self.palette().text().color()
        for weekday in range(7):
            row = self.cell_rect(weekday, self.hours.start)
            painter.setPen(text)
            painter.drawText(QRect(0, row.top(), LEFT - 4, row.height()),
                             Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                             locale.dayName(weekday + 1, QLocale.FormatType.ShortFormat))
            for hour in self.hours:
                rect = self.cell_rect(weekday, hour)
                cell = self.report.cell(weekday, hour) if self.report else None
                if cell is None or not cell.hours_in_period:
                    painter.fillRect(rect.adjusted(0, 0, -1, -1), QColor("#e1e4e8"))
                    continue
                value = cell.average_rooms or 0.0
                painter.fillRect(rect.adjusted(0, 0, -1, -1),
                                 blend(value / self._top if self._top else 0.0))
        for hour in self.hours:
            rect = self.cell_rect(0, hour)
            painter.drawText(QRect(rect.left(), 0, rect.width(), TOP - 2),
                             Qt.AlignmentFlag.AlignCenter, f"{hour:02}")
        self._paint_scale(painter)
        painter.end()

    def _paint_scale(self, painter: QPainter) -> None:
        grid = self._grid()
        y = grid.bottom() + 6
        width = min(200, grid.width() // 2)
        for x in range(width):
            painter.fillRect(grid.left() + x, y, 1, 10, blend(x / max(1, width - 1)))
        painter.setPen(self.palette().text().color())
        painter.drawText(QRect(grid.left() + width + 6, y - 3, grid.width() - width - 6, 16),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("0 to {0} rooms in use").format(decimal(self._top, 1)))
