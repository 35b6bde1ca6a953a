"""Table model of a booking search: one row per booking, fetched a page at a time."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from booking.search import SearchPage
from booking.services import Services
from booking.timeutil import local, zone_abbreviation
from booking.views import BookingView
from ui.i18n import QT_TR_NOOP
from ui.models.status_labels import STATUS_LABELS

BookingIdRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex

_INACTIVE = {"cancelled", "released", "declined", "expired"}


@dataclass(frozen=True)
class BookingQuery:
    """What to search for; the sort and the page are the model's business."""

    text: str = ""
    start: datetime | None = None
    end: datetime | None = None
    room_ids: tuple[int, ...] | None = None
    floor: int | None = None
    statuses: tuple[str, ...] | None = None
    organization: str | None = None


class BookingsTableModel(QAbstractTableModel):
    """Search results; further pages are read only when the view scrolls to them."""

    COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Start–End"), QT_TR_NOOP("Room"),
               QT_TR_NOOP("Title"), QT_TR_NOOP("For"), QT_TR_NOOP("People"), QT_TR_NOOP("Status"))
    SORT_KEYS = ("start", "start", "room", "title", "organization", "attendees", "status")
    DATE_COLUMN, TIME_COLUMN, ROOM_COLUMN, TITLE_COLUMN, FOR_COLUMN, PEOPLE_COLUMN, \
        STATUS_COLUMN = range(7)

    PAGE_SIZE = 200

    def __init__(self, *, services: Services, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.page_size = self.PAGE_SIZE
        self._announcing = False
        self._query = BookingQuery()
        self._sort = "start"
        self._descending = False
        self._rows: list[BookingView] = []
        self._total: int | None = 0
        self._more = False
        self._next_offset = 0

    # ----- what the panel asks -------------------------------------------------------------

    @property
    def query(self) -> BookingQuery:
        return self._query

    @property
    def total(self) -> int | None:
        """How many bookings match, or None when there are too many to count quickly."""
        return self._total

    @property
    def order(self) -> tuple[str, bool]:
        """The sort key and whether it runs descending."""
        return self._sort, self._descending

    def set_query(self, query: BookingQuery) -> None:
        """Search again from the first page; a BookingError leaves the model as it was."""
        self.show_query(query, self.first_page(query, self._sort, self._descending))

    def first_page(self, query: BookingQuery, sort: str, descending: bool) -> SearchPage:
        """The first page of a search, read without touching the model (any thread may)."""
        return self._fetch(query, sort, descending, offset=0)

    def show_query(self, query: BookingQuery, page: SearchPage) -> None:
        """Show the first page of `query` (read by first_page in the model's order)."""
        self._query = query
        self._show(page)

    def refresh(self) -> None:
        """Read the current search again (after bookings changed)."""
        self._show(self.first_page(self._query, self._sort, self._descending))

    def clear(self) -> None:
        """Show nothing (the search could not run)."""
        self.beginResetModel()
        self._rows, self._total, self._more, self._next_offset = [], 0, False, 0
        self._end_reset()

    def booking_at(self, index: AnyIndex) -> BookingView | None:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self._rows[index.row()]

    def row_of(self, booking_id: int) -> int | None:
        """The row showing that booking among those fetched so far."""
        return next((row for row, b in enumerate(self._rows) if b.id == booking_id), None)

    def _fetch(self, query: BookingQuery, sort: str, descending: bool,
               offset: int) -> SearchPage:
        return self._services.search(
            text=query.text, start=query.start, end=query.end,
            room_ids=list(query.room_ids) if query.room_ids is not None else None,
            floor=query.floor,
            statuses=list(query.statuses) if query.statuses is not None else None,
            organization=query.organization, sort=sort, descending=descending,
            offset=offset, limit=self.page_size)

    def _show(self, page: SearchPage) -> None:
        self.beginResetModel()
        self._rows = list(page.rows)
        self._total = page.total
        self._more = page.more
        self._next_offset = len(page.rows)
        self._end_reset()

    def _end_reset(self) -> None:
        # Views and testers answer modelReset by asking for more rows at once; inserting rows
        # while the reset is still being announced would nest one change inside another.
        self._announcing = True
        try:
            self.endResetModel()
        finally:
            self._announcing = False

    # ----- Qt's side -----------------------------------------------------------------------

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: AnyIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: AnyIndex = QModelIndex()) -> None:
        if parent.isValid() or not self._more or self._announcing:
            return  # a view asks again once it has laid out the reset
        page = self._fetch(self._query, self._sort, self._descending, offset=self._next_offset)
        self._next_offset += len(page.rows)
        self._more = page.more and bool(page.rows)
        known = {b.id for b in self._rows}
        # A booking made between two pages can shift the rest by a row; never show one twice.
        rows = [b for b in page.rows if b.id not in known]
        if not rows:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.SORT_KEYS):
            return
        sort = self.SORT_KEYS[column]
        descending = order == Qt.SortOrder.DescendingOrder
        if (sort, descending) == (self._sort, self._descending):
            return  # Date and Start–End share one order; the view also re-sorts when shown
        page = self.first_page(self._query, sort, descending)
        self._sort, self._descending = sort, descending
        self._show(page)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.PEOPLE_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        booking = self.booking_at(index)
        if booking is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(booking, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(booking)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column == self.PEOPLE_COLUMN:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and booking.status in _INACTIVE:
            return Qt.GlobalColor.gray
        if role == BookingIdRole:
            return booking.id
        return None

    def _display(self, booking: BookingView, column: int) -> str:
        start, end = local(booking.start), local(booking.end)
        if column == self.DATE_COLUMN:
            day = QDate(start.year, start.month, start.day)
            return QLocale().toString(day, "ddd d MMM yyyy")
        if column == self.TIME_COLUMN:
            span = f"{start:%H:%M}–{end:%H:%M}"
            days = (end.date() - start.date()).days
            return span if days == 0 else self.tr("{0} (+{1} d)").format(span, days)
        if column == self.ROOM_COLUMN:
            return booking.room
        if column == self.TITLE_COLUMN:
            return booking.title
        if column == self.FOR_COLUMN:
            return booking.organization or ""
        if column == self.PEOPLE_COLUMN:
            return str(booking.attendees) if booking.attendees else ""
        if column == self.STATUS_COLUMN:
            return self.tr(STATUS_LABELS.get(booking.status, booking.status))
        return ""

    def _tooltip(self, booking: BookingView) -> str:
        start, end = local(booking.start), local(booking.end)
        lines = [f"#{booking.id} {booking.title}",
                 self.tr("{0}, {1:%Y-%m-%d %H:%M}–{2:%H:%M} {3}").format(
                     booking.room_name, start, end, zone_abbreviation(start))]
        if booking.organization:
            lines.append(self.tr("For: {0}").format(booking.organization))
        if booking.contact_name:
            lines.append(self.tr("Contact: {0} {1}").format(booking.contact_name,
                                                            booking.contact_phone).strip())
        if booking.notes:
            lines.append(booking.notes)
        lines.append(self.tr(STATUS_LABELS.get(booking.status, booking.status)))
        return "\n".join(lines)

