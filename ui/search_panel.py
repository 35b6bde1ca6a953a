"""The bookings search panel: words and filters above a sortable table of every matching booking."""

from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from PySide6.QtCore import QDate, QLocale, QModelIndex, QPoint, QStringListModel, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking.search import COUNT_CAP, SearchPage
from booking.services import Services
from booking.statuses import ACTIVE_STATUSES
from booking.timeutil import BUILDING_TZ, local
from booking.views import RoomInfo
from ui.latest_read import LatestRead
from ui.models.bookings_table_model import (
    BookingIdRole,
    BookingQuery,
    BookingsTableModel,
)
from ui.models.rows import refresh_words
from ui.models.status_labels import STATUS_LABELS
from ui.plain import PlainLabel
from ui.qdates import pydate, qdate

DEBOUNCE_MS = 150
# A search still running after this long says so in place of the count.
SEARCHING_MS = 150
DAYS_BACK, DAYS_AHEAD = 30, 90
_M = BookingsTableModel
# Interactive widths in pixels; Title takes what is left. Never ResizeToContents: the model
# may hold thousands of rows.
COLUMN_WIDTHS = {_M.DATE_COLUMN: 130, _M.TIME_COLUMN: 110, _M.ROOM_COLUMN: 80,
                 _M.FOR_COLUMN: 190, _M.PEOPLE_COLUMN: 60, _M.STATUS_COLUMN: 95}


def _local_midnight(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BUILDING_TZ)


class _Search(NamedTuple):
    """One search as the panel asks for it: its filters and the table's order."""

    query: BookingQuery
    sort: str
    descending: bool


