"""Reads the figures off the GUI thread: a year of history on a large database takes a
second or more, and the window must keep answering meanwhile."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, Signal

from booking.errors import BookingError
from ui.reports.figures import Figures, Query, read_figures

if TYPE_CHECKING:
    from booking.services import Services


class _Reader(QThread):
    def __init__(self, services: "Services", query: Query, parent: QObject) -> None:
        super().__init__(parent)
        self.services = services
        self.query = query
        self.figures: Figures | None = None
        self.error = ""

    def run(self) -> None:
        try:
            self.figures = read_figures(self.services, self.query)
        except BookingError as exc:
            self.error = exc.message
        except Exception as exc:  # shown in the tab; the log has the details
            self.error = str(exc)


class FiguresLoader(QObject):
    """`load(query)` announces `loaded(Figures)` or `failed(message)`; only the latest query's
    answer is announced. An in-memory database (tests, demos) shares one connection with the
    GUI thread, so it is read at once on the GUI thread instead."""

    loaded = Signal(object)
    failed = Signal(str)

    def __init__(self, services: "Services", parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._reader: _Reader | None = None
        self._waiting: Query | None = None
        self.threaded = services.database_path is not None

    @property
    def busy(self) -> bool:
        return self._reader is not None or self._waiting is not None

    def load(self, query: Query) -> None:
        if not self.threaded:
            try:
                figures = read_figures(self._services, query)
            except BookingError as exc:
                self.failed.emit(exc.message)
                return
            self.loaded.emit(figures)
            return
        if self._reader is not None:
            self._waiting = query  # read when the one under way ends
            return
        self._start(query)

    def _start(self, query: Query) -> None:
        reader = self._reader = _Reader(self._services, query, self)
        reader.finished.connect(self._on_reader_finished)
        reader.start()

    def _on_reader_finished(self) -> None:
        reader, self._reader = self._reader, None
        if reader is None:
            return
        reader.deleteLater()
        if self._waiting is not None:
            query, self._waiting = self._waiting, None
            self._start(query)
            return
        if reader.figures is not None:
            self.loaded.emit(reader.figures)
        else:
            self.failed.emit(reader.error)

    def stop(self) -> None:
        """Wait for a read under way (the window is closing)."""
        self._waiting = None
        if self._reader is not None:
            self._reader.wait()
