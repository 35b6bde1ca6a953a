"""The guarantee: no two active bookings of a room overlap, buffers and hall halves included."""

import pytest
from sqlalchemy import Engine, text

from booking.errors import BadInput, ConflictError
from booking.services import Services
from booking.store.db import read_session, write_session
from tests.booking.conftest import at
from tests.helpers.backends import OVERLAP_REFUSED


@pytest.fixture
def memory_engine(backend_engine: Engine) -> Engine:
    """Every test here that takes the default database runs on SQLite and on PostgreSQL."""
    return backend_engine


FD = "frontdesk"


def book(services: Services, room: str, start: int, end: int, *, title: str = "Meeting",
         start_min: int = 0, end_min: int = 0, **kwargs: object) -> int:
    change = services.bookings.book(actor=FD, room=room, start=at(start, start_min),
                                    end=at(end, end_min), title=title, **kwargs)  # type: ignore[arg-type]
    return change.booking.id


def overlaps(services: Services) -> list[tuple[int, int]]:
    with read_session(services.engine) as session:
        return [tuple(r) for r in session.execute(text(
            "SELECT a.booking_id, b.booking_id FROM occupancy a JOIN occupancy b "
            "ON a.space_id = b.space_id AND a.id < b.id AND a.booking_id <> b.booking_id "
            "AND a.start_at < b.end_at AND b.start_at < a.end_at"))]


def test_back_to_back_bookings_are_accepted_where_there_is_no_buffer(services: Services) -> None:
    book(services, "P2.01", 10, 11)
    book(services, "P2.01", 11, 12)
    assert overlaps(services) == []


