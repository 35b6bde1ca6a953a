"""Building-wide settings an administrator changes, typed, with defaults and bounds.

They live in the setting table as text; each is read back as its type, and a value stored
out of bounds (by hand, or by an older version) reads as the default.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine

from booking.errors import BadInput
from booking.i18n import N_, _
from booking.lookups import actor_account, add_audit
from booking.permissions import Action, require
from booking.store.db import read_session, retrying_use_cases, write_session
from booking.store.models import Setting

IDLE_LOCK_MINUTES = "idle_lock_minutes"
BACKUP_DAILY_KEEP = "backup_daily_keep"
BACKUP_WEEKLY_KEEP = "backup_weekly_keep"


@dataclass(frozen=True)
class SettingSpec:
    """One setting: what it means, its default and the whole numbers it accepts."""

    key: str
    meaning: str  # marked N_(), translated where shown
    default: int
    lowest: int
    highest: int

    def parse(self, value: str | int) -> int:
        """The value as given, checked against the bounds."""
        raw = str(value).strip()
        if not (raw.isascii() and raw.isdigit()) or len(raw) > 9:
            raise BadInput(_("{key} is a whole number from {lowest} to {highest}; '{value}' is "
                             "not").format(key=self.key, lowest=self.lowest,
                                           highest=self.highest, value=value))
        number = int(raw)
        if not self.lowest <= number <= self.highest:
            raise BadInput(_("{key} must be from {lowest} to {highest}, not {number}").format(
                key=self.key, lowest=self.lowest, highest=self.highest, number=number))
        return number


SETTINGS = {spec.key: spec for spec in (
    SettingSpec(IDLE_LOCK_MINUTES, N_("minutes without use before the window locks itself"),
                default=10, lowest=1, highest=240),
    SettingSpec(BACKUP_DAILY_KEEP, N_("automatic daily backups kept (one per day)"),
                default=7, lowest=1, highest=366),
    SettingSpec(BACKUP_WEEKLY_KEEP, N_("older automatic backups kept, one per week"),
                default=4, lowest=0, highest=520),
)}


def spec_of(key: str) -> SettingSpec:
    """A setting by its key (idle_lock_minutes or idle-lock-minutes)."""
    found = SETTINGS.get(str(key).strip().lower().replace("-", "_"))
    if found is None:
        raise BadInput(_("there is no setting '{key}'; the settings are {keys}").format(
            key=key, keys=", ".join(SETTINGS)))
    return found


@retrying_use_cases
class SettingsService:
    """Read settings (anyone) and change them (administrators), each change audited."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime]) -> None:
        self.engine = engine
        self.now = now

    def get(self, key: str) -> int:
        """The setting's value, or its default when unset or unusable."""
        spec = spec_of(key)
        with read_session(self.engine) as session:
            row = session.get(Setting, spec.key)
        if row is None:
            return spec.default
        try:
            return spec.parse(row.value)
        except BadInput:
            return spec.default

    def all(self) -> dict[str, int]:
        """Every setting with its value."""
        return {key: self.get(key) for key in SETTINGS}

    def set(self, *, actor: str | int, key: str, value: str | int) -> int:
        """Change a setting; returns the value stored."""
        spec = spec_of(key)
        number = spec.parse(value)
        now = self.now()
        with write_session(self.engine) as session:
            account = actor_account(session, actor)
            require(account, Action.SETTINGS)
            row = session.get(Setting, spec.key)
            before = None if row is None else {"value": row.value}
            if row is None:
                row = Setting(key=spec.key, value=str(number))
            else:
                row.value = str(number)
            session.add(row)
            add_audit(session, account, now, "setting.changed", "setting", None, before,
                      {"key": spec.key, "value": str(number)}, "")
        return number

    def idle_lock_minutes(self) -> int:
        """Minutes without use before the window locks itself."""
        return self.get(IDLE_LOCK_MINUTES)
