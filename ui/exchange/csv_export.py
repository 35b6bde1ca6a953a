"""The little dialog File → Export bookings (CSV)… asks first: which days, which room."""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from booking.views import RoomInfo
from ui.qdates import LONG_DATE, pydate, qdate


@dataclass(frozen=True)
class ExportChoice:
    """The days (both included) and the room (None: every room) to export."""

    first: date
    last: date
    room: str | None


class CsvExportDialog(QDialog):
    """From, to and room for a CSV export."""

    def __init__(self, *, rooms: list[RoomInfo], first: date, last: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("csvExportDialog")
        self.intro_label = QLabel(self)
        self.intro_label.setWordWrap(True)
        self.from_edit = QDateEdit(qdate(first), self)
        self.from_edit.setObjectName("fromEdit")
        self.to_edit = QDateEdit(qdate(last), self)
        self.to_edit.setObjectName("toEdit")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(LONG_DATE)
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        self.room_combo.addItem("", None)
        for room in rooms:
            self.room_combo.addItem(f"{room.code} — {room.name}", room.code)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.from_label, self.to_label, self.room_label = (QLabel(self) for _ in range(3))
        form = QFormLayout()
        form.addRow(self.from_label, self.from_edit)
        form.addRow(self.to_label, self.to_edit)
        form.addRow(self.room_label, self.room_combo)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro_label)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.from_edit.dateChanged.connect(self.on_from_edit_date_changed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Export bookings (CSV)"))
        self.intro_label.setText(self.tr(
            "Bookings that hold their room on these days go into a CSV file that a "
            "spreadsheet opens."))
        self.from_label.setText(self.tr("From:"))
        self.to_label.setText(self.tr("To:"))
        self.room_label.setText(self.tr("Room:"))
        self.room_combo.setItemText(0, self.tr("Every room"))

    @Slot()
    def on_from_edit_date_changed(self) -> None:
        if self.to_edit.date() < self.from_edit.date():
            self.to_edit.setDate(self.from_edit.date())

    def choice(self) -> ExportChoice:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        room = self.room_combo.currentData()
        return ExportChoice(first, max(first, last), str(room) if room else None)

    @classmethod
    def ask(cls, parent: QWidget, *, rooms: list[RoomInfo], first: date,
            last: date | None = None) -> ExportChoice | None:
        """What to export, or None when the person cancels (tests replace this)."""
        dialog = cls(rooms=rooms, first=first, last=last or first + timedelta(days=6),
                     parent=parent)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
