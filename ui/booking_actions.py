"""The window's actions on one booking beyond the form: check in, no-shows and reinstating."""

from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from booking.errors import BookingError
from booking.statuses import BookingStatus
from booking.timeutil import local, local_day_bounds
from booking.views import BookingView, Change
from ui.released_today import ReleasedToday

if TYPE_CHECKING:
    from booking.services import Services

# How many released bookings the status bar names before it only counts the rest.
NAMED_RELEASES = 3


class Desk(Protocol):
    """What the booking actions need of the window."""

    @property
    def services(self) -> "Services": ...

    def now(self) -> datetime: ...

    def show_message(self, text: str) -> None: ...

    def record_change(self, change: Change, message: str) -> None: ...


class BookingActions(QObject):
    """Checks guests in, tells which bookings a no-show release took, and brings them back."""

    def __init__(self, *, desk: Desk, window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window

    def _current(self, booking_id: int) -> BookingView | None:
        try:
            return self._desk.services.booking(booking_id)
        except BookingError as exc:
            self._desk.show_message(exc.message)
            return None

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
