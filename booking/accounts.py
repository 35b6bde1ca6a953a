"""Accounts and sign-in: administrators add, change and disable accounts; everyone signs in.

A password is checked against its Argon2id hash (booking.passwords) and never kept. Failed
sign-ins in a row slow the next attempt down, and every MAX_FAILURES-th one locks the account
for a while (longer each time, up to LONGEST_LOCK); a successful sign-in starts the count
again. An account without a password signs in without one, so a fresh install opens at once.
"""

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, func
from sqlmodel import Session, col, select

from booking.errors import BadInput, NotPermitted, RuleRefused
from booking.i18n import N_, _
from booking.lookups import actor_account, add_audit, clean_text, organization_named
from booking.passwords import Passwords
from booking.permissions import Action, require
from booking.statuses import Role
from booking.store.db import read_session, write_session
from booking.store.models import Account, Organization
from booking.store.writers import retrying_use_cases
from booking.timeutil import hhmm, iso_local, local, when
from booking.tool_views import AccountInfo

log = logging.getLogger("ruang.accounts")

MAX_FAILURES = 5
FIRST_LOCK = timedelta(minutes=5)
LONGEST_LOCK = timedelta(hours=1)
# Seconds a failed sign-in waits per failure in a row, and at most.
PAUSE_PER_FAILURE = 0.2
LONGEST_PAUSE = 2.0
MAX_DISPLAY_NAME = 100
USERNAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,59}")

ROLE_WORDS = {"frontdesk": Role.FRONT_DESK, "front_desk": Role.FRONT_DESK,
              "front desk": Role.FRONT_DESK, "front-desk": Role.FRONT_DESK,
              "organizer": Role.ORGANIZER, "organiser": Role.ORGANIZER,
              "manager": Role.MANAGER, "admin": Role.ADMIN, "administrator": Role.ADMIN}


def role_of(text: str) -> Role:
    """A role as a person types it: frontdesk (front_desk, front desk), organizer, manager,
    admin."""
    found = ROLE_WORDS.get(" ".join(str(text).split()).lower())
    if found is None:
        raise BadInput(_("there is no role '{role}'; choose frontdesk, organizer, manager or "
                         "admin").format(role=text))
    return found


def lock_for(failures: int) -> timedelta | None:
    """How long the failures in a row lock the account for: 5 minutes at the 5th, doubling
    at each further 5th, capped; None when this failure locks nothing."""
    if failures < MAX_FAILURES or failures % MAX_FAILURES:
        return None
    doublings = failures // MAX_FAILURES - 1
    if doublings >= 10:  # already far past the cap; keep the number small
        return LONGEST_LOCK
    return min(FIRST_LOCK * (1 << doublings), LONGEST_LOCK)


def pause_for(failures: int) -> float:
    """Seconds to wait after a failed sign-in: longer the more failures in a row."""
    return min(PAUSE_PER_FAILURE * max(failures, 1), LONGEST_PAUSE)


def _until(moment: datetime, now: datetime) -> str:
    """The unlock moment in the building's time: the clock time today, else date and time."""
    return hhmm(moment) if local(moment).date() == local(now).date() else when(moment)


def _locked_message(account: Account, now: datetime) -> str:
    assert account.locked_until is not None
    return _("'{user}' is locked until {until} after {n} failed sign-ins; try again then, or "
             "ask an administrator to unlock it (account enable {user})").format(
                 user=account.username, until=_until(account.locked_until, now),
                 n=account.failed_sign_ins)


def account_info(session: Session, account: Account) -> AccountInfo:
    """The read model of one account."""
    organization = (session.get(Organization, account.organization_id)
                    if account.organization_id is not None else None)
    assert account.id is not None
    return AccountInfo(
        id=account.id, username=account.username, display_name=account.display_name,
        role=account.role, organization=organization.name if organization else None,
        enabled=account.active, has_password=account.password_hash is not None,
        created_at=account.created_at, last_sign_in_at=account.last_sign_in_at,
        locked_until=account.locked_until, failed_sign_ins=account.failed_sign_ins)


def _audit_state(info: AccountInfo) -> dict[str, object]:
    """What the audit trail keeps of an account: never its password or hash."""
    return {"username": info.username, "display_name": info.display_name, "role": info.role,
            "organization": info.organization, "enabled": info.enabled,
            "has_password": info.has_password}


def _find(session: Session, username: str) -> Account:
    name = str(username).strip()
    found = session.exec(select(Account).where(Account.username == name)).first()
    if found is None:
        found = session.exec(select(Account).where(
            func.lower(Account.username) == name.lower())).first()
    if found is None:
        raise BadInput(_("there is no account '{name}'; see 'account list'").format(
            name=username))
    return found


def _enabled_admins(session: Session) -> int:
    return len(session.exec(select(Account.id).where(
        Account.role == Role.ADMIN, col(Account.active).is_(True))).all())


@dataclass(frozen=True)
class _Attempt:
    """What the slow part of a sign-in (the hash check) found, before anything is written."""

    account_id: int | None
    matched: bool


