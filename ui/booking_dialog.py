"""The booking dialog: book or edit a booking (or a series) with live checks and alternatives."""

from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QDialogButtonBox, QPushButton, QVBoxLayout, QWidget

from booking.errors import BookingError, ConflictError
from booking.permissions import Action
from booking.policy import SLOT_MINUTES
from booking.series.service import Occurrence
from booking.services import Services
from booking.timeutil import BUILDING_TZ, guest_time_text, known_zone, local
from booking.validation import Problem
from booking.views import BookingView, Change, RoomInfo
from ui.bus import ChangeBus
from ui.dialog.alternatives import AlternativesPanel
from ui.dialog.booking_fields import BookingFields
from ui.dialog.cards import ClashCard, RoomCard
from ui.dialog.form import BookingForm, save_edit, save_new
from ui.dialog.frame import CheckedDialog
from ui.dialog.override import OverrideReason
from ui.dialog.series_preview import SeriesPreview, judge_new_series
from ui.dialog.stale import StaleCard, merge
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, sentence
from ui.plain import plain_tooltip
from ui.printing import DeskOf, Paperwork
from ui.qdates import shown

# Where a problem is shown; contact name and phone share one row.
FIELD_ORDER = ("room", "time", "title", "organization", "guest_tz", "layout", "attendees",
               "contact", "notes", "repeat")
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
        self._organization_zones = {name.casefold(): zone for name, zone
                                    in services.organization_tools.zones().items() if zone}
        organization_ids = {name.casefold(): org_id for name, org_id in known.items()}
        if booking is not None:
            start, end, room = booking.start, booking.end, booking.room
        if start is None:
            step = SLOT_MINUTES * 60
            stamp = int(services.now().timestamp())
            start = datetime.fromtimestamp((stamp + step - 1) // step * step, tz=BUILDING_TZ)
        if end is None or end <= start:
            end = start + timedelta(hours=1)
        details = booking or copy_of
        self.fields = BookingFields(
            rooms=self._rooms, organizations=self._organizations, today=self._today,
            editing=booking is not None, room=room, start=start, end=end, details=details,
            parent=self)
        if booking is not None:
            self.fields.set_series(booking.series_id)
        if details is not None:
            self._touched.add("title")
        self._alias_fields()
        self._build(organization_ids)
        if booking is None and copy_of is None and attendees > 0:
            self.attendees_spin.setValue(attendees)
        self._set_tab_order()
        self._begin()
        if room is not None and booking is None:
            # Room and time come from the drag: the person types the title next.
            self.title_edit.setFocus()

    # ----- building ------------------------------------------------------------------------

    def _alias_fields(self) -> None:
        # The fields stay reachable from the dialog, where tests and callers read them.
        fields = self.fields
        self.errors = fields.errors
        self.room_combo, self.date_edit = fields.room_combo, fields.date_edit
        self.start_combo, self.end_combo = fields.start_combo, fields.end_combo
        self.title_edit, self.title_counter = fields.title_edit, fields.title_counter
        self.org_edit, self.org_hint = fields.org_edit, fields.org_hint
        self.guest_zone_combo = fields.guest_zone_combo
        self.layout_combo = fields.layout_combo
        self.attendees_spin, self.seats_hint = fields.attendees_spin, fields.seats_hint
        self.contact_edit, self.phone_edit = fields.contact_edit, fields.phone_edit
        self.notes_edit, self.series_note = fields.notes_edit, fields.series_note
        self.repeat_toggle, self.repeat = fields.repeat_toggle, fields.repeat

    def _build(self, organization_ids: dict[str, int]) -> None:
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
        self._build_frame(self.fields, side, minimum_width=900, size=(900, 560))
        editing = self._booking is not None
        self.check_in_button = self._action_button("checkInButton", visible=editing)
        self._check_in_refusal = (self._services.bookings.check_in_refusal(self._booking.id)
                                  if self._booking is not None else None)
        self.check_in_button.setEnabled(editing and self._check_in_refusal is None)
        # Who may save despite a booking rule, giving a reason (the engine checks this again).
        self._may_override = self._services.may(Action.OVERRIDE)
        self._override_reason: str | None = None
        self.override_button = self._action_button("overrideButton", visible=False)
        self.print_button = self._action_button("printButton", visible=editing)
        self.paperwork = Paperwork(desk=DeskOf(self._services, self._say_printed), window=self)
        self.series_button = self._action_button(
            "seriesButton", visible=self._booking is not None and self._on_series is not None
            and self._booking.series_id is not None)
        self.history_button = self._action_button(
            "historyButton", visible=editing and self._services.may(Action.BOOKING_HISTORY))

    def _action_button(self, name: str, *, visible: bool) -> QPushButton:
        """A button beside Save and Cancel that Enter never presses."""
        button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        button.setObjectName(name)
        button.setAutoDefault(False)
        button.setVisible(visible)
        return button

    def _set_tab_order(self) -> None:
        chain = [*self.fields.tab_chain(), self.save_button, self.cancel_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    # ----- signals and text ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.title_edit.textEdited.connect(self.on_title_edit_text_edited)
        self.fields.changed.connect(self.on_fields_changed)
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
        for part in (self.stale_box, self.ready_box, self.clash_box, self.alternatives_box,
                     self.series_box, self.fields):
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
        self._show_check()

    # ----- reading the form ----------------------------------------------------------------

    def current_room(self) -> RoomInfo | None:
        return self.fields.current_room()

    def form(self) -> BookingForm:
        """The booking as the form now describes it."""
        return self.fields.form()

    # ----- checking -------------------------------------------------------------------------

    def check_now(self) -> list[Problem]:
        """Check the form at once and show what stands in the way of saving."""
        self._check_timer.stop()
        form = self.form()
        self.problems = self._services.check_booking(
            room=form.room, start=form.start, end=form.end, title=form.title,
            attendees=form.attendees, layout=form.layout, organization=form.organization,
            contact_name=form.contact_name, contact_phone=form.contact_phone, notes=form.notes,
            exclude_booking_id=self._booking.id if self._booking else None,
            guest_tz=form.guest_tz)
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
            if key == "layout" and not self.fields.has_layouts():
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
        # The guest's zone: the form's own, else the organization's (a series: only that).
        own = form.guest_tz if form.rule is None and known_zone(form.guest_tz or "") else None
        zone = own or self._organization_zones.get((form.organization or "").casefold())
        if self.preview:
            free = [o for o in self.preview if o.verdict == "free"]
            left_out = len(self.preview) - len(free)
            text = self.tr("Ready to save {0} dates in {1}, {2:%a %d %b} to {3:%a %d %b %Y}, "
                           "{4}.").format(len(free), name, shown(free[0].day), shown(free[-1].day),
                                          guest_time_text(form.start, form.end, zone))
            if left_out:
                text += " " + self.tr("{0} left out.").format(left_out)
            return text
        return self.tr("Ready to save: {0}, {1:%a %d %b %Y}, {2}. Press Enter.").format(
            name, shown(local(form.start)), guest_time_text(form.start, form.end, zone))

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
    def on_fields_changed(self) -> None:
        self.schedule_check()

    @Slot(str, object)
    def on_alternatives_box_chosen(self, what: str, value: Any) -> None:
        if what == "room":
            self.fields.choose_room(value)
        else:
            self.fields.set_span(*value)
        self._save_error = ""
        self.check_now()
        (self.save_button if self.save_button.isEnabled() else self.title_edit).setFocus()

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
        self.fields.set_series(fresh.series_id)
        self.fields.show_form(merged.form)
        self._check_in_refusal = self._services.bookings.check_in_refusal(fresh.id)
        self.check_in_button.setEnabled(self._check_in_refusal is None)
        self._save_error = ""
        self.retranslate_ui()
        self.check_now()
        self._set_status(self.stale_box.summary(merged), HINT_COLOUR)

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
