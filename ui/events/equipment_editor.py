"""The event dialog's equipment box: how many of each item, and how many are free then."""

from PySide6.QtCore import Signal, Slot
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QSpinBox, QWidget

from booking.events.service import EquipmentInfo
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, hint_label, problem_label
from ui.plain import PlainLabel


class CappedSpinBox(QSpinBox):
    """A spin box that turns a typed number over its maximum into the maximum and says so.

    A plain QSpinBox refuses the keystroke instead, so typing 10 where 8 is the most
    leaves 1 in the box without a word.
    """

    capped = Signal()

    def validate(self, text: str, pos: int) -> tuple[QValidator.State, str, int]:
        digits = text.strip()
        if digits.isdigit() and int(digits) > self.maximum():
            self.capped.emit()
            return QValidator.State.Acceptable, str(self.maximum()), len(str(self.maximum()))
        return super().validate(text, pos)


class EquipmentEditor(QGroupBox):
    """One spin box per inventory item; `changed` whenever a quantity changes."""

    changed = Signal()

    def __init__(self, *, inventory: list[EquipmentInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._inventory = inventory
        self._free: dict[str, int] = {}
        self.spins: dict[str, CappedSpinBox] = {}
        self.hints: dict[str, QLabel] = {}
        self._capped: set[str] = set()
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(2, 1)  # the names keep their width; the hints wrap
        for row, item in enumerate(inventory):
            name = PlainLabel(item.name, self)
            name.setMinimumWidth(name.sizeHint().width())
            spin = CappedSpinBox(self)
            spin.setObjectName(f"equipment_{item.code}")
            spin.setRange(0, item.quantity)
            spin.setMinimumWidth(64)
            name.setBuddy(spin)
            hint = hint_label(self)
            hint.setWordWrap(True)
            grid.addWidget(name, row, 0)
            grid.addWidget(spin, row, 1)
            grid.addWidget(hint, row, 2)
            self.spins[item.code] = spin
            self.hints[item.code] = hint
        self.error_label = problem_label(self)
        self.error_label.setObjectName("equipmentProblem")
        grid.addWidget(self.error_label, len(inventory), 0, 1, 3)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        for code, spin in self.spins.items():
            spin.valueChanged.connect(self.on_spin_value_changed)
            spin.capped.connect(lambda code=code: self.on_spin_capped(code))

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Equipment"))
        for item in self._inventory:
            self.spins[item.code].setSpecialValueText(self.tr("—"))
            self.spins[item.code].setToolTip(self.tr("How many {0} (up to {1})").format(
                item.name.lower(), item.quantity))
        self._show_hints()

    def values(self) -> dict[str, int]:
        """The items asked for, by code (only those with a quantity)."""
        return {code: spin.value() for code, spin in self.spins.items() if spin.value()}

    def show_free(self, free: dict[str, int]) -> None:
        """How many of each item other events leave free over this event's time."""
        self._free = dict(free)
        self._show_hints()

    def _show_hints(self) -> None:
        for item in self._inventory:
            hint = self.hints[item.code]
            free = self._free.get(item.code, item.quantity)
            wanted = self.spins[item.code].value()
            if item.code in self._capped and wanted == item.quantity:
                hint.setText(self.tr("at most {0}").format(item.quantity))
            elif free >= item.quantity:
                hint.setText(self.tr("of {0}").format(item.quantity))
            else:
                hint.setText(self.tr("{0} of {1} free then").format(free, item.quantity))
            colour = ERROR_COLOUR if wanted > free else HINT_COLOUR
            hint.setStyleSheet(f"color: {colour};")

    def on_spin_capped(self, code: str) -> None:
        self._capped.add(code)
        self._show_hints()

    @Slot(int)
    def on_spin_value_changed(self, _value: int) -> None:
        for code, spin in self.spins.items():
            if spin.value() != spin.maximum():
                self._capped.discard(code)
        self._show_hints()
        self.changed.emit()
