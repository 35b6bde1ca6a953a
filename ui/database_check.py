"""File → Check database: the database checks run off the GUI thread; a message box shows them."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QWidget

from booking.errors import BookingError

if TYPE_CHECKING:  # the window loads this module at start-up, the check's results on use
    from booking.tool_views import DatabaseHealth


class ReportBox:
    """Shows what the check found, as plain text (tests replace `show`)."""

    @classmethod
    def build(cls, parent: QWidget, title: str, text: str, *, ok: bool) -> QMessageBox:
        icon = QMessageBox.Icon.Information if ok else QMessageBox.Icon.Warning
        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box

    @classmethod
    def show(cls, parent: QWidget, title: str, text: str, *, ok: bool) -> None:
        cls.build(parent, title, text, ok=ok).exec()


class _Worker(QThread):
    """Runs the check (seconds on a large database: SQLite reads every page)."""

    done = Signal(object)

    def __init__(self, check: Callable[[], DatabaseHealth], parent: QObject) -> None:
        super().__init__(parent)
        self._check = check

    def run(self) -> None:
        try:
            result: DatabaseHealth | str = self._check()
        except BookingError as exc:
            result = exc.message
        except Exception as exc:  # shown in the box; the log has the traceback
            result = f"{type(exc).__name__}: {exc}"
        self.done.emit(result)


class DatabaseCheck(QObject):
    """Checks the database for a window (Services.doctor) and shows what it found."""

    finished = Signal(str)

    def __init__(self, *, window: QWidget, check: Callable[[], DatabaseHealth]) -> None:
        super().__init__(window)
        self._window = window
        self._worker = _Worker(check, self)
        self._worker.done.connect(self.on_worker_done)

    @property
    def running(self) -> bool:
        return self._worker.isRunning()

    def start(self) -> None:
        """Start checking, unless a check is already running."""
        if not self.running:
            self._worker.start()

    def wait(self) -> None:
        """Let a running check finish (the window waits for it as it closes)."""
        self._worker.wait()

    def report_text(self, result: DatabaseHealth | str) -> tuple[str, bool]:
        """What the box says, and whether all is well."""
        if isinstance(result, str):
            return self.tr("The database could not be checked: {0}").format(result), False
        lines = [f"{f.check}: {f.message}" for f in result.findings]
        if result.ok:
            head = self.tr("The database is healthy.")
        else:
            head = self.tr("The database has {0} problem(s):").format(len(result.findings))
        return "\n".join([head, *lines, "", *result.notes]).strip(), result.ok

    @Slot(object)
    def on_worker_done(self, result: DatabaseHealth | str) -> None:
        text, ok = self.report_text(result)
        ReportBox.show(self._window, self.tr("Check database"), text, ok=ok)
        self.finished.emit(text)
