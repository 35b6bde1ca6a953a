"""Bulk loads (demo data, benchmark databases): the triggers' work done in set-based SQL leaves
the database exactly as row-by-row inserts would, and refuses what the triggers refuse."""

import shutil
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Connection, Engine, TextClause, text

import booking.building.demo as demo
from booking.building.demo import INSERT, fill_demo
from booking.store.bulk import STEPPING_ASIDE, insert_bookings
from booking.store.db import make_engine, write_session
from booking.store.integrity import check_database

NOW = datetime(2026, 12, 1, 1, 0, tzinfo=UTC)


def _row_by_row(connection: Connection, insert: TextClause,
                rows: list[dict[str, Any]]) -> None:
    connection.execute(insert, rows)


def _filled(template: Path, target: Path, monkeypatch: pytest.MonkeyPatch, *,
            bulk: bool) -> Engine:
    shutil.copyfile(template, target)
    engine = make_engine(target)
    with monkeypatch.context() as patch:
        if not bulk:
            patch.setattr(demo, "insert_bookings", _row_by_row)
        patch.setattr(demo, "BATCH", 700)  # several batches, each its own transaction
        fill_demo(engine, actor="admin", bookings=3000, seed=3, now=NOW)
    return engine


def _state(engine: Engine) -> dict[str, object]:
    with engine.connect() as connection:
        def rows(sql: str) -> list[Any]:
            return [tuple(r) for r in connection.execute(text(sql))]

        found = {
            "occupancy": rows("SELECT booking_id, space_id, start_at, end_at FROM occupancy "
                              "ORDER BY 1, 2"),
            "bounds": rows("SELECT name, seconds FROM span_bound ORDER BY name"),
            "triggers": rows("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' "
                             "ORDER BY name"),
            "bookings": rows("SELECT count(*) FROM booking"),
        }
        for word in ("rapat", "telkom", "sprint", "r" + "5"):
            found[word] = rows("SELECT rowid FROM booking_search WHERE booking_search MATCH "
                               f"'\"{word}\" *' ORDER BY rowid")
    return found


def test_a_bulk_load_leaves_the_database_as_row_by_row_inserts_would(
        initialised_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    bulk = _filled(initialised_template, tmp_path / "bulk.db", monkeypatch, bulk=True)
    plain = _filled(initialised_template, tmp_path / "plain.db", monkeypatch, bulk=False)
    try:
        loaded, expected = _state(bulk), _state(plain)
        assert loaded == expected
        assert expected["bookings"] == [(3000,)] and len(expected["occupancy"]) > 2000
        assert any(expected[w] for w in ("rapat", "telkom", "sprint"))
        assert check_database(bulk).findings == ()
    finally:
        bulk.dispose()
        plain.dispose()


def test_a_bulk_load_that_would_overlap_is_refused_whole_with_its_triggers_back(
        file_engine: Engine) -> None:
    row = {"room_id": 1, "start_at": 1_900_000_000, "end_at": 1_900_003_600, "title": "x",
           "status": "confirmed", "layout": None, "attendees": 0, "organization_id": None,
           "booked_by_id": None, "contact_name": "", "contact_phone": "", "notes": "",
           "created_at": 1_800_000_000, "updated_at": 1_800_000_000, "version": 1,
           "buffer_before_min": 0, "buffer_after_min": 0, "checked_in_at": None,
           "cancelled_at": None, "cancel_reason": ""}
    with pytest.raises(Exception, match="already booked"), write_session(file_engine) as session:
        insert_bookings(session.connection(), INSERT, [row, {**row, "title": "y",
                                                             "start_at": 1_900_001_800}])
    with file_engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM booking")).scalar() == 0
        names = {n for (n,) in connection.execute(text(
            "SELECT name FROM sqlite_master WHERE type = 'trigger'"))}
    assert set(STEPPING_ASIDE) <= names
    assert check_database(file_engine).findings == ()


def test_a_large_demo_packs_old_history_and_stops_at_the_earliest_day(
        initialised_template: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """History reaches back no further than the database takes (asking for more than fits
    writes what fits, no crash); above DENSE_ABOVE, days older than DENSE_AFTER_YEARS are
    packed back to back, every guard still satisfied."""
    from datetime import date

    shutil.copyfile(initialised_template, tmp_path / "dense.db")
    engine = make_engine(tmp_path / "dense.db")
    monkeypatch.setattr(demo, "EARLIEST_DAY", date(2025, 6, 1))
    monkeypatch.setattr(demo, "DENSE_ABOVE", 1000)
    monkeypatch.setattr(demo, "DENSE_AFTER_YEARS", 1)
    try:
        made = fill_demo(engine, actor="admin", bookings=10_000_000, seed=5, now=NOW)
        assert 100_000 < int(str(made["bookings"])) < 10_000_000
        assert made["first_day"] == "2025-06-01"
        with engine.connect() as connection:
            def per_day(day: str) -> int:
                return int(connection.execute(text(
                    "SELECT count(*) FROM booking WHERE date(start_at, 'unixepoch', "
                    "'+7 hours') = :day"), {"day": day}).scalar_one())
            # A packed weekday (older than a year) against a realistic one.
            assert per_day("2025-07-01") > 3 * per_day("2026-11-24") > 0
        assert check_database(engine).findings == ()
    finally:
        engine.dispose()
