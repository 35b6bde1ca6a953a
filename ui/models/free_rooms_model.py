"""Table model of the rooms free for a span: best fit first, with when each is free until."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from booking.timeutil import local
from booking.tool_views import FreeRoom
from ui.amenities import amenities_text
from ui.i18n import QT_TR_NOOP
from ui.models.rows import RowsModel

_Align = Qt.AlignmentFlag


def best_fit(rooms: list[FreeRoom]) -> list[FreeRoom]:
    """The smallest room that fits first, then the lower floor, then the fewest amenities."""
    return sorted(rooms, key=lambda r: (r.capacity, r.floor, len(r.amenities), r.code))


class FreeRoomsModel(RowsModel):
    """Columns: room, floor, seats, amenities, free until."""

    COLUMNS = (QT_TR_NOOP("Room"), QT_TR_NOOP("Floor"), QT_TR_NOOP("Seats"),
               QT_TR_NOOP("Amenities"), QT_TR_NOOP("Free until"))

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_rooms(self, rooms: list[FreeRoom]) -> None:
        self._set_rows(best_fit(rooms))

    def room_at(self, row: int) -> FreeRoom | None:
        found: FreeRoom | None = self._row(row)
        return found

    def _until(self, value: datetime | None) -> str:
        if value is None:
            return self._tr("rest of the day")
        return f"{local(value):%H:%M}"

    def cell(self, room: FreeRoom, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values: tuple[Any, ...] = (
                room.name, str(room.floor), str(room.capacity),
                amenities_text(room.amenities),
                self._until(room.free_until))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return amenities_text(room.amenities)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(_Align.AlignRight | _Align.AlignVCenter)
        return None
