"""The bookings behind a figure: a room's (or kind's, floor's, organization's) bookings in
the period, or those in use at one weekday-hour of the heat map, listed in a small dialog."""

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from booking.timeutil import BUILDING_TZ, hhmm, local
from booking.views import BookingView, RoomInfo
from ui.i18n import QT_TR_NOOP
from ui.models.rows import RowsModel, refresh_words
from ui.models.status_labels import STATUS_LABELS
from ui.plain import plain_tooltip
from ui.qdates import shown
from ui.tables import row_table

if TYPE_CHECKING:
    from booking.services import Services

BookingIdRole = Qt.ItemDataRole.UserRole + 1


def period_bounds(first: date, end: date) -> tuple[datetime, datetime]:
    """The local days [first, end) as instants."""
    return (datetime.combine(first, time(0), tzinfo=BUILDING_TZ),
            datetime.combine(end, time(0), tzinfo=BUILDING_TZ))


def group_test(by: str, key: str, rooms: list[RoomInfo]) -> Callable[[BookingView], bool]:
    """Whether a booking belongs to the group `key` of the grouping `by`."""
    if by == "org":
        return lambda b: (b.organization or "") == key
    if by == "kind":
        codes = {r.code for r in rooms if r.kind == key}
    elif by == "floor":
        codes = {r.code for r in rooms if str(r.floor_level) == key}
    else:
        codes = {key}
    # A whole hall's booking counts for its halves: a half's group takes its parent's too.
    parents = {r.parent_code for r in rooms if r.code in codes and r.parent_code}
    return lambda b: b.room in codes or b.room in parents


def in_use_at(booking: BookingView, weekday: int, hour: int) -> bool:
    """Whether the booking holds its room at some time of that weekday-hour."""
    start, end = local(booking.start), local(booking.end)
    day = start.date()
    while datetime.combine(day, time(0), tzinfo=start.tzinfo) < end:
        if day.weekday() == weekday:
            slot = datetime.combine(day, time(hour), tzinfo=start.tzinfo)
            if start < slot + timedelta(hours=1) and slot < end:
                return True
        day += timedelta(days=1)
    return False


def group_bookings(services: "Services", first: date, end: date, by: str,
                   key: str) -> list[BookingView]:
    start, stop = period_bounds(first, end)
    test = group_test(by, key, services.rooms(include_retired=True))
    return [b for b in services.list_bookings(start=start, end=stop) if test(b)]


def hour_bookings(services: "Services", first: date, end: date, weekday: int, hour: int,
                  kind: str | None) -> list[BookingView]:
    start, stop = period_bounds(first, end)
    kinds = {r.code: r.kind for r in services.rooms(include_retired=True)}
    return [b for b in services.list_bookings(start=start, end=stop)
            if b.status not in ("cancelled", "declined", "expired")
            and (kind is None or kinds.get(b.room) == kind) and in_use_at(b, weekday, hour)]


class FoundBookingsModel(RowsModel):
    COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Start–End"), QT_TR_NOOP("Room"),
               QT_TR_NOOP("Title"), QT_TR_NOOP("For"), QT_TR_NOOP("Status"))

    def __init__(self, bookings: list[BookingView], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._set_rows(sorted(bookings, key=lambda b: (b.start, b.room)))

    def booking_at(self, row: int) -> BookingView | None:
        found: BookingView | None = self._row(row)
        return found

    def cell(self, item: BookingView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            status = STATUS_LABELS.get(item.status)
            values = (f"{shown(local(item.start)):%a %d %b %Y}",
                      f"{hhmm(item.start)}–{hhmm(item.end)}", item.room_name, item.title,
                      item.organization or "", self._tr(status) if status else item.status)
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plain_tooltip(item.title)
        if role == BookingIdRole:
            return item.id
        return None


class FoundBookingsDialog(QDialog):
    """The bookings listed under what they were found for; `open_requested(id)` when one is
    double-clicked (the window opens it on the timeline)."""

    open_requested = Signal(int)

    def __init__(self, *, bookings: list[BookingView], about: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("foundBookingsDialog")
        self.about = about
        self.model = FoundBookingsModel(bookings, self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.table = row_table(self, self.model, name="foundBookingsTable",
                               widths=(120, 100, 140, 0, 140, 100), stretch=3)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table)
        layout.addWidget(self.buttons)
        self.buttons.rejected.connect(self.reject)
        self.table.doubleClicked.connect(self.on_table_double_clicked)
        self.resize(820, 420)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Bookings"))
        count = self.model.rowCount()
        self.heading.setText(self.tr("{0}. Bookings found: {1}").format(self.about, count))
        refresh_words(self.model)

    @Slot()
    def on_table_double_clicked(self) -> None:
        booking = self.model.booking_at(self.table.currentIndex().row())
        if booking is not None:
            self.open_requested.emit(booking.id)
