"""Migrations: empty to head, idempotent init, backups before upgrades, newer schemas refused."""

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Engine, text
from sqlmodel import SQLModel, select

import booking.store.models  # noqa: F401
from booking.building.load import initialize
from booking.building.spec import DEFAULT_BUILDING_FILE
from booking.errors import DatabaseError
from booking.services import open_store
from booking.store.db import make_engine, read_session, write_session
from booking.store.models import AuditEntry, Booking, Room
from booking.store.schema import current_revision, head_revision, script_head, upgrade
from booking.store.search_index import is_search_index_table
from booking.store.version import HEAD_REVISION


def test_empty_file_upgrades_to_head(db_file: Path) -> None:
    engine = make_engine(db_file)
    result = upgrade(engine)
    assert result.before is None
    assert result.after == head_revision()
    assert current_revision(engine) == head_revision()
    assert result.backup is None  # nothing to lose in a brand-new file
    engine.dispose()


def test_migrated_schema_matches_the_models(file_engine: Engine) -> None:
    with file_engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection, opts={
            "include_object": lambda _obj, name, type_, _reflected, _compare_to:
                not (type_ == "table" and is_search_index_table(name))}), SQLModel.metadata)
    assert diff == []


def test_init_twice_changes_nothing(db_file: Path) -> None:
    engine = make_engine(db_file)
    first = initialize(engine)
    assert len(first.building.added) >= 35
    with read_session(engine) as session:
        audit_count = len(session.exec(select(AuditEntry)).all())
    second = initialize(engine, actor="admin")
    assert not second.building.changed
    assert not second.schema.changed
    with read_session(engine) as session:
        assert len(session.exec(select(AuditEntry)).all()) == audit_count
    engine.dispose()


