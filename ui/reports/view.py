"""The Reports tab: the period and grouping on top, the utilisation bars, the peak-hours heat
map and the weekly trend in the middle, the tables below; exports as CSV or PDF."""

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from booking.statuses import RoomKind
from booking.timeutil import local
from ui.models.rooms_model import KIND_LABELS
from ui.qdates import shown
from ui.reports.bookings import FoundBookingsDialog
from ui.reports.charts import TrendChart, UtilisationChart
from ui.reports.export import picture
from ui.reports.figures import Figures, Query
from ui.reports.heatmap import HeatMap
from ui.reports.loader import FiguresLoader
from ui.reports.models import (
    GROUP_TITLES,
    HallModel,
    NoShowModel,
    ReportModel,
    TeamModel,
    UtilisationModel,
    group_label,
)
from ui.reports.numbers import percent
from ui.reports.period import PeriodPicker
from ui.reports.saving import ReportSaver
from ui.tables import row_table

if TYPE_CHECKING:
    from booking.services import Services

GROUPS = ("room", "kind", "floor", "org")


class ReportsView(QWidget):
    """Figures for managers; `booking_open_requested(id)` when a listed booking is opened."""

    booking_open_requested = Signal(int)
    status_message = Signal(str)
    loaded = Signal()

    def __init__(self, *, services: "Services", building: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reportsView")
        self.services = services
        self.building = building  # the code of the building reported on ("": all there are)
        self.figures: Figures | None = None
        self.found_dialog: FoundBookingsDialog | None = None  # the bookings behind a figure
        self._stale = True
        self.loader = FiguresLoader(services, self)
        self.saver = ReportSaver(view=self, parent=self)
        self._build()
        self._connect()
        self.retranslate_ui()

    # ----- construction -----------------------------------------------------------------------

    def _build(self) -> None:
        self.period = PeriodPicker(today=self.today(), parent=self)
        self.group_label = QLabel(self)
        self.group_combo = QComboBox(self)
        self.group_combo.setObjectName("reportGroupCombo")
        for group in GROUPS:
            self.group_combo.addItem("", group)
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("reportKindCombo")
        self.kind_combo.addItem("", None)
        for kind in RoomKind:
            self.kind_combo.addItem("", str(kind))
        self.csv_button = QPushButton(self)
        self.csv_button.setObjectName("reportCsvButton")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("reportPdfButton")
        self.state_label = QLabel(self)
        self.state_label.setObjectName("reportStateLabel")
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setProperty("elides", True)
        # Two rows, so the tab stays narrow enough beside the rooms in either language.
        bar = QHBoxLayout()
        bar.addWidget(self.period)
        bar.addStretch(1)
        bar.addWidget(self.csv_button)
        bar.addWidget(self.pdf_button)
        second = QHBoxLayout()
        for widget in (self.group_label, self.group_combo, self.kind_label, self.kind_combo):
            second.addWidget(widget)
        second.addSpacing(12)
        # The summary wraps rather than widen the window.
        self.state_label.setWordWrap(True)
        second.addWidget(self.state_label, 1)

        self.bars = UtilisationChart(self)
        self.heat_title = QLabel(self)
        self.heat_map = HeatMap(self)
        self.trend = TrendChart(self)
        heat = QWidget(self)
        heat_layout = QVBoxLayout(heat)
        heat_layout.setContentsMargins(0, 0, 0, 0)
        heat_layout.addWidget(self.heat_title)
        heat_layout.addWidget(self.heat_map, 1)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(heat)
        right.addWidget(self.trend)
        self.charts = QSplitter(Qt.Orientation.Horizontal, self)
        self.charts.addWidget(self.bars)
        self.charts.addWidget(right)

        self.utilisation_model = UtilisationModel(self)
        self.no_show_model = NoShowModel(self)
        self.team_model = TeamModel(self)
        self.hall_model = HallModel(self)
        self.utilisation_table = self._table(self.utilisation_model, "utilisationTable")
        self.no_show_table = self._table(self.no_show_model, "noShowTable")
        self.team_table = self._table(self.team_model, "teamTable")
        self.hall_table = self._table(self.hall_model, "hallTable")
        self.hall_label = QLabel(self)
        hall = QWidget(self)
        hall_layout = QVBoxLayout(hall)
        hall_layout.setContentsMargins(0, 0, 0, 0)
        hall_layout.addWidget(self.hall_label)
        hall_layout.addWidget(self.hall_table)
        self.tables = QTabWidget(self)
        self.tables.setObjectName("reportTables")
        self.tables.setDocumentMode(True)
        for page in (self.utilisation_table, self.no_show_table, self.team_table, hall):
            self.tables.addTab(page, "")

        body = QSplitter(Qt.Orientation.Vertical, self)
        body.addWidget(self.charts)
        body.addWidget(self.tables)
        body.setSizes([400, 240])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(second)
        layout.addWidget(body, 1)

    def _table(self, model: ReportModel, name: str) -> QTableView:
        table = row_table(self, model, name=name, widths=(), stretch=0, wrap=False)
        header = table.horizontalHeader()
        header.setMinimumSectionSize(70)
        # A report has a row per group (tens at most): the figures' columns fit their titles.
        for column in range(1, model.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        return table

    def _connect(self) -> None:
        self.period.changed.connect(self.reload)
        self.group_combo.currentIndexChanged.connect(self.on_group_combo_changed)
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_changed)
        self.loader.loaded.connect(self.on_loader_loaded)
        self.loader.failed.connect(self.on_loader_failed)
        self.bars.group_clicked.connect(self.show_group_bookings)
        self.heat_map.cell_clicked.connect(self.show_hour_bookings)
        self.utilisation_table.activated.connect(self.on_group_table_activated)
        self.no_show_table.activated.connect(self.on_group_table_activated)
        self.csv_button.clicked.connect(self.saver.save_csv)
        self.pdf_button.clicked.connect(self.saver.save_pdf)

    def retranslate_ui(self) -> None:
        self.group_label.setText(self.tr("Group by:"))
        for index, group in enumerate(GROUPS):
            self.group_combo.setItemText(index, self.tr(GROUP_TITLES[group]))
        self.kind_label.setText(self.tr("Peaks for:"))
        self.kind_combo.setItemText(0, self.tr("All rooms"))
        for index in range(1, self.kind_combo.count()):
            self.kind_combo.setItemText(index, self.tr(KIND_LABELS[self.kind_combo.itemData(index)]))
        self.csv_button.setText(self.tr("Save as CSV…"))
        self.csv_button.setToolTip(self.tr("Save the tables below as a CSV file"))
        self.pdf_button.setText(self.tr("Save as PDF…"))
        self.pdf_button.setToolTip(self.tr("Save the charts and the tables as a PDF report"))
        self.heat_title.setText(self.tr("Peak hours: rooms in use on an average day"))
        titles = (self.tr("Utilisation"), self.tr("No-shows"), self.tr("Team use"),
                  self.tr("Hall"))
        for index, title in enumerate(titles):
            self.tables.setTabText(index, title)
        for model in (self.utilisation_model, self.no_show_model, self.team_model,
                      self.hall_model):
            model.retranslate()
        self.period.retranslate_ui()
        self.bars.retranslate_ui()
        self.trend.retranslate_ui()
        self.heat_map.update()
        self._show_state()

    # ----- reading ----------------------------------------------------------------------------

    def today(self) -> date:
        return local(self.services.now()).date()

    def query(self) -> Query:
        first, end = self.period.days()
        kind = self.kind_combo.currentData()
        return Query(first, end, by=str(self.group_combo.currentData()),
                     kind=str(kind) if kind else None, building=self.building or None)

    @Slot()
    def reload(self) -> None:
        """Read the figures again for what is chosen."""
        self._stale = False
        self.state_label.setText(self.tr("Reading the figures…"))
        self.loader.load(self.query())

    def refresh(self) -> None:
        """The bookings changed: read again now if the tab is in front, else when shown."""
        if self.isVisible():
            self.reload()
        else:
            self._stale = True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self.period.set_today(self.today())
            self.reload()

    @Slot(object)
    def on_loader_loaded(self, figures: Figures) -> None:
        self.figures = figures
        self.utilisation_model.set_report(figures.utilisation)
        self.no_show_model.set_report(figures.no_shows)
        self.team_model.set_report(figures.teams)
        self.hall_model.set_report(figures.hall)
        for table in (self.utilisation_table, self.no_show_table, self.team_table,
                      self.hall_table):
            table.resizeColumnsToContents()
        rows = list(figures.utilisation.rows)
        self.bars.set_rows(rows, [group_label(figures.query.by, r.key, r.label, self.tr)
                                  for r in rows])
        self.heat_map.set_report(figures.peaks)
        self.trend.set_points(list(figures.trend))
        self._show_state()
        self.loaded.emit()

    @Slot(str)
    def on_loader_failed(self, message: str) -> None:
        self.state_label.setText(self.tr("Could not read the figures: {0}").format(message))

    def summary(self) -> str:
        """The period and the building's figures for it, in a line."""
        figures = self.figures
        if figures is None:
            return ""
        total = figures.utilisation.total
        last = date.fromordinal(figures.query.end.toordinal() - 1)
        return self.tr("{0} to {1}: {2} booked, {3} checked in").format(
            f"{shown(figures.query.first):%d %b %Y}", f"{shown(last):%d %b %Y}",
            percent(total.utilisation), percent(total.checked_in_utilisation))

    def _show_state(self) -> None:
        if self.figures is None:
            return
        self.state_label.setText(self.summary())
        self.hall_label.setText(self.tr("Days with the hall in use: {0}").format(
            self.figures.hall.event_days))

    # ----- choosing ---------------------------------------------------------------------------

    @Slot(int)
    def on_group_combo_changed(self, _index: int) -> None:
        self.reload()

    @Slot(int)
    def on_kind_combo_changed(self, _index: int) -> None:
        self.reload()

    # ----- the bookings behind a figure -------------------------------------------------------

    def group_name(self, key: str) -> str:
        if self.figures is None:
            return key
        for row in self.figures.utilisation.rows:
            if row.key == key:
                return group_label(self.figures.query.by, key, row.label, self.tr)
        return key

    @Slot(str)
    def show_group_bookings(self, key: str) -> None:
        from ui.reports.bookings import group_bookings

        if self.figures is None:
            return
        query = self.figures.query
        bookings = group_bookings(self.services, query.first, query.end, query.by, key)
        self._show_found(FoundBookingsDialog(bookings=bookings, about=self.group_name(key),
                                             parent=self))

    @Slot(int, int)
    def show_hour_bookings(self, weekday: int, hour: int) -> None:
        from PySide6.QtCore import QLocale

        from ui.reports.bookings import hour_bookings

        if self.figures is None:
            return
        query = self.figures.query
        bookings = hour_bookings(self.services, query.first, query.end, weekday, hour,
                                 query.kind)
        day = QLocale().dayName(weekday + 1, QLocale.FormatType.LongFormat)
        about = self.tr("{0} {1:02}:00–{2:02}:00").format(day, hour, hour + 1)
        self._show_found(FoundBookingsDialog(bookings=bookings, about=about, parent=self))

    def _show_found(self, dialog: FoundBookingsDialog) -> None:
        if self.found_dialog is not None and isValid(self.found_dialog):
            self.found_dialog.close()
        self.found_dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open_requested.connect(self.booking_open_requested)
        dialog.show()

    @Slot()
    def on_group_table_activated(self) -> None:
        table = self.sender()
        if not isinstance(table, QTableView):
            return
        model = table.model()
        if isinstance(model, ReportModel):
            item = model.item_at(table.currentIndex().row())
            if item is not None:
                self.show_group_bookings(item.key)

    # ----- written out ------------------------------------------------------------------------

    def suggested_name(self, suffix: str) -> Path:
        query = self.query()
        return Path.home() / f"ruang-report-{query.first.isoformat()}.{suffix}"

    def chart_pictures(self) -> list[tuple[str, QPixmap]]:
        return [(self.bars.chart.title(), picture(self.bars)),
                (self.heat_title.text(), picture(self.heat_map)),
                (self.trend.chart.title(), picture(self.trend))]

    def stop(self) -> None:
        self.loader.stop()
