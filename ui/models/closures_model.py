"""Table model of the closures: where (the building or a room), from, to and why."""

from datetime import datetime, timedelta
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
from booking.views import ClosureView
from ui.plain import plain_tooltip

AnyIndex = QModelIndex | QPersistentModelIndex


def _shown(value: datetime, *, end: bool) -> str:
    """A whole-day bound as the day (an end at midnight is the day before's end), else the
    moment."""
    moment = local(value)
    if moment.hour == moment.minute == 0:
        return f"{(moment - timedelta(days=1)) if end else moment:%a %d %b %Y}"
    return f"{moment:%a %d %b %Y %H:%M}"


class ClosuresModel(QAbstractTableModel):
    """Columns: where, from, to (included), reason, entered by."""

    COLUMNS = ("Where", "From", "To", "Reason", "Entered by")

    def __init__(self, *, rooms: dict[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._closures: list[ClosureView] = []
        # Room codes to the names people know them by.
        self._rooms = rooms or {}

    def set_closures(self, closures: list[ClosureView]) -> None:
        self.beginResetModel()
        self._closures = list(closures)
        self.endResetModel()

    def closure_at(self, row: int) -> ClosureView | None:
        return self._closures[row] if 0 <= row < len(self._closures) else None

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._closures)

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("ClosuresModel", text)

    def where(self, closure: ClosureView) -> str:
        """The whole building, or the room's name."""
        if closure.room is None:
            return self._tr("The whole building")
        return self._rooms.get(closure.room, closure.room)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._closures):
            return None
        closure = self._closures[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            values = (self.where(closure), _shown(closure.start, end=False),
                      _shown(closure.end, end=True), closure.name, closure.created_by or "")
            return values[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 3:
            return plain_tooltip(closure.name)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and 0 <= section < len(self.COLUMNS)):
            return self._tr(self.COLUMNS[section])
        return None
