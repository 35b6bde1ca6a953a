"""The building's names in both languages: the file's optional name_id / label_id are loaded,
stored and shown when Ruang speaks Indonesian; English elsewhere, and in JSON always."""

import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from booking.building.load import initialize
from booking.building.spec import DEFAULT_BUILDING_FILE, load_building_file, parse_building
from booking.i18n import in_spoken, set_language
from booking.printouts import assemble_day_sheet
from booking.queries import list_floors, list_rooms
from booking.services import Services
from booking.store.db import make_engine, write_session
from booking.store.quickread import QuickReader
from tests.booking.test_building_loader import MINIMAL, problems_of
from tests.helpers.clock import FakeClock

NAMED = MINIMAL.replace('name = "Lantai 1"\n', 'name = "Lantai 1"\nlabel = "Ground floor"\n'
                        'label_id = "Lantai dasar"\n').replace(
    'name = "Semeru"\n', 'name = "Meeting room Semeru"\nname_id = "Ruang rapat Semeru"\n')
NOW = datetime(2026, 12, 1, 1, tzinfo=UTC)


def test_the_file_gives_indonesian_names_beside_the_english() -> None:
    spec = parse_building(NAMED)
    assert (spec.floors[0].label, spec.floors[0].label_id) == ("Ground floor", "Lantai dasar")
    semeru = next(r for r in spec.rooms if r.code == "SEMERU")
    assert (semeru.name, semeru.name_id) == ("Meeting room Semeru", "Ruang rapat Semeru")


def test_a_file_without_them_loads_as_before() -> None:
    spec = parse_building(MINIMAL)
    assert all(r.name_id is None for r in spec.rooms)
    assert spec.floors[0].label_id is None


@pytest.mark.parametrize("value", ['""', "3", "[\"x\"]"])
def test_an_indonesian_name_must_be_text(value: str) -> None:
    broken = NAMED.replace('name_id = "Ruang rapat Semeru"', f"name_id = {value}")
    assert any("name_id" in p for p in problems_of(broken))


def test_the_shipped_building_names_everything_in_indonesian_too() -> None:
    spec = load_building_file(DEFAULT_BUILDING_FILE)
    rooms = {r.code: r for r in spec.rooms}
    assert rooms["P2.01"].name_id == "Ruang Produksi P2.01"
    assert rooms["BROMO"].name_id is None  # a mountain is a mountain in both
    assert {f.label_id for f in spec.floors} >= {"Lantai dasar", "Produksi & pelatihan"}
    assert {a.name_id for a in spec.areas} >= {"Toilet", "Tangga 1", "Koridor utama"}
    assert {e.name_id for e in spec.equipment} >= {"Proyektor dan layar", "Meja tambahan"}
    assert all(e.name_id for e in spec.equipment)


def test_in_spoken_falls_back_to_english() -> None:
    assert in_spoken("Hall", "Aula", "id") == "Aula"
    assert in_spoken("Bromo", None, "id") == "Bromo"
    assert in_spoken("Hall", "Aula", "en") == "Hall"


def test_rooms_and_floors_read_in_the_language_spoken(memory_engine: Engine) -> None:
    english = {r.code: r for r in list_rooms(memory_engine)}
    assert english["P2.01"].name == "Production room P2.01"
    set_language("id")
    indonesian = {r.code: r for r in list_rooms(memory_engine)}
    assert indonesian["P2.01"].name == "Ruang Produksi P2.01"
    assert indonesian["HALL-A"].name == "Aula A"
    assert indonesian["BROMO"].name == "Bromo"
    assert {f.level: f.label for f in list_floors(memory_engine)}[1] == "Lantai dasar"
    # Scripts get the building file's own name, whatever the language.
    assert indonesian["P2.01"].to_json() == english["P2.01"].to_json()
    assert indonesian["P2.01"].name_in("en") == "Production room P2.01"
    assert english["P2.01"].name_in("id") == "Ruang Produksi P2.01"


def test_bookings_free_rooms_areas_and_equipment_follow_the_language(memory_engine: Engine
                                                                     ) -> None:
    services = Services(memory_engine, now=FakeClock(NOW), actor="manager")
    start = datetime(2026, 12, 8, 3, tzinfo=UTC)
    end = datetime(2026, 12, 8, 4, tzinfo=UTC)
    view = services.bookings.book(actor="manager", room="P2.01", start=start, end=end,
                                  title="Sprint").booking
    assert view.room_name == "Production room P2.01"
    set_language("id")
    again = services.booking(view.id)
    assert again.room_name == "Ruang Produksi P2.01"
    assert again.to_json() == view.to_json() and again.audit_state() == view.audit_state()
    free = {r.code: r for r in services.availability.free_rooms(start=start, end=end)}
    assert free["P2.02"].name == "Ruang Produksi P2.02"
    assert free["P2.02"].to_json()["name"] == "Production room P2.02"
    assert "Toilet" in {a.name for a in services.areas()}
    assert "Sistem suara" in {e.name for e in services.events.equipment()}


def test_the_first_paint_reads_the_same_names(tmp_path: Path, initialised_template: Path
                                              ) -> None:
    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    engine = make_engine(db)
    set_language("id")
    reader = QuickReader.open(str(db))
    assert reader is not None
    try:
        assert reader.rooms() == list_rooms(engine)
        assert reader.floors() == list_floors(engine)
        assert {r.code: r.name for r in reader.rooms()}["F2.01"] == "Bilik Fokus F2.01"
    finally:
        reader.close()
        engine.dispose()


def test_init_on_an_older_database_fills_the_names(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    with write_session(engine) as session:
        for table, column in (("room", "name_id"), ("area", "name_id"),
                              ("equipment", "name_id"), ("floor", "label_id")):
            session.execute(text(f"UPDATE {table} SET {column} = NULL"))
    report = initialize(engine, actor="admin").building
    assert "P2.01" in report.updated and report.other_changes
    set_language("id")
    assert {r.code: r.name for r in list_rooms(engine)}["P2.01"] == "Ruang Produksi P2.01"
    assert not initialize(engine, actor="admin").building.changed  # and then nothing to do
    engine.dispose()


def test_the_day_sheet_has_both_names(memory_engine: Engine) -> None:
    from datetime import date

    set_language("id")
    sheet = assemble_day_sheet(day=date(2026, 12, 8), building="CF",
                               floors=list_floors(memory_engine),
                               rooms=list_rooms(memory_engine), bookings=[], closures=[],
                               hours={}, holiday=None, printed_at=NOW)
    ground = sheet.floors[0]
    assert (ground.label, ground.label_in("en")) == ("Lantai dasar", "Ground floor")
