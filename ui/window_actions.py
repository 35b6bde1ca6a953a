"""The main window's actions, toolbar and menus, their texts and the navigation slots."""

from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, Qt, Slot
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QLineEdit,
    QMainWindow,
    QMenu,
    QMessageBox,
    QToolBar,
    QWidget,
)

from booking.timeutil import local

if TYPE_CHECKING:
    from collections.abc import Callable

    from ui.timeline.view import TimelineView

    _Base = QMainWindow
else:
    _Base = object

ZOOM_MINUTES = (15, 30, 60)


class WindowActions(_Base):
    """Mixin for MainWindow: builds the actions, toolbar and menus and handles navigation."""

    if TYPE_CHECKING:  # provided by MainWindow
        undo_stack: QUndoStack
        timeline: TimelineView
        current_date: date
        _now: Callable[[], datetime]

        def set_date(self, day: date) -> None: ...
        def set_view(self, mode: str) -> None: ...
        def reload(self) -> None: ...

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New)
        self.reload_action = self._action(QKeySequence.StandardKey.Refresh)
        self.quit_action = self._action(QKeySequence.StandardKey.Quit)
        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)
        self.open_action = self._action()
        self.cancel_action = self._action()
        self.find_action = self._action(QKeySequence.StandardKey.Find)
        self.today_action = self._action("Ctrl+T")
        self.previous_action = self._action("Alt+Left")
        self.next_action = self._action("Alt+Right")
        self.day_action = self._action("Ctrl+1", checkable=True)
        self.week_action = self._action("Ctrl+2", checkable=True)
        self.view_group = QActionGroup(self)
        self.view_group.addAction(self.day_action)
        self.view_group.addAction(self.week_action)
        self.zoom_in_action = self._action(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_action = self._action(QKeySequence.StandardKey.ZoomOut)
        self.colour_action = self._action("Ctrl+K", checkable=True)
        self.expand_action = self._action("Ctrl+E")
        self.timeline_action = self._action("Ctrl+3")
        self.list_action = self._action("Ctrl+4")
        self.floor_action = self._action("Ctrl+5")
        self.events_action = self._action("Ctrl+6")
        self.about_action = self._action()

    def _build_toolbar(self) -> None:
        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)
        self.toolbar.addAction(self.today_action)
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.next_action)
        self.date_edit = QDateEdit(self)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.toolbar.addWidget(self.date_edit)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.day_action)
        self.toolbar.addAction(self.week_action)
        self.zoom_combo = QComboBox(self)
        self.zoom_combo.setObjectName("zoomCombo")
        for minutes in ZOOM_MINUTES:
            self.zoom_combo.addItem("", minutes)
        self.toolbar.addWidget(self.zoom_combo)
        self.toolbar.addAction(self.colour_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_action)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.search_field = QLineEdit(self)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self.toolbar.addWidget(self.search_field)

    def _build_menus(self) -> None:
        bar = self.menuBar()
        self.file_menu: QMenu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.reload_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu: QMenu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.open_action, self.cancel_action, self.find_action])
        self.view_menu: QMenu = bar.addMenu("")
        self.view_menu.addActions([self.today_action, self.previous_action, self.next_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.day_action, self.week_action, self.zoom_in_action,
                                   self.zoom_out_action, self.colour_action,
                                   self.expand_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.timeline_action, self.list_action, self.floor_action,
                                   self.events_action])
        self.help_menu: QMenu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _retranslate_actions(self) -> None:
        """Set the menu titles, action texts and toolbar texts (part of retranslate_ui)."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New booking"), self.reload_action: self.tr("&Reload"),
            self.quit_action: self.tr("&Quit"), self.open_action: self.tr("&Open booking"),
            self.cancel_action: self.tr("&Cancel booking…"),
            self.find_action: self.tr("&Find bookings"), self.today_action: self.tr("Today"),
            self.previous_action: self.tr("◀"), self.next_action: self.tr("▶"),
            self.day_action: self.tr("Day"), self.week_action: self.tr("Week"),
            self.zoom_in_action: self.tr("Zoom &in"), self.zoom_out_action: self.tr("Zoom &out"),
            self.colour_action: self.tr("Colour by organization"),
            self.expand_action: self.tr("&Expand all floors"),
            self.timeline_action: self.tr("&Timeline"), self.list_action: self.tr("&Bookings list"),
            self.floor_action: self.tr("&Floor plan"), self.events_action: self.tr("Hall &events"),
            self.about_action: self.tr("&About Ruang"),
        }
        for action, text in texts.items():
            action.setText(text)
        self.previous_action.setToolTip(self.tr("Previous day or week (Alt+Left)"))
        self.next_action.setToolTip(self.tr("Next day or week (Alt+Right)"))
        for index, minutes in enumerate(ZOOM_MINUTES):
            self.zoom_combo.setItemText(index, self.tr("{0} min").format(minutes))
        self.search_field.setPlaceholderText(self.tr("Search bookings (Ctrl+F)"))

    # ----- navigation -------------------------------------------------------------------------

    @Slot()
    def on_find_action_triggered(self) -> None:
        self.search_field.setFocus()
        self.search_field.selectAll()

    @Slot()
    def on_today_action_triggered(self) -> None:
        self.set_date(local(self._now()).date())
        self.timeline.scroll_to_time(local(self._now()) - timedelta(hours=1))

    def _step(self) -> timedelta:
        return timedelta(days=7 if self.timeline.mode == "week" else 1)

    @Slot()
    def on_previous_action_triggered(self) -> None:
        self.set_date(self.current_date - self._step())

    @Slot()
    def on_next_action_triggered(self) -> None:
        self.set_date(self.current_date + self._step())

    @Slot(QDate)
    def on_date_edit_date_changed(self, value: QDate) -> None:
        self.current_date = date(value.year(), value.month(), value.day())
        self.reload()

    @Slot()
    def on_view_action_triggered(self) -> None:
        self.set_view("week" if self.week_action.isChecked() else "day")

    @Slot()
    def on_zoom_combo_changed(self) -> None:
        self.timeline.set_zoom(int(self.zoom_combo.currentData()))

    @Slot()
    def on_zoom_in_action_triggered(self) -> None:
        self.zoom_combo.setCurrentIndex(max(0, self.zoom_combo.currentIndex() - 1))

    @Slot()
    def on_zoom_out_action_triggered(self) -> None:
        self.zoom_combo.setCurrentIndex(min(2, self.zoom_combo.currentIndex() + 1))

    @Slot(bool)
    def on_colour_action_toggled(self, checked: bool) -> None:
        self.timeline.set_colour_by("organization" if checked else "kind")

    @Slot()
    def on_expand_action_triggered(self) -> None:
        self.timeline.set_collapsed(set())

    @Slot()
    def on_about_action_triggered(self) -> None:
        QMessageBox.about(self, self.tr("About Ruang"), self.tr(
            "Ruang books the rooms of the Coding Factory, KEK Singhasari, Malang."))
