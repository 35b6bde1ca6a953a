"""The hot paths: plain rows in one read transaction, read models built without __init__, the
booking insert through the overlap guard."""

import dataclasses
from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlalchemy import Engine, event

from booking.audit import verify
from booking.errors import ConflictError, RuleRefused
from booking.queries import get_booking
from booking.services import Services
from booking.store.db import make_engine, one_transaction, quick_read
from booking.views import BookingView
from tests.booking.conftest import at
from tests.helpers.backends import Backend
from tests.helpers.clock import FakeClock


@pytest.fixture
def file_engine(backend_engine: Engine) -> Engine:
    """Every test here runs on SQLite (a file) and on PostgreSQL."""
    return backend_engine


@pytest.fixture
def server_engine(server_backend: Backend) -> Iterator[Engine]:
    """An engine on the test's own PostgreSQL database."""
    engine = make_engine(server_backend.target)
    yield engine
    engine.dispose()


def _fields(view: BookingView) -> dict[str, object]:
    return {f.name: getattr(view, f.name) for f in dataclasses.fields(view)}


def test_a_listed_booking_is_the_same_value_as_one_built_field_by_field(
        file_engine: Engine, clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                  title="Stand-up", organization="Bank Mandiri", attendees=4,
                                  guest_tz="Asia/Tokyo").booking
    listed = services.list_bookings(start=at(0), end=at(0) + timedelta(days=1))
    assert [v.id for v in listed] == [made.id]
    view = listed[0]
    # Every field of the dataclass is set, none more, and equal to the ORM-built view.
    assert set(vars(view)) == {f.name for f in dataclasses.fields(BookingView)}
    rebuilt = BookingView(**_fields(view))
    assert rebuilt == view and hash(rebuilt) == hash(view)
    assert view == get_booking(file_engine, made.id)
    assert view.start == at(9) and view.guest_zone == "Asia/Tokyo"
    with pytest.raises(dataclasses.FrozenInstanceError):
        view.title = "changed"  # type: ignore[misc]
    assert dataclasses.replace(view, title="Retro").title == "Retro"


def test_an_audit_state_is_the_json_less_what_follows_from_other_fields(
        file_engine: Engine, clock: FakeClock) -> None:
    """audit_state is built on its own (a series writes one per date): it must stay to_json
    less the names and instants that follow from others, with the booking's own guest zone
    rather than its organization's."""
    services = Services(file_engine, now=clock)
    services.bookings.book(actor="manager", room="KAWI", start=at(8), end=at(9),
                           title="Setup", organization="Maybank", guest_tz="Asia/Kuala_Lumpur")
    services.organization_tools.set_guest_zone(actor="manager", organization="Maybank",
                                               guest_tz="Asia/Singapore")
    made = services.bookings.book(actor="manager", room="BROMO", start=at(9), end=at(10),
                                  title="Stand-up <b>", organization="Maybank", attendees=4,
                                  notes="agenda\nfirst")
    clock.current = at(9) - timedelta(minutes=10)
    services.bookings.check_in(actor="manager", booking_id=made.booking.id)
    cancelled = services.bookings.book(actor="manager", room="ARJUNO", start=at(11),
                                       end=at(12), title="Gone").booking
    services.bookings.cancel(actor="manager", booking_id=cancelled.id, reason="ill")
    for view in (services.booking(made.booking.id), services.booking(cancelled.id)):
        expected = view.to_json()
        for key in ("room_name", "booked_by", "created_at", "updated_at"):
            del expected[key]
        expected["guest_tz"] = view.guest_tz
        assert view.audit_state() == expected
        assert list(view.audit_state()) == list(expected)
    checked = services.booking(made.booking.id)
    assert checked.guest_zone == "Asia/Singapore" and checked.audit_state()["guest_tz"] is None
    assert checked.audit_state()["checked_in_at"] is not None
    assert checked.audit_state()["status"] == "checked_in"
    assert services.booking(cancelled.id).audit_state()["cancel_reason"] == "ill"


def test_a_quick_read_inside_one_transaction_sees_what_it_wrote(
        file_engine: Engine, clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    with one_transaction(file_engine, keep=False):
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                               title="Rehearsed")
        listed = services.list_bookings(start=at(0), end=at(0) + timedelta(days=1))
        assert [v.title for v in listed] == ["Rehearsed"]
    assert services.list_bookings(start=at(0), end=at(0) + timedelta(days=1)) == []


