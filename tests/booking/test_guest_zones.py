"""Time zones: the building keeps the zone its file names; guests' zones on organizations and
bookings show their times beside the building's."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from booking.building.spec import DEFAULT_BUILDING_FILE, parse_building
from booking.errors import BadInput, NotPermitted
from booking.i18n import set_language
from booking.services import Services, open_store
from booking.store.db import make_engine, read_session, write_session
from booking.timeutil import (
    BUILDING_TZ,
    building_zone_name,
    guest_time_text,
    parse_instant,
    zone_abbreviation,
)
from tests.booking.conftest import at
from tests.helpers.clock import FakeClock


def _utc(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 12, day, hour, minute, tzinfo=UTC)


# ----- the building's own zone ----------------------------------------------------------------

def _building_in(tmp_path: Path, zone: str) -> Path:
    path = tmp_path / "building.toml"
    original = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")
    assert 'timezone = "Asia/Jakarta"' in original
    path.write_text(original.replace('timezone = "Asia/Jakarta"', f'timezone = "{zone}"'),
                    encoding="utf-8")
    return path


def test_a_building_in_makassar_keeps_wita(tmp_path: Path) -> None:
    store = open_store(tmp_path / "r.db", building_file=_building_in(tmp_path, "Asia/Makassar"),
                       now=FakeClock(at(8, day=1)))
    try:
        assert building_zone_name() == "Asia/Makassar"
        start = parse_instant("2026-12-07T10:00")
        assert start == _utc(7, 2)
        services = Services(store.engine, now=FakeClock(_utc(1, 0)), actor="admin")
        made = services.bookings.book(actor="admin", room="BROMO", start=start,
                                      end=parse_instant("2026-12-07T11:00"), title="Retro")
        assert made.booking.start == _utc(7, 2)
        assert made.booking.to_json()["start"] == "2026-12-07T10:00:00+08:00"
        assert zone_abbreviation(start) == "WITA"
        assert guest_time_text(made.booking.start, made.booking.end, None) == "10:00–11:00 WITA"
    finally:
        store.engine.dispose()


def test_opening_a_database_takes_the_zone_it_was_loaded_with(tmp_path: Path) -> None:
    from booking.timeutil import use_building_zone

    db = tmp_path / "r.db"
    open_store(db, building_file=_building_in(tmp_path, "Asia/Jayapura")).engine.dispose()
    use_building_zone("Asia/Jakarta")  # as if a WIB database had been opened since
    open_store(db).engine.dispose()
    assert building_zone_name() == "Asia/Jayapura"
    assert zone_abbreviation(_utc(7, 3)) == "WIT"


def test_an_unknown_zone_in_the_building_file_is_named() -> None:
    original = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")
    with pytest.raises(BadInput, match=r"timezone = 'Asia/Atlantis' is not a known time zone"):
        parse_building(original.replace('timezone = "Asia/Jakarta"',
                                        'timezone = "Asia/Atlantis"'))


def test_the_building_zone_survives_copies() -> None:
    import copy
    import pickle

    moment = _utc(7, 3).astimezone(BUILDING_TZ)
    assert pickle.loads(pickle.dumps(moment)) == moment
    assert copy.deepcopy(moment).tzinfo is BUILDING_TZ


# ----- guest time text --------------------------------------------------------------------------

def test_tokyo_and_yangon_beside_wib() -> None:
    start, end = at(10), at(11)
    assert guest_time_text(start, end, "Asia/Tokyo") == "10:00–11:00 WIB (12:00–13:00 JST)"
    # Yangon is UTC+06:30, half an hour behind WIB; tzdata names it "+0630" only.
    assert guest_time_text(start, end, "Asia/Yangon") == "10:00–11:00 WIB (09:30–10:30 MMT)"
    assert guest_time_text(start, end, "Asia/Singapore") == "10:00–11:00 WIB (11:00–12:00 SGT)"
    assert guest_time_text(start, end, "Asia/Kolkata") == "10:00–11:00 WIB (08:30–09:30 IST)"
    assert guest_time_text(start, end, "Asia/Dubai") == "10:00–11:00 WIB (07:00–08:00 UTC+04:00)"
    assert guest_time_text(start, end, None) == "10:00–11:00 WIB"


def test_a_late_booking_is_the_next_day_in_tokyo() -> None:
    # Monday 7 December 22:30 WIB is Tuesday 00:30 in Tokyo.
    assert guest_time_text(at(22, 30), at(23, 30), "Asia/Tokyo") == \
        "22:30–23:30 WIB (Tue 00:30–01:30 JST)"
    assert guest_time_text(at(21), at(22, 30), "Asia/Tokyo") == \
        "21:00–22:30 WIB (23:00–Tue 00:30 JST)"
    assert guest_time_text(at(21), at(22), "Asia/Tokyo") == "21:00–22:00 WIB (23:00–00:00 JST)"


def test_the_guest_day_is_named_in_indonesian() -> None:
    set_language("id")
    assert guest_time_text(at(22, 30), at(23, 30), "Asia/Tokyo") == \
        "22:30–23:30 WIB (Sel 00:30–01:30 JST)"


# ----- bookings and organizations ------------------------------------------------------------

def test_a_booking_keeps_its_guest_zone(services: Services) -> None:
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                  title="Call with Osaka", guest_tz=" Asia/Tokyo ").booking
    assert made.guest_tz == made.guest_zone == "Asia/Tokyo"
    assert made.to_json()["guest_tz"] == "Asia/Tokyo"
    assert services.booking(made.id).guest_tz == "Asia/Tokyo"
    changed = services.bookings.change_details(actor="frontdesk", booking_id=made.id,
                                               guest_tz="Asia/Yangon").booking
    assert changed.guest_tz == "Asia/Yangon"
    moved = services.bookings.move(actor="frontdesk", booking_id=made.id, start=at(14),
                                   end=at(15), guest_tz=None).booking
    assert moved.guest_tz is None and moved.to_json()["guest_tz"] is None
    kept = services.bookings.move(actor="frontdesk", booking_id=made.id, start=at(15),
                                  end=at(16)).booking
    assert kept.guest_tz is None


def test_a_time_typed_with_an_offset_is_stored_right(services: Services) -> None:
    start = parse_instant("2026-12-07T12:00+09:00")  # noon in Tokyo
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=start,
                                  end=parse_instant("2026-12-07T13:00+09:00"), title="Sync",
                                  guest_tz="Asia/Tokyo").booking
    assert made.start == at(10) and services.booking(made.id).start == _utc(7, 3)
    assert guest_time_text(made.start, made.end, made.guest_zone) == \
        "10:00–11:00 WIB (12:00–13:00 JST)"


def test_an_unknown_zone_is_refused_and_nothing_changes(services: Services) -> None:
    with pytest.raises(BadInput, match="unknown time zone 'Asia/Atlantis': write an IANA "
                                       "name such as Asia/Tokyo"):
        services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                               title="Call", guest_tz="Asia/Atlantis")
    assert services.list_bookings(start=at(0), end=at(23)) == []
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                  title="Call", guest_tz="Asia/Tokyo").booking
    for bad in ("Tokyo", "../../etc/passwd", "Asia/Atlantis"):
        with pytest.raises(BadInput, match="unknown time zone"):
            services.bookings.move(actor="frontdesk", booking_id=made.id, start=at(12),
                                   end=at(13), guest_tz=bad)
    assert services.booking(made.id) == made


def test_the_organization_zone_is_the_guests_unless_the_booking_has_its_own(
        services: Services) -> None:
    made = services.bookings.book(actor="frontdesk", room="BROMO", start=at(10), end=at(11),
                                  title="Review", organization="Tokyo Partners KK").booking
    assert made.guest_zone is None
    with pytest.raises(NotPermitted, match="may not set an organization's time zone"):
        services.organization_tools.set_guest_zone(actor="frontdesk",
                                                   organization="Tokyo Partners KK",
                                                   guest_tz="Asia/Tokyo")
    saved = services.organization_tools.set_guest_zone(actor="manager",
                                                       organization="tokyo partners kk",
                                                       guest_tz="Asia/Tokyo")
    assert (saved.name, saved.guest_tz) == ("Tokyo Partners KK", "Asia/Tokyo")
    assert services.organization_tools.zones()["Tokyo Partners KK"] == "Asia/Tokyo"
    shown = services.booking(made.id)
    assert (shown.guest_tz, shown.guest_zone) == (None, "Asia/Tokyo")
    assert shown.to_json()["guest_tz"] == "Asia/Tokyo"
    assert services.list_bookings(start=at(0), end=at(23))[0].guest_zone == "Asia/Tokyo"
    own = services.bookings.change_details(actor="frontdesk", booking_id=made.id,
                                           guest_tz="Asia/Yangon").booking
    assert own.guest_zone == "Asia/Yangon"
    services.organization_tools.set_guest_zone(actor="manager",
                                               organization="Tokyo Partners KK", guest_tz=None)
    assert services.organization_tools.zones()["Tokyo Partners KK"] is None
    with pytest.raises(BadInput, match="there is no organization 'Nobody Ltd'"):
        services.organization_tools.set_guest_zone(actor="manager", organization="Nobody Ltd",
                                                   guest_tz="Asia/Tokyo")


def test_the_quick_reader_gives_the_same_guest_zones(tmp_path: Path,
                                                     initialised_template: Path) -> None:
    import shutil

    from booking.store.quickread import QuickReader

    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    services = Services.open(db, now=FakeClock(at(8, day=1)), actor="manager")
    try:
        services.bookings.book(actor="manager", room="BROMO", start=at(10), end=at(11),
                               title="Review", organization="Seoul Labs")
        services.bookings.book(actor="manager", room="KAWI", start=at(10), end=at(11),
                               title="Call", guest_tz="Asia/Tokyo")
        services.organization_tools.set_guest_zone(actor="manager", organization="Seoul Labs",
                                                   guest_tz="Asia/Seoul")
        full = services.list_bookings(start=at(0), end=at(23))
    finally:
        services.close()
    reader = QuickReader.open(str(db))
    assert reader is not None
    try:
        quick = reader.list_bookings(start=at(0), end=at(23))
    finally:
        reader.close()
    assert quick == full
    assert {b.title: b.guest_zone for b in quick} == {"Review": "Asia/Seoul",
                                                      "Call": "Asia/Tokyo"}


# ----- holidays in both languages -------------------------------------------------------------

def test_holidays_are_named_in_the_language_shown(services: Services) -> None:
    christmas = services.holidays(at(0, day=25).date(), at(0, day=25).date())[0]
    assert (christmas.name, christmas.name_id, christmas.name_en) == (
        "Christmas Day", "Hari Raya Natal", "Christmas Day")
    set_language("id")
    assert services.holidays(at(0, day=25).date(), at(0, day=25).date())[0].name == \
        "Hari Raya Natal"


def test_holidays_stored_without_english_names_get_them_on_the_next_open(
        tmp_path: Path, initialised_template: Path) -> None:
    import shutil

    db = tmp_path / "r.db"
    shutil.copyfile(initialised_template, db)
    engine = make_engine(db)
    with write_session(engine) as session:
        session.execute(text("UPDATE public_holiday SET name_en = NULL"))
    engine.dispose()
    open_store(db, now=FakeClock(at(8, day=1))).engine.dispose()
    engine = make_engine(db)
    with read_session(engine) as session:
        assert tuple(session.execute(text(
            "SELECT name, name_en FROM public_holiday WHERE day = '2026-12-25'")).one()) == \
            ("Hari Raya Natal", "Christmas Day")
        assert session.execute(text(
            "SELECT count(*) FROM public_holiday WHERE name_en IS NULL")).scalar_one() == 0
    engine.dispose()




def test_the_steady_zones_known_ahead_are_what_the_zone_data_says() -> None:
    from zoneinfo import ZoneInfo

    from booking.timeutil import STEADY_ZONES, sample_offset

    for name, known in STEADY_ZONES.items():
        assert sample_offset(ZoneInfo(name)) == known, name
    assert sample_offset(ZoneInfo("Asia/Pontianak")) == (None, None)  # WITA until 1988
    assert sample_offset(ZoneInfo("Europe/Berlin")) == (None, None)


def test_a_zone_with_summer_time_is_asked_each_time() -> None:
    from booking.timeutil import use_building_zone

    use_building_zone("Europe/Berlin")
    assert parse_instant("2026-07-01T10:00") == datetime(2026, 7, 1, 8, tzinfo=UTC)
    assert parse_instant("2026-12-01T10:00") == datetime(2026, 12, 1, 9, tzinfo=UTC)
    assert zone_abbreviation(datetime(2026, 7, 1, 8, tzinfo=UTC)) == "CEST"
    assert _utc(1, 9).astimezone(BUILDING_TZ).hour == 10
    # The autumn hour that happens twice keeps its fold through the delegation.
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC).astimezone(BUILDING_TZ)
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC).astimezone(BUILDING_TZ)
    assert (first.hour, second.hour, first.fold, second.fold) == (2, 2, 0, 1)
    assert (first.utcoffset(), second.utcoffset()) != (None, None)
    assert first.utcoffset() != second.utcoffset()
