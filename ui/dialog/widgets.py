"""Small widgets and text helpers that the booking dialog's parts share."""

from datetime import date, datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QWidget

from booking.timeutil import BUILDING_TZ
from ui.plain import PlainLabel

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#2e6b34"
HINT_COLOUR = "#5f6b76"
DAY_MINUTES = 24 * 60


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (the arrow keys move between its parts)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


def problem_label(parent: QWidget) -> QLabel:
    """A hidden line in the error colour, for what stands in the way of saving."""
    label = PlainLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def hint_label(parent: QWidget) -> QLabel:
    """A small grey line that explains a field."""
    label = PlainLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


def seats(count: int) -> str:
    """How many people a room or layout holds, in the same words wherever the dialog says it."""
    # Outside any one widget, so translated in the dialog's own context.
    if count == 1:
        return QCoreApplication.translate("BookingDialog", "1 seat")
    return QCoreApplication.translate("BookingDialog", "{0} seats").format(count)


def sentence(message: str) -> str:
    """The engine's words, starting with a capital as a line of its own."""
    return message[:1].upper() + message[1:]


def clock(minutes: int) -> str:
    """Minutes after the first day's midnight as a clock time (24:00 is that midnight)."""
    if minutes > DAY_MINUTES:
        return f"{minutes // 60 - 24:02d}:{minutes % 60:02d} +1"
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def duration_text(minutes: int) -> str:
    """A length of time in hours and minutes, e.g. "1 h 30 min"."""
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def minutes_after_midnight(day: date, value: datetime) -> int:
    """Minutes from the local midnight starting a date to an instant."""
    midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    return int((value - midnight).total_seconds() // 60)


def select_minutes(combo: QComboBox, minutes: int) -> None:
    """Select a time, adding it when it is off the 15-minute grid (a manager's override) or
    on the next day, so an edit never shifts a booking it did not mean to move."""
    index = combo.findData(minutes)
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemData(i) > minutes),
                     combo.count())
        combo.insertItem(index, clock(minutes), minutes)
    combo.setCurrentIndex(index)


def label_ends(combo: QComboBox, start: int) -> None:
    """Label each end time of a list with the length it gives after a start, "11:30  (1 h)"."""
    for index in range(combo.count()):
        minutes = int(combo.itemData(index))
        text = clock(minutes)
        if minutes > start:
            text = QCoreApplication.translate("BookingDialog", "{0}  ({1})").format(
                text, duration_text(minutes - start))
        combo.setItemText(index, text)
