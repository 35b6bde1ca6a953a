"""Accounts and sign-in: Argon2id hashes, lockout on the injected clock, the last admin kept,
administrators only, and never a password in the database, the audit trail or the log."""

import logging
from datetime import timedelta

import pytest
from argon2 import PasswordHasher
from sqlalchemy import Engine
from sqlmodel import Session, select

from booking.accounts import AccountService, PasswordNeeded, lock_for, role_of
from booking.errors import BadInput, NotPermitted, RuleRefused
from booking.passwords import Passwords, production_hasher
from booking.settings import SettingsService
from booking.statuses import Role
from booking.store.models import Account, AuditEntry, Organization
from tests.helpers.clock import FakeClock

SECRET = "Kawi-Sunrise-2026"
OTHER = "Bromo-Crater-77"


def cheap(time_cost: int = 1) -> Passwords:
    """Argon2id with tiny costs, so the suite does not spend seconds hashing."""
    return Passwords(PasswordHasher(time_cost=time_cost, memory_cost=8, parallelism=1))


class Pauses(list[float]):
    """Records the waits after failed sign-ins instead of sleeping."""

    def __call__(self, seconds: float) -> None:
        self.append(seconds)


@pytest.fixture
def pauses() -> Pauses:
    return Pauses()


@pytest.fixture
def accounts(memory_engine: Engine, clock: FakeClock, pauses: Pauses) -> AccountService:
    return AccountService(memory_engine, now=clock, passwords=cheap(), pause=pauses)


def _row(engine: Engine, username: str) -> Account:
    with Session(engine) as session:
        found = session.exec(select(Account).where(Account.username == username)).one()
        session.expunge(found)
        return found


def _dump(engine: Engine) -> str:
    """Every row of every table, as SQL text."""
    raw = engine.raw_connection()
    try:
        return "\n".join(raw.driver_connection.iterdump())  # type: ignore[union-attr]
    finally:
        raw.close()


def _audit(engine: Engine, action: str) -> list[AuditEntry]:
    with Session(engine) as session:
        return list(session.exec(select(AuditEntry).where(AuditEntry.action == action)))


def test_the_production_hash_is_argon2id_with_the_parameters_in_one_place() -> None:
    passwords = Passwords()
    hashed = passwords.hash(SECRET)
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert passwords.verify(hashed, SECRET)
    assert not passwords.verify(hashed, OTHER)
    assert not passwords.verify("$argon2id$damaged", SECRET)
    assert not passwords.needs_rehash(hashed)
    assert production_hasher().time_cost == 3


def test_new_passwords_must_be_long_enough(accounts: AccountService,
                                           memory_engine: Engine) -> None:
    for bad, words in (("", "empty"), ("Semeru", "too short"), ("x" * 2000, "too long")):
        with pytest.raises(BadInput, match=words) as refused:
            accounts.passwd(actor="admin", username="manager", password=bad)
        assert not bad or bad not in refused.value.message
    assert _row(memory_engine, "manager").password_hash is None


def test_an_account_without_a_password_signs_in_without_one(
        accounts: AccountService, clock: FakeClock, memory_engine: Engine) -> None:
    info = accounts.sign_in("frontdesk", None)
    assert (info.username, info.role, info.has_password) == ("frontdesk", Role.FRONT_DESK,
                                                            False)
    assert _row(memory_engine, "frontdesk").last_sign_in_at is None  # nothing to record
    accounts.passwd(actor="frontdesk", username="frontdesk", password=SECRET)
    accounts.sign_in("frontdesk", SECRET)
    assert _row(memory_engine, "frontdesk").last_sign_in_at == clock()


def test_a_password_is_needed_once_set(accounts: AccountService, pauses: Pauses) -> None:
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    with pytest.raises(PasswordNeeded, match="'manager' has a password"):
        accounts.sign_in("manager", None)
    with pytest.raises(NotPermitted, match=r"^wrong password for 'manager'$"):
        accounts.sign_in("manager", OTHER)
    assert pauses == [0.2]
    assert accounts.sign_in("manager", SECRET).has_password


