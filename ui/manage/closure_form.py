"""The form for a new closure: the building or one room, first and last day, and why."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QComboBox, QLineEdit, QWidget

from booking.errors import BookingError
from booking.timeutil import local
from ui.manage.affected import save_with_choice
from ui.manage.form import ManagerForm, date_edit, day_span
from ui.qdates import pydate

if TYPE_CHECKING:
    from booking.closures import ClosureOutcome
    from booking.services import Services

BUILDING = ""


class ClosureForm(ManagerForm):
    """Asks what closes, when and why; saving lists the bookings in the way first."""

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(name="closureForm", parent=parent)
        self._services = services
        self.outcome: ClosureOutcome | None = None
        today = local(services.now()).date()
        self.where_combo = QComboBox(self)
        self.where_combo.setObjectName("whereCombo")
        self.where_combo.addItem("", BUILDING)
        for room in services.rooms():
            if room.bookable:
                self.where_combo.addItem(f"{room.name} ({room.code})", room.code)
        self.from_edit = date_edit(self, "fromEdit", today)
        self.to_edit = date_edit(self, "toEdit", today)
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(400)
        self.where_label = self.row(self.where_combo)
        self.from_label = self.row(self.from_edit)
        self.to_label = self.row(self.to_edit)
        self.reason_label = self.row(self.reason_edit)
        self.setMinimumWidth(480)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New closure"))
        self.where_combo.setItemText(0, self.tr("The whole building"))
        self.where_label.setText(self.tr("&Closes:"))
        self.from_label.setText(self.tr("&First day:"))
        self.to_label.setText(self.tr("&Last day:"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("Shown to the desk, e.g. Electrical work"))

    def choose_room(self, code: str) -> None:
        """Close this room (or, with "", the whole building)."""
        self.where_combo.setCurrentIndex(max(0, self.where_combo.findData(code)))

    @Slot()
    def on_buttons_accepted(self) -> None:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        problem = self.days_problem(first, last)
        if problem:
            self.show_problem(problem)
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
