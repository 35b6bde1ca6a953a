"""The main window: the building's floors and rooms beside the selected room's details."""

from html import escape

from PySide6.QtCore import QItemSelection, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTextBrowser,
    QTreeView,
    QWidget,
)

from booking.queries import HoursInfo, RoomInfo
from booking.services import Services
from booking.timeutil import local
from ui.models.rooms_model import KIND_LABELS, RoomTreeModel

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


class MainWindow(QMainWindow):
    """Ruang's main window."""

    def __init__(self, *, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._hours: dict[str, HoursInfo] = {}
        self.setObjectName("MainWindow")
        self.room_model = RoomTreeModel(parent=self)
        self.room_tree = QTreeView(self)
        self.room_tree.setObjectName("roomTree")
        self.room_tree.setModel(self.room_model)
        self.room_tree.setUniformRowHeights(True)
        self.room_tree.setAlternatingRowColors(True)
        header = self.room_tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(1, 120)
        header.resizeSection(2, 52)
        self.details = QTextBrowser(self)
        self.details.setObjectName("roomDetails")
        self.details.setOpenLinks(False)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.room_tree)
        splitter.addWidget(self.details)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([480, 886])
        self.setCentralWidget(splitter)
        self.database_label = QLabel(self)
        self.clock_label = QLabel(self)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().addPermanentWidget(self.clock_label)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._build_actions()
        self._connect_signals()
        self.retranslate_ui()
        self.reload()
        self._clock.start()

    def _build_actions(self) -> None:
        self.quit_action = QAction(self)
        self.quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self.reload_action = QAction(self)
        self.reload_action.setShortcut(QKeySequence.StandardKey.Refresh)
        self.expand_action = QAction(self)
        self.expand_action.setShortcut(QKeySequence("Ctrl+E"))
        self.about_action = QAction(self)
        self.file_menu = self.menuBar().addMenu("")
        self.file_menu.addAction(self.reload_action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.view_menu = self.menuBar().addMenu("")
        self.view_menu.addAction(self.expand_action)
        self.help_menu = self.menuBar().addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.quit_action.triggered.connect(self.close)
        self.reload_action.triggered.connect(self.on_reload_action_triggered)
        self.expand_action.triggered.connect(self.room_tree.expandAll)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        self.room_tree.selectionModel().selectionChanged.connect(
            self.on_room_tree_selection_changed)
        self._clock.timeout.connect(self.on_clock_timeout)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ruang — Coding Factory"))
        self.file_menu.setTitle(self.tr("&File"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.quit_action.setText(self.tr("&Quit"))
        self.reload_action.setText(self.tr("&Reload"))
        self.expand_action.setText(self.tr("&Expand all floors"))
        self.about_action.setText(self.tr("&About Ruang"))
        self.database_label.setText(self.tr("Database: {0}").format(
            self._services.database_label))
        self.on_clock_timeout()
        self._show_room(self.selected_room())

    def reload(self) -> None:
        """Read the building again from the database."""
        self._hours = self._services.hours()
        self.room_model.set_building(self._services.floors(), self._services.rooms())
        self.room_tree.expandAll()
        self._show_room(None)

    def selected_room(self) -> RoomInfo | None:
        indexes = self.room_tree.selectionModel().selectedRows()
        return self.room_model.room_at(indexes[0]) if indexes else None

    def select_room(self, code: str) -> bool:
        """Select a room in the side tree by its code."""
        for floor_row in range(self.room_model.rowCount()):
            floor_index = self.room_model.index(floor_row, 0)
            for row in range(self.room_model.rowCount(floor_index)):
                index = self.room_model.index(row, 0, floor_index)
                room = self.room_model.room_at(index)
                if room and room.code == code:
                    self.room_tree.setCurrentIndex(index)
                    return True
        return False

    @Slot()
    def on_reload_action_triggered(self) -> None:
        self.reload()

    @Slot()
    def on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Ruang"), self.tr(
            "Ruang books the rooms of the Coding Factory, KEK Singhasari, Malang."))

    @Slot(QItemSelection, QItemSelection)
    def on_room_tree_selection_changed(self, _selected: QItemSelection,
                                       _deselected: QItemSelection) -> None:
        self._show_room(self.selected_room())

    @Slot()
    def on_clock_timeout(self) -> None:
        now = local(self._services.now())
        self.clock_label.setText(now.strftime("%a %d %b %Y  %H:%M WIB"))

    def _show_room(self, room: RoomInfo | None) -> None:
        if room is None:
            rooms = [r for r in self.room_model_rooms() if r.bookable and r.parent_code is None]
            self.details.setHtml(
                "<h2>" + escape(self.tr("Coding Factory")) + "</h2><p>"
                + escape(self.tr("{0} bookable rooms, {1} seats. Choose a room on the left to "
                                 "see what it offers.").format(
                    len(rooms), sum(r.capacity for r in rooms))) + "</p>")
            return
        kind = self.tr(KIND_LABELS.get(room.kind, room.kind))
        parts = [f"<h2>{escape(room.name)} <small>({escape(room.code)})</small></h2>",
                 f"<p>{escape(kind)} · {escape(room.floor_name)} · "
                 + escape(self.tr("{0} seats").format(room.capacity)) + "</p>"]
        if not room.bookable:
            parts.append("<p><b>" + escape(self.tr("Not bookable.")) + "</b></p>")
        if room.parent_code:
            parts.append("<p>" + escape(self.tr("Part of {0}: booking the whole also takes "
                                                "this part.").format(room.parent_code)) + "</p>")
        if room.layouts:
            rows = "".join(f"<tr><td>{escape(name.replace('_', ' ').title())}</td>"
                           f"<td align='right'>{seats}</td></tr>"
                           for name, seats in room.layouts.items())
            parts.append("<h3>" + escape(self.tr("Layouts")) + f"</h3><table>{rows}</table>")
        if room.amenities:
            parts.append("<h3>" + escape(self.tr("Amenities")) + "</h3><p>"
                         + escape(", ".join(a.replace("_", " ") for a in room.amenities))
                         + "</p>")
        hours = self._hours.get(room.hours_profile or "")
        if hours:
            rows = "".join(f"<tr><td>{escape(self.tr(DAY_NAMES[d]))}</td>"
                           f"<td>{escape(hours.describe_day(d))}</td></tr>" for d in range(7))
            holidays = (self.tr("Open on public holidays.") if hours.open_on_holidays
                        else self.tr("Closed on public holidays and collective leave days."))
            parts.append("<h3>" + escape(self.tr("Opening hours")) + f"</h3><table>{rows}</table>"
                         f"<p>{escape(holidays)}</p>")
        self.details.setHtml("".join(parts))

    def room_model_rooms(self) -> list[RoomInfo]:
        rooms = []
        for floor_row in range(self.room_model.rowCount()):
            floor_index = self.room_model.index(floor_row, 0)
            for row in range(self.room_model.rowCount(floor_index)):
                room = self.room_model.room_at(self.room_model.index(row, 0, floor_index))
                if room:
                    rooms.append(room)
        return rooms
