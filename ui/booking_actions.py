"""The window's actions on one booking: check in, no-shows, reinstating, the booking's menu."""

from collections.abc import Callable
from datetime import datetime
from functools import partial
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, Qt
from PySide6.QtWidgets import QMenu, QWidget

from booking.errors import BookingError
from booking.permissions import Action
from booking.statuses import BookingStatus
from booking.timeutil import local, local_day_bounds
from booking.views import BookingView, Change
from ui.plain import plain_tooltip
from ui.qdates import shown

if TYPE_CHECKING:
    from booking.services import Services
    from ui.exchange.add_to_calendar import AddToCalendar
    from ui.printing import Paperwork

# How many released bookings the status bar names before it only counts the rest.
NAMED_RELEASES = 3


class Desk(Protocol):
    """What the booking actions need of the window."""

    @property
    def services(self) -> "Services": ...

    def now(self) -> datetime: ...

    def show_message(self, text: str) -> None: ...

    def record_change(self, change: Change, message: str) -> None: ...

    def open_dialog(self, **prefill: object) -> None: ...

    def reload(self) -> None: ...

    def on_timeline_open_requested(self, booking_id: int) -> None: ...

    def open_series(self, booking_id: int) -> None: ...

    def make_repeating(self, booking_id: int) -> None: ...


