"""When an event runs: first and last day, start and end times, and the nightly teardown."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Signal, Slot
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QVBoxLayout, QWidget

from booking.policy import SLOT_MINUTES
from booking.timeutil import BUILDING_TZ, hhmm, local, zone_abbreviation
from ui.dialog.widgets import DAY_MINUTES, DateEdit, clock, hint_label, select_minutes
from ui.plain import PlainLabel
from ui.qdates import qdate, shown

LAST_SLOT = DAY_MINUTES - SLOT_MINUTES


class WhenEditor(QWidget):
    """Dates and times in 15-minute steps; a later end date makes a multi-day event."""

    changed = Signal()

    def __init__(self, *, start: datetime, end: datetime, first: date, last: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        start, end = local(start), local(end)
        self._length = int((end - start).total_seconds() // 60)
        self._days = (end.date() - start.date()).days
        self.start_date = self._date_edit("startDate")
        self.start_combo = self._time_combo("startCombo")
        self.until_label = PlainLabel("–", self)
        self.end_date = self._date_edit("endDate")
        self.end_combo = self._time_combo("endCombo")
        self.zone_label = PlainLabel(self)
        self.nightly_check = QCheckBox(self)
        self.nightly_check.setObjectName("nightlyCheck")
        self.hint = hint_label(self)
        self.hint.setObjectName("spanHint")
        top = QHBoxLayout()
        top.setSpacing(6)
        for widget in (self.start_date, self.start_combo, self.until_label, self.end_date,
                       self.end_combo, self.zone_label):
            top.addWidget(widget)
        top.addStretch(1)
        bottom = QHBoxLayout()
        bottom.setSpacing(10)
        bottom.addWidget(self.nightly_check)
        bottom.addWidget(self.hint, 1)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        box.addLayout(top)
        box.addLayout(bottom)
        for edit in (self.start_date, self.end_date):
            edit.setDateRange(qdate(min(start.date(), first)), qdate(max(end.date(), last)))
        self.start_date.setDate(qdate(start.date()))
        self.end_date.setDate(qdate(end.date()))
        select_minutes(self.start_combo, start.hour * 60 + start.minute)
        select_minutes(self.end_combo, end.hour * 60 + end.minute)
        self._connect_signals()
        self.retranslate_ui()

    def _date_edit(self, name: str) -> DateEdit:
        edit = DateEdit(self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("ddd d MMM yyyy")
        return edit

    def _time_combo(self, name: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setMaxVisibleItems(12)
        for minutes in range(0, DAY_MINUTES, SLOT_MINUTES):
            combo.addItem(clock(minutes), minutes)
        return combo

    def _connect_signals(self) -> None:
        self.start_date.dateChanged.connect(self.on_start_date_date_changed)
        self.end_date.dateChanged.connect(self.on_end_date_date_changed)
        self.start_combo.currentIndexChanged.connect(self.on_start_combo_current_index_changed)
        self.end_combo.currentIndexChanged.connect(self.on_end_combo_current_index_changed)
        self.nightly_check.toggled.connect(self.on_nightly_check_toggled)

    def retranslate_ui(self) -> None:
        self.zone_label.setText(zone_abbreviation())
        self.nightly_check.setText(self.tr("&Nightly teardown"))
        self.nightly_check.setToolTip(self.tr(
            "Clear the hall each night: every day runs from the start time to the end time. "
            "Without it the hall stays set up through the nights."))
        self.start_date.setToolTip(self.tr("The first day (Alt+Down opens the calendar)"))
        self.start_combo.setToolTip(self.tr("Starts (in 15-minute steps)"))
        self.end_date.setToolTip(self.tr("The last day; a later date makes a multi-day event"))
        self.end_combo.setToolTip(self.tr("Ends (in 15-minute steps)"))
        self._update_nightly()

    # ----- reading ------------------------------------------------------------------------

    def _instant(self, edit: DateEdit, combo: QComboBox) -> datetime:
        day = edit.date()
        midnight = datetime(day.year(), day.month(), day.day(), tzinfo=BUILDING_TZ)
        return midnight + timedelta(minutes=int(combo.currentData() or 0))

    def start(self) -> datetime:
        return self._instant(self.start_date, self.start_combo)

    def end(self) -> datetime:
        return self._instant(self.end_date, self.end_combo)

    def nightly(self) -> bool:
        """The nightly teardown, which only a multi-day event has."""
        return self.nightly_check.isChecked() and self.nightly_check.isEnabled()

    def show_blocked(self, setup_min: int, teardown_min: int) -> None:
        """Say how long the hall is blocked, setup and teardown included."""
        start, end = self.start(), self.end()
        if end <= start:
            self.hint.clear()
            return
        setup = local(start - timedelta(minutes=setup_min))
        teardown = local(end + timedelta(minutes=teardown_min))
        days = self._days + 1
        if days == 1:
            text = self.tr("Hall blocked {0}–{1} with setup and teardown.").format(
                hhmm(setup), hhmm(teardown))
        elif self.nightly():
            text = self.tr("{0} days, {1}–{2} each day; cleared every night.").format(
                days, hhmm(start), hhmm(end))
        else:
            text = self.tr("{0} days straight: set up from {1:%a %H:%M}, cleared by "
                           "{2:%a %H:%M}.").format(days, shown(setup), shown(teardown))
        self.hint.setText(text)

    def _update_nightly(self) -> None:
        self.nightly_check.setEnabled(self._days > 0)

    # ----- slots --------------------------------------------------------------------------

    @Slot(QDate)
    def on_start_date_date_changed(self, value: QDate) -> None:
        # Moving the first day moves the whole event, as a calendar does.
        with QSignalBlocker(self.end_date):
            self.end_date.setDate(value.addDays(self._days))
        self.changed.emit()

    @Slot(QDate)
    def on_end_date_date_changed(self, _value: QDate) -> None:
        if self.end_date.date() < self.start_date.date():
            self.end_date.setDate(self.start_date.date())
            return
        self._days = self.start_date.date().daysTo(self.end_date.date())
        self._update_nightly()
        self.changed.emit()

    @Slot(int)
    def on_start_combo_current_index_changed(self, _index: int) -> None:
        if self._days == 0:
            # A one-day event keeps its length when its start moves.
            start = int(self.start_combo.currentData())
            with QSignalBlocker(self.end_combo):
                select_minutes(self.end_combo, min(start + self._length, LAST_SLOT))
        self.changed.emit()

    @Slot(int)
    def on_end_combo_current_index_changed(self, _index: int) -> None:
        length = int(self.end_combo.currentData()) - int(self.start_combo.currentData())
        if self._days == 0 and length > 0:
            self._length = length
        self.changed.emit()

    @Slot(bool)
    def on_nightly_check_toggled(self, _checked: bool) -> None:
        self.changed.emit()
