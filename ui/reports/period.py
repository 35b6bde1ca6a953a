"""The period a report covers: this week, this month, this quarter or days chosen."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, Signal, Slot
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QWidget

from ui.qdates import LONG_DATE, pydate, qdate

PERIODS = ("week", "month", "quarter", "custom")


def _month_start(year: int, month: int) -> date:
    """The first of a month, counting months past December into the next years."""
    return date(year + (month - 1) // 12, (month - 1) % 12 + 1, 1)


def period_days(choice: str, today: date) -> tuple[date, date]:
    """The local days [first, end) of this week (Monday first), month or quarter."""
    if choice == "week":
        first = today - timedelta(days=today.weekday())
        return first, first + timedelta(days=7)
    if choice == "month":
        return _month_start(today.year, today.month), _month_start(today.year, today.month + 1)
    month = (today.month - 1) // 3 * 3 + 1
    return _month_start(today.year, month), _month_start(today.year, month + 3)


class PeriodPicker(QWidget):
    """A period combo and the first and last day included (editable for a custom period)."""

    changed = Signal()

    def __init__(self, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._today = today
        self.period_label = QLabel(self)
        self.period_combo = QComboBox(self)
        self.period_combo.setObjectName("reportPeriodCombo")
        for choice in PERIODS:
            self.period_combo.addItem("", choice)
        self.period_combo.setCurrentIndex(PERIODS.index("month"))
        self.from_edit = self._date_edit("reportFromEdit")
        self.to_label = QLabel(self)
        self.to_edit = self._date_edit("reportToEdit")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.period_label, self.period_combo, self.from_edit, self.to_label,
                       self.to_edit):
            layout.addWidget(widget)
        self._show_days()
        self.period_combo.currentIndexChanged.connect(self.on_period_combo_changed)
        self.from_edit.dateChanged.connect(self.on_date_edit_changed)
        self.to_edit.dateChanged.connect(self.on_date_edit_changed)
        self.retranslate_ui()

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(LONG_DATE)
        return edit

    def retranslate_ui(self) -> None:
        self.period_label.setText(self.tr("Period:"))
        texts = (self.tr("This week"), self.tr("This month"), self.tr("This quarter"),
                 self.tr("Custom"))
        for index, text in enumerate(texts):
            self.period_combo.setItemText(index, text)
        self.to_label.setText(self.tr("to"))
        self.from_edit.setToolTip(self.tr("First day of the period"))
        self.to_edit.setToolTip(self.tr("Last day of the period (included)"))

    @property
    def choice(self) -> str:
        return str(self.period_combo.currentData())

    def days(self) -> tuple[date, date]:
        """The local days [first, end) chosen."""
        first, last = pydate(self.from_edit.date()), pydate(self.to_edit.date())
        return first, max(last, first) + timedelta(days=1)

    def set_today(self, today: date) -> None:
        self._today = today
        self._show_days()

    def choose(self, choice: str) -> None:
        self.period_combo.setCurrentIndex(PERIODS.index(choice))

    def set_days(self, first: date, last: date) -> None:
        """A custom period of the days first to last, both included."""
        self.blockSignals(True)
        self.choose("custom")
        self.blockSignals(False)
        self._set_edits(first, last)
        self.changed.emit()

    def _set_edits(self, first: date, last: date) -> None:
        for edit, day in ((self.from_edit, first), (self.to_edit, last)):
            edit.blockSignals(True)
            edit.setDate(qdate(day))
            edit.blockSignals(False)

    def _show_days(self) -> None:
        if self.choice != "custom":
            first, end = period_days(self.choice, self._today)
            self._set_edits(first, end - timedelta(days=1))

    @Slot(int)
    def on_period_combo_changed(self, _index: int) -> None:
        self._show_days()
        self.changed.emit()

    @Slot(QDate)
    def on_date_edit_changed(self, _value: QDate) -> None:
        if self.to_edit.date() < self.from_edit.date():
            self.to_edit.blockSignals(True)
            self.to_edit.setDate(self.from_edit.date())
            self.to_edit.blockSignals(False)
        self.period_combo.blockSignals(True)
        self.period_combo.setCurrentIndex(PERIODS.index("custom"))
        self.period_combo.blockSignals(False)
        self.changed.emit()
