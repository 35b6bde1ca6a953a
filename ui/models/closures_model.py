"""Table model of the closures: where (the building or a room), from, to and why."""

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import (
    QObject,
    Qt,
)

from booking.timeutil import local
from booking.tool_views import ClosureView
from ui.i18n import QT_TR_NOOP
from ui.models.rows import RowsModel
from ui.plain import plain_tooltip
from ui.qdates import shown


def _shown(value: datetime, *, end: bool) -> str:
    """A whole-day bound as the day (an end at midnight is the day before's end), else the
    moment."""
    moment = local(value)
    if moment.hour == moment.minute == 0:
        return f"{shown((moment - timedelta(days=1)) if end else moment):%a %d %b %Y}"
    return f"{shown(moment):%a %d %b %Y %H:%M}"


class ClosuresModel(RowsModel):
    """Columns: where, from, to (included), reason, entered by."""

    COLUMNS = (QT_TR_NOOP("Where"), QT_TR_NOOP("From"), QT_TR_NOOP("To"), QT_TR_NOOP("Reason"),
               QT_TR_NOOP("Entered by"))

    def __init__(self, *, rooms: dict[str, str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        # Room codes to the names people know them by.
        self._rooms = rooms or {}

    def set_closures(self, closures: list[ClosureView]) -> None:
        self._set_rows(closures)

    def closure_at(self, row: int) -> ClosureView | None:
        found: ClosureView | None = self._row(row)
        return found

    def where(self, closure: ClosureView) -> str:
        """The whole building, or the room's name."""
        if closure.room is None:
            return self._tr("The whole building")
        return self._rooms.get(closure.room, closure.room)

    def cell(self, closure: ClosureView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (self.where(closure), _shown(closure.start, end=False),
                      _shown(closure.end, end=True), closure.name, closure.created_by or "")
            return values[column]
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            return plain_tooltip(closure.name)
        return None
