"""The repeat section of a new booking: how often, on which days, and until when."""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QSpinBox,
    QToolButton,
    QWidget,
)

from ui.dialog.widgets import DateEdit, problem_label
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate, shown

BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REPEAT_KINDS = ("none", "daily", "weekdays", "weekly", "monthly_date", "monthly_weekday")
# Chosen weekdays must read as chosen at a glance, and the focused one as focused.
DAY_BUTTON_STYLE = (
    "QToolButton { padding: 3px 6px; border: 1px solid #b8bec4; border-radius: 3px;"
    " background: #fafafa; }"
    " QToolButton:checked { background: #2f7fc1; color: white; border-color: #2f7fc1; }"
    " QToolButton:focus { border: 2px solid #1d5c91; }")


class RepeatEditor(QWidget):
    """The repeat choices of a new booking, turned into an RFC 5545 rule."""

    changed = Signal()

    def __init__(self, *, anchor: date, with_skip: bool = True,
                 parent: QWidget | None = None) -> None:
        """with_skip: offer "Skip dates that cannot be booked" (off when the caller does)."""
        super().__init__(parent)
        self._anchor = anchor
        self._with_skip = with_skip
        self.kind_label = PlainLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("repeatKindCombo")
        for kind in REPEAT_KINDS:
            self.kind_combo.addItem("", kind)
        self.kind_label.setBuddy(self.kind_combo)
        self.every_label = PlainLabel(self)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 99)
        self.unit_label = PlainLabel(self)
        self.days_label = PlainLabel(self)
        self.day_buttons: list[QToolButton] = []
        days_row = QHBoxLayout()
        days_row.setSpacing(2)
        for weekday in range(7):
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(weekday == anchor.weekday())
            button.setMinimumWidth(40)
            button.setStyleSheet(DAY_BUTTON_STYLE)
            self.day_buttons.append(button)
            days_row.addWidget(button)
        days_row.addStretch(1)
        self.ends_label = PlainLabel(self)
        self.after_radio = QRadioButton(self)
        self.after_radio.setChecked(True)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(4)
        self.times_label = PlainLabel(self)
        self.on_radio = QRadioButton(self)
        self.until_edit = DateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("ddd d MMM yyyy")
        self.until_edit.setDate(qdate(anchor + timedelta(weeks=4)))
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("skipConflictsCheck")
        self.error_label = problem_label(self)

        every_row = QHBoxLayout()
        every_row.setSpacing(6)
        every_row.addWidget(self.interval_spin)
        every_row.addWidget(self.unit_label)
        every_row.addStretch(1)
        after_row = QHBoxLayout()
        after_row.setSpacing(6)
        after_row.addWidget(self.after_radio)
        after_row.addWidget(self.count_spin)
        after_row.addWidget(self.times_label)
        after_row.addStretch(1)
        on_row = QHBoxLayout()
        on_row.setSpacing(6)
        on_row.addWidget(self.on_radio)
        on_row.addWidget(self.until_edit)
        on_row.addStretch(1)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setColumnMinimumWidth(0, 84)
        grid.addWidget(self.kind_label, 0, 0)
        grid.addWidget(self.kind_combo, 0, 1)
        grid.addWidget(self.every_label, 1, 0)
        grid.addLayout(every_row, 1, 1)
        grid.addWidget(self.days_label, 2, 0)
        grid.addLayout(days_row, 2, 1)
        grid.addWidget(self.ends_label, 3, 0)
        grid.addLayout(after_row, 3, 1)
        grid.addLayout(on_row, 4, 1)
        grid.addWidget(self.skip_check, 5, 1)
        grid.addWidget(self.error_label, 6, 1)
        grid.setColumnStretch(1, 1)
        self._connect_signals()
        self.retranslate_ui()
        self._update_visibility()

    def _connect_signals(self) -> None:
        self.kind_combo.currentIndexChanged.connect(self.on_kind_combo_current_index_changed)
        self.interval_spin.valueChanged.connect(self.on_choice_changed)
        self.count_spin.valueChanged.connect(self.on_count_spin_value_changed)
        self.until_edit.dateChanged.connect(self.on_until_edit_date_changed)
        self.after_radio.toggled.connect(self.on_choice_changed)
        self.skip_check.toggled.connect(self.on_choice_changed)
        for button in self.day_buttons:
            button.toggled.connect(self.on_choice_changed)

    def retranslate_ui(self) -> None:
        ordinals = (self.tr("first"), self.tr("second"), self.tr("third"), self.tr("fourth"),
                    self.tr("last"))
        day_names = (self.tr("Monday"), self.tr("Tuesday"), self.tr("Wednesday"),
                     self.tr("Thursday"), self.tr("Friday"), self.tr("Saturday"),
                     self.tr("Sunday"))
        self.kind_label.setText(self.tr("Rep&eats"))
        nth = self._nth_weekday()
        texts = (self.tr("Does not repeat"), self.tr("Daily"),
                 self.tr("Every weekday (Monday to Friday)"), self.tr("Weekly on…"),
                 self.tr("Monthly on day {0}").format(self._anchor.day),
                 self.tr("Monthly on the {0} {1}").format(
                     ordinals[nth - 1 if nth > 0 else 4], day_names[self._anchor.weekday()]))
        for kind, text in zip(REPEAT_KINDS, texts, strict=True):
            index = self.kind_combo.findData(kind)
            if index >= 0:
                self.kind_combo.setItemText(index, text)
        self.every_label.setText(self.tr("Every"))
        self.days_label.setText(self.tr("On"))
        for button, text in zip(self.day_buttons, (
                self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"), self.tr("Fri"),
                self.tr("Sat"), self.tr("Sun")), strict=True):
            button.setText(text)
        self.ends_label.setText(self.tr("Ends"))
        self.after_radio.setText(self.tr("after"))
        self.times_label.setText(self.tr("times"))
        self.on_radio.setText(self.tr("on"))
        self.skip_check.setText(self.tr("S&kip dates that cannot be booked"))
        self.skip_check.setToolTip(self.tr(
            "Book the dates that are free and leave out the ones that clash or break a rule. "
            "Holidays and closures are always left out."))
        self._update_unit()

    def _update_unit(self) -> None:
        kind = self.kind()
        count = self.interval_spin.value()
        if kind == "daily":
            unit = self.tr("day") if count == 1 else self.tr("days")
        elif kind in ("weekdays", "weekly"):
            unit = self.tr("week") if count == 1 else self.tr("weeks")
        else:
            unit = self.tr("month") if count == 1 else self.tr("months")
        self.unit_label.setText(unit)

    def _update_visibility(self) -> None:
        kind = self.kind()
        repeating = kind != "none"
        for widget in (self.every_label, self.interval_spin, self.unit_label, self.ends_label,
                       self.after_radio, self.count_spin, self.times_label, self.on_radio,
                       self.until_edit):
            widget.setVisible(repeating)
        self.skip_check.setVisible(repeating and self._with_skip)
        self.days_label.setVisible(kind == "weekly")
        for button in self.day_buttons:
            button.setVisible(kind == "weekly")

    def _nth_weekday(self) -> int:
        """Which of its month's weekdays the anchor is: 1 to 4, or -1 for a fifth (the last)."""
        nth = (self._anchor.day - 1) // 7 + 1
        return -1 if nth == 5 else nth

    def kind(self) -> str:
        return str(self.kind_combo.currentData())

    def set_kind(self, kind: str) -> None:
        self.kind_combo.setCurrentIndex(self.kind_combo.findData(kind))

    def drop_none(self) -> None:
        """Offer only repeating choices (for a booking that is to repeat, or a series)."""
        with QSignalBlocker(self.kind_combo):
            self.kind_combo.removeItem(self.kind_combo.findData("none"))
        self._update_visibility()

    def set_anchor(self, anchor: date) -> None:
        """Follow the booking's first date; a single chosen weekday moves with it."""
        old = self._anchor
        self._anchor = anchor
        chosen = [i for i, button in enumerate(self.day_buttons) if button.isChecked()]
        if chosen == [old.weekday()] and old.weekday() != anchor.weekday():
            with QSignalBlocker(self.day_buttons[old.weekday()]):
                self.day_buttons[old.weekday()].setChecked(False)
            self.day_buttons[anchor.weekday()].setChecked(True)
        self.retranslate_ui()

    def set_rule(self, text: str) -> bool:
        """Show a stored rule in the choices; False (nothing changed) when they cannot say it."""
        fields = dict(part.partition("=")[::2] for part in text.upper().split(";") if part)
        kind = _kind_of(fields, self._anchor, self._nth_weekday())
        known = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}
        if kind is None or set(fields) - known:
            return False
        until = _until_day(fields.get("UNTIL"))
        if "UNTIL" in fields and until is None:
            return False
        interval = int(fields.get("INTERVAL", "1") or 1)
        blockers = [self.kind_combo, self.interval_spin, self.count_spin, self.until_edit,
                    self.after_radio, self.on_radio, *self.day_buttons]
        held = [QSignalBlocker(widget) for widget in blockers]
        self.set_kind(kind)
        self.interval_spin.setValue(interval)
        if kind == "weekly":
            days = fields.get("BYDAY", BYDAY[self._anchor.weekday()]).split(",")
            for index, button in enumerate(self.day_buttons):
                button.setChecked(BYDAY[index] in days)
        if until is not None:
            self.until_edit.setDate(qdate(until))
            self.on_radio.setChecked(True)
        else:
            self.count_spin.setValue(int(fields.get("COUNT", "1") or 1))
            self.after_radio.setChecked(True)
        for blocker in held:
            blocker.unblock()
        self._update_visibility()
        self._update_unit()
        return True

    def rule(self) -> str | None:
        """The RFC 5545 rule, or None when the booking does not repeat."""
        kind = self.kind()
        if kind == "none":
            return None
        parts = {"daily": ["FREQ=DAILY"], "weekdays": ["FREQ=WEEKLY"], "weekly": ["FREQ=WEEKLY"],
                 "monthly_date": ["FREQ=MONTHLY"], "monthly_weekday": ["FREQ=MONTHLY"]}[kind]
        if self.interval_spin.value() > 1:
            parts.append(f"INTERVAL={self.interval_spin.value()}")
        if kind == "weekdays":
            parts.append("BYDAY=MO,TU,WE,TH,FR")
        elif kind == "weekly":
            days = [BYDAY[i] for i, b in enumerate(self.day_buttons) if b.isChecked()]
            parts.append("BYDAY=" + ",".join(days or [BYDAY[self._anchor.weekday()]]))
        elif kind == "monthly_date":
            parts.append(f"BYMONTHDAY={self._anchor.day}")
        elif kind == "monthly_weekday":
            parts.append(f"BYDAY={self._nth_weekday():+d}{BYDAY[self._anchor.weekday()]}")
        if self.after_radio.isChecked():
            parts.append(f"COUNT={self.count_spin.value()}")
        else:
            parts.append(f"UNTIL={pydate(self.until_edit.date()):%Y%m%d}")
        return ";".join(parts)

    def summary(self) -> str:
        """A few words for the collapsed section."""
        if self.kind() == "none":
            return self.tr("does not repeat")
        text = self.kind_combo.currentText().rstrip("…")
        if self.kind() == "weekly":
            names = [b.text() for b in self.day_buttons if b.isChecked()]
            text = self.tr("Weekly on {0}").format(", ".join(names))
        if self.interval_spin.value() > 1:
            text += self.tr(", every {0} {1}").format(self.interval_spin.value(),
                                                       self.unit_label.text())
        if self.after_radio.isChecked():
            return text + self.tr(", {0} times").format(self.count_spin.value())
        return text + self.tr(", until {0}").format(
            shown(pydate(self.until_edit.date())).strftime("%d %b %Y"))

    @Slot(int)
    def on_kind_combo_current_index_changed(self, _index: int) -> None:
        self._update_visibility()
        self._update_unit()
        self.changed.emit()

    @Slot()
    def on_choice_changed(self) -> None:
        self._update_unit()
        self.changed.emit()

    @Slot(int)
    def on_count_spin_value_changed(self, _value: int) -> None:
        self.after_radio.setChecked(True)
        self.changed.emit()

    @Slot(QDate)
    def on_until_edit_date_changed(self, _value: QDate) -> None:
        self.on_radio.setChecked(True)
        self.changed.emit()