class SearchPanel(QWidget):
    """Search every booking by words, dates, room, floor, status and organization."""

    booking_activated = Signal(int)
    searched = Signal()  # a search's answer (or why it was refused) is on show
    booking_menu_requested = Signal(int, QPoint)  # booking id, global position

    def __init__(self, *, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.setObjectName("searchPanel")
        self.search_edit = QLineEdit(self)
        self.search_edit.setObjectName("searchText")
        self.search_edit.setClearButtonEnabled(True)
        today = local(services.now()).date()
        self.from_label = PlainLabel(self)
        self.from_edit = self._date_edit("searchFrom", today - timedelta(days=DAYS_BACK))
        self.to_label = PlainLabel(self)
        self.to_edit = self._date_edit("searchTo", today + timedelta(days=DAYS_AHEAD))
        self.floor_combo = QComboBox(self)
        self.floor_combo.setObjectName("searchFloor")
        self.room_combo = QComboBox(self)
        self.room_combo.setObjectName("searchRoom")
        self.room_combo.setMinimumContentsLength(14)
        self.status_combo = QComboBox(self)
        self.status_combo.setObjectName("searchStatus")
        self.org_label = PlainLabel(self)
        self.org_edit = QLineEdit(self)
        self.org_edit.setObjectName("searchOrganization")
        self.org_edit.setClearButtonEnabled(True)
        self.org_names = QStringListModel(self)
        self.org_completer = QCompleter(self.org_names, self)
        self.org_completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.org_completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.org_edit.setCompleter(self.org_completer)
        self.model = BookingsTableModel(services=services, parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("searchResults")
        self._setup_table()
        self.count_label = PlainLabel(self)
        self.count_label.setObjectName("searchCount")
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("searchMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet("color: #b3261e;")
        self.message_label.hide()
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        # On a database file the search runs off the GUI thread: a short prefix over millions
        # of bookings takes tenths of a second, and typing must never wait for it.
        self._reader = LatestRead(self._read_first_page,
                                  threaded=services.database_path is not None, parent=self)
        self._still_searching = QTimer(self)
        self._still_searching.setSingleShot(True)
        self._still_searching.setInterval(SEARCHING_MS)
        self._reselect: int | None = None
        self._rooms: list[RoomInfo] = []
        self._lay_out()
        self._fill_filters()
        self._connect_signals()
        self.retranslate_ui()
        self.refresh()

    # ----- building ------------------------------------------------------------------------

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day), self)
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        return edit

    def _setup_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(_M.TITLE_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(_M.PEOPLE_COLUMN, QHeaderView.ResizeMode.Fixed)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSortIndicator(_M.DATE_COLUMN, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)

    def _lay_out(self) -> None:
        filters = QHBoxLayout()
        for widget in (self.from_label, self.from_edit, self.to_label, self.to_edit,
                       self.floor_combo, self.room_combo, self.status_combo, self.org_label):
            filters.addWidget(widget)
        filters.addWidget(self.org_edit, 1)
        footer = QHBoxLayout()
        footer.addWidget(self.count_label)
        footer.addWidget(self.message_label, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search_edit)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(footer)

    def _fill_filters(self) -> None:
        self._rooms = self._services.rooms(include_retired=True)
        self.floor_combo.addItem("", None)
        for floor in self._services.floors():
            self.floor_combo.addItem(floor.name, floor.level)
        # Item data is the statuses joined by commas ("" for any): plain text survives Qt.
        self.status_combo.addItem("", "")
        self.status_combo.addItem("", ",".join(ACTIVE_STATUSES))
        for status in STATUS_LABELS:
            self.status_combo.addItem("", status)
        self._fill_rooms()

    def _fill_rooms(self) -> None:
        """List the rooms of the chosen floor, keeping the chosen room when it is still there."""
        chosen = self.room_combo.currentData()
        level = self.floor_combo.currentData()
        self.room_combo.blockSignals(True)
        self.room_combo.clear()
        self.room_combo.addItem(self.tr("All rooms"), None)
        for room in self._rooms:
            if level is None or room.floor_level == level:
                label = room.name if room.code in room.name else f"{room.name} ({room.code})"
                if room.retired:
                    label = self.tr("{0} (retired)").format(label)
                self.room_combo.addItem(label, room.id)
        self.room_combo.setCurrentIndex(max(0, self.room_combo.findData(chosen)))
        self.room_combo.blockSignals(False)

    def _connect_signals(self) -> None:
        self.search_edit.textChanged.connect(self.on_search_edit_text_changed)
        self.search_edit.returnPressed.connect(self.on_search_edit_return_pressed)
        self.from_edit.dateChanged.connect(self.on_from_edit_date_changed)
        self.to_edit.dateChanged.connect(self.on_to_edit_date_changed)
        self.floor_combo.currentIndexChanged.connect(self.on_floor_combo_current_index_changed)
        self.room_combo.currentIndexChanged.connect(self.on_room_combo_current_index_changed)
        self.status_combo.currentIndexChanged.connect(
            self.on_status_combo_current_index_changed)
        self.org_edit.textChanged.connect(self.on_org_edit_text_changed)
        self._debounce.timeout.connect(self.on_debounce_timeout)
        self._reader.loaded.connect(self.on_reader_loaded)
        self._reader.failed.connect(self.on_reader_failed)
        self._still_searching.timeout.connect(self.on_still_searching_timeout)
        self.table.activated.connect(self.on_table_activated)
        self.table.customContextMenuRequested.connect(
            self.on_table_custom_context_menu_requested)

    def retranslate_ui(self) -> None:
        self.search_edit.setPlaceholderText(
            self.tr("Search bookings: title, organization, contact…"))
        self.from_label.setText(self.tr("From"))
        self.to_label.setText(self.tr("to"))
        self.org_label.setText(self.tr("For"))
        self.org_edit.setPlaceholderText(self.tr("Any organization"))
        self.floor_combo.setItemText(0, self.tr("All floors"))
        self.room_combo.setItemText(0, self.tr("All rooms"))
        self.status_combo.setItemText(0, self.tr("Any status"))
        self.status_combo.setItemText(1, self.tr("Active (not cancelled or past)"))
        for row, status in enumerate(STATUS_LABELS, start=2):
            self.status_combo.setItemText(row, self.tr(STATUS_LABELS[status]))
        refresh_words(self.model)
        self._show_count()

    # ----- public --------------------------------------------------------------------------

    def set_text(self, text: str) -> None:
        """Search for these words now."""
        self.search_edit.setText(text)
        self._debounce.stop()
        self._search()

    def reload_building(self) -> None:
        """Read the rooms again (named in the language spoken) and search again."""
        self._rooms = self._services.rooms(include_retired=True)
        self._fill_rooms()
        self.refresh()

    def refresh(self) -> None:
        """Run the current search again (bookings or organizations changed)."""
        self._debounce.stop()
        self.org_names.setStringList(list(self._services.organizations()))
        self._search()

    def query(self) -> BookingQuery:
        """The search the filters describe."""
        room = self.room_combo.currentData()
        statuses = str(self.status_combo.currentData() or "")
        return BookingQuery(
            text=self.search_edit.text(),
            start=_local_midnight(pydate(self.from_edit.date())),
            end=_local_midnight(pydate(self.to_edit.date()) + timedelta(days=1)),
            room_ids=(room,) if room is not None else None,
            floor=self.floor_combo.currentData(),
            statuses=tuple(statuses.split(",")) if statuses else None,
            organization=self.org_edit.text().strip() or None)

    def selected_booking_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(BookingIdRole) if rows else None

    # ----- running the search --------------------------------------------------------------

    @property
    def searching(self) -> bool:
        """True while a search runs (or waits to) off the GUI thread."""
        return self._reader.busy

    def stop(self) -> None:
        """The window closes: let a search under way finish, and start no other."""
        self._debounce.stop()
        self._still_searching.stop()
        self._reader.stop()

    def _search(self) -> None:
        self._reselect = self.selected_booking_id()
        sort, descending = self.model.order
        self._reader.load(_Search(self.query(), sort, descending))
        if self._reader.busy:
            self._still_searching.start()

    def _read_first_page(self, search: _Search) -> tuple[_Search, SearchPage]:
        """Run on the reader's thread: it touches no widget, only the services."""
        return search, self.model.first_page(search.query, search.sort, search.descending)

    def _show_message(self, message: str) -> None:
        self.message_label.setText(message[:1].upper() + message[1:])
        self.message_label.setVisible(bool(message))
        self.count_label.setVisible(not message)

    def _show_count(self) -> None:
        total = self.model.total
        if total is None:
            text = self.tr("{0}+ bookings").format(QLocale().toString(COUNT_CAP))
        elif total == 0:
            text = self.tr("No bookings match")
        elif total == 1:
            text = self.tr("1 booking")
        else:
            text = self.tr("{0} bookings").format(QLocale().toString(total))
        self.count_label.setText(text)

    # ----- slots ---------------------------------------------------------------------------

    @Slot(str)
    def on_search_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def on_search_edit_return_pressed(self) -> None:
        self._debounce.stop()
        self._search()

    @Slot(QDate)
    def on_from_edit_date_changed(self, _date: QDate) -> None:
        self._debounce.start()

    @Slot(QDate)
    def on_to_edit_date_changed(self, _date: QDate) -> None:
        self._debounce.start()

    @Slot(int)
    def on_floor_combo_current_index_changed(self, _index: int) -> None:
        self._fill_rooms()
        self._debounce.start()

    @Slot(int)
    def on_room_combo_current_index_changed(self, _index: int) -> None:
        self._debounce.start()

    @Slot(int)
    def on_status_combo_current_index_changed(self, _index: int) -> None:
        self._debounce.start()

    @Slot(str)
    def on_org_edit_text_changed(self, _text: str) -> None:
        self._debounce.start()

    @Slot()
    def on_debounce_timeout(self) -> None:
        self._search()

    @Slot(object)
    def on_reader_loaded(self, answer: tuple[_Search, SearchPage]) -> None:
        search, page = answer
        sort, descending = self.model.order
        if (search.sort, search.descending) != (sort, descending):
            # A header was clicked while this was read: read it again in the table's order.
            self._reader.load(search._replace(sort=sort, descending=descending))
            return
        self._still_searching.stop()
        self.model.show_query(search.query, page)
        self._show_message("")
        self._show_count()
        row = self.model.row_of(self._reselect) if self._reselect is not None else None
        if row is not None:
            self.table.selectRow(row)
        self.searched.emit()

    @Slot(str)
    def on_reader_failed(self, message: str) -> None:
        self._still_searching.stop()
        self.model.clear()
        self._show_message(message)
        self.searched.emit()

    @Slot()
    def on_still_searching_timeout(self) -> None:
        if self._reader.busy:
            self.count_label.setText(self.tr("Searching…"))

    @Slot(QPoint)
    def on_table_custom_context_menu_requested(self, pos: QPoint) -> None:
        index = self.table.indexAt(pos)
        booking_id = index.data(BookingIdRole) if index.isValid() else None
        if booking_id is None:
            return
        self.table.selectRow(index.row())
        self.booking_menu_requested.emit(int(booking_id),
                                         self.table.viewport().mapToGlobal(pos))

    @Slot(QModelIndex)
    def on_table_activated(self, index: QModelIndex) -> None:
        booking_id = index.data(BookingIdRole)
        if booking_id is not None:
            self.booking_activated.emit(int(booking_id))
