"""The forms of the terms planner: assign a room to a team for a term, and end a term."""

from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLineEdit,
    QWidget,
)

from booking.errors import BookingError
from booking.timeutil import local
from booking.tool_views import TermView
from booking.views import RoomInfo
from ui.manage.affected import save_with_choice
from ui.manage.form import ManagerForm, date_edit, day_span
from ui.plain import PlainLabel
from ui.qdates import pydate, shown

if TYPE_CHECKING:
    from booking.services import Services
    from booking.terms import TermOutcome


class TermForm(ManagerForm):
    """Assigns a production room to a team from a first to a last day; saving lists the other
    teams' bookings in the way first."""

    def __init__(self, *, services: "Services", rooms: list[RoomInfo], room: str | None,
                 first: date, last: date, parent: QWidget | None = None) -> None:
        super().__init__(name="termForm", parent=parent)
        self._services = services
        self.outcome: TermOutcome | None = None
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        self._rooms = rooms
        for info in rooms:
            self.room_combo.addItem(info.code, info.code)
        self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(room)))
        self.team_edit = QLineEdit(self)
        self.team_edit.setObjectName("teamEdit")
        completer = QCompleter(list(services.organizations()), self.team_edit)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.team_edit.setCompleter(completer)
        self.from_edit = date_edit(self, "fromEdit", first)
        self.to_edit = date_edit(self, "toEdit", last)
        self.note_edit = QLineEdit(self)
        self.note_edit.setObjectName("noteEdit")
        self.room_label = self.row(self.room_combo)
        self.team_label = self.row(self.team_edit)
        self.from_label = self.row(self.from_edit)
        self.to_label = self.row(self.to_edit)
        self.note_label = self.row(self.note_edit)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.retranslate_ui()
        self.team_edit.setFocus()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Assign to team"))
        for index, info in enumerate(self._rooms):
            self.room_combo.setItemText(index, self.tr("{0} · {1} seats").format(
                info.code, info.capacity))
        self.room_label.setText(self.tr("&Room:"))
        self.team_label.setText(self.tr("&Team:"))
        self.team_edit.setPlaceholderText(self.tr("Organization the room is for"))
        self.from_label.setText(self.tr("&First day:"))
        self.to_label.setText(self.tr("&Last day:"))
        self.note_label.setText(self.tr("&Note:"))
        self.note_edit.setPlaceholderText(self.tr("Optional; given as the reason to bookings "
                                                  "it cancels"))

    @Slot()
    def on_buttons_accepted(self) -> None:
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        problem = self.days_problem(first, last)
        if problem:
            self.show_problem(problem)
            return
        start, end = day_span(first, last)
        room = str(self.room_combo.currentData())
        services = self._services
        try:
            outcome = save_with_choice(
                lambda on: services.terms.assign(
                    actor=services.actor, room=room, team=self.team_edit.text(), start=start,
                    end=end, note=self.note_edit.text(), on_bookings=on),
                what="term", parent=self)
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
    def ask(cls, *, services: "Services", rooms: list[RoomInfo], room: str | None,
            first: date, last: date, parent: QWidget | None = None) -> "TermOutcome | None":
        """Show the form and wait; the term saved, or None."""
        dialog = cls(services=services, rooms=rooms, room=room, first=first, last=last,
                     parent=parent)
        try:
            dialog.exec()
            return dialog.outcome
        finally:
            dialog.deleteLater()


def last_day(term: TermView) -> date:
    """The last day a term covers (its end is the first moment after it)."""
    return (local(term.end) - timedelta(seconds=1)).date()


class EndTermForm(ManagerForm):
    """Ends a term on a chosen last day, or withdraws it whole."""

    def __init__(self, *, services: "Services", term: TermView, on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(name="endTermForm", parent=parent)
        self._services = services
        self.term = term
        self.ended: TermView | None = None
        self.term_label = PlainLabel(self)
        self.term_label.setWordWrap(True)
        self.form.addRow(self.term_label)
        self.on_edit = date_edit(self, "onEdit", on)
        self.withdraw_check = QCheckBox(self)
        self.withdraw_check.setObjectName("withdrawCheck")
        self.reason_edit = QLineEdit(self)
        self.reason_edit.setObjectName("reasonEdit")
        self.on_label = self.row(self.on_edit)
        self.form.addRow("", self.withdraw_check)
        self.reason_label = self.row(self.reason_edit)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)
        self.withdraw_check.toggled.connect(self.on_withdraw_check_toggled)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        term = self.term
        self.setWindowTitle(self.tr("End term"))
        self.term_label.setText(self.tr(
            "{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y} (term #{4}).")
            .format(term.room, term.team, shown(local(term.start)), shown(last_day(term)),
                    term.id))
        self.on_label.setText(self.tr("New &last day:"))
        self.withdraw_check.setText(self.tr("&Withdraw the whole term instead"))
        self.reason_label.setText(self.tr("&Reason:"))
        self.reason_edit.setPlaceholderText(self.tr("Optional, for the audit trail"))

    @Slot(bool)
    def on_withdraw_check_toggled(self, checked: bool) -> None:
        self.on_edit.setEnabled(not checked)

    @Slot()
    def on_buttons_accepted(self) -> None:
        on = None if self.withdraw_check.isChecked() else pydate(self.on_edit.date())
        services = self._services
        try:
            self.ended = services.terms.end(actor=services.actor, term_id=self.term.id, on=on,
                                            reason=self.reason_edit.text())
        except BookingError as exc:
            self.show_problem(self.tr("Not saved: {0}").format(exc.message))
            return
        self.accept()

    @classmethod
    def ask(cls, *, services: "Services", term: TermView, on: date,
            parent: QWidget | None = None) -> TermView | None:
        """Show the form and wait; the term as ended, or None."""
        dialog = cls(services=services, term=term, on=on, parent=parent)
        try:
            dialog.exec()
            return dialog.ended
        finally:
            dialog.deleteLater()
