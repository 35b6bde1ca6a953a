"""The permission table, enforced in the services: every (action, role) pair, generated from
the table, succeeds or is refused exactly as the table says, and a refusal changes nothing."""

import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from sqlalchemy import Engine, func
from sqlmodel import col, select

from booking.building import DEFAULT_BUILDING_FILE
from booking.building.load import initialize
from booking.errors import NotPermitted
from booking.permissions import TABLE, Action
from booking.services import Services
from booking.statuses import Role
from booking.store.db import read_session
from booking.store.models import AuditEntry, Booking
from tests.helpers.backends import create_database, drop_database, new_database_name
from tests.helpers.clock import FakeClock
from tests.helpers.permission_cases import (
    ACCOUNT_OF,
    NOW,
    OTHER,
    OWN,
    Stage,
    allowed,
    at,
    case_id,
    cases,
)


@dataclass(frozen=True)
class Case:
    """Who does the action (with their services), and to whose thing."""

    acting: Services  # the services of the account doing it
    stage: Stage
    who: str
    whose: str


# One small "do it" per action: make what it acts on (as an administrator), and hand back
# the act itself, done as the case's account when called.
DoIt = Callable[[Case], Callable[[], object]]

DO_IT: dict[Action, DoIt] = {
    Action.BOOK: lambda c: partial(
        c.acting.bookings.book, actor=c.who, room="SEMERU", start=at(13), end=at(14),
        title="Client call", organization=c.whose),
    Action.MOVE: lambda c: partial(
        c.acting.bookings.move, actor=c.who, booking_id=c.stage.booking(c.whose),
        start=at(14), end=at(15)),
    Action.CHANGE: lambda c: partial(
        c.acting.bookings.change_details, actor=c.who, booking_id=c.stage.booking(c.whose),
        title="Sprint review (online)"),
    Action.CANCEL: lambda c: partial(
        c.acting.bookings.cancel, actor=c.who, booking_id=c.stage.booking(c.whose),
        reason="not needed"),
    Action.REINSTATE: lambda c: partial(
        c.acting.bookings.reinstate, actor=c.who,
        booking_id=c.stage.cancelled_booking(c.whose)),
    Action.CHECK_IN: lambda c: partial(
        c.acting.bookings.check_in, actor=c.who, booking_id=c.stage.arriving_booking(c.whose)),
    Action.OVERRIDE: lambda c: partial(
        c.acting.bookings.book, actor=c.who, room="BROMO", start=at(13), end=at(14),
        title="Town hall", attendees=40, override_reason="chairs from the lobby"),
    Action.SERIES_CREATE: lambda c: partial(
        c.acting.series.create, actor=c.who, room="SEMERU", start=at(15), end=at(16),
        rule="FREQ=WEEKLY;COUNT=2", title="Standup", organization=c.whose),
    Action.SERIES_EDIT: lambda c: partial(
        c.acting.series.edit, actor=c.who, series_id=c.stage.series(c.whose),
        title="Weekly sync (agenda)"),
    Action.SERIES_CANCEL: lambda c: partial(
        c.acting.series.cancel, actor=c.who, series_id=c.stage.series(c.whose),
        reason="project ended"),
    Action.EVENT_REQUEST: lambda c: partial(
        c.acting.events.request, actor=c.who, hall="HALL-B", start=at(10, days=7),
        end=at(12, days=7), title="Seminar nasional", layout="classroom", attendees=40,
        organization=c.whose),
    Action.EVENT_WITHDRAW: lambda c: partial(
        c.acting.events.withdraw, actor=c.who, event_id=c.stage.event(c.whose),
        reason="speaker ill"),
    Action.EVENT_DECIDE: lambda c: partial(
        c.acting.events.approve, actor=c.who, event_id=c.stage.event(c.whose)),
    Action.CLOSURES: lambda c: partial(
        c.acting.closure_tools.add, actor=c.who, reason="Floor polishing", room="ARJUNO",
        start=at(0, days=7), end=at(0, days=8)),
    Action.ORGANIZATION_ZONE: lambda c: partial(
        _zone_of, c, organization=c.stage.organization(c.whose)),
    Action.TERMS: lambda c: partial(
        c.acting.terms.assign, actor=c.who, room="P2.02", team="KBZ Bank",
        start=at(0, days=1), end=at(0, days=29)),
    Action.BUILDING_LOAD: lambda c: partial(
        initialize, c.acting.engine, now=c.acting.now, actor=c.who),
    Action.DEMO_DATA: lambda c: partial(c.acting.fill_demo, bookings=20, seed=3),
    Action.ACCOUNTS: lambda c: partial(
        c.acting.accounts.add, actor=c.who, username="intern1", role="frontdesk"),
    Action.SETTINGS: lambda c: partial(
        c.acting.settings.set, actor=c.who, key="idle-lock-minutes", value=15),
    Action.AUDIT_READ: lambda c: partial(c.acting.audit_entries, limit=5),
    Action.BOOKING_HISTORY: lambda c: partial(
        c.acting.booking_history, c.stage.booking(c.whose)),
    Action.REPORTS: lambda c: partial(
        c.acting.report_utilisation, at(0).date(), at(0, days=7).date(), by="floor"),
    Action.BACKUP: lambda c: partial(c.acting.backup, out=_scratch() / "copy.db"),
    Action.RESTORE: lambda c: partial(c.acting.restore, _a_backup(c)),
    Action.MIGRATE: lambda c: partial(_migrate, c),
}


