"""The booking dialog: book or edit a booking (or a series) with live checks and alternatives."""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from html import escape
from typing import Any

from PySide6.QtCore import QDate, QEvent, QSignalBlocker, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QSpinBox,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.engine import MAX_ATTENDEES
from booking.errors import BookingError
from booking.policy import ADVANCE_WINDOW, SLOT_MINUTES
from booking.queries import RoomInfo
from booking.rules import hhmm
from booking.series import Occurrence
from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from booking.validation import Problem, check_booking, known_organizations
from booking.views import BookingView, Change, FreeRoom

ERROR_COLOUR = "#b3261e"
OK_COLOUR = "#2e6b34"
HINT_COLOUR = "#5f6b76"
CHECK_DELAY_MS = 150
DAY_MINUTES = 24 * 60
TIME_OFFERS = 3
ROOM_OFFERS = 5
# Where a problem is shown; contact name and phone share one row.
FIELD_ORDER = ("room", "time", "title", "organization", "layout", "attendees", "contact",
               "notes", "repeat")
FIELD_OF = {"contact_name": "contact", "contact_phone": "contact"}
BYDAY = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
REPEAT_KINDS = ("none", "daily", "weekdays", "weekly", "monthly_date", "monthly_weekday")
BLOCKING_VERDICTS = ("conflict", "refused")
# Chosen weekdays must read as chosen at a glance, and the focused one as focused.
DAY_BUTTON_STYLE = (
    "QToolButton { padding: 3px 6px; border: 1px solid #b8bec4; border-radius: 3px;"
    " background: #fafafa; }"
    " QToolButton:checked { background: #2f7fc1; color: white; border-color: #2f7fc1; }"
    " QToolButton:focus { border: 2px solid #1d5c91; }")


def _clock(minutes: int) -> str:
    """Minutes after the first day's midnight as a clock time (24:00 is that midnight)."""
    if minutes > DAY_MINUTES:
        return f"{minutes // 60 - 24:02d}:{minutes % 60:02d} +1"
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _select_minutes(combo: QComboBox, minutes: int) -> None:
    """Select a time, adding it when it is off the 15-minute grid (a manager's override) or
    on the next day, so an edit never shifts a booking it did not mean to move."""
    index = combo.findData(minutes)
    if index < 0:
        index = next((i for i in range(combo.count()) if combo.itemData(i) > minutes),
                     combo.count())
        combo.insertItem(index, _clock(minutes), minutes)
    combo.setCurrentIndex(index)


def _minutes(day: date, value: datetime) -> int:
    """Minutes from the local midnight starting a date to an instant."""
    midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
    return int((value - midnight).total_seconds() // 60)


def _length(minutes: int) -> str:
    hours, rest = divmod(minutes, 60)
    if hours and rest:
        return f"{hours} h {rest} min"
    return f"{hours} h" if hours else f"{rest} min"


def _sentence(message: str) -> str:
    """The engine's words, starting with a capital as a line of its own."""
    return message[:1].upper() + message[1:]


@dataclass(frozen=True)
class BookingForm:
    """What the form holds, in the engine's terms."""

    room: str
    start: datetime
    end: datetime
    title: str
    organization: str | None
    attendees: int
    layout: str | None
    contact_name: str
    contact_phone: str
    notes: str
    rule: str | None
    skip_conflicts: bool


class DateEdit(QDateEdit):
    """A date field that Tab leaves at once (the arrow keys move between its parts)."""

    def focusNextPrevChild(self, forward: bool) -> bool:
        return QWidget.focusNextPrevChild(self, forward)


class RepeatEditor(QWidget):
    """The repeat choices of a new booking, turned into an RFC 5545 rule."""

    changed = Signal()

    def __init__(self, *, anchor: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._anchor = anchor
        self.kind_label = QLabel(self)
        self.kind_combo = QComboBox(self)
        self.kind_combo.setObjectName("repeatKindCombo")
        for kind in REPEAT_KINDS:
            self.kind_combo.addItem("", kind)
        self.kind_label.setBuddy(self.kind_combo)
        self.every_label = QLabel(self)
        self.interval_spin = QSpinBox(self)
        self.interval_spin.setRange(1, 99)
        self.unit_label = QLabel(self)
        self.days_label = QLabel(self)
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
        self.ends_label = QLabel(self)
        self.after_radio = QRadioButton(self)
        self.after_radio.setChecked(True)
        self.count_spin = QSpinBox(self)
        self.count_spin.setRange(1, 500)
        self.count_spin.setValue(4)
        self.times_label = QLabel(self)
        self.on_radio = QRadioButton(self)
        self.until_edit = DateEdit(self)
        self.until_edit.setCalendarPopup(True)
        self.until_edit.setDisplayFormat("ddd d MMM yyyy")
        self.until_edit.setDate(QDate(anchor + timedelta(weeks=4)))
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("skipConflictsCheck")
        self.error_label = _problem_label(self)

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
        for index, text in enumerate(texts):
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
                       self.until_edit, self.skip_check):
            widget.setVisible(repeating)
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
        self.kind_combo.setCurrentIndex(REPEAT_KINDS.index(kind))

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
            parts.append(f"UNTIL={self.until_edit.date().toPython():%Y%m%d}")
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
            self.until_edit.date().toPython().strftime("%d %b %Y"))

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


def _problem_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.hide()
    return label


def _hint_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setStyleSheet(f"color: {HINT_COLOUR};")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 0.92)
    label.setFont(font)
    return label


