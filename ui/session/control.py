"""Who is signed in at this window: sign-in at start, Lock (Ctrl+L), Switch user, the idle lock.

The lock keeps the window as it is behind it (open forms included) for the account that
locked it; when another account signs in instead, open forms are closed first, so nothing
typed by one person is saved in another's name.
"""

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QEvent, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from booking.errors import BookingError
from ui.session.passwords import PasswordDialog
from ui.session.signin import SignInDialog

if TYPE_CHECKING:
    from booking.services import Services

# Input that counts as someone at the desk.
ACTIVITY = frozenset({QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress,
                      QEvent.Type.MouseMove, QEvent.Type.Wheel, QEvent.Type.TouchBegin})
NO_PASSWORD_ROLES = ("manager", "admin")


class Host(Protocol):
    """What the session needs of the window."""

    @property
    def services(self) -> "Services": ...

    def set_account(self, account: Any) -> None: ...

    def show_message(self, text: str) -> None: ...


class IdleWatch(QObject):
    """Fires `idle` after a stretch without input in any of the application's windows.

    It watches the top-level windows (the window system hands them every key, click and
    move before the widgets see it), not the application: a filter on the application is
    asked about every event of every object in Python, and the first event of an object of
    a class it had not met made PySide set up every Qt class there is (a tenth of a second
    and more on the GUI thread)."""

    idle = Signal()

    def __init__(self, *, minutes: int, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.set_minutes(minutes)
        self.timer.timeout.connect(self.idle)
        self._windows: list[QWindow] = []
        self._watching = False  # following the windows as they come forward

    def set_minutes(self, minutes: int) -> None:
        self.timer.setInterval(max(1, minutes) * 60_000)

    def start(self) -> None:
        app = QGuiApplication.instance()
        if not self._watching and isinstance(app, QGuiApplication):
            self._watching = True
            app.focusWindowChanged.connect(self.on_focus_window_changed)
            for window in QGuiApplication.topLevelWindows():
                self.on_focus_window_changed(window)
        self.timer.start()

    def stop(self) -> None:
        app = QGuiApplication.instance()
        if self._watching and isinstance(app, QGuiApplication):
            app.focusWindowChanged.disconnect(self.on_focus_window_changed)
        self._watching = False
        for window in self._windows:
            if isValid(window):
                window.removeEventFilter(self)
        self._windows = []
        self.timer.stop()

    @Slot(QWindow)
    def on_focus_window_changed(self, window: QWindow | None) -> None:
        """Watch each window as it comes forward (a form opened is a window of its own)."""
        if window is None or window in self._windows:
            return
        self._windows = [w for w in self._windows if isValid(w)]
        self._windows.append(window)
        window.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() in ACTIVITY and self.timer.isActive():
            self.timer.start()  # someone is here: wait the whole stretch again
        return False


def role_words(context: QObject, role: str) -> str:
    """A role as the window names it."""
    words = {"front_desk": context.tr("front desk"), "organizer": context.tr("organizer"),
             "manager": context.tr("manager"), "admin": context.tr("administrator")}
    return words.get(str(role), str(role).replace("_", " "))


class Actions(Protocol):
    """The window's session actions."""

    lock_action: QAction
    switch_user_action: QAction
    password_action: QAction
    accounts_action: QAction
    audit_action: QAction


class SessionControl(QObject):
    """Signs people in and out of one window."""

    def __init__(self, *, host: Host, window: QWidget, remember: Callable[[str], None],
                 actions: Actions) -> None:
        super().__init__(window)
        self._host = host
        self._window = window
        self._remember = remember
        self._actions = actions
        self.account: Any = None
        self.locked = False
        self.idle = IdleWatch(minutes=10, parent=self)
        self._connect_signals()

    def _connect_signals(self) -> None:
        self.idle.idle.connect(self.on_idle_idle)
        self._actions.lock_action.triggered.connect(self.lock)
        self._actions.switch_user_action.triggered.connect(self.switch_user)
        self._actions.password_action.triggered.connect(self.set_password)
        self._actions.accounts_action.triggered.connect(self.on_accounts_action_triggered)
        self._actions.audit_action.triggered.connect(self.on_audit_action_triggered)

    # ----- signing in -------------------------------------------------------------------------

    def start(self, last_user: str) -> bool:
        """Sign someone in as the window opens: at once when the remembered account has no
        password (a fresh install opens straight away), else through the dialog. False when
        the person quit instead."""
        services = self._host.services
        account = None
        if last_user:
            account = self._passwordless(last_user)
        if account is None:
            account = SignInDialog.ask(services=services, user=last_user, cover=self._window)
            if account is None:
                return False
        self._signed_in(account)
        return True

    def _passwordless(self, user: str) -> Any:
        """The account signed in, when it has no password; None when it needs the dialog."""
        try:
            return self._host.services.accounts.sign_in(user, "")
        except BookingError:
            return None

    def _signed_in(self, account: Any) -> None:
        self.account = account
        self._remember(account.username)
        self._host.set_account(account)
        self.idle.set_minutes(self._host.services.settings.idle_lock_minutes())
        self.idle.start()
        if account.role in NO_PASSWORD_ROLES and not account.has_password:
            self._offer_password(account)

    def _offer_password(self, account: Any) -> None:
        self._host.show_message(self.tr(
            "{0} has no password: anyone at this desk can act as {0}. "
            "Set one with File → Set my password….").format(account.username))
        if PasswordDialog.offer(username=account.username, parent=self._window):
            self.set_password()

    @Slot()
    def set_password(self) -> None:
        """Let the signed-in person set (or change) their own password."""
        if self.account is None:
            return
        account = self.account
        needs_current = account.has_password and account.role != "admin"
        if PasswordDialog.ask(services=self._host.services, username=account.username,
                              needs_current=needs_current, parent=self._window):
            self.account = replace(account, has_password=True)
            self._host.show_message(self.tr("Password set for {0}.").format(
                account.username))

    # ----- lock and switch user ---------------------------------------------------------------

    @Slot()
    def lock(self) -> None:
        """Cover the window until its account (or, after Switch user, another) signs in."""
        if self.account is None or self.locked:
            return
        self.locked = True
        self.idle.stop()
        try:
            account = SignInDialog.ask(services=self._host.services, user=self.account.username,
                                       locked=True, cover=self._window)
        finally:
            self.locked = False
        if account is None:
            return
        if account.username != self.account.username:
            self._close_forms()
        self._signed_in(account)

    @Slot()
    def switch_user(self) -> None:
        """Let another person sign in at this window (open forms are closed first)."""
        account = SignInDialog.ask(services=self._host.services, user="", cover=self._window,
                                   switching=True)
        if account is None:
            return
        if self.account is None or account.username != self.account.username:
            self._close_forms()
        self._signed_in(account)

    def _close_forms(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible() and \
                    not isinstance(widget, SignInDialog):
                widget.reject()

    @Slot()
    def on_idle_idle(self) -> None:
        self.lock()

    @Slot()
    def on_accounts_action_triggered(self) -> None:
        from ui.session.accounts_screen import AccountsDialog  # loaded when first asked for

        AccountsDialog.show_for(services=self._host.services, parent=self._window)

    @Slot()
    def on_audit_action_triggered(self) -> None:
        from ui.session.audit_view import AuditDialog

        AuditDialog.show_for(services=self._host.services, parent=self._window)
