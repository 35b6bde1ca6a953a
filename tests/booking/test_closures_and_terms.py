"""Closures and term assignments as managers enter them: bookings in the way are shown first and
refused, kept or cancelled; everything is audited; only managers and administrators may."""

from datetime import date

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.affected import BookingsInTheWay
from booking.errors import BadInput, ConflictError, NotPermitted, RuleRefused
from booking.services import Services
from booking.store.models import AuditEntry
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD, MANAGER = "frontdesk", "manager"


def _actions(services: Services) -> list[str]:
    with Session(services.engine) as session:
        return list(session.exec(select(AuditEntry.action).order_by(col(AuditEntry.id))))


def _book(services: Services, room: str, hour: int, *, day: int = 7, team: str | None = None,
          ) -> int:
    change = services.bookings.book(actor=FD, room=room, start=at(hour, day=day),
                                    end=at(hour + 1, day=day), title=f"{room} {hour}",
                                    organization=team)
    return change.booking.id


def test_a_closure_over_bookings_is_refused_listing_them(services: Services) -> None:
    first, second = _book(services, "BROMO", 10), _book(services, "KAWI", 14)
    _book(services, "BROMO", 10, day=9)  # another day: not in the way
    with pytest.raises(BookingsInTheWay, match="2 bookings still to come fall") as caught:
        services.closure_tools.add(actor=MANAGER, reason="Electrical work", start=at(0),
                                   end=at(0, day=8))
    assert [b.id for b in caught.value.bookings] == [first, second]
    assert isinstance(caught.value, RuleRefused)
    assert services.closure_tools.list() == []


def test_a_room_closure_meets_only_that_room(services: Services) -> None:
    _book(services, "KAWI", 10)
    outcome = services.closure_tools.add(actor=MANAGER, reason="Projector repair",
                                         room="BROMO", start=at(0), end=at(0, day=8))
    assert outcome.bookings.affected == () and outcome.closure.room == "BROMO"
    with pytest.raises(RuleRefused, match="closed"):
        _book(services, "BROMO", 11)


def test_keep_saves_and_leaves_the_bookings(services: Services) -> None:
    kept = _book(services, "BROMO", 10)
    outcome = services.closure_tools.add(actor=MANAGER, reason="Fumigation", start=at(0),
                                         end=at(0, day=8), on_bookings="keep")
    assert [b.id for b in outcome.bookings.affected] == [kept]
    assert outcome.bookings.cancelled == ()
    assert services.booking(kept).status == "confirmed"
    assert [c.name for c in services.closure_tools.list()] == ["Fumigation"]
    assert _actions(services)[-1] == "closure.added"


def test_cancel_saves_and_cancels_with_the_reason(services: Services) -> None:
    gone = _book(services, "BROMO", 10)
    outcome = services.closure_tools.add(actor=MANAGER, reason="Water leak", start=at(0),
                                         end=at(0, day=8), on_bookings="cancel")
    assert [b.id for b in outcome.bookings.cancelled] == [gone]
    cancelled = services.booking(gone)
    assert cancelled.status == "cancelled" and cancelled.cancel_reason == "Water leak"
    assert _actions(services)[-2:] == ["booking.cancelled", "closure.added"]


def test_a_dry_run_saves_nothing(services: Services) -> None:
    booked = _book(services, "BROMO", 10)
    before = _actions(services)
    outcome = services.closure_tools.add(actor=MANAGER, reason="x", start=at(0),
                                         end=at(0, day=8), on_bookings="cancel", dry_run=True)
    assert [b.id for b in outcome.bookings.affected] == [booked]
    assert not outcome.bookings.saved and outcome.bookings.cancelled == ()
    assert services.closure_tools.list() == [] and _actions(services) == before
    assert services.booking(booked).status == "confirmed"