def _scratch() -> Path:
    return Path(tempfile.mkdtemp(prefix="ruang-permissions-"))


def _migrate(c: Case) -> None:
    """Move the case's database into an empty database of its own on the test server."""
    name = new_database_name("move")
    target = create_database(name)
    try:
        c.acting.migrate_to(target)
    finally:
        drop_database(name)


def _a_backup(c: Case) -> Path:
    """A backup of the case's database, taken by an administrator."""
    return c.stage.admin.backup(out=_scratch() / "backup.db").path

# Actions whose use cases later work delivers (backups): each moves into DO_IT
# with its use case. Nothing else may be left out.
NOT_BUILT_YET: set[Action] = set()  # all built


def _zone_of(c: Case, *, organization: str) -> object:
    return c.acting.organization_tools.set_guest_zone(actor=c.who, organization=organization,
                                                      guest_tz="Asia/Tokyo")


def _audit_count(engine: Engine) -> int:
    with read_session(engine) as session:
        return session.exec(select(func.count()).select_from(AuditEntry)).one()


def test_every_action_has_a_do_it_function() -> None:
    assert set(DO_IT) | NOT_BUILT_YET == set(Action)
    assert set(DO_IT) & NOT_BUILT_YET == set()


@pytest.mark.parametrize("case", [c for c in cases() if c[0] in DO_IT], ids=case_id)
def test_the_services_do_what_the_table_says(memory_engine: Engine,
                                             case: tuple[Action, Role, str]) -> None:
    action, role, whose = case
    who = ACCOUNT_OF[role]
    clock = FakeClock(NOW)
    stage = Stage(Services(memory_engine, now=clock, actor="admin"))
    act = DO_IT[action](Case(Services(memory_engine, now=clock, actor=who), stage, who, whose))
    if allowed(action, role, whose):
        act()
        return
    before = _audit_count(memory_engine)
    with pytest.raises(NotPermitted) as refused:
        act()
    assert refused.value.message.startswith(f"{who} may not {TABLE[action].words}")
    assert _audit_count(memory_engine) == before


def test_an_organizer_books_for_their_own_organization_by_default(
        memory_engine: Engine) -> None:
    stage = Stage(Services(memory_engine, now=FakeClock(NOW), actor="admin"))
    organizer = Services(memory_engine, now=stage.admin.now, actor="organizer")
    booked = organizer.bookings.book(actor="organizer", room="KAWI", start=at(13),
                                     end=at(14), title="Planning").booking
    assert booked.organization == OWN
    series = organizer.series.create(actor="organizer", room="KAWI", start=at(15),
                                     end=at(16), rule="FREQ=WEEKLY;COUNT=2", title="Sync")
    assert {b.organization for b in series.created} == {OWN}


