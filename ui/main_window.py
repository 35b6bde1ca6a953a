"""The main window: its state, the data it paints and the booking use cases it runs."""

from base64 import b64decode, b64encode
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QByteArray, QCoreApplication, QPoint, Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import QMainWindow, QSplitter, QWidget

from booking.errors import BookingError
from booking.i18n import current_language
from booking.timeutil import BUILDING_TZ, local, utc_now
from booking.views import BookingView, Change, RoomInfo
from ui.booking_actions import BookingActions
from ui.booking_flow import BookingFlow
from ui.bus import ChangeBus
from ui.database_watch import DatabaseWatch
from ui.exchange.calendar_import import CalendarImport
from ui.exchange.csv_actions import CsvExchange
from ui.i18n import Language
from ui.manage.tools import ManagerTools
from ui.safekeeping import Safekeeping
from ui.series_actions import SeriesActions
from ui.settings import MemorySettingsStore, SettingsStore, UiSettings
from ui.side_panel import RoomFilter, SidePanel
from ui.timeline.view import TimelineView, day_bounds
from ui.undo import Versions, push_change
from ui.window_actions import WindowActions
from ui.window_data import BuildingData, Reader, days_on_show
from ui.window_status import WindowStatus
from ui.window_tabs import WindowTabs

if TYPE_CHECKING:
    from booking.services import Services
    from ui.events.view import EventsView
    from ui.floorplan import FloorPlanView
    from ui.search_panel import SearchPanel
    from ui.session.control import SessionControl

