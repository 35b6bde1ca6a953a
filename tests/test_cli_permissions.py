"""The permission table on the command line: every command that changes data, run `--as` an
account of each role, exits 0 or 5 exactly as the table says, with one line naming what the
account may not do, and a refusal changes nothing."""

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import func
from sqlmodel import select

from booking.permissions import TABLE, Action
from booking.services import open_services
from booking.statuses import Role
from booking.store.db import read_session
from booking.store.models import AuditEntry
from booking.timeutil import iso_local
from tests.helpers.cli import run_cli
from tests.helpers.clock import FakeClock
from tests.helpers.permission_cases import (
    ACCOUNT_OF,
    DAY,
    NOW,
    OTHER,
    OWN,
    Stage,
    allowed,
    at,
)


def _day(days: int) -> str:
    return (DAY + timedelta(days=days)).isoformat()


def _at(when: datetime) -> str:
    return iso_local(when)


@dataclass(frozen=True)
class Target:
    """Where an administrator makes what a command acts on, and for which organization."""

    stage: Stage
    whose: str


@dataclass(frozen=True)
class Command:
    """A command that changes data, the action it is, and its arguments (making, on the
    target's stage, what it acts on)."""

    name: str
    action: Action
    argv: Callable[[Target], list[str]]


COMMANDS = [
    Command("book", Action.BOOK, lambda t: [
        "book", "SEMERU", _at(at(13)), _at(at(14)), "--title", "Client call", "--for", t.whose]),
    Command("move", Action.MOVE, lambda t: [
        "move", str(t.stage.booking(t.whose)), "--start", _at(at(14)), "--end", _at(at(15))]),
    Command("cancel", Action.CANCEL, lambda t: [
        "cancel", str(t.stage.booking(t.whose)), "--reason", "not needed"]),
    Command("check-in", Action.CHECK_IN, lambda t: [
        "check-in", str(t.stage.arriving_booking(t.whose))]),
    Command("reinstate", Action.REINSTATE, lambda t: [
        "reinstate", str(t.stage.cancelled_booking(t.whose))]),
    Command("series-edit", Action.SERIES_EDIT, lambda t: [
        "series", "edit", str(t.stage.series(t.whose)), "--title", "Weekly sync (agenda)"]),
    Command("series-cancel", Action.SERIES_CANCEL, lambda t: [
        "series", "cancel", str(t.stage.series(t.whose)), "--reason", "project ended"]),
    Command("event-request", Action.EVENT_REQUEST, lambda t: [
        "event", "request", "HALL-B", _at(at(10, days=7)), _at(at(12, days=7)),
        "--title", "Seminar nasional", "--layout", "classroom", "--attendees", "40",
        "--for", t.whose]),
    Command("event-approve", Action.EVENT_DECIDE, lambda t: [
        "event", "approve", str(t.stage.event(t.whose))]),
    Command("event-decline", Action.EVENT_DECIDE, lambda t: [
        "event", "decline", str(t.stage.event(t.whose)), "--reason", "the hall is being painted"]),
    Command("event-withdraw", Action.EVENT_WITHDRAW, lambda t: [
        "event", "withdraw", str(t.stage.event(t.whose)), "--reason", "speaker ill"]),
    Command("closure-add", Action.CLOSURES, lambda _: [
        "closure", "add", "--room", "ARJUNO", "--from", _day(7), "--to", _day(7),
        "--reason", "Floor polishing"]),
    Command("closure-remove", Action.CLOSURES, lambda t: [
        "closure", "remove", str(t.stage.closure())]),
    Command("term-assign", Action.TERMS, lambda _: [
        "term", "assign", "P2.02", "--team", "KBZ Bank", "--from", _day(1), "--to", _day(28)]),
    Command("term-end", Action.TERMS, lambda t: [
        "term", "end", str(t.stage.term()), "--on", _day(7)]),
    Command("init", Action.BUILDING_LOAD, lambda _: ["init"]),
    Command("demo", Action.DEMO_DATA, lambda _: [
        "demo", "--bookings", "20", "--seed", "3"]),
    Command("account-add", Action.ACCOUNTS, lambda _: [
        "account", "add", "intern1", "--role", "frontdesk"]),
    Command("setting-set", Action.SETTINGS, lambda _: [
        "setting", "set", "idle-lock-minutes", "15"]),
    Command("audit", Action.AUDIT_READ, lambda _: ["audit", "--limit", "5"]),
    Command("audit-verify", Action.AUDIT_READ, lambda _: ["audit", "verify"]),
    Command("report-utilisation", Action.REPORTS, lambda _: [
        "report", "utilisation", "--from", _day(1), "--to", _day(7), "--by", "floor"]),
    Command("report-peaks", Action.REPORTS, lambda _: [
        "report", "peaks", "--from", _day(1), "--to", _day(7), "--kind", "meeting"]),
    Command("report-no-shows", Action.REPORTS, lambda _: [
        "report", "no-shows", "--from", _day(1), "--to", _day(7)]),
    Command("report-teams", Action.REPORTS, lambda _: [
        "report", "teams", "--from", _day(1), "--to", _day(7)]),
    Command("report-hall", Action.REPORTS, lambda _: [
        "report", "hall", "--from", _day(1), "--to", _day(7)]),
]


