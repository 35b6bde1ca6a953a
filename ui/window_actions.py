"""The main window's actions, toolbar and menus, their texts and the navigation slots."""

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QDate, QObject, Qt, Signal, Slot
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
from shiboken6 import isValid

from booking.permissions import Action
from booking.timeutil import local

if TYPE_CHECKING:
    from ui.timeline.view import TimelineView

ZOOM_MINUTES = (15, 30, 60)


class Navigable(Protocol):
    """What the navigation actions move: the day and the view a window shows."""

    timeline: "TimelineView"
    current_date: date

    def now(self) -> datetime: ...

    def set_date(self, day: date) -> None: ...

    def set_view(self, mode: str) -> None: ...


class WindowActions(QObject):
    """The actions of a main window, its toolbar and menus; handles the navigation actions.

    The window connects the actions that do something to its data (new, open, cancel, reload,
    the tabs) itself; the navigation ones move `navigable` (the same window).
    """

    language_chosen = Signal(str)  # 'id', 'en', or '' for the system's language

    def __init__(self, *, window: QMainWindow, navigable: Navigable,
                 undo_stack: QUndoStack) -> None:
        super().__init__(window)
        self._window = window
        self._navigable = navigable
        self._undo_stack = undo_stack
        self._build_actions()
        self._build_toolbar()
        self._build_menus()
        self._connect_signals()

    def _action(self, shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                *, checkable: bool = False) -> QAction:
        action = QAction(self._window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setCheckable(checkable)
        self._window.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.new_action = self._action(QKeySequence.StandardKey.New)
        self.reload_action = self._action(QKeySequence.StandardKey.Refresh)
        self.check_database_action = self._action()
        self.print_day_action = self._action(QKeySequence.StandardKey.Print)
        self.save_day_action = self._action()
        self.quit_action = self._action(QKeySequence.StandardKey.Quit)
        self.undo_action = self._undo_stack.createUndoAction(self._window)
        self.undo_action.setShortcut(QKeySequence("Ctrl+Z"))
        self.redo_action = self._undo_stack.createRedoAction(self._window)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self._window.addAction(self.undo_action)
        self._window.addAction(self.redo_action)
        self.open_action = self._action()
        self.cancel_action = self._action()
        self.check_in_action = self._action("Ctrl+I")
        self.released_action = self._action()
        self.find_action = self._action(QKeySequence.StandardKey.Find)
        self.find_room_action = self._action("Ctrl+R")
        self.today_action = self._action("Ctrl+T")
        self.previous_action = self._action("Alt+Left")
        self.next_action = self._action("Alt+Right")
        self.day_action = self._action("Ctrl+1", checkable=True)
        self.week_action = self._action("Ctrl+2", checkable=True)
        self.view_group = QActionGroup(self._window)
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
        self.reports_action = self._action("Ctrl+7")
        self.reports_action.setVisible(False)  # for managers, once signed in
        self.closures_action = self._action()
        self.terms_action = self._action()
        self.lock_action = self._action("Ctrl+L")
        self.switch_user_action = self._action()
        self.password_action = self._action()
        self.accounts_action = self._action()
        self.audit_action = self._action()
        self.about_action = self._action()
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        self.language_actions: dict[str, QAction] = {}
        for code in ("", "id", "en"):  # "" follows the system's language
            action = self._action(checkable=True)
            action.setData(code)
            self.language_group.addAction(action)
            self.language_actions[code] = action

    def _build_toolbar(self) -> None:
        window = self._window
        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        window.addToolBar(self.toolbar)
        self.toolbar.addAction(self.today_action)
        self.toolbar.addAction(self.previous_action)
        self.toolbar.addAction(self.next_action)
        self.date_edit = QDateEdit(window)
        self.date_edit.setObjectName("dateEdit")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat("ddd d MMM yyyy")
        self.toolbar.addWidget(self.date_edit)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.day_action)
        self.toolbar.addAction(self.week_action)
        self.zoom_combo = QComboBox(window)
        self.zoom_combo.setObjectName("zoomCombo")
        for minutes in ZOOM_MINUTES:
            self.zoom_combo.addItem("", minutes)
        self.toolbar.addWidget(self.zoom_combo)
        self.toolbar.addAction(self.colour_action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.new_action)
        spacer = QWidget(window)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding,
                             spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.search_field = QLineEdit(window)
        self.search_field.setObjectName("searchField")
        self.search_field.setClearButtonEnabled(True)
        self.search_field.setMinimumWidth(240)
        self.toolbar.addWidget(self.search_field)

    def _build_menus(self) -> None:
        bar = self._window.menuBar()
        self.file_menu: QMenu = bar.addMenu("")
        self.file_menu.addActions([self.new_action, self.reload_action])
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.print_day_action, self.save_day_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.check_database_action)
        self.file_menu.addSeparator()
        self.file_menu.addActions([self.lock_action, self.switch_user_action,
                                   self.password_action])
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit_action)
        self.edit_menu: QMenu = bar.addMenu("")
        self.edit_menu.addActions([self.undo_action, self.redo_action])
        self.edit_menu.addSeparator()
        self.edit_menu.addActions([self.open_action, self.check_in_action, self.cancel_action,
                                   self.find_action, self.find_room_action])
        self.view_menu: QMenu = bar.addMenu("")
        self.view_menu.addActions([self.today_action, self.previous_action, self.next_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.day_action, self.week_action, self.zoom_in_action,
                                   self.zoom_out_action, self.colour_action,
                                   self.expand_action])
        self.view_menu.addSeparator()
        self.view_menu.addActions([self.timeline_action, self.list_action, self.floor_action,
                                   self.events_action, self.reports_action])
        self.view_menu.addSeparator()
        self.view_menu.addAction(self.released_action)
        self.building_menu: QMenu = bar.addMenu("")
        self.building_menu.addActions([self.closures_action, self.terms_action])
        self.building_menu.addSeparator()
        self.building_menu.addActions([self.accounts_action, self.audit_action])
        self.settings_menu: QMenu = bar.addMenu("")
        self.language_menu: QMenu = self.settings_menu.addMenu("")
        self.language_menu.addActions(list(self.language_actions.values()))
        self.help_menu: QMenu = bar.addMenu("")
        self.help_menu.addAction(self.about_action)

    def _connect_signals(self) -> None:
        self.find_action.triggered.connect(self.on_find_action_triggered)
        self.today_action.triggered.connect(self.on_today_action_triggered)
        self.previous_action.triggered.connect(self.on_previous_action_triggered)
        self.next_action.triggered.connect(self.on_next_action_triggered)
        self.day_action.triggered.connect(self.on_view_action_triggered)
        self.week_action.triggered.connect(self.on_view_action_triggered)
        self.zoom_in_action.triggered.connect(self.on_zoom_in_action_triggered)
        self.zoom_out_action.triggered.connect(self.on_zoom_out_action_triggered)
        self.colour_action.toggled.connect(self.on_colour_action_toggled)
        self.expand_action.triggered.connect(self.on_expand_action_triggered)
        self.about_action.triggered.connect(self.on_about_action_triggered)
        self.language_group.triggered.connect(self.on_language_group_triggered)
        # Qt words the undo actions once, in the language of the moment: say them again.
        self._undo_stack.undoTextChanged.connect(self.on_undo_stack_undo_text_changed)
        self._undo_stack.redoTextChanged.connect(self.on_undo_stack_redo_text_changed)
        self.date_edit.dateChanged.connect(self.on_date_edit_date_changed)
        self.zoom_combo.currentIndexChanged.connect(self.on_zoom_combo_changed)

    def set_working(self, working: bool) -> None:
        """Enable the actions that change bookings (only once the services are there)."""
        for action in (self.new_action, self.find_room_action, self.open_action, self.cancel_action,
                       self.check_in_action, self.released_action, self.undo_action,
                       self.redo_action, self.check_database_action, self.closures_action,
                       self.terms_action, self.print_day_action, self.save_day_action,
                       self.lock_action, self.switch_user_action, self.password_action,
                       self.accounts_action, self.audit_action):
            action.setEnabled(working)
        self.search_field.setEnabled(working)

    def show_permissions(self, may: Callable[[Action], bool]) -> None:
        """Show only the tools the signed-in account may use (the services refuse anyway)."""
        self.accounts_action.setVisible(may(Action.ACCOUNTS))
        self.audit_action.setVisible(may(Action.AUDIT_READ))
        self.reports_action.setVisible(may(Action.REPORTS))

    @Slot(str)
    def on_undo_stack_undo_text_changed(self, undo: str) -> None:
        if not isValid(self.undo_action):  # the stack says so once more as the window goes
            return
        self.undo_action.setText(self.tr("&Undo {0}").format(undo) if undo else self.tr("&Undo"))

    @Slot(str)
    def on_undo_stack_redo_text_changed(self, redo: str) -> None:
        if not isValid(self.redo_action):
            return
        self.redo_action.setText(self.tr("&Redo {0}").format(redo) if redo else self.tr("&Redo"))

    def show_language(self, code: str) -> None:
        """Check the language the window follows ('' for the system's)."""
        self.language_actions.get(code, self.language_actions[""]).setChecked(True)

    @Slot(QAction)
    def on_language_group_triggered(self, action: QAction) -> None:
        self.language_chosen.emit(str(action.data() or ""))

    def show_date(self, day: date) -> None:
        """Show this day in the date field without announcing it."""
        self.date_edit.blockSignals(True)
        self.date_edit.setDate(QDate(day.year, day.month, day.day))
        self.date_edit.blockSignals(False)

    def show_view(self, mode: str) -> None:
        """Check the day or week action; zooming is for the day view."""
        (self.week_action if mode == "week" else self.day_action).setChecked(True)
        self.zoom_combo.setEnabled(mode == "day")

    def retranslate_ui(self) -> None:
        """Set the menu titles, action texts and toolbar texts."""
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.view_menu.setTitle(self.tr("&View"))
        self.building_menu.setTitle(self.tr("&Building"))
        self.settings_menu.setTitle(self.tr("&Settings"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        texts = {
            self.new_action: self.tr("&New booking"), self.reload_action: self.tr("&Reload"),
            self.quit_action: self.tr("&Quit"), self.open_action: self.tr("&Open booking"),
            self.check_database_action: self.tr("Check &database"),
            self.print_day_action: self.tr("&Print the day's sheet…"),
            self.save_day_action: self.tr("Save the day's sheet as P&DF…"),
            self.cancel_action: self.tr("&Cancel booking…"),
            self.check_in_action: self.tr("Check &in"),
            self.released_action: self.tr("&Released today…"),
            self.find_action: self.tr("&Find bookings"),
            self.find_room_action: self.tr("Find a &room…"), self.today_action: self.tr("Today"),
            self.previous_action: self.tr("◀"), self.next_action: self.tr("▶"),
            self.day_action: self.tr("Day"), self.week_action: self.tr("Week"),
            self.zoom_in_action: self.tr("Zoom &in"), self.zoom_out_action: self.tr("Zoom &out"),
            self.colour_action: self.tr("Colour by organization"),
            self.expand_action: self.tr("&Expand all floors"),
            self.timeline_action: self.tr("&Timeline"), self.list_action: self.tr("&Bookings list"),
            self.floor_action: self.tr("&Floor plan"), self.events_action: self.tr("Hall &events"),
            self.reports_action: self.tr("Re&ports"),
            self.about_action: self.tr("&About Ruang"),
            self.closures_action: self.tr("&Closures…"),
            self.terms_action: self.tr("&Terms planner…"),
            self.lock_action: self.tr("&Lock"),
            self.switch_user_action: self.tr("S&witch user…"),
            self.password_action: self.tr("Set my pass&word…"),
            self.accounts_action: self.tr("&Accounts…"),
            self.audit_action: self.tr("Audit &trail…"),
            self.language_actions[""]: self.tr("&System language"),
            # The languages are named in themselves, so either can be found from the other.
            self.language_actions["id"]: "Bahasa &Indonesia",
            self.language_actions["en"]: "&English",
        }
        for action, text in texts.items():
            action.setText(text)
        self.on_undo_stack_undo_text_changed(self._undo_stack.undoText())
        self.on_undo_stack_redo_text_changed(self._undo_stack.redoText())
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
        shown = self._navigable
        shown.set_date(local(shown.now()).date())
        shown.timeline.scroll_to_time(local(shown.now()) - timedelta(hours=1))

    def _step(self) -> timedelta:
        return timedelta(days=7 if self._navigable.timeline.mode == "week" else 1)

    @Slot()
    def on_previous_action_triggered(self) -> None:
        self._navigable.set_date(self._navigable.current_date - self._step())

    @Slot()
    def on_next_action_triggered(self) -> None:
        self._navigable.set_date(self._navigable.current_date + self._step())

    @Slot(QDate)
    def on_date_edit_date_changed(self, value: QDate) -> None:
        self._navigable.set_date(date(value.year(), value.month(), value.day()))

    @Slot()
    def on_view_action_triggered(self) -> None:
        self._navigable.set_view("week" if self.week_action.isChecked() else "day")

    @Slot()
    def on_zoom_combo_changed(self) -> None:
        self._navigable.timeline.set_zoom(int(self.zoom_combo.currentData()))

    @Slot()
    def on_zoom_in_action_triggered(self) -> None:
        self.zoom_combo.setCurrentIndex(max(0, self.zoom_combo.currentIndex() - 1))

    @Slot()
    def on_zoom_out_action_triggered(self) -> None:
        self.zoom_combo.setCurrentIndex(min(2, self.zoom_combo.currentIndex() + 1))

    @Slot(bool)
    def on_colour_action_toggled(self, checked: bool) -> None:
        self._navigable.timeline.set_colour_by("organization" if checked else "kind")

    @Slot()
    def on_expand_action_triggered(self) -> None:
        self._navigable.timeline.set_collapsed(set())

    @Slot()
    def on_about_action_triggered(self) -> None:
        QMessageBox.about(self._window, self.tr("About Ruang"), self.tr(
            "Ruang books the rooms of the Coding Factory, KEK Singhasari, Malang."))