class MainWindow(QMainWindow):
    """Ruang's main window."""

    def __init__(self, *, services: "Services | None" = None, reader: Reader | None = None,
                 settings: SettingsStore | None = None, actor: str | None = None,
                 database_label: str = "", now: Callable[[], datetime] | None = None,
                 still: bool = False, language: Language | None = None,
                 parent: QWidget | None = None) -> None:
        """Open on full services, or (at start-up) on a quick reader until attach_services.

        A still window (--screenshot) is only painted, from the reader, and looks the way a
        working window does: it never gets services, so it does not say it waits for them.
        """
        super().__init__(parent)
        self.setObjectName("MainWindow")
        if services is None and reader is None:
            raise ValueError("the window needs services or a reader")
        self._services: Services | None = None
        self._data = BuildingData(services if services is not None else reader)  # type: ignore[arg-type]
        self._now = services.now if services is not None else (now or utc_now)
        self._actor = services.actor if services is not None else (actor or "frontdesk")
        self._account: Any = None  # the account signed in (its words follow the language)
        self.session: SessionControl | None = None
        self._database_label = (services.database_label if services is not None
                                else database_label)
        self._store = settings or MemorySettingsStore()
        self._settings = self._store.load()
        self._data.building = self._settings.building
        app = QCoreApplication.instance()
        assert app is not None, "the window needs a QApplication"
        self.language = language or Language.of(app)
        self.bus = ChangeBus(self)
        self.undo_stack = QUndoStack(self)
        self.versions = Versions()
        self._filter = RoomFilter()
        self._names_language = ""  # the language the building's names were last read in
        self.current_date = local(self._now()).date()
        self._build_widgets()
        self.controls = WindowActions(window=self, navigable=self, undo_stack=self.undo_stack)
        self.desk = BookingActions(desk=self, window=self)
        self.manager_tools = ManagerTools(desk=self, window=self,
                                          closures_action=self.controls.closures_action,
                                          terms_action=self.controls.terms_action)
        self.series_desk = SeriesActions(desk=self, window=self)
        self.watch = DatabaseWatch(window=self, bus=self.bus, report=self.show_message,
                                   released_text=self.desk.released_text)
        self.safekeeping = Safekeeping(window=self, menu=self.controls.file_menu,
                                       after=self.controls.check_database_action,
                                       services=lambda: self.services, pause=self.watch.stop,
                                       resume=self._database_replaced, report=self.show_message)
        self.calendar_import = CalendarImport(window=self, menu=self.controls.file_menu,
                                              after=self.safekeeping.restore_action,
                                              services=lambda: self.services,
                                              report=self.show_message, reload=self.reload)
        self.csv_exchange = CsvExchange(window=self, menu=self.controls.file_menu,
                                        after=self.calendar_import.import_action,
                                        services=lambda: self.services,
                                        shown_days=self.visible_days, changed=self.reload,
                                        report=self.show_message)
        self.flow = BookingFlow(host=self, window=self,
                                checked_in_text=self.desk.checked_in_text,
                                series_text=self.series_desk.created_text)
        self._connect_signals()
        self.retranslate_ui()
        self._apply_settings()
        self.load_building()
        self.reload()
        self.timeline.scroll_to_time(max(local(self._now()) - timedelta(hours=1),
                                         datetime.combine(self.current_date, datetime.min.time(),
                                                          tzinfo=BUILDING_TZ)))
        self._clock.start()
        if services is not None:
            self.attach_services(services)
        elif not still:
            self._set_working(False)

    @property
    def building(self) -> str:
        """The code of the building on show ("" while the database holds only one)."""
        return self._data.building

    @property
    def services(self) -> "Services":
        if self._services is None:
            raise RuntimeError("the services are still loading")
        return self._services

    @property
    def search_panel(self) -> "SearchPanel | None":
        return self.pages.search_panel

    @property
    def floor_plan(self) -> "FloorPlanView | None":
        return self.pages.floor_plan

    @property
    def events_view(self) -> "EventsView | None":
        return self.pages.events_view

    def now(self) -> datetime:
        """The window's clock: the services' once attached, else the one it was given."""
        return self._now()

    def attach_services(self, services: "Services") -> None:
        """Switch from the start-up reader to the full services: editing becomes possible."""
        self._services = services
        self._data.reader = services
        self._now = services.now
        self._actor = services.actor
        self._database_label = services.database_label
        self.watch.attach(services)
        self.timeline.set_drop_validator(self._validate_drop)
        self._set_working(True)
        self.retranslate_ui()
        self.reload()
        if services.restored_notice:
            self.show_message(services.restored_notice)
        self.pages.attach(services)
        from ui.session.control import SessionControl  # signing in loads with the services

        self.session = SessionControl(host=self, window=self, remember=self._remember_user,
                                      actions=self.controls)
        self.controls.show_permissions(services.may)
        self.safekeeping.show_permissions(services.may)
        self.calendar_import.show_permissions(services.may)
        self.csv_exchange.show_permissions(services.may)
        self.pages.show_permissions()
        self.safekeeping.schedule_daily()

    def _database_replaced(self) -> None:
        """After a restore (or one refused): watch the file again and show what it holds."""
        self.watch.attach(self.services)
        self.reload()

    def begin_session(self, *, hint: str = "") -> None:
        """Someone signs in as the window opens; the window closes if they quit instead."""
        if self.session is None:
            return
        self.status.show_signing_in()
        if not self.session.start(hint or self.last_user or "frontdesk"):
            self.close()

    @property
    def last_user(self) -> str:
        """The user name signed in here last time (never a password)."""
        return self._settings.last_user

    def _remember_user(self, username: str) -> None:
        self._settings.last_user = username
        self._store.save(self._settings)

    def set_account(self, account: Any) -> None:
        """Act as this account from now on: the status bar, the tools shown, the undo history."""
        services = self.services
        if account.username != services.actor:
            # Undo belongs to the person who did it.
            self.undo_stack.clear()
        services.actor = self._actor = account.username
        self._account = account
        self.controls.show_permissions(services.may)
        self.safekeeping.show_permissions(services.may)
        self.calendar_import.show_permissions(services.may)
        self.csv_exchange.show_permissions(services.may)
        self.pages.show_permissions()
        self.retranslate_ui()
        self.show_message(self.tr("Signed in as {0}.").format(account.username))

    def _set_working(self, working: bool) -> None:
        self.controls.set_working(working)
        self.safekeeping.set_working(working)
        self.calendar_import.set_working(working)
        self.csv_exchange.set_working(working)
        self.status.show_working(working)

    def ready(self) -> bool:
        """True once the services are there; until then the status bar says so."""
        if self._services is None:
            self.status.say_not_ready()
            return False
        return True

    # ----- construction -----------------------------------------------------------------------

    def _build_widgets(self) -> None:
        self.side_panel = SidePanel(parent=self)
        self.timeline = TimelineView(parent=self)
        self.pages = WindowTabs(host=self, bus=self.bus, timeline=self.timeline, parent=self)
        self.tabs = self.pages.tabs
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.side_panel)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([300, 1066])
        self.setCentralWidget(self.splitter)
        self.status = WindowStatus(window=self)
        # The labels stay reachable from the window, where tests read them.
        self.message_label, self.account_label = self.status.message_label, self.status.account_label
        self.database_label, self.clock_label = self.status.database_label, self.status.clock_label
        self._clock = QTimer(self)
        self._clock.setInterval(1000)

    def _connect_signals(self) -> None:
        controls = self.controls
        controls.new_action.triggered.connect(self.on_new_action_triggered)
        controls.language_chosen.connect(self.on_controls_language_chosen)
        controls.reload_action.triggered.connect(self.on_reload_action_triggered)
        controls.check_database_action.triggered.connect(
            self.on_check_database_action_triggered)
        controls.quit_action.triggered.connect(self.close)
        controls.print_day_action.triggered.connect(self.on_print_day_action_triggered)
        controls.save_day_action.triggered.connect(self.on_save_day_action_triggered)
        controls.open_action.triggered.connect(self.on_open_action_triggered)
        controls.cancel_action.triggered.connect(self.on_cancel_action_triggered)
        controls.check_in_action.triggered.connect(self.on_check_in_action_triggered)
        controls.released_action.triggered.connect(self.on_released_action_triggered)
        controls.find_room_action.triggered.connect(self.on_find_room_action_triggered)
        controls.timeline_action.triggered.connect(self.pages.show_timeline)
        controls.list_action.triggered.connect(self.pages.show_bookings)
        controls.floor_action.triggered.connect(self.pages.show_floor_plan)
        controls.events_action.triggered.connect(self.pages.show_events)
        controls.reports_action.triggered.connect(self.pages.show_reports)
        controls.search_field.returnPressed.connect(self.on_search_field_return_pressed)
        self.side_panel.filter_changed.connect(self.on_side_panel_filter_changed)
        self.side_panel.room_activated.connect(self.on_side_panel_room_activated)
        self.side_panel.building_chosen.connect(self.on_side_panel_building_chosen)
        self.timeline.create_requested.connect(self.on_timeline_create_requested)
        self.timeline.move_requested.connect(self.on_timeline_move_requested)
        self.timeline.open_requested.connect(self.on_timeline_open_requested)
        self.timeline.cancel_requested.connect(self.on_timeline_cancel_requested)
        self.timeline.menu_requested.connect(self.on_timeline_menu_requested)
        self.timeline.floor_toggled.connect(self.on_timeline_floor_toggled)
        self.timeline.status_message.connect(self.show_message)
        self.bus.changed.connect(self.on_bus_changed)
        self._clock.timeout.connect(self.on_clock_timeout)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Ruang — Coding Factory"))
        self.controls.retranslate_ui()
        self.safekeeping.retranslate_ui()
        self.calendar_import.retranslate_ui()
        self.csv_exchange.retranslate_ui()
        self.undo_stack.setUndoLimit(100)
        self.pages.retranslate_ui()
        account = self._account
        if account is None:
            signed_in = self._actor
        else:
            from ui.session.control import role_words

            signed_in = self.tr("{0} ({1})").format(account.display_name or account.username,
                                                     role_words(self, account.role))
        self.status.show_place(database=self._database_label, account=signed_in)
        self.on_clock_timeout()
        if self._names_language and self._names_language != current_language():
            self.read_names_again()

    def read_names_again(self) -> None:
        """The building file names rooms, floors, areas and equipment in both languages: read
        the building and the bookings on show again, so the names follow the language."""
        self.load_building()
        self.reload()
        self.pages.reload_building()

    def _apply_settings(self) -> None:
        s = self._settings
        self.restore_requested = bool(s.geometry)
        if s.geometry:
            self.restoreGeometry(QByteArray(b64decode(s.geometry)))
        if s.splitter:
            self.splitter.restoreState(QByteArray(b64decode(s.splitter)))
        controls = self.controls
        controls.show_view(s.view)
        self.timeline.set_mode(s.view)
        controls.zoom_combo.setCurrentIndex(max(0, controls.zoom_combo.findData(s.zoom)))
        self.timeline.set_zoom(s.zoom)
        controls.colour_action.setChecked(s.colour_by == "organization")
        controls.show_language(s.language)
        self.timeline.set_colour_by(s.colour_by)
        self.timeline.set_collapsed(set(s.collapsed_floors))
        controls.show_date(self.current_date)

    def current_settings(self) -> UiSettings:
        return UiSettings(
            geometry=b64encode(bytes(self.saveGeometry().data())).decode("ascii"),
            splitter=b64encode(bytes(self.splitter.saveState().data())).decode("ascii"),
            view=self.timeline.mode, zoom=self.timeline.zoom,
            colour_by=self.timeline.colour_by,
            collapsed_floors=sorted(self.timeline.collapsed),
            last_user=self._settings.last_user, language=self._settings.language,
            building=self._data.building)

    @Slot(str)
    def on_controls_language_chosen(self, code: str) -> None:
        """Speak the chosen language now, and from the next start on."""
        self.language.apply(code)
        self._settings.language = code
        self._store.save(self.current_settings())

    def closeEvent(self, event: QCloseEvent) -> None:
        self._store.save(self.current_settings())
        self._clock.stop()
        self.watch.stop()
        self.safekeeping.wait()
        self.calendar_import.wait()
        self.csv_exchange.wait()
        self.pages.stop()
        super().closeEvent(event)

    # ----- data -------------------------------------------------------------------------------

    def load_building(self) -> None:
        self._names_language = current_language()
        floors = self._data.load()
        self.side_panel.set_buildings(self._data.buildings, self._data.building)
        self.side_panel.set_building(floors, self._data.rooms)
        self.pages.set_building(self._data.building)

    def visible_days(self) -> list[date]:
        return days_on_show(self.current_date, self.timeline.mode)

    def visible_range(self) -> tuple[datetime, datetime]:
        days = self.visible_days()
        return day_bounds(days[0])[0], day_bounds(days[-1])[1]

    def reload(self) -> None:
        """Read the visible range again and repaint."""
        start, end = self.visible_range()
        content = self._data.content(self.visible_days(), start, end, self._filter,
                                     now=self._now, free_minutes=self.flow.find_length or 0)
        self.timeline.set_content(content, now=self._now())

    def set_date(self, day: date) -> None:
        self.current_date = day
        self.controls.show_date(day)
        self.reload()

    def set_view(self, mode: str) -> None:
        self.controls.show_view(mode)
        self.timeline.set_mode(mode)
        self.reload()
        if mode == "week":
            self.timeline.horizontalScrollBar().setValue(0)

    # ----- doing things -----------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.status.show_message(text)

    def _validate_drop(self, booking: BookingView, room: RoomInfo, start: datetime,
                       end: datetime) -> str | None:
        problems = self.services.check_booking(
            room=room.id, start=start, end=end, title=booking.title,
            attendees=booking.attendees, layout=booking.layout,
            organization=booking.organization, exclude_booking_id=booking.id)
        return problems[0].message if problems else None

    def record_change(self, change: Change | None, message: str) -> None:
        """Put a change made here on the undo stack, announce it and say it."""
        if change is None:
            return
        push_change(self.undo_stack, change, services=self.services,
                    announce=self.bus.announce, report=self.show_message,
                    versions=self.versions)
        self.bus.announce(change)
        self.show_message(message)

    def _booking_or_message(self, booking_id: int) -> BookingView | None:
        """The booking, once the services are there; otherwise say why in the status bar."""
        if not self.ready():
            return None
        try:
            return self.services.booking(booking_id)
        except BookingError as exc:
            self.show_message(exc.message)
            return None

    def open_dialog(self, **prefill: object) -> None:
        """Open the booking dialog with these details."""
        self.flow.open_dialog(**prefill)

    def reveal(self, booking: BookingView) -> None:
        """Show the booking's day and select the booking on the timeline."""
        if local(booking.start).date() not in self.visible_days():
            self.set_date(local(booking.start).date())
        self.timeline.reveal(booking.id)

    def open_series(self, booking_id: int) -> None:
        """Open the series editor from one of the series' dates."""
        if self.ready():
            self.series_desk.open_series(booking_id)

    def make_repeating(self, booking_id: int) -> None:
        """Turn a single booking into a series."""
        if self.ready():
            self.series_desk.make_repeating(booking_id)

    @Slot()
    def on_new_action_triggered(self) -> None:
        prefill: dict[str, object] = {}
        if self.timeline.cursor_room and self.timeline.cursor_start and self.timeline.cursor_end:
            prefill = {"room": self.timeline.cursor_room, "start": self.timeline.cursor_start,
                       "end": self.timeline.cursor_end}
        self.open_dialog(**prefill)

    @Slot(str, object, object)
    def on_timeline_create_requested(self, room: str, start: datetime, end: datetime) -> None:
        self.open_dialog(room=room, start=start, end=end)

    @Slot(int)
    def on_timeline_open_requested(self, booking_id: int) -> None:
        booking = self._booking_or_message(booking_id)
        if booking is not None:
            self.open_dialog(booking=booking)

    @Slot(int, int, object, object)
    def on_timeline_move_requested(self, booking_id: int, room_id: int, start: datetime,
                                   end: datetime) -> None:
        if not self.ready():
            self.reload()
            return
        self.desk.move(booking_id, room_id, start, end)

    @Slot(int)
    def on_timeline_cancel_requested(self, booking_id: int) -> None:
        if self.ready():
            self.desk.cancel(booking_id)

    def _selected_booking_id(self) -> int | None:
        """The booking chosen on the page in front, for the Edit menu's actions and keys."""
        if self.tabs.currentWidget() is self.timeline:
            return self.timeline.selected_id
        return self.pages.selected_booking_id()

    @Slot()
    def on_open_action_triggered(self) -> None:
        booking_id = self._selected_booking_id()
        if booking_id is not None:
            self.on_timeline_open_requested(booking_id)

    @Slot()
    def on_cancel_action_triggered(self) -> None:
        booking_id = self._selected_booking_id()
        if booking_id is not None:
            self.on_timeline_cancel_requested(booking_id)

    @Slot()
    def on_check_in_action_triggered(self) -> None:
        booking_id = self._selected_booking_id()
        if booking_id is None:
            self.show_message(self.tr("Select a booking to check its guests in."))
            return
        self.on_booking_check_in_requested(booking_id)

    @Slot(int)
    def on_booking_check_in_requested(self, booking_id: int) -> None:
        if self.ready():
            self.desk.check_in(booking_id)

    @Slot(int, QPoint)
    def on_booking_menu_requested(self, booking_id: int, where: QPoint) -> None:
        if self.ready():
            self.desk.show_menu(booking_id, where)

    @Slot(int, QPoint)
    def on_timeline_menu_requested(self, booking_id: int, where: QPoint) -> None:
        self.on_booking_menu_requested(booking_id, where)

    @Slot()
    def on_find_room_action_triggered(self) -> None:
        self.flow.find_room()

    def free_length_changed(self) -> None:
        """The length "Free now" looks ahead changed: show the rooms free that long."""
        if self._filter.free_now:
            self.reload()

    @Slot()
    def on_print_day_action_triggered(self) -> None:
        if self.ready():
            self.desk.paperwork.print_day(self.current_date)

    @Slot()
    def on_save_day_action_triggered(self) -> None:
        if self.ready():
            self.desk.paperwork.save_day(self.current_date)

    @Slot()
    def on_released_action_triggered(self) -> None:
        if self.ready():
            self.desk.show_released_today()

    @Slot()
    def on_reload_action_triggered(self) -> None:
        self.read_names_again()
        self.show_message(self.tr("Reloaded."))

    @Slot()
    def on_check_database_action_triggered(self) -> None:
        if not self.ready():
            return
        self.watch.check_database()

    @Slot(int, bool)
    def on_timeline_floor_toggled(self, _level: int, _collapsed: bool) -> None:
        self._store.save(self.current_settings())

    @Slot(object)
    def on_floor_plan_changed(self, change: Change) -> None:
        if not change.bookings:
            self.bus.announce(change)
            return
        self.record_change(change, self.flow.saved_text(change.booking))

    @Slot()
    def on_search_field_return_pressed(self) -> None:
        self.pages.search(self.controls.search_field.text())

    @Slot(object)
    def on_side_panel_filter_changed(self, room_filter: RoomFilter) -> None:
        self._filter = room_filter
        self.reload()

    @Slot(str)
    def on_side_panel_building_chosen(self, code: str) -> None:
        """Show another building's floors and rooms everywhere, and open on it next time."""
        if code == self._data.building:
            return
        self._data.building = code
        self.load_building()
        self.reload()
        self.pages.reload_building()
        self._store.save(self.current_settings())

    @Slot(str)
    def on_side_panel_room_activated(self, code: str) -> None:
        self.pages.show_timeline()
        row = self.timeline.row_for_room(code)
        if row is not None:
            self.timeline.verticalScrollBar().setValue(int(row.y))

    @Slot(object)
    def on_bus_changed(self, change: Change | None) -> None:
        start, end = self.visible_range()
        if change is None or change.span is None or (change.span[0] < end
                                                     and change.span[1] > start):
            self.reload()
        self.pages.refresh()

    @Slot()
    def on_clock_timeout(self) -> None:
        now = local(self._now())
        self.status.show_time(now)
        if now.second == 0:
            self.timeline.set_now(now)
