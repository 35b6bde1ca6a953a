"""The one permission table: which role may do which action, and whose things it may touch.

Every use case in the service layer asks here before it changes anything (`require`, and
`require_owner` where ownership counts); the window asks `may` to hide or disable what the
signed-in account may not do. The README's permission table is generated from `TABLE`.

Ownership: an organizer acts only on bookings and events made by them or for their
organization; every other role that may do an action may do it to anyone's.
"""

from collections.abc import Iterator
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

from booking.errors import NotPermitted
from booking.i18n import N_, _
from booking.statuses import Role


class Actor(Protocol):
    """Who acts, as the permission checks and the audit trail see them: an Account, or the
    plain snapshot of one the booking path reads (booking.lookups.ActingAccount)."""

    @property
    def id(self) -> int | None: ...

    @property
    def username(self) -> str: ...

    @property
    def role(self) -> str: ...

    @property
    def organization_id(self) -> int | None: ...


class Action(StrEnum):
    """Everything a person can do to the data, one name each."""

    BOOK = "book"
    MOVE = "move"  # another room or other times (resize included)
    CHANGE = "change"  # title, organization, attendees, contact, notes
    CANCEL = "cancel"
    REINSTATE = "reinstate"
    CHECK_IN = "check_in"
    OVERRIDE = "override"  # save despite a booking rule, with a reason
    SERIES_CREATE = "series_create"
    SERIES_EDIT = "series_edit"
    SERIES_CANCEL = "series_cancel"
    EVENT_REQUEST = "event_request"
    EVENT_WITHDRAW = "event_withdraw"
    EVENT_DECIDE = "event_decide"  # approve or decline a hall request
    CLOSURES = "closures"
    ORGANIZATION_ZONE = "organization_zone"  # the time zone an organization's guests keep
    TERMS = "terms"
    BUILDING_LOAD = "building_load"
    DEMO_DATA = "demo_data"
    ACCOUNTS = "accounts"
    SETTINGS = "settings"
    AUDIT_READ = "audit_read"
    BOOKING_HISTORY = "booking_history"  # one booking's own history, in its dialog
    BACKUP = "backup"
    RESTORE = "restore"
    MIGRATE = "migrate"  # copy the whole database to a server
    REPORTS = "reports"


FRONT_DESK, ORGANIZER, MANAGER, ADMIN = Role.FRONT_DESK, Role.ORGANIZER, Role.MANAGER, Role.ADMIN
EVERYONE = frozenset(Role)
DESK_AND_UP = frozenset({FRONT_DESK, MANAGER, ADMIN})
MANAGERS = frozenset({MANAGER, ADMIN})
ADMINS = frozenset({ADMIN})


@dataclass(frozen=True)
class Permission:
    """Who may do an action, whether an organizer is held to its own things, and the words."""

    roles: frozenset[Role]
    words: str  # completes "… may not {words}"; marked N_(), translated where shown
    owned: bool = False  # organizers: only their own organization's or their own