def test_unknown_disabled_and_wrong_are_refused_alike(accounts: AccountService) -> None:
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    accounts.disable(actor="admin", username="organizer")
    messages = []
    for username, password in (("nobody", SECRET), ("organizer", SECRET),
                               ("manager", OTHER)):
        with pytest.raises(NotPermitted) as refused:
            accounts.sign_in(username, password)
        messages.append(refused.value.message)
    assert messages == ["wrong password for 'nobody'", "wrong password for 'organizer'",
                        "wrong password for 'manager'"]


def test_failures_slow_down_then_lock_and_the_lock_lifts(
        accounts: AccountService, clock: FakeClock, pauses: Pauses,
        memory_engine: Engine) -> None:
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    for _ in range(4):
        with pytest.raises(NotPermitted, match=r"^wrong password for 'manager'$"):
            accounts.sign_in("manager", OTHER)
    assert pauses == pytest.approx([0.2, 0.4, 0.6, 0.8])
    with pytest.raises(NotPermitted) as fifth:
        accounts.sign_in("manager", OTHER)
    # The clock stands at 08:00 in the building.
    assert fifth.value.message == (
        "wrong password for 'manager'; 'manager' is locked until 08:05 after 5 failed "
        "sign-ins; try again then, or ask an administrator to unlock it (account enable "
        "manager)")
    assert [e.after for e in _audit(memory_engine, "account.locked")] == [
        {"username": "manager", "failed_sign_ins": 5,
         "locked_until": "2026-12-01T08:05:00+07:00"}]
    clock.advance(minutes=4)
    with pytest.raises(NotPermitted, match="locked until 08:05 after 5 failed sign-ins"):
        accounts.sign_in("manager", SECRET)  # even the right password waits
    assert _row(memory_engine, "manager").failed_sign_ins == 5  # a locked try counts nothing
    clock.advance(minutes=1)
    assert accounts.sign_in("manager", SECRET).locked_until is None
    row = _row(memory_engine, "manager")
    assert (row.failed_sign_ins, row.locked_until) == (0, None)


def test_a_repeated_lock_lasts_longer(accounts: AccountService, clock: FakeClock) -> None:
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    for _ in range(5):
        with pytest.raises(NotPermitted):
            accounts.sign_in("manager", OTHER)
    clock.advance(minutes=5)
    for _ in range(4):
        with pytest.raises(NotPermitted, match=r"^wrong password for 'manager'$"):
            accounts.sign_in("manager", OTHER)
    with pytest.raises(NotPermitted, match="locked until 08:15 after 10 failed sign-ins"):
        accounts.sign_in("manager", OTHER)


def test_lock_lengths_double_up_to_an_hour() -> None:
    assert [lock_for(n) for n in (1, 4, 6)] == [None, None, None]
    assert [lock_for(n) for n in (5, 10, 15, 20, 25, 30, 500)] == [
        timedelta(minutes=m) for m in (5, 10, 20, 40, 60, 60, 60)]


def test_a_lock_past_midnight_names_the_day(accounts: AccountService, clock: FakeClock) -> None:
    clock.advance(hours=15, minutes=58)  # 23:58 in the building
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    for _ in range(4):
        with pytest.raises(NotPermitted):
            accounts.sign_in("manager", OTHER)
    with pytest.raises(NotPermitted, match="locked until Wed 02 Dec 2026 00:03"):
        accounts.sign_in("manager", OTHER)


def test_enabling_lifts_a_lock(accounts: AccountService, memory_engine: Engine) -> None:
    accounts.passwd(actor="admin", username="manager", password=SECRET)
    for _ in range(5):
        with pytest.raises(NotPermitted):
            accounts.sign_in("manager", OTHER)
    accounts.enable(actor="admin", username="manager")
    assert accounts.sign_in("manager", SECRET).username == "manager"
    assert [(e.before or {}).get("locked") for e in _audit(memory_engine, "account.enabled")
            ] == [True]