def test_a_quick_read_is_one_snapshot_and_ends_its_transaction(file_engine: Engine,
                                                               clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    with quick_read(file_engine) as reader:
        before = reader.rows("SELECT count(*) FROM booking")[0][0]
        # Another desk books meanwhile: this read keeps seeing the database as it began.
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                               title="Meanwhile")
        assert reader.rows("SELECT count(*) FROM booking")[0][0] == before
    with quick_read(file_engine) as reader:
        assert reader.rows("SELECT count(*) FROM booking")[0][0] == before + 1
    with pytest.raises(ValueError), quick_read(file_engine) as reader:
        reader.rows("SELECT 1")
        raise ValueError("a reader that fails still gives its connection back")
    # The pooled connection came back without an open transaction: a write goes through.
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(11), end=at(12),
                           title="After")


def test_a_due_no_show_is_released_before_the_read_that_shows_it(
        file_engine: Engine, clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    clock.current = at(8)
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                  title="Nobody came").booking
    clock.current = at(9, 40)
    listed = services.list_bookings(start=at(0), end=at(0) + timedelta(days=1),
                                    room_ids=[made.room_id])
    assert [v.status for v in listed] == ["released"]


def test_the_read_asks_in_its_own_statement_whether_work_is_due_and_sorts_as_shown(
        file_engine: Engine, clock: FakeClock) -> None:
    """A span with nothing in it needs no release to be shown; the next read that shows the
    no-show releases it first. Rows come by start, room and id."""
    services = Services(file_engine, now=clock)
    clock.current = at(8)
    late = services.bookings.book(actor="frontdesk", room="KAWI", start=at(9), end=at(10),
                                  title="Nobody came").booking
    early = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                   title="Same start").booking
    first = services.bookings.book(actor="frontdesk", room="WELIRANG", start=at(8, 30),
                                   end=at(9), title="First").booking
    clock.current = at(9, 40)
    assert services.list_bookings(start=at(0, day=9), end=at(0, day=10)) == []
    listed = services.list_bookings(start=at(0), end=at(0) + timedelta(days=1))
    assert [v.id for v in listed] == [first.id] + sorted(
        [early.id, late.id], key=lambda i: (services.booking(i).room_id, i))
    assert {v.status for v in listed if v.id in (early.id, late.id)} == {"released"}
    assert services.list_bookings(start=at(0), end=at(0) + timedelta(days=1),
                                  statuses=["released"]) == [
        v for v in listed if v.status == "released"]


def test_the_overlap_guard_refuses_a_booking_the_check_missed_and_writes_nothing(
        file_engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """Another desk took the time between the check and the insert: the database's triggers
    refuse the row, the person is told, and neither the booking nor an audit entry stays."""
    from booking.booking_rows import BookingRows
    from booking.errors import ConflictError

    services = Services(file_engine, now=clock)
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                           title="First")
    with quick_read(file_engine) as reader:
        audit_before = reader.rows("SELECT count(*) FROM audit_entry")[0][0]
    def sees_nothing(*_args: object, **_kwargs: object) -> list[int]:
        return []

    monkeypatch.setattr(BookingRows, "clash_ids", staticmethod(sees_nothing))
    with pytest.raises(ConflictError, match="booked by someone else at the same moment"):
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(9, 30),
                               end=at(10, 30), title="Raced")
    monkeypatch.undo()
    listed = services.list_bookings(start=at(0), end=at(0) + timedelta(days=1))
    assert [v.title for v in listed] == ["First"]
    with quick_read(file_engine) as reader:
        assert reader.rows("SELECT count(*) FROM audit_entry")[0][0] == audit_before


def test_a_search_admits_exactly_the_rooms_the_booking_rules_let_through(
        file_engine: Engine, clock: FakeClock) -> None:
    """The free-room search judges shared rules once per kind or hours profile: on every span
    it admits the rooms for which the booking rules, judged room by room, find nothing."""
    from booking.rules import ROOM_FACTS_SQL, Proposal, RoomFacts, RuleBook

    services = Services(file_engine, now=clock)
    services.terms.assign_term(actor="manager", room="P2.01", organization="Bank Mandiri",
                               start=at(0), end=at(0, day=12))
    services.terms.add_closure(actor="manager", name="Lift repair", start=at(13, day=8),
                               end=at(15, day=8), room="BROMO")
    services.terms.add_closure(actor="manager", name="Power cut", start=at(17, day=9),
                               end=at(19, day=9))
    spans = [(at(9), at(10)), (at(13, 30, day=8), at(14, day=8)), (at(18, day=9),
             at(19, day=9)), (at(10, day=25), at(11, day=25)), (at(9, day=13), at(9, 30, day=13)),
             (at(6), at(7)), (at(20), at(23)), (at(8), at(20)), (at(10, day=7, month=12),
                                                                 at(10, 15))]
    with quick_read(file_engine) as reader:
        rooms = [RoomFacts(*row) for row in reader.rows(ROOM_FACTS_SQL + " ORDER BY r.id")]
        for organization in (None, services.organizations()["Bank Mandiri"]):
            for attendees in (0, 6, 40):
                for start, end in spans:
                    rules = RuleBook(reader, now=clock())
                    rules.prefetch(start, end)
                    expected = [r.code for r in rooms if not rules.refusals(
                        Proposal(r, start, end, attendees, None, organization))]
                    admitted = rules.admitted(rooms, start, end, attendees, organization)
                    assert [r.code for r in admitted] == expected, (start, attendees)
    assert expected != [] and len(expected) < len(rooms)


