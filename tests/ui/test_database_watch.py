"""The window hears of other desks' changes: a server's notices on a listener thread, SQLite's
data_version on a timer."""

import threading
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from booking.services import Services
from ui.bus import ChangeBus
from ui.database_watch import DatabaseWatch


class PushingWatcher:
    """Stands in for a server's change notices: wait() returns True when told a change came."""

    pushes = True

    def __init__(self, *, failures: int = 0) -> None:
        self.came = threading.Event()
        self.failures = failures
        self.closed = False
        self.waits = 0

    def wait(self, timeout: float) -> bool:
        self.waits += 1
        if self.failures:
            self.failures -= 1
            raise OSError("server closed the connection unexpectedly")
        came = self.came.wait(timeout)
        self.came.clear()
        return came

    def changed(self) -> bool:
        return self.wait(0)

    def close(self) -> None:
        self.closed = True


class FakeServices:
    def __init__(self, watcher: Any) -> None:
        self.watcher = watcher

    def change_watcher(self) -> Any:
        return self.watcher


def _watch(qtbot: QtBot) -> tuple[DatabaseWatch, ChangeBus]:
    host = QWidget()
    qtbot.addWidget(host)
    bus = ChangeBus(host)
    watch = DatabaseWatch(window=host, bus=bus, report=lambda _text: None,
                          released_text=lambda _change: "")
    return watch, bus


def test_a_servers_notice_refreshes_the_window_at_once(qtbot: QtBot) -> None:
    watch, bus = _watch(qtbot)
    watcher = PushingWatcher()
    watch.attach(FakeServices(watcher))  # type: ignore[arg-type]
    try:
        assert not watch._poll.isActive()  # nothing asked on a timer: the notices come
        with qtbot.waitSignal(bus.changed, timeout=1000) as announced:
            watcher.came.set()
        assert announced.args == [None]
    finally:
        watch.stop()
    assert watcher.closed


def test_the_listener_keeps_trying_when_the_server_is_away(qtbot: QtBot,
                                                           monkeypatch: Any) -> None:
    monkeypatch.setattr("ui.database_watch.RETRY_S", 0.01)
    watch, bus = _watch(qtbot)
    watcher = PushingWatcher(failures=2)
    watch.attach(FakeServices(watcher))  # type: ignore[arg-type]
    try:
        qtbot.waitUntil(lambda: watcher.waits >= 3, timeout=2000)
        with qtbot.waitSignal(bus.changed, timeout=1000):
            watcher.came.set()
    finally:
        watch.stop()


def test_stopping_ends_the_listener_thread(qtbot: QtBot) -> None:
    watch, _bus = _watch(qtbot)
    watcher = PushingWatcher()
    watch.attach(FakeServices(watcher))  # type: ignore[arg-type]
    listener = watch._listener
    assert listener is not None and listener.isRunning()

    watch.stop()

    assert listener.isFinished() and watch._listener is None and watcher.closed


def test_sqlite_is_asked_on_a_timer(qtbot: QtBot, services: Services) -> None:
    watch, _bus = _watch(qtbot)
    watch.attach(services)
    try:
        assert watch._poll.isActive() and watch._listener is None
    finally:
        watch.stop()
