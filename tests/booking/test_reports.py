"""Reports on hand-built small histories with known answers (on SQLite and on PostgreSQL), and
a Hypothesis check that the SQL agrees with a plain Python computation over the same
bookings."""

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from booking.calendar import holiday_on
from booking.errors import BadInput, NotPermitted
from booking.lookups import add_audit
from booking.services import Services
from booking.store.db import read_session, write_session
from booking.store.models import Booking, Closure, Organization
from tests.booking.conftest import WIB, at
from tests.helpers.clock import FakeClock
from tests.helpers.databases import memory_copy
from tests.helpers.days import open_day

MONDAY = date(2026, 12, 7)
NEXT = MONDAY + timedelta(days=1)
OFFICE_MONDAY = 14 * 60  # office hours 07:00-21:00
EVENTS_DAY = 17 * 60  # events hours 06:00-23:00


def room_ids(engine: Engine) -> dict[str, int]:
    with read_session(engine) as session:
        return dict(session.execute(text("SELECT code, id FROM room")).all())  # type: ignore[arg-type]


def put(engine: Engine, room: str, start: datetime, end: datetime, *, status: str = "confirmed",
        checked_in: bool = False, cancelled_at: datetime | None = None,
        created_at: datetime | None = None, updated_at: datetime | None = None,
        attendees: int = 0, organization_id: int | None = None, buffers: tuple[int, int] = (0, 0),
        layout: str | None = None, title: str = "History") -> int:
    """A booking written as history, past the rules (the report reads what is stored)."""
    with write_session(engine) as session:
        row = Booking(room_id=room_ids(engine)[room], start_at=start, end_at=end, title=title,
                      status=status, attendees=attendees, organization_id=organization_id,
                      created_at=created_at or start - timedelta(days=2),
                      updated_at=updated_at or created_at or start - timedelta(days=2),
                      checked_in_at=start if checked_in else None, cancelled_at=cancelled_at,
                      buffer_before_min=buffers[0], buffer_after_min=buffers[1], layout=layout)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


@pytest.fixture
def services(backend_engine: Engine, clock: FakeClock) -> Services:
    """The reports' known answers hold on SQLite and on PostgreSQL alike."""
    return Services(backend_engine, now=clock)


def manager(services: Services) -> Services:
    services.actor = "manager"
    return services


def rows(report: Any) -> dict[str, Any]:
    return {row.key: row for row in report.rows}


def test_buffers_do_not_count_and_check_in_is_beside_booked(services: Services) -> None:
    put(services.engine, "SEMERU", at(9, 30), at(10, 30), buffers=(15, 10), checked_in=True)
    put(services.engine, "SEMERU", at(13), at(15))
    report = manager(services).report_utilisation(MONDAY, NEXT, by="room")
    semeru = rows(report)["SEMERU"]
    assert (semeru.booked_minutes, semeru.checked_in_minutes, semeru.open_minutes) == \
        (180, 60, OFFICE_MONDAY)
    assert semeru.unused_minutes == 120
    assert semeru.utilisation == round(180 / OFFICE_MONDAY, 4)
    assert rows(report)["BROMO"].booked_minutes == 0
    assert report.total.booked_minutes == 180


def test_cancelled_before_start_is_not_booked_after_start_counts_until_then(
        services: Services) -> None:
    put(services.engine, "SEMERU", at(9), at(10), status="cancelled", cancelled_at=at(8))
    put(services.engine, "SEMERU", at(11), at(13), status="cancelled", cancelled_at=at(11, 30))
    put(services.engine, "BROMO", at(9), at(10), status="released", updated_at=at(9, 15))
    put(services.engine, "KAWI", at(9), at(10), status="declined")
    put(services.engine, "KAWI", at(11), at(12), status="expired")
    found = rows(manager(services).report_utilisation(MONDAY, NEXT))
    assert found["SEMERU"].booked_minutes == 30
    assert (found["BROMO"].booked_minutes, found["BROMO"].checked_in_minutes) == (15, 0)
    assert found["KAWI"].booked_minutes == 0


def test_whole_hall_counts_in_both_halves_and_a_half_in_its_own(services: Services) -> None:
    put(services.engine, "HALL", at(9), at(12))
    put(services.engine, "HALL-A", at(14), at(16))
    report = manager(services).report_utilisation(MONDAY, NEXT)
    found = rows(report)
    assert "HALL" not in found
    assert found["HALL-A"].booked_minutes == 300
    assert found["HALL-B"].booked_minutes == 180
    assert found["HALL-A"].open_minutes == EVENTS_DAY
    kinds = rows(manager(services).report_utilisation(MONDAY, NEXT, by="kind"))
    assert kinds["hall"].booked_minutes == 480
    assert kinds["hall"].open_minutes == 2 * EVENTS_DAY


