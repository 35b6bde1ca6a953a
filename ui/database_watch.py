"""Keeping the window in step with the database: other desks' writes, no-shows, the health check."""

import logging
import time
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QWidget

from booking.views import Change
from ui.bus import ChangeBus
from ui.database_check import DatabaseCheck
from ui.window_data import Watcher

if TYPE_CHECKING:
    from booking.services import Services

POLL_MS = 2000
NO_SHOW_MS = 60_000
# How long the listener waits at a time, so that it notices being stopped.
LISTEN_S = 0.5
RETRY_S = 2.0

log = logging.getLogger("ruang.watch")


class NoticeListener(QThread):
    """Waits for a server's change notices off the GUI thread and says when one came."""

    noticed = Signal()

    def __init__(self, watcher: Watcher, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._watcher = watcher
        self._running = True

    def run(self) -> None:
        while self._running:
            try:
                if self._watcher.wait(LISTEN_S) and self._running:
                    self.noticed.emit()
            except Exception:  # noqa: BLE001 - the server out of reach: try again shortly
                log.warning("cannot listen for other desks' changes", exc_info=True)
                time.sleep(RETRY_S)

    def stop(self) -> None:
        """Stop listening (returns once the thread has ended)."""
        self._running = False
        self.wait()


class DatabaseWatch(QObject):
    """Announces other processes' writes, releases no-shows on the clock, runs Check database."""

    def __init__(self, *, window: QWidget, bus: ChangeBus, report: Callable[[str], None],
                 released_text: Callable[[Change], str]) -> None:
        super().__init__(window)
        self._window = window
        self._bus = bus
        self._report = report
        self._released_text = released_text
        self._services: Services | None = None
        self._watcher: Watcher | None = None
        self._listener: NoticeListener | None = None
        self._database_check: DatabaseCheck | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._no_shows = QTimer(self)
        self._no_shows.setInterval(NO_SHOW_MS)
        self._poll.timeout.connect(self.on_poll_timeout)
        self._no_shows.timeout.connect(self.on_no_shows_timeout)

    def attach(self, services: "Services") -> None:
        """Watch this database from now on."""
        self._services = services
        self._watcher = services.change_watcher()
        if self._watcher.pushes:
            # A server tells when something changed: the window refreshes at once.
            self._listener = NoticeListener(self._watcher, self)
            self._listener.noticed.connect(self.on_listener_noticed)
            self._listener.start()
        else:
            self._poll.start()
        self._no_shows.start()

    def check_database(self) -> None:
        """Check the database's health off the GUI thread; a message box shows the findings."""
        if self._services is None:
            return
        if self._database_check is None:
            self._database_check = DatabaseCheck(window=self._window,
                                                 check=self._services.doctor)
            self._database_check.finished.connect(self.on_database_check_finished)
        self._database_check.start()
        self._report(self.tr("Checking the database…"))

    def stop(self) -> None:
        """Stop watching (the window closes); a check under way is let finish."""
        self._poll.stop()
        self._no_shows.stop()
        if self._listener is not None:
            self._listener.stop()
            self._listener = None
        if self._watcher is not None:
            self._watcher.close()
        if self._database_check is not None:
            self._database_check.wait()

    @Slot(str)
    def on_database_check_finished(self, text: str) -> None:
        self._report(text.splitlines()[0])

    @Slot()
    def on_poll_timeout(self) -> None:
        if self._watcher is not None and self._watcher.changed():
            # Announced, so an open form checks itself against the other desk's change too.
            self._bus.announce(None)

    @Slot()
    def on_listener_noticed(self) -> None:
        # Announced, so an open form checks itself against the other desk's change too.
        self._bus.announce(None)

    @Slot()
    def on_no_shows_timeout(self) -> None:
        if self._services is None:
            return
        change = self._services.bookings.release_no_shows()
        if change.bookings:
            self._bus.announce(change)
            self._report(self._released_text(change))
