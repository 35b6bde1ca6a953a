"""Table model of an import's items: where in the file, when, room, title, verdict, message."""

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor

from booking.exchange.incoming import ItemVerdict, Verdict
from booking.timeutil import local
from ui.i18n import QT_TR_NOOP
from ui.models.rows import RowsModel
from ui.plain import plain_tooltip
from ui.qdates import shown

# Fine verdicts in green, the ones that hold an import back in red, closed in amber.
VERDICT_COLOURS = {
    Verdict.FREE: QColor("#1b7f3b"), Verdict.UPDATE: QColor("#1f5fa8"),
    Verdict.UNCHANGED: QColor("#5f6368"), Verdict.CONFLICT: QColor("#b3261e"),
    Verdict.CLOSED: QColor("#a15c00"), Verdict.REFUSED: QColor("#b3261e"),
}
VERDICT_COLUMN = 4


class ImportItemsModel(RowsModel):
    """Columns: where, when (building time), room, title, verdict, message."""

    COLUMNS = (QT_TR_NOOP("Where"), QT_TR_NOOP("When"), QT_TR_NOOP("Room"),
               QT_TR_NOOP("Title"), QT_TR_NOOP("Verdict"), QT_TR_NOOP("Message"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_verdicts(self, verdicts: tuple[ItemVerdict, ...] | list[ItemVerdict]) -> None:
        self._set_rows(list(verdicts))

    def verdict_at(self, row: int) -> ItemVerdict | None:
        found: ItemVerdict | None = self._row(row)
        return found

    @staticmethod
    def when(verdict: ItemVerdict) -> str:
        start, end = local(verdict.item.start), local(verdict.item.end)
        if end <= start:
            return f"{shown(start):%a %d %b %Y}"
        return f"{shown(start):%a %d %b %Y %H:%M}–{shown(end):%H:%M}"

    def cell(self, verdict: ItemVerdict, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            values = (verdict.item.where, self.when(verdict),
                      verdict.room or verdict.item.room or "", verdict.item.title,
                      verdict.verdict.word, verdict.message)
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == VERDICT_COLUMN:
            return VERDICT_COLOURS[verdict.verdict]
        if role == Qt.ItemDataRole.ToolTipRole and column in (0, 3, 5):
            return plain_tooltip((verdict.item.where, "", "", verdict.item.title, "",
                                  verdict.message)[column])
        return None
