"""The event dialog's form grid: a label, a field and the field's problem line per row."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLabel, QSpinBox, QWidget

from booking.events.request_rules import MAX_SETUP_MIN
from booking.policy import SLOT_MINUTES
from ui.dialog.widgets import problem_label
from ui.plain import PlainLabel


class FormGrid:
    """Rows of label and field on a container; every field gets a hidden problem line."""

    def __init__(self, container: QWidget) -> None:
        self._container = container
        self.grid = QGridLayout(container)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(4)
        self.grid.setColumnMinimumWidth(0, 92)
        self.grid.setColumnStretch(1, 1)
        self.labels: dict[str, QLabel] = {}
        self.errors: dict[str, QLabel] = {}
        self._row = 0

    def add_row(self, key: str, field: QWidget | QHBoxLayout, *, buddy: QWidget | None = None,
                two_lines: bool = False) -> None:
        label = PlainLabel(self._container)
        label.setBuddy(buddy if buddy is not None else field)  # type: ignore[arg-type]
        self.labels[key] = label
        if two_lines:
            # Level with the first line of a two-line field.
            label.setContentsMargins(0, 5, 0, 0)
            self.grid.addWidget(label, self._row, 0, Qt.AlignmentFlag.AlignTop)
        else:
            self.grid.addWidget(label, self._row, 0)
        if isinstance(field, QWidget):
            self.grid.addWidget(field, self._row, 1)
        else:
            self.grid.addLayout(field, self._row, 1)
        error = problem_label(self._container)
        error.setObjectName(f"{key}Problem")
        self.grid.addWidget(error, self._row + 1, 1)
        self.errors[key] = error
        self._row += 2

    def finish(self) -> None:
        """Let the space left over gather below the last row."""
        self.grid.setRowStretch(self._row, 1)


def row_of(*widgets: QWidget, stretch: int | None = None) -> QHBoxLayout:
    """Widgets side by side; with stretch, the last one takes the room left."""
    row = QHBoxLayout()
    row.setSpacing(6)
    for widget in widgets:
        row.addWidget(widget)
    if stretch is not None:
        row.setStretch(len(widgets) - 1, stretch)
    return row


def minutes_spin(parent: QWidget, name: str) -> QSpinBox:
    """Setup or teardown minutes, stepping by the booking slot."""
    spin = QSpinBox(parent)
    spin.setObjectName(name)
    spin.setRange(0, MAX_SETUP_MIN)
    spin.setSingleStep(SLOT_MINUTES)
    spin.setMinimumWidth(90)
    return spin
