"""A booking's "Add to calendar (.ics)…": its calendar file, saved where the person says."""

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from booking.i18n import N_
from booking.outputs import replacing

if TYPE_CHECKING:
    from booking.services import Services

WHAT = N_("the calendar file")


class IcsPath:
    """Asks where to save a calendar file; the person has agreed to replace the one returned
    (the save dialog asks before choosing a file that exists)."""

    @classmethod
    def ask(cls, parent: QWidget, caption: str, suggested: Path) -> Path | None:
        name, _filter = QFileDialog.getSaveFileName(parent, caption, str(suggested),
                                                    "iCalendar (*.ics)")
        if not name:
            return None
        path = Path(name)
        return path if path.suffix.lower() == ".ics" else path.with_suffix(".ics")


class AddToCalendar(QObject):
    """Writes one booking's .ics file for the guest's calendar."""

    def __init__(self, *, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def save(self, services: "Services", booking_id: int) -> Path | None:
        """Ask where, then write; the file written, or None when cancelled. BookingError
        when the file cannot be written or the booking may not be seen."""
        caption = self.tr("Add to calendar")
        path = IcsPath.ask(self._window, caption, Path.home() / f"booking-{booking_id}.ics")
        if path is None:
            return None
        data = services.booking_ics(booking_id)
        with replacing(path, what=WHAT, database=services.database_path, force=True) as part:
            part.write_bytes(data)
        return path
