"""Who is at the desk: sign-in at start, Lock, Switch user, the idle lock, and what each role
sees in the window."""

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication, QUndoCommand
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from booking.permissions import Action
from booking.services import Services
from tests.helpers.clock import FakeClock
from tests.helpers.modal import when_modal
from ui.booking_dialog import BookingDialog
from ui.main_window import MainWindow
from ui.session.passwords import PasswordDialog
from ui.session.signin import SignInDialog
from ui.settings import MemorySettingsStore, UiSettings

SECRET = "correct horse battery"


@pytest.fixture
def services(memory_engine: object, clock: FakeClock) -> Services:
    services = Services(memory_engine, now=clock)  # type: ignore[arg-type]
    services.accounts.pause = lambda _seconds: None  # failed sign-ins do not sleep in tests
    return services


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    win = MainWindow(services=services, settings=MemorySettingsStore(UiSettings()))
    qtbot.addWidget(win)
    win.resize(1200, 700)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()


def with_password(services: Services, username: str) -> None:
    services.accounts.passwd(actor="admin", username=username, password=SECRET)


def type_password(qtbot: QtBot, dialog: SignInDialog, password: str) -> None:
    dialog.password_edit.setFocus()
    qtbot.keyClicks(dialog.password_edit, password)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)


def test_an_account_without_password_opens_at_once(window: MainWindow,
                                                   services: Services) -> None:
    window.begin_session(hint="frontdesk")
    assert services.actor == "frontdesk"
    assert window.account_label.text().startswith("Signed in: ")
    assert "(front desk)" in window.account_label.text()
    assert window.last_user == "frontdesk"


def test_a_password_is_asked_and_a_wrong_one_refused(qtbot: QtBot, window: MainWindow,
                                                     services: Services) -> None:
    with_password(services, "manager")
    seen: list[str] = []

    def sign_in(dialog: SignInDialog) -> None:
        assert dialog.user_edit.text() == "manager"
        type_password(qtbot, dialog, "guess")
        seen.append(dialog.message_label.text())
        assert dialog.isVisible() and dialog.password_edit.text() == ""
        type_password(qtbot, dialog, SECRET)

    when_modal(SignInDialog, sign_in)
    window.begin_session(hint="manager")
    assert seen == ["Wrong password for 'manager'."]
    assert services.actor == "manager"
    assert window.controls.audit_action.isVisible()
    assert not window.controls.accounts_action.isVisible()


def test_quitting_at_sign_in_closes_the_window(qtbot: QtBot, window: MainWindow,
                                               services: Services) -> None:
    with_password(services, "manager")
    when_modal(SignInDialog, lambda d: qtbot.mouseClick(d.quit_button,
                                                        Qt.MouseButton.LeftButton))
    window.begin_session(hint="manager")
    assert not window.isVisible()


def test_lock_keeps_an_open_form_for_the_same_person(qtbot: QtBot, window: MainWindow,
                                                     services: Services) -> None:
    with_password(services, "frontdesk")
    when_modal(SignInDialog, lambda d: type_password(qtbot, d, SECRET))
    window.begin_session(hint="frontdesk")
    kept: list[str] = []

    def unlock(dialog: SignInDialog) -> None:
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Esc does not open a locked window
        assert dialog.isVisible() and dialog.user_edit.isReadOnly()
        assert dialog.heading.text() == "Locked. frontdesk is signed in."
        type_password(qtbot, dialog, SECRET)

    def type_then_lock(form: BookingDialog) -> None:
        qtbot.keyClicks(form.title_edit, "Half typed")
        when_modal(SignInDialog, unlock)
        assert window.session is not None
        window.session.lock()  # as the idle lock does while a form is open
        kept.append(form.title_edit.text())
        form.reject()

    when_modal(BookingDialog, type_then_lock)
    window.open_dialog()
    assert kept == ["Half typed"]
    assert services.actor == "frontdesk"


