"""Setting a password: typed twice, never shown, handed straight to the account service."""

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from ui.dialog.widgets import ERROR_COLOUR
from ui.plain import PlainLabel

if TYPE_CHECKING:
    from booking.services import Services


class PasswordDialog(QDialog):
    """A new password for one account, typed twice; OK only when both agree."""

    def __init__(self, *, services: "Services", username: str, needs_current: bool = False,
                 parent: QWidget | None = None) -> None:
        """needs_current: a person changing their own password gives the current one."""
        super().__init__(parent)
        self.setObjectName("passwordDialog")
        self._services = services
        self._username = username
        self.current_edit = QLineEdit(self)
        self.current_edit.setObjectName("currentPasswordEdit")
        self.current_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.current_label = PlainLabel(self)
        self.current_label.setBuddy(self.current_edit)
        self.question = PlainLabel(self)
        self.question.setWordWrap(True)
        self.first_edit = QLineEdit(self)
        self.first_edit.setObjectName("newPasswordEdit")
        self.second_edit = QLineEdit(self)
        self.second_edit.setObjectName("repeatPasswordEdit")
        for edit in (self.first_edit, self.second_edit):
            edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.first_label = PlainLabel(self)
        self.first_label.setBuddy(self.first_edit)
        self.second_label = PlainLabel(self)
        self.second_label.setBuddy(self.second_edit)
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("passwordMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        form = QFormLayout()
        if needs_current:
            form.addRow(self.current_label, self.current_edit)
        else:
            self.current_label.hide()
            self.current_edit.hide()
        form.addRow(self.first_label, self.first_edit)
        form.addRow(self.second_label, self.second_edit)
        box = QVBoxLayout(self)
        box.addWidget(self.question)
        box.addLayout(form)
        box.addWidget(self.message_label)
        box.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._connect_signals()
        self.retranslate_ui()

    def _connect_signals(self) -> None:
        self.first_edit.textChanged.connect(self.on_any_edit_text_changed)
        self.second_edit.textChanged.connect(self.on_any_edit_text_changed)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Set password"))
        self.question.setText(self.tr("A new password for {0}:").format(self._username))
        self.current_label.setText(self.tr("&Current password"))
        self.first_label.setText(self.tr("&New password"))
        self.second_label.setText(self.tr("&Again"))
        self.on_any_edit_text_changed()

    @Slot()
    def on_any_edit_text_changed(self) -> None:
        first, second = self.first_edit.text(), self.second_edit.text()
        self.ok_button.setEnabled(bool(first) and first == second)
        self.message_label.setText(
            self.tr("The two do not match yet.") if second and first != second else "")

    @Slot()
    def on_buttons_accepted(self) -> None:
        if not self.ok_button.isEnabled():
            return
        password = self.first_edit.text()
        current = self.current_edit.text() if self.current_edit.isVisibleTo(self) else None
        try:
            self._services.accounts.passwd(actor=self._services.actor, username=self._username,
                                           password=password, current_password=current)
        except BookingError as error:
            self.message_label.setText(self.tr("Not set: {0}").format(error.message))
            return
        finally:
            for edit in (self.current_edit, self.first_edit, self.second_edit):
                edit.clear()
        self.accept()

    @classmethod
    def ask(cls, *, services: "Services", username: str, needs_current: bool = False,
            parent: QWidget | None = None) -> bool:
        """Ask for the new password and set it; True once it is set."""
        dialog = cls(services=services, username=username, needs_current=needs_current,
                     parent=parent)
        try:
            return dialog.exec() == QDialog.DialogCode.Accepted
        finally:
            dialog.deleteLater()

    @classmethod
    def offer(cls, *, username: str, parent: QWidget | None = None) -> bool:
        """Tell a manager or admin their account has no password; True to set one now."""
        box = QMessageBox(parent)
        box.setObjectName("noPasswordBox")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setTextFormat(Qt.TextFormat.PlainText)
        def tr(text: str) -> str:
            return QCoreApplication.translate("PasswordDialog", text)
        box.setWindowTitle(tr("No password"))
        box.setText(tr("{0} has no password, so anyone at this desk can approve events, "
                       "override rules and change closures as {0}.").format(username))
        box.setInformativeText(tr("Set a password now?"))
        now = box.addButton(tr("Set password…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is now
