"""Before the window opens on X11: are the system libraries Qt's xcb plugin needs installed?

Without them Qt aborts with a screen of plugin errors; this names the Debian/Ubuntu packages
to install in one line instead. Standard library only, so it costs nothing at start-up.
"""

import os
import sys
from collections.abc import Callable, Mapping

from booking.i18n import _

# The shared libraries Qt 6's xcb platform plugin loads, and the Debian/Ubuntu package of each.
XCB_LIBRARIES = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
}


def _loads(soname: str) -> bool:
    import ctypes  # only on X11: a window on Wayland, Windows or offscreen never asks

    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str) -> bool:
    """Whether Qt will open the window through X11's xcb plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing_packages(*, environ: Mapping[str, str] | None = None, platform: str | None = None,
                     loads: Callable[[str], bool] | None = None) -> list[str]:
    """The packages to install before the window can open (empty when nothing is missing or
    the window does not go through X11)."""
    if not uses_xcb(os.environ if environ is None else environ,
                    sys.platform if platform is None else platform):
        return []
    loads = loads or _loads
    return [package for soname, package in XCB_LIBRARIES.items() if not loads(soname)]


def advice(packages: list[str]) -> str:
    """One line for the terminal: what is missing and the command that installs it."""
    return _("the window cannot open: Qt needs system libraries that are missing; on Debian or "
             "Ubuntu install them with: {command}").format(
        command=f"sudo apt install {' '.join(packages)}")
