"""Small questions the window asks; each a function tests can replace."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from booking.timeutil import BUILDING_TZ, local
from booking.views import BookingView
from ui.plain import PlainLabel, ask_text
from ui.qdates import pydate, qdate, shown


class CancelReason:
    """Asks why a booking is cancelled (a reason is required)."""

    @classmethod
    def ask(cls, parent: QWidget, booking: BookingView) -> str | None:
        start, end = local(booking.start), local(booking.end)
        text = ask_text(
            parent, parent.tr("Cancel booking"),
            parent.tr("Cancel '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}?\n"
                      "Say why (the reason is kept with the booking):").format(
                booking.title, booking.room_name, shown(start), end))
        if text is None:
            return None
        text = text.strip()
        return text or None


class RoomChoice:
    """Asks which of the free rooms a booking moves to."""

    @classmethod
    def ask(cls, parent: QWidget, booking: BookingView,
            rooms: list[tuple[int, str]]) -> int | None:
        """rooms: (room id, how it is shown); the id chosen, or None."""
        dialog = QInputDialog(parent)
        dialog.setWindowTitle(parent.tr("Move to another room"))
        dialog.setLabelText(parent.tr("Move '{0}' ({1:%a %d %b %H:%M}–{2:%H:%M}) to:").format(
            booking.title, shown(local(booking.start)), local(booking.end)))
        for label in dialog.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)
        dialog.setComboBoxItems([text for _id, text in rooms])
        dialog.setComboBoxEditable(False)
        if not dialog.exec():
            return None
        chosen = dialog.textValue()
        return next((room_id for room_id, text in rooms if text == chosen), None)


class TimeChoice(QDialog):
    """Asks for a booking's new day and times (the room stays)."""

    def __init__(self, parent: QWidget, booking: BookingView) -> None:
        super().__init__(parent)
        self.setObjectName("timeChoice")
        start, end = local(booking.start), local(booking.end)
        self._booking = booking
        self.question = PlainLabel(self)
        self.date_edit = QDateEdit(qdate(start.date()), self)
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.start_edit = QTimeEdit(QTime(start.hour, start.minute), self)
        self.end_edit = QTimeEdit(QTime(end.hour, end.minute), self)
        for edit in (self.start_edit, self.end_edit):
            edit.setDisplayFormat("HH:mm")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.date_edit, 2)
        row.addWidget(self.start_edit, 1)
        row.addWidget(PlainLabel("–", self))
        row.addWidget(self.end_edit, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.question)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.question.setText(self.tr("New time for '{0}' in {1}:").format(
            self._booking.title, self._booking.room_name))
        self.setWindowTitle(self.tr("Change time"))

    def span(self) -> tuple[datetime, datetime]:
        """The times chosen; an end at or before the start runs to the next day."""
        day = pydate(self.date_edit.date())
        start = datetime.combine(day, time(self.start_edit.time().hour(),
                                           self.start_edit.time().minute()), tzinfo=BUILDING_TZ)
        end = datetime.combine(day, time(self.end_edit.time().hour(),
                                         self.end_edit.time().minute()), tzinfo=BUILDING_TZ)
        return start, end if end > start else end + timedelta(days=1)

    @classmethod
    def ask(cls, parent: QWidget, booking: BookingView) -> tuple[datetime, datetime] | None:
        dialog = cls(parent, booking)
        try:
            return dialog.span() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
