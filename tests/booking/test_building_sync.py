"""A changed building file keeps the no-overlap guarantee: what bookings occupy follows the
rooms' parts, a change that would make bookings overlap is refused whole, and a room still
needed is retired, never half-deleted."""

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine, text
from sqlmodel import select

from booking.building.load import SyncReport, initialize
from booking.building.spec import DEFAULT_BUILDING_FILE
from booking.errors import BadInput, ConflictError
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import Room
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


@pytest.fixture
def file_engine(backend_engine: Engine) -> Engine:
    """Every test here runs on SQLite (a file) and on PostgreSQL."""
    return backend_engine


SHIPPED = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")


def room_block(code: str, parent: str, rect: str, *, capacity: int = 8) -> str:
    return (f'\n[[rooms]]\ncode = "{code}"\nname = "{code.title()}"\nfloor = 1\n'
            f'kind = "meeting"\ncapacity = {capacity}\nbookable = true\nhours = "office"\n'
            f'parent = "{parent}"\nrect = {rect}\n')


def with_rooms(source: str, *blocks: str) -> str:
    return source + "".join(blocks)


def edit_room(source: str, code: str, **fields: str) -> str:
    """Set fields (TOML values as written) of one room's block, adding those it lacks."""
    blocks = source.split("\n[[")
    for i, block in enumerate(blocks):
        if block.startswith("rooms]]") and f'code = "{code}"\n' in block:
            lines = block.split("\n")
            for key, value in fields.items():
                found = [n for n, line in enumerate(lines) if line.startswith(f"{key} =")]
                if found:
                    lines[found[0]] = f"{key} = {value}"
                else:
                    lines.insert(2, f"{key} = {value}")
            blocks[i] = "\n".join(lines)
            return "\n[[".join(blocks)
    raise AssertionError(code)


def drop_room(source: str, code: str) -> str:
    blocks = source.split("\n[[")
    kept = [b for b in blocks if not (b.startswith("rooms]]") and f'code = "{code}"\n' in b)]
    assert len(kept) == len(blocks) - 1, code
    return "\n[[".join(kept)


SEMERU_PARTS = (room_block("SEMERU-1", "SEMERU", "[44, 6, 6, 4.5]"),
                room_block("SEMERU-2", "SEMERU", "[50, 6, 6, 4.5]"))


Load = Callable[[str], SyncReport]


@pytest.fixture
def load(tmp_path: Path, file_engine: Engine, clock: FakeClock) -> Load:
    """Load a building file text into the test database."""
    def run(source: str) -> SyncReport:
        path = tmp_path / "building.toml"
        path.write_text(source, encoding="utf-8")
        return initialize(file_engine, building_file=path, now=clock, actor="admin").building
    return run


@pytest.fixture
def services(file_engine: Engine, clock: FakeClock) -> Services:
    return Services(file_engine, now=clock)


def book(services: Services, room: str, start: int = 10, end: int = 11) -> int:
    return services.bookings.book(actor="frontdesk", room=room, start=at(start), end=at(end),
                                  title=f"Meeting in {room}").booking.id


def spaces(engine: Engine, booking_id: int) -> list[str]:
    with read_session(engine) as session:
        return sorted(session.execute(text(
            "SELECT r.code FROM occupancy o JOIN room r ON r.id = o.space_id "
            "WHERE o.booking_id = :b"), {"b": booking_id}).scalars())


def test_new_parts_of_a_booked_room_are_taken_by_its_bookings(services: Services,
                                                              load: Load) -> None:
    semeru = book(services, "SEMERU")
    report = load(with_rooms(SHIPPED, *SEMERU_PARTS))
    assert report.added == ["SEMERU-1", "SEMERU-2"]
    assert spaces(services.engine, semeru) == ["SEMERU-1", "SEMERU-2"]
    with pytest.raises(ConflictError, match=f"booking #{semeru}"):
        book(services, "SEMERU-1", 10, 12)
    # Dropped from the file again, the parts Semeru's booking takes are retired, not
    # deleted from under it; a later booking of Semeru still meets it.
    report = load(SHIPPED)
    assert report.retired == ["SEMERU-1", "SEMERU-2"] and report.removed == []
    assert spaces(services.engine, semeru) == ["SEMERU-1", "SEMERU-2"]
    with pytest.raises(ConflictError, match=f"booking #{semeru}"):
        book(services, "SEMERU", 10, 12)


