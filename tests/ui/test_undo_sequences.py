"""Hypothesis: any run of changes to two bookings undoes step by step back to the start and
redoes to the end, through the window's own undo commands."""

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication

from booking.errors import BookingError
from booking.services import Services
from booking.views import BookingView, Change
from tests.helpers.clock import FakeClock
from tests.helpers.databases import memory_copy
from tests.ui.conftest import at
from ui.undo import CancelCommand, DetailsCommand, DomainCommand, MoveCommand, Versions

ROOMS = ("BROMO", "KAWI", "SEMERU", "P2.01")
SLOTS = list(range(8 * 4, 18 * 4))  # quarter hours from 08:00 to 18:00

operation = st.one_of(
    st.tuples(st.just("move"), st.integers(0, 1), st.sampled_from(ROOMS),
              st.sampled_from(SLOTS)),
    st.tuples(st.just("resize"), st.integers(0, 1), st.integers(2, 12)),
    st.tuples(st.just("details"), st.integers(0, 1), st.sampled_from(("A", "B", "C")),
              st.integers(0, 8)),
    st.tuples(st.just("cancel"), st.integers(0, 1)),
)

State = tuple[str, datetime, datetime, str, int, str]


def quarter(slot: int) -> datetime:
    return at(0) + timedelta(minutes=15 * slot)


def state(services: Services, ids: list[int]) -> list[State]:
    views = [services.booking(i) for i in ids]
    return [(v.room, v.start, v.end, v.title, v.attendees, v.status) for v in views]


def apply(services: Services, ids: list[int], op: tuple[object, ...]) -> Change:
    """One change as the window makes it: against the version on screen."""
    booking = services.booking(ids[int(op[1])])  # type: ignore[call-overload]
    bookings, actor, version = services.bookings, services.actor, booking.version
    if op[0] == "move":
        start = quarter(int(op[3]))  # type: ignore[call-overload]
        return bookings.move(actor=actor, booking_id=booking.id, room=str(op[2]), start=start,
                             end=start + (booking.end - booking.start),
                             expected_version=version)
    if op[0] == "resize":
        return bookings.resize(actor=actor, booking_id=booking.id,
                               end=booking.start + timedelta(minutes=15 * int(op[2])),  # type: ignore[call-overload]
                               expected_version=version)
    if op[0] == "details":
        return bookings.change_details(actor=actor, booking_id=booking.id, title=str(op[2]),
                                       attendees=int(op[3]),  # type: ignore[call-overload]
                                       expected_version=version)
    return bookings.cancel(actor=actor, booking_id=booking.id, reason="test",
                           expected_version=version)


def command(change: Change, **kwargs: object) -> DomainCommand | None:
    """The command the window pushes for a change (MainWindow._push)."""
    before: BookingView | None = change.before[0] if change.before else None
    if change.action in ("moved", "resized") and before is not None:
        return MoveCommand(before, change.booking, change.action, **kwargs)
    if change.action == "changed" and before is not None:
        return DetailsCommand(before, change.booking, **kwargs)
    if change.action == "cancelled" and before is not None:
        return CancelCommand(change.booking, change.booking.cancel_reason, before.status,
                             **kwargs)
    return None


@pytest.fixture
def fresh_services(initialised_template: Path) -> Callable[[], Services]:
    def make() -> Services:
        clock = FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=at(0).tzinfo))
        return Services(memory_copy(initialised_template), now=clock)
    return make


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(ops=st.lists(operation, min_size=1, max_size=14))
def test_any_run_of_changes_undoes_to_the_start_and_redoes_to_the_end(
        qapp: QApplication, fresh_services: Callable[[], Services],  # noqa: ARG001
        ops: list[tuple[object, ...]]) -> None:
    services = fresh_services()
    try:
        ids = [services.bookings.book(actor="frontdesk", room=room, start=at(hour),
                                      end=at(hour + 1), title=title).booking.id
               for room, hour, title in (("BROMO", 9, "first"), ("KAWI", 14, "second"))]
        stack, versions = QUndoStack(), Versions()
        said: list[str] = []
        kwargs = {"services": services, "announce": lambda _change: None,
                  "report": said.append, "versions": versions}
        states = [state(services, ids)]
        for op in ops:
            try:
                change = apply(services, ids, op)
            except BookingError:
                continue
            pushed = command(change, **kwargs)
            if pushed is not None:
                stack.push(pushed)
                states.append(state(services, ids))
        assert stack.count() == len(states) - 1
        for expected in reversed(states[:-1]):
            stack.undo()
            assert said[-1].startswith("Undone"), said[-1]
            assert state(services, ids) == expected
        assert not stack.canUndo()
        for expected in states[1:]:
            stack.redo()
            assert said[-1].startswith("Redone"), said[-1]
            assert state(services, ids) == expected
        assert not stack.canRedo()
    finally:
        services.close()
