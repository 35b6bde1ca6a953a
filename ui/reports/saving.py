"""Asking where to save the Reports tab and saying how it went: the CSV of its tables, the
PDF report with its charts. An existing file is replaced only when the person says so."""

from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, Qt, SignalInstance, Slot
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QTabWidget, QWidget

from booking.errors import BookingError
from ui.reports.figures import Figures
from ui.reports.models import HallModel, NoShowModel, ReportModel, TeamModel, UtilisationModel

if TYPE_CHECKING:
    from booking.services import Services


class ReportPage(Protocol):
    """What saving needs of the Reports tab (ui.reports.view.ReportsView)."""

    services: "Services"
    figures: Figures | None
    state_label: QLabel
    status_message: SignalInstance
    tables: QTabWidget
    utilisation_model: UtilisationModel
    no_show_model: NoShowModel
    team_model: TeamModel
    hall_model: HallModel

    def suggested_name(self, suffix: str) -> Path: ...

    def summary(self) -> str: ...

    def chart_pictures(self) -> list[tuple[str, QPixmap]]: ...


class ReportFile:
    """Asks for a file name (with `suffix` added when missing); None when cancelled. It does
    not ask about replacing: ReportSaver does, once."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path, suffix: str) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(
            parent, caption, str(suggested), f"{suffix.upper()} (*.{suffix})",
            options=QFileDialog.Option.DontConfirmOverwrite)
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == f".{suffix}" else path.with_suffix(f".{suffix}")


class ReportSaver(QObject):
    def __init__(self, *, view: ReportPage, parent: QWidget) -> None:
        super().__init__(parent)
        self._view = view

    def _replace_ok(self, path: Path, caption: str) -> bool:
        """True when nothing is there, or the person agrees to replace it."""
        if not (path.exists() or path.is_symlink()):
            return True
        answer = QMessageBox.question(self.parent_widget(), caption, self.tr(
            "{0} already exists. Replace it?").format(path.name))
        return answer == QMessageBox.StandardButton.Yes

    def parent_widget(self) -> QWidget:
        parent = self.parent()
        assert isinstance(parent, QWidget)
        return parent

    def _say(self, text: str) -> None:
        self._view.state_label.setText(text)
        self._view.status_message.emit(text)

    def tables(self, *, shown: bool) -> list[tuple[str, list[str], list[list[Any]]]]:
        """(title, column titles, rows) of each table: raw numbers, or as shown."""
        view = self._view
        found = []
        models: list[ReportModel] = [view.utilisation_model, view.no_show_model,
                                     view.team_model, view.hall_model]
        for index, model in enumerate(models):
            columns, rows = model.table()
            if shown:
                rows = [[str(model.index(r, c).data(Qt.ItemDataRole.DisplayRole) or "")
                         for c in range(model.columnCount())] for r in range(model.rowCount())]
            found.append((view.tables.tabText(index), columns, rows))
        return found

    @Slot()
    def save_csv(self) -> Path | None:
        view = self._view
        if view.figures is None:
            return None
        caption = self.tr("Save the report's tables as CSV")
        path = ReportFile.ask(self.parent_widget(), caption, view.suggested_name("csv"), "csv")
        if path is None or not self._replace_ok(path, caption):
            return None
        from ui.reports.export import write_csv

        try:
            written = write_csv(path, self.tables(shown=False),
                                database=view.services.database_path, force=path.exists())
        except BookingError as exc:
            self._say(self.tr("Not saved: {0}").format(exc.message))
            return None
        self._say(self.tr("Saved the report's tables to {0}.").format(written))
        return written

    @Slot()
    def save_pdf(self) -> Path | None:
        view = self._view
        if view.figures is None:
            return None
        caption = self.tr("Save the report as PDF")
        path = ReportFile.ask(self.parent_widget(), caption, view.suggested_name("pdf"), "pdf")
        if path is None or not self._replace_ok(path, caption):
            return None
        from ui.reports.export import write_pdf_report

        try:
            written = write_pdf_report(
                path, title=self.tr("Ruang occupancy report"), subtitle=view.summary(),
                charts=view.chart_pictures(), tables=self.tables(shown=True),
                database=view.services.database_path, force=path.exists())
        except BookingError as exc:
            self._say(self.tr("Not saved: {0}").format(exc.message))
            return None
        self._say(self.tr("Saved the report to {0}.").format(written))
        return written
