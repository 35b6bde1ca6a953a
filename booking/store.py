"""Opening the store: engine, automatic schema upgrade, default building on first start."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from booking.building import load_building_file
from booking.calendar import compute_year, prime
from booking.db import make_engine, write_session
from booking.models import Building, PublicHoliday
from booking.paths import DEFAULT_BUILDING_FILE
from booking.schema import UpgradeResult, upgrade
from booking.setup import apply_building, ensure_default_accounts
from booking.timeutil import local, utc_now


@dataclass(frozen=True)
class OpenedStore:
    """A ready database: its engine and what opening it did."""

    engine: Engine
    schema: UpgradeResult
    seeded: bool


def load_holidays(session: Session, *, around: int) -> None:
    """Prime the calendar with last year to three years ahead, storing years not seen before."""
    wanted = range(around - 1, around + 4)
    stored: dict[int, dict[date, str]] = {}
    for row in session.exec(select(PublicHoliday).where(
            col(PublicHoliday.year).in_(list(wanted)))):
        stored.setdefault(row.year, {})[date.fromisoformat(row.day)] = row.name
    for year in wanted:
        if year not in stored:
            stored[year] = compute_year(year)
            for day, name in stored[year].items():
                session.add(PublicHoliday(day=day.isoformat(), year=year, name=name))
        prime(year, stored[year])


def open_store(target: str | Path | None = None, *,
               building_file: Path = DEFAULT_BUILDING_FILE,
               now: Callable[[], datetime] = utc_now) -> OpenedStore:
    """Open (creating if needed) the database, upgrade its schema, load the building when the
    database is new or was just upgraded."""
    engine = make_engine(target)
    try:
        schema = upgrade(engine)
        with write_session(engine) as session:
            empty = session.exec(select(Building.id)).first() is None
            # After a schema upgrade the building file is read again: a new revision may keep
            # things the file describes that older databases never loaded (equipment, ...).
            if empty or schema.changed:
                apply_building(session, load_building_file(building_file), now=now())
            ensure_default_accounts(session)
            load_holidays(session, around=local(now()).year)
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(engine, schema, empty)
