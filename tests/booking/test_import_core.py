"""The import every format shares: verdicts through the engine, one transaction, re-import."""

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from booking.building.load import initialize
from booking.errors import BadInput
from booking.exchange.incoming import Incoming, Verdict
from booking.services import Services
from booking.store.db import make_engine, read_session
from booking.store.models import AuditEntry, Booking
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


@pytest.fixture
def other_services(tmp_path: Path, clock: FakeClock) -> Iterator[Services]:
    """Another building's database, made by its own init (so its own store id)."""
    engine = make_engine(tmp_path / "other.db")
    initialize(engine)
    yield Services(engine, now=clock)
    engine.dispose()


def item(n: int, start_hour: int, *, room: str | None = "BROMO", day: int = 7,
         uid: str | None = "auto", title: str | None = None, hours: int = 1) -> Incoming:
    return Incoming(where=f"row {n}", room=room, start=at(start_hour, day=day),
                    end=at(start_hour, day=day) + timedelta(hours=hours),
                    title=title or f"Meeting {n}", uid=f"ext-{n}@example.com" if uid == "auto"
                    else uid)


def bookings_in(services: Services) -> list[tuple[str, str, int | None]]:
    with read_session(services.engine) as session:
        rows = session.exec(select(Booking).order_by(Booking.id)).all()
        return [(b.title, b.external_uid or "", b.room_id) for b in rows]


def test_free_items_are_booked_with_their_identity_kept(services: Services) -> None:
    result = services.import_bookings([item(1, 9), item(2, 11)])
    assert result.written and not result.dry_run and result.exit_code == 0
    assert [v.verdict for v in result.verdicts] == [Verdict.FREE, Verdict.FREE]
    assert [v.room for v in result.verdicts] == ["BROMO", "BROMO"]
    assert [(t, u) for t, u, _ in bookings_in(services)] == [
        ("Meeting 1", "ext-1@example.com"), ("Meeting 2", "ext-2@example.com")]


def test_a_dry_run_writes_nothing_not_even_audit(services: Services) -> None:
    with read_session(services.engine) as session:
        audit_before = len(session.exec(select(AuditEntry)).all())
    result = services.import_bookings([item(1, 9), item(2, 11)], dry_run=True)
    assert result.dry_run and not result.written and result.exit_code == 0
    assert [v.verdict for v in result.verdicts] == [Verdict.FREE, Verdict.FREE]
    assert bookings_in(services) == []
    with read_session(services.engine) as session:
        assert len(session.exec(select(AuditEntry)).all()) == audit_before


def test_two_items_of_one_file_clash_with_each_other(services: Services) -> None:
    result = services.import_bookings([item(1, 9, hours=2), item(2, 10)], dry_run=True)
    assert [v.verdict for v in result.verdicts] == [Verdict.FREE, Verdict.CONFLICT]
    assert "Meeting 1" in result.verdicts[1].message
    assert result.exit_code == 3


def test_all_or_nothing_unless_told_to_skip(services: Services) -> None:
    services.bookings.book(actor="frontdesk", room="BROMO", start=at(11), end=at(12),
                           title="Already here")
    items = [item(1, 9), item(2, 11), item(3, 10, day=25)]  # 25 December: Christmas
    refused = services.import_bookings(items)
    assert not refused.written and refused.exit_code == 3
    assert [v.verdict for v in refused.verdicts] == [Verdict.FREE, Verdict.CONFLICT,
                                                     Verdict.CLOSED]
    assert [t for t, _, _ in bookings_in(services)] == ["Already here"]
    rest = services.import_bookings(items, skip_conflicts=True)
    assert rest.written and rest.exit_code == 0
    assert [t for t, _, _ in bookings_in(services)] == ["Already here", "Meeting 1"]


def test_reimporting_the_same_items_changes_nothing(services: Services) -> None:
    items = [item(1, 9), item(2, 11)]
    services.import_bookings(items)
    with read_session(services.engine) as session:
        audit_before = len(session.exec(select(AuditEntry)).all())
    again = services.import_bookings(items)
    assert [v.verdict for v in again.verdicts] == [Verdict.UNCHANGED, Verdict.UNCHANGED]
    assert len(bookings_in(services)) == 2
    with read_session(services.engine) as session:
        assert len(session.exec(select(AuditEntry)).all()) == audit_before


def test_a_changed_item_updates_its_booking(services: Services) -> None:
    services.import_bookings([item(1, 9)])
    first = bookings_in(services)
    moved = services.import_bookings([item(1, 13, title="Meeting 1, later")])
    assert [v.verdict for v in moved.verdicts] == [Verdict.UPDATE]
    with read_session(services.engine) as session:
        (booking,) = session.exec(select(Booking)).all()
        assert booking.title == "Meeting 1, later"
        assert booking.start_at == at(13)
    assert len(first) == 1


