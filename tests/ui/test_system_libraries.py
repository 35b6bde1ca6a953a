"""A missing X11 library is named with its package in one line, before Qt can abort."""

import subprocess
import sys

from tests.helpers.cli import ROOT
from ui.system_libraries import XCB_LIBRARIES, advice, missing_packages, uses_xcb

X11 = {"DISPLAY": ":0"}


def test_missing_libraries_are_named_by_their_packages() -> None:
    absent = {"libxcb-icccm.so.4", "libxcb-keysyms.so.1"}

    found = missing_packages(environ=X11, platform="linux",
                             loads=lambda soname: soname not in absent)

    assert found == ["libxcb-icccm4", "libxcb-keysyms1"]
    line = advice(found)
    assert "\n" not in line
    assert line.endswith("sudo apt install libxcb-icccm4 libxcb-keysyms1")


def test_nothing_is_missing_when_every_library_loads() -> None:
    assert missing_packages(environ=X11, platform="linux", loads=lambda _soname: True) == []


def test_only_an_x11_window_is_checked() -> None:
    never = lambda _soname: False  # noqa: E731
    assert missing_packages(environ={"QT_QPA_PLATFORM": "offscreen", "DISPLAY": ":0"},
                            platform="linux", loads=never) == []
    assert missing_packages(environ={"WAYLAND_DISPLAY": "wayland-0", "DISPLAY": ":0"},
                            platform="linux", loads=never) == []
    assert missing_packages(environ=X11, platform="win32", loads=never) == []
    assert uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "linux")
    assert len(missing_packages(environ=X11, platform="linux", loads=never)) == len(XCB_LIBRARIES)


def test_the_app_says_so_in_one_line_instead_of_aborting() -> None:
    """A real start where a library cannot be found: exit 1, one line naming the package."""
    script = ("import sys, main, ui.system_libraries as s; "
              "s._loads = lambda soname: soname != 'libxcb-cursor.so.0'; "
              "sys.exit(main.main([]))")
    env = {"PATH": "/usr/bin:/bin", "DISPLAY": ":0", "HOME": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, check=False)

    assert done.returncode == 1
    assert done.stderr.strip().splitlines() == [
        "error: " + advice(["libxcb-cursor0"])]
