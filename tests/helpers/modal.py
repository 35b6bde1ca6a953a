"""Acting on a modal dialog the code under test opens and waits on (exec)."""

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget

W = TypeVar("W", bound=QWidget)


def when_modal(kind: type[W], act: Callable[[W], None], tries: int = 500) -> None:
    """Act on the next modal window of this kind once it is up (polled every 10 ms)."""
    def attempt(left: int) -> None:
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            act(widget)
        elif left:
            QTimer.singleShot(10, lambda: attempt(left - 1))
    QTimer.singleShot(0, lambda: attempt(tries))
