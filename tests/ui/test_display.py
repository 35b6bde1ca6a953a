"""Without a screen, opening the window says so in one line instead of Qt aborting."""

import io
import subprocess
import sys
from pathlib import Path

import pytest

import main
from tests.helpers.cli import ROOT
from ui.display import has_display

SCREENLESS = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")


def test_a_display_is_any_of_x11_wayland_or_a_chosen_platform() -> None:
    assert not has_display(environ={}, platform="linux")
    assert not has_display(environ={"DISPLAY": "", "WAYLAND_DISPLAY": ""}, platform="linux")
    assert has_display(environ={"DISPLAY": ":0"}, platform="linux")
    assert has_display(environ={"WAYLAND_DISPLAY": "wayland-0"}, platform="linux")
    assert has_display(environ={"QT_QPA_PLATFORM": "offscreen"}, platform="linux")
    assert has_display(environ={"QT_QPA_PLATFORM": "vnc"}, platform="freebsd14")
    # Windows and macOS always have their own window system.
    assert has_display(environ={}, platform="win32")
    assert has_display(environ={}, platform="darwin")


def test_opening_the_window_without_a_display_is_one_line_and_exit_2(
        monkeypatch: pytest.MonkeyPatch) -> None:
    import ui.app

    started: list[object] = []
    monkeypatch.setattr(ui.app, "run_app", lambda args: started.append(args) or 0)
    for name in SCREENLESS:
        monkeypatch.delenv(name, raising=False)
    out, err = io.StringIO(), io.StringIO()

    code = main.main([], out=out, err=err)

    assert (code, started, out.getvalue()) == (2, [], "")
    lines = err.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no display is available")
    assert "(use a command, or --screenshot)" in lines[0]


def test_a_real_start_without_a_display_does_not_abort(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path),
           "XDG_STATE_HOME": str(tmp_path), "XDG_CACHE_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, str(ROOT / "main.py")], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120, check=False)

    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: no display is available"), lines