def _kind_of(fields: dict[str, str], anchor: date, nth: int) -> str | None:
    """Which of the editor's kinds a rule is, or None when it is none of them."""
    freq, byday = fields.get("FREQ"), fields.get("BYDAY")
    if not (fields.get("INTERVAL", "1") or "").isdigit():
        return None
    if freq == "DAILY" and byday is None and "BYMONTHDAY" not in fields:
        return "daily"
    if freq == "WEEKLY" and "BYMONTHDAY" not in fields:
        if byday == "MO,TU,WE,TH,FR":
            return "weekdays"
        if byday is None or all(d in BYDAY for d in byday.split(",")):
            return "weekly"
    if freq == "MONTHLY" and byday is None and fields.get("BYMONTHDAY") == str(anchor.day):
        return "monthly_date"
    if freq == "MONTHLY" and "BYMONTHDAY" not in fields and byday in (
            f"{nth:+d}{BYDAY[anchor.weekday()]}", f"{nth}{BYDAY[anchor.weekday()]}"):
        return "monthly_weekday"
    return None


def _until_day(value: str | None) -> date | None:
    """The local day of an UNTIL (20270331 or 20270331T235959), or None."""
    if value is None or len(value) < 8 or not value[:8].isdigit():
        return None
    try:
        return date(int(value[:4]), int(value[4:6]), int(value[6:8]))
    except ValueError:
        return None