def test_across_midnight_is_cut_at_the_period_and_the_opening_hours(
        services: Services) -> None:
    put(services.engine, "HALL-B", at(20), at(10, day=8))
    monday = rows(manager(services).report_utilisation(MONDAY, NEXT))["HALL-B"]
    assert monday.booked_minutes == 180  # 20:00-23:00; the night is closed
    both = rows(manager(services).report_utilisation(MONDAY, NEXT + timedelta(days=1)))
    assert both["HALL-B"].booked_minutes == 180 + 240  # and 06:00-10:00 on Tuesday
    assert both["HALL-B"].open_minutes == 2 * EVENTS_DAY


def test_half_open_intervals_at_the_period_edges(services: Services) -> None:
    put(services.engine, "SEMERU", at(7), at(8))
    put(services.engine, "SEMERU", at(20), at(21))
    sunday = rows(manager(services).report_utilisation(MONDAY - timedelta(days=1), MONDAY))
    assert sunday["SEMERU"].booked_minutes == 0
    tuesday = rows(manager(services).report_utilisation(NEXT, NEXT + timedelta(days=1)))
    assert tuesday["SEMERU"].booked_minutes == 0
    assert rows(manager(services).report_utilisation(MONDAY, NEXT))["SEMERU"] \
        .booked_minutes == 120


def test_a_closure_takes_open_minutes_and_the_booked_minutes_inside_it(
        services: Services) -> None:
    put(services.engine, "SEMERU", at(11), at(15))
    with write_session(services.engine) as session:
        session.add(Closure(name="Power work", start_at=at(12), end_at=at(14),
                            created_at=at(0, day=1)))
        session.add(Closure(name="Paint", room_id=room_ids(services.engine)["BROMO"],
                            start_at=at(7), end_at=at(21), created_at=at(0, day=1)))
    found = rows(manager(services).report_utilisation(MONDAY, NEXT))
    assert (found["SEMERU"].booked_minutes, found["SEMERU"].open_minutes) == (120, 720)
    assert found["BROMO"].open_minutes == 0
    assert found["BROMO"].utilisation is None


def test_a_holiday_is_closed_unless_the_profile_opens_on_holidays(services: Services) -> None:
    christmas = date(2026, 12, 25)
    assert holiday_on(christmas) is not None
    found = rows(manager(services).report_utilisation(christmas, christmas + timedelta(days=1)))
    assert found["SEMERU"].open_minutes == 0
    assert found["HALL-A"].open_minutes == 0


def test_a_retired_room_counts_until_its_retirement(services: Services) -> None:
    put(services.engine, "KAWI", at(9), at(10))
    with write_session(services.engine) as session:
        kawi = room_ids(services.engine)["KAWI"]
        session.execute(text("UPDATE room SET retired = TRUE WHERE id = :id"), {"id": kawi})
        add_audit(session, None, at(12), "room.retired", "room", kawi, {"retired": False},
                  {"retired": True}, "", actor_name="init")
    found = rows(manager(services).report_utilisation(MONDAY, NEXT))
    assert (found["KAWI"].booked_minutes, found["KAWI"].open_minutes) == (60, 5 * 60)


def test_groupings_add_up_to_the_building(services: Services) -> None:
    with write_session(services.engine) as session:
        org = Organization(name="Bank Mandiri")
        session.add(org)
        session.flush()
        some = org.id
    put(services.engine, "SEMERU", at(9), at(10), organization_id=some)
    put(services.engine, "P2.01", at(9), at(11))
    put(services.engine, "HALL", at(9), at(10))
    reports = {by: manager(services).report_utilisation(MONDAY, NEXT, by=by)
               for by in ("room", "kind", "floor", "org", "building")}
    for by in ("room", "kind", "floor"):
        assert sum(r.booked_minutes for r in reports[by].rows) == 60 + 120 + 120
        assert sum(r.open_minutes for r in reports[by].rows) == reports["room"].total.open_minutes
    org_rows = rows(reports["org"])
    assert sum(r.booked_minutes for r in org_rows.values()) == 300
    assert org_rows[""].booked_minutes == 240
    assert all(r.open_minutes == reports["room"].total.open_minutes for r in org_rows.values())
    assert [r.key for r in reports["building"].rows] == ["building"]
    assert reports["room"].to_json()[0].keys() >= {
        "key", "booked_minutes", "checked_in_minutes", "open_minutes", "utilisation"}


