"""`account list|add|passwd|role|disable|enable`, `setting get|set`, and the acting account's
password on every command (--password-file, RUANG_PASSWORD, a terminal prompt)."""

import datetime as dt
import json
import os
import pty
import select
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path
from subprocess import CompletedProcess

import pytest
from argon2 import PasswordHasher

from booking import passwords
from booking.cli.passwords import Prompt
from booking.timeutil import BUILDING_TZ
from tests.helpers.cli import ROOT, run_cli
from tests.helpers.clock import FakeClock

# Friday 4 December 2026, 08:00 in the building.
FRIDAY = dt.datetime(2026, 12, 4, 8, 0, tzinfo=BUILDING_TZ)
ADMIN_SECRET = "Kawi-Sunrise-2026"
MANAGER_SECRET = "Bromo-Crater-77"
SECRETS = (ADMIN_SECRET, MANAGER_SECRET)


class Cli:
    """main.py on one copied database, on a clock the test moves, checking every run's
    output for a password."""

    def __init__(self, db: Path, clock: FakeClock) -> None:
        self.db = db
        self.clock = clock

    def __call__(self, *args: str, env: dict[str, str] | None = None
                 ) -> CompletedProcess[str]:
        done = run_cli("--db", str(self.db), *args, now=self.clock, env=env)
        for secret in SECRETS:
            assert secret not in done.stdout and secret not in done.stderr
        if done.returncode:
            assert done.stderr.count("\n") == 1, done.stderr  # one line, no traceback
        return done

    def accounts(self) -> dict[str, dict[str, object]]:
        listed = self("--as", "admin", "account", "list", "--json",
                      env={"RUANG_PASSWORD": ADMIN_SECRET})
        assert listed.returncode == 0, listed.stderr
        return {a["username"]: a for a in json.loads(listed.stdout)}


@pytest.fixture(autouse=True)
def _no_password_in_the_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RUANG_PASSWORD", raising=False)
    monkeypatch.delenv("RUANG_USER", raising=False)


