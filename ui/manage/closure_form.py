"""The form for a new closure: the building or one room, first and last day, and why."""

from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.timeutil import BUILDING_TZ, local
from ui.manage.affected import save_with_choice
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate

if TYPE_CHECKING:
    from booking.closures import ClosureOutcome
    from booking.services import Services

BUILDING = ""


def day_span(first: date, last: date) -> tuple[datetime, datetime]:
    """From the first moment of `first` to the end of `last`, in the building's time."""
    return (datetime.combine(first, time(0), tzinfo=BUILDING_TZ),
            datetime.combine(last + timedelta(days=1), time(0), tzinfo=BUILDING_TZ))


class ClosureForm(QDialog):
    """Asks what closes, when and why; saving lists the bookings in the way first."""

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("closureForm")
        self._services = services
        self.outcome: ClosureOutcome | None = None
        today = local(services.now()).date()
        self.where_combo = QComboBox(self)
        self.where_combo.setObjectName("whereCombo")
        self.where_combo.addItem("", BUILDING)
        for room in services.rooms():
            if room.bookable:
                self.where_combo.addItem(f"{room.name} ({room.code})", room.code)
        self.from_edit = self._date_edit("fromEdit", today)
        self.to_edit = self._date_edit("toEdit", today)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(400)
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.form = QFormLayout()
        self.where_label = PlainLabel(self)
        self.from_label = PlainLabel(self)
        self.to_label = PlainLabel(self)
        self.reason_label = PlainLabel(self)
        self.form.addRow(self.where_label, self.where_combo)
        self.form.addRow(self.from_label, self.from_edit)
        self.form.addRow(self.to_label, self.to_edit)
        self.form.addRow(self.reason_label, self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(480)
        self._connect_signals()
        self.retranslate_ui()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        edit.setDate(qdate(day))
        return edit

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New closure"))
        self.where_combo.setItemText(0, self.tr("The whole building"))
        self.where_label.setText(self.tr("&Closes:"))
        self.where_label.setBuddy(self.where_combo)
        self.from_label.setText(self.tr("&First day:"))
        self.from_label.setBuddy(self.from_edit)
        self.to_label.setText(self.tr("&Last day:"))
        self.to_label.setBuddy(self.to_edit)
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_label.setBuddy(self.reason_edit)
        self.reason_edit.setPlaceholderText(self.tr("Shown to the desk, e.g. Electrical work"))

    def choose_room(self, code: str) -> None:
        """Close this room (or, with "", the whole building)."""
        self.where_combo.setCurrentIndex(max(0, self.where_combo.findData(code)))

    def show_problem(self, text: str) -> None:
        self.message_label.setText(text)

    @Slot()
    def on_buttons_accepted(self) -> None:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        if last < first:
            self.show_problem(self.tr("The last day ({0:%a %d %b %Y}) is before the first "
                                      "({1:%a %d %b %Y}); choose the days again.")
                              .format(last, first))
            return
        start, end = day_span(first, last)
        room = str(self.where_combo.currentData()) or None
        services = self._services
        try:
            outcome = save_with_choice(
                lambda on: services.closure_tools.add(
                    actor=services.actor, reason=self.reason_edit.text(), start=start, end=end,
                    room=room, on_bookings=on),
                what="closure", parent=self)
        except BookingError as exc:
            self.show_problem(self.tr("Not saved: {0}").format(exc.message))
            return
        if outcome is None:
            self.show_problem(self.tr("Not saved: the bookings in the way were left as they "
                                      "are. Change the days, or save again to choose."))
            return
        self.outcome = outcome
        self.accept()

    @classmethod
    def ask(cls, *, services: "Services", room: str | None = None,
            parent: QWidget | None = None) -> "ClosureOutcome | None":
        """Show the form and wait; the closure saved, or None."""
        dialog = cls(services=services, parent=parent)
        if room:
            dialog.choose_room(room)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()
