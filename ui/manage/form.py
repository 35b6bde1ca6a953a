"""What the manager forms share: labelled rows, a line saying what is wrong, Save / Cancel,
and whole days in the building's time."""

from datetime import date, datetime, time, timedelta

from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from booking.timeutil import BUILDING_TZ
from ui.plain import PlainLabel
from ui.qdates import qdate, shown

PROBLEM_STYLE = "color: #b3261e;"


def day_span(first: date, last: date) -> tuple[datetime, datetime]:
    """From the first moment of `first` to the end of `last`, in the building's time."""
    return (datetime.combine(first, time(0), tzinfo=BUILDING_TZ),
            datetime.combine(last + timedelta(days=1), time(0), tzinfo=BUILDING_TZ))


def date_edit(parent: QWidget, name: str, day: date) -> QDateEdit:
    """A day field with a calendar, showing the weekday."""
    edit = QDateEdit(parent)
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("ddd d MMM yyyy")
    edit.setDate(qdate(day))
    return edit


class ManagerForm(QDialog):
    """A form laid out as labelled rows, a line for what is wrong, and Save / Cancel."""

    def __init__(self, *, name: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.form = QFormLayout()
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(PROBLEM_STYLE)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.message_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(500)

    def row(self, field: QWidget) -> PlainLabel:
        """Add a labelled row; the label (its text set in retranslate_ui) is returned."""
        label = PlainLabel(self)
        label.setBuddy(field)
        self.form.addRow(label, field)
        return label

    def show_problem(self, text: str) -> None:
        self.message_label.setText(text)

    def days_problem(self, first: date, last: date) -> str | None:
        """What is wrong with a first and last day, or None."""
        if last < first:
            return self.tr("The last day ({0:%a %d %b %Y}) is before the first "
                           "({1:%a %d %b %Y}); choose the days again.").format(
                shown(last), shown(first))
        return None