def test_peaks_average_rooms_in_use_per_weekday_hour(services: Services) -> None:
    put(services.engine, "SEMERU", at(9), at(10, 30))
    put(services.engine, "BROMO", at(9, 30), at(10))
    put(services.engine, "HALL", at(9), at(10))
    put(services.engine, "SEMERU", at(9, day=14), at(10, day=14))
    report = manager(services).report_peaks(MONDAY, MONDAY + timedelta(days=14),
                                            kind="meeting")
    nine, ten = report.cell(0, 9), report.cell(0, 10)
    assert (nine.room_minutes, nine.hours_in_period) == (60 + 30 + 60, 2)
    assert nine.average_rooms == round(150 / 120, 4)
    assert ten.room_minutes == 30
    assert report.cell(1, 9).room_minutes == 0
    halls = manager(services).report_peaks(MONDAY, NEXT, kind="hall")
    assert halls.cell(0, 9).room_minutes == 120 and halls.rooms == 2
    assert len(halls.cells) == 7 * 24


def test_no_shows_cancellations_and_lead_times(services: Services) -> None:
    put(services.engine, "SEMERU", at(9), at(10), checked_in=True, status="checked_in",
        created_at=at(9) - timedelta(hours=2))
    put(services.engine, "SEMERU", at(11), at(12), status="released",
        created_at=at(11) - timedelta(hours=4))
    put(services.engine, "SEMERU", at(13), at(14), status="cancelled",
        cancelled_at=at(12), created_at=at(13) - timedelta(hours=6))
    put(services.engine, "BROMO", at(13), at(14), created_at=at(13) - timedelta(hours=10))
    put(services.engine, "BROMO", at(15), at(16), status="declined")
    report = manager(services).report_no_shows(MONDAY, NEXT, by="room")
    semeru = rows(report)["SEMERU"]
    assert (semeru.bookings, semeru.held, semeru.checked_in, semeru.no_shows,
            semeru.cancelled) == (3, 2, 1, 1, 1)
    assert semeru.no_show_rate == 0.5 and semeru.cancellation_rate == round(1 / 3, 4)
    assert (semeru.lead_median_minutes, semeru.lead_mean_minutes) == (240.0, 240.0)
    assert (semeru.cancel_lead_median_minutes, semeru.cancel_lead_mean_minutes) == (60.0, 60.0)
    total = report.total
    assert total.bookings == 4
    assert total.lead_median_minutes == (240 + 360) / 2  # 120, 240, 360, 600
    assert rows(report)["BROMO"].lead_mean_minutes == 600.0


def test_teams_seats_assigned_against_booked_and_checked_in(services: Services) -> None:
    services.terms.assign_term(actor="manager", room="P2.01", organization="GovTech Singapore",
                               start=at(0, day=1), end=at(0, day=31))
    with read_session(services.engine) as session:
        team = session.execute(text("SELECT id FROM organization WHERE name = "
                                    "'GovTech Singapore'")).scalar_one()
        seats = session.execute(text("SELECT capacity FROM room WHERE code = 'P2.01'")).scalar()
    put(services.engine, "P2.01", at(9), at(12), attendees=10, organization_id=team,
        checked_in=True)
    put(services.engine, "P2.01", at(13), at(15), attendees=5, organization_id=team)
    report = manager(services).report_teams(MONDAY, NEXT)
    (row,) = report.rows
    assert (row.key, row.room, row.seats) == ("GovTech Singapore", "P2.01", seats)
    assert row.assigned_minutes == 15 * 60  # production hours 07:00-22:00
    assert (row.booked_minutes, row.checked_in_minutes) == (300, 180)
    assert (row.seat_minutes_booked, row.seat_minutes_checked_in) == (10 * 180 + 5 * 120,
                                                                      10 * 180)
    assert row.seat_use == round(2400 / (seats * 900), 4)


def test_hall_events_days_crew_time_and_fill(services: Services) -> None:
    put(services.engine, "HALL", at(9), at(12), buffers=(60, 60), attendees=150,
        layout="theatre", title="Launch")
    put(services.engine, "HALL-B", at(20), at(10, day=8), buffers=(30, 0), attendees=40,
        title="Hackathon")
    put(services.engine, "SEMERU", at(9), at(10))
    report = manager(services).report_hall(MONDAY, NEXT + timedelta(days=1))
    launch, hackathon = report.rows
    assert (launch.title, launch.room, launch.days, launch.booked_minutes) == \
        ("Launch", "HALL", 1, 180)
    assert (launch.setup_minutes, launch.teardown_minutes) == (60, 60)
    assert launch.capacity == 300 and launch.fill == 0.5
    assert (hackathon.days, hackathon.booked_minutes, hackathon.capacity) == (2, 14 * 60, 175)
    assert report.event_days == 2


