"""The File menu as a person uses it: find an entry by its text, choose it, wait for the box."""

from typing import Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu
from pytestqt.qtbot import QtBot


class SeesBoxes(Protocol):
    """A stand-in person who notes each box the window shows: (text, ok)."""

    boxes: list[tuple[str, bool]]


def file_entry(window: QMainWindow, text: str) -> QAction:
    """The File menu's entry with this text."""
    file_menu = window.menuBar().actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return next(a for a in file_menu.actions() if a.text() == text)


def choose_and_wait(qtbot: QtBot, window: QMainWindow, person: SeesBoxes,
                    text: str) -> tuple[str, bool]:
    """Choose a File menu entry (visible and enabled) and wait for the box its job shows."""
    before = len(person.boxes)
    action = file_entry(window, text)
    assert action.isVisible() and action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: len(person.boxes) > before, timeout=15_000)
    return person.boxes[-1]
