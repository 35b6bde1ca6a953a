"""Table model of the accounts: who, their role and organization, password, state, sign-ins."""

from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    Qt,
)

from booking.timeutil import local
from booking.tool_views import AccountInfo
from ui.i18n import QT_TR_NOOP
from ui.models.rows import RowsModel
from ui.qdates import shown


def _tr(text: str) -> str:
    return QCoreApplication.translate("AccountsModel", text)


class AccountsModel(RowsModel):
    """Columns: user name, name, role, organization, password, state, last sign-in."""

    COLUMNS = (QT_TR_NOOP("User name"), QT_TR_NOOP("Name"), QT_TR_NOOP("Role"),
               QT_TR_NOOP("Organization"), QT_TR_NOOP("Password"), QT_TR_NOOP("State"),
               QT_TR_NOOP("Last sign-in"))

    def __init__(self, *, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._now = now

    def set_accounts(self, accounts: list[AccountInfo], *, now: datetime) -> None:
        self._now = now
        self._set_rows(accounts)

    def account_at(self, row: int) -> AccountInfo | None:
        found: AccountInfo | None = self._row(row)
        return found

    def row_of(self, username: str) -> int:
        return next((i for i, a in enumerate(self._rows) if a.username == username), -1)

    def state(self, account: AccountInfo) -> str:
        if not account.enabled:
            return _tr("disabled")
        if account.locked_until is not None and account.locked(self._now):
            return _tr("locked until {0:%H:%M}").format(local(account.locked_until))
        return _tr("enabled")

    def cell(self, account: AccountInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            seen = account.last_sign_in_at
            values = (account.username, account.display_name, role_text(account.role),
                      account.organization or "",
                      _tr("set") if account.has_password else _tr("none"),
                      self.state(account),
                      f"{shown(local(seen)):%a %d %b %Y %H:%M}" if seen else _tr("never"))
            return values[column]
        if role == Qt.ItemDataRole.ForegroundRole and not account.enabled:
            return Qt.GlobalColor.gray
        return None


def role_text(role: str) -> str:
    """A role as the screens name it."""
    words = {"front_desk": _tr("front desk"), "organizer": _tr("organizer"),
             "manager": _tr("manager"), "admin": _tr("administrator")}
    return words.get(str(role), str(role).replace("_", " "))


ROLES = ("front_desk", "organizer", "manager", "admin")
