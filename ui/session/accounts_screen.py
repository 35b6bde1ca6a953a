"""The Accounts screen (Building → Accounts…, administrators): add, password, role, disable.

Everything goes through the account service, which checks again that the signed-in account
is an administrator and that the last enabled administrator stays one.
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from booking.errors import BookingError
from booking.tool_views import AccountInfo
from ui.dialog.widgets import ERROR_COLOUR, OK_COLOUR
from ui.models.accounts_model import ROLES, AccountsModel, role_text
from ui.models.rows import refresh_words
from ui.plain import PlainLabel
from ui.session.passwords import PasswordDialog
from ui.tables import row_table

if TYPE_CHECKING:
    from booking.services import Services

IDLE_KEY = "idle_lock_minutes"


class NewAccountDialog(QDialog):
    """User name, name, role and (for an organizer) organization of a new account."""

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("newAccountDialog")
        self._services = services
        self.account: AccountInfo | None = None
        self.user_edit = QLineEdit(self)
        self.user_edit.setObjectName("newUserEdit")
        self.user_edit.setMaxLength(60)
        self.name_edit = QLineEdit(self)
        self.name_edit.setObjectName("newNameEdit")
        self.role_combo = QComboBox(self)
        self.role_combo.setObjectName("newRoleCombo")
        for role in ROLES:
            self.role_combo.addItem(role_text(role), role)
        self.org_edit = QLineEdit(self)
        self.org_edit.setObjectName("newOrgEdit")
        self.labels = [PlainLabel(self) for _ in range(4)]
        form = QFormLayout()
        for label, field in zip(self.labels, (self.user_edit, self.name_edit, self.role_combo,
                                              self.org_edit), strict=True):
            label.setBuddy(field)
            form.addRow(label, field)
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("newAccountMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        box = QVBoxLayout(self)
        box.addLayout(form)
        box.addWidget(self.message_label)
        box.addWidget(self.buttons)
        self.setMinimumWidth(420)
        self._connect_signals()
        self.retranslate_ui()
        self.on_role_combo_current_index_changed(0)

    def _connect_signals(self) -> None:
        self.role_combo.currentIndexChanged.connect(self.on_role_combo_current_index_changed)
        self.buttons.accepted.connect(self.on_buttons_accepted)
        self.buttons.rejected.connect(self.reject)

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("New account"))
        for label, text in zip(self.labels, (self.tr("&User name"), self.tr("&Name"),
                                             self.tr("&Role"), self.tr("&Organization")),
                               strict=True):
            label.setText(text)
        self.user_edit.setPlaceholderText(self.tr("e.g. sari (letters, digits, . - _)"))
        self.org_edit.setPlaceholderText(self.tr("The organization an organizer acts for"))

    @Slot(int)
    def on_role_combo_current_index_changed(self, _index: int) -> None:
        self.org_edit.setEnabled(self.role_combo.currentData() == "organizer")

    @Slot()
    def on_buttons_accepted(self) -> None:
        organization = self.org_edit.text().strip() if self.org_edit.isEnabled() else ""
        try:
            self.account = self._services.accounts.add(
                actor=self._services.actor, username=self.user_edit.text(),
                role=str(self.role_combo.currentData()),
                display_name=self.name_edit.text().strip() or None,
                organization=organization or None)
        except BookingError as error:
            self.message_label.setText(self.tr("Not saved: {0}").format(error.message))
            return
        self.accept()


class AccountsDialog(QDialog):
    """Every account, and what an administrator does with them."""

    def __init__(self, *, services: "Services", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("accountsDialog")
        self._services = services
        self.model = AccountsModel(now=services.now(), parent=self)
        self.table = row_table(self, self.model, name="accountsTable",
                               widths=(110, 170, 110, 0, 80, 130, 150), stretch=3)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addAccountButton")
        self.password_button = QPushButton(self)
        self.password_button.setObjectName("setPasswordButton")
        self.role_button = QPushButton(self)
        self.role_button.setObjectName("roleButton")
        self.enable_button = QPushButton(self)
        self.enable_button.setObjectName("enableButton")
        self.idle_label = PlainLabel(self)
        self.idle_spin = QSpinBox(self)
        self.idle_spin.setObjectName("idleSpin")
        self.idle_spin.setRange(1, 240)
        self.idle_label.setBuddy(self.idle_spin)
        self.idle_button = QPushButton(self)
        self.idle_button.setObjectName("idleButton")
        self.message_label = PlainLabel(self)
        self.message_label.setObjectName("accountsMessage")
        self.message_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        row = QHBoxLayout()
        for button in (self.add_button, self.password_button, self.role_button,
                       self.enable_button):
            row.addWidget(button)
        row.addStretch(1)
        idle = QHBoxLayout()
        idle.addWidget(self.idle_label)
        idle.addWidget(self.idle_spin)
        idle.addWidget(self.idle_button)
        idle.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        layout.addLayout(idle)
        layout.addWidget(self.message_label)
        layout.addWidget(self.buttons)
        self.resize(900, 420)
        self._connect_signals()
        self.retranslate_ui()
        self.idle_spin.setValue(services.settings.idle_lock_minutes())
        self.reload()

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(self.on_add_button_clicked)
        self.password_button.clicked.connect(self.on_password_button_clicked)
        self.role_button.clicked.connect(self.on_role_button_clicked)
        self.enable_button.clicked.connect(self.on_enable_button_clicked)
        self.idle_button.clicked.connect(self.on_idle_button_clicked)
        self.buttons.rejected.connect(self.reject)
        self.table.selectionModel().selectionChanged.connect(self.on_table_selection_changed)

    def retranslate_ui(self) -> None:
        refresh_words(self.model)
        self.setWindowTitle(self.tr("Accounts"))
        self.add_button.setText(self.tr("&Add…"))
        self.password_button.setText(self.tr("Set &password…"))
        self.role_button.setText(self.tr("&Role…"))
        self.idle_label.setText(self.tr("Lock a window left idle after (minutes):"))
        self.idle_button.setText(self.tr("Appl&y"))
        self.on_table_selection_changed()

    def reload(self, select: str | None = None) -> None:
        current = self.selected()
        keep = select or (current.username if current is not None else None)
        self.model.set_accounts(self._services.accounts.list(actor=self._services.actor),
                                now=self._services.now())
        if keep is not None and self.model.row_of(keep) >= 0:
            self.table.selectRow(self.model.row_of(keep))
        self.on_table_selection_changed()

    def selected(self) -> AccountInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.account_at(rows[0].row()) if rows else None

    def _say(self, text: str, *, error: bool = False) -> None:
        self.message_label.setText(text)
        self.message_label.setStyleSheet(f"color: {ERROR_COLOUR if error else OK_COLOUR};")

    @Slot()
    def on_table_selection_changed(self) -> None:
        account = self.selected()
        for button in (self.password_button, self.role_button, self.enable_button):
            button.setEnabled(account is not None)
        self.enable_button.setText(self.tr("&Enable") if account and not account.enabled
                                   else self.tr("&Disable…"))

    @Slot()
    def on_add_button_clicked(self) -> None:
        dialog = NewAccountDialog(services=self._services, parent=self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.account is not None:
                self.reload(select=dialog.account.username)
                self._say(self.tr("Added {0}; it has no password until you set one.").format(
                    dialog.account.username))
        finally:
            dialog.deleteLater()

    @Slot()
    def on_password_button_clicked(self) -> None:
        account = self.selected()
        if account is not None and PasswordDialog.ask(
                services=self._services, username=account.username, parent=self):
            self.reload()
            self._say(self.tr("Password set for {0}.").format(account.username))

    @Slot()
    def on_role_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        role = RoleChoice.ask(self, account)
        if role is None or role == account.role:
            return
        self._act(lambda: self._services.accounts.set_role(
            actor=self._services.actor, username=account.username, role=role),
            self.tr("{0} is now {1}.").format(account.username, role_text(role)))

    @Slot()
    def on_enable_button_clicked(self) -> None:
        account = self.selected()
        if account is None:
            return
        if account.enabled:
            if not Confirm.ask(self, self.tr("Disable {0}? They can no longer sign in; their "
                                             "bookings stay.").format(account.username)):
                return
            self._act(lambda: self._services.accounts.disable(
                actor=self._services.actor, username=account.username),
                self.tr("{0} is disabled.").format(account.username))
        else:
            self._act(lambda: self._services.accounts.enable(
                actor=self._services.actor, username=account.username),
                self.tr("{0} is enabled.").format(account.username))

    @Slot()
    def on_idle_button_clicked(self) -> None:
        minutes = self.idle_spin.value()
        self._act(lambda: self._services.settings.set(
            actor=self._services.actor, key=IDLE_KEY, value=minutes),
            self.tr("Windows left idle now lock after {0} minutes (from their next "
                    "sign-in).").format(minutes))

    def _act(self, change: Callable[[], object], done: str) -> None:
        try:
            change()
        except BookingError as error:
            self._say(self.tr("Not changed: {0}").format(error.message), error=True)
            return
        self.reload()
        self._say(done)

    @classmethod
    def show_for(cls, *, services: "Services", parent: QWidget | None = None) -> None:
        dialog = cls(services=services, parent=parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()


class RoleChoice:
    """Which role an account gets (a question tests replace)."""

    @classmethod
    def ask(cls, parent: QWidget, account: AccountInfo) -> str | None:
        names = [role_text(r) for r in ROLES]
        current = ROLES.index(account.role) if account.role in ROLES else 0
        text, ok = QInputDialog.getItem(parent, parent.tr("Role"), parent.tr(
            "Role of {0}:").format(account.username), names, current, False)
        return ROLES[names.index(text)] if ok and text in names else None


class Confirm:
    """A yes/no question tests replace."""

    @classmethod
    def ask(cls, parent: QWidget, question: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, parent.tr("Accounts"), question,
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        return box.exec() == QMessageBox.StandardButton.Yes
