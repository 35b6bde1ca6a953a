"""The Reports tab's charts (QtCharts): utilisation per group as bars, booked beside checked
in, and the building's utilisation week by week as lines. Hovering shows the numbers."""

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QLocale, QMargins, QPointF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QCursor, QPainter
from PySide6.QtWidgets import QToolTip, QVBoxLayout, QWidget

from booking.reports.types import UtilisationRow
from ui.qdates import qdate
from ui.reports.figures import TrendPoint
from ui.reports.numbers import hours, percent

BOOKED = QColor("#1f5f8b")
CHECKED_IN = QColor("#5aa469")
MOST_BARS = 12  # the busiest groups; the table lists them all


def _chart_view(parent: QWidget | None, name: str) -> tuple[QChartView, QChart]:
    chart = QChart()
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    view = QChartView(chart, parent)
    view.setObjectName(name)
    view.setRenderHint(QPainter.RenderHint.Antialiasing)
    view.setMinimumSize(320, 200)
    return view, chart


def _percent_axis(top: float) -> QValueAxis:
    axis = QValueAxis()
    step = 20 if top > 50 else 10
    ceiling = max(10, min(100, (int(top) // step + 1) * step))
    axis.setRange(0, ceiling)
    axis.setLabelFormat("%.0f%")
    axis.setTickCount(ceiling // step + 1)
    return axis


class UtilisationChart(QWidget):
    """Bars of the groups' booked and checked-in utilisation; `group_clicked(key)` on a click."""

    group_clicked = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.chart = _chart_view(self, "utilisationChart")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.rows: list[UtilisationRow] = []
        self.labels: list[str] = []
        self.booked = QBarSet("")
        self.checked_in = QBarSet("")

    def set_rows(self, rows: list[UtilisationRow], labels: list[str]) -> None:
        """The groups (their shown names in `labels`), the busiest first."""
        order = sorted(range(len(rows)), key=lambda i: -(rows[i].utilisation or 0.0))
        order = order[:MOST_BARS]
        self.rows = [rows[i] for i in order]
        self.labels = [labels[i] for i in order]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.booked = QBarSet("")
        self.checked_in = QBarSet("")
        self.booked.setColor(BOOKED)
        self.checked_in.setColor(CHECKED_IN)
        # Bars are drawn from the bottom up: the busiest goes last to stand on top.
        for row in reversed(self.rows):
            self.booked.append((row.utilisation or 0.0) * 100)
            self.checked_in.append((row.checked_in_utilisation or 0.0) * 100)
        series = QHorizontalBarSeries()
        series.append(self.booked)
        series.append(self.checked_in)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append(list(reversed(self.labels)) or [""])
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = _percent_axis(max(((r.utilisation or 0.0) * 100 for r in self.rows),
                                   default=0.0))
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        for bar_set in (self.booked, self.checked_in):
            bar_set.hovered.connect(self.on_bar_hovered)
            bar_set.clicked.connect(self.on_bar_clicked)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.setTitle(self.tr("Utilisation (share of open hours)"))
        self.booked.setLabel(self.tr("Booked"))
        self.checked_in.setLabel(self.tr("Checked in"))

    def _row(self, index: int) -> UtilisationRow | None:
        """The row of a bar index (bars run bottom up)."""
        position = len(self.rows) - 1 - index
        return self.rows[position] if 0 <= position < len(self.rows) else None

    def bar_tooltip(self, index: int) -> str:
        row = self._row(index)
        if row is None:
            return ""
        label = self.labels[self.rows.index(row)]
        return self.tr("{0}: {1} booked ({2} h), {3} checked in ({4} h), of {5} h open").format(
            label, percent(row.utilisation), hours(row.booked_minutes),
            percent(row.checked_in_utilisation), hours(row.checked_in_minutes),
            hours(row.open_minutes))

    @Slot(bool, int)
    def on_bar_hovered(self, status: bool, index: int) -> None:
        if status:
            QToolTip.showText(QCursor.pos(), self.bar_tooltip(index), self.view)
        else:
            QToolTip.hideText()

    @Slot(int)
    def on_bar_clicked(self, index: int) -> None:
        row = self._row(index)
        if row is not None:
            self.group_clicked.emit(row.key)


class TrendChart(QWidget):
    """The building's booked and checked-in utilisation per week of the period."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.view, self.chart = _chart_view(self, "trendChart")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.points: list[TrendPoint] = []
        self.booked = QLineSeries()
        self.checked_in = QLineSeries()

    def set_points(self, points: list[TrendPoint]) -> None:
        self.points = points
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self.booked, self.checked_in = QLineSeries(), QLineSeries()
        for series, colour in ((self.booked, BOOKED), (self.checked_in, CHECKED_IN)):
            series.setColor(colour)
            series.setPointsVisible(True)
            self.chart.addSeries(series)
            series.hovered.connect(self.on_series_hovered)
        for index, point in enumerate(points):
            self.booked.append(index, (point.total.utilisation or 0.0) * 100)
            self.checked_in.append(index, (point.total.checked_in_utilisation or 0.0) * 100)
        weeks = QBarCategoryAxis()
        locale = QLocale()
        weeks.append([locale.toString(qdate(p.first), "d MMM") for p in points] or [""])
        self.chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        values = _percent_axis(max(((p.total.utilisation or 0.0) * 100 for p in points),
                                   default=0.0))
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        for series in (self.booked, self.checked_in):
            series.attachAxis(weeks)
            series.attachAxis(values)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.chart.setTitle(self.tr("Building utilisation by week"))
        self.booked.setName(self.tr("Booked"))
        self.checked_in.setName(self.tr("Checked in"))
        if self.points:
            axis = self.chart.axes(Qt.Orientation.Horizontal)
            if axis and isinstance(axis[0], QBarCategoryAxis):
                locale = QLocale()
                axis[0].setCategories([locale.toString(qdate(p.first), "d MMM")
                                       for p in self.points])

    def point_tooltip(self, index: int) -> str:
        if not 0 <= index < len(self.points):
            return ""
        point = self.points[index]
        locale = QLocale()
        return self.tr("Week of {0}: {1} booked, {2} checked in").format(
            locale.toString(qdate(point.first), "d MMM yyyy"), percent(point.total.utilisation),
            percent(point.total.checked_in_utilisation))

    @Slot(QPointF, bool)
    def on_series_hovered(self, point: QPointF, state: bool) -> None:
        if state:
            QToolTip.showText(QCursor.pos(), self.point_tooltip(round(point.x())), self.view)
        else:
            QToolTip.hideText()
