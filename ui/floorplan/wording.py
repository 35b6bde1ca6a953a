"""The plan's words: state names, room labels, tooltips and figures, all through tr()."""

from html import escape

from PySide6.QtCore import QObject

from booking.occupancy import Figures, RoomState, RoomStatus
from booking.timeutil import local
from booking.views import BookingView, RoomInfo
from ui.amenities import amenities_text
from ui.models.rooms_model import KIND_LABELS


class Wording(QObject):
    """Turns states and rooms into the text people read on the plan."""

    def legend(self) -> dict[RoomStatus, str]:
        return {
            RoomStatus.FREE: self.tr("Free"),
            RoomStatus.BOOKED: self.tr("Booked (organization shown)"),
            RoomStatus.SOON: self.tr("Starts within 15 min"),
            RoomStatus.IN_USE: self.tr("In use (checked in)"),
            RoomStatus.ASSIGNED: self.tr("Assigned to a team"),
            RoomStatus.CLOSED: self.tr("Closed"),
            RoomStatus.NOT_BOOKABLE: self.tr("Not bookable"),
        }

    def kinds(self) -> dict[str, str]:
        return {kind: self.tr(label) for kind, label in KIND_LABELS.items()}

    def word(self, status: RoomStatus) -> str:
        """The short word written in a room."""
        return {
            RoomStatus.FREE: self.tr("Free"), RoomStatus.BOOKED: self.tr("Booked"),
            RoomStatus.SOON: self.tr("Soon"), RoomStatus.IN_USE: self.tr("In use"),
            RoomStatus.ASSIGNED: self.tr("Team"), RoomStatus.CLOSED: self.tr("Closed"),
            RoomStatus.NOT_BOOKABLE: self.tr("Not bookable"),
        }[status]

    def _holder(self, view: BookingView, room: RoomInfo) -> str:
        who = view.organization or view.title
        if view.room != room.code:
            return self.tr("{0} · {1}").format(who, view.room_name)
        return who

    def item_text(self, state: RoomState, room: RoomInfo) -> tuple[str, str]:
        """The state's word and its detail (who, until when, why) for the room's label."""
        status = state.status
        detail = ""
        if status in (RoomStatus.BOOKED, RoomStatus.IN_USE) and state.current is not None:
            detail = self._holder(state.current, room)
        elif status == RoomStatus.SOON and state.next is not None:
            detail = f"{local(state.next.start):%H:%M} {self._holder(state.next, room)}"
        elif status == RoomStatus.ASSIGNED:
            detail = state.organization or state.team or ""
        elif status == RoomStatus.CLOSED:
            detail = self._closed(state)
        elif status == RoomStatus.FREE and state.next is not None:
            detail = self.tr("until {0}").format(f"{local(state.next.start):%H:%M}")
        return self.word(status), detail

    def _closed(self, state: RoomState) -> str:
        if state.closed_by == "hours":
            return self.tr("open {0}").format(state.reason) if state.reason else \
                self.tr("not open today")
        return state.reason

    def state_line(self, state: RoomState, room: RoomInfo) -> str:
        word, detail = self.item_text(state, room)
        return f"{word}: {detail}" if detail else word

    def booking_line(self, view: BookingView) -> str:
        who = f" — {view.organization}" if view.organization else ""
        people = self.tr(", {0} people").format(view.attendees) if view.attendees else ""
        return (f"{local(view.start):%H:%M}–{local(view.end):%H:%M} {view.title}{who}{people}"
                f" ({view.status.replace('_', ' ')})")

    def meta(self, room: RoomInfo) -> str:
        kind = self.tr(KIND_LABELS.get(room.kind, room.kind))
        line = self.tr("{0} · {1} seats · {2}").format(kind, room.capacity, room.floor_name)
        if room.amenities:
            line += "\n" + amenities_text(room.amenities)
        return line

    def tooltip(self, room: RoomInfo, state: RoomState) -> str:
        """Rich text: what the room is, its state, its current and next booking."""
        lines = [f"<b>{escape(room.name)}</b> ({escape(room.code)})",
                 escape(self.meta(room).splitlines()[0])]
        word, detail = self.item_text(state, room)
        lines.append(f"<b>{escape(word)}</b>" + (f": {escape(detail)}" if detail else ""))
        if state.current is not None:
            lines.append(escape(self.tr("Now: {0}").format(self.booking_line(state.current))))
        if state.next is not None:
            lines.append(escape(self.tr("Next: {0}").format(self.booking_line(state.next))))
        elif room.bookable:
            lines.append(escape(self.tr("Next: nothing more today")))
        return "<br>".join(lines)

    def seats(self, room: RoomInfo) -> str:
        return self.tr("{0} seats").format(room.capacity)

    def whole_room(self, room: RoomInfo) -> str:
        return self.tr("{0} (whole) · {1} seats").format(room.name, room.capacity)

    def floor_figures(self, figures: Figures) -> str:
        return self.tr("{0} / {1} rooms booked · {2} checked in · {3} / {4} seats").format(
            figures.rooms_in_use, figures.rooms_bookable, figures.rooms_checked_in,
            figures.seats_booked, figures.seats)
