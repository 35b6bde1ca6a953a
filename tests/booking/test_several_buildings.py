"""Several buildings in one database: `init --building FILE` adds or updates that file's
building only; codes, hours profiles and equipment of another building are never rewritten."""

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlmodel import col, select

from booking.building import ANNEX_BUILDING_FILE, DEFAULT_BUILDING_FILE
from booking.building.load import SyncReport, initialize
from booking.errors import BadInput
from booking.services import Services
from booking.store.db import read_session
from booking.store.models import Building, Equipment, Floor, OpeningHours, Room
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock

MAIN = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")
ANNEX = ANNEX_BUILDING_FILE.read_text(encoding="utf-8")

Load = Callable[[str], SyncReport]


@pytest.fixture
def load(tmp_path: Path, file_engine: Engine, clock: FakeClock) -> Load:
    """Load a building file text into the test database (the main building first)."""

    def run(source: str) -> SyncReport:
        path = tmp_path / "other.toml"
        path.write_text(source, encoding="utf-8")
        return initialize(file_engine, building_file=path, now=clock, actor="admin").building
    return run


def rooms_by_building(engine: Engine) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with read_session(engine) as session:
        for code, building in session.exec(
                select(Room.code, Building.code).join(Floor, col(Floor.id) == Room.floor_id)
                .join(Building, col(Building.id) == Floor.building_id)
                .where(col(Room.retired).is_(False))):
            found.setdefault(building, set()).add(code)
    return found


def snapshot(engine: Engine) -> tuple[object, ...]:
    with read_session(engine) as session:
        return (sorted((r.code, r.name, r.capacity, r.retired, r.floor_id)
                       for r in session.exec(select(Room))),
                sorted((b.code, b.name) for b in session.exec(select(Building))),
                sorted((e.code, e.quantity, e.building_id) for e in session.exec(
                    select(Equipment))),
                sorted((o.profile_code, o.weekday, o.opens_min, o.closes_min)
                       for o in session.exec(select(OpeningHours))))


def test_a_second_file_adds_its_building_beside_the_first(load: Load,
                                                          file_engine: Engine) -> None:
    before = rooms_by_building(file_engine)
    report = load(ANNEX)
    assert sorted(report.added) == ["AX1.01", "AX1.02", "AX1.03", "AX1.04", "AX2.01", "AX2.02",
                                    "AX2.03", "AX2.04"]
    assert report.retired == [] and report.removed == []
    after = rooms_by_building(file_engine)
    assert after["CF"] == before["CF"] and len(after["CF"]) > 30
    assert after["CFX"] == set(report.added)
    # Either file loaded again changes nothing of the other's.
    assert not load(MAIN).changed
    assert not load(ANNEX).changed
    assert rooms_by_building(file_engine) == after


def test_a_room_missing_from_a_file_is_removed_from_its_building_only(
        load: Load, file_engine: Engine) -> None:
    load(ANNEX)
    blocks = ANNEX.split("\n[[")
    without = "\n[[".join(b for b in blocks if 'code = "AX1.04"' not in b)
    report = load(without)
    assert report.removed == ["AX1.04"] and report.retired == []
    after = rooms_by_building(file_engine)
    assert "AX1.04" not in after["CFX"] and "BROMO" in after["CF"]


def test_a_room_code_of_another_building_is_refused_naming_both(
        load: Load, file_engine: Engine) -> None:
    load(ANNEX)
    before = snapshot(file_engine)
    other = (ANNEX.replace('code = "CFX"', 'code = "CFY"')
             .replace('name = "Coding Factory Annex"', 'name = "Lab Dau"')
             .replace('"AX1.02"', '"BROMO"').replace("AX", "AY"))
    with pytest.raises(BadInput) as caught:
        load(other)
    message = caught.value.message
    assert "\n" not in message
    assert "BROMO" in message and "CF (Coding Factory)" in message
    assert "CFY (Lab Dau)" in message and "nothing was changed" in message
    assert snapshot(file_engine) == before


def test_a_shared_profile_may_be_restated_but_not_changed(load: Load,
                                                          file_engine: Engine) -> None:
    load(ANNEX)  # restates "office" exactly as the main building defines it
    before = snapshot(file_engine)
    changed = ANNEX.replace('sat = "08:00-17:00"', 'sat = "09:00-13:00"')
    with pytest.raises(BadInput, match="hours profile 'office' is used by building CF"):
        load(changed)
    assert snapshot(file_engine) == before
    # The annex's own profile is its file's to change.
    report = load(ANNEX.replace('mon = "08:00-19:00"', 'mon = "08:00-18:00"'))
    assert report.changed


def test_equipment_belongs_to_the_file_that_lists_it(load: Load, file_engine: Engine) -> None:
    load(ANNEX)  # lists no equipment: the main building's pool stays as it is
    before = snapshot(file_engine)
    with read_session(file_engine) as session:
        projector = session.exec(select(Equipment).where(Equipment.code == "projector")).one()
        assert projector.quantity == 3
    rewrite = ANNEX + ('\n[[equipment]]\ncode = "projector"\nname = "Projector and screen"\n'
                       'name_id = "Proyektor dan layar"\nquantity = 1\n')
    with pytest.raises(BadInput, match="equipment 'projector' belongs to building CF"):
        load(rewrite)
    assert snapshot(file_engine) == before
    # Its own items it adds, and withdraws when it drops them; the main file keeps its own.
    report = load(ANNEX + '\n[[equipment]]\ncode = "beanbags"\nname = "Beanbags"\nquantity = 12\n')
    assert report.changed
    load(MAIN)
    load(ANNEX)
    with read_session(file_engine) as session:
        quantities = {e.code: e.quantity for e in session.exec(select(Equipment))}
    assert quantities["beanbags"] == 0 and quantities["projector"] == 3


def test_a_building_on_another_clock_is_refused(load: Load, file_engine: Engine) -> None:
    before = snapshot(file_engine)
    with pytest.raises(BadInput, match="one database keeps one clock"):
        load(ANNEX.replace('timezone = "Asia/Jakarta"', 'timezone = "Asia/Makassar"'))
    assert snapshot(file_engine) == before


def test_demo_with_a_second_site_books_its_rooms(file_engine: Engine, clock: FakeClock) -> None:
    services = Services(file_engine, now=clock, actor="admin")
    report = services.fill_demo(bookings=None, seed=7, second_site=ANNEX_BUILDING_FILE)
    assert int(str(report["bookings"])) > 0
    annex = rooms_by_building(file_engine)["CFX"]
    booked = {v.room for v in services.list_bookings(
        start=at(0, day=1), end=at(0, day=28), room_ids=None, statuses=None)}
    assert booked & annex
