"""The window's series actions: open a series from one of its dates, make a booking repeat.

Series changes stay off the undo stack on purpose: a series edit may split the series, move
dozens of dates and leave some out, and no domain operation undoes that as one step. The
status bar says what was saved instead; one date changed on its own is undoable as usual.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from booking.errors import BookingError
from booking.views import BookingView, Change

if TYPE_CHECKING:
    from ui.booking_actions import Desk


class SeriesActions(QObject):
    """Opens the series editor or Make repeating for a booking, and reports what was saved."""

    def __init__(self, *, desk: "Desk", window: QWidget) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window

    def _current(self, booking_id: int) -> BookingView | None:
        try:
            return self._desk.services.booking(booking_id)
        except BookingError as exc:
            self._desk.show_message(exc.message)
            return None

    def open_series(self, booking_id: int) -> None:
        """Open the series a booking belongs to, from that booking's date."""
        booking = self._current(booking_id)
        if booking is None:
            return
        if booking.series_id is None:
            self._desk.show_message(self.tr("'{0}' is not part of a series.").format(
                booking.title))
            return
        from ui.series_editor import SeriesEditor  # the window opens before the series code

        try:
            saved = SeriesEditor.ask(services=self._desk.services, booking=booking,
                                     parent=self._window)
        except BookingError as exc:
            self._desk.show_message(exc.message)
            return
        if saved is not None:
            self._desk.record_change(saved.change, saved.message)

    def created_text(self, change: Change) -> str:
        """The status bar's words for a series the booking dialog created."""
        series_id = change.bookings[0].series_id if change.bookings else None
        skipped = len(self._desk.services.series.show(series_id).skipped) \
            if series_id is not None else 0
        return self.tr("Series saved: {0} dates booked, {1} skipped.").format(
            len(change.bookings), skipped)

    def make_repeating(self, booking_id: int) -> None:
        """Ask how a single booking repeats and make it the first date of a series."""
        booking = self._current(booking_id)
        if booking is None:
            return
        if booking.series_id is not None:
            self.open_series(booking_id)
            return
        from ui.make_repeating import MakeRepeating

        saved = MakeRepeating.ask(services=self._desk.services, booking=booking,
                                  parent=self._window)
        if saved is not None:
            self._desk.record_change(saved.change, saved.message)
