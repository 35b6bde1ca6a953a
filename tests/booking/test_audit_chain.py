"""The audit trail's hash chain as the use cases write it, and reading it back by permission."""

import hashlib
import json
import multiprocessing
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text
from sqlmodel import col, select

from booking.audit import verify
from booking.building.load import initialize
from booking.errors import BadInput, NotPermitted
from booking.services import Services
from booking.store.chain import (
    GENESIS,
    HEAD_KEY,
    AuditHead,
    canonical_text,
    entry_hash,
    stored_entry_hash,
)
from booking.store.db import make_engine, read_session
from booking.store.models import Account, AuditEntry, Setting
from booking.store.schema import _config, upgrade
from tests.booking.conftest import at
from tests.helpers.backends import Backend
from tests.helpers.clock import FakeClock
from tests.helpers.concurrency import run_writer


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


def entries(engine: Engine) -> list[AuditEntry]:
    with read_session(engine) as session:
        return list(session.exec(select(AuditEntry).order_by(col(AuditEntry.id))))


def test_each_entry_hashes_the_previous_hash_and_its_canonical_content(
        services: Services) -> None:
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="Rapat ☕ tim")
    trail = entries(services.engine)
    assert trail[0].prev_hash == GENESIS
    for before, entry in zip(trail, trail[1:], strict=False):
        assert entry.prev_hash == before.hash
    last = trail[-1]
    content = {"id": last.id, "at": last.at.strftime("%Y-%m-%dT%H:%M:%S+00:00"),
               "actor_id": last.actor_id, "actor_name": "frontdesk",
               "action": "booking.created", "entity": "booking", "entity_id": last.entity_id,
               "before": None, "after": last.after, "reason": ""}
    canonical = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    assert "Rapat ☕ tim" in canonical
    expected = hashlib.sha256(f"{last.prev_hash}\n{canonical}".encode()).hexdigest()
    assert last.hash == expected
    with read_session(services.engine) as session:
        head = session.get(Setting, HEAD_KEY)
        assert head is not None
        assert AuditHead.from_text(head.value) == AuditHead(len(trail), last.id or 0, last.hash)


def test_the_chain_stays_whole_through_the_use_cases(services: Services,
                                                     clock: FakeClock) -> None:
    first = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                   title="Stand-up", organization="PT Baru").booking.id
    services.bookings.move(actor="frontdesk", booking_id=first, start=at(12), end=at(13))
    services.bookings.cancel(actor="frontdesk", booking_id=first, reason="client ill")
    clock.advance(days=6)
    services.bookings.book(actor="manager", room="KAWI", start=at(9), end=at(10),
                           title="Review")
    verdict = verify(services.engine)
    assert verdict.ok and verdict.how is None and verdict.broken_id is None
    assert verdict.entries == len(entries(services.engine))
    assert verdict.head_hash == entries(services.engine)[-1].hash


def test_an_empty_trail_is_whole(memory_engine: Engine) -> None:
    with memory_engine.begin() as connection:
        connection.execute(text("DROP TRIGGER audit_entry_no_delete" if connection.dialect.name
                                == "sqlite" else "DROP TRIGGER audit_entry_append_only "
                                "ON audit_entry"))
        connection.execute(text("DELETE FROM audit_entry"))
        connection.execute(text("DELETE FROM setting"))
    verdict = verify(memory_engine)
    assert verdict.ok and verdict.entries == 0 and verdict.head_hash == ""


def test_the_building_load_is_audited_with_the_account_that_ran_it(
        services: Services) -> None:
    from booking.building.load import apply_building
    from booking.building.spec import load_building_file
    from booking.store.db import write_session

    spec = load_building_file()
    spec = replace(spec, rooms=[replace(spec.rooms[0], name="Bromo Baru"), *spec.rooms[1:]])
    with write_session(services.engine) as session:
        admin = session.exec(select(Account).where(Account.username == "admin")).one()
        apply_building(session, spec, now=services.now(), actor=admin)
    last = entries(services.engine)[-1]
    assert (last.action, last.actor_name) == ("room.updated", "admin")
    assert verify(services.engine).ok


def test_audit_entries_are_for_managers_and_administrators(services: Services) -> None:
    booked = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                    title="Stand-up").booking.id
    services.bookings.cancel(actor="manager", booking_id=booked, reason="room needed")
    with pytest.raises(NotPermitted, match="frontdesk may not read the audit trail"):
        services.audit_entries()
    with pytest.raises(NotPermitted, match="frontdesk may not read the audit trail"):
        services.audit_verify()
    services.actor = "manager"
    mine = services.audit_entries(actor="MANAGER")
    assert [(e.action, e.entity_id, e.reason) for e in mine] == [
        ("booking.cancelled", booked, "room needed")]
    assert [e.action for e in services.audit_entries(booking=booked)] == [
        "booking.created", "booking.cancelled"]
    assert services.audit_verify().ok
    services.actor = "admin"
    newest = services.audit_entries(limit=2)
    assert [e.action for e in newest] == ["booking.created", "booking.cancelled"]
    assert len(services.audit_entries(limit=None)) == len(entries(services.engine))


