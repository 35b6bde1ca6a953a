"""Window jobs that run off the GUI thread behind a progress dialog, then say how they went in
a box and the status bar: backups and restores, CSV exports."""

from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QProgressDialog, QWidget

from booking.errors import BookingError

Job = Callable[[Callable[[int, int], None]], object]


class Failed(str):
    """What a job's refusal said (so a result that is text stays apart from a failure)."""


class Prompts:
    """The questions and boxes a person answers (tests replace them)."""

    @classmethod
    def choose_backup(cls, parent: QWidget, title: str, folder: str, kinds: str) -> str:
        """A backup file to restore from ('' when cancelled)."""
        return QFileDialog.getOpenFileName(parent, title, folder, kinds)[0]

    @classmethod
    def build(cls, parent: QWidget, title: str, text: str, *, ok: bool,
              question: bool = False) -> QMessageBox:
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        buttons = (QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No if question
                   else QMessageBox.StandardButton.Ok)
        box = QMessageBox(icon, title, text, buttons, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if question:
            box.setDefaultButton(QMessageBox.StandardButton.No)
        return box

    @classmethod
    def confirm(cls, parent: QWidget, title: str, text: str) -> bool:
        answer = cls.build(parent, title, text, ok=True, question=True).exec()
        return answer == QMessageBox.StandardButton.Yes

    @classmethod
    def show(cls, parent: QWidget, title: str, text: str, *, ok: bool) -> None:
        cls.build(parent, title, text, ok=ok).exec()


class Worker(QThread):
    """Runs one job, passing on what it reports of its progress."""

    progress = Signal(int, int)  # as the job reports it (its two numbers)
    done = Signal(object)  # the result, or Failed

    def __init__(self, job: Job, parent: QObject) -> None:
        super().__init__(parent)
        self._job = job

    def run(self) -> None:
        result: object
        try:
            result = self._job(self.progress.emit)
        except BookingError as exc:
            result = Failed(exc.message)
        except Exception as exc:  # shown in the box; the log has the traceback
            result = Failed(f"{type(exc).__name__}: {exc}")
        self.done.emit(result)


def open_progress(window: QWidget, label: str, title: str) -> QProgressDialog:
    """A progress dialog over the window for a job without a Cancel (shown after 300 ms)."""
    progress = QProgressDialog(label, "", 0, 0, window)
    progress.setCancelButton(None)
    progress.setWindowTitle(title)
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)
    return progress


def insert_after(menu: QMenu, after: QAction, actions: Sequence[QAction]) -> None:
    """Put `actions` into `menu` right after `after`."""
    following = menu.actions()
    index = following.index(after) + 1
    before = following[index] if index < len(following) else None
    menu.insertActions(before, list(actions))  # type: ignore[arg-type]


class BackgroundJobs(QObject):
    """One job at a time off the GUI thread, with a progress dialog over the window."""

    finished = Signal(str)  # what the last job's box said

    def __init__(self, *, window: QWidget, report: Callable[[str], None]) -> None:
        super().__init__(window)
        self._window = window
        self._report = report
        self._worker: Worker | None = None
        self._progress: QProgressDialog | None = None

    @property
    def running(self) -> bool:
        return self._worker is not None and self._worker.isRunning()

    def wait(self) -> None:
        """Let a job under way finish (the window waits as it closes)."""
        if self._worker is not None:
            self._worker.wait()

    def _run(self, label: str, job: Job, then: Callable[[object], None]) -> None:
        self._progress = open_progress(self._window, label, self.tr("Ruang"))
        worker = Worker(job, self)
        worker.progress.connect(self.on_worker_progress)
        worker.done.connect(lambda result: self._finish(result, then))
        self._worker = worker
        worker.start()

    @Slot(int, int)
    def on_worker_progress(self, first: int, second: int) -> None:
        """Show a job's progress report (each kind of job says what its numbers mean)."""

    def _finish(self, result: object, then: Callable[[object], None]) -> None:
        if self._progress is not None:
            self._progress.reset()
            self._progress.deleteLater()
            self._progress = None
        then(result)

    def _say(self, title: str, text: str, *, ok: bool) -> None:
        self._report(text.splitlines()[0])
        Prompts.show(self._window, title, text, ok=ok)
        self.finished.emit(text)