def _cases() -> Iterator[tuple[Command, Role, str]]:
    for command in COMMANDS:
        for role in Role:
            yield command, role, OTHER
            if TABLE[command.action].owned and role == Role.ORGANIZER:
                yield command, role, OWN


def _id(case: tuple[Command, Role, str]) -> str:
    command, role, whose = case
    return f"{command.name}-{role.value}" + ("-own" if whose == OWN else "")


def _audit_count(stage: Stage) -> int:
    with read_session(stage.admin.engine) as session:
        return session.exec(select(func.count()).select_from(AuditEntry)).one()


@pytest.fixture
def db(tmp_path: Path, initialised_template: Path) -> Path:
    path = tmp_path / "r.db"
    shutil.copyfile(initialised_template, path)
    return path


@pytest.mark.parametrize("case", list(_cases()), ids=_id)
def test_the_command_line_does_what_the_table_says(db: Path,
                                                   case: tuple[Command, Role, str]) -> None:
    command, role, whose = case
    who = ACCOUNT_OF[role]
    clock = FakeClock(NOW)
    with open_services(db, now=clock, actor="admin") as admin:
        stage = Stage(admin)
        argv = command.argv(Target(stage, whose))
        before = _audit_count(stage)
        done = run_cli("--db", str(db), "--as", who, *argv, now=clock)
        if allowed(command.action, role, whose):
            assert done.returncode == 0, done.stderr
            return
        assert done.returncode == 5, done.stderr
        assert done.stderr.startswith(f"error: {who} may not {TABLE[command.action].words}")
        assert done.stderr.count("\n") == 1
        assert _audit_count(stage) == before


def test_every_command_line_action_is_covered() -> None:
    """Each action the command line offers is run by some command above."""
    offered = {Action.BOOK, Action.MOVE, Action.CANCEL, Action.CHECK_IN, Action.REINSTATE,
               Action.SERIES_EDIT, Action.SERIES_CANCEL, Action.EVENT_REQUEST,
               Action.EVENT_DECIDE, Action.EVENT_WITHDRAW, Action.CLOSURES, Action.TERMS,
               Action.BUILDING_LOAD, Action.DEMO_DATA, Action.ACCOUNTS, Action.SETTINGS,
               Action.AUDIT_READ, Action.REPORTS}
    assert {c.action for c in COMMANDS} == offered


def test_an_organizer_books_for_their_own_organization_without_for(db: Path) -> None:
    clock = FakeClock(NOW)
    with open_services(db, now=clock, actor="admin") as admin:
        Stage(admin)
    done = run_cli("--db", str(db), "--as", "organizer", "--json", "book", "KAWI",
                   _at(at(13)), _at(at(14)), "--title", "Planning", now=clock)
    assert done.returncode == 0, done.stderr
    assert f'"organization": "{OWN}"' in done.stdout
    refused = run_cli("--db", str(db), "--as", "organizer", "book", "KAWI", _at(at(15)),
                      _at(at(16)), "--title", "Planning", "--for", OTHER, now=clock)
    assert (refused.returncode, refused.stderr) == (
        5, f"error: organizer may not book rooms for {OTHER}: organizer acts for {OWN}\n")


def test_the_first_init_needs_no_account(tmp_path: Path) -> None:
    """A new database has no accounts yet: the system loads the building."""
    db = tmp_path / "new.db"
    assert run_cli("--db", str(db), "init").returncode == 0
    again = run_cli("--db", str(db), "init")
    assert (again.returncode, again.stderr) == (
        5, "error: frontdesk may not load the building file\n")
    assert run_cli("--db", str(db), "--as", "admin", "init").returncode == 0