class BookingDialog(QDialog):
    """Book a room (once or repeating) or edit a booking, checked as the person types."""

    def __init__(self, *, services: Services, booking: BookingView | None = None,
                 room: str | None = None, start: datetime | None = None,
                 end: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BookingDialog")
        self._services = services
        self._booking = booking
        self.change: Change | None = None
        self.problems: list[Problem] = []
        self.preview: tuple[Occurrence, ...] = ()
        self._save_error = ""
        self._offers: dict[QPushButton, tuple[str, Any]] = {}
        self._offer_key: tuple[Any, ...] | None = None
        self._touched: set[str] = set()
        self._series_problems: list[str] = []
        self._today = local(services.now()).date()
        self._rooms = {r.code: r for r in services.rooms() if r.bookable and not r.retired}
        if booking is not None and booking.room not in self._rooms:
            found = {r.code: r for r in services.rooms(include_retired=True)}.get(booking.room)
            if found is not None:
                self._rooms[found.code] = found
        known = known_organizations(services.engine)
        self._organizations = {name.casefold(): name for name in known}
        self._organization_ids = {name.casefold(): org_id for name, org_id in known.items()}
        if booking is not None:
            start, end, room = booking.start, booking.end, booking.room
        if start is None:
            step = SLOT_MINUTES * 60
            stamp = int(services.now().timestamp())
            start = datetime.fromtimestamp((stamp + step - 1) // step * step, tz=BUILDING_TZ)
        if end is None or end <= start:
            end = start + timedelta(hours=1)
        self._duration = int((end - start).total_seconds() // 60)
        self._build(local(start).date())
        self._fill(room, local(start), local(end))
        self._set_tab_order()
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._connect_signals()
        self.retranslate_ui()
        self.check_now()

    # ----- building ------------------------------------------------------------------------

    def _build(self, day: date) -> None:
        left = QWidget(self)
        grid = QGridLayout(left)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(4)
        grid.setColumnMinimumWidth(0, 84)
        grid.setColumnStretch(1, 1)
        self._grid_row = 0
        self.errors: dict[str, QLabel] = {}

        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        self.room_combo.setMaxVisibleItems(16)
        self.room_label = self._add_row(grid, "room", self.room_combo)

        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        # A booking dragged onto (or made for) a day outside the window keeps its day; the
        # engine then says what is wrong with it rather than the date changing unseen.
        self.date_edit.setDateRange(QDate(min(day, self._today)),
                                    QDate(max(day, self._today + ADVANCE_WINDOW)))
        self.start_combo = QComboBox(self)
        self.start_combo.setObjectName("startCombo")
        self.end_combo = QComboBox(self)
        self.end_combo.setObjectName("endCombo")
        for combo, minutes in ((self.start_combo, range(0, DAY_MINUTES, SLOT_MINUTES)),
                               (self.end_combo, range(SLOT_MINUTES, DAY_MINUTES + 1,
                                                      SLOT_MINUTES))):
            combo.setMaxVisibleItems(12)
            for value in minutes:
                combo.addItem(_clock(value), value)
        self.until_label = QLabel("–", self)
        self.zone_label = QLabel(self)
        when_row = QHBoxLayout()
        when_row.setSpacing(6)
        when_row.addWidget(self.date_edit, 3)
        when_row.addWidget(self.start_combo, 2)
        when_row.addWidget(self.until_label)
        when_row.addWidget(self.end_combo, 3)
        when_row.addWidget(self.zone_label)
        self.when_label = self._add_row(grid, "time", when_row, buddy=self.date_edit)

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("titleEdit")
        self.title_edit.setMaxLength(200)
        self.title_label = self._add_row(grid, "title", self.title_edit)

        self.org_edit = QLineEdit(self)
        self.org_edit.setObjectName("organizationEdit")
        self.org_edit.setMaxLength(200)
        self.org_edit.setClearButtonEnabled(True)
        completer = QCompleter(sorted(self._organizations.values(), key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(10)
        self.org_edit.setCompleter(completer)
        self.org_hint = _hint_label(self)
        org_box = QVBoxLayout()
        org_box.setSpacing(1)
        org_box.addWidget(self.org_edit)
        org_box.addWidget(self.org_hint)
        self.org_label = self._add_row(grid, "organization", org_box, buddy=self.org_edit)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_label = self._add_row(grid, "layout", self.layout_combo)

        self.attendees_spin = QSpinBox(self)
        self.attendees_spin.setObjectName("attendeesSpin")
        self.attendees_spin.setRange(0, MAX_ATTENDEES)
        self.attendees_spin.setMinimumWidth(90)
        self.seats_hint = _hint_label(self)
        attendees_row = QHBoxLayout()
        attendees_row.setSpacing(8)
        attendees_row.addWidget(self.attendees_spin)
        attendees_row.addWidget(self.seats_hint, 1)
        self.attendees_label = self._add_row(grid, "attendees", attendees_row,
                                             buddy=self.attendees_spin)

        self.contact_edit = QLineEdit(self)
        self.contact_edit.setObjectName("contactEdit")
        self.contact_edit.setMaxLength(200)
        self.phone_edit = QLineEdit(self)
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setMaxLength(60)
        contact_row = QHBoxLayout()
        contact_row.setSpacing(6)
        contact_row.addWidget(self.contact_edit, 3)
        contact_row.addWidget(self.phone_edit, 2)
        self.contact_label = self._add_row(grid, "contact", contact_row,
                                           buddy=self.contact_edit)

        self.notes_edit = QPlainTextEdit(self)
        self.notes_edit.setObjectName("notesEdit")
        self.notes_edit.setTabChangesFocus(True)
        self.notes_edit.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.notes_label = self._add_row(grid, "notes", self.notes_edit,
                                         align=Qt.AlignmentFlag.AlignTop)

        self.series_note = _hint_label(self)
        self.series_note.hide()
        self.repeat_toggle = QToolButton(self)
        self.repeat_toggle.setObjectName("repeatToggle")
        self.repeat_toggle.setCheckable(True)
        self.repeat_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.repeat_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.repeat_toggle.setAutoRaise(True)
        self.repeat = RepeatEditor(anchor=day, parent=self)
        self.repeat.setObjectName("repeatEditor")
        self.repeat.hide()
        self.errors["repeat"] = self.repeat.error_label
        if self._booking is None:
            grid.addWidget(self.repeat_toggle, self._grid_row, 0, 1, 2)
            grid.addWidget(self.repeat, self._grid_row + 1, 0, 1, 2)
        else:
            self.repeat_toggle.hide()
            grid.addWidget(self.series_note, self._grid_row, 0, 1, 2)
        grid.setRowStretch(self._grid_row + 2, 1)

        side = QWidget(self)
        side.setFixedWidth(340)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.ready_box = QGroupBox(self)
        self.ready_label = QLabel(self.ready_box)
        self.ready_label.setWordWrap(True)
        QVBoxLayout(self.ready_box).addWidget(self.ready_label)
        self.clash_box = QGroupBox(self)
        self.clash_box.setObjectName("clashBox")
        self.clash_label = QLabel(self.clash_box)
        self.clash_label.setWordWrap(True)
        self.clash_label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self.clash_box).addWidget(self.clash_label)
        self.alternatives_box = QGroupBox(self)
        self.alternatives_box.setObjectName("alternativesBox")
        alternatives = QVBoxLayout(self.alternatives_box)
        alternatives.setSpacing(4)
        self.times_heading = QLabel(self.alternatives_box)
        self.times_list = QVBoxLayout()
        self.times_list.setSpacing(3)
        self.rooms_heading = QLabel(self.alternatives_box)
        self.rooms_list = QVBoxLayout()
        self.rooms_list.setSpacing(3)
        for heading in (self.times_heading, self.rooms_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        alternatives.addWidget(self.times_heading)
        alternatives.addLayout(self.times_list)
        alternatives.addWidget(self.rooms_heading)
        alternatives.addLayout(self.rooms_list)
        self.series_box = QGroupBox(self)
        self.series_box.setObjectName("seriesBox")
        series = QVBoxLayout(self.series_box)
        self.series_summary = QLabel(self.series_box)
        self.series_summary.setWordWrap(True)
        self.series_list = QTextBrowser(self.series_box)
        self.series_list.setObjectName("seriesList")
        self.series_list.setOpenLinks(False)
        self.series_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        series.addWidget(self.series_summary)
        series.addWidget(self.series_list, 1)
        for box in (self.ready_box, self.clash_box, self.alternatives_box):
            side_box.addWidget(box)
        # The dates fill the column; the spacer only takes what is left when they are hidden.
        side_box.addWidget(self.series_box, 100)
        side_box.addStretch(1)
        self.clash_box.hide()
        self.alternatives_box.hide()
        self.series_box.hide()

        self.status_label = QLabel(self)
        self.status_label.setObjectName("statusLabel")
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Preferred,
                                        QSizePolicy.Policy.Minimum)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.save_button.setDefault(True)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)

        columns = QHBoxLayout()
        columns.setSpacing(18)
        columns.addWidget(left, 1)
        columns.addWidget(side)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 14, 16, 12)
        outer.addLayout(columns, 1)
        outer.addSpacing(6)
        outer.addWidget(self.status_label)
        outer.addWidget(self.buttons)
        self.setMinimumWidth(900)
        # Tall enough for a clash with its alternatives, so the dialog does not jump.
        self.resize(900, 560)

    def _add_row(self, grid: QGridLayout, key: str, field: QWidget | QHBoxLayout | QVBoxLayout,
                 *, buddy: QWidget | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> QLabel:
        """A label, its field, and the field's problem line under it."""
        label = QLabel(self)
        row = self._grid_row
        if buddy is not None:
            label.setBuddy(buddy)
        elif isinstance(field, QWidget):
            label.setBuddy(field)
        grid.addWidget(label, row, 0, align)
        if isinstance(field, QWidget):
            grid.addWidget(field, row, 1)
        else:
            grid.addLayout(field, row, 1)
        error = _problem_label(self)
        error.setObjectName(f"{key}Problem")
        grid.addWidget(error, row + 1, 1)
        self.errors[key] = error
        self._grid_row += 2
        return label

    def _fill(self, room: str | None, start: datetime, end: datetime) -> None:
        floor = None
        for info in self._rooms.values():
            if floor is not None and info.floor_level != floor:
                self.room_combo.insertSeparator(self.room_combo.count())
            floor = info.floor_level
            self.room_combo.addItem("", info.code)
        index = self.room_combo.findData(room) if room else -1
        if index < 0 and room:
            index = next((self.room_combo.findData(code) for code, info in self._rooms.items()
                          if room.casefold() in (code.casefold(), info.name.casefold())), -1)
        self.room_combo.setCurrentIndex(max(index, 0))
        self.date_edit.setDate(QDate(start.date()))
        _select_minutes(self.start_combo, _minutes(start.date(), start))
        _select_minutes(self.end_combo, _minutes(start.date(), end))
        self._fill_layouts(self._booking.layout if self._booking else None)
        booking = self._booking
        if booking is not None:
            self.title_edit.setText(booking.title)
            self.org_edit.setText(booking.organization or "")
            self.attendees_spin.setValue(booking.attendees)
            self.contact_edit.setText(booking.contact_name)
            self.phone_edit.setText(booking.contact_phone)
            self.notes_edit.setPlainText(booking.notes)
            self._touched.add("title")

    def _fill_layouts(self, keep: str | None) -> None:
        info = self.current_room()
        with QSignalBlocker(self.layout_combo):
            self.layout_combo.clear()
            self.layout_combo.addItem("", None)
            for name in (info.layouts if info else {}):
                self.layout_combo.addItem("", name)
            self.layout_combo.setCurrentIndex(max(self.layout_combo.findData(keep), 0))
        has_layouts = bool(info and info.layouts)
        self.layout_label.setVisible(has_layouts)
        self.layout_combo.setVisible(has_layouts)
        self._retranslate_layouts()

    def _set_tab_order(self) -> None:
        chain: list[QWidget] = [
            self.room_combo, self.date_edit, self.start_combo, self.end_combo, self.title_edit,
            self.org_edit, self.layout_combo, self.attendees_spin, self.contact_edit,
            self.phone_edit, self.notes_edit, self.repeat_toggle, self.repeat.kind_combo,
            self.repeat.interval_spin, *self.repeat.day_buttons, self.repeat.after_radio,
            self.repeat.count_spin, self.repeat.on_radio, self.repeat.until_edit,
            self.repeat.skip_check, self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ----- signals and text ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        self._check_timer.timeout.connect(self.on_check_timer_timeout)
        self.room_combo.currentIndexChanged.connect(self.on_room_combo_current_index_changed)
        self.date_edit.dateChanged.connect(self.on_date_edit_date_changed)
        self.start_combo.currentIndexChanged.connect(self.on_start_combo_current_index_changed)
        self.end_combo.currentIndexChanged.connect(self.on_end_combo_current_index_changed)
        self.title_edit.textEdited.connect(self.on_title_edit_text_edited)
        self.org_edit.textChanged.connect(self.on_org_edit_text_changed)
        self.layout_combo.currentIndexChanged.connect(self.on_layout_combo_current_index_changed)
        self.attendees_spin.valueChanged.connect(self.on_form_changed)
        self.title_edit.textChanged.connect(self.on_form_changed)
        self.contact_edit.textChanged.connect(self.on_form_changed)
        self.phone_edit.textChanged.connect(self.on_form_changed)
        self.notes_edit.textChanged.connect(self.on_form_changed)
        self.repeat_toggle.toggled.connect(self.on_repeat_toggle_toggled)
        self.repeat.changed.connect(self.on_repeat_changed)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        if self._booking is None:
            self.setWindowTitle(self.tr("New booking"))
        else:
            self.setWindowTitle(self.tr("Edit booking #{0}").format(self._booking.id))
        for index in range(self.room_combo.count()):
            info = self._rooms.get(self.room_combo.itemData(index) or "")
            if info is not None:
                self.room_combo.setItemText(index, self.tr("{0} ({1}) · {2}").format(
                    info.name, info.code, self._seats(info.capacity)))
        self.room_label.setText(self.tr("&Room"))
        self.when_label.setText(self.tr("&When"))
        self.zone_label.setText(self.tr("WIB"))
        self.date_edit.setToolTip(self.tr("The date (Alt+Down opens the calendar)"))
        self.start_combo.setToolTip(self.tr("Starts (in 15-minute steps)"))
        self.end_combo.setToolTip(self.tr("Ends (in 15-minute steps)"))
        self.title_label.setText(self.tr("&Title"))
        self.title_edit.setPlaceholderText(self.tr("What is it? e.g. Sprint planning"))
        self.org_label.setText(self.tr("&For"))
        self.org_edit.setPlaceholderText(self.tr("Organization or team"))
        self.layout_label.setText(self.tr("La&yout"))
        self.attendees_label.setText(self.tr("&Attendees"))
        self.attendees_spin.setSpecialValueText(self.tr("not known"))
        self.contact_label.setText(self.tr("&Contact"))
        self.contact_edit.setPlaceholderText(self.tr("Contact person"))
        self.phone_edit.setPlaceholderText(self.tr("Phone"))
        self.notes_label.setText(self.tr("&Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything the room set-up or the front desk "
                                                   "should know"))
        if self._booking is not None and self._booking.series_id is not None:
            self.series_note.setText(self.tr(
                "This date belongs to series #{0}; changes here apply to this date only.")
                .format(self._booking.series_id))
            self.series_note.show()
        self.ready_box.setTitle(self.tr("Check"))
        self.clash_box.setTitle(self.tr("Already booked"))
        self.alternatives_box.setTitle(self.tr("Alternatives — one click applies"))
        self.series_box.setTitle(self.tr("Dates in this series"))
        self.repeat.retranslate_ui()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self._retranslate_layouts()
        self._retranslate_ends()
        self._update_org_hint()
        self._update_seats_hint()
        self._update_repeat_toggle()
        self._show_check()

    def _seats(self, count: int) -> str:
        return self.tr("1 seat") if count == 1 else self.tr("{0} seats").format(count)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def _retranslate_layouts(self) -> None:
        info = self.current_room()
        if info is None:
            return
        self.layout_combo.setItemText(0, self.tr("Standard · {0}").format(
            self._seats(info.capacity)))
        for index in range(1, self.layout_combo.count()):
            name = str(self.layout_combo.itemData(index))
            self.layout_combo.setItemText(index, self.tr("{0} · {1}").format(
                name.replace("_", " ").title(), self._seats(info.layouts.get(name, 0))))

    def _retranslate_ends(self) -> None:
        start = int(self.start_combo.currentData() or 0)
        for index in range(self.end_combo.count()):
            minutes = int(self.end_combo.itemData(index))
            text = _clock(minutes)
            if minutes > start:
                text = self.tr("{0}  ({1})").format(text, _length(minutes - start))
            self.end_combo.setItemText(index, text)

    def _update_org_hint(self) -> None:
        name = self.org_edit.text().strip()
        if name and name.casefold() not in self._organizations:
            self.org_hint.setText(self.tr("“{0}” is new; it is added to the list when you "
                                          "save.").format(name))
        else:
            self.org_hint.setText(self.tr("Start typing to pick one; a new name is added when "
                                          "you save."))

    def _update_seats_hint(self) -> None:
        info = self.current_room()
        if info is None:
            self.seats_hint.clear()
            return
        layout = self.layout_combo.currentData()
        seats = info.layouts.get(layout, info.capacity) if layout else info.capacity
        self.seats_hint.setText(self.tr("{0} holds {1}").format(info.name, seats))

    def _update_repeat_toggle(self) -> None:
        self.repeat_toggle.setText(self.tr("Re&peat: {0}").format(self.repeat.summary()))
        self.repeat_toggle.setArrowType(Qt.ArrowType.DownArrow if self.repeat_toggle.isChecked()
                                        else Qt.ArrowType.RightArrow)

    # ----- reading the form ----------------------------------------------------------------

    def current_room(self) -> RoomInfo | None:
        return self._rooms.get(self.room_combo.currentData() or "")

    def form(self) -> BookingForm:
        """The booking as the form now describes it."""
        day = self.date_edit.date().toPython()
        midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
        layout = self.layout_combo.currentData() if self.layout_combo.isVisibleTo(self) else None
        organization = self.org_edit.text().strip()
        known = self._organizations.get(organization.casefold(), organization)
        return BookingForm(
            room=str(self.room_combo.currentData() or ""),
            start=midnight + timedelta(minutes=int(self.start_combo.currentData() or 0)),
            end=midnight + timedelta(minutes=int(self.end_combo.currentData() or 0)),
            title=self.title_edit.text(), organization=known or None,
            attendees=self.attendees_spin.value(), layout=layout,
            contact_name=self.contact_edit.text(), contact_phone=self.phone_edit.text(),
            notes=self.notes_edit.toPlainText(),
            rule=self.repeat.rule() if self._booking is None else None,
            skip_conflicts=self.repeat.skip_check.isChecked())

    # ----- checking -------------------------------------------------------------------------

    def schedule_check(self) -> None:
        """Check again once the person pauses (every edit restarts the wait)."""
        self._save_error = ""
        self._check_timer.start()

    @property
    def checking(self) -> bool:
        """True while an edit waits for the pause before it is checked."""
        return self._check_timer.isActive()

    def check_now(self) -> list[Problem]:
        """Check the form at once and show what stands in the way of saving."""
        self._check_timer.stop()
        form = self.form()
        self.problems = check_booking(
            self._services.engine, now=self._services.now(), room=form.room, start=form.start,
            end=form.end, title=form.title, attendees=form.attendees, layout=form.layout,
            organization=form.organization, contact_name=form.contact_name,
            contact_phone=form.contact_phone, notes=form.notes,
            exclude_booking_id=self._booking.id if self._booking else None)
        self.preview = ()
        self._series_problems = []
        if form.rule is not None:
            # The preview judges the time of every date of the series instead.
            self.problems = [p for p in self.problems if p.field != "time"]
            self._check_series(form)
        self._show_check()
        return self.problems

    def _check_series(self, form: BookingForm) -> None:
        assert form.rule is not None
        try:
            self.preview = self._services.series.preview(
                room=form.room, start=form.start, end=form.end, rule=form.rule,
                attendees=form.attendees, organization=form.organization, layout=form.layout)
        except BookingError as error:
            self._series_problems.append(error.message)
            return
        blocking = [o for o in self.preview if o.verdict in BLOCKING_VERDICTS]
        bookable = [o for o in self.preview if o.verdict == "free"]
        if blocking and not form.skip_conflicts:
            first = blocking[0]
            self._series_problems.append(self.tr(
                "{0} of {1} dates cannot be booked ({2:%a %d %b}: {3}); tick “Skip dates that "
                "cannot be booked” or change the series").format(
                len(blocking), len(self.preview), first.day, first.detail))
        elif not bookable:
            self._series_problems.append("no date of the series is left to book")

    def _field_problems(self) -> dict[str, list[str]]:
        shown: dict[str, list[str]] = {}
        for problem in self.problems:
            key = FIELD_OF.get(problem.field, problem.field)
            if key == "layout" and not self.layout_combo.isVisibleTo(self):
                key = "room"
            shown.setdefault(key, []).append(problem.message)
        if self._series_problems:
            shown["repeat"] = list(self._series_problems)
        return shown

    def _show_check(self) -> None:
        shown = self._field_problems()
        for key, label in self.errors.items():
            messages = shown.get(key, [])
            visible = bool(messages) and (key != "title" or "title" in self._touched)
            label.setText("\n".join(_sentence(m) for m in messages))
            label.setVisible(visible)
        ordered = [m for key in FIELD_ORDER for m in shown.get(key, [])]
        self.save_button.setEnabled(not ordered)
        if ordered:
            reason = self.tr("Save is off: {0}").format(ordered[0])
            if len(ordered) > 1:
                reason += self.tr(" (and {0} more)").format(len(ordered) - 1)
            self.save_button.setToolTip(reason + "\n\n" + "\n".join(
                "• " + _sentence(m) for m in ordered))
            # A form not yet filled in is no error: say what is missing, calmly.
            hidden = all(not label.isVisibleTo(self) for label in self.errors.values())
            self._set_status(self._save_error or reason,
                             HINT_COLOUR if hidden and not self._save_error else ERROR_COLOUR)
        else:
            self.save_button.setToolTip(self.tr("Save the booking (Enter)"))
            self._set_status(self._save_error or self._ready_text(),
                             ERROR_COLOUR if self._save_error else OK_COLOUR)
        self._update_save_text()
        self._show_side()

    def _set_status(self, text: str, colour: str) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(f"color: {colour};")

    def _update_save_text(self) -> None:
        free = sum(1 for o in self.preview if o.verdict == "free")
        if self.preview:
            self.save_button.setText(self.tr("&Save {0} dates").format(free))
        else:
            self.save_button.setText(self.tr("&Save"))

    def _ready_text(self) -> str:
        form = self.form()
        info = self.current_room()
        name = info.name if info else form.room
        if self.preview:
            free = [o for o in self.preview if o.verdict == "free"]
            left_out = len(self.preview) - len(free)
            text = self.tr("Ready to save {0} dates in {1}, {2:%a %d %b} to {3:%a %d %b %Y}, "
                           "{4}–{5} WIB.").format(len(free), name, free[0].day, free[-1].day,
                                                  hhmm(form.start), hhmm(form.end))
            if left_out:
                text += " " + self.tr("{0} left out.").format(left_out)
            return text
        return self.tr("Ready to save: {0}, {1:%a %d %b %Y}, {2}–{3} WIB. Press Enter.").format(
            name, local(form.start), hhmm(form.start), hhmm(form.end))

    # ----- the side panel: the clash, alternatives, the series ------------------------------

    def _show_side(self) -> None:
        clash = next((p for p in self.problems if p.kind == "conflict"), None)
        self.clash_box.setVisible(clash is not None)
        if clash is not None and clash.clash is not None:
            self.clash_label.setText(self._clash_html(clash.clash))
        wants_rooms = clash is not None or any(
            p.rule in ("capacity", "term", "retired", "not_bookable") for p in self.problems)
        self._show_offers(with_times=clash is not None, with_rooms=wants_rooms)
        self.series_box.setVisible(bool(self.preview) or bool(self._series_problems)
                                   and self.repeat.kind() != "none")
        self._fill_series()
        idle = not (self.alternatives_box.isVisibleTo(self) or self.preview
                    or self._series_problems)
        self.ready_box.setVisible(idle)
        if idle:
            self.ready_label.setText(self._room_html())

    def _room_html(self) -> str:
        form = self.form()
        info = self.current_room()
        if info is None:
            return ""
        if any(p.field in ("room", "time") for p in self.problems):
            verdict = f"<span style='color:{ERROR_COLOUR}'>" + escape(self.tr(
                "The room or the time needs a change; see the red lines.")) + "</span>"
        else:
            verdict = f"<span style='color:{OK_COLOUR}'>✓ " + escape(self.tr(
                "{0} is free {1:%a %d %b}, {2}–{3}.").format(
                info.name, local(form.start), hhmm(form.start), hhmm(form.end))) + "</span>"
        facts = [escape(info.floor_name), escape(self._seats(info.capacity))]
        if info.amenities:
            facts.append(escape(", ".join(a.replace("_", " ") for a in info.amenities)))
        return f"{verdict}<br><br><b>{escape(info.name)}</b><br>" + "<br>".join(facts)

    def _clash_html(self, view: BookingView) -> str:
        parts = [f"<b>{escape(view.title)}</b>",
                 escape(self.tr("{0:%a %d %b}, {1}–{2} in {3}").format(
                     local(view.start), hhmm(view.start), hhmm(view.end), view.room_name))]
        if view.organization:
            parts.append(escape(self.tr("For {0}").format(view.organization)))
        contact = " · ".join(x for x in (view.contact_name, view.contact_phone) if x)
        if contact:
            parts.append(escape(self.tr("Contact: {0}").format(contact)))
        parts.append(f"<span style='color:{HINT_COLOUR}'>" + escape(self.tr(
            "Booking #{0}, booked by {1}").format(view.id, view.booked_by or "—")) + "</span>")
        return "<br>".join(parts)

    def _show_offers(self, *, with_times: bool, with_rooms: bool) -> None:
        if not (with_times or with_rooms):
            self.alternatives_box.hide()
            self._offer_key = None
            return
        form = self.form()
        key = (with_times, with_rooms, form.room, form.start, form.end, form.attendees,
               form.organization)
        self.alternatives_box.show()
        if key == self._offer_key:
            return
        self._offer_key = key
        self._clear_offers()
        org_id = self._organization_id(form.organization)
        self.times_heading.setVisible(with_times)
        if with_times:
            self.times_heading.setText(self.tr("{0}, next free times").format(
                self.current_room().name if self.current_room() else form.room))
            for start, end in self._free_times(form, org_id):
                self._add_offer(self.times_list, ("time", (start, end)), self.tr(
                    "{0:%a %d %b}   {1}–{2}").format(local(start), hhmm(start), hhmm(end)))
            if self.times_list.count() == 0:
                self._add_note(self.times_list, self.tr("No free time in the next 30 days."))
        # Space between the two lists, only when both are there.
        self.rooms_heading.setContentsMargins(0, 8 if with_times else 0, 0, 0)
        self.rooms_heading.setText(self.tr("Other rooms free at this time"))
        for room in self._free_rooms(form, org_id):
            self._add_offer(self.rooms_list, ("room", room.code), self.tr(
                "{0} ({1}) · {2} · floor {3}").format(room.name, room.code,
                                                     self._seats(room.capacity), room.floor))
        if self.rooms_list.count() == 0:
            self._add_note(self.rooms_list, self.tr("No other room that fits is free then."))

    def _organization_id(self, name: str | None) -> int | None:
        return self._organization_ids.get(name.casefold()) if name else None

    def _free_times(self, form: BookingForm,
                    org_id: int | None) -> list[tuple[datetime, datetime]]:
        try:
            return self._services.availability.next_free_slots(
                room=form.room, length=form.end - form.start, after=form.start,
                count=TIME_OFFERS, attendees=form.attendees, organization_id=org_id,
                exclude_booking=self._booking.id if self._booking else None)
        except BookingError:
            return []

    def _free_rooms(self, form: BookingForm, org_id: int | None) -> list[FreeRoom]:
        try:
            rooms = self._services.availability.free_rooms(
                start=form.start, end=form.end, capacity=form.attendees,
                organization_id=org_id)
        except BookingError:
            return []
        return [r for r in rooms if r.code != form.room and r.code in self._rooms][:ROOM_OFFERS]

    def _add_offer(self, into: QVBoxLayout, offer: tuple[str, Any], text: str) -> None:
        button = QPushButton(text, self.alternatives_box)
        button.setObjectName("alternativeButton")
        button.setStyleSheet("text-align: left; padding: 4px 8px;")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.clicked.connect(self.on_alternative_button_clicked)
        self._offers[button] = offer
        into.addWidget(button)

    def _add_note(self, into: QVBoxLayout, text: str) -> None:
        note = _hint_label(self.alternatives_box)
        note.setText(text)
        into.addWidget(note)

    def _clear_offers(self) -> None:
        for into in (self.times_list, self.rooms_list):
            while into.count():
                item = into.takeAt(0)
                widget = item.widget()
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._offers.clear()

    def offer_buttons(self) -> list[QPushButton]:
        """The alternatives on show, times first, then rooms."""
        return list(self._offers)

    def _fill_series(self) -> None:
        self.series_list.clear()
        if not self.preview:
            self.series_summary.setText("\n".join(_sentence(m) for m in self._series_problems))
            self.series_summary.setStyleSheet(f"color: {ERROR_COLOUR};")
            return
        marks = {"free": ("✓", OK_COLOUR), "conflict": ("✗", ERROR_COLOUR),
                 "refused": ("✗", ERROR_COLOUR), "closed": ("–", HINT_COLOUR)}
        verdicts = {"free": self.tr("free"), "conflict": self.tr("taken"),
                    "refused": self.tr("not allowed"), "closed": self.tr("closed, left out")}
        skip = self.repeat.skip_check.isChecked()
        rows = []
        for occurrence in self.preview:
            mark, colour = marks.get(occurrence.verdict, ("·", HINT_COLOUR))
            verdict = verdicts.get(occurrence.verdict, occurrence.verdict)
            if occurrence.verdict in BLOCKING_VERDICTS and skip:
                verdict, colour = self.tr("left out"), HINT_COLOUR
            rows.append(
                f"<p style='margin:0'><span style='color:{colour}'>{mark}</span>&nbsp; "
                f"{occurrence.day:%a %d %b %Y} &nbsp;{hhmm(occurrence.start)}–"
                f"{hhmm(occurrence.end)} &nbsp;<span style='color:{colour}'>"
                f"{escape(verdict)}</span></p>")
            if occurrence.detail:
                rows.append(f"<p style='margin:0 0 4px 18px; color:{colour}'>"
                            f"{escape(_sentence(occurrence.detail))}</p>")
        self.series_list.setHtml("".join(rows))
        free = sum(1 for o in self.preview if o.verdict == "free")
        self.series_summary.setText(self.tr("{0} dates: {1} free, {2} not.").format(
            len(self.preview), free, len(self.preview) - free))
        self.series_summary.setStyleSheet("")

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_check_timer_timeout(self) -> None:
        self.check_now()

    @Slot()
    def on_form_changed(self) -> None:
        self.schedule_check()

    @Slot(str)
    def on_title_edit_text_edited(self, _text: str) -> None:
        self._touched.add("title")

    @Slot(str)
    def on_org_edit_text_changed(self, _text: str) -> None:
        self._update_org_hint()
        self.schedule_check()

    @Slot(int)
    def on_room_combo_current_index_changed(self, _index: int) -> None:
        self._fill_layouts(self.layout_combo.currentData())
        self._update_seats_hint()
        self.schedule_check()

    @Slot(int)
    def on_layout_combo_current_index_changed(self, _index: int) -> None:
        self._update_seats_hint()
        self.schedule_check()

    @Slot(QDate)
    def on_date_edit_date_changed(self, value: QDate) -> None:
        self.repeat.set_anchor(value.toPython())
        self._update_repeat_toggle()
        self.schedule_check()

    @Slot(int)
    def on_start_combo_current_index_changed(self, _index: int) -> None:
        # Moving the start keeps the length, as a calendar does.
        start = int(self.start_combo.currentData())
        end = min(start + self._duration, DAY_MINUTES)
        with QSignalBlocker(self.end_combo):
            _select_minutes(self.end_combo, end)
        self._retranslate_ends()
        self.schedule_check()

    @Slot(int)
    def on_end_combo_current_index_changed(self, _index: int) -> None:
        length = int(self.end_combo.currentData()) - int(self.start_combo.currentData())
        if length > 0:
            self._duration = length
        self.schedule_check()

    @Slot(bool)
    def on_repeat_toggle_toggled(self, checked: bool) -> None:
        self.repeat.setVisible(checked)
        self._update_repeat_toggle()
        if checked:
            self.repeat.kind_combo.setFocus()

    @Slot()
    def on_repeat_changed(self) -> None:
        self._update_repeat_toggle()
        self.schedule_check()

    @Slot()
    def on_alternative_button_clicked(self) -> None:
        offer = self._offers.get(self.sender())
        if offer is None:
            return
        what, value = offer
        if what == "room":
            self.room_combo.setCurrentIndex(self.room_combo.findData(value))
        else:
            start, end = (local(v) for v in value)
            self._duration = int((end - start).total_seconds() // 60)
            self.date_edit.setDate(QDate(start.date()))
            _select_minutes(self.start_combo, _minutes(start.date(), start))
            _select_minutes(self.end_combo, _minutes(start.date(), end))
        self._save_error = ""
        self.check_now()
        (self.save_button if self.save_button.isEnabled() else self.title_edit).setFocus()

    @Slot()
    def on_buttons_accepted(self) -> None:
        self.save()

    # ----- saving ---------------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter right after typing must not wait for the pause that re-checks the form.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and \
                not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            if self._check_timer.isActive():
                self.check_now()
            if self.save_button.isEnabled():
                self.save()
            else:
                self._touched.add("title")
                self._show_check()
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self) -> bool:
        """Save through the engine; a refusal is shown and the dialog stays open."""
        if self._check_timer.isActive():
            self.check_now()
        if not self.save_button.isEnabled():
            return False
        form = self.form()
        try:
            if self._booking is not None:
                self.change = self._save_edit(self._booking, form)
            elif form.rule is not None:
                self.change = self._services.series.create(
                    actor=self._services.actor, room=form.room, start=form.start,
                    end=form.end, rule=form.rule, title=form.title,
                    organization=form.organization, attendees=form.attendees,
                    layout=form.layout, notes=form.notes, contact_name=form.contact_name,
                    contact_phone=form.contact_phone,
                    skip_conflicts=form.skip_conflicts).change
            else:
                self.change = self._services.bookings.book(
                    actor=self._services.actor, room=form.room, start=form.start,
                    end=form.end, title=form.title, organization=form.organization,
                    attendees=form.attendees, layout=form.layout,
                    contact_name=form.contact_name, contact_phone=form.contact_phone,
                    notes=form.notes)
        except BookingError as error:
            self.check_now()
            self._save_error = self.tr("Not saved: {0}").format(error.message)
            self._set_status(self._save_error, ERROR_COLOUR)
            return False
        self.accept()
        return True

    def _save_edit(self, booking: BookingView, form: BookingForm) -> Change:
        """A move and/or a change of details, in the order the rules let both through."""
        moved = (form.room, form.start, form.end) != (booking.room, booking.start, booking.end)
        details: dict[str, Any] = {}
        for name, old in (("title", booking.title), ("organization", booking.organization),
                          ("attendees", booking.attendees), ("layout", booking.layout),
                          ("contact_name", booking.contact_name),
                          ("contact_phone", booking.contact_phone), ("notes", booking.notes)):
            new = getattr(form, name)
            if isinstance(new, int):
                if new != old:
                    details[name] = new
            elif (new or "").strip() != (old or "").strip():
                details[name] = new
        # New details that fit where the booking is now go first, so the move is judged with
        # them (a smaller room for fewer people); otherwise the move goes first.
        details_first = bool(details) and moved and not [
            p for p in check_booking(
                self._services.engine, now=self._services.now(), room=booking.room,
                start=booking.start, end=booking.end, title=form.title,
                attendees=form.attendees, layout=form.layout, organization=form.organization,
                exclude_booking_id=booking.id) if p.field in ("attendees", "layout", "room")]
        steps = ["details", "move"] if details_first else ["move", "details"]
        changes: list[Change] = []
        move_change: Change | None = None
        version = booking.version
        for step in steps:
            if step == "move" and moved:
                change = move_change = self._services.bookings.move(
                    actor=self._services.actor, booking_id=booking.id, room=form.room,
                    start=form.start, end=form.end, expected_version=version)
            elif step == "details" and details:
                change = self._services.bookings.change_details(
                    actor=self._services.actor, booking_id=booking.id,
                    expected_version=version, **details)
            else:
                continue
            changes.append(change)
            version = change.booking.version
            # If the second step is refused, the first stays saved: edit from there.
            self._booking = change.booking
        if not changes:
            return Change("unchanged", (booking,), (booking,), frozenset({booking.room_id}),
                          (booking.start, booking.end))
        final = changes[-1].booking
        return Change((move_change or changes[-1]).action, (final,), (booking,),
                      frozenset({booking.room_id, final.room_id}),
                      (min(booking.start, final.start), max(booking.end, final.end)),
                      tuple(r for c in changes for r in c.overridden))

    def done(self, result: int) -> None:
        self._check_timer.stop()
        super().done(result)

    @classmethod
    def ask(cls, *, services: Services, parent: QWidget | None = None,
            **prefill: Any) -> Change | None:
        """Open the dialog and wait; the Change saved, or None when cancelled."""
        dialog = cls(services=services, parent=parent, **prefill)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                return dialog.change
            return None
        finally:
            dialog.deleteLater()
