"""Small questions the window asks; each a function tests can replace."""

from PySide6.QtWidgets import QWidget

from booking.timeutil import local
from booking.views import BookingView
from ui.plain import ask_text


class CancelReason:
    """Asks why a booking is cancelled (a reason is required)."""

    @classmethod
    def ask(cls, parent: QWidget, booking: BookingView) -> str | None:
        start, end = local(booking.start), local(booking.end)
        text = ask_text(
            parent, parent.tr("Cancel booking"),
            parent.tr("Cancel '{0}' in {1}, {2:%a %d %b %H:%M}–{3:%H:%M}?\n"
                      "Say why (the reason is kept with the booking):").format(
                booking.title, booking.room_name, start, end))
        if text is None:
            return None
        text = text.strip()
        return text or None
