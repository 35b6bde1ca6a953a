"""Reads that run off the GUI thread, where only the latest request's answer counts: a year
of report figures, or a search over every booking, can take a second or more on a large
database, and the window must keep answering meanwhile."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from booking.errors import BookingError


class _Reader(QThread):
    def __init__(self, read: Callable[[Any], Any], request: Any, parent: QObject) -> None:
        super().__init__(parent)
        self._read = read
        self.request = request
        self.answer: Any = None
        self.error: str | None = None

    def run(self) -> None:
        try:
            self.answer = self._read(self.request)
        except BookingError as exc:
            self.error = exc.message
        except Exception as exc:  # shown where the answer goes; the log has the details
            self.error = str(exc)


class LatestRead(QObject):
    """`load(request)` announces `loaded(answer)` or `failed(message)`, where the answer is
    `read(request)`; only the latest request's answer is announced, and requests made while
    one is read wait for it (one reader at a time). An in-memory database (tests, demos)
    shares one connection with the GUI thread: unthreaded, each request is read at once on
    the GUI thread and announced before load() returns."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, read: Callable[[Any], Any], *, threaded: bool,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._read = read
        self._reader: _Reader | None = None
        self._waiting: Any = None
        self.threaded = threaded

    @property
    def busy(self) -> bool:
        return self._reader is not None or self._waiting is not None

    def load(self, request: Any) -> None:
        if not self.threaded:
            try:
                answer = self._read(request)
            except BookingError as exc:
                self.failed.emit(exc.message)
                return
            self.loaded.emit(answer)
            return
        if self._reader is not None:
            self._waiting = request  # read when the one under way ends
            return
        self._start(request)

    def _start(self, request: Any) -> None:
        reader = self._reader = _Reader(self._read, request, self)
        reader.finished.connect(self._on_reader_finished)
        reader.start()

    def _on_reader_finished(self) -> None:
        reader, self._reader = self._reader, None
        if reader is None:
            return
        reader.deleteLater()
        if self._waiting is not None:
            request, self._waiting = self._waiting, None
            self._start(request)
            return
        if reader.error is None:
            self.loaded.emit(reader.answer)
        else:
            self.failed.emit(reader.error)

    def stop(self) -> None:
        """Forget the waiting request and wait for a read under way (the window is closing)."""
        self._waiting = None
        if self._reader is not None:
            self._reader.wait()
