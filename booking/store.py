"""Opening the store: engine, automatic schema upgrade, default building on first start."""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from booking.building import DEFAULT_BUILDING_FILE, load_building_file
from booking.db import make_engine, write_session
from booking.models import Building
from booking.schema import UpgradeResult, upgrade
from booking.setup import apply_building, ensure_default_accounts
from booking.timeutil import utc_now


@dataclass(frozen=True)
class OpenedStore:
    """A ready database: its engine and what opening it did."""

    engine: Engine
    schema: UpgradeResult
    seeded: bool


def open_store(target: str | Path | None = None, *,
               building_file: Path = DEFAULT_BUILDING_FILE,
               now: Callable[[], datetime] = utc_now) -> OpenedStore:
    """Open (creating if needed) the database, upgrade its schema, load the building if empty."""
    engine = make_engine(target)
    try:
        schema = upgrade(engine)
        with write_session(engine) as session:
            empty = session.exec(select(Building.id)).first() is None
            if empty:
                apply_building(session, load_building_file(building_file), now=now())
            ensure_default_accounts(session)
    except BaseException:
        engine.dispose()
        raise
    return OpenedStore(engine, schema, empty)
