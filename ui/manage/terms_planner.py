"""The terms planner (Building → Terms planner…): production rooms × weeks, the team each
room is assigned to, Assign to team… and End term…."""

from collections.abc import Callable
from datetime import date, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt, Signal, Slot
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from booking.permissions import Action
from booking.timeutil import local
from booking.tool_views import TermView
from booking.views import RoomInfo
from ui.manage.affected import settled_text
from ui.manage.term_forms import EndTermForm, TermForm, last_day
from ui.models.rows import refresh_words
from ui.models.terms_model import (
    DaysRole,
    FooterRole,
    TermsModel,
    day_start,
    team_colour,
    week_start,
)
from ui.plain import PlainLabel
from ui.qdates import shown

if TYPE_CHECKING:
    from booking.services import Services

WEEKS = 12
COLUMN_WIDTH = 92
ROW_HEIGHT = 30


class WeekDelegate(QStyledItemDelegate):
    """Paints a room's week as seven day strips in the colour of each day's team, the team's
    name over them; the seats row as plain bold text."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        if index.data(FooterRole):
            super().paint(painter, option, index)
            return
        rect: QRect = option.rect
        state = option.state
        painter.save()
        painter.fillRect(rect, QColor("#ffffff"))
        days = index.data(DaysRole) or ()
        width = rect.width() / 7
        for offset, team in enumerate(days):
            if team is None:
                continue
            left = rect.left() + round(offset * width)
            right = rect.left() + round((offset + 1) * width)
            painter.fillRect(QRect(left, rect.top() + 3, right - left, rect.height() - 6),
                             team_colour(team))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if text:
            painter.setPen(QColor("#1f1f1f"))
            inner = rect.adjusted(6, 0, -6, 0)
            painter.drawText(inner, int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                             option.fontMetrics.elidedText(
                                 text, Qt.TextElideMode.ElideRight, inner.width()))
        if state & QStyle.StateFlag.State_Selected:
            highlight = option.palette.highlight().color()
            overlay = QColor(highlight)
            overlay.setAlpha(60)
            painter.fillRect(rect, overlay)
            painter.setPen(QPen(highlight, 2))
            painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.restore()


class TermsPlanner(QDialog):
    """Shows who has each production room week by week; managers assign and end terms."""

    # A term was assigned or ended: what to say in the status bar.
    changed = Signal(str)

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("termsPlanner")
        self._services = services
        self.editable = services.may(Action.TERMS)
        self.first_week = week_start(local(services.now()).date())
        self.rooms: list[RoomInfo] = [r for r in services.rooms()
                                      if r.kind == "production" and r.bookable]
        self.earlier_button = QPushButton(self)
        self.earlier_button.setObjectName("earlierButton")
        self.this_week_button = QPushButton(self)
        self.this_week_button.setObjectName("thisWeekButton")
        self.later_button = QPushButton(self)
        self.later_button.setObjectName("laterButton")
        self.range_label = PlainLabel(self)
        self.range_label.setObjectName("rangeLabel")
        self.assign_button = QPushButton(self)
        self.assign_button.setObjectName("assignButton")
        self.end_button = QPushButton(self)
        self.end_button.setObjectName("endButton")
        self.model = TermsModel(parent=self)
        self.table = QTableView(self)
        self.table.setObjectName("termsTable")
        self.table.setModel(self.model)
        self.table.setItemDelegate(WeekDelegate(self.table))
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ContiguousSelection)
        self.table.setShowGrid(True)
        self.table.setWordWrap(False)
        # The weeks share the width; past the narrowest readable column the view scrolls.
        self.table.horizontalHeader().setMinimumSectionSize(COLUMN_WIDTH)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.hint_label = PlainLabel(self)
        self.hint_label.setObjectName("hintLabel")
        self.hint_label.setWordWrap(True)
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("messageLabel")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        bar = QHBoxLayout()
        bar.addWidget(self.earlier_button)
        bar.addWidget(self.this_week_button)
        bar.addWidget(self.later_button)
        bar.addSpacing(12)
        bar.addWidget(self.range_label)
        bar.addStretch(1)
        bar.addWidget(self.assign_button)
        bar.addWidget(self.end_button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        # Tall enough for every room and the seats row, up to a laptop screen's height.
        rows = len(self.rooms) + 1
        self.resize(1340, min(760, 160 + rows * ROW_HEIGHT))
        self._connect_signals()
        self.reload()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.earlier_button.clicked.connect(self.on_earlier_button_clicked)
        self.this_week_button.clicked.connect(self.on_this_week_button_clicked)
        self.later_button.clicked.connect(self.on_later_button_clicked)
        self.assign_button.clicked.connect(self.on_assign_button_clicked)
        self.end_button.clicked.connect(self.on_end_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("Terms planner"))
        self.earlier_button.setText(self.tr("◀ &Earlier"))
        self.this_week_button.setText(self.tr("&This week"))
        self.later_button.setText(self.tr("&Later ▶"))
        self.assign_button.setText(self.tr("&Assign to team…"))
        self.end_button.setText(self.tr("E&nd term…"))
        self.hint_label.setText(
            self.tr("Select weeks of one room (drag, or Shift+arrows), then Assign to team…; "
                    "select a week of a term to end it.") if self.editable else
            self.tr("Only managers and administrators can assign rooms to teams or end "
                    "terms."))
        self._show_range()

    def _show_range(self) -> None:
        last = self.first_week + timedelta(weeks=WEEKS, days=-1)
        self.range_label.setText(self.tr("{0:%d %b %Y} – {1:%d %b %Y}").format(
            shown(self.first_week), shown(last)))

    def reload(self) -> None:
        """Read the terms of the weeks shown again."""
        start = self.first_week
        end = start + timedelta(weeks=WEEKS)
        terms = self._services.terms.list_terms(start=day_start(start), end=day_start(end))
        self.model.set_content(self.rooms, start, WEEKS, terms,
                               today=local(self._services.now()).date())
        self._show_range()
        self.on_table_selection_changed()

    def show_weeks_from(self, day: date) -> None:
        self.first_week = week_start(day)
        self.reload()

    # ----- what is selected --------------------------------------------------------------------

    def selection(self) -> tuple[RoomInfo, date, date] | None:
        """The one room selected and the first and last day of the weeks selected."""
        indexes = self.table.selectionModel().selectedIndexes()
        rows = {i.row() for i in indexes}
        if len(rows) != 1:
            return None
        room = self.model.room_at(rows.pop())
        columns = sorted(i.column() for i in indexes)
        first, last = self.model.week_at(columns[0]), self.model.week_at(columns[-1])
        if room is None or first is None or last is None:
            return None
        return room, first, last + timedelta(days=6)

    def selected_term(self) -> TermView | None:
        """The one term the selected cells show (None when none or several)."""
        terms: list[TermView] = []
        for index in self.table.selectionModel().selectedIndexes():
            cell = self.model.cell(index.row(), index.column())
            for term in cell.terms if cell else []:
                if term not in terms:
                    terms.append(term)
        return terms[0] if len(terms) == 1 else None

    # ----- slots ------------------------------------------------------------------------------

    @Slot()
    def on_table_selection_changed(self) -> None:
        self.assign_button.setEnabled(self.editable and self.selection() is not None)
        self.end_button.setEnabled(self.editable and self.selected_term() is not None)

    @Slot()
    def on_earlier_button_clicked(self) -> None:
        self.show_weeks_from(self.first_week - timedelta(weeks=WEEKS))

    @Slot()
    def on_this_week_button_clicked(self) -> None:
        self.show_weeks_from(local(self._services.now()).date())

    @Slot()
    def on_later_button_clicked(self) -> None:
        self.show_weeks_from(self.first_week + timedelta(weeks=WEEKS))

    def _done(self, text: str) -> None:
        self.reload()
        self.message_label.setText(text)
        self.changed.emit(text)

    @Slot()
    def on_assign_button_clicked(self) -> None:
        chosen = self.selection()
        if chosen is None:
            return
        room, first, last = chosen
        outcome = TermForm.ask(services=self._services, rooms=self.rooms, room=room.code,
                               first=first, last=last, parent=self)
        if outcome is None:
            return
        term = outcome.term
        text = self.tr("{0} is assigned to {1} from {2:%a %d %b %Y} to {3:%a %d %b %Y}.").format(
            term.room, term.team, shown(local(term.start)), shown(last_day(term)))
        fate = settled_text(outcome.bookings)
        self._done(f"{text} {fate}" if fate else text)

    @Slot()
    def on_end_button_clicked(self) -> None:
        term = self.selected_term()
        chosen = self.selection()
        if term is None:
            return
        # The term runs through the first week selected, unless it ends sooner.
        on = chosen[1] + timedelta(days=6) if chosen else last_day(term)
        on = max(min(on, last_day(term) - timedelta(days=1)), local(term.start).date())
        ended = EndTermForm.ask(services=self._services, term=term, on=on, parent=self)
        if ended is None:
            return
        if ended.active:
            text = self.tr("The term of {0} for {1} now ends on {2:%a %d %b %Y}.").format(
                ended.room, ended.team, shown(last_day(ended)))
        else:
            text = self.tr("The term of {0} for {1} was withdrawn.").format(ended.room,
                                                                            ended.team)
        self._done(text)

    @classmethod
    def show_for(cls, *, services: "Services", parent: QWidget | None = None,
                 on_changed: Callable[[str], None] | None = None) -> None:
        """Show the planner and wait until it is closed."""
        dialog = cls(services=services, parent=parent)
        if on_changed is not None:
            dialog.changed.connect(on_changed)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()