def test_own_uids_match_here_but_not_in_another_database(services: Services,
                                                         other_services: Services) -> None:
    change = services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                    title="Made here")
    uid = services.booking_uids([change.booking.id])[change.booking.id]
    assert uid.startswith(f"booking-{change.booking.id}.") and uid.endswith("@ruang")
    same = Incoming(where="event 1", room="BROMO", start=at(9), end=at(10), title="Made here",
                    uid=uid)
    assert services.import_bookings([same]).verdicts[0].verdict == Verdict.UNCHANGED
    # Another database has its own booking #1: the UID must not name it.
    other_services.bookings.book(actor="frontdesk", room="KAWI", start=at(14), end=at(15),
                                 title="Theirs")
    elsewhere = other_services.import_bookings([same])
    assert elsewhere.verdicts[0].verdict == Verdict.FREE
    assert other_services.booking_uids([2]) == {2: uid}
    assert other_services.import_bookings([same]).verdicts[0].verdict == Verdict.UNCHANGED


def test_bad_items_are_refused_in_words(services: Services) -> None:
    result = services.import_bookings([
        item(1, 9, room="NO-SUCH-ROOM"), item(2, 9, room=None),
        item(3, 11, title="<b>x</b>" * 400), item(4, 14), item(5, 15, uid="ext-4@example.com")],
        dry_run=True)
    verdicts = [v.verdict for v in result.verdicts]
    assert verdicts == [Verdict.REFUSED, Verdict.REFUSED, Verdict.REFUSED, Verdict.FREE,
                        Verdict.REFUSED]
    assert "NO-SUCH-ROOM" in result.verdicts[0].message
    assert "room" in result.verdicts[1].message
    assert "row 4" in result.verdicts[4].message
    assert result.exit_code == 4


def test_the_room_given_to_the_import_fills_items_without_one(services: Services) -> None:
    result = services.import_bookings([item(1, 9, room=None)], room="KAWI")
    assert result.verdicts[0].room == "KAWI" and result.written


def test_a_file_too_large_is_refused_before_anything(services: Services) -> None:
    with pytest.raises(BadInput, match="at most"):
        services.import_bookings([item(1, 9)] * 100_001)


def test_progress_is_told_item_by_item(services: Services) -> None:
    seen: list[tuple[int, int]] = []
    services.import_bookings([item(1, 9), item(2, 11)], dry_run=True,
                             progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 2), (2, 2)]


def test_a_large_file_is_all_or_nothing_only_up_to_a_limit(services: Services,
                                                           monkeypatch: pytest.MonkeyPatch
                                                           ) -> None:
    import booking.exchange.importer as importer

    monkeypatch.setattr(importer, "ALL_OR_NOTHING", 3)
    items = [item(n, 8 + 2 * n) for n in range(1, 6)]
    with pytest.raises(BadInput, match="all or nothing takes at most 3"):
        services.import_bookings(items)
    assert bookings_in(services) == []
    # A dry run still checks it (in batches), so the window can show what would go in.
    checked = services.import_bookings(items, dry_run=True)
    assert [v.verdict for v in checked.verdicts] == [Verdict.FREE] * 5
    assert bookings_in(services) == []


def test_a_large_import_goes_in_batches_that_let_other_desks_write(
        file_engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch) -> None:
    import booking.exchange.importer as importer

    services = Services(file_engine, now=clock)
    elsewhere = Services(make_engine(str(file_engine.url.database)), now=clock)

    monkeypatch.setattr(importer, "ALL_OR_NOTHING", 3)
    monkeypatch.setattr(importer, "BATCH", 2)
    items = [item(n, 8 + 2 * n) for n in range(1, 6)]
    dry = services.import_bookings(items, skip_conflicts=True, dry_run=True)
    assert [v.verdict for v in dry.verdicts] == [Verdict.FREE] * 5 and not dry.written
    assert bookings_in(services) == []
    committed_before: list[int] = []

    def progress(done: int, _total: int) -> None:
        if done == 3:  # inside the second batch: the first is on disk already
            committed_before.append(len(bookings_in(elsewhere)))
    result = services.import_bookings(items, skip_conflicts=True, progress=progress)
    assert result.written and [v.verdict for v in result.verdicts] == [Verdict.FREE] * 5
    assert committed_before == [2]
    assert len(bookings_in(services)) == 5
    elsewhere.engine.dispose()
