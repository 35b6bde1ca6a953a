"""Before the window opens: is there a screen to open it on? (Standard library only.)

On Linux and the BSDs Qt finds the screen through DISPLAY (X11) or WAYLAND_DISPLAY; with
neither, and no platform chosen in QT_QPA_PLATFORM, creating the application aborts the
process with a screen of plugin errors. This says so in one line first.
"""

import os
import sys
from collections.abc import Mapping

from booking.i18n import N_

NO_DISPLAY = N_("no display is available to open the window on: DISPLAY and WAYLAND_DISPLAY "
                "are not set (use a command, or --screenshot)")


def has_display(*, environ: Mapping[str, str] | None = None,
                platform: str | None = None) -> bool:
    """Whether Qt can open a window: always on Windows and macOS; elsewhere when X11 or
    Wayland is there, or a platform plugin (offscreen, vnc, ...) was chosen."""
    environ = os.environ if environ is None else environ
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "cygwin", "darwin")):
        return True
    return any(environ.get(name) for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"))