def test_a_booking_that_fails_after_its_insert_leaves_nothing_and_the_next_one_goes_through(
        file_engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """The plain road writes in one BEGIN IMMEDIATE transaction: an error after the insert
    (here the audit entry) rolls the booking back, and the pooled connection is left clean."""
    import booking.engine

    services = Services(file_engine, now=clock)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("the audit write failed")

    monkeypatch.setattr(booking.engine, "add_audit", broken)
    with pytest.raises(RuntimeError, match="audit write failed"):
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                               title="Lost")
    monkeypatch.undo()
    assert services.list_bookings(start=at(0), end=at(0) + timedelta(days=1)) == []
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                  title="Kept").booking
    with quick_read(file_engine) as reader:
        assert reader.rows("SELECT title FROM booking") == [("Kept",)]
        assert reader.rows("SELECT entity_id FROM audit_entry WHERE action = "
                           "'booking.created'") == [(made.id,)]


def test_both_roads_of_a_booking_write_the_same_booking_and_audit_entry(
        file_engine: Engine, clock: FakeClock) -> None:
    """A known organization takes the plain road, a new one the session road (it is added
    first): the bookings and their audit entries read alike, and the trail stays whole."""
    from booking.audit import verify

    services = Services(file_engine, now=clock)
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(9), end=at(10),
                           title="First", organization="Bank Mandiri")
    plain = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                   title="Plain", organization="bank mandiri ", attendees=3,
                                   contact_name="Sari", notes="<b>tea</b>").booking
    session = services.bookings.book(actor="frontdesk", room="BROMO", start=at(11),
                                     end=at(12), title="Session", organization="Kopi Lokal",
                                     attendees=3, contact_name="Sari",
                                     notes="<b>tea</b>").booking
    assert plain.organization == "Bank Mandiri" and session.organization == "Kopi Lokal"
    assert {k: v for k, v in plain.to_json().items() if k not in (
        "id", "title", "start", "end", "organization", "organization_id")} == {
        k: v for k, v in session.to_json().items() if k not in (
            "id", "title", "start", "end", "organization", "organization_id")}
    with quick_read(file_engine) as reader:
        actions = [a for (a,) in reader.rows("SELECT action FROM audit_entry ORDER BY id")]
    assert actions[-5:] == ["organization.added", "booking.created", "booking.created",
                            "organization.added", "booking.created"]
    verdict = verify(file_engine)
    assert verdict.ok and verdict.entries == len(actions)


def test_a_search_sees_a_change_to_the_building_made_by_another_program(
        file_engine: Engine, backend: Backend, clock: FakeClock) -> None:
    """The free-room search keeps the rooms, amenities and hours between searches; the
    database's triggers raise the building's revision on any change to them, from any
    connection, and the next search reads them again."""
    from booking.store.revision import REVISION_SQL

    services = Services(file_engine, now=clock)

    def found(**needs: object) -> list[str]:
        return [r.code for r in services.availability.free_rooms(
            start=at(10), end=at(11), capacity=6, **needs)]  # type: ignore[arg-type]

    before = found()
    assert "WELIRANG" in before and "BROMO" in before
    other = backend.shell()
    try:
        revision = other.execute(REVISION_SQL).fetchone()[0]
        other.execute("UPDATE room SET capacity = 2 WHERE code = 'WELIRANG'")
        assert "WELIRANG" not in found()
        other.execute("INSERT INTO room_amenity (room_id, amenity) SELECT id, 'sauna' "
                      "FROM room WHERE code = 'BROMO'")
        assert found(amenities=["sauna"]) == ["BROMO"]
        assert "sauna" in next(r for r in services.availability.free_rooms(
            start=at(10), end=at(11), capacity=6) if r.code == "BROMO").amenities
        # Offices close at 10:00 on Mondays: every room of that profile drops out.
        other.execute("UPDATE opening_hours SET closes_min = 600 WHERE profile_code = 'office' "
                      "AND weekday = 0")
        assert not {"BROMO", "ARJUNO", "SEMERU"} & set(found())
        assert other.execute(REVISION_SQL).fetchone()[0] == revision + 3
    finally:
        other.close()


