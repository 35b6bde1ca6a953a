"""The Reports tab's tables: utilisation, no-shows, team use and the hall, one row per group
(utilisation and no-shows end with the total). RawRole gives each cell's number unformatted,
for the CSV export."""

from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont

from booking.reports.types import (
    HallReport,
    HallRow,
    NoShowReport,
    NoShowRow,
    TeamReport,
    TeamRow,
    UtilisationReport,
    UtilisationRow,
)
from ui.events.wording import layout_name
from ui.i18n import QT_TR_NOOP
from ui.models.rooms_model import KIND_LABELS
from ui.models.rows import RowsModel, refresh_words
from ui.plain import plain_tooltip
from ui.reports.numbers import count, decimal, hours, percent

RawRole = Qt.ItemDataRole.UserRole + 1
KeyRole = Qt.ItemDataRole.UserRole + 2
GROUP_TITLES = {"room": QT_TR_NOOP("Room"), "kind": QT_TR_NOOP("Kind"),
                "floor": QT_TR_NOOP("Floor"), "org": QT_TR_NOOP("Organization")}
_NUMBERS = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _hours_raw(minutes: int) -> float:
    return round(minutes / 60, 2)


def _percent_raw(ratio: float | None) -> float | None:
    return None if ratio is None else round(ratio * 100, 2)


class ReportModel(RowsModel):
    """Rows of one report; column 0 is text, the others numbers (right-aligned)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._total: Any = None  # the total row, drawn bold after the others

    def _set_report_rows(self, rows: list[Any], total: Any = None) -> None:
        self._total = total
        self._set_rows(rows + ([total] if total is not None else []))

    def values(self, item: Any) -> tuple[tuple[str, Any], ...]:
        """(shown text, raw value) per column."""
        raise NotImplementedError

    def tooltip(self, item: Any, column: int) -> str:  # noqa: ARG002 - for the subclasses
        return ""

    def cell(self, item: Any, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self.values(item)[column][0]
        if role == RawRole:
            return self.values(item)[column][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column > 0:
            return int(_NUMBERS.value)
        if role == Qt.ItemDataRole.FontRole and item is self._total and item is not None:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tooltip(item, column) or None
        if role == KeyRole:
            return None if item is self._total else getattr(item, "key", None)
        return None

    def item_at(self, row: int) -> Any:
        """The row's item; None for the total row or outside."""
        item = self._row(row)
        return None if item is self._total else item

    def table(self) -> tuple[list[str], list[list[Any]]]:
        """Column titles and every row's raw values (what the CSV holds)."""
        titles = [str(self.headerData(c, Qt.Orientation.Horizontal) or "")
                  for c in range(self.columnCount())]
        return titles, [[v[1] for v in self.values(item)] for item in self._rows]

    def retranslate(self) -> None:
        refresh_words(self)


def group_label(by: str, key: str, label: str, tr: Any) -> str:
    """A group's name as shown: a kind in the window's words, others as the data names them."""
    if by == "kind" and key in KIND_LABELS:
        return str(tr(KIND_LABELS[key]))
    return label


