"""The window's language switches at run time from Settings → Language, and is remembered."""

import pytest
from pytestqt.qtbot import QtBot

from booking.i18n import current_language
from booking.services import Services
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore


def _menu_titles(window: MainWindow) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_choosing_bahasa_indonesia_retranslates_the_open_window(
        qtbot: QtBot, window: MainWindow, settings_store: MemorySettingsStore) -> None:
    assert "&File" in _menu_titles(window)
    window.controls.language_actions["id"].trigger()
    qtbot.waitUntil(lambda: "&File" not in _menu_titles(window))
    assert current_language() == "id"
    assert window.controls.new_action.text() != "&New booking"
    assert settings_store.saved.language == "id"

    window.controls.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: "&File" in _menu_titles(window))
    assert current_language() == "en"
    assert window.controls.new_action.text() == "&New booking"
    assert settings_store.saved.language == "en"


def test_the_saved_language_is_checked_in_the_menu(qtbot: QtBot, services: Services) -> None:
    store = MemorySettingsStore()
    store.saved.language = "id"
    window = MainWindow(services=services, settings=store)
    qtbot.addWidget(window)
    assert window.controls.language_actions["id"].isChecked()
    assert not window.controls.language_actions[""].isChecked()


def test_the_system_language_is_the_default(window: MainWindow,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    """With no choice saved and no RUANG_LANG, an Indonesian system gets an Indonesian window."""
    monkeypatch.delenv("RUANG_LANG")
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(key, raising=False)
    monkeypatch.setenv("LANG", "id_ID.UTF-8")
    assert window.controls.language_actions[""].isChecked()
    assert window.language.apply("") == "id"
    assert "&Berkas" in _menu_titles(window)
    monkeypatch.setenv("LANG", "en_GB.UTF-8")
    window.controls.language_actions[""].trigger()
    assert "&File" in _menu_titles(window)
