"""Sign in, unlock or switch user: the user name (remembered) and the password.

Locked, the dialog covers the whole window, so nothing behind it can be read, and only the
signed-in account (or, after "Switch user", another one) opens it again.
"""

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from ui.dialog.widgets import ERROR_COLOUR, HINT_COLOUR
from ui.plain import PlainLabel

if TYPE_CHECKING:
    from booking.services import Services

LOCK_STYLE = "QDialog#signInDialog[locked=\"true\"] { background: #2b3640; }"
CARD_STYLE = ("QFrame#signInCard { background: #ffffff; border-radius: 8px; "
              "border: 1px solid #c9ced4; } "
              "QLineEdit[readOnly=\"true\"] { background: #eef0f2; color: #3c4650; }")


class SignInDialog(QDialog):
    """Asks who is at the desk; `account` holds the account signed in once accepted."""

    def __init__(self, *, services: "Services", user: str = "", locked: bool = False,
                 switching: bool = False, parent: QWidget | None = None) -> None:
        """user: the name to offer (the last one, or the account that locked);
        locked: the window is locked for `user`, who unlocks it or switches user;
        switching: another person signs in at a working window (Cancel keeps the current)."""
        super().__init__(parent)
        self.setObjectName("signInDialog")
        self._services = services
        self._locked_user = user if locked else ""
        self._switching = switching
        self.account: Any = None
        self.setProperty("locked", locked)
        self.setStyleSheet(LOCK_STYLE + CARD_STYLE)
        if locked:
            self.setWindowFlag(Qt.WindowType.FramelessWindowHint)
        self.setWindowModality(Qt.WindowModality.ApplicationModal)

        card = QFrame(self)
        card.setObjectName("signInCard")
        card.setFixedWidth(400)
        self.heading = PlainLabel(card)
        self.heading.setObjectName("signInHeading")
        self.heading.setStyleSheet("font-size: 15pt; font-weight: bold;")
        self.heading.setWordWrap(True)
        self.user_edit = QLineEdit(card)
        self.user_edit.setObjectName("userEdit")
        self.user_edit.setMaxLength(60)
        self.user_edit.setText(user)
        self.password_edit = QLineEdit(card)
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.hint_label = PlainLabel(card)
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(f"color: {HINT_COLOUR};")
        self.message_label = PlainLabel(card)
        self.message_label.setObjectName("signInMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message_label.hide()
        self.buttons = QDialogButtonBox(card)
        self.sign_in_button = self.buttons.addButton(
            "", QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setObjectName("signInButton")
        self.sign_in_button.setDefault(True)
        self.switch_button: QPushButton | None = None
        self.quit_button: QPushButton | None = None
        if locked:
            self.switch_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ResetRole)
            self.switch_button.setObjectName("switchUserButton")
            self.switch_button.setAutoDefault(False)
        else:
            self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
            self.quit_button.setObjectName("quitButton")
            self.quit_button.setAutoDefault(False)
        self.user_label = PlainLabel(card)
        self.user_label.setBuddy(self.user_edit)
        self.password_label = PlainLabel(card)
        self.password_label.setBuddy(self.password_edit)
        self.form = QFormLayout()
        self.form.addRow(self.user_label, self.user_edit)
        self.form.addRow(self.password_label, self.password_edit)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 18)
        inner.addWidget(self.heading)
        inner.addSpacing(8)
        inner.addLayout(self.form)
        inner.addWidget(self.hint_label)
        inner.addWidget(self.message_label)
        inner.addSpacing(6)
        inner.addWidget(self.buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        if locked:
            self.user_edit.setReadOnly(True)
        self._connect_signals()
        self.retranslate_ui()
        (self.password_edit if user else self.user_edit).setFocus()

    def _connect_signals(self) -> None:
        self.sign_in_button.clicked.connect(self.on_sign_in_button_clicked)
        if self.switch_button is not None:
            self.switch_button.clicked.connect(self.on_switch_button_clicked)
        if self.quit_button is not None:
            self.quit_button.clicked.connect(self.reject)
        self.user_edit.textEdited.connect(self.on_user_edit_text_edited)

    def retranslate_ui(self) -> None:
        if self._locked_user and self.user_edit.isReadOnly():
            self.setWindowTitle(self.tr("Ruang is locked"))
            self.heading.setText(self.tr("Locked. {0} is signed in.").format(self._locked_user))
            self.hint_label.setText(self.tr(
                "Type the password to go on where you left off, or switch user."))
        elif self._switching:
            self.setWindowTitle(self.tr("Switch user"))
            self.heading.setText(self.tr("Who is at the desk?"))
            self.hint_label.setText(self.tr(
                "Open forms are closed first; what they hold is not saved."))
        else:
            self.setWindowTitle(self.tr("Sign in to Ruang"))
            self.heading.setText(self.tr("Sign in to Ruang"))
            self.hint_label.setText(self.tr(
                "An account without a password signs in with the password left empty."))
        self.user_label.setText(self.tr("&User name"))
        self.password_label.setText(self.tr("&Password"))
        self.sign_in_button.setText(self.tr("Unlock") if self._locked_user else self.tr("Sign in"))
        if self.switch_button is not None:
            self.switch_button.setText(self.tr("Switch &user"))
        if self.quit_button is not None:
            self.quit_button.setText(self.tr("Cancel") if self._switching else self.tr("&Quit"))

    # ----- a locked window opens only by signing in ----------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self._locked_user:
            event.accept()  # Esc does not open a locked window
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._locked_user and self.result() != QDialog.DialogCode.Accepted:
            event.ignore()
            return
        super().closeEvent(event)

    def reject(self) -> None:
        if self._locked_user:
            return
        super().reject()

    # ----- slots ----------------------------------------------------------------------------

    @Slot()
    def on_sign_in_button_clicked(self) -> None:
        user = self.user_edit.text().strip()
        if not user:
            self._say(self.tr("Type your user name."))
            self.user_edit.setFocus()
            return
        password = self.password_edit.text()
        # The typed password is not kept in the widget once it has been tried.
        self.password_edit.clear()
        try:
            self.account = self._services.accounts.sign_in(user, password)
        except BookingError as error:
            self._say(error.message[:1].upper() + error.message[1:] + ".")
            self.password_edit.setFocus()
            return
        self.accept()

    @Slot()
    def on_switch_button_clicked(self) -> None:
        self.user_edit.setReadOnly(False)
        self.user_edit.style().unpolish(self.user_edit)
        self.user_edit.style().polish(self.user_edit)
        self.user_edit.clear()
        self.password_edit.clear()
        self.message_label.hide()
        self.heading.setText(self.tr("Switch user"))
        self.hint_label.setText(self.tr(
            "When someone other than {0} signs in, {0}'s open forms are closed unsaved.")
            .format(self._locked_user))
        self.sign_in_button.setText(self.tr("Sign in"))
        if self.switch_button is not None:
            self.switch_button.hide()
        self.user_edit.setFocus()

    @Slot(str)
    def on_user_edit_text_edited(self, _text: str) -> None:
        self.message_label.hide()

    def _say(self, text: str) -> None:
        self.message_label.setText(text)
        self.message_label.show()

    @classmethod
    def ask(cls, *, services: "Services", user: str = "", locked: bool = False,
            switching: bool = False, cover: QWidget | None = None) -> Any:
        """Show the dialog (covering `cover` when locked) and wait: the account signed in, or
        None when the person quit (or cancelled switching)."""
        dialog = cls(services=services, user=user, locked=locked, switching=switching,
                     parent=cover)
        if locked and cover is not None:
            dialog.setGeometry(cover.frameGeometry())
        try:
            return dialog.account if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()
