"""Find a room: the rooms free from a start for a length, best fit first; one pick books one."""

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDateTime, QModelIndex, Qt, QTime, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.policy import PAST_GRACE, SLOT_MINUTES
from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from booking.tool_views import FreeRoom
from ui.amenities import amenity_text
from ui.models.free_rooms_model import FreeRoomsModel
from ui.models.rows import refresh_words
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate, shown

SLOT = timedelta(minutes=SLOT_MINUTES)


def current_slot(now: datetime) -> datetime:
    """The start of the 15-minute slot `now` is in, in the building's zone."""
    at = local(now).replace(second=0, microsecond=0)
    return at - timedelta(minutes=at.minute % SLOT_MINUTES)


def first_start(now: datetime) -> datetime:
    """The earliest start a walk-in can book: the current slot while the rules still take it
    (up to PAST_GRACE after it began), else the next one."""
    slot = current_slot(now)
    return slot if local(now) - slot <= PAST_GRACE else slot + SLOT


class FindRoomPanel(QDialog):
    """Start, length, seats, amenities and floor above the rooms free then, best fit first.

    Picking a row (click, or Enter) closes the panel with `chosen` set to (room code, start,
    end); the window then opens the booking dialog on it.
    """

    def __init__(self, *, services: Services, now: datetime, length_minutes: int = 60,
                 building: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("FindRoomPanel")
        self._building = building  # the code of the building on show ("": the only one)
        self._services = services
        self.chosen: tuple[str, datetime, datetime] | None = None
        self.start_edit = QDateTimeEdit(self)
        self.start_edit.setObjectName("findStartEdit")
        self.start_edit.setDisplayFormat("ddd d MMM yyyy  HH:mm")
        self.start_edit.setCalendarPopup(True)
        start = first_start(now)
        self.start_edit.setDateTime(QDateTime(qdate(start.date()), QTime(start.hour, start.minute)))
        self.length_spin = QSpinBox(self)
        self.length_spin.setObjectName("findLengthSpin")
        self.length_spin.setRange(SLOT_MINUTES, 12 * 60)
        self.length_spin.setSingleStep(SLOT_MINUTES)
        self.length_spin.setValue(length_minutes)
        self.seats_spin = QSpinBox(self)
        self.seats_spin.setObjectName("findSeatsSpin")
        self.seats_spin.setRange(0, 400)
        self.floor_combo = QComboBox(self)
        self.floor_combo.setObjectName("findFloorCombo")
        self.amenity_list = QListWidget(self)
        self.amenity_list.setObjectName("findAmenityList")
        self.amenity_list.setFlow(QListWidget.Flow.LeftToRight)
        self.amenity_list.setWrapping(True)
        self.amenity_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.amenity_list.setSpacing(2)
        self.amenity_list.setFixedHeight(58)
        self.model = FreeRoomsModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("freeRoomsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(56)
        self.start_label = PlainLabel(self)
        self.length_label = PlainLabel(self)
        self.seats_label = PlainLabel(self)
        self.floor_label = PlainLabel(self)
        self.amenity_label = PlainLabel(self)
        self.summary_label = PlainLabel(self)
        self.summary_label.setObjectName("findSummary")
        self.summary_label.setWordWrap(True)
        left = QFormLayout()
        left.addRow(self.start_label, self.start_edit)
        left.addRow(self.length_label, self.length_spin)
        right = QFormLayout()
        right.addRow(self.seats_label, self.seats_spin)
        right.addRow(self.floor_label, self.floor_combo)
        row = QHBoxLayout()
        row.addLayout(left, 3)
        row.addSpacing(16)
        row.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.amenity_label)
        layout.addWidget(self.amenity_list)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.table, 1)
        self._fill_choices()
        self._connect_signals()
        self.retranslate_ui()
        self.resize(760, 520)
        self.refresh()
        self.seats_spin.setFocus()
        self.seats_spin.selectAll()

    def _fill_choices(self) -> None:
        rooms = [r for r in self._services.rooms() if r.bookable
                 and (not self._building or r.building == self._building)]
        for amenity in sorted({a for r in rooms for a in r.amenities}):
            item = QListWidgetItem(amenity_text(amenity), self.amenity_list)
            item.setData(Qt.ItemDataRole.UserRole, amenity)
            item.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
            item.setCheckState(Qt.CheckState.Unchecked)
        self.floor_combo.addItem("", None)
        for floor in self._services.floors():
            if not self._building or floor.building == self._building:
                self.floor_combo.addItem(floor.name, floor.level)

    def _connect_signals(self) -> None:
        self.start_edit.dateTimeChanged.connect(self.on_any_choice_changed)
        self.length_spin.valueChanged.connect(self.on_any_choice_changed)
        self.seats_spin.valueChanged.connect(self.on_any_choice_changed)
        self.floor_combo.currentIndexChanged.connect(self.on_any_choice_changed)
        self.amenity_list.itemChanged.connect(self.on_any_choice_changed)
        self.table.activated.connect(self.on_table_activated)
        self.table.clicked.connect(self.on_table_activated)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("Find a room"))
        self.start_label.setText(self.tr("From"))
        self.length_label.setText(self.tr("For", "how long"))
        self.seats_label.setText(self.tr("Seats"))
        self.floor_label.setText(self.tr("Floor"))
        self.amenity_label.setText(self.tr("With"))
        self.length_spin.setSuffix(self.tr(" min"))
        self.seats_spin.setSpecialValueText(self.tr("any number"))
        self.floor_combo.setItemText(0, self.tr("Any floor"))
        self.amenity_list.blockSignals(True)
        for item in (self.amenity_list.item(i) for i in range(self.amenity_list.count())):
            item.setText(amenity_text(str(item.data(Qt.ItemDataRole.UserRole))))
        self.amenity_list.blockSignals(False)
        self.refresh()

    # ----- what is asked ------------------------------------------------------------------

    def span(self) -> tuple[datetime, datetime]:
        value = self.start_edit.dateTime()
        start = datetime.combine(pydate(value.date()),
                                 time(value.time().hour(), value.time().minute()),
                                 tzinfo=BUILDING_TZ)
        start = current_slot(start)
        return start, start + timedelta(minutes=self.length_spin.value())

    def amenities(self) -> list[str]:
        items = (self.amenity_list.item(i) for i in range(self.amenity_list.count()))
        return [str(item.data(Qt.ItemDataRole.UserRole)) for item in items
                if item.checkState() == Qt.CheckState.Checked]

    def refresh(self) -> None:
        """Ask again which rooms are free and show them, the best fit selected."""
        start, end = self.span()
        try:
            rooms: list[FreeRoom] = self._services.availability.free_rooms(
                start=start, end=end, capacity=self.seats_spin.value(),
                amenities=self.amenities(), floor=self.floor_combo.currentData(),
                building=self._building or None)
        except BookingError as exc:
            rooms = []
            self.summary_label.setText(exc.message)
        else:
            self.summary_label.setText(self.tr(
                "{0} rooms free {1:%a %d %b %H:%M}–{2:%H:%M}; best fit first. "
                "Enter or a click books the one chosen.").format(
                    len(rooms), shown(local(start)), local(end)) if rooms else
                self._none_free(start, end))
        self.model.set_rooms(rooms)
        if rooms:
            self.table.selectRow(0)

    def _none_free(self, start: datetime, end: datetime) -> str:
        """Why the list is empty: the wishes, or the time (every room taken or closed)."""
        text = self.tr("No room is free {0:%a %d %b %H:%M}–{1:%H:%M} for this.").format(
            shown(local(start)), local(end))
        narrowed = self.seats_spin.value() > 0 or self.amenities() or \
            self.floor_combo.currentData() is not None
        if narrowed and self._services.availability.free_rooms(
                start=start, end=end, building=self._building or None):
            return text + " " + self.tr("Other rooms are free then: ask for fewer seats, "
                                        "fewer amenities or any floor.")
        return text + " " + self.tr("Every room is taken or closed then: try another start "
                                    "or a shorter length.")

    # ----- picking --------------------------------------------------------------------------

    def choose(self, row: int) -> None:
        room = self.model.room_at(row)
        if room is None:
            return
        start, end = self.span()
        self.chosen = (room.code, start, end)
        super().accept()

    def accept(self) -> None:
        """Enter anywhere in the panel picks the row chosen (the best fit unless moved)."""
        current = self.table.currentIndex()
        self.choose(current.row() if current.isValid() else 0)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def on_any_choice_changed(self) -> None:
        self.refresh()

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        self.choose(index.row())
