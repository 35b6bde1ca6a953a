"""Small questions the window asks; each a function tests can replace."""

from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget

from booking.views import BookingView


class CancelReason:
    """Asks why a booking is cancelled (a reason is required)."""

    @classmethod
    def ask(cls, parent: QWidget, booking: BookingView) -> str | None:
        text, ok = QInputDialog.getText(
            parent, parent.tr("Cancel booking"),
            parent.tr("Why is '{0}' cancelled?").format(booking.title),
            QLineEdit.EchoMode.Normal, "")
        if not ok:
            return None
        text = text.strip()
        return text or None
