"""The event dialog: an organizer asks for the hall, checked as they type."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QSignalBlocker, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from booking.events.service import EventOutcome
from booking.policy import ADVANCE_WINDOW
from booking.services import Services
from booking.timeutil import BUILDING_TZ, hhmm, local, zone_abbreviation
from booking.views import RoomInfo
from ui.dialog.fields import (
    LengthCounter,
    attendees_spin,
    line_edit,
    organization_edit,
    title_edit,
)
from ui.dialog.frame import CheckedDialog
from ui.dialog.widgets import hint_label, problem_label, seats, sentence
from ui.events.equipment_editor import EquipmentEditor
from ui.events.form import EventForm, FieldProblem, rehearse, save_request
from ui.events.form_grid import FormGrid, minutes_spin, row_of
from ui.events.when_editor import WhenEditor
from ui.events.wording import layout_name
from ui.plain import PlainLabel
from ui.qdates import shown

# Problems of these fields wait until the person has been there: an empty form is no error.
QUIET_UNTIL_TOUCHED = ("title", "layout", "attendees")


class EventDialog(CheckedDialog):
    """Request the hall (whole or a half) for an event, checked live against the engine."""

    def __init__(self, *, services: Services, parent: QWidget | None = None,
                 hall: str | None = None, start: datetime | None = None,
                 end: datetime | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EventDialog")
        self._services = services
        self.outcome: EventOutcome | None = None
        self.problems: list[FieldProblem] = []
        self._today = local(services.now()).date()
        self._halls = {r.code: r for r in services.rooms() if r.kind == "hall" and r.bookable}
        # What a crew asks for first; chairs and tables beyond the layout come last.
        self._inventory = sorted(services.events.equipment(),
                                 key=lambda i: (i.code.startswith("extra_"), i.name.casefold()))
        self._organizations = {n.casefold(): n for n in services.organizations()}
        if start is None:
            start = datetime.combine(self._today + timedelta(days=1), time(9), tzinfo=BUILDING_TZ)
        if end is None or end <= start:
            end = min(start + timedelta(hours=4),
                      datetime.combine(local(start).date(), time(23), tzinfo=BUILDING_TZ))
        self._start, self._end = start, end
        self._build()
        self._fill(hall or "HALL")
        self._begin()

    # ----- building ------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget(self)
        form = FormGrid(left)
        self.errors, self.labels = form.errors, form.labels

        self.hall_combo = QComboBox(self)
        self.hall_combo.setObjectName("hallCombo")
        form.add_row("hall", self.hall_combo)

        self.when = WhenEditor(start=self._start, end=self._end, first=self._today,
                               last=self._today + ADVANCE_WINDOW + timedelta(days=7),
                               parent=self)
        self.when.setObjectName("whenEditor")
        self.start_date, self.start_combo = self.when.start_date, self.when.start_combo
        self.end_date, self.end_combo = self.when.end_date, self.when.end_combo
        self.nightly_check = self.when.nightly_check
        form.add_row("when", self.when, buddy=self.start_date, two_lines=True)

        self.title_edit = title_edit(self)
        self.title_counter = LengthCounter(self.title_edit, self)
        title_row = QHBoxLayout()
        title_row.setSpacing(6)
        title_row.addWidget(self.title_edit, 1)
        title_row.addWidget(self.title_counter.label)
        form.add_row("title", title_row, buddy=self.title_edit)

        self.layout_combo = QComboBox(self)
        self.layout_combo.setObjectName("layoutCombo")
        form.add_row("layout", self.layout_combo)

        self.attendees_spin = attendees_spin(self)
        self.seats_hint = hint_label(self)
        self.seats_hint.setObjectName("seatsHint")
        form.add_row("attendees", row_of(self.attendees_spin, self.seats_hint,
                                                      stretch=1), buddy=self.attendees_spin)

        self.setup_spin = minutes_spin(self, "setupSpin")
        self.teardown_spin = minutes_spin(self, "teardownSpin")
        self.before_label = PlainLabel(self)
        self.teardown_label = PlainLabel(self)
        self.teardown_label.setBuddy(self.teardown_spin)
        self.after_label = PlainLabel(self)
        crew = row_of(self.setup_spin, self.before_label)
        crew.addSpacing(14)
        for widget in (self.teardown_label, self.teardown_spin, self.after_label):
            crew.addWidget(widget)
        crew.addStretch(1)
        form.add_row("setup", crew, buddy=self.setup_spin)

        self.organizer_edit = line_edit(self, "organizerEdit")
        form.add_row("organizer", self.organizer_edit)

        self.org_edit = organization_edit(self, self._organizations.values())
        form.add_row("organization", self.org_edit)

        self.contact_edit = line_edit(self, "contactEdit")
        self.phone_edit = line_edit(self, "phoneEdit", max_length=60)
        contact = row_of(self.contact_edit, self.phone_edit)
        contact.setStretch(0, 3)
        contact.setStretch(1, 2)
        form.add_row("contact", contact, buddy=self.contact_edit)

        self.internal_radio = QRadioButton(self)
        self.internal_radio.setObjectName("internalRadio")
        self.public_radio = QRadioButton(self)
        self.public_radio.setObjectName("publicRadio")
        self.audience_group = QButtonGroup(self)
        self.audience_group.addButton(self.internal_radio)
        self.audience_group.addButton(self.public_radio)
        self.internal_radio.setChecked(True)
        audience = row_of(self.internal_radio, self.public_radio)
        audience.addStretch(1)
        form.add_row("audience", audience, buddy=self.internal_radio)
        form.finish()

        side = QWidget(self)
        side.setFixedWidth(330)
        side_box = QVBoxLayout(side)
        side_box.setContentsMargins(0, 0, 0, 0)
        self.equipment = EquipmentEditor(inventory=self._inventory, parent=self)
        self.equipment.setObjectName("equipmentBox")
        self.errors["equipment"] = self.equipment.error_label
        self.catering_label = PlainLabel(self)
        self.catering_edit = QPlainTextEdit(self)
        self.catering_edit.setObjectName("cateringEdit")
        self.catering_edit.setTabChangesFocus(True)
        self.catering_label.setBuddy(self.catering_edit)
        self.errors["catering"] = problem_label(self)
        side_box.addWidget(self.equipment)
        side_box.addSpacing(6)
        side_box.addWidget(self.catering_label)
        side_box.addWidget(self.catering_edit, 1)
        side_box.addWidget(self.errors["catering"])

        self._build_frame(left, side, minimum_width=920, size=(940, 520))

    def _fill(self, hall: str) -> None:
        for info in self._halls.values():
            self.hall_combo.addItem("", info.code)
        self.hall_combo.setCurrentIndex(max(0, self.hall_combo.findData(hall)))
        self.setup_spin.setValue(60)
        self.teardown_spin.setValue(60)
        self._fill_layouts(None)

    def _fill_layouts(self, keep: str | None) -> None:
        info = self.current_hall()
        with QSignalBlocker(self.layout_combo):
            self.layout_combo.clear()
            self.layout_combo.addItem("", "")
            for name in (info.layouts if info else {}):
                self.layout_combo.addItem("", name)
            index = self.layout_combo.findData(keep) if keep else 0
            self.layout_combo.setCurrentIndex(max(0, index))
        self._retranslate_layouts()

    # ----- signals and text ----------------------------------------------------------------

    def _connect_signals(self) -> None:
        super()._connect_signals()
        self.hall_combo.currentIndexChanged.connect(self.on_hall_combo_current_index_changed)
        self.layout_combo.currentIndexChanged.connect(
            self.on_layout_combo_current_index_changed)
        self.when.changed.connect(self.on_form_changed)
        self.title_edit.textEdited.connect(self.on_title_edit_text_edited)
        self.attendees_spin.valueChanged.connect(self.on_attendees_spin_value_changed)
        for widget in (self.title_edit, self.organizer_edit, self.org_edit, self.contact_edit,
                       self.phone_edit):
            widget.textChanged.connect(self.on_form_changed)
        self.setup_spin.valueChanged.connect(self.on_form_changed)
        self.teardown_spin.valueChanged.connect(self.on_form_changed)
        self.catering_edit.textChanged.connect(self.on_form_changed)
        self.public_radio.toggled.connect(self.on_form_changed)
        self.equipment.changed.connect(self.on_form_changed)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Request the hall for an event"))
        for index in range(self.hall_combo.count()):
            info = self._halls[self.hall_combo.itemData(index)]
            whole = info.parent_code is None
            self.hall_combo.setItemText(index, self.tr("{0} ({1}) · up to {2}").format(
                info.name, self.tr("whole, both halves") if whole else self.tr("half"),
                seats(info.capacity)))
        texts = {"hall": self.tr("&Hall"), "when": self.tr("&When"), "title": self.tr("&Title"),
                 "layout": self.tr("La&yout"), "attendees": self.tr("&Attendees"),
                 "setup": self.tr("Set&up"), "organizer": self.tr("Or&ganizer"),
                 "organization": self.tr("&For"), "contact": self.tr("On the &day"),
                 "audience": self.tr("Audience")}
        for key, text in texts.items():
            self.labels[key].setText(text)
        self.title_edit.setPlaceholderText(self.tr("What is it? e.g. Product launch"))
        self.attendees_spin.setSpecialValueText(self.tr("how many?"))
        for spin in (self.setup_spin, self.teardown_spin):
            spin.setSuffix(self.tr(" min"))
        self.setup_spin.setToolTip(self.tr("Minutes the crew needs before the event (15-minute "
                                           "steps); the hall is blocked from then"))
        self.teardown_spin.setToolTip(self.tr("Minutes the crew needs after the event "
                                              "(15-minute steps)"))
        self.before_label.setText(self.tr("before"))
        self.teardown_label.setText(self.tr("Tear&down"))
        self.after_label.setText(self.tr("after"))
        self.organizer_edit.setPlaceholderText(self.tr("Who organizes it, e.g. Dewi Lestari"))
        self.org_edit.setPlaceholderText(self.tr("Organization it is for (optional)"))
        self.contact_edit.setPlaceholderText(self.tr("Contact on the day"))
        self.phone_edit.setPlaceholderText(self.tr("Phone"))
        self.internal_radio.setText(self.tr("&Internal"))
        self.public_radio.setText(self.tr("&Public (open to visitors)"))
        self.catering_label.setText(self.tr("&Catering"))
        self.catering_edit.setPlaceholderText(self.tr(
            "e.g. Coffee break at 10:00, lunch boxes (halal) for all"))
        self.equipment.retranslate_ui()
        self.when.retranslate_ui()
        self.save_button.setText(self.tr("&Send request"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Close without asking (Esc)"))
        self._retranslate_layouts()
        self._update_hints()
        self._show_check()

    def _retranslate_layouts(self) -> None:
        info = self.current_hall()
        self.layout_combo.setItemText(0, self.tr("Choose a layout…"))
        for index in range(1, self.layout_combo.count()):
            name = str(self.layout_combo.itemData(index))
            capacity = info.layouts.get(name, 0) if info else 0
            self.layout_combo.setItemText(index, self.tr("{0} · {1}").format(
                layout_name(name), seats(capacity)))

    def _update_hints(self) -> None:
        info = self.current_hall()
        layout = str(self.layout_combo.currentData() or "")
        if info is None:
            self.seats_hint.clear()
        elif layout:
            self.seats_hint.setText(self.tr("{0} seats {1} in the {2} layout").format(
                info.name, info.layouts.get(layout, 0), layout_name(layout).lower()))
        else:
            self.seats_hint.setText(self.tr("{0} holds up to {1}; the layout decides").format(
                info.name, info.capacity))
        self.when.show_blocked(self.setup_spin.value(), self.teardown_spin.value())

    # ----- reading the form ----------------------------------------------------------------

    def current_hall(self) -> RoomInfo | None:
        return self._halls.get(self.hall_combo.currentData() or "")

    def form(self) -> EventForm:
        """The request as the form now describes it."""
        organization = self.org_edit.text().strip()
        return EventForm(
            hall=str(self.hall_combo.currentData() or ""), start=self.when.start(),
            end=self.when.end(),
            title=self.title_edit.text(), layout=str(self.layout_combo.currentData() or ""),
            attendees=self.attendees_spin.value(), setup_min=self.setup_spin.value(),
            teardown_min=self.teardown_spin.value(), equipment=self.equipment.values(),
            catering=self.catering_edit.toPlainText(), organizer=self.organizer_edit.text(),
            organization=self._organizations.get(organization.casefold(), organization) or None,
            contact_name=self.contact_edit.text(), contact_phone=self.phone_edit.text(),
            public=self.public_radio.isChecked(),
            nightly_teardown=self.when.nightly())

    # ----- checking -------------------------------------------------------------------------

    def check_now(self) -> list[FieldProblem]:
        """Check the form at once and show what stands in the way of sending it."""
        self._check_timer.stop()
        rehearsal = rehearse(self._services, self.form())
        self.problems = rehearsal.problems
        self.equipment.show_free(rehearsal.free)
        self._update_hints()
        self._show_check()
        return self.problems

    def _visible(self, problem: FieldProblem) -> bool:
        return (problem.field not in QUIET_UNTIL_TOUCHED or problem.kind != "bad_input"
                or problem.field in self._touched)

    def _show_check(self) -> None:
        shown: dict[str, list[str]] = {}
        for problem in self.problems:
            if self._visible(problem):
                shown.setdefault(problem.field, []).append(sentence(problem.message))
        for key, label in self.errors.items():
            label.setText("\n".join(shown.get(key, [])))
            label.setVisible(bool(shown.get(key)))
        self._show_blockers([p.message for p in self.problems],
                            blocked=self.tr("Cannot send yet: {0}"), calm=not shown,
                            ready_tip=self.tr("Send the request to a manager (Enter)"))

    def _ready_text(self) -> str:
        form = self.form()
        info = self.current_hall()
        return self.tr("Ready to send: {0}, {1:%a %d %b %Y} {2}–{3} {4}. The hall is held for "
                       "you until a manager decides.").format(
            info.name if info else form.hall, shown(local(form.start)), hhmm(form.start),
            hhmm(form.end), zone_abbreviation(form.start))

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_form_changed(self) -> None:
        self._update_hints()
        self.schedule_check()

    @Slot(int)
    def on_attendees_spin_value_changed(self, _value: int) -> None:
        self._touched.add("attendees")
        self.schedule_check()

    @Slot(int)
    def on_hall_combo_current_index_changed(self, _index: int) -> None:
        self._fill_layouts(str(self.layout_combo.currentData() or "") or None)
        self._update_hints()
        self.schedule_check()

    @Slot(int)
    def on_layout_combo_current_index_changed(self, _index: int) -> None:
        self._touched.add("layout")
        self._update_hints()
        self.schedule_check()

    # ----- saving ---------------------------------------------------------------------------

    def _enter_saves(self, event: QKeyEvent) -> bool:
        # In the catering notes Enter is a new line.
        return super()._enter_saves(event) and not self.catering_edit.hasFocus()

    def _save_on_enter(self) -> None:
        self._touched.update(QUIET_UNTIL_TOUCHED)
        if not self.save():
            self._show_check()

    def _commit(self) -> None:
        self.outcome = save_request(self._services, self.form())

    def _refusal_text(self, message: str) -> str:
        return self.tr("Not sent: {0}").format(message)

    @classmethod
    def ask(cls, *, services: Services, parent: QWidget | None = None, hall: str | None = None,
            start: datetime | None = None, end: datetime | None = None) -> EventOutcome | None:
        """Open the dialog and wait; the request sent, or None when cancelled."""
        dialog = cls(services=services, parent=parent, hall=hall, start=start, end=end)
        return dialog.outcome if dialog.run() else None
