"""The door display's window: the room's state, today's bookings, check in, book now."""

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booking.door import WALK_IN_MINUTES, DoorState
from booking.errors import BookingError
from booking.timeutil import local
from ui.door.style import BUSY_FILL, FREE_FILL, OFFLINE_FILL, SHEET, banner_sheet
from ui.window_data import Watcher

if TYPE_CHECKING:
    from booking.services import Services

log = logging.getLogger("ruang")

POLL_MS = 1000
CLOCK_MS = 30_000
RETRY_MS = 3000
SHOWN_UPCOMING = 4


def _hhmm(moment: object) -> str:
    return f"{local(moment):%H:%M}"  # type: ignore[arg-type]


def _label(name: str, *, wrap: bool = False) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    # Titles and organizations are what people typed: never rich text.
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    return label


class DoorWindow(QWidget):
    """A kiosk view of one room, following the database live; no way to the rest of the app."""

    def __init__(self, *, services: "Services", room: str, fullscreen: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.room = room
        self.state: DoorState | None = None
        self.reachable = True
        self.message = ""
        # In full screen only a signal to the process closes the window (see allow_close).
        self.locked = fullscreen
        self.closing_allowed = False
        self.watcher: Watcher | None = None
        self.setObjectName("door")
        self.setStyleSheet(SHEET)
        self._build()
        self.poll_timer = QTimer(self)
        self.poll_timer.setInterval(POLL_MS)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_MS)
        self._connect_signals()
        self.refresh()
        self.poll_timer.start()
        self.clock_timer.start()

    def _build(self) -> None:
        self.room_label = _label("room")
        self.floor_label = _label("floor")
        self.clock_label = _label("clock")
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.state_label = _label("state")
        self.state_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail_label = _label("detail", wrap=True)
        self.detail_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.upcoming_heading = _label("heading")
        self.upcoming_label = _label("upcoming", wrap=True)
        self.upcoming_label.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.message_label = _label("message", wrap=True)
        self.check_in_button = QPushButton()
        self.check_in_button.setObjectName("checkIn")
        self.book_heading = _label("heading")
        self.book_buttons = {minutes: QPushButton() for minutes in WALK_IN_MINUTES}
        for button in (self.check_in_button, *self.book_buttons.values()):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        top = QGridLayout()
        top.addWidget(self.room_label, 0, 0)
        top.addWidget(self.floor_label, 1, 0)
        top.addWidget(self.clock_label, 0, 1, 2, 1,
                      Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        inside = QVBoxLayout(self.banner)
        inside.setContentsMargins(24, 16, 24, 20)
        inside.addWidget(self.state_label)
        inside.addWidget(self.detail_label)
        upcoming = QVBoxLayout()
        upcoming.addWidget(self.upcoming_heading)
        upcoming.addWidget(self.upcoming_label, 1)
        actions = QVBoxLayout()
        actions.addWidget(self.check_in_button)
        actions.addWidget(self.book_heading)
        row = QHBoxLayout()
        for button in self.book_buttons.values():
            row.addWidget(button)
        actions.addLayout(row)
        actions.addStretch(1)
        lower = QHBoxLayout()
        lower.addLayout(upcoming, 1)
        lower.addLayout(actions, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addLayout(lower, 1)
        layout.addWidget(self.message_label)

    def _connect_signals(self) -> None:
        self.poll_timer.timeout.connect(self.on_poll_timer_timeout)
        self.clock_timer.timeout.connect(self.on_clock_timer_timeout)
        self.check_in_button.clicked.connect(self.on_check_in_button_clicked)
        for minutes, button in self.book_buttons.items():
            button.clicked.connect(lambda _checked=False, m=minutes: self.book_now(m))

    # ----- following the database ----------------------------------------------------------

    @Slot()
    def on_poll_timer_timeout(self) -> None:
        """Refresh when another desk wrote; while unreachable, try again."""
        if not self.reachable or self.watcher is None:
            self.refresh()
            return
        try:
            changed = self.watcher.changed()
        except Exception:  # noqa: BLE001 - a lost database is shown, then retried
            log.warning("door: the change watcher failed", exc_info=True)
            changed = True
        if changed:
            self.refresh()

    @Slot()
    def on_clock_timer_timeout(self) -> None:
        """The clock moves on: bookings start and end without anyone writing; a refusal said
        a while ago is no longer news for the next person at the door."""
        if self.reachable:
            self.message = ""
        self.refresh()

    def refresh(self) -> None:
        """Read the room's state again and show it; a failure to read is shown, then retried."""
        try:
            if self.watcher is None:
                self.watcher = self.services.change_watcher()
            self.state = self.services.door(self.room)
        except BookingError as error:
            self.state = None
            self._lost(error.message)
            return
        except Exception:  # noqa: BLE001 - the file gone, locked or unreadable: keep trying
            log.warning("door: cannot read the bookings", exc_info=True)
            self._lost("")
            return
        if not self.reachable:
            self.message = ""
        self.reachable = True
        self.poll_timer.setInterval(POLL_MS)
        self.retranslate_ui()

    def _lost(self, reason: str) -> None:
        self.reachable = False
        self.message = reason
        if self.watcher is not None:
            try:
                self.watcher.close()
            except Exception:  # noqa: BLE001 - it is being dropped anyway
                log.debug("door: closing the watcher failed", exc_info=True)
            self.watcher = None
        # Drop pooled connections: the file may come back as a new one.
        self.services.reconnect()
        self.poll_timer.setInterval(RETRY_MS)
        self.retranslate_ui()

    # ----- what a person does at the door ----------------------------------------------------

    def book_now(self, minutes: int) -> None:
        """Book the room from now for `minutes`, through every rule."""
        if self.state is None:
            return
        room = self.state.room.id
        self._act(lambda: self.services.book_walk_in(room=room, minutes=minutes,
                                                     title=self.tr("Walk-in (door)")))

    @Slot()
    def on_check_in_button_clicked(self) -> None:
        due = self.state.check_in if self.state is not None else None
        if due is not None:
            self._act(lambda: self.services.bookings.check_in(
                actor=self.services.actor, booking_id=due.id, expected_version=due.version))

    def _act(self, action: Callable[[], object]) -> None:
        try:
            action()
        except BookingError as error:
            self.message = error.message
            self.refresh()
            self.message = error.message if self.reachable else self.message
            self.retranslate_ui()
            return
        except Exception:  # noqa: BLE001 - shown as the lost database, then retried
            log.warning("door: the action failed", exc_info=True)
            self._lost("")
            return
        self.message = ""
        self.refresh()

    # ----- no way out ----------------------------------------------------------------------

    def allow_close(self) -> None:
        """The process was asked to quit (a signal): let the window close."""
        self.closing_allowed = True

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if self.locked and not self.closing_allowed:
            event.ignore()
            return
        self.poll_timer.stop()
        self.clock_timer.stop()
        if self.watcher is not None:
            self.watcher.close()
            self.watcher = None
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        # No key leads anywhere: Esc, Alt+F4 (as a key) and the rest are swallowed.
        event.accept()

    # ----- words ---------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Room door"))
        self.book_heading.setText(self.tr("Book now"))
        self.upcoming_heading.setText(self.tr("Next today"))
        for minutes, button in self.book_buttons.items():
            button.setText(self.tr("{minutes} min").format(minutes=minutes))
        self.check_in_button.setText(self.tr("Check in"))
        state = self.state if self.reachable else None
        self.clock_label.setText(_hhmm(self.services.now()))
        if state is None:
            self.state_label.setText("…" if self.state is None and self.reachable else "")
            self.detail_label.setText(
                self.message or self.tr("Cannot reach the bookings — trying again…"))
            self.message_label.setText("")
        else:
            self._show(state)
            self.message_label.setText(self.message)
        self.check_in_button.setVisible(state is not None and state.check_in is not None)
        for button in self.book_buttons.values():
            button.setVisible(state is not None and not state.busy)
        self.book_heading.setVisible(state is not None and not state.busy)
        fill = OFFLINE_FILL if state is None else BUSY_FILL if state.busy else FREE_FILL
        self.banner.setStyleSheet(banner_sheet(fill))

    def _show(self, state: DoorState) -> None:
        self.room_label.setText(state.room.name)
        self.floor_label.setText(state.room.floor_name)
        current = state.current
        if current is not None:
            self.state_label.setText(self.tr("BUSY"))
            until = self.tr("until {time}").format(time=_hhmm(current.end))
            who = f"{current.organization} · " if current.organization else ""
            self.detail_label.setText(f"{current.title}\n{who}{until}")
        else:
            self.state_label.setText(self.tr("FREE"))
            self.detail_label.setText(
                self.tr("Free until {time}").format(time=_hhmm(state.free_until))
                if state.free_until is not None else self.tr("Free for the rest of the day"))
        for minutes, button in self.book_buttons.items():
            # Only lengths that end before the room must be left: a button that can only be
            # refused is no offer.
            button.setEnabled(state.fits(minutes))
        if state.check_in is not None:
            self.check_in_button.setText(self.tr("Check in: {title}").format(
                title=state.check_in.title))
        rows = [f"{_hhmm(b.start)}–{_hhmm(b.end)}  {b.title}"
                for b in state.upcoming[:SHOWN_UPCOMING]]
        self.upcoming_label.setText("\n".join(rows) or self.tr("No more bookings today"))
