"""The one-click alternatives to a refused room or time: free times, and other free rooms."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QGroupBox, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from booking.errors import BookingError
from booking.services import Services
from booking.timeutil import hhmm, local
from booking.tool_views import FreeRoom
from booking.views import RoomInfo
from ui.dialog.form import BookingForm
from ui.dialog.widgets import hint_label, seats
from ui.plain import PlainLabel
from ui.qdates import shown

TIME_OFFERS = 3
ROOM_OFFERS = 5


class AlternativesPanel(QGroupBox):
    """The room's next free times and the other rooms free then; a click picks one."""

    # ("time", (start, end)) or ("room", code)
    chosen = Signal(str, object)

    def __init__(self, *, services: Services, rooms: Mapping[str, RoomInfo],
                 organization_ids: Mapping[str, int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._rooms = rooms
        self._organization_ids = organization_ids
        self._offers: dict[QPushButton, tuple[str, Any]] = {}
        self._offer_key: tuple[Any, ...] | None = None
        box = QVBoxLayout(self)
        box.setSpacing(4)
        self.times_heading = PlainLabel(self)
        self.times_list = QVBoxLayout()
        self.times_list.setSpacing(3)
        self.rooms_heading = PlainLabel(self)
        self.rooms_list = QVBoxLayout()
        self.rooms_list.setSpacing(3)
        for heading in (self.times_heading, self.rooms_heading):
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
        box.addWidget(self.times_heading)
        box.addLayout(self.times_list)
        box.addWidget(self.rooms_heading)
        box.addLayout(self.rooms_list)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setTitle(self.tr("Alternatives — one click applies"))
        self.rooms_heading.setText(self.tr("Other rooms free at this time"))

    def show_offers(self, form: BookingForm, *, with_times: bool, with_rooms: bool,
                    exclude_booking: int | None) -> None:
        """Offer what fits the form, or hide when neither times nor rooms are wanted."""
        if not (with_times or with_rooms):
            self.hide()
            self._offer_key = None
            return
        key = (with_times, with_rooms, form.room, form.start, form.end, form.attendees,
               form.organization)
        self.show()
        if key == self._offer_key:
            return
        self._offer_key = key
        self._clear_offers()
        org_id = self._organization_ids.get(form.organization.casefold()) \
            if form.organization else None
        self.times_heading.setVisible(with_times)
        if with_times:
            info = self._rooms.get(form.room)
            self.times_heading.setText(self.tr("{0}, next free times").format(
                info.name if info else form.room))
            for start, end in self._free_times(form, org_id, exclude_booking):
                self._add_offer(self.times_list, ("time", (start, end)), self.tr(
                    "{0:%a %d %b}   {1}–{2}").format(shown(local(start)), hhmm(start), hhmm(end)))
            if self.times_list.count() == 0:
                self._add_note(self.times_list, self.tr("No free time in the next 30 days."))
        # Space between the two lists, only when both are there.
        self.rooms_heading.setContentsMargins(0, 8 if with_times else 0, 0, 0)
        for room in self._free_rooms(form, org_id):
            self._add_offer(self.rooms_list, ("room", room.code), self.tr(
                "{0} ({1}) · {2} · floor {3}").format(room.name, room.code,
                                                     seats(room.capacity), room.floor))
        if self.rooms_list.count() == 0:
            self._add_note(self.rooms_list, self.tr("No other room that fits is free then."))

    def offer_buttons(self) -> list[QPushButton]:
        """The alternatives on show, times first, then rooms."""
        return list(self._offers)

    def _free_times(self, form: BookingForm, org_id: int | None,
                    exclude_booking: int | None) -> list[tuple[datetime, datetime]]:
        try:
            return self._services.availability.next_free_slots(
                room=form.room, length=form.end - form.start, after=form.start,
                count=TIME_OFFERS, attendees=form.attendees, organization_id=org_id,
                exclude_booking=exclude_booking)
        except BookingError:
            return []

    def _free_rooms(self, form: BookingForm, org_id: int | None) -> list[FreeRoom]:
        try:
            rooms = self._services.availability.free_rooms(
                start=form.start, end=form.end, capacity=form.attendees,
                organization_id=org_id)
        except BookingError:
            return []
        return [r for r in rooms if r.code != form.room and r.code in self._rooms][:ROOM_OFFERS]

    def _add_offer(self, into: QVBoxLayout, offer: tuple[str, Any], text: str) -> None:
        button = QPushButton(text, self)
        button.setObjectName("alternativeButton")
        button.setStyleSheet("text-align: left; padding: 4px 8px;")
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        # Made afresh for every offer, so connected here rather than in one place up front.
        button.clicked.connect(self.on_alternative_button_clicked)
        self._offers[button] = offer
        into.addWidget(button)

    def _add_note(self, into: QVBoxLayout, text: str) -> None:
        note = hint_label(self)
        note.setText(text)
        into.addWidget(note)

    def _clear_offers(self) -> None:
        for into in (self.times_list, self.rooms_list):
            while into.count():
                item = into.takeAt(0)
                widget = item.widget() if item is not None else None
                if widget is not None:
                    widget.hide()
                    widget.deleteLater()
        self._offers.clear()

    @Slot()
    def on_alternative_button_clicked(self) -> None:
        button = self.sender()
        offer = self._offers.get(button) if isinstance(button, QPushButton) else None
        if offer is not None:
            self.chosen.emit(*offer)
