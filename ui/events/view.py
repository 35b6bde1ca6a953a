"""The events view: the hall's month, the requests awaiting a decision, and the event in full."""

from datetime import date, datetime, time, timedelta
from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QPushButton,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError, NotPermitted
from booking.events.service import EventView
from booking.permissions import Action
from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from booking.views import Change
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, OK_COLOUR
from ui.document_language import DocumentLanguage
from ui.events.asks import ApproveConfirmation, DeclineReason, SheetPath
from ui.events.details import EventDetails
from ui.events.dialog import EventDialog
from ui.events.month import Legend, MonthGrid, grid_days
from ui.events.requests import PendingList
from ui.events.wording import CLOSED_STATUSES, OPEN_STATUSES, hall_tags
from ui.plain import PlainLabel
from ui.printing import PdfPath
from ui.qdates import shown


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BUILDING_TZ)


class EventsView(QWidget):
    """Hall events by month; a manager decides requests here, an organizer asks for the hall."""

    changed = Signal(object)

    def __init__(self, *, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("EventsView")
        self._services = services
        self._read_names()
        today = local(services.now()).date()
        self.month = today.replace(day=1)
        self.selected_id: int | None = None
        self.selected_day: date | None = None
        self.events: list[EventView] = []
        self.pending: list[EventView] = []
        self._build()
        self._connect_signals()
        self.retranslate_ui()
        self.show_permissions()
        self.refresh()

    def _read_names(self) -> None:
        """The halls and the equipment as named in the language spoken."""
        services = self._services
        self._rooms = {r.code: r for r in services.rooms() if r.kind == "hall"}
        self._names = {i.code: i.name for i in services.events.equipment()}
        self._tags = hall_tags(list(self._rooms.values()))

    def reload_building(self) -> None:
        """Read the halls' and equipment's names again (the language changed) and repaint."""
        self._read_names()
        self.refresh()

    def show_permissions(self) -> None:
        """Approve and Decline only for those who may decide (again after a switch of user)."""
        services = self._services
        allowed = services.may(Action.EVENT_DECIDE)
        self.pending_list.set_decisions(allowed, "" if allowed else self.tr(
            "Only a manager may approve or decline a request (signed in as {0})").format(
            services.actor))

    # ----- building ------------------------------------------------------------------------

    def _build(self) -> None:
        self.previous_button = QToolButton(self)
        self.previous_button.setObjectName("previousMonth")
        self.today_button = QPushButton(self)
        self.today_button.setObjectName("todayButton")
        self.next_button = QToolButton(self)
        self.next_button.setObjectName("nextMonth")
        self.month_label = PlainLabel(self)
        self.month_label.setObjectName("monthLabel")
        font = QFont(self.month_label.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.month_label.setFont(font)
        self.legend = Legend(parent=self)
        self.closed_check = QCheckBox(self)
        self.closed_check.setObjectName("closedCheck")
        self.request_button = QPushButton(self)
        self.request_button.setObjectName("requestButton")
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for widget in (self.previous_button, self.today_button, self.next_button):
            bar.addWidget(widget)
        bar.addSpacing(10)
        bar.addWidget(self.month_label)
        bar.addStretch(1)
        bar.addWidget(self.legend)
        bar.addSpacing(12)
        bar.addWidget(self.closed_check)
        bar.addSpacing(12)
        bar.addWidget(self.request_button)

        self.month_grid = MonthGrid(parent=self)
        self.pending_heading = PlainLabel(self)
        self.pending_heading.setObjectName("pendingHeading")
        heading_font = QFont(self.pending_heading.font())
        heading_font.setBold(True)
        self.pending_heading.setFont(heading_font)
        self.pending_list = PendingList(parent=self)
        self.details = EventDetails(parent=self)
        self.print_button = self.details.print_button
        self.letter_button = self.details.letter_button
        pending = QWidget(self)
        pending_box = QVBoxLayout(pending)
        pending_box.setContentsMargins(0, 0, 0, 0)
        pending_box.addWidget(self.pending_heading)
        pending_box.addWidget(self.pending_list, 1)
        side = QSplitter(Qt.Orientation.Vertical, self)
        side.setObjectName("eventsSide")
        side.addWidget(pending)
        side.addWidget(self.details)
        side.setChildrenCollapsible(False)
        side.setSizes([330, 320])
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.month_grid)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setChildrenCollapsible(False)
        side.setMinimumWidth(300)
        self.splitter.setSizes([740, 320])

        self.status_label = PlainLabel(self)
        self.status_label.setObjectName("eventsStatus")
        self.status_label.setWordWrap(True)
        box = QVBoxLayout(self)
        box.setContentsMargins(10, 8, 10, 6)
        box.setSpacing(6)
        box.addLayout(bar)
        box.addWidget(self.splitter, 1)
        box.addWidget(self.status_label)

    def _connect_signals(self) -> None:
        self.previous_button.clicked.connect(self.on_previous_button_clicked)
        self.next_button.clicked.connect(self.on_next_button_clicked)
        self.today_button.clicked.connect(self.on_today_button_clicked)
        self.closed_check.toggled.connect(self.on_closed_check_toggled)
        self.request_button.clicked.connect(self.on_request_button_clicked)
        self.month_grid.event_clicked.connect(self.on_month_grid_event_clicked)
        self.month_grid.day_clicked.connect(self.on_month_grid_day_clicked)
        self.month_grid.day_activated.connect(self.on_month_grid_day_activated)
        self.pending_list.approve_requested.connect(self.on_pending_list_approve_requested)
        self.pending_list.decline_requested.connect(self.on_pending_list_decline_requested)
        self.pending_list.event_selected.connect(self.on_pending_list_event_selected)
        self.print_button.clicked.connect(self.on_print_button_clicked)
        self.letter_button.clicked.connect(self.on_letter_button_clicked)

    def retranslate_ui(self) -> None:
        self.previous_button.setText(self.tr("◀"))
        self.previous_button.setToolTip(self.tr("Previous month"))
        self.next_button.setText(self.tr("▶"))
        self.next_button.setToolTip(self.tr("Next month"))
        self.today_button.setText(self.tr("This month"))
        self.closed_check.setText(self.tr("Show declined && expired"))
        self.closed_check.setToolTip(self.tr("Also show requests that were declined, expired "
                                             "or withdrawn (struck through)"))
        self.request_button.setText(self.tr("&Request event…"))
        self.request_button.setToolTip(self.tr(
            "Ask for the hall, Hall A or Hall B; it is held for you until a manager decides"))
        self.month_grid.setToolTip("")
        self.legend.retranslate_ui()
        self.pending_list.retranslate_ui()
        self.details.retranslate_ui()
        self._show_headings()

    def _show_headings(self) -> None:
        self.month_label.setText(f"{shown(self.month):%B %Y}")
        self.pending_heading.setText(self.tr("Waiting for a decision ({0})").format(
            len(self.pending)))

    # ----- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        """Read the month and the pending requests again and show them."""
        days = grid_days(self.month)
        first, last = days[0], days[-1]
        statuses = OPEN_STATUSES + (CLOSED_STATUSES if self.closed_check.isChecked() else ())
        self.events = self._services.events.list_events(
            start=_midnight(first), end=_midnight(last + timedelta(days=1)), statuses=statuses)
        self.pending = self._services.events.list_events(statuses=["requested"])
        holidays = {h.day: h.name for h in self._services.holidays(first, last)}
        today = local(self._services.now()).date()
        self.month_grid.set_content(self.month, self.events, holidays=holidays, today=today,
                                    tags=self._tags)
        capacities = {e.id: self._capacity(e) for e in self.pending}
        self.pending_list.set_requests(self.pending, names=self._names, capacities=capacities,
                                       now=self._services.now(), selected=self.selected_id)
        self._show_selected()
        self._show_headings()

    def _capacity(self, event: EventView) -> int | None:
        hall = self._rooms.get(event.hall)
        if hall is None:
            return None
        return hall.layouts.get(event.layout or "", hall.capacity)

    def _show_selected(self) -> None:
        event = None
        if self.selected_id is not None:
            try:
                event = self._services.events.get(self.selected_id)
            except BookingError:
                self.selected_id = None
        self.details.show_event(event, names=self._names, now=self._services.now())
        self.month_grid.select(day=self.selected_day, event_id=self.selected_id)
        self.pending_list.set_selected(self.selected_id)

    def set_month(self, month: date) -> None:
        self.month = month.replace(day=1)
        self.refresh()

    def select_event(self, event_id: int | None, *, reveal: bool = False) -> None:
        """Show an event's details (and, with reveal, turn to its month)."""
        self.selected_id = event_id
        if reveal and event_id is not None:
            try:
                start = local(self._services.events.get(event_id).start).date()
            except BookingError:
                start = None
            if start is not None and start.replace(day=1) != self.month:
                self.selected_day = start
                self.set_month(start)
                return
        self._show_selected()

    def show_message(self, text: str, *, error: bool = False, calm: bool = False) -> None:
        colour = ERROR_COLOUR if error else HINT_COLOUR if calm else OK_COLOUR
        self.status_label.setStyleSheet(f"color: {colour};")
        self.status_label.setText(text)

    def _after(self, change: Change, message: str, event_id: int | None) -> None:
        self.selected_id = event_id
        self.refresh()
        self.show_message(message)
        self.changed.emit(change)

    def _refused(self, verb: str, error: BookingError) -> None:
        if isinstance(error, NotPermitted):
            # The engine knows the roles; once it says no, say so on the buttons too.
            self.pending_list.set_decisions(False, error.message[:1].upper() + error.message[1:])
        self.show_message(self.tr("Not {0}: {1}").format(verb, error.message), error=True)
        self.refresh()

    # ----- slots ---------------------------------------------------------------------------

    @Slot()
    def on_previous_button_clicked(self) -> None:
        self.set_month((self.month - timedelta(days=1)).replace(day=1))

    @Slot()
    def on_next_button_clicked(self) -> None:
        self.set_month((self.month + timedelta(days=31)).replace(day=1))

    @Slot()
    def on_today_button_clicked(self) -> None:
        self.set_month(local(self._services.now()).date())

    @Slot(bool)
    def on_closed_check_toggled(self, _checked: bool) -> None:
        self.refresh()

    @Slot(int)
    def on_month_grid_event_clicked(self, event_id: int) -> None:
        self.select_event(event_id)

    @Slot(object)
    def on_month_grid_day_clicked(self, day: date) -> None:
        self.selected_day = day
        self.month_grid.select(day=day, event_id=self.selected_id)

    @Slot(object)
    def on_month_grid_day_activated(self, day: date) -> None:
        self.selected_day = day
        self.request_event(day)

    @Slot()
    def on_request_button_clicked(self) -> None:
        today = local(self._services.now()).date()
        day = self.selected_day if self.selected_day and self.selected_day > today else None
        self.request_event(day)

    def request_event(self, day: date | None = None) -> None:
        """Open the event dialog (on a day when given) and show the request it sends."""
        start = end = None
        if day is not None:
            start = datetime.combine(day, time(9), tzinfo=BUILDING_TZ)
            end = datetime.combine(day, time(17), tzinfo=BUILDING_TZ)
        outcome = EventDialog.ask(services=self._services, parent=self, start=start, end=end)
        if outcome is None:
            return
        event = outcome.event
        self.month = local(event.start).date().replace(day=1)
        self.selected_day = local(event.start).date()
        self._after(outcome.change, self.tr("Requested '{0}' in {1}: the hall is held until a "
                                            "manager decides.").format(event.title,
                                                                       event.hall_name),
                    event.id)

    @Slot(int)
    def on_pending_list_approve_requested(self, event_id: int) -> None:
        try:
            event = self._services.events.get(event_id)
        except BookingError as error:
            self._refused(self.tr("approved"), error)
            return
        if not ApproveConfirmation.ask(self, event):
            self.show_message(self.tr("Not approved: the request still waits for a decision."),
                              calm=True)
            return
        try:
            outcome = self._services.events.approve(actor=self._services.actor,
                                                    event_id=event_id)
        except BookingError as error:
            self._refused(self.tr("approved"), error)
            return
        self._after(outcome.change, self.tr("Approved '{0}': {1} is booked.").format(
            outcome.event.title, outcome.event.hall_name), event_id)

    @Slot(int)
    def on_pending_list_decline_requested(self, event_id: int) -> None:
        try:
            event = self._services.events.get(event_id)
        except BookingError as error:
            self._refused(self.tr("declined"), error)
            return
        reason = DeclineReason.ask(self, event)
        if reason is None:
            self.show_message(self.tr("Not declined: a reason is needed."), calm=True)
            return
        try:
            outcome = self._services.events.decline(actor=self._services.actor,
                                                    event_id=event_id, reason=reason)
        except BookingError as error:
            self._refused(self.tr("declined"), error)
            return
        self._after(outcome.change, self.tr("Declined '{0}': {1} is free again.").format(
            outcome.event.title, outcome.event.hall_name), event_id)

    @Slot(int)
    def on_pending_list_event_selected(self, event_id: int) -> None:
        self.select_event(event_id, reveal=True)

    @Slot()
    def on_print_button_clicked(self) -> None:
        from ui.event_sheet import write_event_sheet

        event = self.details.current
        if event is None:
            return
        language = DocumentLanguage.ask(self, self.tr("Save event sheet"))
        if language is None:
            return
        suggested = Path.home() / f"event-{event.id}-{local(event.start):%Y-%m-%d}.pdf"
        path = SheetPath.ask_path(self, suggested)
        if path is None:
            return
        try:
            # SheetPath asked the person before choosing a file that exists.
            written = write_event_sheet(self._services, event.id, path, language=language,
                                        force=True)
        except BookingError as error:
            self.show_message(self.tr("Not saved: {0}").format(error.message), error=True)
            return
        self.show_message(self.tr("Saved the event sheet of '{0}' to {1}.").format(
            event.title, written))

    @Slot()
    def on_letter_button_clicked(self) -> None:
        from ui.loan_letter import suggested_name, write_loan_letter

        event = self.details.current
        if event is None:
            return
        caption = self.tr("Save the room-loan letter")
        language = DocumentLanguage.ask(self, caption)
        if language is None:
            return
        path = PdfPath.ask(self, caption, Path.home() / suggested_name(
            event.id, f"{local(event.start):%Y-%m-%d}"))
        if path is None:
            return
        try:
            # PdfPath asked the person before choosing a file that exists.
            written = write_loan_letter(self._services, event.id, path, language=language,
                                        force=True)
        except BookingError as error:
            self.show_message(self.tr("Not saved: {0}").format(error.message), error=True)
            return
        self.show_message(self.tr("Saved the room-loan letter of '{0}' to {1}.").format(
            event.title, written))