@pytest.fixture(autouse=True)
def _cheap_hashing(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """Argon2id with tiny costs in this process, so the commands here do not spend seconds
    hashing; tests marked real_hashing (and real processes) use the production parameters."""
    if "real_hashing" in request.keywords:
        return
    monkeypatch.setattr(passwords, "production_hasher", lambda: PasswordHasher(
        time_cost=1, memory_cost=8, parallelism=1))


@pytest.fixture
def cli(tmp_path: Path, initialised_template: Path) -> Cli:
    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    return Cli(db, FakeClock(FRIDAY))


def secret_file(folder: Path, name: str, text: str, mode: int = 0o600) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    path.chmod(mode)
    return str(path)


@pytest.fixture
def with_passwords(cli: Cli, tmp_path: Path) -> Cli:
    """Admin and manager have passwords (set by the admin while none was needed)."""
    for name, secret in (("admin", ADMIN_SECRET), ("manager", MANAGER_SECRET)):
        done = cli("--as", "admin", "account", "passwd", name, "--password-file",
                   secret_file(tmp_path, f"{name}.pw", secret + "\n"),
                   env={"RUANG_PASSWORD": ADMIN_SECRET})
        assert done.returncode == 0, done.stderr
        assert done.stdout == f"Set the password of {name}\n"
    return cli


@pytest.fixture
def typed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a person types at the prompts, in order; fill it in the test."""
    answers: list[str] = []

    def ask(_cls: type, _prompt: str) -> str | None:
        return answers.pop(0) if answers else None  # None: nobody at a terminal
    monkeypatch.setattr(Prompt, "ask", classmethod(ask))
    return answers


def test_accounts_are_for_administrators(cli: Cli) -> None:
    for who in ("frontdesk", "organizer", "manager"):
        done = cli("--as", who, "account", "list")
        assert (done.returncode, done.stderr) == (
            5, f"error: {who} may not manage accounts\n")
    refused = cli("--as", "manager", "account", "add", "budi", "--role", "admin")
    assert refused.returncode == 5
    assert "budi" not in cli.accounts()


def test_account_list(cli: Cli) -> None:
    listed = cli.accounts()
    assert sorted(listed) == ["admin", "frontdesk", "manager", "organizer"]
    assert listed["frontdesk"] == {
        "username": "frontdesk", "display_name": "Front desk", "role": "front_desk",
        "organization": None, "enabled": True, "has_password": False,
        "created_at": listed["frontdesk"]["created_at"], "last_sign_in_at": None,
        "locked_until": None}
    table = cli("--as", "admin", "account", "list")
    assert table.stdout.splitlines()[0].split() == [
        "USER", "NAME", "ROLE", "PASSWORD", "LAST", "SIGN-IN", "STATE"]
    assert table.stdout.splitlines()[2].split()[:4] == ["frontdesk", "Front", "desk", "front"]


def test_account_add(cli: Cli, tmp_path: Path) -> None:
    added = cli("--as", "admin", "account", "add", "budi", "--role", "organizer", "--org",
                "PT Telkom Indonesia", "--display-name", "Budi Santoso")
    assert (added.returncode, added.stdout) == (0, (
        "Added account budi (organizer for PT Telkom Indonesia); no password yet (set one: "
        "account passwd budi)\n"))
    with_password = cli("--as", "admin", "--json", "account", "add", "sari", "--role",
                        "front desk", "--password-file",
                        secret_file(tmp_path, "sari.pw", "Welirang-Ridge-9\n"))
    assert with_password.returncode == 0, with_password.stderr
    assert json.loads(with_password.stdout)["has_password"] is True
    listed = cli.accounts()
    assert (listed["budi"]["role"], listed["budi"]["organization"]) == (
        "organizer", "PT Telkom Indonesia")
    assert listed["sari"]["role"] == "front_desk"
    needs = cli("--as", "sari", "rooms", env={"RUANG_PASSWORD": "Welirang-Ridge-9"})
    assert needs.returncode == 0, needs.stderr


@pytest.mark.parametrize(("argv", "code", "message"), [
    (("budi",), 2, "the following arguments are required: --role"),
    (("budi", "--role", "boss"), 2, "there is no role 'boss'"),
    (("budi", "--role", "organizer"), 2, "an organizer acts for an organization"),
    (("Manager", "--role", "frontdesk"), 2, "there is already an account 'manager'"),
    (("budi santoso", "--role", "frontdesk"), 2, "cannot be a user name"),
    (("budi", "--role", "frontdesk", "--password-file", "missing.pw"), 2,
     "there is no password file missing.pw"),
])
def test_account_add_refuses_bad_input(cli: Cli, argv: tuple[str, ...], code: int,
                                       message: str) -> None:
    before = cli.accounts()
    done = cli("--as", "admin", "account", "add", *argv)
    assert done.returncode == code
    assert message in done.stderr
    assert cli.accounts() == before


def test_an_account_with_a_password_needs_it_on_every_command(
        with_passwords: Cli, tmp_path: Path) -> None:
    cli = with_passwords
    needed = cli("--as", "manager", "bookings")
    assert (needed.returncode, needed.stderr) == (
        5, "error: 'manager' has a password: give --password-file FILE or RUANG_PASSWORD\n")
    wrong = cli("--as", "manager", "bookings", env={"RUANG_PASSWORD": "Semeru-Peak-3676"})
    assert (wrong.returncode, wrong.stderr) == (5, "error: wrong password for 'manager'\n")
    good_file = secret_file(tmp_path, "m.pw", MANAGER_SECRET + "\r\n")
    for argv in (("--password-file", good_file, "bookings"),
                 ("bookings", "--password-file", good_file)):
        done = cli("--as", "manager", *argv)
        assert done.returncode == 0, done.stderr
    by_env = cli("bookings", env={"RUANG_USER": "manager", "RUANG_PASSWORD": MANAGER_SECRET})
    assert by_env.returncode == 0, by_env.stderr
    # The accounts without a password still act at once.
    assert cli("--as", "frontdesk", "bookings").returncode == 0
    assert cli("bookings").returncode == 0
    listed = cli.accounts()
    assert listed["manager"]["last_sign_in_at"] == "2026-12-04T08:00:00+07:00"
    assert listed["frontdesk"]["last_sign_in_at"] is None


@pytest.mark.parametrize(("content", "mode", "message"), [
    ("Bromo-Crater-77\n", 0o644, "can be read by others; make it private (chmod 600"),
    ("\nBromo-Crater-77\n", 0o600, "holds no password on its first line"),
])
def test_a_password_file_must_be_private_and_hold_the_password(
        with_passwords: Cli, tmp_path: Path, content: str, mode: int, message: str) -> None:
    path = secret_file(tmp_path, "m.pw", content, mode)
    done = with_passwords("--as", "manager", "--password-file", path, "bookings")
    assert done.returncode == 2
    assert message in done.stderr


def test_a_terminal_prompt_asks_once(with_passwords: Cli, typed: list[str]) -> None:
    typed.append(MANAGER_SECRET)
    assert with_passwords("--as", "manager", "bookings").returncode == 0
    typed.append("Semeru-Peak-3676")
    wrong = with_passwords("--as", "manager", "bookings")
    assert (wrong.returncode, wrong.stderr) == (5, "error: wrong password for 'manager'\n")


def test_failures_lock_the_account_and_say_until_when(with_passwords: Cli) -> None:
    cli = with_passwords
    with sqlite3.connect(cli.db) as db:  # four failures already, as if typed earlier
        db.execute("UPDATE account SET failed_sign_ins = 4 WHERE username = 'manager'")
    wrong = cli("--as", "manager", "bookings", env={"RUANG_PASSWORD": "Semeru-Peak-3676"})
    assert wrong.returncode == 5
    assert wrong.stderr == (
        "error: wrong password for 'manager'; 'manager' is locked until 08:05 after 5 failed "
        "sign-ins; try again then, or ask an administrator to unlock it (account enable "
        "manager)\n")
    right = {"RUANG_PASSWORD": MANAGER_SECRET}
    cli.clock.advance(minutes=4)
    locked = cli("--as", "manager", "bookings", env=right)
    assert locked.returncode == 5 and "locked until 08:05" in locked.stderr
    assert cli.accounts()["manager"]["locked_until"] == "2026-12-04T08:05:00+07:00"
    cli.clock.advance(minutes=1)
    assert cli("--as", "manager", "bookings", env=right).returncode == 0
    assert cli.accounts()["manager"]["locked_until"] is None


def test_account_enable_lifts_a_lock(with_passwords: Cli) -> None:
    until = int((FRIDAY + dt.timedelta(hours=1)).timestamp())
    with sqlite3.connect(with_passwords.db) as db:
        db.execute("UPDATE account SET failed_sign_ins = 5, locked_until = ? "
                   "WHERE username = 'manager'", (until,))
    right = {"RUANG_PASSWORD": MANAGER_SECRET}
    assert "locked until" in with_passwords("--as", "manager", "bookings", env=right).stderr
    assert "locked until" in with_passwords("--as", "admin", "account", "list",
                                            env={"RUANG_PASSWORD": ADMIN_SECRET}).stdout
    enabled = with_passwords("--as", "admin", "account", "enable", "manager",
                             env={"RUANG_PASSWORD": ADMIN_SECRET})
    assert enabled.stdout == "Enabled account manager\n"
    assert with_passwords("--as", "manager", "bookings", env=right).returncode == 0


def test_account_passwd_from_a_prompt(cli: Cli, typed: list[str]) -> None:
    typed.extend([MANAGER_SECRET, MANAGER_SECRET])
    done = cli("--as", "admin", "account", "passwd", "manager")
    assert (done.returncode, done.stdout) == (0, "Set the password of manager\n")
    assert cli.accounts()["manager"]["has_password"] is True


@pytest.mark.parametrize(("answers", "message"), [
    ([MANAGER_SECRET, "Bromo-Crater-78"], "the two passwords differ; nothing was changed"),
    ([""], "the password is empty; nothing was changed"),
    (["short", "short"], "the password is too short; give at least 8 characters"),
    ([], "give manager's new password with --password-file FILE"),
])
def test_account_passwd_refuses(cli: Cli, typed: list[str], answers: list[str],
                                message: str) -> None:
    typed.extend(answers)
    done = cli("--as", "admin", "account", "passwd", "manager")
    assert done.returncode == 2
    assert message in done.stderr
    assert cli.accounts()["manager"]["has_password"] is False


def test_one_changes_ones_own_password(with_passwords: Cli, tmp_path: Path) -> None:
    new = secret_file(tmp_path, "new.pw", "Arjuno-Summit-3339\n")
    done = with_passwords("--as", "manager", "account", "passwd", "manager",
                          "--password-file", new, env={"RUANG_PASSWORD": MANAGER_SECRET})
    assert done.returncode == 0, done.stderr
    assert with_passwords("--as", "manager", "rooms",
                          env={"RUANG_PASSWORD": "Arjuno-Summit-3339"}).returncode == 0
    other = with_passwords("--as", "manager", "account", "passwd", "admin",
                           "--password-file", new, env={"RUANG_PASSWORD": "Arjuno-Summit-3339"})
    assert (other.returncode, other.stderr) == (5, "error: manager may not manage accounts\n")


def test_account_role_disable_enable(with_passwords: Cli) -> None:
    cli = with_passwords
    admin = {"RUANG_PASSWORD": ADMIN_SECRET}
    demoted = cli("--as", "admin", "account", "role", "admin", "manager", env=admin)
    assert demoted.returncode == 4
    assert demoted.stderr == ("error: 'admin' is the last enabled administrator; make "
                              "another account an admin first\n")
    last = cli("--as", "admin", "account", "disable", "admin", env=admin)
    assert last.returncode == 4 and "last enabled administrator" in last.stderr
    made = cli("--as", "admin", "account", "role", "organizer", "organizer", "--org",
               "GovTech Singapore", env=admin)
    assert made.stdout == "organizer is now organizer for GovTech Singapore\n"
    off = cli("--as", "admin", "account", "disable", "frontdesk", env=admin)
    assert off.stdout == "Disabled account frontdesk\n"
    refused = cli("bookings")
    assert (refused.returncode, refused.stderr) == (
        5, "error: wrong password for 'frontdesk'\n")
    assert cli("--as", "admin", "account", "enable", "frontdesk", env=admin).returncode == 0
    assert cli("bookings").returncode == 0
    unknown = cli("--as", "admin", "account", "enable", "nobody", env=admin)
    assert (unknown.returncode, unknown.stderr) == (
        2, "error: there is no account 'nobody'; see 'account list'\n")
    listed = cli.accounts()
    assert (listed["admin"]["role"], listed["admin"]["enabled"]) == ("admin", True)


def test_settings(with_passwords: Cli) -> None:
    cli = with_passwords
    admin = {"RUANG_PASSWORD": ADMIN_SECRET}
    assert cli("setting", "get").stdout == ("idle_lock_minutes = 10\nbackup_daily_keep = 7\n"
                                            "backup_weekly_keep = 4\n")
    refused = cli("--as", "manager", "setting", "set", "idle-lock-minutes", "30",
                  env={"RUANG_PASSWORD": MANAGER_SECRET})
    assert (refused.returncode, refused.stderr) == (
        5, "error: manager may not change the building's settings\n")
    bad = cli("--as", "admin", "setting", "set", "idle-lock-minutes", "0", env=admin)
    assert (bad.returncode, bad.stderr) == (
        2, "error: idle_lock_minutes must be from 1 to 240, not 0\n")
    done = cli("--as", "admin", "--json", "setting", "set", "idle-lock-minutes", "30", env=admin)
    assert json.loads(done.stdout) == {"idle_lock_minutes": 30}
    assert cli("setting", "get", "idle_lock_minutes").stdout == "idle_lock_minutes = 30\n"


def _read_until(fd: int, marker: bytes, seen: bytearray, timeout: float = 60) -> None:
    while marker not in seen:
        ready, _, _ = select.select([fd], [], [], timeout)
        assert ready, f"no {marker!r} in {bytes(seen)!r}"
        try:
            chunk = os.read(fd, 1024)
        except OSError:  # the terminal closed: the program ended
            chunk = b""
        assert chunk, f"no {marker!r} in {bytes(seen)!r}"
        seen += chunk


@pytest.mark.skipif(sys.platform == "win32", reason="the pty module needs a POSIX terminal")
def test_a_real_terminal_is_asked_without_echo(with_passwords: Cli) -> None:
    """A real process on a pseudo-terminal: the prompt appears, the typed password does not,
    and the cheap test hash is redone with the production parameters."""
    pid, fd = pty.fork()
    if pid == 0:  # the child: main.py on the terminal, as a person would run it
        os.execve(sys.executable, [sys.executable, str(ROOT / "main.py"), "--db",
                                   str(with_passwords.db), "--as", "manager", "rooms"],
                  {**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    seen = bytearray()
    try:
        _read_until(fd, b"Password for manager: ", seen)
        os.write(fd, MANAGER_SECRET.encode() + b"\n")
        _read_until(fd, b"BROMO", seen)
        while True:
            ready, _, _ = select.select([fd], [], [], 60)
            try:
                chunk = os.read(fd, 4096) if ready else b""
            except OSError:
                chunk = b""
            if not chunk:
                break
            seen += chunk
    finally:
        # The program should end with its output; if it does not (a check above failed),
        # give it a moment, then stop it rather than wait for ever.
        done, status = os.waitpid(pid, os.WNOHANG)
        for _ in range(100):
            if done:
                break
            time.sleep(0.1)
            done, status = os.waitpid(pid, os.WNOHANG)
        if not done:
            os.kill(pid, signal.SIGKILL)
            _, status = os.waitpid(pid, 0)
        os.close(fd)
    assert os.waitstatus_to_exitcode(status) == 0
    assert MANAGER_SECRET.encode() not in seen
    with sqlite3.connect(with_passwords.db) as db:
        (hashed,), = db.execute("SELECT password_hash FROM account WHERE username = 'manager'")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")


@pytest.mark.real_hashing
def test_the_command_line_stores_argon2id_hashes_only(cli: Cli, tmp_path: Path) -> None:
    done = cli("--as", "admin", "account", "passwd", "manager", "--password-file",
               secret_file(tmp_path, "m.pw", MANAGER_SECRET + "\n"))
    assert done.returncode == 0, done.stderr
    assert cli("--as", "manager", "rooms", env={"RUANG_PASSWORD": MANAGER_SECRET}
               ).returncode == 0
    with sqlite3.connect(cli.db) as db:
        dump = "\n".join(db.iterdump())
        (hashed,), = db.execute("SELECT password_hash FROM account WHERE username = 'manager'")
    assert hashed.startswith("$argon2id$v=19$m=65536,t=3,p=4$")
    assert MANAGER_SECRET not in dump


def test_init_on_an_existing_database_signs_in_before_loading(with_passwords: Cli,
                                                               tmp_path: Path) -> None:
    refused = with_passwords("--as", "admin", "init")
    assert (refused.returncode, refused.stderr) == (
        5, "error: 'admin' has a password: give --password-file FILE or RUANG_PASSWORD\n")
    done = with_passwords("--as", "admin", "init", env={"RUANG_PASSWORD": ADMIN_SECRET})
    assert done.returncode == 0, done.stderr
    assert "Building is up to date" in done.stdout
    fresh = run_cli("--db", str(tmp_path / "new.db"), "--as", "admin", "init",
                    now=with_passwords.clock)
    assert fresh.returncode == 0, fresh.stderr  # a new database has no password to ask for


@pytest.mark.parametrize(("argv", "code", "message"), [
    (("role", "manager", "boss"), 2, "there is no role 'boss'; choose frontdesk, organizer, "
                                     "manager or admin"),
    (("role", "manager", "organizer"), 2, "an organizer acts for an organization"),
    (("role", "nobody", "manager"), 2, "there is no account 'nobody'"),
    (("role", "frontdesk", "manager", "--org", "Telkom"), 2,
     "only an organizer acts for an organization"),
    (("disable", "nobody"), 2, "there is no account 'nobody'"),
    (("passwd",), 2, "the following arguments are required: NAME"),
    (("frobnicate",), 2, "invalid choice: 'frobnicate'"),
])
def test_account_changes_refuse_bad_input(cli: Cli, argv: tuple[str, ...], code: int,
                                          message: str) -> None:
    before = cli.accounts()
    done = cli("--as", "admin", "account", *argv)
    assert done.returncode == code
    assert message in done.stderr
    assert cli.accounts() == before


def test_unknown_settings_are_named(cli: Cli) -> None:
    done = cli("setting", "get", "colour")
    assert (done.returncode, done.stderr) == (
        2, "error: there is no setting 'colour'; the settings are idle_lock_minutes, "
           "backup_daily_keep, backup_weekly_keep\n")
