"""Hypothesis: any sequence of book/move/resize/cancel leaves no overlap and audits each change
in one whole hash chain."""

import shutil
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from booking.audit import verify
from booking.building.load import initialize
from booking.errors import BookingError
from booking.services import Services
from booking.store.db import make_engine, read_session
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock

ROOMS = ("BROMO", "KAWI", "HALL", "HALL-A", "HALL-B", "P2.01")
SLOTS = list(range(7 * 4, 21 * 4))  # quarter hours from 07:00 to 21:00


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.db"
    engine = make_engine(path)
    initialize(engine)
    engine.dispose()
    return path


def quarter(slot: int) -> object:
    return at(0) + timedelta(minutes=15 * slot)


operation = st.one_of(
    st.tuples(st.just("book"), st.sampled_from(ROOMS), st.sampled_from(SLOTS),
              st.integers(1, 16)),
    st.tuples(st.just("move"), st.integers(0, 20), st.sampled_from(ROOMS),
              st.sampled_from(SLOTS), st.integers(1, 16)),
    st.tuples(st.just("resize"), st.integers(0, 20), st.integers(1, 16)),
    st.tuples(st.just("cancel"), st.integers(0, 20)),
)


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=5, max_size=40))
def test_random_operations_never_double_book(template: Path, tmp_path: Path,
                                             ops: list[tuple[object, ...]]) -> None:
    path = tmp_path / f"run-{abs(hash(tuple(ops)))}.db"
    shutil.copy(template, path)
    engine = make_engine(path)
    services = Services(engine, now=FakeClock(at(6)))
    ids: list[int] = []
    successes = 0
    try:
        for op in ops:
            try:
                if op[0] == "book":
                    _, room, slot, length = op
                    change = services.bookings.book(
                        actor="frontdesk", room=str(room), start=quarter(int(slot)),
                        end=quarter(int(slot) + int(length)), title="t")  # type: ignore[arg-type]
                    ids.append(change.booking.id)
                elif not ids:
                    continue
                elif op[0] == "move":
                    _, pick, room, slot, length = op
                    change = services.bookings.move(
                        actor="frontdesk", booking_id=ids[int(pick) % len(ids)], room=str(room),
                        start=quarter(int(slot)),  # type: ignore[arg-type]
                        end=quarter(int(slot) + int(length)))  # type: ignore[arg-type]
                elif op[0] == "resize":
                    _, pick, length = op
                    current = services.booking(ids[int(pick) % len(ids)])
                    change = services.bookings.resize(
                        actor="frontdesk", booking_id=current.id,
                        end=current.start + timedelta(minutes=15 * int(length)))
                else:
                    _, pick = op
                    change = services.bookings.cancel(
                        actor="frontdesk", booking_id=ids[int(pick) % len(ids)], reason="r")
                if change.action != "unchanged":
                    successes += 1
            except BookingError:
                pass
        with read_session(engine) as session:
            overlaps = session.execute(text(
                "SELECT count(*) FROM booking a JOIN room_space sa ON sa.room_id = a.room_id "
                "JOIN booking b ON a.id < b.id JOIN room_space sb ON sb.room_id = b.room_id "
                "AND sb.space_id = sa.space_id "
                "WHERE a.status IN ('tentative','confirmed','checked_in') "
                "AND b.status IN ('tentative','confirmed','checked_in') "
                "AND a.start_at - a.buffer_before_min * 60 < b.end_at + b.buffer_after_min * 60 "
                "AND b.start_at - b.buffer_before_min * 60 < a.end_at + a.buffer_after_min * 60"
            )).scalar()
            audited = session.execute(text(
                "SELECT count(*) FROM audit_entry WHERE entity = 'booking'")).scalar()
            stale = session.execute(text(
                "SELECT count(*) FROM occupancy o JOIN booking b ON b.id = o.booking_id "
                "WHERE b.status NOT IN ('tentative','confirmed','checked_in')")).scalar()
        assert overlaps == 0
        assert audited == successes
        assert stale == 0
        verdict = verify(engine)
        assert verdict.ok, verdict.message
    finally:
        engine.dispose()
