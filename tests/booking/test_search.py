"""Booking search: prefix words through the FTS index, filters, sorting, paging, index upkeep."""

from datetime import timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import Engine, text
from sqlmodel import select

import booking.store.schema as schema
from booking.building.load import initialize
from booking.errors import BadInput
from booking.queries import views_by_ids, views_of
from booking.search import COUNT_CAP, SearchPage, search_bookings
from booking.services import Services
from booking.store.db import make_engine, read_session, write_session
from booking.store.models import Booking
from booking.store.search_index import server_document_sql
from tests.booking.conftest import DAY, at
from tests.helpers.clock import FakeClock

FD = "frontdesk"


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


def titles(page: SearchPage) -> list[str]:
    return [row.title for row in page.rows]


def found(engine: Engine, words: str, **filters: object) -> set[str]:
    return set(titles(search_bookings(engine, text=words, **filters)))  # type: ignore[arg-type]


def book(services: Services, room: str, hour: int, title: str, *, day: int = 7,
         **details: object) -> int:
    change = services.bookings.book(actor=FD, room=room, start=at(hour, day=day),
                                    end=at(hour + 1, day=day), title=title,
                                    **details)  # type: ignore[arg-type]
    return change.booking.id


def index_is_sound(engine: Engine) -> None:
    with write_session(engine) as session:
        if engine.dialect.name == "sqlite":
            session.execute(text(
                "INSERT INTO booking_search (booking_search) VALUES ('integrity-check')"))
            return
        # On PostgreSQL: one document per booking, each what its booking says now.
        assert session.execute(text(
            "SELECT count(*) FROM booking b LEFT JOIN organization o "
            "ON o.id = b.organization_id FULL JOIN booking_search s ON s.booking_id = b.id "
            f"WHERE s.document IS DISTINCT FROM {server_document_sql('b', 'o.name')}")
        ).scalar() == 0


@pytest.fixture
def desk(services: Services) -> Services:
    """A small week of bookings on two floors for three organizations."""
    book(services, "KAWI", 10, "Sprint planning", organization="PT Telkom Indonesia")
    book(services, "BROMO", 10, "Client demo", organization="Bank Mandiri", attendees=6)
    book(services, "SEMERU", 9, "Rapat koordinasi", contact_name="Budi Santoso",
         notes="Bring the projector", day=8)
    book(services, "I2.01", 14, "Café pitch", organization="Tani Cerdas", day=9)
    book(services, "ARJUNO", 15, "Design review", organization="pt telkom indonesia",
         day=10, attendees=3)
    return services


def test_words_match_the_start_of_title_and_organization_words(desk: Services) -> None:
    engine = desk.engine
    assert found(engine, "telk") == {"Sprint planning", "Design review"}
    assert found(engine, "TELKOM indo") == {"Sprint planning", "Design review"}
    assert found(engine, "plan") == {"Sprint planning"}
    assert found(engine, "review telkom") == {"Design review"}
    assert found(engine, "mandiri demo") == {"Client demo"}
    assert found(engine, "demo telkom") == set()  # every word must match
    assert found(engine, "elkom") == set()  # a word matches from its start only


def test_contact_notes_and_accents_are_searched(desk: Services) -> None:
    assert found(desk.engine, "budi") == {"Rapat koordinasi"}
    assert found(desk.engine, "projector") == {"Rapat koordinasi"}
    assert found(desk.engine, "cafe") == {"Café pitch"}
    assert found(desk.engine, "CAFÉ PITCH") == {"Café pitch"}


