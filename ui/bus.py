"""The change bus: every use case's result is announced here, and views refresh what it names."""

from PySide6.QtCore import QObject, Signal

from booking.views import Change


class ChangeBus(QObject):
    """One per window: `changed` carries a booking.views.Change (or None for 'reload all')."""

    changed = Signal(object)

    def announce(self, change: Change | None) -> None:
        self.changed.emit(change)