def test_audit_entries_between_two_instants(services: Services, clock: FakeClock) -> None:
    services.actor = "manager"
    start = clock()
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="Early")
    clock.advance(hours=2)
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(10), end=at(11),
                           title="Late")

    def titles(*, start: datetime, end: datetime | None = None) -> list[str]:
        return [e.after["title"] for e in services.audit_entries(start=start, end=end)
                if e.after and e.action == "booking.created"]

    assert titles(start=start, end=clock()) == ["Early"]
    assert titles(start=clock()) == ["Late"]


def test_a_bookings_history_for_its_organizer_only(services: Services) -> None:
    with read_session(services.engine) as session:
        organizer = session.exec(select(Account).where(Account.username == "organizer")).one()
    mine = services.bookings.book(actor="organizer", room="BROMO", start=at(10), end=at(11),
                                  title="Mine").booking.id
    theirs = services.bookings.book(actor="frontdesk", room="KAWI", start=at(10), end=at(11),
                                    title="Theirs", organization="PT Lain").booking.id
    services.bookings.move(actor="organizer", booking_id=mine, start=at(12), end=at(13))
    services.actor = "organizer"
    assert organizer.organization_id is None
    assert [e.action for e in services.booking_history(mine)] == [
        "booking.created", "booking.moved"]
    with pytest.raises(NotPermitted, match="it belongs to PT Lain"):
        services.booking_history(theirs)
    services.actor = "frontdesk"
    assert [e.action for e in services.booking_history(theirs)] == ["booking.created"]
    with pytest.raises(BadInput, match="there is no booking #999"):
        services.booking_history(999)


def test_migrating_chains_the_entries_written_before_the_chain(db_file: Path,
                                                               clock: FakeClock) -> None:
    engine = make_engine(db_file)
    initialize(engine)
    services = Services(engine, now=clock)
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                           title="Before the chain")
    content = [(e.id, e.at, e.actor_name, e.action, e.before, e.after, e.reason)
               for e in entries(engine)]
    config = _config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
    assert {e.hash for e in entries(engine)} == {""}
    assert upgrade(engine).changed
    after = entries(engine)
    assert [(e.id, e.at, e.actor_name, e.action, e.before, e.after, e.reason)
            for e in after] == content
    verdict = verify(engine)
    assert verdict.ok and verdict.entries == len(content)
    # The triggers are back: the chained entries are as append-only as before.
    with pytest.raises(Exception, match="append-only"), engine.begin() as connection:
        connection.execute(text("UPDATE audit_entry SET reason = 'x'"))
    engine.dispose()


@pytest.mark.slow
def test_two_processes_writing_at_once_keep_one_whole_chain(backend: Backend,
                                                            backend_engine: Engine) -> None:
    rounds = 15
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    queue = context.Queue()
    workers = [context.Process(target=run_writer, args=(backend.target, w, rounds, barrier, queue))
               for w in range(2)]
    for process in workers:
        process.start()
    outcomes = dict(queue.get(timeout=600) for _ in workers)
    for process in workers:
        process.join(timeout=60)
    assert outcomes == {0: ["won"] * rounds, 1: ["won"] * rounds}
    trail = entries(backend_engine)
    assert [e.id for e in trail] == list(range(1, len(trail) + 1))
    assert sum(e.action == "booking.created" for e in trail) == 2 * rounds
    verdict = verify(backend_engine)
    assert verdict.ok and verdict.entries == len(trail)


_JSON_LEAF = st.one_of(st.none(), st.booleans(), st.integers(-2**63, 2**63), st.text())
_STATES = st.one_of(st.none(), st.dictionaries(st.text(), st.recursive(
    _JSON_LEAF, lambda inner: st.lists(inner, max_size=3)
    | st.dictionaries(st.text(), inner, max_size=3), max_leaves=8), max_size=6))


@settings(max_examples=300, deadline=None)
@given(before=_STATES, after=_STATES, reason=st.text(), actor_name=st.text(),
       entity_id=st.one_of(st.none(), st.integers(0, 2**63)))
def test_an_entry_hashed_around_its_stored_states_hashes_as_its_whole_content(
        before: dict[str, object] | None, after: dict[str, object] | None, reason: str,
        actor_name: str, entity_id: int | None) -> None:
    """A new entry is hashed around the canonical text it stores for before and after; that
    must be the very hash of its whole canonical content, whatever the states and text hold
    (quotes, backslashes, non-ASCII, nesting), or the chain's check would call it tampered."""
    content = {"id": 7, "at": "2026-12-07T02:00:00+00:00", "actor_id": 3,
               "actor_name": actor_name, "action": "booking.created", "entity": "booking",
               "entity_id": entity_id, "before": before, "after": after, "reason": reason}
    try:
        whole = entry_hash("ab" * 32, content)
    except UnicodeEncodeError:  # a lone surrogate never reaches the trail
        return
    stored = stored_entry_hash("ab" * 32, content, canonical_text(before),
                               canonical_text(after))
    assert stored == whole
    assert json.loads(canonical_text(after)) == after
