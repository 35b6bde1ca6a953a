"""The main window's tabs: the timeline, then the bookings list, hall events, floor plan and
(for managers) reports, built when first needed."""

from datetime import date, datetime
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, QPoint, QTimer, Slot
from PySide6.QtWidgets import QTabWidget, QWidget

from booking.permissions import Action
from booking.timeutil import BUILDING_TZ, local
from booking.views import Change
from ui.bus import ChangeBus

if TYPE_CHECKING:
    from booking.services import Services
    from ui.events.view import EventsView
    from ui.floorplan import FloorPlanView
    from ui.reports import ReportsView
    from ui.search_panel import SearchPanel


class TabHost(Protocol):
    """What the tabs ask of the window they sit in."""

    current_date: date

    def now(self) -> datetime: ...

    def show_message(self, text: str) -> None: ...

    def on_timeline_open_requested(self, booking_id: int) -> None: ...

    def on_floor_plan_changed(self, change: Change) -> None: ...

    def on_booking_check_in_requested(self, booking_id: int) -> None: ...

    def on_booking_menu_requested(self, booking_id: int, where: QPoint) -> None: ...


class WindowTabs(QObject):
    """The tab widget beside the side panel: the timeline, then the bookings list, the hall
    events and the floor plan.

    Those three wait as empty placeholders until the services are attached (the window paints
    from the quick reader until then); the bookings list is built right after, the events
    calendar and the floor plan when first opened.
    """

    def __init__(self, *, host: TabHost, bus: ChangeBus, timeline: QWidget,
                 parent: QWidget) -> None:
        super().__init__(parent)
        self._host = host
        self._bus = bus
        self._services: Services | None = None
        self.tabs = QTabWidget(parent)
        self.tabs.setObjectName("mainTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(timeline, "")
        self.search_panel: SearchPanel | None = None
        self.floor_plan: FloorPlanView | None = None
        self.events_view: EventsView | None = None
        # The reports: a tab only while the account signed in may read them.
        self.reports_view: ReportsView | None = None
        self.building = ""  # the code of the building on show ("": the only one)
        self._reports_slot: QWidget | None = None
        self._bookings_slot = QWidget(self.tabs)
        self._events_slot = QWidget(self.tabs)
        self._floor_slot = QWidget(self.tabs)
        for slot in (self._bookings_slot, self._events_slot, self._floor_slot):
            self.tabs.addTab(slot, "")
        self.tabs.currentChanged.connect(self.on_tabs_current_changed)

    def attach(self, services: "Services") -> None:
        """Let the views be built: the bookings list on the next turn of the event loop, the
        one whose tab is open now, the others when first opened."""
        # Attaching never holds the GUI thread for long, and memory stays low until the events
        # calendar and the floor plan are used.
        self._services = services
        QTimer.singleShot(0, self._add_search_panel)
        self.on_tabs_current_changed(self.tabs.currentIndex())

    def retranslate_ui(self) -> None:
        """Set the tab titles."""
        self.tabs.setTabText(0, self.tr("Timeline"))
        for view, slot, title in ((self.search_panel, self._bookings_slot, self.tr("Bookings")),
                                  (self.events_view, self._events_slot, self.tr("Events")),
                                  (self.floor_plan, self._floor_slot, self.tr("Floor plan"))):
            self.tabs.setTabText(self.tabs.indexOf(view or slot), title)
        reports = self.reports_view or self._reports_slot
        if reports is not None:
            self.tabs.setTabText(self.tabs.indexOf(reports), self.tr("Reports"))

    # ----- building the views -----------------------------------------------------------------

    def _add_search_panel(self) -> None:
        if self.search_panel is not None or self._services is None:
            return
        from ui.search_panel import SearchPanel

        panel = self.search_panel = SearchPanel(services=self._services, parent=self.tabs)
        self._replace_slot(self._bookings_slot, panel, self.tr("Bookings"))
        panel.booking_activated.connect(self._host.on_timeline_open_requested)
        panel.booking_menu_requested.connect(self._host.on_booking_menu_requested)

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

    def _add_events_view(self) -> "EventsView":
        if self.events_view is not None:
            return self.events_view
        from ui.events.view import EventsView

        assert self._services is not None
        view = self.events_view = EventsView(services=self._services, parent=self.tabs)
        self._replace_slot(self._events_slot, view, self.tr("Events"))
        view.changed.connect(self._bus.announce)
        return view

    def _add_floor_plan(self) -> "FloorPlanView":
        if self.floor_plan is not None:
            return self.floor_plan
        from ui.floorplan import FloorPlanView

        assert self._services is not None
        plan = self.floor_plan = FloorPlanView(services=self._services, building=self.building,
                                               parent=self.tabs)
        self._replace_slot(self._floor_slot, plan, self.tr("Floor plan"))
        plan.changed.connect(self._host.on_floor_plan_changed)
        plan.booking_open_requested.connect(self._host.on_timeline_open_requested)
        plan.booking_check_in_requested.connect(self._host.on_booking_check_in_requested)
        plan.booking_menu_requested.connect(self._host.on_booking_menu_requested)
        plan.status_message.connect(self._host.show_message)
        return plan

    def _add_reports_view(self) -> "ReportsView | None":
        if self.reports_view is not None:
            return self.reports_view
        if self._reports_slot is None or self._services is None:
            return None
        from ui.reports import ReportsView

        view = self.reports_view = ReportsView(services=self._services, building=self.building,
                                               parent=self.tabs)
        slot, self._reports_slot = self._reports_slot, None
        self._replace_slot(slot, view, self.tr("Reports"))
        view.booking_open_requested.connect(self._host.on_timeline_open_requested)
        view.status_message.connect(self._host.show_message)
        return view

    def _show_reports_tab(self, shown: bool) -> None:
        """Add the reports' tab (a placeholder until opened), or take it away."""
        present = self.reports_view or self._reports_slot
        if shown and present is None:
            self._reports_slot = QWidget(self.tabs)
            self.tabs.addTab(self._reports_slot, self.tr("Reports"))
        elif not shown and present is not None:
            self.tabs.removeTab(self.tabs.indexOf(present))
            if self.reports_view is not None:
                self.reports_view.stop()
            present.deleteLater()
            self.reports_view = self._reports_slot = None

    # ----- showing ----------------------------------------------------------------------------

    @Slot()
    def show_timeline(self) -> None:
        self.tabs.setCurrentIndex(0)

    @Slot()
    def show_bookings(self) -> None:
        """Bring the bookings list forward (once it is there)."""
        if self.search_panel is not None:
            self.tabs.setCurrentWidget(self.search_panel)

    def selected_booking_id(self) -> int | None:
        """The booking chosen in the bookings list or the floor plan's agenda, whichever is in
        front (None for the other pages)."""
        page = self.tabs.currentWidget()
        if page is not None and page is self.search_panel:
            return self.search_panel.selected_booking_id()
        if page is not None and page is self.floor_plan:
            panel = self.floor_plan.room_panel
            return panel.selected_booking_id() if panel.isVisible() else None
        return None

    def search(self, text: str) -> None:
        """Search the bookings for these words and show the list (once it is there)."""
        if self.search_panel is None:
            return
        self.search_panel.set_text(text)
        self.tabs.setCurrentWidget(self.search_panel)

    @Slot()
    def show_events(self) -> None:
        """Bring the hall events forward (building the view now if it is not there yet)."""
        if self._services is None:
            return
        self.tabs.setCurrentWidget(self._add_events_view())

    @Slot()
    def show_reports(self) -> None:
        """Bring the reports forward (for the accounts that may read them)."""
        if self._services is None or not self._services.may(Action.REPORTS):
            return
        self._show_reports_tab(True)
        view = self._add_reports_view()
        if view is not None:
            self.tabs.setCurrentWidget(view)

    @Slot()
    def show_floor_plan(self) -> None:
        """Bring the floor plan forward (building it now if it is not there yet)."""
        if self._services is None:
            return
        plan = self._add_floor_plan()
        self.tabs.setCurrentWidget(plan)
        self._sync_floor_plan(plan)

    def _sync_floor_plan(self, plan: "FloorPlanView") -> None:
        """Open the floor plan on the day the timeline shows (live 'now' when that is today)."""
        now = local(self._host.now())
        day = self._host.current_date
        if day == now.date():
            if not plan.following:
                plan.follow_now()
        elif local(plan.moment).date() != day:
            plan.set_moment(datetime.combine(day, now.time(), tzinfo=BUILDING_TZ))

    # ----- keeping up -------------------------------------------------------------------------

    def show_permissions(self) -> None:
        """The signed-in account changed: the views show what the new one may do."""
        if self.events_view is not None:
            self.events_view.show_permissions()
        if self._services is not None:
            self._show_reports_tab(self._services.may(Action.REPORTS))

    def stop(self) -> None:
        """The window closes: let a report being read, or a search under way, finish."""
        if self.reports_view is not None:
            self.reports_view.stop()
        if self.search_panel is not None:
            self.search_panel.stop()

    def refresh(self) -> None:
        """Refresh whichever of the lazily built views exist."""
        if self.search_panel is not None:
            self.search_panel.refresh()
        if self.floor_plan is not None:
            self.floor_plan.refresh()
        if self.events_view is not None:
            self.events_view.refresh()
        if self.reports_view is not None:
            self.reports_view.refresh()

    def set_building(self, code: str) -> None:
        """The building on show changed: the floor plan and the reports follow it (once
        built; reload_building draws it again)."""
        self.building = code
        if self.floor_plan is not None:
            self.floor_plan.building = code
        if self.reports_view is not None and self.reports_view.building != code:
            self.reports_view.building = code
            self.reports_view.refresh()

    def reload_building(self) -> None:
        """Read the building again where it is drawn (the floor plan, once built)."""
        if self.floor_plan is not None:
            self.floor_plan.load_building()
            self.floor_plan.refresh()
        if self.events_view is not None:
            self.events_view.reload_building()
        if self.search_panel is not None:
            self.search_panel.reload_building()

    @Slot(int)
    def on_tabs_current_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if self._services is None or widget is None:
            return
        if widget is self._events_slot:
            self._add_events_view()
        elif widget is self._floor_slot:
            self._add_floor_plan()
        elif widget is not None and widget is self._reports_slot:
            self._add_reports_view()
        if self.floor_plan is not None and self.tabs.currentWidget() is self.floor_plan:
            self._sync_floor_plan(self.floor_plan)
