"""Text a person typed is shown as typed: labels, tooltips and questions never guess rich text.

Qt shows a label's or tooltip's text as HTML when it merely looks like HTML, so a booking
titled `<font size=7 color=red>ROOM CLOSED</font>` would shout across the window. Every label
is a PlainLabel unless it is rich on purpose (then it escapes what it shows), every tooltip
that carries such text goes through plain_tooltip.
"""

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QLineEdit, QWidget


class PlainLabel(QLabel):
    """A QLabel whose text is always plain text."""

    def __init__(self, text_or_parent: str | QWidget | None = None,
                 parent: QWidget | None = None) -> None:
        if isinstance(text_or_parent, str):
            super().__init__(text_or_parent, parent)
        else:
            super().__init__(text_or_parent if text_or_parent is not None else parent)
        self.setTextFormat(Qt.TextFormat.PlainText)


def plain_tooltip(text: str) -> str:
    """A tooltip that shows `text` as written, line breaks kept."""
    if not text:
        return ""
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"


def ask_text(parent: QWidget, title: str, question: str) -> str | None:
    """QInputDialog.getText whose question (which may quote a title) stays plain text."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(question)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
    for label in dialog.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)
    if not dialog.exec():
        return None
    return dialog.textValue()