class GroupedModel(ReportModel):
    """A report grouped by room, kind, floor or organization, ending with its total."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.by = "room"

    def set_report(self, report: UtilisationReport | NoShowReport) -> None:
        self.by = report.by
        self._set_report_rows(list(report.rows), report.total)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (section == 0 and orientation == Qt.Orientation.Horizontal
                and role == Qt.ItemDataRole.DisplayRole):
            return self._tr(GROUP_TITLES.get(self.by, "Room"))
        return super().headerData(section, orientation, role)

    def label(self, row: UtilisationRow | NoShowRow) -> str:
        if row is self._total:
            return self._tr("Total")
        return group_label(self.by, row.key, row.label, self._tr)


class UtilisationModel(GroupedModel):
    COLUMNS = ("", QT_TR_NOOP("Booked h"), QT_TR_NOOP("Checked-in h"),
               QT_TR_NOOP("Unused h"), QT_TR_NOOP("Open h"), QT_TR_NOOP("Utilisation"),
               QT_TR_NOOP("Checked-in utilisation"))

    def values(self, item: UtilisationRow) -> tuple[tuple[str, Any], ...]:
        return ((self.label(item), self.label(item)),
                (hours(item.booked_minutes), _hours_raw(item.booked_minutes)),
                (hours(item.checked_in_minutes), _hours_raw(item.checked_in_minutes)),
                (hours(item.unused_minutes), _hours_raw(item.unused_minutes)),
                (hours(item.open_minutes), _hours_raw(item.open_minutes)),
                (percent(item.utilisation), _percent_raw(item.utilisation)),
                (percent(item.checked_in_utilisation),
                 _percent_raw(item.checked_in_utilisation)))

    def tooltip(self, item: UtilisationRow, column: int) -> str:  # noqa: ARG002 - any column
        return plain_tooltip(self._tr(
            "{0}: {1} h booked, {2} h checked in, of {3} h open").format(
                self.label(item), hours(item.booked_minutes), hours(item.checked_in_minutes),
                hours(item.open_minutes)))


class NoShowModel(GroupedModel):
    COLUMNS = ("", QT_TR_NOOP("Bookings"), QT_TR_NOOP("Checked in"), QT_TR_NOOP("No-shows"),
               QT_TR_NOOP("Cancelled"), QT_TR_NOOP("No-show rate"),
               QT_TR_NOOP("Cancellation rate"), QT_TR_NOOP("Median lead (days)"),
               QT_TR_NOOP("Median cancel lead (days)"))

    def values(self, item: NoShowRow) -> tuple[tuple[str, Any], ...]:
        def days(minutes: float | None) -> tuple[str, Any]:
            value = None if minutes is None else round(minutes / 1440, 2)
            return decimal(value), value

        return ((self.label(item), self.label(item)),
                (count(item.bookings), item.bookings), (count(item.checked_in), item.checked_in),
                (count(item.no_shows), item.no_shows), (count(item.cancelled), item.cancelled),
                (percent(item.no_show_rate), _percent_raw(item.no_show_rate)),
                (percent(item.cancellation_rate), _percent_raw(item.cancellation_rate)),
                days(item.lead_median_minutes), days(item.cancel_lead_median_minutes))

    def tooltip(self, item: NoShowRow, column: int) -> str:  # noqa: ARG002 - any column
        return plain_tooltip(self._tr(
            "{0}: {1} no-shows of {2} bookings held, {3} cancelled of {4}").format(
                self.label(item), count(item.no_shows), count(item.held), count(item.cancelled),
                count(item.bookings)))


class TeamModel(ReportModel):
    COLUMNS = (QT_TR_NOOP("Organization"), QT_TR_NOOP("Room"), QT_TR_NOOP("Seats"),
               QT_TR_NOOP("Assigned h"), QT_TR_NOOP("Booked h"), QT_TR_NOOP("Checked-in h"),
               QT_TR_NOOP("Booked share"), QT_TR_NOOP("Seat use"),
               QT_TR_NOOP("Checked-in seat use"))

    def set_report(self, report: TeamReport) -> None:
        self._set_report_rows(list(report.rows))

    def values(self, item: TeamRow) -> tuple[tuple[str, Any], ...]:
        return ((item.key, item.key), (item.room, item.room), (count(item.seats), item.seats),
                (hours(item.assigned_minutes), _hours_raw(item.assigned_minutes)),
                (hours(item.booked_minutes), _hours_raw(item.booked_minutes)),
                (hours(item.checked_in_minutes), _hours_raw(item.checked_in_minutes)),
                (percent(item.booked_share), _percent_raw(item.booked_share)),
                (percent(item.seat_use), _percent_raw(item.seat_use)),
                (percent(item.checked_in_seat_use), _percent_raw(item.checked_in_seat_use)))


class HallModel(ReportModel):
    COLUMNS = (QT_TR_NOOP("Event"), QT_TR_NOOP("Room"), QT_TR_NOOP("Days"),
               QT_TR_NOOP("Booked h"), QT_TR_NOOP("Setup h"), QT_TR_NOOP("Teardown h"),
               QT_TR_NOOP("Attendees"), QT_TR_NOOP("Layout"), QT_TR_NOOP("Seats"),
               QT_TR_NOOP("Fill"))

    def set_report(self, report: HallReport) -> None:
        self._set_report_rows(list(report.rows))

    def values(self, item: HallRow) -> tuple[tuple[str, Any], ...]:
        return ((item.title, item.title), (item.room, item.room), (count(item.days), item.days),
                (hours(item.booked_minutes), _hours_raw(item.booked_minutes)),
                (hours(item.setup_minutes), _hours_raw(item.setup_minutes)),
                (hours(item.teardown_minutes), _hours_raw(item.teardown_minutes)),
                (count(item.attendees), item.attendees),
                (layout_name(item.layout) if item.layout else "", item.layout or ""),
                (count(item.capacity), item.capacity),
                (percent(item.fill), _percent_raw(item.fill)))

    def tooltip(self, item: HallRow, column: int) -> str:
        return plain_tooltip(item.title) if column == 0 else ""
