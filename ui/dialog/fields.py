"""Fields the booking and event dialogs build alike: text lines, the organization, attendees."""

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QSpinBox, QWidget

from booking.policy import MAX_ATTENDEES


def line_edit(parent: QWidget, name: str, *, max_length: int = 200) -> QLineEdit:
    """A named one-line text field."""
    edit = QLineEdit(parent)
    edit.setObjectName(name)
    edit.setMaxLength(max_length)
    return edit


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
