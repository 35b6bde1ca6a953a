"""Pieces the event details and the request cards build alike: rich text, scrolling, buttons."""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QFrame, QHBoxLayout, QLabel, QScrollArea, QWidget

from ui.dialog.widgets import HINT_COLOUR


def rich_label(parent: QWidget) -> QLabel:
    """A label that wraps and reads its text as HTML."""
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


def plain_scrolling(area: QScrollArea) -> None:
    """Scroll up and down only, without a frame, the content as wide as the area."""
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)


def buttons_right(*buttons: QAbstractButton) -> QHBoxLayout:
    """Buttons in a row at the right."""
    row = QHBoxLayout()
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def hint_html(text: str) -> str:
    """Text in the quiet hint colour, escaped for a rich-text label."""
    return f"<span style='color:{HINT_COLOUR}'>" + escape(text) + "</span>"