class PasswordNeeded(NotPermitted):
    """The account has a password and none was given (a prompt may still ask for it)."""


@retrying_use_cases
class AccountService:
    """Account management (administrators) and sign-in (everyone), one transaction each."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime],
                 passwords: Passwords | None = None,
                 pause: Callable[[float], None] = time.sleep) -> None:
        self.engine = engine
        self.now = now
        self.passwords = passwords or Passwords()
        # Waits after a failed sign-in; tests hand in one that records instead of sleeping.
        self.pause = pause

    # Sign-in

    def sign_in(self, username: str, password: str | None) -> AccountInfo:
        """The account, when the password is right (or it has none and none is needed).

        Refuses (NotPermitted) an unknown or disabled account and a wrong password alike,
        a locked account saying when it unlocks, and (PasswordNeeded) a missing password.
        Failures count towards the lock; a success resets the count, records the sign-in and
        rehashes under changed parameters. An account without a password writes nothing: the
        command line signs it in at every command, and there is nothing to prove or count.
        """
        now = self.now()
        with read_session(self.engine) as session:
            account = session.exec(select(Account).where(
                Account.username == str(username))).first()
            if account is not None and account.locked_until is not None \
                    and account.locked_until > now:
                raise NotPermitted(_locked_message(account, now))
            attempt = self._check(account, password)
            if attempt.matched and account is not None and account.password_hash is None \
                    and not account.failed_sign_ins and account.locked_until is None:
                return account_info(session, account)
        if attempt.account_id is None:
            self.pause(pause_for(1))
            raise NotPermitted(_("wrong password for '{name}'").format(name=username))
        with write_session(self.engine) as session:
            account = session.get(Account, attempt.account_id)
            assert account is not None
            if attempt.matched:
                return self._signed_in(session, account, password, now)
            failures, message = self._failed(session, account, now)
        log.warning("failed sign-in for %s (%d in a row)", account.username, failures)
        self.pause(pause_for(failures))
        raise NotPermitted(message)

    def _check(self, account: Account | None, password: str | None) -> _Attempt:
        if account is None or not account.active:
            self.passwords.waste_time(password or "")
            return _Attempt(None, False)
        if account.password_hash is None:
            return _Attempt(account.id, True)
        if not password:
            raise PasswordNeeded(_("'{name}' has a password: give it to sign in").format(
                name=account.username))
        return _Attempt(account.id, self.passwords.verify(account.password_hash, password))

    def _signed_in(self, session: Session, account: Account, password: str | None,
                   now: datetime) -> AccountInfo:
        account.failed_sign_ins = 0
        account.locked_until = None
        account.last_sign_in_at = now
        if account.password_hash is not None and password \
                and self.passwords.needs_rehash(account.password_hash):
            account.password_hash = self.passwords.hash(password)
        session.add(account)
        session.flush()
        return account_info(session, account)

    def _failed(self, session: Session, account: Account, now: datetime) -> tuple[int, str]:
        account.failed_sign_ins += 1
        failures = account.failed_sign_ins
        message = _("wrong password for '{name}'").format(name=account.username)
        lock = lock_for(failures)
        if lock is not None:
            account.locked_until = now + lock
            add_audit(session, None, now, "account.locked", "account", account.id, None,
                      {"username": account.username, "failed_sign_ins": failures,
                       "locked_until": iso_local(account.locked_until)}, "")
            message = _("{message}; {locked}").format(message=message,
                                                      locked=_locked_message(account, now))
        session.add(account)
        return failures, message

    # Management (administrators)

    def list(self, *, actor: str | int) -> list[AccountInfo]:
        """Every account, by user name."""
        with read_session(self.engine) as session:
            require(actor_account(session, actor), Action.ACCOUNTS)
            rows = session.exec(select(Account).order_by(col(Account.username))).all()
            return [account_info(session, a) for a in rows]

    def get(self, *, actor: str | int, username: str) -> AccountInfo:
        """One account: one's own for anybody, any for administrators."""
        with read_session(self.engine) as session:
            acting = actor_account(session, actor)
            account = _find(session, username)
            if account.id != acting.id:
                require(acting, Action.ACCOUNTS)
            return account_info(session, account)

    def add(self, *, actor: str | int, username: str, role: str,
            display_name: str | None = None, organization: str | None = None,
            password: str | None = None) -> AccountInfo:
        """A new account (without a password unless one is given)."""
        name = str(username).strip()
        if not USERNAME.fullmatch(name):
            raise BadInput(_("'{name}' cannot be a user name: use 1 to 60 letters, digits, "
                             "dots, hyphens or underscores, starting with a letter or digit")
                           .format(name=username))
        wanted = role_of(role)
        shown = clean_text(display_name if display_name is not None else name,
                           what=N_("display name"), limit=MAX_DISPLAY_NAME) or name
        hashed = self.passwords.hash(password) if password is not None else None
        now = self.now()
        with write_session(self.engine) as session:
            acting = actor_account(session, actor)
            require(acting, Action.ACCOUNTS)
            taken = session.exec(select(Account).where(
                func.lower(Account.username) == name.lower())).first()
            if taken is not None:
                raise BadInput(_("there is already an account '{name}'").format(
                    name=taken.username))
            account = Account(username=name, display_name=shown, role=wanted,
                              password_hash=hashed, created_at=now)
            account.organization_id = self._organization_for(session, acting, wanted,
                                                             organization, None, now)
            session.add(account)
            session.flush()
            info = account_info(session, account)
            add_audit(session, acting, now, "account.added", "account", account.id, None,
                      _audit_state(info), "")
            return info

    def passwd(self, *, actor: str | int, username: str, password: str,
               current_password: str | None = None) -> AccountInfo:
        """Set an account's password: administrators any account's; anyone their own, given
        the current one (when it has one)."""
        hashed = self.passwords.hash(password)
        now = self.now()
        with write_session(self.engine) as session:
            acting = actor_account(session, actor)
            account = _find(session, username)
            if account.id != acting.id:
                require(acting, Action.ACCOUNTS)
            elif acting.role != Role.ADMIN and account.password_hash is not None and not (
                    current_password
                    and self.passwords.verify(account.password_hash, current_password)):
                raise NotPermitted(_("wrong password for '{name}'").format(
                    name=account.username))
            before = _audit_state(account_info(session, account))
            account.password_hash = hashed
            account.failed_sign_ins = 0
            account.locked_until = None
            session.add(account)
            session.flush()
            info = account_info(session, account)
            # The trail records that the password changed, never what it is.
            add_audit(session, acting, now, "account.password_set", "account", account.id,
                      before, _audit_state(info), "")
            return info

    def set_role(self, *, actor: str | int, username: str, role: str,
                 organization: str | None = None) -> AccountInfo:
        """Give an account another role (an organizer acts for an organization)."""
        wanted = role_of(role)
        now = self.now()
        with write_session(self.engine) as session:
            acting = actor_account(session, actor)
            require(acting, Action.ACCOUNTS)
            account = _find(session, username)
            if account.role == Role.ADMIN and wanted != Role.ADMIN and account.active \
                    and _enabled_admins(session) <= 1:
                raise RuleRefused(_("'{name}' is the last enabled administrator; make another "
                                    "account an admin first").format(name=account.username),
                                  rule="last_admin")
            before = _audit_state(account_info(session, account))
            account.organization_id = self._organization_for(
                session, acting, wanted, organization, account.organization_id, now)
            account.role = wanted
            session.add(account)
            session.flush()
            info = account_info(session, account)
            add_audit(session, acting, now, "account.role_changed", "account", account.id,
                      before, _audit_state(info), "")
            return info

    def disable(self, *, actor: str | int, username: str) -> AccountInfo:
        """Stop an account from signing in or acting (its history stays)."""
        now = self.now()
        with write_session(self.engine) as session:
            acting = actor_account(session, actor)
            require(acting, Action.ACCOUNTS)
            account = _find(session, username)
            if account.role == Role.ADMIN and account.active and _enabled_admins(session) <= 1:
                raise RuleRefused(_("'{name}' is the last enabled administrator; enable or add "
                                    "another admin first").format(name=account.username),
                                  rule="last_admin")
            return self._set_enabled(session, acting, account, False, now)

    def enable(self, *, actor: str | int, username: str) -> AccountInfo:
        """Let an account sign in again; this also lifts a lock after failed sign-ins."""
        now = self.now()
        with write_session(self.engine) as session:
            acting = actor_account(session, actor)
            require(acting, Action.ACCOUNTS)
            return self._set_enabled(session, acting, _find(session, username), True, now)

    def _set_enabled(self, session: Session, acting: Account, account: Account, enabled: bool,
                     now: datetime) -> AccountInfo:
        earlier = account_info(session, account)
        before = {**_audit_state(earlier), "locked": earlier.locked(now)}
        account.active = enabled
        if enabled:
            account.failed_sign_ins = 0
            account.locked_until = None
        session.add(account)
        session.flush()
        info = account_info(session, account)
        after = {**_audit_state(info), "locked": info.locked(now)}
        if before != after:
            add_audit(session, acting, now,
                      "account.enabled" if enabled else "account.disabled", "account",
                      account.id, before, after, "")
        return info

    @staticmethod
    def _organization_for(session: Session, acting: Account, role: Role,
                          organization: str | None, current: int | None,
                          now: datetime) -> int | None:
        """The organization an account of this role acts for: organizers need one."""
        if role != Role.ORGANIZER:
            if organization is not None and organization.strip():
                raise BadInput(_("only an organizer acts for an organization; leave the "
                                 "organization out"))
            return None
        found = organization_named(session, organization, acting, now)
        if found is not None:
            return found.id
        if current is not None:
            return current
        raise BadInput(_("an organizer acts for an organization; name it (an existing one or "
                         "a new name)"))
