"""An import in the window: a dry run off the GUI thread, the preview, then the real import.

Any format uses it: it is given the function that runs the import (dry or not, skipping what
cannot go in or not, reporting progress) and shows what that returns.
"""

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from ui.background import Worker, open_progress

if TYPE_CHECKING:
    from booking.exchange.incoming import ImportResult

Progress = Callable[[int, int], None]
# run(dry_run, skip_conflicts, progress): the result and lines about items left out.
Run = Callable[[bool, bool, Progress], "tuple[ImportResult, Sequence[str]]"]


class ImportFlow(QObject):
    """Dry run → preview → import → reload, with progress at each pass."""

    finished = Signal(str)  # what the status bar was told

    def __init__(self, *, window: QWidget, report: Callable[[str], None],
                 reload: Callable[[], None]) -> None:
        super().__init__(window)
        self._window, self._report, self._reload = window, report, reload
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None
        self._run: Run | None = None
        self._title = ""

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def wait(self) -> None:
        if self._worker is not None:
            self._worker.wait()

    def start(self, run: Run, *, title: str) -> None:
        """Check every item first (nothing written), then let the person choose."""
        if self.running:
            return
        self._run, self._title = run, title
        self._pass(self.tr("Checking every item…"), dry_run=True, skip=False,
                   then=self._checked)

    def _pass(self, label: str, *, dry_run: bool, skip: bool,
              then: Callable[[object], None]) -> None:
        run = self._run
        assert run is not None
        self._progress = open_progress(self._window, label, self._title)
        worker = Worker(lambda progress: run(dry_run, skip, progress), self)
        worker.progress.connect(self.on_worker_progress)
        worker.done.connect(lambda result: self._finish(result, then))
        self._worker = worker
        worker.start()

    @Slot(int, int)
    def on_worker_progress(self, done: int, total: int) -> None:
        if self._progress is not None and total > 0:
            self._progress.setMaximum(total)
            self._progress.setValue(done)

    def _finish(self, result: object, then: Callable[[object], None]) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        if isinstance(result, str):
            self._say(result, ok=False)
            return
        then(result)

    def _checked(self, outcome: object) -> None:
        result, notes = cast("tuple[ImportResult, Sequence[str]]", outcome)
        from ui.exchange.preview import REST, ImportPreview  # the preview loads when needed

        choice = ImportPreview.ask(self._window, result, title=self._title, notes=notes)
        if choice is None:
            self._report(self.tr("Import cancelled: nothing was written"))
            self.finished.emit("")
            return
        self._pass(self.tr("Importing…"), dry_run=False, skip=choice == REST,
                   then=self._imported)

    def _imported(self, outcome: object) -> None:
        result = cast("tuple[ImportResult, Sequence[str]]", outcome)[0]
        self._reload()
        if result.written:
            text = self.tr("Imported bookings: {0}").format(result.booked)
            self._report(text)
            self.finished.emit(text)
        else:
            self._say(self.tr("Nothing was imported: some items could not go in"), ok=False)

    def _say(self, text: str, *, ok: bool) -> None:
        self._report(text.splitlines()[0])
        Boxes.show(self._window, self._title, text, ok=ok)
        self.finished.emit(text)


class Boxes:
    """The message box an import shows (tests replace it)."""

    @classmethod
    def show(cls, parent: QWidget, title: str, text: str, *, ok: bool) -> None:
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()