@pytest.mark.parametrize(("typed", "expected"), [
    ('"); DROP TABLE booking; --', 0), ("a*b OR", 0), ("NEAR(a b)", 0), ("title:telkom", 0),
    ("AND", 0), ("{title}: x", 0), ("^x", 0), ("telkom OR mandiri", 0), ("NOT telkom", 0),
    ("telkom -mandiri", 0), ('"', 5), ("*", 5), ("'", 5), ("%_", 5), ("(", 5), ("\\", 5),
    ("\x00", 5), ("-", 5), ("sprint*", 1), ('sprint"', 1), ("(telkom)", 2),
])
def test_search_syntax_is_plain_words_and_never_raises(desk: Services, typed: str,
                                                       expected: int) -> None:
    # Operators and quotes are no syntax: OR, NOT and NEAR are words no booking holds, and
    # text with no word at all leaves the search to the other filters.
    assert search_bookings(desk.engine, text=typed).total == expected
    with read_session(desk.engine) as session:
        assert len(session.exec(select(Booking)).all()) == 5


def test_punctuation_alone_searches_everything_and_around_words_is_ignored(
        desk: Services) -> None:
    assert search_bookings(desk.engine, text='"*()"').total == 5
    assert found(desk.engine, '"sprint")*') == {"Sprint planning"}
    assert found(desk.engine, "pt-telkom") == {"Sprint planning", "Design review"}


def test_filters_by_date_range(desk: Services) -> None:
    engine = desk.engine
    tuesday = DAY + timedelta(days=1)
    assert found(engine, "", start=tuesday, end=tuesday + timedelta(days=2)) == {
        "Rapat koordinasi", "Café pitch"}
    assert found(engine, "", start=tuesday) == {"Rapat koordinasi", "Café pitch",
                                                "Design review"}
    assert found(engine, "", end=tuesday) == {"Sprint planning", "Client demo"}
    # A booking belongs to the range it starts in: 10:00 on Monday is inside [10:00, 10:01).
    assert found(engine, "telkom", start=at(10), end=at(10, 1)) == {"Sprint planning"}


def test_filters_by_room_floor_status_and_organization(desk: Services) -> None:
    engine = desk.engine
    rooms = {r.code: r.id for r in desk.rooms()}
    assert found(engine, "", room_ids=[rooms["KAWI"], rooms["SEMERU"]]) == {
        "Sprint planning", "Rapat koordinasi"}
    assert found(engine, "", floor=2) == {"Café pitch"}
    assert found(engine, "", floor=1, room_ids=[rooms["I2.01"]]) == set()
    assert found(engine, "telkom", floor=1, room_ids=[rooms["ARJUNO"]]) == {"Design review"}
    assert found(engine, "", organization="telkom") == {"Sprint planning", "Design review"}
    assert found(engine, "", organization="PT Telkom Indonesia") == {"Sprint planning",
                                                                     "Design review"}
    assert found(engine, "demo", organization="telkom") == set()
    assert found(engine, "", statuses=["tentative"]) == set()
    assert len(found(engine, "", statuses=["confirmed", "tentative"])) == 5
    assert search_bookings(engine, room_ids=[]).rows == ()
    assert search_bookings(engine, statuses=[]).rows == ()