def test_upgrade_from_an_older_revision_backs_up_first(db_file: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    rooms_before = _room_count(engine)
    with write_session(engine) as session:
        session.execute(text("UPDATE alembic_version SET version_num = '0002'"))
    engine.dispose()
    import alembic.command

    calls: list[str] = []
    monkeypatch.setattr(alembic.command, "upgrade", lambda _config, rev: calls.append(rev))
    engine = make_engine(db_file)
    result = upgrade(engine)
    engine.dispose()
    assert calls == ["head"]
    assert result.before == "0002"
    assert result.backup is not None and result.backup.exists()
    assert result.backup.name.startswith(f"ruang.before-{head_revision()}-")
    with sqlite3.connect(result.backup) as copy:
        assert copy.execute("SELECT count(*) FROM room").fetchone()[0] == rooms_before
        assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0002"


def test_head_revision_names_the_newest_migration() -> None:
    assert head_revision() == script_head()


def test_a_newer_database_is_refused(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    with write_session(engine) as session:
        session.execute(text("UPDATE alembic_version SET version_num = 'f00d'"))
    with pytest.raises(DatabaseError, match="newer version of Ruang"):
        open_store(db_file)
    engine.dispose()


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with sqlite3.connect(path) as other:
        other.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(DatabaseError, match="not a Ruang database"):
        open_store(path)


def test_editing_capacity_updates_the_room_and_keeps_its_bookings(db_file: Path,
                                                                  tmp_path: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    room_id = _add_booking(engine, "BROMO")
    edited = tmp_path / "building.toml"
    original = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")
    edited.write_text(_set_capacity(original, "BROMO", 7), encoding="utf-8")
    report = initialize(engine, building_file=edited, actor="admin")
    assert report.building.updated == ["BROMO"]
    with read_session(engine) as session:
        room = session.get(Room, room_id)
        assert room is not None and room.capacity == 7
        assert len(session.exec(select(Booking).where(Booking.room_id == room_id)).all()) == 1
        updates = session.exec(select(AuditEntry).where(AuditEntry.action == "room.updated")).all()
        assert updates[-1].before is not None and updates[-1].after is not None
        assert updates[-1].after["capacity"] == 7
    engine.dispose()


def test_removed_room_with_bookings_is_retired_and_without_is_deleted(db_file: Path,
                                                                     tmp_path: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    _add_booking(engine, "BROMO")
    text_ = DEFAULT_BUILDING_FILE.read_text(encoding="utf-8")
    text_ = _drop_room(_drop_room(text_, "BROMO"), "KAWI")
    edited = tmp_path / "building.toml"
    edited.write_text(text_, encoding="utf-8")
    report = initialize(engine, building_file=edited, actor="admin")
    assert report.building.retired == ["BROMO"]
    assert report.building.removed == ["KAWI"]
    with read_session(engine) as session:
        bromo = session.exec(select(Room).where(Room.code == "BROMO")).one()
        assert bromo.retired
        assert session.exec(select(Room).where(Room.code == "KAWI")).first() is None
    # Putting it back in the file brings it back into service.
    report = initialize(engine, actor="admin")
    assert "BROMO" in report.building.updated and "KAWI" in report.building.added
    engine.dispose()


def _room_count(engine: Engine) -> int:
    with read_session(engine) as session:
        return len(session.exec(select(Room)).all())


def _add_booking(engine: Engine, code: str) -> int:
    from datetime import UTC, datetime

    at = int(datetime(2026, 12, 1, 3, tzinfo=UTC).timestamp())
    with write_session(engine) as session:
        # Plain SQL: the schema may be an older revision than the models describe.
        room_id = session.execute(text("SELECT id FROM room WHERE code = :code"),
                                  {"code": code}).scalar_one()
        session.execute(text(
            "INSERT INTO booking (room_id, start_at, end_at, title, status, attendees, "
            "contact_name, contact_phone, notes, created_at, updated_at, version, "
            "buffer_before_min, buffer_after_min, cancel_reason, detached) VALUES (:room, :at, "
            ":end, 't', 'confirmed', 0, '', '', '', :at, :at, 1, 0, 0, '', 0)"),
            {"room": room_id, "at": at, "end": at + 3600})
        return int(room_id)


def _drop_room(text_: str, code: str) -> str:
    blocks = text_.split("\n[[")
    kept = [b for b in blocks if not (b.startswith("rooms]]") and f'code = "{code}"' in b)]
    assert len(kept) == len(blocks) - 1, code
    return "\n[[".join(kept)


def _set_capacity(text_: str, code: str, capacity: int) -> str:
    blocks = text_.split("\n[[")
    for i, block in enumerate(blocks):
        if block.startswith("rooms]]") and f'code = "{code}"' in block:
            lines = [f"capacity = {capacity}" if line.startswith("capacity =") else line
                     for line in block.splitlines()]
            blocks[i] = "\n".join(lines)
    return "\n[[".join(blocks)


def _migrate(engine: Engine, revision: str, *, down: bool = False) -> None:
    from alembic import command
    from alembic.config import Config

    from booking.store.schema import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        (command.downgrade if down else command.upgrade)(config, revision)


def _add_part(engine: Engine, parent: str, code: str) -> None:
    with write_session(engine) as session:
        session.execute(text(
            "INSERT INTO room (code, name, floor_id, kind, capacity, bookable, hours_profile, "
            "parent_id, outline, description, retired, position) SELECT :code, :code, "
            "floor_id, kind, 4, 1, hours_profile, id, '[]', '', 0, 99 FROM room "
            "WHERE code = :parent"), {"code": code, "parent": parent})


def test_upgrade_to_0007_gives_old_bookings_the_parts_added_since(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    _migrate(engine, "0006", down=True)
    semeru = _add_booking(engine, "SEMERU")
    _add_part(engine, "SEMERU", "SEMERU-1")  # 0006 leaves the booking on Semeru itself
    with read_session(engine) as session:
        # Plain SQL: the schema is older than the models describe.
        part_id = session.execute(text("SELECT id FROM room WHERE code = 'SEMERU-1'")
                                  ).scalar_one()
        assert session.execute(text("SELECT space_id FROM occupancy")).scalars().all() == [
            semeru]
    result = upgrade(engine)
    assert (result.before, result.after) == ("0006", HEAD_REVISION) and result.backup is not None
    with read_session(engine) as session:
        assert session.execute(text("SELECT space_id FROM occupancy")).scalars().all() == [
            part_id]
    engine.dispose()


def test_upgrade_to_0007_keeps_going_when_old_data_already_overlaps(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    _migrate(engine, "0006", down=True)
    _add_booking(engine, "SEMERU")
    _add_part(engine, "SEMERU", "SEMERU-1")
    _add_booking(engine, "SEMERU-1")  # a double booking 0006 let through
    assert upgrade(engine).after == HEAD_REVISION
    with read_session(engine) as session:
        # Left as it was, for `doctor` to name.
        assert len(session.execute(text("SELECT id FROM occupancy")).all()) == 2
    engine.dispose()


def test_upgrade_to_0010_keeps_the_data_and_adds_guest_zones(db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    _migrate(engine, "0009", down=True)
    _add_booking(engine, "BROMO")
    with write_session(engine) as session:
        booking_id = session.execute(text("SELECT max(id) FROM booking")).scalar_one()
        session.execute(text("INSERT INTO organization (name, kind, country) "
                             "VALUES ('Tokyo Partners KK', 'client', 'JP')"))
        session.execute(text("INSERT INTO public_holiday (day, year, name) "
                             "VALUES ('2026-12-25', 2026, 'Hari Raya Natal')"))
    result = upgrade(engine)
    assert (result.before, result.after) == ("0009", HEAD_REVISION) and result.backup is not None
    with read_session(engine) as session:
        assert session.execute(text("SELECT title, guest_tz FROM booking WHERE id = :id"),
                               {"id": booking_id}).one() == ("t", None)
        assert session.execute(text("SELECT guest_tz FROM organization WHERE name = "
                                    "'Tokyo Partners KK'")).scalar_one() is None
        assert session.execute(text("SELECT name, name_en FROM public_holiday")).one() == (
            "Hari Raya Natal", "Christmas Day")
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    with write_session(engine) as session:
        session.execute(text("UPDATE booking SET guest_tz = 'Asia/Tokyo' WHERE id = :id"),
                        {"id": booking_id})
    with pytest.raises(Exception, match="guest_tz_not_empty"):
        with write_session(engine) as session:
            session.execute(text("UPDATE organization SET guest_tz = '  '"))
    _migrate(engine, "0009", down=True)  # and back: the columns go, the rows stay
    with read_session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar_one() == 1
    engine.dispose()


def test_upgrade_to_0011_keeps_the_data_and_init_names_the_building_in_indonesian(
        db_file: Path) -> None:
    engine = make_engine(db_file)
    initialize(engine, actor="admin")
    _migrate(engine, "0010", down=True)
    with read_session(engine) as session:
        assert "name_id" not in {row[1] for row in session.execute(
            text("PRAGMA table_info(room)"))}
    _add_booking(engine, "P2.01")
    result = upgrade(engine)
    assert (result.before, result.after) == ("0010", HEAD_REVISION) and result.backup is not None
    with read_session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar_one() == 1
        assert session.execute(text("SELECT name, name_id FROM room WHERE code = 'P2.01'")
                               ).one() == ("Production room P2.01", None)
        assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"
    initialize(engine, actor="admin")  # init fills them from the building file
    with read_session(engine) as session:
        assert session.execute(text("SELECT name_id FROM room WHERE code = 'P2.01'")
                               ).scalar_one() == "Ruang Produksi P2.01"
        assert session.execute(text("SELECT label_id FROM floor WHERE level = 1")
                               ).scalar_one() == "Lantai dasar"
        assert session.execute(text("SELECT name_id FROM equipment WHERE code = 'projector'")
                               ).scalar_one() == "Proyektor dan layar"
        assert session.execute(text("SELECT count(*) FROM area WHERE name_id IS NULL")
                               ).scalar_one() == session.execute(text(
                                   "SELECT count(*) FROM area WHERE name = 'Lift'")).scalar_one()
    _migrate(engine, "0010", down=True)  # and back: the columns go, the rows stay
    with read_session(engine) as session:
        assert session.execute(text("SELECT count(*) FROM booking")).scalar_one() == 1
    engine.dispose()
