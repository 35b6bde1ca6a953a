"""The audit trail in the window: the whole trail with filters (managers and administrators),
one booking's history (from its dialog), and the chain's verification."""

from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.timeutil import BUILDING_TZ, local
from booking.tool_views import AuditVerdict
from ui.dialog.widgets import ERROR_COLOUR, OK_COLOUR
from ui.models.audit_model import AuditModel
from ui.models.rows import refresh_words
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate
from ui.tables import row_table

if TYPE_CHECKING:
    from booking.services import Services


# #, when, who, action, what, (changes take the rest), reason
AUDIT_WIDTHS = (60, 170, 90, 130, 110, 0, 160)


class AuditDialog(QDialog):
    """Building → Audit trail…: entries filtered by booking, person and days; Verify."""

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditDialog")
        self._services = services
        today = local(services.now()).date()
        self.model = AuditModel(self)
        self.table = row_table(self, self.model, name="auditTable", widths=AUDIT_WIDTHS,
                               stretch=5, single=False, wrap=False)
        self.booking_spin = QSpinBox(self)
        self.booking_spin.setObjectName("auditBookingSpin")
        self.booking_spin.setRange(0, 2_000_000_000)
        self.actor_edit = QLineEdit(self)
        self.actor_edit.setObjectName("auditActorEdit")
        self.days_check = QCheckBox(self)
        self.days_check.setObjectName("auditDaysCheck")
        self.from_edit = QDateEdit(qdate(today - timedelta(days=7)), self)
        self.to_edit = QDateEdit(qdate(today), self)
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        self.filter_button = QPushButton(self)
        self.filter_button.setObjectName("auditFilterButton")
        self.verify_button = QPushButton(self)
        self.verify_button.setObjectName("verifyButton")
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("auditMessage")
        self.message_label.setWordWrap(True)
        self.labels = [PlainLabel(self) for _ in range(2)]
        self.labels[0].setBuddy(self.booking_spin)
        self.labels[1].setBuddy(self.actor_edit)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        filters = QHBoxLayout()
        for widget in (self.labels[0], self.booking_spin, self.labels[1], self.actor_edit,
                       self.days_check, self.from_edit, self.to_edit, self.filter_button):
            filters.addWidget(widget)
        filters.addStretch(1)
        filters.addWidget(self.verify_button)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(1100, 560)
        self._connect_signals()
        self.retranslate_ui()
        self.on_days_check_toggled(False)
        self.reload()

    def _connect_signals(self) -> None:
        self.filter_button.clicked.connect(self.reload)
        self.actor_edit.returnPressed.connect(self.reload)
        self.days_check.toggled.connect(self.on_days_check_toggled)
        self.verify_button.clicked.connect(self.on_verify_button_clicked)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("Audit trail"))
        self.labels[0].setText(self.tr("&Booking"))
        self.booking_spin.setSpecialValueText(self.tr("any"))
        self.labels[1].setText(self.tr("&Who"))
        self.actor_edit.setPlaceholderText(self.tr("any account"))
        self.days_check.setText(self.tr("&Days"))
        self.filter_button.setText(self.tr("&Show"))
        self.verify_button.setText(self.tr("&Verify the chain"))
        self.verify_button.setToolTip(self.tr(
            "Check that no entry was changed, deleted, inserted or reordered"))

    @Slot(bool)
    def on_days_check_toggled(self, checked: bool) -> None:
        self.from_edit.setEnabled(checked)
        self.to_edit.setEnabled(checked)

    @Slot()
    def reload(self) -> None:
        start = end = None
        if self.days_check.isChecked():
            start = datetime.combine(pydate(self.from_edit.date()), time(0), tzinfo=BUILDING_TZ)
            end = datetime.combine(pydate(self.to_edit.date()) + timedelta(days=1), time(0),
                                   tzinfo=BUILDING_TZ)
        try:
            entries = self._services.audit_entries(
                booking=self.booking_spin.value() or None,
                actor=self.actor_edit.text().strip() or None, start=start, end=end)
        except BookingError as error:
            self._say(error.message, ok=False)
            return
        self.model.set_entries(entries)
        self.table.scrollToBottom()
        self._say(self.tr("{0} entries, oldest first.").format(len(entries)), ok=True)

    @Slot()
    def on_verify_button_clicked(self) -> None:
        try:
            verdict = self._services.audit_verify()
        except BookingError as error:
            self._say(error.message, ok=False)
            return
        self._say(verdict_text(self, verdict), ok=verdict.ok)

    def _say(self, text: str, *, ok: bool) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {OK_COLOUR if ok else ERROR_COLOUR};")

    @classmethod
    def show_for(cls, *, services: "Services", parent: QWidget | None = None) -> None:
        dialog = cls(services=services, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


def verdict_text(context: QWidget, verdict: AuditVerdict) -> str:
    """The chain's verdict in words."""
    if verdict.ok:
        return context.tr("The audit trail is whole: {0} entries, none changed, deleted, "
                          "inserted or reordered.").format(verdict.entries)
    return context.tr("The audit trail is broken at entry #{0} ({1}): {2}").format(
        verdict.broken_id, verdict.how, verdict.message)


class HistoryDialog(QDialog):
    """One booking's history, oldest first: who did what, when, and why."""

    def __init__(self, *, services: "Services", booking_id: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("historyDialog")
        self._booking_id = booking_id
        self.model = AuditModel(self)
        self.table = row_table(self, self.model, name="historyTable", widths=AUDIT_WIDTHS,
                               stretch=5, single=False, wrap=False)
        self.message_label = PlainLabel(self)
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.resize(1000, 360)
        try:
            self.model.set_entries(services.booking_history(booking_id))
        except BookingError as error:
            self.message_label.setText(error.message)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("History of booking #{0}").format(self._booking_id))

    @classmethod
    def show_for(cls, *, services: "Services", booking_id: int,
                 parent: QWidget | None = None) -> None:
        dialog = cls(services=services, booking_id=booking_id, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

