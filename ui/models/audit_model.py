"""Table model of audit entries: when, who, what was done to what, what changed, and why."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)

from booking.timeutil import local
from booking.tool_views import AuditEntryView
from ui.i18n import QT_TR_NOOP, code_word
from ui.models.audit_words import ACTION_WORDS, FIELD_WORDS
from ui.models.rows import RowsModel
from ui.models.status_labels import STATUS_LABELS
from ui.plain import plain_tooltip
from ui.qdates import shown

# Fields every entry repeats that say nothing about the change itself.
QUIET = frozenset({"version", "updated_at", "created_at", "room_name", "booked_by"})
LONGEST_VALUE = 40


def _tr(text: str) -> str:
    return QCoreApplication.translate("AuditModel", text)


def _field(key: str) -> str:
    return code_word(FIELD_WORDS, key)


def _shown(value: Any, key: str = "") -> str:
    if value is None or value == "":
        return "—"
    if key == "status" and value in STATUS_LABELS:
        return _tr(STATUS_LABELS[value]).lower()
    if isinstance(value, bool):
        return _tr("yes") if value else _tr("no")
    if isinstance(value, str):
        try:
            moment = datetime.fromisoformat(value)
        except ValueError:
            moment = None
        if moment is not None and moment.tzinfo is not None:
            return f"{shown(local(moment)):%d %b %H:%M}"
        text = value if len(value) <= LONGEST_VALUE else value[:LONGEST_VALUE - 1] + "…"
        return f"'{text}'"
    return str(value)


def changes_text(before: dict[str, Any] | None, after: dict[str, Any] | None) -> str:
    """What an entry changed, field by field ("status confirmed → cancelled, …")."""
    if before is None and after is None:
        return ""
    if before is None:
        return _tr("created")
    if after is None:
        return _tr("removed")
    parts = [f"{_field(key)} {_shown(before.get(key), key)} → {_shown(after.get(key), key)}"
             for key in sorted(set(before) | set(after))
             if key not in QUIET and before.get(key) != after.get(key)]
    return ", ".join(parts) or _tr("no visible change")


# What an entry is about (the trail keeps codes), as the screen names it.
ENTITY_WORDS = {
    "booking": QT_TR_NOOP("booking"), "series": QT_TR_NOOP("series"),
    "account": QT_TR_NOOP("account"), "closure": QT_TR_NOOP("closure"),
    "term_assignment": QT_TR_NOOP("term"), "event": QT_TR_NOOP("event"),
    "room": QT_TR_NOOP("room"), "setting": QT_TR_NOOP("setting"),
    "organization": QT_TR_NOOP("organization"),
}


def _action(code: str) -> str:
    return code_word(ACTION_WORDS, code)


class AuditModel(RowsModel):
    """Columns: #, when, who, action, what, changes, reason."""

    COLUMNS = ("#", QT_TR_NOOP("When"), QT_TR_NOOP("Who"), QT_TR_NOOP("Action"),
               QT_TR_NOOP("What"), QT_TR_NOOP("Changes"), QT_TR_NOOP("Reason"))

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)

    def set_entries(self, entries: list[AuditEntryView]) -> None:
        self._set_rows(entries)

    def entry_at(self, row: int) -> AuditEntryView | None:
        found: AuditEntryView | None = self._row(row)
        return found

    def _values(self, entry: AuditEntryView) -> tuple[str, ...]:
        name = code_word(ENTITY_WORDS, entry.entity)
        what = f"{name} #{entry.entity_id}" if entry.entity_id is not None else name
        return (str(entry.id), f"{shown(local(entry.at)):%a %d %b %Y %H:%M:%S}", entry.actor,
                _action(entry.action), what,
                changes_text(entry.before, entry.after), entry.reason)

    def cell(self, entry: AuditEntryView, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._values(entry)[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (5, 6):
            return plain_tooltip(self._values(entry)[column])
        return None
