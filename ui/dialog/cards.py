"""The booking dialog's side cards: the room asked for, and the booking in its way."""

from datetime import datetime
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from booking.timeutil import hhmm, local
from booking.views import BookingView, RoomInfo
from ui.amenities import amenities_text
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR, OK_COLOUR, seats
from ui.qdates import shown


class RoomCard(QGroupBox):
    """The room asked for: whether it is free then, and what it offers."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Check"))

    def show_room(self, info: RoomInfo | None, *, start: datetime, end: datetime,
                  blocked: bool) -> None:
        """Show the room; blocked when the room or the time has a problem."""
        self.label.setText(self._html(info, start, end, blocked))

    def _html(self, info: RoomInfo | None, start: datetime, end: datetime,
              blocked: bool) -> str:
        if info is None:
            return ""
        if blocked:
            verdict = f"<span style='color:{ERROR_COLOUR}'>" + escape(self.tr(
                "The room or the time needs a change; see the red lines.")) + "</span>"
        else:
            verdict = f"<span style='color:{OK_COLOUR}'>✓ " + escape(self.tr(
                "{0} is free {1:%a %d %b}, {2}–{3}.").format(
                info.name, shown(local(start)), hhmm(start), hhmm(end))) + "</span>"
        facts = [escape(info.floor_name), escape(seats(info.capacity))]
        if info.amenities:
            facts.append(escape(amenities_text(info.amenities)))
        return f"{verdict}<br><br><b>{escape(info.name)}</b><br>" + "<br>".join(facts)


class ClashCard(QGroupBox):
    """The booking already in the way: what it is, for whom, and whom to ask."""

    def __init__(self, *, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        QVBoxLayout(self).addWidget(self.label)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Already booked"))

    def show_booking(self, view: BookingView) -> None:
        self.label.setText(self._html(view))

    def _html(self, view: BookingView) -> str:
        parts = [f"<b>{escape(view.title)}</b>",
                 escape(self.tr("{0:%a %d %b}, {1}–{2} in {3}").format(
                     shown(local(view.start)), hhmm(view.start), hhmm(view.end), view.room_name))]
        if view.organization:
            parts.append(escape(self.tr("For {0}").format(view.organization)))
        contact = " · ".join(x for x in (view.contact_name, view.contact_phone) if x)
        if contact:
            parts.append(escape(self.tr("Contact: {0}").format(contact)))
        parts.append(f"<span style='color:{HINT_COLOUR}'>" + escape(self.tr(
            "Booking #{0}, booked by {1}").format(view.id, view.booked_by or "—")) + "</span>")
        return "<br>".join(parts)