def test_one_minute_of_overlap_is_refused(services: Services) -> None:
    first = book(services, "P2.01", 10, 11)
    with pytest.raises(ConflictError) as caught:
        services.bookings.book(actor=FD, room="P2.01", start=at(10, 59), end=at(12),
                               title="Late")
    assert f"booking #{first}" in caught.value.message
    # Whole-slot rule aside, the database count is unchanged.
    with read_session(services.engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar() == 1


def test_overlap_inside_slots_names_the_clashing_booking(services: Services) -> None:
    first = book(services, "P2.01", 10, 12, title="Sprint review")
    with pytest.raises(ConflictError) as caught:
        book(services, "P2.01", 11, 13)
    assert "Sprint review" in caught.value.message
    assert "10:00–12:00" in caught.value.message
    assert caught.value.clashing_ids == (first,)


@pytest.mark.parametrize(("start", "end"), [(10, 10), (11, 10)])
def test_zero_length_and_reversed_are_bad_input(services: Services, start: int, end: int) -> None:
    with pytest.raises(BadInput):
        book(services, "P2.01", start, end)


def test_meeting_room_changeover_buffer_counts_as_booked(services: Services) -> None:
    book(services, "BROMO", 10, 11)
    with pytest.raises(ConflictError, match="changeover") as caught:
        book(services, "BROMO", 11, 12)
    assert caught.value.message.endswith(
        "; only the 10-minute changeover after 'Meeting' overlaps; "
        "start at 11:15 or later")
    # 15 minutes later clears the 10-minute changeover (bookings run in 15-minute slots).
    book(services, "BROMO", 11, 12, start_min=15)
    assert overlaps(services) == []


def test_a_changeover_before_the_next_booking_says_when_to_end(services: Services) -> None:
    book(services, "HALL-A", 13, 15, attendees=50)
    with pytest.raises(ConflictError) as caught:
        book(services, "HALL-A", 10, 12, attendees=50)
    assert caught.value.message.endswith(
        "; only the 120-minute changeover before 'Meeting' overlaps; "
        "end at 11:00 or earlier")


def test_a_real_overlap_does_not_blame_the_changeover(services: Services) -> None:
    book(services, "BROMO", 10, 11)
    with pytest.raises(ConflictError) as caught:
        book(services, "BROMO", 10, 12)
    assert "only the" not in caught.value.message
    assert "its changeover time counts as booked" in caught.value.message


def test_hall_buffer_of_an_hour_before_and_after(services: Services) -> None:
    book(services, "HALL-A", 10, 12, attendees=50)
    with pytest.raises(ConflictError):
        book(services, "HALL-A", 13, 14, start_min=0, end_min=0)  # only 60 min after
    with pytest.raises(ConflictError):
        book(services, "HALL-A", 7, 9)
    book(services, "HALL-A", 14, 16)  # 120 minutes: both buffers fit


def test_whole_hall_conflicts_with_each_half_and_each_half_with_the_whole(
        services: Services) -> None:
    book(services, "HALL-A", 9, 11)
    with pytest.raises(ConflictError, match="Hall A"):
        book(services, "HALL", 10, 12)
    book(services, "HALL-B", 9, 11)  # the other half is free
    book(services, "HALL", 14, 16)
    for half in ("HALL-A", "HALL-B"):
        with pytest.raises(ConflictError, match="Hall"):
            book(services, half, 15, 17)
    assert overlaps(services) == []


def test_cancelled_booking_frees_the_slot_and_reinstating_into_overlap_fails(
        services: Services) -> None:
    first = book(services, "P2.01", 10, 12)
    services.bookings.cancel(actor=FD, booking_id=first, reason="client postponed")
    second = book(services, "P2.01", 10, 12, title="Replacement")
    with pytest.raises(ConflictError, match="Replacement"):
        services.bookings.reinstate(actor=FD, booking_id=first)
    services.bookings.cancel(actor=FD, booking_id=second, reason="moved elsewhere")
    services.bookings.reinstate(actor=FD, booking_id=first)
    assert services.booking(first).status == "confirmed"


def test_direct_sql_insert_of_an_overlap_is_refused_by_the_database(services: Services) -> None:
    first = book(services, "P2.01", 10, 12)
    with pytest.raises(Exception, match=OVERLAP_REFUSED), \
            write_session(services.engine) as session:
        session.execute(text(
            "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
            "contact_name, contact_phone, notes, created_at, updated_at, version) "
            "SELECT room_id, start_at + 1800, end_at + 1800, 'sneaky', 'confirmed', 0, '', '', "
            "'', created_at, updated_at, 1 FROM booking WHERE id = :id"), {"id": first})
    assert overlaps(services) == []


def test_direct_sql_update_into_an_overlap_is_refused_by_the_database(
        services: Services) -> None:
    book(services, "P2.01", 10, 12)
    second = book(services, "P2.01", 13, 14)
    with pytest.raises(Exception, match=OVERLAP_REFUSED), \
            write_session(services.engine) as session:
        session.execute(text("UPDATE booking SET start_at = start_at - 7200 WHERE id = :id"),
                        {"id": second})
    # Reactivating a cancelled booking into an overlap by SQL is refused as well.
    services.bookings.cancel(actor=FD, booking_id=second, reason="test")
    with write_session(services.engine) as session:
        session.execute(text("UPDATE booking SET start_at = start_at - 7200 WHERE id = :id"),
                        {"id": second})
    with pytest.raises(Exception, match=OVERLAP_REFUSED), \
            write_session(services.engine) as session:
        session.execute(text("UPDATE booking SET status = 'confirmed' WHERE id = :id"),
                        {"id": second})
    assert overlaps(services) == []


def test_direct_sql_booking_of_a_half_under_the_whole_hall_is_refused(services: Services) -> None:
    whole = book(services, "HALL", 10, 12, attendees=100)
    with pytest.raises(Exception, match=OVERLAP_REFUSED), \
            write_session(services.engine) as session:
        session.execute(text(
            "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
            "contact_name, contact_phone, notes, created_at, updated_at, version) "
            "SELECT (SELECT id FROM room WHERE code = 'HALL-B'), start_at, end_at, 'x', "
            "'tentative', 0, '', '', '', created_at, updated_at, 1 FROM booking WHERE id = :id"),
            {"id": whole})


def test_moving_a_booking_onto_another_is_refused_and_changes_nothing(
        services: Services) -> None:
    book(services, "P2.01", 10, 12)
    other = book(services, "P2.02", 10, 12)
    with pytest.raises(ConflictError):
        services.bookings.move(actor=FD, booking_id=other, room="P2.01")
    view = services.booking(other)
    assert view.room == "P2.02" and view.version == 1


def test_moving_a_booking_over_its_own_old_time_is_fine(services: Services) -> None:
    first = book(services, "P2.01", 10, 12)
    change = services.bookings.move(actor=FD, booking_id=first, start=at(11), end=at(13))
    assert change.booking.start == at(11)
    assert change.before[0].start == at(10)
    assert overlaps(services) == []
