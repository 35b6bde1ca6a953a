"""Tree model of the building: floors, each with its rooms."""

from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from booking.views import FloorInfo, RoomInfo
from ui.amenities import amenities_text
from ui.i18n import QT_TR_NOOP

# The room kinds' names (booking.policy.KIND_LABELS) marked for the ui catalog; shown
# through tr(). A test keeps the two in step.
KIND_LABELS = {
    "hall": QT_TR_NOOP("Hall"), "meeting": QT_TR_NOOP("Meeting room"),
    "communal": QT_TR_NOOP("Communal zone"), "production": QT_TR_NOOP("Production room"),
    "training": QT_TR_NOOP("Training room"), "incubation": QT_TR_NOOP("Incubation room"),
    "boardroom": QT_TR_NOOP("Board room"), "focus": QT_TR_NOOP("Focus booth"),
    "reception": QT_TR_NOOP("Reception"),
}

__all__ = ["KIND_LABELS", "RoomTreeModel"]

RoomRole = Qt.ItemDataRole.UserRole + 1
AnyIndex = QModelIndex | QPersistentModelIndex
_FLOOR_ROW = 0xFFFF  # internal id marking a floor item (rooms carry their floor's row + 1)


class RoomTreeModel(QAbstractItemModel):
    """Floors as top-level items, rooms beneath; columns: name, kind, seats."""

    COLUMNS = (QT_TR_NOOP("Room"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Seats"))

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._floors: list[FloorInfo] = []
        self._rooms: list[list[RoomInfo]] = []

    def set_building(self, floors: list[FloorInfo], rooms: list[RoomInfo]) -> None:
        self.beginResetModel()
        self._floors = list(floors)
        self._rooms = [[r for r in rooms if r.floor_level == f.level] for f in self._floors]
        self.endResetModel()

    def room_at(self, index: AnyIndex) -> RoomInfo | None:
        if not index.isValid() or index.internalId() == _FLOOR_ROW:
            return None
        return self._rooms[index.internalId() - 1][index.row()]

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _FLOOR_ROW)
        return self.createIndex(row, column, parent.row() + 1)

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == _FLOOR_ROW:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _FLOOR_ROW)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._floors)
        if parent.internalId() == _FLOOR_ROW and parent.column() == 0:
            return len(self._rooms[parent.row()])
        return 0

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: ARG002
        return len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == _FLOOR_ROW:
            floor = self._floors[index.row()]
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                if index.column() == 0:
                    return f"{floor.name} · {floor.label}" if floor.label else floor.name
                if index.column() == 2:
                    return str(sum(r.capacity for r in self._rooms[index.row()]
                                   if r.bookable and r.parent_code is None))
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
            if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        room = self._rooms[index.internalId() - 1][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                return room.name if room.code in room.name else f"{room.name} ({room.code})"
            if index.column() == 1:
                return self.tr(KIND_LABELS.get(room.kind, room.kind))
            if index.column() == 2:
                return str(room.capacity)
        if role == Qt.ItemDataRole.ToolTipRole:
            amenities = amenities_text(room.amenities) or "-"
            return self.tr("{0}: {1} seats; {2}").format(room.name, room.capacity, amenities)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and not room.bookable:
            return Qt.GlobalColor.gray
        if role == RoomRole:
            return room.id
        return None
