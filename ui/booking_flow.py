"""The window's way into the booking dialog: new, edit, copy or a found room, then what it saved."""

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from booking.timeutil import local
from booking.views import BookingView, Change
from ui.bus import ChangeBus
from ui.qdates import shown

if TYPE_CHECKING:
    from booking.services import Services


class FlowHost(Protocol):
    """What the booking flow needs of the window."""

    bus: ChangeBus

    @property
    def services(self) -> "Services": ...

    def now(self) -> datetime: ...

    def ready(self) -> bool: ...

    def open_series(self, booking_id: int) -> None: ...

    def record_change(self, change: Change | None, message: str) -> None: ...

    def reveal(self, booking: BookingView) -> None: ...

    def free_length_changed(self) -> None: ...

    @property
    def building(self) -> str: ...


class BookingFlow(QObject):
    """Opens the booking dialog, then records, announces and reveals what it saved."""

    def __init__(self, *, host: FlowHost, window: QWidget,
                 checked_in_text: Callable[[BookingView], str],
                 series_text: Callable[[Change], str]) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._checked_in_text = checked_in_text
        self._series_text = series_text
        # The length last asked for in Find a room; "Free now" then means free for that long.
        self.find_length: int | None = None

    def open_dialog(self, **prefill: object) -> None:
        """Open the booking dialog with these details; what it saves goes on the undo stack."""
        host = self._host
        if not host.ready():
            return
        from ui.booking_dialog import BookingDialog

        booking = prefill.get("booking")
        if isinstance(booking, BookingView) and booking.series_id is not None:
            prefill["on_series"] = host.open_series
        change = BookingDialog.ask(services=host.services, parent=self._window, bus=host.bus,
                                   **prefill)
        # Keys go back to the window (Ctrl+I, Ctrl+Z), also where no window manager hands
        # the focus back, as on a kiosk.
        self._window.activateWindow()
        if change is None:
            return
        message = self.saved_text(change.bookings[0]) if change.bookings else self.tr("Saved.")
        if change.action == "checked_in":
            message = self._checked_in_text(change.booking)
        if change.action.startswith("series"):
            message = self._series_text(change)
        host.record_change(change, message)
        if change.bookings:
            # The desk's next step (check in, print, undo) is on the booking just saved.
            host.reveal(change.bookings[0])

    def saved_text(self, view: BookingView) -> str:
        """What the status bar says of a booking just saved."""
        return self.tr("Saved '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}.").format(
            view.title, view.room_name, shown(local(view.start)), local(view.end))

    def find_room(self) -> None:
        """Ask what room is free now for how long and how many; book the one chosen."""
        host = self._host
        if not host.ready():
            return
        from ui.find_room import FindRoomPanel

        panel = FindRoomPanel(services=host.services, now=host.now(),
                              length_minutes=self.find_length or 60, building=host.building,
                              parent=self._window)
        try:
            picked = panel.exec() == FindRoomPanel.DialogCode.Accepted
            self.find_length = panel.length_spin.value()
            chosen = panel.chosen
            party = panel.seats_spin.value()
        finally:
            panel.deleteLater()
        self._window.activateWindow()  # keys go back to the window, as after the form
        host.free_length_changed()
        if picked and chosen is not None:
            room, start, end = chosen
            self.open_dialog(room=room, start=start, end=end, attendees=party)