TABLE: dict[Action, Permission] = {
    Action.BOOK: Permission(EVERYONE, N_("book rooms"), owned=True),
    Action.MOVE: Permission(EVERYONE, N_("move this booking"), owned=True),
    Action.CHANGE: Permission(EVERYONE, N_("change this booking"), owned=True),
    Action.CANCEL: Permission(EVERYONE, N_("cancel this booking"), owned=True),
    Action.REINSTATE: Permission(EVERYONE, N_("reinstate this booking"), owned=True),
    Action.CHECK_IN: Permission(EVERYONE, N_("check this booking in"), owned=True),
    Action.OVERRIDE: Permission(MANAGERS, N_("override a booking rule")),
    Action.SERIES_CREATE: Permission(EVERYONE, N_("book a repeating series"), owned=True),
    Action.SERIES_EDIT: Permission(EVERYONE, N_("change this series"), owned=True),
    Action.SERIES_CANCEL: Permission(EVERYONE, N_("cancel this series"), owned=True),
    Action.EVENT_REQUEST: Permission(EVERYONE, N_("request hall events"), owned=True),
    Action.EVENT_WITHDRAW: Permission(frozenset({ORGANIZER, MANAGER, ADMIN}),
                                      N_("withdraw this hall event"), owned=True),
    Action.EVENT_DECIDE: Permission(MANAGERS, N_("approve or decline hall events")),
    Action.CLOSURES: Permission(MANAGERS, N_("change closures")),
    Action.ORGANIZATION_ZONE: Permission(MANAGERS, N_("set an organization's time zone")),
    Action.TERMS: Permission(MANAGERS, N_("assign rooms to teams for a term")),
    Action.BUILDING_LOAD: Permission(ADMINS, N_("load the building file")),
    Action.DEMO_DATA: Permission(ADMINS, N_("fill the database with demo data")),
    Action.ACCOUNTS: Permission(ADMINS, N_("manage accounts")),
    Action.SETTINGS: Permission(ADMINS, N_("change the building's settings")),
    Action.AUDIT_READ: Permission(MANAGERS, N_("read the audit trail")),
    Action.BOOKING_HISTORY: Permission(EVERYONE, N_("see this booking's history"), owned=True),
    Action.BACKUP: Permission(MANAGERS, N_("back up the database")),
    Action.RESTORE: Permission(ADMINS, N_("restore the database")),
    Action.MIGRATE: Permission(ADMINS, N_("move the database to a server")),
    Action.REPORTS: Permission(MANAGERS, N_("see occupancy reports")),
}


def may(role: str | None, action: Action) -> bool:
    """Whether a role may do an action at all (ownership aside): what the window shows."""
    return role is not None and role in TABLE[action].roles


def require(account: Actor, action: Action) -> None:
    """Refuse (exit 5) unless the account's role may do the action."""
    if not may(account.role, action):
        raise NotPermitted(_("{user} may not {action}").format(
            user=account.username, action=_(TABLE[action].words)))


def owns(account: Actor, *, booked_by_id: int | None, organization_id: int | None) -> bool:
    """Whether something made by `booked_by_id` for `organization_id` is the account's own."""
    if booked_by_id is not None and booked_by_id == account.id:
        return True
    return account.organization_id is not None and organization_id == account.organization_id


def require_owner(account: Actor, action: Action, *, booked_by_id: int | None,
                  organization_id: int | None, belongs_to: str = "") -> None:
    """Refuse unless the role may do the action to this thing (organizers: only their own).

    belongs_to names the owner for the message ("PT Telkom Indonesia").
    """
    require(account, action)
    permission = TABLE[action]
    if permission.owned and account.role == ORGANIZER and not owns(
            account, booked_by_id=booked_by_id, organization_id=organization_id):
        if belongs_to:
            message = _("{user} may not {action}: it belongs to {owner}")
        else:
            message = _("{user} may not {action}: it is not yours")
        raise NotPermitted(message.format(user=account.username, action=_(permission.words),
                                          owner=belongs_to))


def rows() -> Iterator[tuple[Action, dict[Role, str]]]:
    """The table as README rows: each action with 'yes', 'own' or '—' per role."""
    for action, permission in TABLE.items():
        cells = {}
        for role in Role:
            if role not in permission.roles:
                cells[role] = "—"
            elif permission.owned and role == ORGANIZER:
                cells[role] = "own"
            else:
                cells[role] = "yes"
        yield action, cells


def markdown() -> str:
    """The table as the README shows it (a test keeps the two equal)."""
    roles = [str(role).replace("_", " ") for role in Role]
    lines = ["| action | what it allows | " + " | ".join(roles) + " |",
             "|---|---|" + "---|" * len(roles)]
    for action, cells in rows():
        lines.append(f"| `{action.value}` | {TABLE[action].words} | "
                     + " | ".join(cells[role] for role in Role) + " |")
    return "\n".join(lines) + "\n"