def test_paging_returns_disjoint_pages_in_order(services: Services) -> None:
    for i in range(12):
        book(services, ("KAWI", "BROMO", "SEMERU")[i % 3], 8 + 2 * (i // 3), f"Stand-up {i:02d}",
             day=14)
    everything = search_bookings(services.engine, text="stand")
    assert everything.total == 12 and not everything.more
    pages = [search_bookings(services.engine, text="stand", offset=offset, limit=5)
             for offset in (0, 5, 10)]
    assert [len(p.rows) for p in pages] == [5, 5, 2]
    assert [p.more for p in pages] == [True, True, False]
    ids = [row.id for p in pages for row in p.rows]
    assert len(set(ids)) == 12
    assert ids == [row.id for row in everything.rows]
    starts = [(row.start, row.id) for row in everything.rows]
    assert starts == sorted(starts)
    assert pages[0].total == 12


def test_a_broad_search_reports_no_exact_total(services: Services,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for i in range(4):
        book(services, "KAWI", 8 + 2 * i, f"Focus {i}")
    import booking.search as search

    monkeypatch.setattr(search, "COUNT_CAP", 2)
    page = search_bookings(services.engine, text="focus", limit=1)
    assert page.total is None and page.more and len(page.rows) == 1
    monkeypatch.setattr(search, "COUNT_CAP", COUNT_CAP)
    assert search_bookings(services.engine, text="focus", limit=1).total == 4


def test_sort_orders(desk: Services) -> None:
    engine = desk.engine

    def order(sort: str, descending: bool = False) -> list[str]:
        return titles(search_bookings(engine, sort=sort, descending=descending))

    # Sprint planning and Client demo start together: the older booking (lower id) first.
    assert order("start") == ["Sprint planning", "Client demo", "Rapat koordinasi",
                              "Café pitch", "Design review"]
    assert order("start", descending=True)[0] == "Design review"
    assert order("title") == ["Café pitch", "Client demo", "Design review", "Rapat koordinasi",
                              "Sprint planning"]
    assert order("title", descending=True)[0] == "Sprint planning"
    assert order("room") == ["Design review", "Client demo", "Café pitch", "Sprint planning",
                             "Rapat koordinasi"]  # ARJUNO, BROMO, I2.01, KAWI, SEMERU
    assert order("organization")[:3] == ["Rapat koordinasi", "Client demo", "Sprint planning"]
    assert order("attendees", descending=True)[:2] == ["Client demo", "Design review"]
    assert titles(search_bookings(engine, text="telkom", sort="title", descending=True)) == [
        "Sprint planning", "Design review"]


def test_sort_by_status(desk: Services) -> None:
    desk.bookings.cancel(actor=FD, booking_id=search_bookings(
        desk.engine, text="pitch").rows[0].id, reason="rain")
    statuses = [r.status for r in search_bookings(desk.engine, sort="status").rows]
    assert statuses == ["cancelled"] + ["confirmed"] * 4


def test_index_follows_inserts_edits_moves_and_cancellations(services: Services,
                                                             clock: FakeClock) -> None:
    engine = services.engine
    assert found(engine, "workshop") == set()
    booking_id = book(services, "KAWI", 10, "Workshop kickoff", organization="Sehatku")
    assert found(engine, "work") == {"Workshop kickoff"}
    services.bookings.change_details(actor=FD, booking_id=booking_id, title="Retro session",
                                     notes="whiteboard", organization="Logistik Arek")
    assert found(engine, "workshop") == set()
    assert found(engine, "sehatku") == set()
    assert found(engine, "retro white logistik") == {"Retro session"}
    services.bookings.move(actor=FD, booking_id=booking_id, room="BROMO", start=at(13, day=8),
                           end=at(14, day=8))
    assert found(engine, "retro", start=DAY, end=DAY + timedelta(days=1)) == set()
    bromo = next(r.id for r in services.rooms() if r.code == "BROMO")
    assert found(engine, "retro", room_ids=[bromo], start=DAY + timedelta(days=1)) == {
        "Retro session"}
    services.bookings.cancel(actor=FD, booking_id=booking_id, reason="moved online")
    assert found(engine, "retro", statuses=["confirmed", "tentative", "checked_in"]) == set()
    assert found(engine, "retro", statuses=["cancelled"]) == {"Retro session"}
    other = book(services, "KAWI", 10, "Interview", day=8)
    clock.current = at(9, 55, day=8)
    services.bookings.check_in(actor=FD, booking_id=other)
    assert found(engine, "", statuses=["checked_in"]) == {"Interview"}
    index_is_sound(engine)


def test_index_follows_organization_renames_and_deletes(desk: Services) -> None:
    engine = desk.engine
    with write_session(engine) as session:
        session.execute(text("UPDATE organization SET name = 'Telkomsel Enterprise' "
                             "WHERE name = 'PT Telkom Indonesia'"))
    assert found(engine, "indonesia") == set()
    assert found(engine, "telkomsel enter") == {"Sprint planning", "Design review"}
    demo = search_bookings(engine, text="demo").rows[0].id
    with write_session(engine) as session:
        session.execute(text("DELETE FROM booking WHERE id = :id"), {"id": demo})
    assert found(engine, "demo") == set()
    assert found(engine, "mandiri") == set()
    index_is_sound(engine)


def test_upgrade_indexes_the_bookings_already_there(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine)
    config = schema._config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0003")
    # Written as a desk on the 0003 schema would have written it.
    start, end = int(at(10).timestamp()), int(at(11).timestamp())
    with write_session(engine) as session:
        session.execute(text("INSERT INTO organization (name, kind, country) VALUES "
                             "('Otorita KEK Singhasari', 'government', 'ID')"))
        session.execute(text(
            "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
            "organization_id, contact_name, contact_phone, notes, created_at, updated_at, "
            "version) SELECT r.id, :start, :end, 'Board meeting', 'confirmed', 0, o.id, '', '', "
            "'', :start, :start, 1 FROM room r, organization o WHERE r.code = 'KAWI' "
            "AND o.name = 'Otorita KEK Singhasari'"), {"start": start, "end": end})
    result = schema.upgrade(engine)
    assert (result.before, result.after) == ("0003", schema.head_revision())
    assert found(engine, "otorita board") == {"Board meeting"}
    index_is_sound(engine)
    engine.dispose()


@pytest.mark.parametrize(("filters", "message"), [
    ({"start": at(10), "end": at(9)}, "ends before it starts"),
    ({"start": at(10), "end": at(10)}, "ends before it starts"),
    ({"statuses": ["confirmed", "booked"]}, "unknown status 'booked'"),
    ({"sort": "colour"}, "cannot sort by 'colour'"),
    ({"start": at(10).replace(tzinfo=None)}, "no time zone"),
    ({"floor": 9}, "there is no floor 9"),
    ({"offset": -1}, "offset"),
    ({"limit": 0}, "a page holds"),
])
def test_bad_input_is_refused_with_a_message(services: Services, filters: dict[str, object],
                                             message: str) -> None:
    with pytest.raises(BadInput, match=message):
        search_bookings(services.engine, **filters)  # type: ignore[arg-type]


def test_organizations_are_sorted_case_blind(desk: Services) -> None:
    desk.bookings.book(actor=FD, room="WELIRANG", start=at(16), end=at(17), title="x",
                       organization="bank Rakyat Indonesia")
    assert list(desk.organizations()) == [
        "Bank Mandiri", "bank Rakyat Indonesia", "PT Telkom Indonesia", "Tani Cerdas"]


def test_a_page_holds_the_bookings_themselves_in_the_asked_order(desk: Services) -> None:
    """The page's read models come from one plain statement: each equals what the ORM
    objects of the same bookings give, in the order the search sorted them."""
    engine = desk.engine
    page = search_bookings(engine, sort="title", descending=True)
    assert titles(page) == sorted(titles(page), key=str.lower, reverse=True)
    with read_session(engine) as session:
        by_id = {b.id: b for b in session.exec(select(Booking))}
        expected = views_of(session, [by_id[row.id] for row in page.rows])
    assert list(page.rows) == expected
    assert [row.organization for row in page.rows if row.title == "Client demo"] == [
        "Bank Mandiri"]


def test_views_by_ids_keeps_the_order_reads_long_lists_and_leaves_out_the_unknown(
        desk: Services) -> None:
    with read_session(desk.engine) as session:
        ids = sorted(b.id for b in session.exec(select(Booking)) if b.id is not None)
        # More ids than one statement takes, most of them unknown, the known ones twice.
        asked = ids[::-1] + list(range(10**9, 10**9 + 1200)) + ids
        views = views_by_ids(session, asked)
        assert [v.id for v in views] == ids[::-1] + ids
        assert views_by_ids(session, []) == []
        assert views_of(session, [session.get(Booking, ids[0])]) == [views[-len(ids)]]
