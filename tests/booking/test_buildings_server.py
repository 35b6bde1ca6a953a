"""Two buildings in one PostgreSQL database: the annex loads beside the main building and
every report answers per building there as on SQLite."""

from datetime import date

from sqlalchemy import Engine

from booking.building import ANNEX_BUILDING_FILE
from booking.building.load import initialize
from booking.services import Services
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


def test_reports_per_building_on_both_backends(backend_engine: Engine, clock: FakeClock) -> None:
    initialize(backend_engine, building_file=ANNEX_BUILDING_FILE, actor="admin")
    services = Services(backend_engine, now=clock, actor="manager")
    services.bookings.book(actor="frontdesk", room="AX1.01", start=at(9), end=at(11),
                           title="Annex stand-up")
    services.bookings.book(actor="frontdesk", room="KAWI", start=at(9), end=at(10),
                           title="Main building call")
    monday, tuesday = date(2026, 12, 7), date(2026, 12, 8)

    annex = services.report_utilisation(monday, tuesday, by="room", building="CFX")
    main = services.report_utilisation(monday, tuesday, by="room", building="CF")
    assert {row.key for row in annex.rows} == {r.code for r in services.rooms()
                                               if r.code.startswith("AX")}
    booked = {row.key: row.booked_minutes for row in annex.rows}
    assert booked["AX1.01"] == 120 and sum(booked.values()) == 120
    assert {row.key: row.booked_minutes for row in main.rows}["KAWI"] == 60
    habits = services.report_no_shows(monday, tuesday, by="floor", building="CFX")
    assert habits.total.bookings == 1
    assert services.report_hall(monday, tuesday, building="CFX").rows == ()
    assert services.report_teams(monday, tuesday, building="CFX").rows == ()
    peaks = services.report_peaks(monday, tuesday, building="CFX")
    assert peaks.rooms == 8