def test_an_organizer_cannot_give_their_booking_to_another_organization(
        memory_engine: Engine) -> None:
    stage = Stage(Services(memory_engine, now=FakeClock(NOW), actor="admin"))
    mine = stage.booking(OWN)
    with pytest.raises(NotPermitted, match=f"organizer may not change this booking for "
                                           f"{OTHER}: organizer acts for {OWN}"):
        stage.admin.bookings.change_details(actor="organizer", booking_id=mine,
                                            organization=OTHER)
    with pytest.raises(NotPermitted, match=f"for {OTHER}: organizer acts for {OWN}"):
        stage.admin.series.edit(actor="organizer", series_id=stage.series(OWN),
                                organization=OTHER)
    assert stage.admin.booking(mine).organization == OWN


def test_an_organizer_acts_on_what_they_booked_themselves(memory_engine: Engine) -> None:
    """Made by them counts as theirs even for another organization (as the desk may have
    moved it to the client's name)."""
    stage = Stage(Services(memory_engine, now=FakeClock(NOW), actor="admin"))
    theirs = stage.admin.bookings.book(actor="organizer", room="KAWI", start=at(13),
                                       end=at(14), title="Planning").booking.id
    stage.admin.bookings.change_details(actor="admin", booking_id=theirs, organization=OTHER)
    stage.admin.bookings.cancel(actor="organizer", booking_id=theirs, reason="not needed")
    assert stage.admin.booking(theirs).status == "cancelled"


def test_an_organizer_makes_a_series_only_of_their_own_booking(memory_engine: Engine) -> None:
    stage = Stage(Services(memory_engine, now=FakeClock(NOW), actor="admin"))
    other = stage.booking(OTHER)
    with pytest.raises(NotPermitted, match=f"organizer may not book a repeating series: it "
                                           f"belongs to {OTHER}"):
        stage.admin.series.make_series(actor="organizer", booking_id=other,
                                       rule="FREQ=WEEKLY;COUNT=2")
    with read_session(memory_engine) as session:
        assert session.get(Booking, other).series_id is None  # type: ignore[union-attr]
    mine = stage.booking(OWN, room="KAWI")
    made = stage.admin.series.make_series(actor="organizer", booking_id=mine,
                                          rule="FREQ=WEEKLY;COUNT=2")
    assert len(made.created) == 1


def test_the_building_load_is_audited_with_its_account(memory_engine: Engine,
                                                       tmp_path: Path) -> None:
    edited = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8").replace(
        'name = "Bromo"', 'name = "Bromo (renovated)"', 1)
    assert "Bromo (renovated)" in edited
    path = tmp_path / "building.toml"
    path.write_text(edited, encoding="utf-8")
    with pytest.raises(NotPermitted, match="manager may not load the building file"):
        initialize(memory_engine, building_file=path, actor="manager")
    with pytest.raises(NotPermitted, match="no account is acting"):
        initialize(memory_engine, building_file=path)
    report = initialize(memory_engine, building_file=path, now=lambda: NOW, actor="admin")
    assert report.building.updated == ["BROMO"]
    with read_session(memory_engine) as session:
        last = session.exec(select(AuditEntry).order_by(col(AuditEntry.id).desc())).first()
    assert last is not None and (last.actor_name, last.entity) == ("admin", "room")


def test_no_show_release_needs_nobody(memory_engine: Engine) -> None:
    """Releasing bookings nobody checked in for is the system's own work, not a person's."""
    clock = FakeClock(NOW)
    stage = Stage(Services(memory_engine, now=clock, actor="admin"))
    late = stage.arriving_booking(OTHER)
    clock.advance(hours=1)
    released = stage.admin.bookings.release_no_shows()
    assert [b.id for b in released.bookings] == [late]


@pytest.mark.parametrize("role", list(Role), ids=str)
def test_the_window_asks_the_same_table(memory_engine: Engine, role: Role) -> None:
    """Services.may answers for the signed-in account's role, as the table says."""
    services = Services(memory_engine, now=FakeClock(NOW), actor=ACCOUNT_OF[role])
    assert {a for a in Action if services.may(a)} == {
        a for a, permission in TABLE.items() if role in permission.roles}
    assert not Services(memory_engine, now=FakeClock(NOW), actor="nobody").may(Action.BOOK)