def test_a_booking_on_a_server_asks_nine_statements(server_engine: Engine,
                                                    clock: FakeClock) -> None:
    """Every statement on a server is a round trip: a booking asks its rules in one
    statement and writes its row and its audit entry in one each (the booking budget)."""
    services = Services(server_engine, now=clock)
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(9), end=at(10),
                           title="First")
    asked: list[str] = []
    event.listen(server_engine, "before_cursor_execute",
                 lambda _c, _cur, statement, *_rest: asked.append(statement))
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9),
                                  end=at(10), title="Second").booking
    assert len(asked) == 9, "\n".join(asked)
    assert sum("opening_hours" in s or "term_assignment" in s for s in asked) == 1
    assert sum("INSERT" in s for s in asked) == 2
    assert made.title == "Second" and made.room == "BROMO"
    assert verify(server_engine).ok


def test_a_series_on_a_server_chains_its_audit_entries_in_batches(
        server_engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("booking.lookups._SERVER_BATCH", 2)
    services = Services(server_engine, now=clock)
    outcome = services.series.create(actor="frontdesk", room="KAWI", start=at(9),
                                     end=at(9, 30), rule="FREQ=DAILY;COUNT=5",
                                     title="Daily <b>stand-up</b>")
    assert len(outcome.created) == 5
    with quick_read(server_engine) as reader:
        written = reader.rows("SELECT entity_id, after FROM audit_entry WHERE action = "
                              "'booking.created' ORDER BY id")
    assert [entity for entity, _after in written] == [b.id for b in outcome.created]
    assert all(after["title"] == "Daily <b>stand-up</b>" for _entity, after in written)
    verdict = verify(server_engine)
    assert verdict.ok, verdict


def test_one_proposals_rules_read_together_refuse_as_each_rule_does(
        file_engine: Engine, clock: FakeClock) -> None:
    """The hours, holiday, closure and term rules read in one statement: each still refuses
    on its own, and an override names every rule it lifted."""
    services = Services(file_engine, now=clock)
    services.closure_tools.add(actor="manager", reason="Projector repair", room="BROMO",
                               start=at(0, day=8), end=at(0, day=9))
    with pytest.raises(RuleRefused, match="Projector repair") as closed:
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(10, day=8),
                               end=at(11, day=8), title="x")
    assert closed.value.rule == "closure"
    with pytest.raises(RuleRefused) as late:
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(22), end=at(23),
                               title="x")
    assert late.value.rule == "hours"
    with pytest.raises(RuleRefused) as holiday:
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(10, day=25),
                               end=at(11, day=25), title="x")
    assert holiday.value.rule == "holiday"
    lifted = services.bookings.book(actor="manager", room="BROMO", start=at(22, day=8),
                                    end=at(23, day=8), title="x", override_reason="VIP")
    assert set(lifted.overridden) == {"closure", "hours"}
    # Another room on the closed day is not closed, and books.
    assert services.bookings.book(actor="frontdesk", room="KAWI", start=at(10, day=8),
                                  end=at(11, day=8), title="x").booking.room == "KAWI"


def test_a_series_on_a_server_inserts_its_dates_a_batch_at_a_time(
        server_engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    """A few statements of many rows on a server: each id belongs to its own date, and a
    date another desk took behind the check refuses the whole batch, writing nothing."""
    monkeypatch.setattr("booking.booking_rows._ROWS_AT_ONCE", 2)
    services = Services(server_engine, now=clock)
    outcome = services.series.create(actor="frontdesk", room="KAWI", start=at(9),
                                     end=at(9, 30), rule="FREQ=DAILY;COUNT=5",
                                     title="Stand-up")
    assert [(b.start, b.occurrence_date) for b in outcome.created] == [
        (at(9, day=7 + n), f"2026-12-{7 + n:02d}") for n in range(5)]
    # Another desk took the fourth date, and the check misses it (as it would when the
    # desk wrote between the check and the insert): the database's guard refuses.
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(14, day=10),
                           end=at(15, day=10), title="Other desk")
    monkeypatch.setattr(services.series.bookings, "clash_ids_of_spans",
                        lambda _session, *, spans, **_rest: [[] for _span in spans])
    before = len(services.list_bookings(start=at(0), end=at(0, day=20)))
    with pytest.raises(ConflictError, match="someone else"):
        services.series.create(actor="frontdesk", room="BROMO", start=at(14),
                               end=at(15), rule="FREQ=DAILY;COUNT=5", title="Clinic")
    listed = services.list_bookings(start=at(0), end=at(0, day=20))
    assert len(listed) == before  # nothing of the refused series
    assert verify(server_engine).ok
