"""Table model of the terms planner: production rooms × weeks, the team of each day, and a
last row counting the seats assigned each week."""

import zlib
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from booking.timeutil import BUILDING_TZ, local
from booking.tool_views import TermView
from booking.views import RoomInfo
from ui.plain import plain_tooltip
from ui.qdates import shown

AnyIndex = QModelIndex | QPersistentModelIndex
# Each cell's seven days: the team of each (None: not assigned), for the painted cell.
DaysRole = Qt.ItemDataRole.UserRole + 1
# True on the last row (seats assigned), which is no room.
FooterRole = Qt.ItemDataRole.UserRole + 2


def team_colour(team: str) -> QColor:
    """A light colour of its own for each team, the same in every session."""
    hue = zlib.crc32(team.casefold().encode("utf-8")) % 360
    return QColor.fromHsl(hue, 150, 212)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def day_start(day: date) -> datetime:
    return datetime.combine(day, time(0), tzinfo=BUILDING_TZ)


@dataclass(frozen=True)
class Cell:
    """One room's week: the term of each day (None where the room is not assigned)."""

    days: tuple[TermView | None, ...]

    @property
    def terms(self) -> list[TermView]:
        """The terms of the week, in order, each once."""
        seen: list[TermView] = []
        for term in self.days:
            if term is not None and term not in seen:
                seen.append(term)
        return seen


class TermsModel(QAbstractTableModel):
    """Rows: production rooms (their seats in the header), then the seats assigned; columns:
    weeks from a Monday."""

    def __init__(self, *, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rooms: list[RoomInfo] = []
        self._weeks: list[date] = []
        self._cells: list[list[Cell]] = []
        self._today: date | None = None

    @staticmethod
    def _tr(text: str) -> str:
        return QCoreApplication.translate("TermsModel", text)

    def set_content(self, rooms: list[RoomInfo], first_week: date, weeks: int,
                    terms: list[TermView], *, today: date | None = None) -> None:
        """Show these rooms over `weeks` weeks from the Monday `first_week` (the week of
        `today` stands out)."""
        self.beginResetModel()
        self._today = today
        self._rooms = list(rooms)
        self._weeks = [first_week + timedelta(weeks=n) for n in range(weeks)]
        by_room: dict[str, list[TermView]] = {}
        for term in terms:
            if term.active:
                by_room.setdefault(term.room, []).append(term)
        self._cells = [[self._cell(by_room.get(room.code, []), monday)
                        for monday in self._weeks] for room in self._rooms]
        self.endResetModel()

    @staticmethod
    def _cell(terms: list[TermView], monday: date) -> Cell:
        days: list[TermView | None] = []
        for offset in range(7):
            start = day_start(monday + timedelta(days=offset))
            end = start + timedelta(days=1)
            days.append(next((t for t in terms if t.start < end and t.end > start), None))
        return Cell(tuple(days))

    @property
    def weeks(self) -> list[date]:
        return list(self._weeks)

    def room_at(self, row: int) -> RoomInfo | None:
        return self._rooms[row] if 0 <= row < len(self._rooms) else None

    def week_at(self, column: int) -> date | None:
        return self._weeks[column] if 0 <= column < len(self._weeks) else None

    def cell(self, row: int, column: int) -> Cell | None:
        if 0 <= row < len(self._rooms) and 0 <= column < len(self._weeks):
            return self._cells[row][column]
        return None

    def footer_row(self) -> int:
        return len(self._rooms)

    def seats_assigned(self, column: int) -> int:
        """Seats in the rooms assigned to a team for some of that week."""
        return sum(room.capacity for room, cells in zip(self._rooms, self._cells, strict=True)
                   if cells[column].terms)

    def total_seats(self) -> int:
        return sum(room.capacity for room in self._rooms)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() or not self._weeks else len(self._rooms) + 1

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._weeks)

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.row() == self.footer_row():
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.column() < len(self._weeks):
            return None
        row, column = index.row(), index.column()
        if row == self.footer_row():
            return self._footer_data(column, role)
        cell = self.cell(row, column)
        if cell is None:
            return None
        terms = cell.terms
        if role == Qt.ItemDataRole.DisplayRole:
            return " / ".join(t.team for t in terms)
        if role == DaysRole:
            return tuple(t.team if t is not None else None for t in cell.days)
        if role == FooterRole:
            return False
        if role == Qt.ItemDataRole.BackgroundRole and terms:
            return team_colour(max(terms, key=lambda t: cell.days.count(t)).team)
        if role == Qt.ItemDataRole.ToolTipRole:
            room = self._rooms[row]
            lines = [self._tr("{0} · week of {1:%d %b %Y}").format(
                room.name, shown(self._weeks[column]))]
            lines += [self._tr("{0}: {1:%a %d %b %Y} to {2:%a %d %b %Y} (term #{3})").format(
                t.team, shown(local(t.start)), shown(local(t.end) - timedelta(seconds=1)), t.id)
                for t in terms]
            if not terms:
                lines.append(self._tr("Not assigned to a team"))
            return plain_tooltip("\n".join(lines))
        return None

    def _footer_data(self, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._tr("{0} of {1}").format(self.seats_assigned(column),
                                                 self.total_seats())
        if role == FooterRole:
            return True
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tr("Seats in production rooms assigned to a team for some of this "
                            "week, of all production seats")
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            monday = self.week_at(section)
            if monday is None:
                return None
            this_week = self._today is not None and week_start(self._today) == monday
            if role == Qt.ItemDataRole.DisplayRole:
                if this_week:
                    return self._tr("This week\n{0:%d %b}").format(shown(monday))
                return self._tr("Week {0}\n{1:%d %b}").format(monday.isocalendar().week,
                                                              shown(monday))
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tr("{0:%a %d %b} to {1:%a %d %b %Y}").format(
                    monday, monday + timedelta(days=6)) + (
                    self._tr(" (this week)") if this_week else "")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            room = self.room_at(section)
            if room is not None:
                return self._tr("{0}  ·  {1} seats").format(room.code, room.capacity)
            if section == self.footer_row() and self._weeks:
                return self._tr("Seats assigned")
        if role == Qt.ItemDataRole.ToolTipRole:
            room = self.room_at(section)
            return plain_tooltip(f"{room.name}, {room.floor_name}") if room else None
        return None
