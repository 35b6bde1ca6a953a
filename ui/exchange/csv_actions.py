"""File → Export bookings (CSV)… and Import bookings (CSV)…: the work runs off the GUI thread
with a progress dialog; an import is checked first (a dry run), shown in the import preview,
and written only when the person says so."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from booking.errors import BadInput
from booking.permissions import Action
from booking.timeutil import BUILDING_TZ
from ui.background import BackgroundJobs, Failed, insert_after
from ui.exchange.import_flow import ImportFlow, Progress

if TYPE_CHECKING:
    from booking.exchange.incoming import ImportResult
    from booking.services import Services



class FilePrompts:
    """The file choosers (tests replace them)."""

    @classmethod
    def save_csv(cls, parent: QWidget, title: str, suggested: str, kinds: str) -> str:
        return QFileDialog.getSaveFileName(parent, title, suggested, kinds)[0]

    @classmethod
    def open_csv(cls, parent: QWidget, title: str, folder: str, kinds: str) -> str:
        return QFileDialog.getOpenFileName(parent, title, folder, kinds)[0]


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BUILDING_TZ)


class CsvExchange(BackgroundJobs):
    """The window's CSV export and import actions."""

    def __init__(self, *, window: QWidget, menu: QMenu, after: QAction,
                 services: Callable[[], "Services"], shown_days: Callable[[], list[date]],
                 changed: Callable[[], None], report: Callable[[str], None]) -> None:
        super().__init__(window=window, report=report)
        self._services, self._shown_days = services, shown_days
        self._changed = changed
        self.flow = ImportFlow(window=window, report=report, reload=changed)
        self.export_action = QAction(window)
        self.import_action = QAction(window)
        insert_after(menu, after, [self.export_action, self.import_action])
        self.export_action.triggered.connect(self.on_export_action_triggered)
        self.import_action.triggered.connect(self.on_import_action_triggered)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.export_action.setText(self.tr("Export bookings (CSV)…"))
        self.import_action.setText(self.tr("Import bookings (CSV)…"))

    def show_permissions(self, may: Callable[[Action], bool]) -> None:
        self.import_action.setVisible(may(Action.BOOK))

    def set_working(self, working: bool) -> None:
        self.export_action.setEnabled(working)
        self.import_action.setEnabled(working)

    @property
    def running(self) -> bool:
        return super().running or self.flow.running

    def wait(self) -> None:
        """Let a job under way finish (the window waits as it closes)."""
        super().wait()
        self.flow.wait()

    @Slot(int, int)
    def on_worker_progress(self, done: int, total: int) -> None:
        """Bookings written of bookings in all (0: not known yet)."""
        if self._progress is None:
            return
        if total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(done)
        else:
            self._progress.setLabelText(self.tr("{0} bookings so far…").format(done))

    # ----- export -----------------------------------------------------------------------------

    @Slot()
    def on_export_action_triggered(self) -> None:
        if self.running:
            return
        services = self._services()
        days = self._shown_days()
        from ui.exchange.csv_export import CsvExportDialog

        choice = CsvExportDialog.ask(self._window, rooms=services.rooms(), first=days[0],
                                     last=days[-1])
        if choice is None:
            return
        folder = services.database_path
        name = f"bookings-{choice.first}-{choice.last}.csv"
        suggested = str(folder.parent / name) if folder is not None else name
        chosen = FilePrompts.save_csv(self._window, self.tr("Export bookings (CSV)"),
                                      suggested, self.tr("CSV files (*.csv)"))
        if not chosen:
            return
        target = Path(chosen)
        # The save dialog has asked before replacing a file that is there.
        force = target.exists()
        self._run(self.tr("Exporting bookings…"), lambda progress: services.export_csv(
            target, start=day_start(choice.first), end=day_start(choice.last + timedelta(days=1)),
            room=choice.room, force=force, progress=lambda n: progress(n, 0)), self._exported)

    def _exported(self, result: object) -> None:
        title = self.tr("Export bookings (CSV)")
        if isinstance(result, Failed) or not isinstance(result, tuple):
            self._say(title, self.tr("Nothing was exported: {0}").format(result), ok=False)
            return
        path, count = result
        self._say(title, self.tr("{0} bookings written to {1}.").format(count, path), ok=True)

    # ----- import -----------------------------------------------------------------------------

    @Slot()
    def on_import_action_triggered(self) -> None:
        if self.running:
            return
        services = self._services()
        folder = services.database_path
        chosen = FilePrompts.open_csv(self._window, self.tr("Import bookings (CSV)"),
                                      str(folder.parent) if folder is not None else "",
                                      self.tr("CSV files (*.csv);;All files (*)"))
        if not chosen:
            return
        source = Path(chosen)

        def run(dry_run: bool, skip: bool,
                progress: Progress) -> "tuple[ImportResult, tuple[str, ...]]":
            # Here, not at the top: the window opens without the database layer it brings.
            from booking.exchange.csv_in import CsvInvalid

            # Read again for the real pass: the file is what the person sees now.
            try:
                read = services.read_csv(source)
            except CsvInvalid as exc:  # every bad cell, one a line, not only the first
                raise BadInput("\n".join(exc.problems)) from None
            result = services.import_bookings(read.items, dry_run=dry_run,
                                              skip_conflicts=skip, progress=progress)
            return result, read.notes
        self.flow.start(run, title=self.tr("Import bookings (CSV)"))
