"""The booking dialog: book or edit a booking (or a series) with live checks and alternatives."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QSignalBlocker, Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError, ConflictError
from booking.permissions import Action
from booking.policy import ADVANCE_WINDOW, SLOT_MINUTES
from booking.series.service import Occurrence
from booking.services import Services
from booking.timeutil import BUILDING_TZ, hhmm, local
from booking.validation import Problem
from booking.views import BookingView, Change, RoomInfo
from ui.bus import ChangeBus
from ui.dialog.alternatives import AlternativesPanel
from ui.dialog.cards import ClashCard, RoomCard
from ui.dialog.fields import (
    LengthCounter,
    attendees_spin,
    line_edit,
    organization_edit,
    title_edit,
)
from ui.dialog.form import BookingForm, save_edit, save_new
from ui.dialog.frame import CheckedDialog
from ui.dialog.override import OverrideReason
from ui.dialog.repeat_editor import RepeatEditor
from ui.dialog.series_preview import SeriesPreview, judge_new_series
from ui.dialog.stale import StaleCard, merge
from ui.dialog.widgets import (
    DAY_MINUTES,
    ERROR_COLOUR,
    HINT_COLOUR,
    DateEdit,
    clock,
    hint_label,
    label_ends,
    minutes_after_midnight,
    problem_label,
    seats,
    select_minutes,
    sentence,
)
from ui.plain import PlainLabel, plain_tooltip
from ui.printing import DeskOf, Paperwork
from ui.qdates import pydate, qdate

# Where a problem is shown; contact name and phone share one row.
FIELD_ORDER = ("room", "time", "title", "organization", "layout", "attendees", "contact",
               "notes", "repeat")
FIELD_OF = {"contact_name": "contact", "contact_phone": "contact"}


class BookingDialog(CheckedDialog):
    """Book a room (once or repeating) or edit a booking, checked as the person types."""

    def __init__(self, *, services: Services, booking: BookingView | None = None,
                 room: str | None = None, start: datetime | None = None,
                 end: datetime | None = None, copy_of: BookingView | None = None,
                 attendees: int = 0, bus: ChangeBus | None = None,
                 on_series: Callable[[int], None] | None = None,
                 parent: QWidget | None = None) -> None:
        """booking: edit it; copy_of: a new booking with its details, room and times;
        attendees: the head count a new booking starts with (the walk-in's party);
        bus: the window's change bus, so the form checks itself again when the data changes;
        on_series: opens the series of a booking's date ("Edit series…" closes this first)."""
        super().__init__(parent)
        self.setObjectName("BookingDialog")
        self._services = services
        self._bus = bus
        self._booking = booking
        self._on_series = on_series
        self._copy_of = copy_of
        if copy_of is not None and booking is None:
            room, start, end = room or copy_of.room, start or copy_of.start, end or copy_of.end
        self.change: Change | None = None
        self.problems: list[Problem] = []
        self.preview: tuple[Occurrence, ...] = ()
        self._series_problems: list[str] = []
        self._today = local(services.now()).date()
        self._rooms = {r.code: r for r in services.rooms() if r.bookable and not r.retired}
        if booking is not None and booking.room not in self._rooms:
            found = {r.code: r for r in services.rooms(include_retired=True)}.get(booking.room)
            if found is not None:
                self._rooms[found.code] = found
        known = services.organizations()
        self._organizations = {name.casefold(): name for name in known}
        organization_ids = {name.casefold(): org_id for name, org_id in known.items()}
        if booking is not None:
            start, end, room = booking.start, booking.end, booking.room
        if start is None:
            step = SLOT_MINUTES * 60
            stamp = int(services.now().timestamp())
            start = datetime.fromtimestamp((stamp + step - 1) // step * step, tz=BUILDING_TZ)
        if end is None or end <= start:
            end = start + timedelta(hours=1)
        self._duration = int((end - start).total_seconds() // 60)
        self._build(local(start).date(), organization_ids)
        self._fill(room, local(start), local(end))
        if booking is None and copy_of is None and attendees > 0:
            self.attendees_spin.setValue(attendees)
        self._set_tab_order()
        self._begin()
        if room is not None and booking is None:
            # Room and time come from the drag: the person types the title next.
            self.title_edit.setFocus()

    # ----- building ------------------------------------------------------------------------

    def _build(self, day: date, organization_ids: dict[str, int]) -> None:
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
        self.date_edit.setDateRange(qdate(min(day, self._today)),
                                    qdate(max(day, self._today + ADVANCE_WINDOW)))
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
        self.ready_box = RoomCard(parent=self)
        self.clash_box = ClashCard(parent=self)
        self.clash_box.setObjectName("clashBox")
        self.alternatives_box = AlternativesPanel(
            services=self._services, rooms=self._rooms, organization_ids=organization_ids,
            parent=self)
        self.alternatives_box.setObjectName("alternativesBox")
        self.series_box = SeriesPreview(parent=self)
        self.series_box.setObjectName("seriesBox")
        # The cards' insides stay reachable from the dialog, where tests and callers read them.
        self.ready_label, self.clash_label = self.ready_box.label, self.clash_box.label
        self.times_heading = self.alternatives_box.times_heading
        self.times_list = self.alternatives_box.times_list
        self.rooms_heading = self.alternatives_box.rooms_heading
        self.rooms_list = self.alternatives_box.rooms_list
        self.series_summary, self.series_list = self.series_box.summary, self.series_box.dates
        self.stale_box = StaleCard(parent=self)
        for box in (self.stale_box, self.ready_box, self.clash_box, self.alternatives_box):
            side_box.addWidget(box)
        # The dates fill the column; the spacer only takes what is left when they are hidden.
        side_box.addWidget(self.series_box, 100)
        side_box.addStretch(1)
        self.clash_box.hide()
        self.alternatives_box.hide()
        self.series_box.hide()

        # Tall enough for a clash with its alternatives, so the dialog does not jump.
        self._build_frame(left, side, minimum_width=900, size=(900, 560))
        self.check_in_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.check_in_button.setObjectName("checkInButton")
        self.check_in_button.setAutoDefault(False)
        self.check_in_button.setVisible(self._booking is not None)
        self._check_in_refusal = (self._services.bookings.check_in_refusal(self._booking.id)
                                  if self._booking is not None else None)
        self.check_in_button.setEnabled(self._booking is not None
                                        and self._check_in_refusal is None)
        # Who may save despite a booking rule, giving a reason (the engine checks this again).
        self._may_override = self._services.may(Action.OVERRIDE)
        self._override_reason: str | None = None
        self.override_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.override_button.setObjectName("overrideButton")
        self.override_button.setAutoDefault(False)
        self.override_button.setVisible(False)
        self.print_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button.setObjectName("printButton")
        self.print_button.setAutoDefault(False)
        self.print_button.setVisible(self._booking is not None)
        self.paperwork = Paperwork(desk=DeskOf(self._services, self._say_printed), window=self)
        self.series_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.series_button.setObjectName("seriesButton")
        self.series_button.setAutoDefault(False)
        self.series_button.setVisible(self._booking is not None and self._on_series is not None
                                      and self._booking.series_id is not None)
        self.history_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.history_button.setObjectName("historyButton")
        self.history_button.setAutoDefault(False)
        self.history_button.setVisible(self._booking is not None
                                       and self._services.may(Action.BOOKING_HISTORY))

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
        self.date_edit.setDate(qdate(start.date()))
        select_minutes(self.start_combo, minutes_after_midnight(start.date(), start))
        select_minutes(self.end_combo, minutes_after_midnight(start.date(), end))
        booking = self._booking or self._copy_of
        self._fill_layouts(booking.layout if booking else None)
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
        super()._connect_signals()
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
        self.alternatives_box.chosen.connect(self.on_alternatives_box_chosen)
        self.check_in_button.clicked.connect(self.on_check_in_button_clicked)
        self.override_button.clicked.connect(self.on_override_button_clicked)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.stale_box.reload_requested.connect(self.on_stale_box_reload_requested)
        if self._bus is not None:
            self._bus.changed.connect(self.on_bus_changed)
        self.series_button.clicked.connect(self.on_series_button_clicked)
        self.history_button.clicked.connect(self.on_history_button_clicked)

    def retranslate_ui(self) -> None:
        if self._booking is None:
            self.setWindowTitle(self.tr("New booking"))
        else:
            self.setWindowTitle(self.tr("Edit booking #{0}").format(self._booking.id))
        for index in range(self.room_combo.count()):
            info = self._rooms.get(self.room_combo.itemData(index) or "")
            if info is not None:
                self.room_combo.setItemText(index, self.tr("{0} ({1}) · {2}").format(
                    info.name, info.code, seats(info.capacity)))
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
                "This date belongs to series #{0}; changes here apply to this date only. "
                "“Edit series…” changes the following dates or all of them.")
                .format(self._booking.series_id))
            self.series_note.show()
        for part in (self.stale_box, self.ready_box, self.clash_box, self.alternatives_box,
                     self.series_box, self.repeat):
            part.retranslate_ui()
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        self.override_button.setText(self.tr("&Override…"))
        self.override_button.setToolTip(self.tr(
            "Save despite the booking rule, giving a reason for the audit trail"))
        self.series_button.setText(self.tr("Edit s&eries…"))
        self.series_button.setToolTip(self.tr(
            "Change this date and the following ones, or the whole series (what is typed "
            "here is not saved)"))
        self.check_in_button.setText(self.tr("Check &in"))
        self.print_button.setText(self.tr("&Print confirmation…"))
        self.history_button.setText(self.tr("&History…"))
        self.history_button.setToolTip(self.tr("Who booked and changed this booking, when and why"))
        self.print_button.setToolTip(self.tr(
            "Print the booking as saved, for the guest (changes in the form are not printed)"))
        self.check_in_button.setToolTip(plain_tooltip(
            self._check_in_refusal.message if self._check_in_refusal is not None
            else self.tr("The guests have arrived (changes in the form are not saved)")))
        self._retranslate_layouts()
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self._update_org_hint()
        self._update_seats_hint()
        self._update_repeat_toggle()
        self._show_check()

    def _retranslate_layouts(self) -> None:
        info = self.current_room()
        if info is None:
            return
        self.layout_combo.setItemText(0, self.tr("Standard · {0}").format(
            seats(info.capacity)))
        for index in range(1, self.layout_combo.count()):
            name = str(self.layout_combo.itemData(index))
            self.layout_combo.setItemText(index, self.tr("{0} · {1}").format(
                name.replace("_", " ").title(), seats(info.layouts.get(name, 0))))

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
        day = pydate(self.date_edit.date())
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

    def check_now(self) -> list[Problem]:
        """Check the form at once and show what stands in the way of saving."""
        self._check_timer.stop()
        form = self.form()
        self.problems = self._services.check_booking(
            room=form.room, start=form.start, end=form.end, title=form.title,
            attendees=form.attendees, layout=form.layout, organization=form.organization,
            contact_name=form.contact_name, contact_phone=form.contact_phone, notes=form.notes,
            exclude_booking_id=self._booking.id if self._booking else None)
        self.preview = ()
        self._series_problems = []
        if form.rule is not None:
            # The preview judges the time of every date of the series instead.
            self.problems = [p for p in self.problems if p.field != "time"]
            self.preview, self._series_problems = judge_new_series(self._services, form)
        self._show_check()
        return self.problems

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
            label.setText("\n".join(sentence(m) for m in messages))
            label.setVisible(visible)
        ordered = [m for key in FIELD_ORDER for m in shown.get(key, [])]
        stale = self.stale_box.blocker()
        if stale is not None:
            ordered.insert(0, stale)
        # A form not yet filled in is no error: say what is missing, calmly.
        hidden = all(not label.isVisibleTo(self) for label in self.errors.values())
        self._show_blockers(ordered, blocked=self.tr("Save is off: {0}"), calm=hidden,
                            ready_tip=self.tr("Save the booking (Enter)"))
        self._update_save_text()
        self._update_override()
        self._show_side()

    def _rule_refusals_only(self) -> list[Problem]:
        """The rule refusals in the way when nothing else is (no clash, no bad input)."""
        if not self.problems or self._series_problems or self.preview:
            return []
        if any(p.kind != "rule" for p in self.problems):
            return []
        return list(self.problems)

    def _update_override(self) -> None:
        self.override_button.setVisible(self._may_override and bool(self._rule_refusals_only()))

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
            self.clash_box.show_booking(clash.clash)
        wants_rooms = clash is not None or any(
            p.rule in ("capacity", "term", "retired", "not_bookable") for p in self.problems)
        self.alternatives_box.show_offers(
            self.form(), with_times=clash is not None, with_rooms=wants_rooms,
            exclude_booking=self._booking.id if self._booking else None)
        self.series_box.setVisible(bool(self.preview) or bool(self._series_problems)
                                   and self.repeat.kind() != "none")
        self.series_box.show_series(self.preview, self._series_problems,
                                    skip=self.repeat.skip_check.isChecked())
        idle = not (self.alternatives_box.isVisibleTo(self) or self.preview
                    or self._series_problems)
        self.ready_box.setVisible(idle)
        if idle:
            form = self.form()
            self.ready_box.show_room(
                self.current_room(), start=form.start, end=form.end,
                blocked=any(p.field in ("room", "time") for p in self.problems))

    def offer_buttons(self) -> list[QPushButton]:
        """The alternatives on show, times first, then rooms."""
        return self.alternatives_box.offer_buttons()

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_override_button_clicked(self) -> None:
        refusals = self._rule_refusals_only()
        if not refusals:
            return
        reason = OverrideReason.ask(self, "\n".join(p.message for p in refusals))
        if reason is None:
            self._set_status(self.tr("Not saved: an override needs a reason."), HINT_COLOUR)
            return
        self._override_reason = reason
        try:
            self._commit()
        except BookingError as error:
            self._override_reason = None
            self.check_now()
            self._save_error = self._refusal_text(error.message)
            self._set_status(self._save_error, ERROR_COLOUR)
            return
        self.accept()

    @Slot()
    def on_series_button_clicked(self) -> None:
        booking, open_series = self._booking, self._on_series
        if booking is None or open_series is None:
            return
        # This dialog closes first, so the series editor is the one form on screen.
        self.reject()
        open_series(booking.id)

    @Slot()
    def on_check_in_button_clicked(self) -> None:
        booking = self._booking
        if booking is None:
            return
        try:
            self.change = self._services.bookings.check_in(
                actor=self._services.actor, booking_id=booking.id,
                expected_version=booking.version)
        except BookingError as error:
            self._save_error = self.tr("Not checked in: {0}").format(error.message)
            self._set_status(self._save_error, ERROR_COLOUR)
            return
        self.accept()

    @Slot()
    def on_print_button_clicked(self) -> None:
        if self._booking is not None:
            self.paperwork.print_confirmation(self._booking.id)

    @Slot()
    def on_history_button_clicked(self) -> None:
        if self._booking is not None:
            from ui.session.audit_view import HistoryDialog  # loaded when first asked for

            HistoryDialog.show_for(services=self._services, booking_id=self._booking.id,
                                   parent=self)

    def _say_printed(self, text: str) -> None:
        self._set_status(text, HINT_COLOUR)

    @Slot()
    def on_form_changed(self) -> None:
        self.schedule_check()

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
        self.repeat.set_anchor(pydate(value))
        self._update_repeat_toggle()
        self.schedule_check()

    @Slot(int)
    def on_start_combo_current_index_changed(self, _index: int) -> None:
        # Moving the start keeps the length, as a calendar does.
        start = int(self.start_combo.currentData())
        end = min(start + self._duration, DAY_MINUTES)
        with QSignalBlocker(self.end_combo):
            select_minutes(self.end_combo, end)
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
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

    @Slot(str, object)
    def on_alternatives_box_chosen(self, what: str, value: Any) -> None:
        if what == "room":
            self.room_combo.setCurrentIndex(self.room_combo.findData(value))
        else:
            self._set_span(*value)
        self._save_error = ""
        self.check_now()
        (self.save_button if self.save_button.isEnabled() else self.title_edit).setFocus()

    def _set_span(self, start: datetime, end: datetime) -> None:
        start, end = local(start), local(end)
        self._duration = int((end - start).total_seconds() // 60)
        day = qdate(start.date())
        if day < self.date_edit.minimumDate() or day > self.date_edit.maximumDate():
            self.date_edit.setDateRange(min(day, self.date_edit.minimumDate()),
                                        max(day, self.date_edit.maximumDate()))
        self.date_edit.setDate(day)
        select_minutes(self.start_combo, minutes_after_midnight(start.date(), start))
        select_minutes(self.end_combo, minutes_after_midnight(start.date(), end))

    # ----- another desk's changes -------------------------------------------------------------

    @Slot(object)
    def on_bus_changed(self, _change: object) -> None:
        if not self.isVisible():  # closed, waiting to be deleted
            return
        self._notice_fresh()
        self.schedule_check()

    def done(self, result: int) -> None:
        if self._bus is not None:
            self._bus.changed.disconnect(self.on_bus_changed)
            self._bus = None
        super().done(result)

    def _notice_fresh(self) -> bool:
        """Put up the card when the database holds a newer booking than the form edits."""
        if self._booking is None:
            return False
        try:
            fresh = self._services.booking(self._booking.id)
        except BookingError:
            return False
        if fresh.version == self._booking.version:
            return False
        self.stale_box.show_fresh(fresh)
        return True

    @Slot()
    def on_stale_box_reload_requested(self) -> None:
        fresh, original = self.stale_box.fresh, self._booking
        if fresh is None or original is None:
            return
        merged = merge(original, fresh, self.form())
        self._booking = fresh
        self.stale_box.clear()
        self._show_form(merged.form)
        self._check_in_refusal = self._services.bookings.check_in_refusal(fresh.id)
        self.check_in_button.setEnabled(self._check_in_refusal is None)
        self._save_error = ""
        self.retranslate_ui()
        self.check_now()
        self._set_status(self.stale_box.summary(merged), HINT_COLOUR)

    def _show_form(self, form: BookingForm) -> None:
        index = self.room_combo.findData(form.room)
        if index >= 0:
            self.room_combo.setCurrentIndex(index)
        self._set_span(form.start, form.end)
        self._fill_layouts(form.layout)
        self.title_edit.setText(form.title)
        self.org_edit.setText(form.organization or "")
        self.attendees_spin.setValue(form.attendees)
        self.contact_edit.setText(form.contact_name)
        self.phone_edit.setText(form.contact_phone)
        if self.notes_edit.toPlainText() != form.notes:
            self.notes_edit.setPlainText(form.notes)

    # ----- saving ---------------------------------------------------------------------------

    def _save_on_enter(self) -> None:
        if self._check_timer.isActive():
            self.check_now()
        if self.save_button.isEnabled():
            self.save()
        else:
            self._touched.add("title")
            self._show_check()

    def _commit(self) -> None:
        form = self.form()
        reason = self._override_reason
        if self._booking is not None:
            try:
                self.change = save_edit(self._services, self._booking, form,
                                        on_step=self._edited, override_reason=reason)
            except ConflictError as error:
                # Overtaken before the watch noticed: offer the reload now.
                if self._booking.id in error.clashing_ids:
                    self._notice_fresh()
                raise
        else:
            self.change = save_new(self._services, form, override_reason=reason)

    def _refusal_text(self, message: str) -> str:
        return self.tr("Not saved: {0}").format(message)

    def _edited(self, booking: BookingView) -> None:
        # If a later step of an edit is refused, the earlier one stays saved: edit from there.
        self._booking = booking

    @classmethod
    def ask(cls, *, services: Services, parent: QWidget | None = None,
            **prefill: Any) -> Change | None:
        """Open the dialog and wait; the Change saved, or None when cancelled."""
        dialog = cls(services=services, parent=parent, **prefill)
        return dialog.change if dialog.run() else None