def test_ctrl_l_locks_and_switch_user_closes_forms_and_clears_undo(
        qtbot: QtBot, window: MainWindow, services: Services) -> None:
    window.begin_session(hint="frontdesk")
    with_password(services, "manager")
    window.undo_stack.push(QUndoCommand("Book something"))

    def switch(dialog: SignInDialog) -> None:
        assert dialog.switch_button is not None
        qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
        assert not dialog.user_edit.isReadOnly()
        qtbot.keyClicks(dialog.user_edit, "manager")
        type_password(qtbot, dialog, SECRET)

    when_modal(SignInDialog, switch)
    qtbot.keyClick(window.timeline, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert services.actor == "manager"
    assert window.undo_stack.count() == 0
    assert "Signed in: " in window.account_label.text() and "(manager)" in \
        window.account_label.text()


def test_an_idle_window_locks_itself(qtbot: QtBot, window: MainWindow,
                                     services: Services) -> None:
    window.begin_session(hint="frontdesk")
    session = window.session
    assert session is not None
    assert session.idle.timer.interval() == 10 * 60_000  # the default: ten minutes
    locked: list[bool] = []

    def look(dialog: SignInDialog) -> None:
        locked.append(dialog.user_edit.isReadOnly())
        type_password(qtbot, dialog, "")

    when_modal(SignInDialog, look, tries=2000)
    session.idle.timer.setInterval(30)
    session.idle.timer.start()
    qtbot.waitUntil(lambda: locked == [True], timeout=5000)
    qtbot.waitUntil(lambda: not session.locked, timeout=2000)
    assert services.actor == "frontdesk"


def test_the_idle_time_is_the_admins_setting(window: MainWindow, services: Services) -> None:
    services.settings.set(actor="admin", key="idle_lock_minutes", value=3)
    window.begin_session(hint="frontdesk")
    assert window.session is not None
    assert window.session.idle.timer.interval() == 3 * 60_000


def test_a_manager_without_password_is_told_to_set_one(
        qtbot: QtBot, window: MainWindow, services: Services,
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PasswordDialog, "offer", classmethod(lambda _cls, **_kw: True))

    def set_it(dialog: PasswordDialog) -> None:
        assert not dialog.current_edit.isVisibleTo(dialog)
        qtbot.keyClicks(dialog.first_edit, SECRET)
        qtbot.keyClicks(dialog.second_edit, SECRET + "x")
        assert not dialog.ok_button.isEnabled()
        assert dialog.message_label.text() == "The two do not match yet."
        qtbot.keyClick(dialog.second_edit, Qt.Key.Key_Backspace)
        assert dialog.ok_button.isEnabled()
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    when_modal(PasswordDialog, set_it)
    window.begin_session(hint="manager")
    assert services.accounts.sign_in("manager", SECRET).has_password
    assert "Password set for manager." in window.message_label.text()


@pytest.mark.parametrize(("user", "accounts", "audit"), [
    ("frontdesk", False, False), ("organizer", False, False), ("manager", False, True),
    ("admin", True, True)])
def test_the_window_shows_each_role_only_its_tools(window: MainWindow, services: Services,
                                                   monkeypatch: pytest.MonkeyPatch,
                                                   user: str, accounts: bool,
                                                   audit: bool) -> None:
    monkeypatch.setattr(PasswordDialog, "offer", classmethod(lambda _cls, **_kw: False))
    window.begin_session(hint=user)
    assert services.actor == user
    assert window.controls.accounts_action.isVisible() == accounts
    assert window.controls.audit_action.isVisible() == audit
    assert services.may(Action.ACCOUNTS) == accounts
    assert QApplication.activeModalWidget() is None


def test_the_signed_in_account_is_named_again_in_the_new_language(window: MainWindow) -> None:
    window.begin_session(hint="frontdesk")
    window.controls.language_actions["id"].trigger()
    assert window.account_label.text().startswith("Masuk: ")
    assert "(resepsionis)" in window.account_label.text()
    window.controls.language_actions["en"].trigger()
    assert "(front desk)" in window.account_label.text()


def test_input_in_the_window_or_a_form_keeps_the_idle_lock_away(qtbot: QtBot,
                                                                window: MainWindow) -> None:
    """Keys and the mouse reach the idle watch through each top-level window (as the window
    system delivers them), a form's window included; nothing else restarts its wait."""
    window.begin_session(hint="frontdesk")
    assert window.session is not None
    idle = window.session.idle
    handle = window.windowHandle()
    assert handle is not None and idle.timer.isActive()
    idle.timer.setTimerType(Qt.TimerType.PreciseTimer)  # its time left read to the ms
    idle.timer.start()
    qtbot.wait(300)
    waited = idle.timer.remainingTime()
    window.timeline.viewport().repaint()  # no one at the desk: a repaint is not input
    assert idle.timer.remainingTime() <= waited
    QTest.mouseMove(handle, QPoint(311, 203))  # a point the pointer was not at
    assert idle.timer.remainingTime() > waited
    form = QWidget()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is form.windowHandle())
    qtbot.wait(300)
    waited = idle.timer.remainingTime()
    QTest.keyClick(form.windowHandle(), Qt.Key.Key_A)
    assert idle.timer.remainingTime() > waited


def test_the_idle_watch_follows_the_windows_once_however_often_it_starts(
        qtbot: QtBot, window: MainWindow) -> None:
    """Locking and unlocking stop and start the watch: it never watches a window twice, and
    once stopped it watches none."""
    window.begin_session(hint="frontdesk")
    assert window.session is not None
    idle = window.session.idle
    idle.start()
    idle.start()
    assert idle._windows.count(window.windowHandle()) == 1  # noqa: SLF001
    idle.stop()
    assert idle._windows == [] and not idle.timer.isActive()  # noqa: SLF001
    form = QWidget()
    qtbot.addWidget(form)
    form.show()
    form.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is form.windowHandle())
    assert idle._windows == []  # noqa: SLF001 - stopped: a new window is not taken up
    idle.start()
    assert form.windowHandle() in idle._windows  # noqa: SLF001