class BookingActions(QObject):
    """Checks guests in, tells which bookings a no-show release took, and brings them back."""

    def __init__(self, *, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self.menu: QMenu | None = None
        self._paperwork: Paperwork | None = None
        self._calendar_file: AddToCalendar | None = None

    # Printing, the .ics file and the dialogs load when first used, not as the window opens.

    @property
    def paperwork(self) -> "Paperwork":
        """Prints the day sheet and confirmations."""
        if self._paperwork is None:
            from ui.printing import Paperwork

            self._paperwork = Paperwork(desk=self._desk, window=self._window)
        return self._paperwork

    @property
    def calendar_file(self) -> "AddToCalendar":
        """Writes a booking's .ics file."""
        if self._calendar_file is None:
            from ui.exchange.add_to_calendar import AddToCalendar

            self._calendar_file = AddToCalendar(window=self._window)
        return self._calendar_file

    def _current(self, booking_id: int) -> BookingView | None:
        try:
            return self._desk.services.booking(booking_id)
        except BookingError as exc:
            self._desk.show_message(exc.message)
            return None

    def move(self, booking_id: int, room_id: int, start: datetime, end: datetime) -> None:
        """Move the booking (a drag, or a room or time chosen from its menu); undoable."""
        services = self._desk.services
        try:
            current = services.booking(booking_id)
            change = services.bookings.move(
                actor=services.actor, booking_id=booking_id, room=room_id, start=start,
                end=end, expected_version=current.version)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not moved: {0}").format(exc.message))
            self._desk.reload()
            return
        view = change.booking
        self._desk.record_change(change, self.tr(
            "Moved '{0}' to {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.").format(
            view.title, view.room_name, shown(local(view.start)), local(view.end)))

    def cancel(self, booking_id: int) -> None:
        """Ask why and cancel the booking (Delete, Edit → Cancel, its menu); undoable."""
        booking = self._current(booking_id)
        if booking is None:
            return
        from ui.dialogs import CancelReason

        reason = CancelReason.ask(self._window, booking)
        if reason is None:
            self._desk.show_message(self.tr("Not cancelled: a reason is needed."))
            return
        services = self._desk.services
        try:
            change = services.bookings.cancel(actor=services.actor, booking_id=booking_id,
                                              reason=reason, expected_version=booking.version)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not cancelled: {0}").format(exc.message))
            return
        self._desk.record_change(change, self.tr("Cancelled '{0}'.").format(booking.title))

    def check_in(self, booking_id: int) -> None:
        """Check the booking's guests in (undoable); a refusal is said in the status bar."""
        booking = self._current(booking_id)
        if booking is None:
            return
        services = self._desk.services
        try:
            change = services.bookings.check_in(actor=services.actor, booking_id=booking_id,
                                                expected_version=booking.version)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not checked in: {0}").format(exc.message))
            return
        self._desk.record_change(change, self.checked_in_text(change.booking))

    def checked_in_text(self, booking: BookingView) -> str:
        return self.tr("Checked in '{0}' in {1}.").format(booking.title, booking.room_name)

    def released_text(self, change: Change) -> str:
        """The status bar's words for a no-show release, naming the bookings it took."""
        named = [self.tr("'{0}' ({1} {2:%H:%M})").format(b.title, b.room, local(b.start))
                 for b in change.bookings[:NAMED_RELEASES]]
        rest = len(change.bookings) - len(named)
        names = ", ".join(named) + (self.tr(" and {0} more").format(rest) if rest else "")
        return self.tr("Released as no-shows: {0}. View → Released today brings one back."
                       ).format(names)

    def released_today(self) -> list[BookingView]:
        """Today's bookings released because nobody checked in."""
        start, end = local_day_bounds(local(self._desk.now()).date())
        return [b for b in self._desk.services.list_bookings(
            start=start, end=end, statuses=[str(BookingStatus.RELEASED)])
            if b.status == BookingStatus.RELEASED]

    def show_released_today(self) -> None:
        """List today's released bookings and reinstate the one the person picks."""
        from ui.released_today import ReleasedToday

        chosen = ReleasedToday.ask(self.released_today(), self._window)
        if chosen is not None:
            self.reinstate(chosen)

    def reinstate(self, booking_id: int) -> None:
        """Bring a released or cancelled booking back, through the booking rules."""
        booking = self._current(booking_id)
        if booking is None:
            return
        services = self._desk.services
        try:
            change = services.bookings.reinstate(actor=services.actor, booking_id=booking_id,
                                                 expected_version=booking.version)
        except BookingError as exc:
            self._desk.show_message(self.tr("Not reinstated: {0}").format(exc.message))
            return
        text = (self.tr("Reinstated '{0}' in {1}; its guests are checked in.")
                if change.booking.status == BookingStatus.CHECKED_IN
                else self.tr("Reinstated '{0}' in {1}."))
        self._desk.record_change(change, text.format(booking.title, booking.room_name))

    # ----- the booking's context menu -----------------------------------------------------------

    def show_menu(self, booking_id: int, where: QPoint) -> None:
        """Pop up the booking's menu at a global position; each entry is a window action."""
        booking = self._current(booking_id)
        if booking is None:
            return
        desk = self._desk
        menu = QMenu(self._window)
        menu.setObjectName("bookingMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.setToolTipsVisible(True)
        refusal = desk.services.bookings.check_in_refusal(booking_id)

        refusals = desk.services.refusals_on_booking(
            (Action.CHECK_IN, Action.MOVE, Action.CANCEL, Action.SERIES_EDIT,
             Action.SERIES_CREATE), booking_id)

        def allowed(action: Action, enabled: bool = True, tip: str = "") -> tuple[bool, str]:
            # The account's own refusal (organizers: others' bookings) comes first.
            denied = refusals[action]
            return (False, denied) if denied is not None else (enabled, tip)

        series_entry = (
            (self.tr("&Series…"), partial(desk.open_series, booking_id),
             *allowed(Action.SERIES_EDIT, True, self.tr(
                 "Change or cancel this date, the following ones or the whole series")))
            if booking.series_id is not None else
            (self.tr("Make &repeating…"), partial(desk.make_repeating, booking_id),
             *allowed(Action.SERIES_CREATE, booking.active,
                      self.tr("Repeat this booking daily, weekly or monthly"))))
        entries: list[tuple[str, Callable[[], None], bool, str]] = [
            (self.tr("&Open"), partial(desk.on_timeline_open_requested, booking_id), True, ""),
            (self.tr("Check &in"), partial(self.check_in, booking_id),
             *allowed(Action.CHECK_IN, refusal is None,
                      refusal.message if refusal is not None else "")),
            (self.tr("&Move to another room…"), partial(self.move_to_room, booking_id),
             *allowed(Action.MOVE, booking.active)),
            (self.tr("Change &time…"), partial(self.change_time, booking_id),
             *allowed(Action.MOVE, booking.active)),
            (self.tr("&Cancel…"), partial(self.cancel, booking_id),
             *allowed(Action.CANCEL, booking.active)),
            (self.tr("&Duplicate"), partial(self.duplicate, booking_id),
             desk.services.may(Action.BOOK), ""),
            series_entry,
            (self.tr("&Print confirmation…"),
             partial(self.paperwork.print_confirmation, booking_id), True, ""),
            (self.tr("Confirmation &e-mail…"),
             partial(self.paperwork.save_confirmation_mail, booking_id), True,
             self.tr("The confirmation as an e-mail to send, with the PDF and the calendar "
                     "invitation attached")),
            (self.tr("Add to &calendar (.ics)…"), partial(self.add_to_calendar, booking_id),
             True, self.tr("Save this booking as a calendar file for Outlook, Google Calendar "
                           "or Thunderbird")),
        ]
        for text, slot, enabled, tip in entries:
            action = menu.addAction(text)
            action.triggered.connect(slot)
            action.setEnabled(enabled)
            if tip:
                action.setToolTip(plain_tooltip(tip))
        self.menu = menu
        menu.popup(where)

    def add_to_calendar(self, booking_id: int) -> None:
        """Save the booking's .ics file where the person says."""
        try:
            written = self.calendar_file.save(self._desk.services, booking_id)
        except BookingError as error:
            self._desk.show_message(self.tr("Not saved: {0}").format(error.message))
            return
        if written is not None:
            self._desk.show_message(self.tr("Calendar file saved: {0}").format(written))

    def move_to_room(self, booking_id: int) -> None:
        """Ask which free room the booking goes to and move it there, keeping its times."""
        booking = self._current(booking_id)
        if booking is None:
            return
        try:
            free = self._desk.services.availability.free_rooms(
                start=booking.start, end=booking.end, capacity=booking.attendees)
        except BookingError as exc:
            self._desk.show_message(exc.message)
            return
        rooms = [(r.room_id, self.tr("{0} ({1}) · {2} seats").format(r.name, r.code,
                                                                     r.capacity))
                 for r in free if r.room_id != booking.room_id]
        if not rooms:
            self._desk.show_message(self.tr("No other room is free for '{0}' then.").format(
                booking.title))
            return
        from ui.dialogs import RoomChoice

        room_id = RoomChoice.ask(self._window, booking, rooms)
        if room_id is not None:
            self.move(booking_id, room_id, booking.start, booking.end)

    def change_time(self, booking_id: int) -> None:
        """Ask for the booking's new times and move it there, keeping its room."""
        booking = self._current(booking_id)
        if booking is None:
            return
        from ui.dialogs import TimeChoice

        span = TimeChoice.ask(self._window, booking)
        if span is not None:
            self.move(booking_id, booking.room_id, *span)

    def duplicate(self, booking_id: int) -> None:
        """Open a new booking with this one's details, room and times, to be placed anew."""
        booking = self._current(booking_id)
        if booking is not None:
            self._desk.open_dialog(copy_of=booking)
