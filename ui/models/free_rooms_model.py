"""Table model of the rooms free for a span: best fit first, with when each is free until."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from booking.timeutil import local
from booking.views import FreeRoom

AnyIndex = QModelIndex | QPersistentModelIndex
_Align = Qt.AlignmentFlag


def best_fit(rooms: list[FreeRoom]) -> list[FreeRoom]:
    """The smallest room that fits first, then the lower floor, then the fewest amenities."""
    return sorted(rooms, key=lambda r: (r.capacity, r.floor, len(r.amenities), r.code))


class FreeRoomsModel(QAbstractTableModel):
    """Columns: room, floor, seats, amenities, free until."""

    COLUMNS = ("Room", "Floor", "Seats", "Amenities", "Free until")

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rooms: list[FreeRoom] = []

    def set_rooms(self, rooms: list[FreeRoom]) -> None:
        self.beginResetModel()
        self._rooms = best_fit(rooms)
        self.endResetModel()

    def room_at(self, row: int) -> FreeRoom | None:
        return self._rooms[row] if 0 <= row < len(self._rooms) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rooms)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("FreeRoomsModel", text)

    def _until(self, value: datetime | None) -> str:
        if value is None:
            return self._tr("rest of the day")
        return f"{local(value):%H:%M}"

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rooms):
            return None
        room = self._rooms[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            values: tuple[Any, ...] = (
                room.name, str(room.floor), str(room.capacity),
                ", ".join(a.replace("_", " ") for a in room.amenities),
                self._until(room.free_until))
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return ", ".join(a.replace("_", " ") for a in room.amenities)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (1, 2):
            return int(_Align.AlignRight | _Align.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self._tr(self.COLUMNS[section])
        return None