def test_past_bookings_are_not_in_the_way(services: Services, clock: FakeClock) -> None:
    done = _book(services, "BROMO", 10)
    clock.advance(days=7)  # 8 December 08:00: the booking on the 7th is history
    outcome = services.closure_tools.add(actor=MANAGER, reason="Audit", start=at(0),
                                         end=at(0, day=9))
    assert outcome.bookings.affected == ()
    assert services.booking(done).status in ("confirmed", "released")


def test_remove_opens_again_and_is_audited(services: Services) -> None:
    made = services.closure_tools.add(actor=MANAGER, reason="Painting", room="BROMO",
                                      start=at(0), end=at(0, day=8))
    removed = services.closure_tools.remove(actor=MANAGER, closure_id=made.closure.id)
    assert removed.name == "Painting"
    assert services.closure_tools.list() == []
    assert _actions(services)[-1] == "closure.removed"
    _book(services, "BROMO", 10)
    with pytest.raises(BadInput, match="no closure #"):
        services.closure_tools.remove(actor=MANAGER, closure_id=made.closure.id)


@pytest.mark.parametrize("who", [FD, "organizer"])
def test_only_managers_and_admins(services: Services, who: str) -> None:
    with pytest.raises(NotPermitted, match=f"{who} may not change closures"):
        services.closure_tools.add(actor=who, reason="x", start=at(0), end=at(0, day=8))
    with pytest.raises(NotPermitted, match=f"{who} may not assign rooms to teams"):
        services.terms.assign(actor=who, room="P2.01", team="GovTech Singapore", start=at(0),
                              end=at(0, day=20))
    assert services.closure_tools.add(actor="admin", reason="x", start=at(0),
                                      end=at(0, day=8)).closure.id


def test_a_term_meets_other_teams_bookings_only(services: Services) -> None:
    theirs = _book(services, "P2.01", 10, team="GovTech Singapore")
    others = _book(services, "P2.01", 13, team="KBZ Bank")
    with pytest.raises(BookingsInTheWay, match="1 booking still to come falls in this term") \
            as caught:
        services.terms.assign(actor=MANAGER, room="P2.01", team="GovTech Singapore",
                              start=at(0), end=at(0, day=20))
    assert [b.id for b in caught.value.bookings] == [others]
    outcome = services.terms.assign(actor=MANAGER, room="P2.01", team="GovTech Singapore",
                                    start=at(0), end=at(0, day=20), on_bookings="cancel")
    assert [b.id for b in outcome.bookings.cancelled] == [others]
    assert services.booking(theirs).status == "confirmed"
    assert "assigned to GovTech Singapore" in services.booking(others).cancel_reason
    assert [t.team for t in services.terms.list_terms()] == ["GovTech Singapore"]
    with pytest.raises(ConflictError, match="already assigned"):
        services.terms.assign(actor=MANAGER, room="P2.01", team="KBZ Bank", start=at(0, day=9),
                              end=at(0, day=12))


def test_ending_a_term_on_a_day_and_withdrawing_it(services: Services) -> None:
    made = services.terms.assign(actor=MANAGER, room="P2.01", team="GovTech Singapore",
                                 start=at(0), end=at(0, day=28))
    ended = services.terms.end(actor=MANAGER, term_id=made.term.id, on=date(2026, 12, 14))
    assert ended.end == at(0, day=15) and ended.active
    assert _actions(services)[-1] == "term.ended"
    with pytest.raises(BadInput, match="already ends on Mon 14 Dec 2026"):
        services.terms.end(actor=MANAGER, term_id=made.term.id, on=date(2026, 12, 20))
    with pytest.raises(BadInput, match="starts on"):
        services.terms.end(actor=MANAGER, term_id=made.term.id, on=date(2026, 12, 1))
    withdrawn = services.terms.end(actor=MANAGER, term_id=made.term.id)
    assert not withdrawn.active
    assert services.terms.list_terms() == []
    assert [t.id for t in services.terms.list_terms(include_ended=True)] == [made.term.id]
