"""Run the room-door display: a Qt application around one DoorWindow until a signal ends it."""

import signal
import sys
from typing import TYPE_CHECKING

from booking.i18n import _, current_language

if TYPE_CHECKING:
    from booking.services import Services


def run_door(services: "Services", room: str, *, fullscreen: bool) -> int:
    """Show the door of `room` (full screen when asked) and run until the process is told to
    quit; the exit code of the application."""
    from booking.errors import BadInput
    from ui.display import NO_DISPLAY, has_display

    if not has_display():
        raise BadInput(_(NO_DISPLAY))
    from PySide6.QtWidgets import QApplication

    from ui.door.window import DoorWindow
    from ui.i18n import Language

    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Ruang")
    app.setOrganizationName("CodingFactory")
    Language.of(app).apply(current_language())
    window = DoorWindow(services=services, room=room, fullscreen=fullscreen)

    def quit_on_signal(_number: int, _frame: object) -> None:
        # Only a signal to the process closes a full-screen door (the poll timer lets Python
        # run this handler within a second).
        window.allow_close()
        window.close()
        app.quit()

    for number in (signal.SIGTERM, signal.SIGINT):
        signal.signal(number, quit_on_signal)
    if fullscreen:
        # Without a window manager (a bare kiosk X session) full screen is only a request:
        # take the screen's size ourselves too.
        window.setGeometry(app.primaryScreen().geometry())
        window.showFullScreen()
    else:
        window.resize(1280, 800)
        window.show()
    try:
        return app.exec()
    finally:
        window.allow_close()
        window.close()
