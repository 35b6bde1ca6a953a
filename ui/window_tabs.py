"""The main window's lazily built tabs: bookings list, hall events and floor plan."""

from datetime import date, datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QTimer, Slot
from PySide6.QtWidgets import QLineEdit, QMainWindow, QTabWidget, QWidget

from booking.timeutil import BUILDING_TZ, local

if TYPE_CHECKING:
    from collections.abc import Callable

    from booking.services import Services
    from booking.views import Change
    from ui.bus import ChangeBus

    _Base = QMainWindow
else:
    _Base = object


class WindowTabs(_Base):
    """Mixin for MainWindow: the tabs beside the timeline, built when first needed."""

    tabs: QTabWidget
    search_panel: QWidget | None
    floor_plan: Any
    events_view: Any

    if TYPE_CHECKING:  # provided by MainWindow
        bus: ChangeBus
        search_field: QLineEdit
        current_date: date
        _services: Services | None
        _now: Callable[[], datetime]

        @property
        def services(self) -> Services: ...
        def show_message(self, text: str) -> None: ...
        def on_timeline_open_requested(self, booking_id: int) -> None: ...
        def on_floor_plan_changed(self, change: Change) -> None: ...

    def _build_tabs(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.search_panel = None
        self.floor_plan = None
        self.events_view = None

    def _add_lazy_tabs(self) -> None:
        """Queue the bookings list and put placeholders for the events and floor plan tabs."""
        # The bookings list is built on the next turn of the event loop; the events calendar
        # and the floor plan when first opened (their tabs wait as placeholders). Attaching
        # never holds the GUI thread for long, and memory stays low until they are used.
        QTimer.singleShot(0, self._add_search_panel)
        self._events_slot = QWidget(self)
        self._floor_slot = QWidget(self)
        self.tabs.addTab(self._events_slot, self.tr("Events"))
        self.tabs.addTab(self._floor_slot, self.tr("Floor plan"))

    def _retranslate_tabs(self) -> None:
        """Set the tab titles (part of retranslate_ui)."""
        self.tabs.setTabText(0, self.tr("Timeline"))
        if self.search_panel is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.search_panel), self.tr("Bookings"))
        if self.floor_plan is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.floor_plan), self.tr("Floor plan"))
        if self.events_view is not None:
            self.tabs.setTabText(self.tabs.indexOf(self.events_view), self.tr("Events"))

    def _add_search_panel(self) -> None:
        if self.search_panel is not None:
            return
        self.search_panel = self._make_search_panel()
        if self.search_panel is not None:
            self.tabs.insertTab(1, self.search_panel, self.tr("Bookings"))
            self.search_panel.booking_activated.connect(  # type: ignore[attr-defined]
                self.on_timeline_open_requested)

    def _make_search_panel(self) -> QWidget | None:
        try:
            from ui.search_panel import SearchPanel
        except ImportError:
            return None
        return SearchPanel(services=self.services, parent=self)

    def _replace_slot(self, slot: QWidget, widget: QWidget, title: str) -> None:
        index = self.tabs.indexOf(slot)
        current = self.tabs.currentIndex() == index
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, widget, title)
        if current:
            self.tabs.setCurrentIndex(index)
        self.tabs.blockSignals(False)
        slot.deleteLater()

    def _add_events_view(self) -> None:
        if self.events_view is not None:
            return
        from ui.events.view import EventsView

        self.events_view = EventsView(services=self.services, parent=self)
        self._replace_slot(self._events_slot, self.events_view, self.tr("Events"))
        self.events_view.changed.connect(self.bus.announce)

    def show_events(self) -> None:
        """Bring the hall events forward (building the view now if it is not there yet)."""
        if self._services is None:
            return
        self._add_events_view()
        self.tabs.setCurrentWidget(self.events_view)

    def _add_floor_plan(self) -> None:
        if self.floor_plan is not None:
            return
        from ui.floorplan import FloorPlanView

        self.floor_plan = FloorPlanView(services=self.services, parent=self)
        self._replace_slot(self._floor_slot, self.floor_plan, self.tr("Floor plan"))
        self.floor_plan.changed.connect(self.on_floor_plan_changed)
        self.floor_plan.booking_open_requested.connect(self.on_timeline_open_requested)
        self.floor_plan.status_message.connect(self.show_message)

    def show_floor_plan(self) -> None:
        """Bring the floor plan forward (building it now if it is not there yet)."""
        if self._services is None:
            return
        self._add_floor_plan()
        assert self.floor_plan is not None
        self.tabs.setCurrentWidget(self.floor_plan)
        self._sync_floor_plan()

    def _sync_floor_plan(self) -> None:
        """Open the floor plan on the day the timeline shows (live 'now' when that is today)."""
        now = local(self._now())
        if self.current_date == now.date():
            if not self.floor_plan.following:
                self.floor_plan.follow_now()
        elif local(self.floor_plan.moment).date() != self.current_date:
            self.floor_plan.set_moment(datetime.combine(self.current_date, now.time(),
                                                        tzinfo=BUILDING_TZ))

    def _refresh_tabs(self) -> None:
        """Refresh whichever of the lazily built tabs exist."""
        if self.search_panel is not None:
            self.search_panel.refresh()  # type: ignore[attr-defined]
        if self.floor_plan is not None:
            self.floor_plan.refresh()
        if self.events_view is not None:
            self.events_view.refresh()

    @Slot(int)
    def on_tabs_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._services is None or widget is None:
            return
        if widget is getattr(self, "_events_slot", None):
            self._add_events_view()
        elif widget is getattr(self, "_floor_slot", None):
            self._add_floor_plan()
        if self.floor_plan is not None and self.tabs.currentWidget() is self.floor_plan:
            self._sync_floor_plan()

    @Slot()
    def on_search_field_return_pressed(self) -> None:
        if self.search_panel is None:
            return
        self.search_panel.set_text(self.search_field.text())  # type: ignore[attr-defined]
        self.tabs.setCurrentWidget(self.search_panel)

    @Slot()
    def on_list_action_triggered(self) -> None:
        if self.search_panel is not None:
            self.tabs.setCurrentWidget(self.search_panel)
