"""The booking form's fields: room, when, title, organization, guest time zone, layout,
attendees, contact, notes, repeat."""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.policy import ADVANCE_WINDOW, SLOT_MINUTES
from booking.timeutil import BUILDING_TZ, local, zone_abbreviation
from booking.views import BookingView, RoomInfo
from ui.dialog.fields import (
    LengthCounter,
    attendees_spin,
    line_edit,
    organization_edit,
    title_edit,
)
from ui.dialog.form import BookingForm
from ui.dialog.guest_zone import GuestZoneCombo
from ui.dialog.repeat_editor import RepeatEditor
from ui.dialog.widgets import (
    DAY_MINUTES,
    DateEdit,
    clock,
    hint_label,
    label_ends,
    minutes_after_midnight,
    problem_label,
    seats,
    select_minutes,
)
from ui.events.wording import layout_name
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate


class BookingFields(QWidget):
    """The grid of a booking's fields with their hints and problem lines; reads and shows a
    BookingForm and says `changed` whenever what it describes may have changed."""

    changed = Signal()

    def __init__(self, *, rooms: dict[str, RoomInfo], organizations: dict[str, str],
                 today: date, editing: bool, room: str | None, start: datetime,
                 end: datetime, details: BookingView | None = None,
                 parent: QWidget | None = None) -> None:
        """rooms: the rooms offered, by code; organizations: known names by casefolded name;
        editing: an existing booking (no repeat row, the series note instead);
        details: the booking whose title, organization, people and notes fill the form."""
        super().__init__(parent)
        self._rooms = rooms
        self._organizations = organizations
        self._editing = editing
        self._series_id: int | None = None
        start, end = local(start), local(end)
        self._duration = int((end - start).total_seconds() // 60)
        self._build(start.date(), today)
        self._fill(room, start, end, details)
        self._connect_signals()

    # ----- building ------------------------------------------------------------------------

    def _build(self, day: date, today: date) -> None:
        grid = QGridLayout(self)
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
        self.date_edit.setDateRange(qdate(min(day, today)),
                                    qdate(max(day, today + ADVANCE_WINDOW)))
        self.start_combo = QComboBox(self)
        self.start_combo.setObjectName("startCombo")
        self.end_combo = QComboBox(self)
        self.end_combo.setObjectName("endCombo")
        for combo, minutes in ((self.start_combo, range(0, DAY_MINUTES, SLOT_MINUTES)),
                               (self.end_combo, range(SLOT_MINUTES, DAY_MINUTES + 1,
                                                      SLOT_MINUTES))):
            combo.setMaxVisibleItems(12)
            for value in minutes:
                combo.addItem(clock(value), value)
        self.until_label = PlainLabel("–", self)
        self.zone_label = PlainLabel(self)
        when_row = QHBoxLayout()
        when_row.setSpacing(6)
        when_row.addWidget(self.date_edit, 3)
        when_row.addWidget(self.start_combo, 2)
        when_row.addWidget(self.until_label)
        when_row.addWidget(self.end_combo, 3)
        when_row.addWidget(self.zone_label)
        self.when_label = self._add_row(grid, "time", when_row, buddy=self.date_edit)

        self.title_edit = title_edit(self)
        self.title_counter = LengthCounter(self.title_edit, self)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.title_counter.label)
        self.title_label = self._add_row(grid, "title", title_row, buddy=self.title_edit)

        self.org_edit = organization_edit(self, self._organizations.values(), visible_items=10)
        self.org_hint = hint_label(self)
        org_box = QVBoxLayout()
        org_box.setSpacing(1)
        org_box.addWidget(self.org_edit)
        org_box.addWidget(self.org_hint)
        self.org_label = self._add_row(grid, "organization", org_box, buddy=self.org_edit)

        self.guest_zone_combo = GuestZoneCombo(self)
        self.guest_zone_label = self._add_row(grid, "guest_tz", self.guest_zone_combo)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_label = self._add_row(grid, "layout", self.layout_combo)

        self.attendees_spin = attendees_spin(self)
        self.seats_hint = hint_label(self)
        attendees_row = QHBoxLayout()
        attendees_row.setSpacing(8)
        attendees_row.addWidget(self.attendees_spin)
        attendees_row.addWidget(self.seats_hint, 1)
        self.attendees_label = self._add_row(grid, "attendees", attendees_row,
                                             buddy=self.attendees_spin)

        self.contact_edit = line_edit(self, "contactEdit")
        self.phone_edit = line_edit(self, "phoneEdit", max_length=60)
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

        self.series_note = hint_label(self)
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
        if not self._editing:
            grid.addWidget(self.repeat_toggle, self._grid_row, 0, 1, 2)
            grid.addWidget(self.repeat, self._grid_row + 1, 0, 1, 2)
        else:
            self.repeat_toggle.hide()
            grid.addWidget(self.series_note, self._grid_row, 0, 1, 2)
        grid.setRowStretch(self._grid_row + 2, 1)

    def _add_row(self, grid: QGridLayout, key: str, field: QWidget | QHBoxLayout | QVBoxLayout,
                 *, buddy: QWidget | None = None,
                 align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignVCenter) -> QLabel:
        """A label, its field, and the field's problem line under it."""
        label = PlainLabel(self)
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
        error = problem_label(self)
        error.setObjectName(f"{key}Problem")
        grid.addWidget(error, row + 1, 1)
        self.errors[key] = error
        self._grid_row += 2
        return label

    def _fill(self, room: str | None, start: datetime, end: datetime,
              details: BookingView | None) -> None:
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
        self.date_edit.setDate(qdate(start.date()))
        select_minutes(self.start_combo, minutes_after_midnight(start.date(), start))
        select_minutes(self.end_combo, minutes_after_midnight(start.date(), end))
        self._fill_layouts(details.layout if details else None)
        if details is not None:
            self.title_edit.setText(details.title)
            self.org_edit.setText(details.organization or "")
            self.guest_zone_combo.set_zone(details.guest_tz)
            self.attendees_spin.setValue(details.attendees)
            self.contact_edit.setText(details.contact_name)
            self.phone_edit.setText(details.contact_phone)
            self.notes_edit.setPlainText(details.notes)

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

    def tab_chain(self) -> list[QWidget]:
        """The fields in the order Tab walks them."""
        return [
            self.room_combo, self.date_edit, self.start_combo, self.end_combo, self.title_edit,
            self.org_edit, self.guest_zone_combo, self.layout_combo, self.attendees_spin,
            self.contact_edit,
            self.phone_edit, self.notes_edit, self.repeat_toggle, self.repeat.kind_combo,
            self.repeat.interval_spin, *self.repeat.day_buttons, self.repeat.after_radio,
            self.repeat.count_spin, self.repeat.on_radio, self.repeat.until_edit,
            self.repeat.skip_check]

    # ----- signals and text ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        self.room_combo.currentIndexChanged.connect(self.on_room_combo_current_index_changed)
        self.date_edit.dateChanged.connect(self.on_date_edit_date_changed)
        self.start_combo.currentIndexChanged.connect(self.on_start_combo_current_index_changed)
        self.end_combo.currentIndexChanged.connect(self.on_end_combo_current_index_changed)
        self.org_edit.textChanged.connect(self.on_org_edit_text_changed)
        self.layout_combo.currentIndexChanged.connect(self.on_layout_combo_current_index_changed)
        self.attendees_spin.valueChanged.connect(self.changed)
        self.title_edit.textChanged.connect(self.changed)
        self.contact_edit.textChanged.connect(self.changed)
        self.phone_edit.textChanged.connect(self.changed)
        self.notes_edit.textChanged.connect(self.changed)
        self.guest_zone_combo.currentTextChanged.connect(self.changed)
        self.repeat_toggle.toggled.connect(self.on_repeat_toggle_toggled)
        self.repeat.changed.connect(self.on_repeat_changed)

    def set_series(self, series_id: int | None) -> None:
        """Say under the fields that the booking edited is one date of this series."""
        self._series_id = series_id

    def retranslate_ui(self) -> None:
        for index in range(self.room_combo.count()):
            info = self._rooms.get(self.room_combo.itemData(index) or "")
            if info is not None:
                self.room_combo.setItemText(index, self.tr("{0} ({1}) · {2}").format(
                    info.name, info.code, seats(info.capacity)))
        self.room_label.setText(self.tr("&Room"))
        self.when_label.setText(self.tr("&When"))
        self.zone_label.setText(zone_abbreviation())
        self.date_edit.setToolTip(self.tr("The date (Alt+Down opens the calendar)"))
        self.start_combo.setToolTip(self.tr("Starts (in 15-minute steps)"))
        self.end_combo.setToolTip(self.tr("Ends (in 15-minute steps)"))
        self.title_label.setText(self.tr("&Title"))
        self.title_edit.setPlaceholderText(self.tr("What is it? e.g. Sprint planning"))
        self.org_label.setText(self.tr("&For"))
        self.org_edit.setPlaceholderText(self.tr("Organization or team"))
        self.guest_zone_label.setText(self.tr("&Guest time"))
        self.guest_zone_combo.retranslate_ui()
        self.layout_label.setText(self.tr("La&yout"))
        self.attendees_label.setText(self.tr("&Attendees"))
        self.attendees_spin.setSpecialValueText(self.tr("not known"))
        self.contact_label.setText(self.tr("&Contact"))
        self.contact_edit.setPlaceholderText(self.tr("Contact person"))
        self.phone_edit.setPlaceholderText(self.tr("Phone"))
        self.notes_label.setText(self.tr("&Notes"))
        self.notes_edit.setPlaceholderText(self.tr("Anything the room set-up or the front desk "
                                                   "should know"))
        if self._series_id is not None:
            self.series_note.setText(self.tr(
                "This date belongs to series #{0}; changes here apply to this date only. "
                "“Edit series…” changes the following dates or all of them.")
                .format(self._series_id))
            self.series_note.show()
        self.repeat.retranslate_ui()
        self._retranslate_layouts()
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self._update_org_hint()
        self._update_seats_hint()
        self._update_repeat_toggle()

    def _retranslate_layouts(self) -> None:
        info = self.current_room()
        if info is None:
            return
        self.layout_combo.setItemText(0, self.tr("Standard · {0}").format(
            seats(info.capacity)))
        for index in range(1, self.layout_combo.count()):
            name = str(self.layout_combo.itemData(index))
            self.layout_combo.setItemText(index, self.tr("{0} · {1}").format(
                layout_name(name), seats(info.layouts.get(name, 0))))

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
        # A series keeps no guest zone of its own: its organization's is shown.
        self.guest_zone_combo.setEnabled(self._editing or self.repeat.rule() is None)
        self.repeat_toggle.setArrowType(Qt.ArrowType.DownArrow if self.repeat_toggle.isChecked()
                                        else Qt.ArrowType.RightArrow)

    # ----- reading and showing the form ----------------------------------------------------

    def current_room(self) -> RoomInfo | None:
        """The room chosen, or None when none is."""
        return self._rooms.get(self.room_combo.currentData() or "")

    def has_layouts(self) -> bool:
        """True when the room offers layouts, so the layout row is on show."""
        return self.layout_combo.isVisibleTo(self)

    def form(self) -> BookingForm:
        """The booking as the fields now describe it."""
        day = pydate(self.date_edit.date())
        midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
        layout = self.layout_combo.currentData() if self.has_layouts() else None
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
            rule=self.repeat.rule() if not self._editing else None,
            skip_conflicts=self.repeat.skip_check.isChecked(),
            guest_tz=self.guest_zone_combo.zone())

    def show_form(self, form: BookingForm) -> None:
        """Put a BookingForm back into the fields (the repeat rule aside)."""
        self.choose_room(form.room)
        self.set_span(form.start, form.end)
        self._fill_layouts(form.layout)
        self.title_edit.setText(form.title)
        self.org_edit.setText(form.organization or "")
        self.guest_zone_combo.set_zone(form.guest_tz)
        self.attendees_spin.setValue(form.attendees)
        self.contact_edit.setText(form.contact_name)
        self.phone_edit.setText(form.contact_phone)
        if self.notes_edit.toPlainText() != form.notes:
            self.notes_edit.setPlainText(form.notes)

    def choose_room(self, code: str) -> None:
        """Pick the room with this code, if it is offered."""
        index = self.room_combo.findData(code)
        if index >= 0:
            self.room_combo.setCurrentIndex(index)

    def set_span(self, start: datetime, end: datetime) -> None:
        """Show this start and end, widening the date range when the day lies outside it."""
        start, end = local(start), local(end)
        self._duration = int((end - start).total_seconds() // 60)
        day = qdate(start.date())
        if day < self.date_edit.minimumDate() or day > self.date_edit.maximumDate():
            self.date_edit.setDateRange(min(day, self.date_edit.minimumDate()),
                                        max(day, self.date_edit.maximumDate()))
        self.date_edit.setDate(day)
        select_minutes(self.start_combo, minutes_after_midnight(start.date(), start))
        select_minutes(self.end_combo, minutes_after_midnight(start.date(), end))

    # ----- slots ----------------------------------------------------------------------------

    @Slot(str)
    def on_org_edit_text_changed(self, _text: str) -> None:
        self._update_org_hint()
        self.changed.emit()

    @Slot(int)
    def on_room_combo_current_index_changed(self, _index: int) -> None:
        self._fill_layouts(self.layout_combo.currentData())
        self._update_seats_hint()
        self.changed.emit()

    @Slot(int)
    def on_layout_combo_current_index_changed(self, _index: int) -> None:
        self._update_seats_hint()
        self.changed.emit()

    @Slot(QDate)
    def on_date_edit_date_changed(self, value: QDate) -> None:
        self.repeat.set_anchor(pydate(value))
        self._update_repeat_toggle()
        self.changed.emit()

    @Slot(int)
    def on_start_combo_current_index_changed(self, _index: int) -> None:
        # Moving the start keeps the length, as a calendar does.
        start = int(self.start_combo.currentData())
        end = min(start + self._duration, DAY_MINUTES)
        with QSignalBlocker(self.end_combo):
            select_minutes(self.end_combo, end)
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self.changed.emit()

    @Slot(int)
    def on_end_combo_current_index_changed(self, _index: int) -> None:
        length = int(self.end_combo.currentData()) - int(self.start_combo.currentData())
        if length > 0:
            self._duration = length
        self.changed.emit()

    @Slot(bool)
    def on_repeat_toggle_toggled(self, checked: bool) -> None:
        self.repeat.setVisible(checked)
        self._update_repeat_toggle()
        if checked:
            self.repeat.kind_combo.setFocus()

    @Slot()
    def on_repeat_changed(self) -> None:
        self._update_repeat_toggle()
        self.changed.emit()
