"""The panel of a clicked room: what it is, its agenda for the day, and Book the next free slot."""

from datetime import date, datetime, timedelta

from PySide6.QtCore import QPoint, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.services import Services
from booking.statuses import ACTIVE_STATUSES
from booking.timeutil import local, local_day_bounds
from booking.views import BookingView, RoomInfo
from ui.models.status_labels import STATUS_LABELS
from ui.plain import PlainLabel, plain_tooltip
from ui.qdates import shown

LENGTHS = (30, 60, 120)
BookingIdRole = Qt.ItemDataRole.UserRole + 1


class RoomPanel(QFrame):
    """Shows one room; asks for a booking of the next free slot of the chosen length."""

    book_requested = Signal(str, object, object)  # room code, start, end
    open_requested = Signal(int)  # booking id
    check_in_requested = Signal(int)  # booking id
    menu_requested = Signal(int, QPoint)  # booking id, global position
    close_requested = Signal()

    def __init__(self, *, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorRoomPanel")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(290)
        self._services = services
        self.room: RoomInfo | None = None
        self.team: tuple[int, str] | None = None
        self._room_ids: list[int] = []
        self._moment: datetime | None = None
        self._state_text = ""
        self.slot: tuple[datetime, datetime] | None = None
        self.agenda: list[BookingView] = []
        self.title_label = PlainLabel(self)
        self.title_label.setObjectName("floorRoomTitle")
        title_font = QFont(self.font())
        title_font.setPixelSize(16)
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setWordWrap(True)
        self.close_button = QToolButton(self)
        self.close_button.setObjectName("floorRoomClose")
        self.close_button.setAutoRaise(True)
        self.meta_label = PlainLabel(self)
        self.meta_label.setWordWrap(True)
        self.state_label = PlainLabel(self)
        self.state_label.setObjectName("floorRoomState")
        self.state_label.setWordWrap(True)
        self.agenda_label = PlainLabel(self)
        self.agenda_label.setStyleSheet("font-weight: bold;")
        self.agenda_list = QListWidget(self)
        self.agenda_list.setObjectName("floorRoomAgenda")
        self.agenda_list.setWordWrap(True)
        self.agenda_list.setAlternatingRowColors(True)
        self.agenda_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.check_in_button = QPushButton(self)
        self.check_in_button.setObjectName("floorCheckIn")
        self.check_in_button.setEnabled(False)
        self.length_label = PlainLabel(self)
        self.length_combo = QComboBox(self)
        self.length_combo.setObjectName("floorBookLength")
        for minutes in LENGTHS:
            self.length_combo.addItem("", minutes)
        self.length_combo.setCurrentIndex(1)
        self.slot_label = PlainLabel(self)
        self.slot_label.setObjectName("floorNextSlot")
        self.slot_label.setWordWrap(True)
        self.book_button = QPushButton(self)
        self.book_button.setObjectName("floorBook")
        self._lay_out()
        self._connect_signals()
        self.retranslate_ui()

    def _lay_out(self) -> None:
        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.close_button, 0, Qt.AlignmentFlag.AlignTop)
        length = QHBoxLayout()
        length.addWidget(self.length_label)
        length.addWidget(self.length_combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        layout.addLayout(header)
        layout.addWidget(self.meta_label)
        layout.addWidget(self.state_label)
        layout.addSpacing(4)
        layout.addWidget(self.agenda_label)
        layout.addWidget(self.agenda_list, 1)
        layout.addWidget(self.check_in_button)
        layout.addLayout(length)
        layout.addWidget(self.slot_label)
        layout.addWidget(self.book_button)

    def _connect_signals(self) -> None:
        self.close_button.clicked.connect(self.on_close_button_clicked)
        self.book_button.clicked.connect(self.on_book_button_clicked)
        self.length_combo.currentIndexChanged.connect(self.on_length_combo_changed)
        self.agenda_list.itemActivated.connect(self.on_agenda_list_item_activated)
        self.agenda_list.currentItemChanged.connect(self.on_agenda_list_current_item_changed)
        self.check_in_button.clicked.connect(self.on_check_in_button_clicked)
        self.agenda_list.customContextMenuRequested.connect(
            self.on_agenda_list_custom_context_menu_requested)

    def retranslate_ui(self) -> None:
        self.close_button.setText("✕")
        self.close_button.setToolTip(self.tr("Close the room panel"))
        self.length_label.setText(self.tr("Length"))
        texts = {30: self.tr("30 min"), 60: self.tr("1 h"), 120: self.tr("2 h")}
        for index, minutes in enumerate(LENGTHS):
            self.length_combo.setItemText(index, texts[minutes])
        self.book_button.setText(self.tr("Book the next free slot…"))
        self.check_in_button.setText(self.tr("Check in"))
        if self.room is not None:
            self.reload()

    def length(self) -> timedelta:
        return timedelta(minutes=int(self.length_combo.currentData()))

    def show_room(self, room: RoomInfo, *, room_ids: list[int], moment: datetime,
                  state_text: str, meta: str, team: tuple[int, str] | None = None) -> None:
        """Show a room at a moment; room_ids are the rooms whose bookings take it.

        A room assigned to a team for the term is offered to that team: only its bookings are
        allowed there.
        """
        self.room, self._room_ids, self._moment, self.team = room, room_ids, moment, team
        self._state_text = state_text
        self.title_label.setText(f"{room.name} ({room.code})" if room.name != room.code
                                 else room.name)
        self.meta_label.setText(meta)
        self.reload()

    def reload(self) -> None:
        """Read the room's day and its next free slot again."""
        if self.room is None or self._moment is None:
            return
        self.state_label.setText(self._state_text)
        day = local(self._moment).date()
        self.agenda_label.setText(self.tr("Agenda for {0}").format(shown(day).strftime("%a %d %b %Y")))
        self._fill_agenda(day)
        self._find_slot()

    def _fill_agenda(self, day: date) -> None:
        start, end = local_day_bounds(day)
        self.agenda = self._services.list_bookings(start=start, end=end, room_ids=self._room_ids,
                                                   statuses=[str(s) for s in ACTIVE_STATUSES])
        self.agenda_list.clear()
        for view in self.agenda:
            who = f" — {view.organization}" if view.organization else ""
            people = self.tr(" · {0} people").format(view.attendees) if view.attendees else ""
            where = f" · {view.room}" if self.room and view.room != self.room.code else ""
            status = self.tr(STATUS_LABELS.get(view.status, view.status)).lower()
            item = QListWidgetItem(f"{local(view.start):%H:%M}–{local(view.end):%H:%M}  "
                                   f"{view.title}{who}\n{status}{people}{where}")
            item.setData(BookingIdRole, view.id)
            if self._moment is not None and view.start <= self._moment < view.end:
                font = item.font()
                font.setBold(True)
                item.setFont(font)
            self.agenda_list.addItem(item)
        if not self.agenda:
            empty = QListWidgetItem(self.tr("No bookings this day."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.agenda_list.addItem(empty)
        self._update_check_in()

    def selected_booking_id(self) -> int | None:
        """The booking chosen in the agenda, if any."""
        item = self.agenda_list.currentItem()
        value = item.data(BookingIdRole) if item is not None else None
        return int(value) if value is not None else None

    def _update_check_in(self) -> None:
        """Check in is offered for the chosen booking while its guests can be checked in."""
        booking_id = self.selected_booking_id()
        refusal = (self._services.bookings.check_in_refusal(booking_id)
                   if booking_id is not None else None)
        self.check_in_button.setEnabled(booking_id is not None and refusal is None)
        self.check_in_button.setToolTip(
            plain_tooltip(refusal.message) if refusal is not None
            else self.tr("Choose a booking in the agenda to check its guests in")
            if booking_id is None else self.tr("The guests have arrived"))

    def _find_slot(self) -> None:
        self.slot = None
        room = self.room
        if room is None or not room.bookable:
            self.slot_label.setText(self.tr("This room is not bookable."))
            self.book_button.setEnabled(False)
            return
        message = ""
        try:
            slots = self._services.availability.next_free_slots(
                room=room.code, length=self.length(), after=self._moment, count=1,
                organization_id=self.team[0] if self.team else None)
        except BookingError as exc:
            slots, message = [], exc.message
        if slots:
            self.slot = slots[0]
            start, end = local(slots[0][0]), local(slots[0][1])
            when = f"{shown(start):%a %d %b %H:%M}–{end:%H:%M}"
            self.slot_label.setText(self.tr("Next free for {0}: {1}").format(self.team[1], when)
                                    if self.team else self.tr("Next free: {0}").format(when))
        else:
            self.slot_label.setText(message or self.tr(
                "No free slot of that length in the next 30 days."))
        self.book_button.setEnabled(self.slot is not None)

    @Slot()
    def on_close_button_clicked(self) -> None:
        self.close_requested.emit()

    @Slot()
    def on_book_button_clicked(self) -> None:
        if self.room is not None and self.slot is not None:
            self.book_requested.emit(self.room.code, self.slot[0], self.slot[1])

    @Slot()
    def on_length_combo_changed(self) -> None:
        self._find_slot()

    @Slot()
    def on_agenda_list_current_item_changed(self) -> None:
        self._update_check_in()

    @Slot(QPoint)
    def on_agenda_list_custom_context_menu_requested(self, pos: QPoint) -> None:
        item = self.agenda_list.itemAt(pos)
        if item is None or item.data(BookingIdRole) is None:
            return
        booking_id = item.data(BookingIdRole)
        self.agenda_list.setCurrentItem(item)
        self.menu_requested.emit(int(booking_id), self.agenda_list.viewport().mapToGlobal(pos))

    @Slot()
    def on_check_in_button_clicked(self) -> None:
        booking_id = self.selected_booking_id()
        if booking_id is not None:
            self.check_in_requested.emit(booking_id)

    @Slot(QListWidgetItem)
    def on_agenda_list_item_activated(self, item: QListWidgetItem) -> None:
        booking_id = item.data(BookingIdRole)
        if booking_id is not None:
            self.open_requested.emit(int(booking_id))
