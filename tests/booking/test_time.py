"""Instants: stored as UTC epoch seconds, shown in WIB, never naive."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import StatementError
from sqlmodel import select

from booking.errors import BadInput
from booking.store.db import read_session, write_session
from booking.store.models import Booking, Room
from booking.timeutil import BUILDING_TZ, iso_local, parse_instant

WIB = ZoneInfo("Asia/Jakarta")


def _room_id(engine: Engine) -> int:
    with read_session(engine) as session:
        room = session.exec(select(Room).where(Room.bookable)).first()
        assert room is not None and room.id is not None
        return room.id


def test_ten_o_clock_wib_is_stored_as_three_utc_and_reads_back_aware(
        memory_engine: Engine) -> None:
    start = datetime(2026, 12, 1, 10, 0, tzinfo=WIB)
    end = datetime(2026, 12, 1, 11, 0, tzinfo=WIB)
    room_id = _room_id(memory_engine)
    with write_session(memory_engine) as session:
        booking = Booking(room_id=room_id, start_at=start, end_at=end, title="Stand-up",
                          created_at=start, updated_at=start)
        session.add(booking)
        session.flush()
        booking_id = booking.id
    with read_session(memory_engine) as session:
        raw = session.execute(text("SELECT start_at FROM booking WHERE id = :id"),
                              {"id": booking_id}).scalar()
        assert raw == int(datetime(2026, 12, 1, 3, 0, tzinfo=UTC).timestamp())
        stored = session.get(Booking, booking_id)
        assert stored is not None
        assert stored.start_at == start
        assert stored.start_at.tzinfo is not None
        assert stored.start_at.utcoffset() is not None
        assert stored.start_at.astimezone(UTC).hour == 3


def test_a_naive_datetime_never_reaches_storage(memory_engine: Engine) -> None:
    room_id = _room_id(memory_engine)
    naive = datetime(2026, 12, 1, 10, 0)
    with pytest.raises(StatementError, match="naive datetime"), \
            write_session(memory_engine) as session:
        session.add(Booking(room_id=room_id, start_at=naive, end_at=naive.replace(hour=11),
                            title="x", created_at=naive, updated_at=naive))
        session.flush()
    with read_session(memory_engine) as session:
        assert session.exec(select(Booking)).first() is None


def test_end_must_be_after_start_in_the_database(memory_engine: Engine) -> None:
    room_id = _room_id(memory_engine)
    start = datetime(2026, 12, 1, 10, 0, tzinfo=WIB)
    with pytest.raises(Exception, match="CHECK constraint"), \
            write_session(memory_engine) as session:
        session.add(Booking(room_id=room_id, start_at=start, end_at=start, title="zero",
                            created_at=start, updated_at=start))
        session.flush()


def test_text_without_offset_means_building_time() -> None:
    assert parse_instant("2026-12-01T10:00") == datetime(2026, 12, 1, 3, 0, tzinfo=UTC)
    assert parse_instant("2026-12-01T10:00+09:00") == datetime(2026, 12, 1, 1, 0, tzinfo=UTC)
    assert iso_local(datetime(2026, 12, 1, 3, 0, tzinfo=UTC)) == "2026-12-01T10:00:00+07:00"
    assert BUILDING_TZ.key == "Asia/Jakarta"


@pytest.mark.parametrize("text_", ["tomorrow", "2026-13-01T10:00", "10:00", ""])
def test_malformed_times_are_bad_input(text_: str) -> None:
    with pytest.raises(BadInput, match="is not a date and time"):
        parse_instant(text_, what="start")