def test_parts_nothing_needs_are_deleted_and_bookings_take_the_room_again(
        services: Services, load: Load) -> None:
    load(with_rooms(SHIPPED, *SEMERU_PARTS))
    semeru = book(services, "SEMERU")
    services.bookings.cancel(actor="frontdesk", booking_id=semeru, reason="moved online")
    report = load(SHIPPED)
    assert sorted(report.removed) == ["SEMERU-1", "SEMERU-2"]
    services.bookings.reinstate(actor="frontdesk", booking_id=semeru)
    assert spaces(services.engine, semeru) == ["SEMERU"]


def test_a_change_that_would_make_bookings_overlap_is_refused_whole(
        services: Services, load: Load, file_engine: Engine) -> None:
    semeru, kawi = book(services, "SEMERU"), book(services, "KAWI", 10, 12)
    book(services, "KAWI", 14, 15)  # meets nothing of Semeru's
    moved = edit_room(SHIPPED, "KAWI", parent='"SEMERU"', rect="[44, 6, 3, 4]")
    with pytest.raises(ConflictError) as caught:
        load(with_rooms(moved, room_block("ARJUNO-1", "ARJUNO", "[49.5, 0, 3, 4]")))
    message = caught.value.message
    assert "\n" not in message
    assert f"#{semeru}" in message and f"#{kawi}" in message and "nothing was changed" in message
    assert sorted(caught.value.clashing_ids) == sorted([semeru, kawi])
    with read_session(file_engine) as session:
        rooms = {r.code: r for r in session.exec(select(Room))}
    assert rooms["KAWI"].parent_id is None and "ARJUNO-1" not in rooms
    assert spaces(file_engine, semeru) == ["SEMERU"] and spaces(file_engine, kawi) == ["KAWI"]


def test_removing_a_half_the_whole_hall_still_needs_retires_it(
        services: Services, load: Load, file_engine: Engine) -> None:
    hall = services.bookings.book(actor="frontdesk", room="HALL", start=at(10), end=at(12),
                                  title="Town hall", attendees=100).booking.id
    report = load(drop_room(SHIPPED, "HALL-A"))
    assert report.retired == ["HALL-A"] and report.removed == []
    assert spaces(file_engine, hall) == ["HALL-A", "HALL-B"]
    with pytest.raises(ConflictError, match=f"booking #{hall}"):
        book(services, "HALL-B", 10, 11)
    # Back in the file, the half is in service again.
    report = load(SHIPPED)
    assert "HALL-A" in report.updated and report.retired == []


def test_removing_a_room_a_term_refers_to_retires_it(services: Services, load: Load,
                                                      file_engine: Engine) -> None:
    services.terms.assign_term(actor="manager", room="KAWI", organization="Team Rocket",
                               start=at(0, day=14), end=at(0, day=28))
    report = load(drop_room(SHIPPED, "KAWI"))
    assert report.retired == ["KAWI"]
    with read_session(file_engine) as session:
        assert session.exec(select(Room).where(Room.code == "KAWI")).one().retired


def test_a_part_cannot_get_parts_through_a_retired_one(services: Services, load: Load,
                                                        file_engine: Engine) -> None:
    load(with_rooms(SHIPPED, room_block("KAWI-1", "KAWI", "[42, 0, 1.5, 4]", capacity=2)))
    book(services, "KAWI-1")  # so KAWI-1 is kept, retired, when the file drops it
    moved = edit_room(SHIPPED, "KAWI", parent='"SEMERU"', rect="[44, 6, 3, 4]")
    with pytest.raises(BadInput, match="KAWI-1"):
        load(moved)
    with read_session(file_engine) as session:
        rooms = {r.code: r for r in session.exec(select(Room))}
    assert rooms["KAWI"].parent_id is None and not rooms["KAWI-1"].retired


def test_the_room_list_shows_a_retired_room_only_when_asked_and_as_its_rows_say(
        services: Services, load: Load, file_engine: Engine) -> None:
    services.bookings.book(actor="frontdesk", room="HALL", start=at(10), end=at(12),
                           title="Town hall", attendees=100)
    load(drop_room(SHIPPED, "HALL-A"))
    shown = [r.code for r in services.rooms()]
    every = services.rooms(include_retired=True)
    assert "HALL-A" not in shown and "HALL-B" in shown
    assert [r.code for r in every if not r.retired] == shown  # the same order, one list
    hall_a = next(r for r in every if r.code == "HALL-A")
    assert hall_a.retired and hall_a.parent_code == "HALL"
    with read_session(file_engine) as session:
        rooms = {r.code: r for r in session.exec(select(Room))}
    for info in every:
        room = rooms[info.code]
        assert (info.id, info.name_en, info.capacity, info.bookable, info.retired,
                info.hours_profile, info.kind) == (room.id, room.name, room.capacity,
                                                   room.bookable, room.retired,
                                                   room.hours_profile, room.kind)
        assert info.outline == tuple((p[0], p[1]) for p in room.outline)
