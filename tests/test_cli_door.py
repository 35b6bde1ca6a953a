"""`door ROOM`: an unknown room is refused on the command line before any window opens."""

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

import main
from booking.services import Services
from tests.helpers.cli import cli_on_copy

NOW = datetime(2026, 12, 7, 9, 0, tzinfo=ZoneInfo("Asia/Jakarta"))


def test_an_unknown_room_is_one_line_and_exit_2(initialised_template: Path, tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(main, "_open_door", lambda _s, room, **_k: opened.append(room) or 0)
    result = cli_on_copy(initialised_template, tmp_path, lambda: NOW)("door", "NOWHERE")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "NOWHERE" in result.stderr
    assert "Traceback" not in result.stderr
    assert opened == []


def test_a_room_by_code_or_name_opens_its_door(initialised_template: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[tuple[str, bool, str]] = []

    def opener(services: Services, room: str, *, fullscreen: bool) -> int:
        opened.append((room, fullscreen, services.door(room).room.code))
        return 0
    monkeypatch.setattr(main, "_open_door", opener)
    run = cli_on_copy(initialised_template, tmp_path, lambda: NOW)
    assert run("door", "kawi", "--fullscreen").returncode == 0
    assert run("door", "Semeru").returncode == 0
    assert opened == [("kawi", True, "KAWI"), ("Semeru", False, "SEMERU")]


def test_door_without_a_display_says_so(initialised_template: Path, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    for variable in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(variable, raising=False)
    result = cli_on_copy(initialised_template, tmp_path, lambda: NOW)("door", "KAWI")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
