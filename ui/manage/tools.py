"""Opens the manager tools from the Building menu and tells the window what they changed."""

from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from ui.bus import ChangeBus

if TYPE_CHECKING:
    from booking.services import Services


class Desk(Protocol):
    """What the manager tools need of the window."""

    @property
    def services(self) -> "Services": ...

    def show_message(self, text: str) -> None: ...

    @property
    def bus(self) -> ChangeBus: ...


class ManagerTools(QObject):
    """Building → Closures… and Terms planner…: anyone may look, managers and administrators
    change (the services refuse the others whatever the screens show)."""

    def __init__(self, *, desk: Desk, window: QWidget, closures_action: QAction,
                 terms_action: QAction) -> None:
        super().__init__(window)
        self._desk = desk
        self._window = window
        self._closures_action = closures_action
        self._terms_action = terms_action
        self._connect_signals()

    def _connect_signals(self) -> None:
        self._closures_action.triggered.connect(self.on_closures_action_triggered)
        self._terms_action.triggered.connect(self.on_terms_action_triggered)

    @Slot(str)
    def on_tool_changed(self, text: str) -> None:
        # A closure or term changes what can be booked, and a cancel choice changes bookings:
        # every view reads again.
        self._desk.bus.announce(None)
        self._desk.show_message(text)

    @Slot()
    def on_closures_action_triggered(self) -> None:
        # Enabled only once the services are there (WindowActions.set_working); loaded when
        # first asked for, so start-up does not pay for it.
        from ui.manage.closures import ClosuresDialog

        ClosuresDialog.show_for(services=self._desk.services, parent=self._window,
                                on_changed=self.on_tool_changed)

    @Slot()
    def on_terms_action_triggered(self) -> None:
        from ui.manage.terms_planner import TermsPlanner

        TermsPlanner.show_for(services=self._desk.services, parent=self._window,
                              on_changed=self.on_tool_changed)
