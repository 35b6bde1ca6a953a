"""Fields the booking and event dialogs build alike: text lines, the organization, attendees."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLabel, QLineEdit, QSpinBox, QWidget

from booking.policy import MAX_ATTENDEES, MAX_TITLE
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, hint_label


def line_edit(parent: QWidget, name: str, *, max_length: int = 200) -> QLineEdit:
    """A named one-line text field."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


def title_edit(parent: QWidget) -> QLineEdit:
    """The title field. It takes more than the engine's limit, so an over-long title is
    refused in the engine's words (with the counter beside it) instead of cut off unseen."""
    return line_edit(parent, "titleEdit", max_length=MAX_TITLE * 5)


class LengthCounter:
    """“187/200” beside a text field near its limit, red over it; hidden well short of it."""

    def __init__(self, edit: QLineEdit, parent: QWidget, *, limit: int = MAX_TITLE) -> None:
        self.limit = limit
        self.label: QLabel = hint_label(parent)
        self.label.setObjectName(f"{edit.objectName()}Counter")
        edit.textChanged.connect(self.on_edit_text_changed)
        self.on_edit_text_changed(edit.text())

    def on_edit_text_changed(self, text: str) -> None:
        length = len(text.strip())
        self.label.setText(f"{length}/{self.limit}")
        colour = ERROR_COLOUR if length > self.limit else HINT_COLOUR
        self.label.setStyleSheet(f"color: {colour};")
        self.label.setHidden(length < self.limit - 20)


def organization_edit(parent: QWidget, names: Iterable[str], *,
                      visible_items: int | None = None) -> QLineEdit:
    """The organization field, completing any part of a known name."""
    edit = line_edit(parent, "organizationEdit")
    edit.setClearButtonEnabled(True)
    completer = QCompleter(sorted(names, key=str.casefold), parent)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    if visible_items is not None:
        completer.setMaxVisibleItems(visible_items)
    edit.setCompleter(completer)
    return edit


def attendees_spin(parent: QWidget) -> QSpinBox:
    """How many people are expected."""
    spin = QSpinBox(parent)
    spin.setObjectName("attendeesSpin")
    spin.setRange(0, MAX_ATTENDEES)
    spin.setMinimumWidth(90)
    return spin
