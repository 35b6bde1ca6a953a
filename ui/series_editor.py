"""The series editor: change one date, this and the following, or all dates of a series."""

from datetime import date

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.series.service import Occurrence, SeriesConflict, SeriesRefused
from booking.services import Services
from booking.timeutil import hhmm, local, zone_abbreviation
from booking.views import BookingView, RoomInfo
from ui.dialog.fields import title_edit
from ui.dialog.form import BookingForm, save_edit
from ui.dialog.frame import CheckedDialog
from ui.dialog.repeat_editor import RepeatEditor
from ui.dialog.series_cancel import cancel_dates
from ui.dialog.series_change import (
    SCOPES,
    SeriesForm,
    SeriesSaved,
    booked_and_skipped,
    with_exceptions,
)
from ui.dialog.series_preview import BLOCKING_VERDICTS, SeriesPreview
from ui.dialog.series_summary import SeriesSummary
from ui.dialog.widgets import (
    DAY_MINUTES,
    ERROR_COLOUR,
    HINT_COLOUR,
    clock,
    label_ends,
    seats,
    select_minutes,
)
from ui.plain import PlainLabel, plain_tooltip
from ui.qdates import shown

SLOT = 15


class SeriesEditor(CheckedDialog):
    """A series opened from one of its dates: change it with every date judged before saving."""

    def __init__(self, *, services: Services, booking: BookingView,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if booking.series_id is None:
            raise ValueError("the booking is not part of a series")
        self.setObjectName("SeriesEditor")
        self._services = services
        self._booking = booking
        self._day = (date.fromisoformat(booking.occurrence_date) if booking.occurrence_date
                     else local(booking.start).date())
        self._today = local(services.now()).date()
        self._info = services.series.show(booking.series_id)
        self._rooms = {r.code: r for r in services.rooms() if r.bookable and not r.retired}
        self._duration = self._info.duration_min
        self._typed = False
        self.saved: SeriesSaved | None = None
        self.preview: tuple[Occurrence, ...] = ()
        self.problems: list[str] = []
        self._nothing_changed = False
        self._build()
        self._rule_known = self.repeat.set_rule(self._info.rule)
        self._fill_from_series()
        self._begin()

    # ----- building ------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget(self)
        box = QVBoxLayout(left)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(6)
        room = self._rooms.get(self._info.room)
        # The rule in words needs the repeat choices, built below; set in retranslate_ui.
        self.summary = SeriesSummary(info=self._info, parent=self, rule_words=self._info.rule,
                                     room_name=room.name if room else self._info.room)
        self.heading, self.about = self.summary.heading, self.summary.about
        self.kept_label = self.summary.kept_label
        box.addWidget(self.summary)

        self.scope_box = QGroupBox(self)
        scope_layout = QVBoxLayout(self.scope_box)
        scope_layout.setSpacing(2)
        self.scope_group = QButtonGroup(self)
        self.scope_radios: dict[str, QRadioButton] = {}
        for scope in SCOPES:
            radio = QRadioButton(self.scope_box)
            radio.setObjectName(f"scope_{scope}")
            self.scope_group.addButton(radio)
            self.scope_radios[scope] = radio
            scope_layout.addWidget(radio)
        self.scope_radios["following"].setChecked(True)
        box.addWidget(self.scope_box)

        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setColumnMinimumWidth(0, 84)
        grid.setColumnStretch(1, 1)
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("roomCombo")
        self.room_combo.setMaxVisibleItems(16)
        for code in self._rooms:
            self.room_combo.addItem("", code)
        self.room_label = PlainLabel(self)
        self.room_label.setBuddy(self.room_combo)
        self.start_combo = QComboBox(self)
        self.start_combo.setObjectName("startCombo")
        self.end_combo = QComboBox(self)
        self.end_combo.setObjectName("endCombo")
        for combo, minutes in ((self.start_combo, range(0, DAY_MINUTES, SLOT)),
                               (self.end_combo, range(SLOT, DAY_MINUTES + 1, SLOT))):
            combo.setMaxVisibleItems(12)
            for value in minutes:
                combo.addItem(clock(value), value)
        self.until_label = PlainLabel("–", self)
        self.zone_label = PlainLabel(self)
        when_row = QHBoxLayout()
        when_row.setSpacing(6)
        when_row.addWidget(self.start_combo, 1)
        when_row.addWidget(self.until_label)
        when_row.addWidget(self.end_combo, 1)
        when_row.addWidget(self.zone_label)
        when_row.addStretch(1)
        self.when_label = PlainLabel(self)
        self.when_label.setBuddy(self.start_combo)
        self.title_edit = title_edit(self)
        self.title_label = PlainLabel(self)
        self.title_label.setBuddy(self.title_edit)
        grid.addWidget(self.room_label, 0, 0)
        grid.addWidget(self.room_combo, 0, 1)
        grid.addWidget(self.when_label, 1, 0)
        grid.addLayout(when_row, 1, 1)
        grid.addWidget(self.title_label, 2, 0)
        grid.addWidget(self.title_edit, 2, 1)
        box.addLayout(grid)

        self.rule_check = QCheckBox(self)
        self.rule_check.setObjectName("ruleCheck")
        # The editor has its own skip choice, for a change of time or room as well.
        self.repeat = RepeatEditor(anchor=local(self._info.first_start).date(),
                                   with_skip=False, parent=self)
        self.repeat.setObjectName("repeatEditor")
        self.repeat.drop_none()
        self.repeat.setEnabled(False)
        self.skip_check = QCheckBox(self)
        self.skip_check.setObjectName("skipConflictsCheck")
        box.addWidget(self.rule_check)
        box.addWidget(self.repeat)
        box.addWidget(self.skip_check)
        box.addWidget(self.kept_label)
        box.addStretch(1)

        self.series_box = SeriesPreview(parent=self)
        self.series_box.setObjectName("seriesBox")
        self.series_summary, self.series_list = self.series_box.summary, self.series_box.dates
        side = QWidget(self)
        side.setFixedWidth(380)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        side_box.addWidget(self.series_box)
        self._build_frame(left, side, minimum_width=920, size=(920, 600))
        self.cancel_dates_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_dates_button.setObjectName("cancelDatesButton")
        self.cancel_dates_button.setAutoDefault(False)

    def _fill_from_series(self) -> None:
        start = local(self._info.first_start)
        self._fill(self._info.room, start.hour * 60 + start.minute,
                   self._info.duration_min, self._info.title)

    def _fill_from_booking(self) -> None:
        start, end = local(self._booking.start), local(self._booking.end)
        minutes = start.hour * 60 + start.minute
        self._fill(self._booking.room, minutes,
                   int((end - start).total_seconds() // 60), self._booking.title)

    def _fill(self, room: str, start: int, duration: int, title: str) -> None:
        """Show values without counting them as the person's typing."""
        if room not in self._rooms:
            found = {r.code: r for r in self._services.rooms(include_retired=True)}.get(room)
            if found is not None:
                self._rooms[room] = found
                self.room_combo.addItem("", room)
        self._duration = duration
        with QSignalBlocker(self.room_combo), QSignalBlocker(self.start_combo), \
                QSignalBlocker(self.end_combo), QSignalBlocker(self.title_edit):
            self.room_combo.setCurrentIndex(max(self.room_combo.findData(room), 0))
            select_minutes(self.start_combo, start)
            select_minutes(self.end_combo, start + duration)
            self.title_edit.setText(title)

    # ----- signals and text ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.scope_group.buttonToggled.connect(self.on_scope_group_button_toggled)
        self.room_combo.currentIndexChanged.connect(self.on_field_changed)
        self.start_combo.currentIndexChanged.connect(self.on_start_combo_current_index_changed)
        self.end_combo.currentIndexChanged.connect(self.on_end_combo_current_index_changed)
        self.title_edit.textEdited.connect(self.on_field_changed)
        self.rule_check.toggled.connect(self.on_rule_check_toggled)
        self.repeat.changed.connect(self.on_field_changed)
        self.skip_check.toggled.connect(self.on_skip_check_toggled)
        self.cancel_dates_button.clicked.connect(self.on_cancel_dates_button_clicked)

    def retranslate_ui(self) -> None:
        info = self._info
        self.setWindowTitle(self.tr("Series #{0}").format(info.id))
        self.summary.set_rule_words(self.repeat.summary() if self._rule_known else info.rule)
        self.scope_box.setTitle(self.tr("Change"))
        self.scope_radios["this"].setText(self.tr("Only &this date, {0:%a %d %b %Y}").format(
            shown(self._day)))
        self.scope_radios["following"].setText(self.tr("This date and the &following "
                                                       "ones"))
        self.scope_radios["all"].setText(self.tr("&All dates (those already past stay as "
                                                 "they were)"))
        for index in range(self.room_combo.count()):
            found = self._rooms.get(self.room_combo.itemData(index) or "")
            if found is not None:
                self.room_combo.setItemText(index, self.tr("{0} ({1}) · {2}").format(
                    found.name, found.code, seats(found.capacity)))
        self.room_label.setText(self.tr("&Room"))
        self.when_label.setText(self.tr("&Time"))
        self.zone_label.setText(zone_abbreviation())
        self.title_label.setText(self.tr("T&itle"))
        self.rule_check.setText(self.tr("Change how it re&peats"))
        if not self._rule_known:
            self.rule_check.setToolTip(plain_tooltip(self.tr(
                "The series repeats by a rule the choices cannot show ({0}); a new choice "
                "replaces it.").format(info.rule)))
        self.skip_check.setText(self.tr("S&kip dates that cannot be booked"))
        self.skip_check.setToolTip(self.tr(
            "Save the dates that are free and leave out the ones that clash or break a rule."))
        self.repeat.retranslate_ui()
        self.series_box.retranslate_ui()
        self.cancel_button.setText(self.tr("Close"))
        self.cancel_button.setToolTip(self.tr("Close without saving (Esc)"))
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self._show_check()

    def _update_cancel_text(self) -> None:
        scope = self.scope()
        self.cancel_dates_button.setText({
            "this": self.tr("Cancel this &date…"),
            "following": self.tr("Cancel from this &date…"),
            "all": self.tr("Cancel the &series…")}[scope])
        self.cancel_dates_button.setToolTip({
            "this": self.tr("Cancel only {0:%a %d %b}; the series goes on").format(
                shown(self._day)),
            "following": self.tr("Cancel {0:%a %d %b} and every date after it").format(
                shown(self._day)),
            "all": self.tr("Cancel every date from today on")}[scope])

    # ----- reading the form ----------------------------------------------------------------

    def scope(self) -> str:
        return next(s for s, radio in self.scope_radios.items() if radio.isChecked())

    def current_room(self) -> RoomInfo | None:
        return self._rooms.get(self.room_combo.currentData() or "")

    def form(self) -> SeriesForm:
        """The choices as the form now holds them."""
        rule = self.repeat.rule() if self.rule_check.isChecked() else None
        return SeriesForm(
            scope=self.scope(), room=str(self.room_combo.currentData() or ""),
            start_minutes=int(self.start_combo.currentData() or 0),
            end_minutes=int(self.end_combo.currentData() or 0), title=self.title_edit.text(),
            rule=rule, skip_conflicts=self.skip_check.isChecked())

    # ----- checking -------------------------------------------------------------------------

    def check_now(self) -> list[str]:
        """Judge the dates the form would change, and show what stands in the way."""
        self._check_timer.stop()
        form = self.form()
        self.preview = ()
        self.problems = []
        if form.scope == "this":
            self._nothing_changed = not form.changes_booking(self._booking)
            self._check_date(form)
        else:
            self._nothing_changed = not form.changes_series(self._info, self._day)
            if self.rule_check.isChecked() and form.rule is None:
                self.problems.append(self.tr("choose how the series repeats (to end it, "
                                             "cancel the dates instead)"))
            else:
                self._check_series(form)
        self._show_check()
        return self.problems

    def _check_date(self, form: SeriesForm) -> None:
        booking = self._booking
        start, end = form.span_on(self._day)
        found = self._services.check_booking(
            room=form.room, start=start, end=end, title=form.title,
            attendees=booking.attendees, layout=booking.layout,
            organization=booking.organization, exclude_booking_id=booking.id)
        verdict = "free"
        if any(p.kind == "conflict" for p in found):
            verdict = "conflict"
        elif found:
            verdict = "refused"
        detail = found[0].message if found else ""
        self.preview = (Occurrence(self._day, start, end, verdict, detail),)
        self.problems = [p.message for p in found]

    def _check_series(self, form: SeriesForm) -> None:
        try:
            outcome = self._services.series.edit(
                actor=self._services.actor, dry_run=True,
                **form.edit_arguments(self._info, self._day))
        except (SeriesConflict, SeriesRefused) as error:
            self.preview = with_exceptions(error.preview, self._info, self._since())
            blocking = [o for o in error.preview if o.verdict in BLOCKING_VERDICTS]
            first = blocking[0] if blocking else None
            self.problems.append(self.tr(
                "{0} of {1} dates cannot be booked ({2}); tick “Skip dates that cannot be "
                "booked” or change the series").format(
                len(blocking), len([o for o in error.preview if o.verdict != "kept"]),
                f"{shown(first.day):%a %d %b}: {first.detail}" if first else error.message))
            return
        except BookingError as error:
            self.problems.append(error.message)
            return
        self.preview = with_exceptions(outcome.preview, self._info, self._since())

    def _since(self) -> date:
        """The first date a series edit of the chosen scope touches."""
        first = local(self._info.first_start).date()
        if self.scope() == "following" and self._day > first:
            return self._day
        return max(self._today, first)

    def _show_check(self) -> None:
        self._update_cancel_text()
        self.repeat.setVisible(self.rule_check.isChecked())
        ordered = list(self.problems)
        calm = False
        if not ordered and self._nothing_changed:
            ordered = [self.tr("nothing is changed yet: choose another room, time or title, "
                               "or change how it repeats")]
            calm = True
        self._show_blockers(ordered, blocked=self.tr("Save is off: {0}"), calm=calm,
                            ready_tip=self.tr("Save the change (Enter)"))
        skip = self.skip_check.isChecked()
        self.series_box.show_series(self.preview, self.problems, skip=skip)
        self.series_box.setTitle(self.tr("Dates this change touches"))
        booked = sum(1 for o in self.preview if o.verdict == "free")
        if self.scope() == "this":
            self.save_button.setText(self.tr("&Save this date"))
        else:
            self.save_button.setText(self.tr("&Save {0} dates").format(booked))

    def _ready_text(self) -> str:
        form = self.form()
        room = self.current_room()
        name = room.name if room else form.room
        if form.scope == "this":
            start, end = form.span_on(self._day)
            return self.tr("Ready to save {0:%a %d %b %Y} only: {1}, {2}–{3} {4}.").format(
                shown(self._day), name, hhmm(start), hhmm(end), zone_abbreviation(start))
        booked = [o for o in self.preview if o.verdict == "free"]
        left_out = [o for o in self.preview if o.verdict not in ("free", "kept")]
        text = self.tr("Ready to save {0} dates in {1}.").format(len(booked), name)
        if left_out:
            text += " " + self.tr("{0} left out.").format(len(left_out))
        return text

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_field_changed(self) -> None:
        self._typed = True
        self.schedule_check()

    @Slot(int)
    def on_start_combo_current_index_changed(self, _index: int) -> None:
        # Moving the start keeps the length, as the booking dialog does.
        start = int(self.start_combo.currentData())
        with QSignalBlocker(self.end_combo):
            select_minutes(self.end_combo, min(start + self._duration, DAY_MINUTES))
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self.on_field_changed()

    @Slot(int)
    def on_end_combo_current_index_changed(self, _index: int) -> None:
        length = int(self.end_combo.currentData()) - int(self.start_combo.currentData())
        if length > 0:
            self._duration = length
        label_ends(self.end_combo, int(self.start_combo.currentData() or 0))
        self.on_field_changed()

    @Slot(object, bool)
    def on_scope_group_button_toggled(self, _button: object, checked: bool) -> None:
        if not checked:
            return
        # Untouched fields follow the scope: one date shows that date as it is.
        if not self._typed:
            if self.scope() == "this":
                self._fill_from_booking()
            else:
                self._fill_from_series()
        self.rule_check.setEnabled(self.scope() != "this")
        self.skip_check.setEnabled(self.scope() != "this")
        if self.scope() == "this":
            self.rule_check.setChecked(False)
        self._update_cancel_text()
        self.schedule_check()

    @Slot(bool)
    def on_rule_check_toggled(self, checked: bool) -> None:
        self.repeat.setEnabled(checked)
        self.repeat.setVisible(checked)
        if checked and self._rule_known and "COUNT=" in self._info.rule:
            # A new rule counts from the first date it changes, as the series edit does.
            since = self._since().isoformat()
            left = {b.occurrence_date for b in self._info.occurrences
                    if (b.occurrence_date or "") >= since}
            left |= {d.isoformat() for d, _reason in self._info.skipped if d.isoformat() >= since}
            with QSignalBlocker(self.repeat.count_spin):
                self.repeat.count_spin.setValue(max(len(left), 1))
        self.on_field_changed()
        if checked:
            self.repeat.kind_combo.setFocus()

    @Slot(bool)
    def on_skip_check_toggled(self, _checked: bool) -> None:
        self.schedule_check()

    @Slot()
    def on_cancel_dates_button_clicked(self) -> None:
        try:
            saved = cancel_dates(self, self._services, scope=self.scope(),
                                 booking=self._booking, info=self._info, day=self._day,
                                 today=self._today)
        except BookingError as error:
            self._save_error = self.tr("Not cancelled: {0}").format(error.message)
            self._set_status(self._save_error, ERROR_COLOUR)
            return
        if saved is None:
            self._set_status(self.tr("Not cancelled: a reason is needed."), HINT_COLOUR)
            return
        self.saved = saved
        self.accept()

    # ----- saving ---------------------------------------------------------------------------

    def _save_on_enter(self) -> None:
        if self._check_timer.isActive():
            self.check_now()
        if self.save_button.isEnabled():
            self.save()

    def _commit(self) -> None:
        form = self.form()
        services = self._services
        if form.scope == "this":
            start, end = form.span_on(self._day)
            booking = self._booking
            change = save_edit(services, booking, BookingForm(
                room=form.room, start=start, end=end, title=form.title,
                organization=booking.organization, attendees=booking.attendees,
                layout=booking.layout, contact_name=booking.contact_name,
                contact_phone=booking.contact_phone, notes=booking.notes, rule=None,
                skip_conflicts=False), on_step=self._edited)
            self.saved = SeriesSaved(change, self.tr(
                "Saved '{0}' on {1:%a %d %b} only; the rest of the series is as it was.")
                .format(change.booking.title, shown(self._day)))
            return
        outcome = services.series.edit(actor=services.actor,
                                       **form.edit_arguments(self._info, self._day))
        booked, skipped = booked_and_skipped(outcome)
        self.saved = SeriesSaved(outcome.change, self.tr(
            "Series saved: {0} dates booked, {1} skipped.").format(booked, skipped))

    def _edited(self, booking: BookingView) -> None:
        # If a later step is refused, the earlier one stays saved: edit from there.
        self._booking = booking

    def _refusal_text(self, message: str) -> str:
        return self.tr("Not saved: {0}").format(message)

    @classmethod
    def ask(cls, *, services: Services, booking: BookingView,
            parent: QWidget | None = None) -> SeriesSaved | None:
        """Open the editor and wait; what was saved, or None when closed without saving."""
        dialog = cls(services=services, booking=booking, parent=parent)
        return dialog.saved if dialog.run() else None
