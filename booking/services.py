"""The facade the window and the command line use: one object holding the engine and the clock."""

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from booking.db import sqlite_file
from booking.queries import FloorInfo, HoursInfo, RoomInfo, list_floors, list_hours, list_rooms
from booking.timeutil import utc_now


@dataclass
class Services:
    """Use cases and queries over one database, with an injected clock."""

    engine: Engine
    now: Callable[[], datetime] = field(default=utc_now)

    @property
    def database_label(self) -> str:
        """What to show a person about where the data lives."""
        path = sqlite_file(self.engine)
        if path is not None:
            return str(path)
        return self.engine.url.render_as_string(hide_password=True)

    @property
    def database_path(self) -> Path | None:
        return sqlite_file(self.engine)

    def floors(self) -> list[FloorInfo]:
        return list_floors(self.engine)

    def rooms(self, *, include_retired: bool = False) -> list[RoomInfo]:
        return list_rooms(self.engine, include_retired=include_retired)

    def hours(self) -> dict[str, HoursInfo]:
        return list_hours(self.engine)