def test_sign_in_rehashes_when_the_parameters_changed(
        memory_engine: Engine, clock: FakeClock, pauses: Pauses) -> None:
    old = AccountService(memory_engine, now=clock, passwords=cheap(1), pause=pauses)
    old.passwd(actor="admin", username="manager", password=SECRET)
    before = _row(memory_engine, "manager").password_hash
    assert before is not None and ",t=1," in before
    new = AccountService(memory_engine, now=clock, passwords=cheap(2), pause=pauses)
    new.sign_in("manager", SECRET)
    after = _row(memory_engine, "manager").password_hash
    assert after is not None and after.startswith("$argon2id$") and ",t=2," in after
    assert new.sign_in("manager", SECRET).username == "manager"


def test_a_password_is_never_stored_audited_or_logged(
        accounts: AccountService, memory_engine: Engine,
        caplog: pytest.LogCaptureFixture) -> None:
    # Ruang's logger may stop at "ruang" (configure_logging): listen there.
    logging.getLogger("ruang").addHandler(caplog.handler)
    caplog.set_level(logging.DEBUG, logger="ruang")
    try:
        accounts.add(actor="admin", username="budi", role="frontdesk", display_name="Budi",
                     password=SECRET)
        accounts.passwd(actor="admin", username="budi", password=OTHER)
        for attempt in (SECRET, "Semeru-Peak-3676"):
            with pytest.raises(NotPermitted) as refused:
                accounts.sign_in("budi", attempt)
            assert attempt not in refused.value.message
        accounts.sign_in("budi", OTHER)
    finally:
        logging.getLogger("ruang").removeHandler(caplog.handler)
    dump = _dump(memory_engine)
    assert "INSERT INTO \"account\"" in dump  # the dump does hold the accounts
    for plain in (SECRET, OTHER, "Semeru-Peak-3676"):
        assert plain not in dump
        assert plain not in caplog.text
    assert "failed sign-in for budi" in caplog.text
    with Session(memory_engine) as session:
        trail = [f"{e.before} {e.after} {e.reason}" for e in session.exec(
            select(AuditEntry).where(AuditEntry.entity == "account"))]
    assert len(trail) == 2
    assert not any("argon2" in line or "password_hash" in line for line in trail)


def test_only_administrators_manage_accounts(accounts: AccountService,
                                             memory_engine: Engine) -> None:
    for call in (lambda: accounts.list(actor="manager"),
                 lambda: accounts.add(actor="manager", username="x", role="admin"),
                 lambda: accounts.set_role(actor="frontdesk", username="frontdesk",
                                           role="admin"),
                 lambda: accounts.disable(actor="organizer", username="admin"),
                 lambda: accounts.enable(actor="manager", username="manager"),
                 lambda: accounts.passwd(actor="manager", username="admin",
                                         password=SECRET)):
        with pytest.raises(NotPermitted, match="may not manage accounts"):
            call()
    assert _row(memory_engine, "frontdesk").role == Role.FRONT_DESK
    assert _row(memory_engine, "admin").password_hash is None
    assert _audit(memory_engine, "account.added") == []


def test_anyone_changes_their_own_password_given_the_current_one(
        accounts: AccountService) -> None:
    accounts.passwd(actor="manager", username="manager", password=SECRET)  # none set yet
    with pytest.raises(NotPermitted, match="wrong password for 'manager'"):
        accounts.passwd(actor="manager", username="manager", password=OTHER)
    with pytest.raises(NotPermitted, match="wrong password for 'manager'"):
        accounts.passwd(actor="manager", username="manager", password=OTHER,
                        current_password="Wrong-Guess-000")
    accounts.passwd(actor="manager", username="manager", password=OTHER,
                    current_password=SECRET)
    assert accounts.sign_in("manager", OTHER).has_password
    assert accounts.get(actor="manager", username="manager").has_password
    with pytest.raises(NotPermitted):
        accounts.get(actor="manager", username="admin")


