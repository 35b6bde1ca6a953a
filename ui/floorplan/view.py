"""The floor plan tab: each floor to scale, every room's state at a chosen moment, live 'now'."""

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QPushButton,
    QTabBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BadInput, BookingError
from booking.occupancy import AreaInfo, Snapshot
from booking.outputs import replacing
from booking.services import Services
from booking.timeutil import local, zone_abbreviation
from booking.views import Change, FloorInfo, RoomInfo
from ui.floorplan.canvas import MARGIN_PX, TITLE_PX, FloorTitle, PlanCanvas
from ui.floorplan.export import Sheet
from ui.floorplan.export import export_pdf as write_pdf
from ui.floorplan.export import export_png as write_png
from ui.floorplan.figures import FiguresBar
from ui.floorplan.items import RoomItem
from ui.floorplan.legend import Legend
from ui.floorplan.room_panel import RoomPanel
from ui.floorplan.scene import FloorPlan, best_columns, build_plan
from ui.floorplan.time_bar import TimeBar
from ui.floorplan.wording import Wording
from ui.qdates import shown

MINUTE_MS = 60_000


class FloorPlanView(QWidget):
    """Floors drawn to scale with rooms coloured, hatched and labelled by their state."""

    changed = Signal(object)  # the booking.views.Change of a booking made here
    booking_open_requested = Signal(int)
    booking_check_in_requested = Signal(int)
    booking_menu_requested = Signal(int, QPoint)  # booking id, global position
    status_message = Signal(str)

    def __init__(self, *, services: Services, building: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("floorPlanView")
        self._services = services
        self.building = building  # the code of the building drawn ("": every floor)
        self.following = True
        self.moment = services.now()
        self.level: int | None = None
        self.selected: int | None = None
        self.snapshot: Snapshot | None = None
        self.rooms: dict[int, RoomInfo] = {}
        self.floors: list[FloorInfo] = []
        self.plans: dict[int | None, FloorPlan] = {}
        self._titles: dict[int | None, list[FloorTitle]] = {}
        self._areas: list[AreaInfo] = []
        self._building_columns = 0
        self.wording = Wording(parent=self)
        self._build_widgets()
        self._lay_out()
        self._connect_signals()
        self.retranslate_ui()
        self.load_building()
        self.refresh()
        self._schedule_tick()

    # ----- construction -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.floor_tabs = QTabBar(self)
        self.floor_tabs.setObjectName("floorTabs")
        self.floor_tabs.setExpanding(False)
        self.floor_tabs.setDrawBase(False)
        self.zoom_out_button = self._tool("floorZoomOut")
        self.zoom_in_button = self._tool("floorZoomIn")
        self.fit_button = self._tool("floorFit")
        self.png_button = QPushButton(self)
        self.png_button.setObjectName("floorExportPng")
        self.pdf_button = QPushButton(self)
        self.pdf_button.setObjectName("floorExportPdf")
        self.time_bar = TimeBar(parent=self)
        self.figures = FiguresBar(parent=self)
        self.canvas = PlanCanvas(parent=self)
        self.room_panel = RoomPanel(services=self._services, parent=self)
        self.room_panel.hide()
        # The panel opens a double-click interval after a click, so the plan it narrows never
        # moves between the two clicks of a double-click.
        self.panel_timer = QTimer(self)
        self.panel_timer.setSingleShot(True)
        self._pending: int | None = None
        self.legend = Legend(parent=self)
        self.clock_timer = QTimer(self)
        self.clock_timer.setSingleShot(True)

    def _tool(self, name: str) -> QToolButton:
        button = QToolButton(self)
        button.setObjectName(name)
        button.setMinimumWidth(30)
        return button

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.addWidget(self.floor_tabs)
        top.addStretch(1)
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            top.addWidget(button)
        line = QFrame(self)
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Sunken)
        top.addWidget(line)
        top.addWidget(self.png_button)
        top.addWidget(self.pdf_button)
        middle = QHBoxLayout()
        middle.setSpacing(8)
        middle.addWidget(self.canvas, 1)
        middle.addWidget(self.room_panel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.time_bar)
        layout.addWidget(self.figures)
        layout.addLayout(middle, 1)
        layout.addWidget(self.legend)

    def _connect_signals(self) -> None:
        self.floor_tabs.currentChanged.connect(self.on_floor_tabs_current_changed)
        self.zoom_in_button.clicked.connect(self.on_zoom_in_button_clicked)
        self.zoom_out_button.clicked.connect(self.on_zoom_out_button_clicked)
        self.fit_button.clicked.connect(self.on_fit_button_clicked)
        self.png_button.clicked.connect(self.on_png_button_clicked)
        self.pdf_button.clicked.connect(self.on_pdf_button_clicked)
        self.time_bar.moment_chosen.connect(self.on_time_bar_moment_chosen)
        self.time_bar.now_requested.connect(self.on_time_bar_now_requested)
        self.canvas.room_clicked.connect(self.on_canvas_room_clicked)
        self.canvas.room_double_clicked.connect(self.on_canvas_room_double_clicked)
        self.canvas.floor_step_requested.connect(self.on_canvas_floor_step_requested)
        self.canvas.resized.connect(self.on_canvas_resized)
        self.room_panel.book_requested.connect(self.on_room_panel_book_requested)
        self.room_panel.open_requested.connect(self.on_room_panel_open_requested)
        self.room_panel.check_in_requested.connect(self.booking_check_in_requested)
        self.room_panel.menu_requested.connect(self.booking_menu_requested)
        self.room_panel.close_requested.connect(self.on_room_panel_close_requested)
        self.clock_timer.timeout.connect(self.on_clock_timer_timeout)
        self.panel_timer.timeout.connect(self.on_panel_timer_timeout)

    def retranslate_ui(self) -> None:
        self.zoom_out_button.setText("−")
        self.zoom_out_button.setToolTip(self.tr("Zoom out (−, Ctrl+wheel)"))
        self.zoom_in_button.setText("+")
        self.zoom_in_button.setToolTip(self.tr("Zoom in (+, Ctrl+wheel)"))
        self.fit_button.setText(self.tr("Fit"))
        self.fit_button.setToolTip(self.tr("Fit the plan to the window (0)"))
        self.png_button.setText(self.tr("Export PNG…"))
        self.pdf_button.setText(self.tr("Export PDF…"))
        self.floor_tabs.setToolTip(self.tr("Page Up: the floor above · Page Down: the floor "
                                           "below"))
        self.canvas.setToolTip("")
        self.legend.set_words(self.wording.legend(), self.wording.kinds())
        if self.floor_tabs.count():
            self.floor_tabs.setTabText(self.floor_tabs.count() - 1, self.tr("Whole building"))
        self.time_bar.retranslate_ui()
        self.figures.retranslate_ui()
        self.room_panel.retranslate_ui()
        if self.snapshot is not None:
            self._apply(self.snapshot)

    # ----- data -------------------------------------------------------------------------------

    def load_building(self) -> None:
        """Read the floors, rooms and areas and draw them again."""
        # With several buildings, the one chosen in the window ("": every floor there is).
        self.floors = [f for f in self._services.floors() if self._shows(f.building)]
        rooms = [r for r in self._services.rooms() if self._shows(r.building)]
        self.rooms = {r.id: r for r in rooms}
        areas = [a for a in self._services.areas() if self._shows(a.building)]
        self._areas = areas
        for gone in set(self.plans) - {f.level for f in self.floors} - {None}:
            self.plans.pop(gone).scene.deleteLater()
            self._titles.pop(gone, None)
        for floor in self.floors:
            self._add_plan(floor.level, build_plan([floor], rooms, areas, parent=self))
        self._building_columns = self._columns()
        self._add_plan(None, build_plan(self.floors, rooms, areas,
                                        columns=self._building_columns, parent=self))
        self.floor_tabs.blockSignals(True)
        while self.floor_tabs.count():
            self.floor_tabs.removeTab(0)
        for floor in self.floors:
            self.floor_tabs.setTabData(self.floor_tabs.addTab(floor.name), floor.level)
        self.floor_tabs.setTabData(self.floor_tabs.addTab(self.tr("Whole building")), None)
        self.floor_tabs.blockSignals(False)
        levels = [f.level for f in self.floors]
        self.show_floor(self.level if self.level in levels else (levels[0] if levels else None))

    def _shows(self, building: str) -> bool:
        return not self.building or building == self.building

    def _add_plan(self, key: int | None, plan: FloorPlan) -> None:
        if key in self.plans:
            self.plans[key].scene.deleteLater()
        self.plans[key] = plan
        self._titles[key] = [FloorTitle(rect, floor.level, floor.name, floor.label)
                             for floor, rect in plan.floors]

    def _columns(self) -> int:
        """Floors side by side in the whole-building view: as many as keep them largest."""
        size = self.canvas.viewport().size()
        return best_columns(self.floors, size.width() - 2 * MARGIN_PX,
                            size.height() - 2 * MARGIN_PX, TITLE_PX)

    def refresh(self) -> None:
        """Read the states at the chosen moment (the clock's, when following it) and repaint."""
        if self.following:
            self.moment = self._services.now()
        try:
            found = self._services.snapshot(self.moment, building=self.building or None)
        except BookingError as exc:
            self.status_message.emit(exc.message)
            return
        self.snapshot = found
        self._apply(found)

    def _apply(self, found: Snapshot) -> None:
        words = self.wording
        for plan in self.plans.values():
            for room_id, item in plan.rooms.items():
                state = found.states.get(room_id)
                if state is not None:
                    word, detail = words.item_text(state, item.room)
                    item.set_state(state.status, word, detail, words.tooltip(item.room, state),
                                   seats=words.seats(item.room))
                item.set_selected_room(room_id == self.selected)
            for room_id, frame in plan.frames.items():
                frame.set_label(words.whole_room(self.rooms[room_id]))
        by_level = {f.floor: f.figures for f in found.occupancy.floors}
        for titles in self._titles.values():
            for title in titles:
                figures = by_level.get(title.level)
                title.figures = words.floor_figures(figures) if figures else ""
        self.figures.set_figures(found.occupancy, self.level)
        self.time_bar.set_moment(self.moment, following=self.following)
        if self.selected is not None and self.room_panel.isVisible():
            self._show_panel(self.selected)
        self.canvas.viewport().update()

    # ----- public -----------------------------------------------------------------------------

    def set_moment(self, at: datetime) -> None:
        """Show the building at a moment (and stop following the clock)."""
        self.following = False
        self.moment = at
        self.refresh()

    def follow_now(self) -> None:
        """Show the present and follow the clock every minute."""
        self.following = True
        self.refresh()

    def show_floor(self, level: int | None) -> None:
        """Show one floor by level, or the whole building (None)."""
        if level not in self.plans:
            return
        self.level = level
        index = next(i for i in range(self.floor_tabs.count())
                     if self.floor_tabs.tabData(i) == level)
        self.floor_tabs.blockSignals(True)
        self.floor_tabs.setCurrentIndex(index)
        self.floor_tabs.blockSignals(False)
        self.canvas.set_plan(self.plans[level], self._titles[level])
        if self.snapshot is not None:
            self.figures.set_figures(self.snapshot.occupancy, level)

    def room_item(self, code: str) -> RoomItem:
        """The item of a room on the plan on screen."""
        plan = self.plans[self.level]
        return next(item for item in plan.rooms.values() if item.room.code == code)

    def room_point(self, code: str) -> QPoint:
        """Where a room is in the canvas's viewport, for clicks."""
        return self.canvas.room_point(self.room_item(code))

    def _sheet(self) -> Sheet:
        moment = local(self.moment)
        floor = next((f for f in self.floors if f.level == self.level), None)
        title = f"{floor.name} · {floor.label}" if floor and floor.label else \
            floor.name if floor else self.tr("Whole building")
        figures = None
        if self.snapshot is not None:
            occupancy = self.snapshot.occupancy
            figures = next((f.figures for f in occupancy.floors if f.floor == self.level),
                           occupancy.building)
        subtitle = shown(moment).strftime("%a %d %b %Y, %H:%M ") + zone_abbreviation(moment)
        if figures is not None:
            subtitle += " · " + self.wording.floor_figures(figures)
        return Sheet(self.tr("Floor plan — {0}").format(title), subtitle, self.wording.legend())

    def export_png(self, path: str | Path, *, force: bool = False) -> Path:
        """Write the plan as shown, with its title, figures and legend, to a PNG file."""
        return self._export(Path(path), write_png, force=force)

    def export_pdf(self, path: str | Path, *, force: bool = False) -> Path:
        """Write the plan as shown to a one-page PDF."""
        return self._export(Path(path), write_pdf, force=force)

    def _export(self, path: Path, write: Callable[[Path, PlanCanvas, Sheet], bool], *,
                force: bool) -> Path:
        """Render into a file beside `path`, then swap it in: never over the database, and
        over an existing file only with `force`; BadInput when it may not or cannot be
        written."""
        sheet = self._sheet()
        with replacing(path, what="the floor plan", database=self._services.database_path,
                       force=force) as part:
            if not write(part, self.canvas, sheet):
                raise BadInput(self.tr("cannot write {0}; choose another folder").format(path))
        return path

    # ----- the panel --------------------------------------------------------------------------

    def _related(self, room: RoomInfo) -> list[int]:
        """The rooms whose bookings take this room: itself, its whole, or its parts."""
        by_code = {r.code: r.id for r in self.rooms.values()}
        ids = [room.id]
        if room.parent_code in by_code:
            ids.append(by_code[room.parent_code])
        ids.extend(r.id for r in self.rooms.values() if r.parent_code == room.code)
        return ids

    def _show_panel(self, room_id: int) -> None:
        room = self.rooms[room_id]
        state = self.snapshot.states.get(room_id) if self.snapshot else None
        self.room_panel.show_room(
            room, room_ids=self._related(room), moment=self.moment,
            state_text=self.wording.state_line(state, room) if state else "",
            meta=self.wording.meta(room),
            team=(state.team_id, state.team) if state and state.team_id and state.team else None)
        self.room_panel.show()

    def _select(self, room_id: int | None) -> None:
        self.selected = room_id
        for plan in self.plans.values():
            for item_id, item in plan.rooms.items():
                item.set_selected_room(item_id == room_id)

    # ----- slots ------------------------------------------------------------------------------

    @Slot(int)
    def on_floor_tabs_current_changed(self, index: int) -> None:
        self.show_floor(self.floor_tabs.tabData(index))

    @Slot(int)
    def on_canvas_floor_step_requested(self, step: int) -> None:
        index = max(0, min(self.floor_tabs.count() - 1, self.floor_tabs.currentIndex() + step))
        self.floor_tabs.setCurrentIndex(index)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.on_canvas_floor_step_requested(1 if event.key() == Qt.Key.Key_PageUp else -1)
            event.accept()
            return
        super().keyPressEvent(event)

    @Slot()
    def on_canvas_resized(self) -> None:
        columns = self._columns()
        if columns == self._building_columns or not self.floors:
            return
        self._building_columns = columns
        self._add_plan(None, build_plan(self.floors, list(self.rooms.values()), self._areas,
                                        columns=columns, parent=self))
        if self.snapshot is not None:
            self._apply(self.snapshot)
        if self.level is None:
            self.canvas.set_plan(self.plans[None], self._titles[None])

    @Slot()
    def on_zoom_in_button_clicked(self) -> None:
        self.canvas.zoom_by(1.25)

    @Slot()
    def on_zoom_out_button_clicked(self) -> None:
        self.canvas.zoom_by(1 / 1.25)

    @Slot()
    def on_fit_button_clicked(self) -> None:
        self.canvas.fit()

    def _export_name(self, suffix: str) -> str:
        where = f"lantai-{self.level}" if self.level is not None else "building"
        return f"floor-plan-{where}-{local(self.moment):%Y-%m-%d-%H%M}.{suffix}"

    @Slot()
    def on_png_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the floor plan"),
                                              self._export_name("png"),
                                              self.tr("PNG images (*.png)"))
        if path:
            self._report_export(path, self.export_png)

    @Slot()
    def on_pdf_button_clicked(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the floor plan"),
                                              self._export_name("pdf"),
                                              self.tr("PDF documents (*.pdf)"))
        if path:
            self._report_export(path, self.export_pdf)

    def _report_export(self, path: str, export: Callable[..., Path]) -> None:
        try:
            # The save dialog has asked before an existing file was chosen.
            export(path, force=True)
        except BookingError as exc:
            self.status_message.emit(self.tr("Not exported: {0}").format(exc.message))
            return
        self.status_message.emit(self.tr("Exported the floor plan to {0}.").format(path))

    @Slot(object)
    def on_time_bar_moment_chosen(self, at: datetime) -> None:
        self.set_moment(at)

    @Slot()
    def on_time_bar_now_requested(self) -> None:
        self.follow_now()

    @Slot(int)
    def on_canvas_room_clicked(self, room_id: int) -> None:
        self._select(room_id)
        if self.room_panel.isVisible():
            self._show_panel(room_id)
            return
        self._pending = room_id
        self.panel_timer.start(QApplication.doubleClickInterval())

    @Slot()
    def on_panel_timer_timeout(self) -> None:
        if self._pending is not None and self._pending == self.selected:
            self._show_panel(self._pending)
        self._pending = None

    @Slot(int)
    def on_canvas_room_double_clicked(self, room_id: int) -> None:
        self.panel_timer.stop()
        self._pending = None
        state = self.snapshot.states.get(room_id) if self.snapshot else None
        if state is not None and state.current is not None:
            self.booking_open_requested.emit(state.current.id)

    @Slot(str, object, object)
    def on_room_panel_book_requested(self, code: str, start: datetime, end: datetime) -> None:
        from ui.booking_dialog import BookingDialog

        change: Change | None = BookingDialog.ask(services=self._services, parent=self,
                                                  room=code, start=start, end=end)
        if change is None:
            return
        self.refresh()
        self.changed.emit(change)

    @Slot(int)
    def on_room_panel_open_requested(self, booking_id: int) -> None:
        self.booking_open_requested.emit(booking_id)

    @Slot()
    def on_room_panel_close_requested(self) -> None:
        self.room_panel.hide()
        self._select(None)

    def _schedule_tick(self) -> None:
        now = local(self._services.now())
        into_minute = now.second * 1000 + now.microsecond // 1000
        self.clock_timer.start(max(1000, MINUTE_MS - into_minute))

    @Slot()
    def on_clock_timer_timeout(self) -> None:
        if self.following:
            self.refresh()
        self._schedule_tick()