def test_reports_are_for_managers_and_refuse_empty_periods(services: Services) -> None:
    with pytest.raises(NotPermitted):
        services.report_utilisation(MONDAY, NEXT)
    with pytest.raises(BadInput):
        manager(services).report_utilisation(NEXT, MONDAY)
    with pytest.raises(BadInput):
        manager(services).report_utilisation(MONDAY, NEXT, by="colour")


# ----- Hypothesis: the SQL against a plain Python walk over the same stored bookings ---------

ROOMS = ("HALL", "HALL-A", "HALL-B", "SEMERU", "BROMO")
STATUSES = ("confirmed", "checked_in", "tentative", "released", "cancelled", "declined")
FIRST = open_day(0, on_or_after=MONDAY)

booking_strategy = st.tuples(
    st.sampled_from(ROOMS), st.integers(0, 3 * 24 * 4 - 1), st.integers(1, 40),
    st.sampled_from(STATUSES), st.integers(-8, 48))


def _plain_booked(engine: Engine, first: date, days: int,
                  ) -> tuple[dict[str, int], dict[tuple[int, int], int]]:
    """Booked minutes per space, and room-minutes per weekday and hour, by brute force: minute
    by minute over the stored rows."""
    office = dict.fromkeys(range(5), (7 * 60, 21 * 60)) | {5: (8 * 60, 17 * 60)}
    events = dict.fromkeys(range(7), (6 * 60, 23 * 60))
    hours = {"HALL-A": events, "HALL-B": events, "SEMERU": office, "BROMO": office}
    covers = {"HALL": ("HALL-A", "HALL-B"), "HALL-A": ("HALL-A",), "HALL-B": ("HALL-B",),
              "SEMERU": ("SEMERU",), "BROMO": ("BROMO",)}
    with read_session(engine) as session:
        stored = session.execute(text(
            "SELECT r.code, b.start_at, b.end_at, b.status, b.cancelled_at, b.updated_at "
            "FROM booking b JOIN room r ON r.id = b.room_id")).all()
    start = int(datetime.combine(first, datetime.min.time(), tzinfo=WIB).timestamp())
    totals = dict.fromkeys(hours, 0)
    grid: dict[tuple[int, int], int] = {}
    for code, s, e, status, cancelled, updated in stored:
        if status in ("declined", "expired"):
            continue
        if status == "cancelled":
            e = min(e, cancelled)
        if status == "released" and updated > s:
            e = min(e, updated)
        for minute in range(max(s, start) // 60, min(e, start + days * 86400) // 60):
            local = datetime.fromtimestamp(minute * 60, WIB)
            cell = (local.weekday(), local.hour)
            grid[cell] = grid.get(cell, 0) + len(covers[code])
            if holiday_on(local.date()):
                continue
            for space in covers[code]:
                span = hours[space].get(local.weekday())
                if span and span[0] <= local.hour * 60 + local.minute < span[1]:
                    totals[space] += 1
    return totals, grid


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(planned=st.lists(booking_strategy, min_size=1, max_size=25))
def test_sql_agrees_with_a_plain_computation(initialised_template: Path,
                                             planned: list[tuple[str, int, int, str, int]],
                                             ) -> None:
    engine = memory_copy(initialised_template)
    base = datetime.combine(FIRST, datetime.min.time(), tzinfo=WIB)
    for code, slot, quarters, status, cancel_after in planned:
        start = base + timedelta(minutes=15 * slot)
        end = start + timedelta(minutes=15 * quarters)
        moment = start + timedelta(minutes=15 * cancel_after)
        try:
            put(engine, code, start, end, status=status, checked_in=status == "checked_in",
                cancelled_at=moment if status == "cancelled" else None,
                updated_at=moment if status == "released" else None)
        except Exception:  # noqa: BLE001 - an overlap the database refuses: leave it out
            continue
    services = Services(engine, now=FakeClock(base), actor="manager")
    report = services.report_utilisation(FIRST, FIRST + timedelta(days=3), by="room")
    expected, grid = _plain_booked(engine, FIRST, 3)
    assert {code: rows(report)[code].booked_minutes for code in expected} == expected
    peaks = services.report_peaks(FIRST, FIRST + timedelta(days=3))
    assert {(c.weekday, c.hour): c.room_minutes for c in peaks.cells if c.room_minutes} == grid
    engine.dispose()