def test_the_last_enabled_admin_is_kept(accounts: AccountService,
                                        memory_engine: Engine) -> None:
    with pytest.raises(RuleRefused, match="'admin' is the last enabled administrator"):
        accounts.disable(actor="admin", username="admin")
    with pytest.raises(RuleRefused, match="'admin' is the last enabled administrator"):
        accounts.set_role(actor="admin", username="admin", role="manager")
    assert _row(memory_engine, "admin").active
    accounts.add(actor="admin", username="sari", role="admin")
    accounts.disable(actor="admin", username="admin")
    assert not _row(memory_engine, "admin").active
    with pytest.raises(RuleRefused, match="'sari' is the last enabled administrator"):
        accounts.set_role(actor="sari", username="sari", role="frontdesk")


def test_adding_accounts_checks_names_roles_and_organizations(
        accounts: AccountService, memory_engine: Engine, clock: FakeClock) -> None:
    with pytest.raises(BadInput, match="cannot be a user name"):
        accounts.add(actor="admin", username="budi santoso", role="frontdesk")
    with pytest.raises(BadInput, match="already an account 'manager'"):
        accounts.add(actor="admin", username="Manager", role="frontdesk")
    with pytest.raises(BadInput, match="there is no role 'boss'"):
        accounts.add(actor="admin", username="budi", role="boss")
    with pytest.raises(BadInput, match="an organizer acts for an organization"):
        accounts.add(actor="admin", username="budi", role="organizer")
    with pytest.raises(BadInput, match="only an organizer acts for an organization"):
        accounts.add(actor="admin", username="budi", role="manager", organization="Telkom")
    added = accounts.add(actor="admin", username="budi", role="organizer",
                         display_name="Budi Santoso", organization="PT Telkom Indonesia")
    assert (added.role, added.organization, added.created_at, added.has_password) == (
        Role.ORGANIZER, "PT Telkom Indonesia", clock(), False)
    with Session(memory_engine) as session:
        assert session.exec(select(Organization).where(
            Organization.name == "PT Telkom Indonesia")).one()
    moved = accounts.set_role(actor="admin", username="budi", role="front desk")
    assert (moved.role, moved.organization) == (Role.FRONT_DESK, None)
    assert [e.action for e in _audit(memory_engine, "account.role_changed")] == [
        "account.role_changed"]


def test_roles_are_read_as_people_type_them() -> None:
    assert {role_of(w) for w in ("frontdesk", "front_desk", "Front  Desk")} == {
        Role.FRONT_DESK}
    assert [role_of(w) for w in ("organizer", "manager", "ADMIN")] == [
        Role.ORGANIZER, Role.MANAGER, Role.ADMIN]


def test_the_idle_lock_setting(memory_engine: Engine, clock: FakeClock) -> None:
    settings = SettingsService(memory_engine, now=clock)
    assert settings.idle_lock_minutes() == 10
    with pytest.raises(NotPermitted, match="manager may not change the building's settings"):
        settings.set(actor="manager", key="idle_lock_minutes", value=30)
    for bad in ("0", "241", "ten", "-5"):
        with pytest.raises(BadInput, match="idle_lock_minutes"):
            settings.set(actor="admin", key="idle-lock-minutes", value=bad)
    with pytest.raises(BadInput, match="there is no setting 'colour'"):
        settings.get("colour")
    assert settings.set(actor="admin", key="idle-lock-minutes", value="30") == 30
    assert settings.all() == {"idle_lock_minutes": 30, "backup_daily_keep": 7,
                              "backup_weekly_keep": 4}
    assert [e.after for e in _audit(memory_engine, "setting.changed")] == [
        {"key": "idle_lock_minutes", "value": "30"}]
