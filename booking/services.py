"""The facade the window and the command line use: one object holding the engine and the clock."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlmodel import select

from booking.agenda import get_booking, list_bookings
from booking.availability import Availability
from booking.calendar import Holiday, holidays_between
from booking.db import read_session, sqlite_file
from booking.engine import BookingService
from booking.events import EventService
from booking.models import Account
from booking.queries import (
    ClosureInfo,
    FloorInfo,
    HoursInfo,
    RoomInfo,
    list_closures,
    list_floors,
    list_hours,
    list_rooms,
)
from booking.series import SeriesService
from booking.terms import TermService
from booking.timeutil import utc_now
from booking.views import BookingView


@dataclass
class Services:
    """Use cases and queries over one database, with an injected clock and the acting account."""

    engine: Engine
    now: Callable[[], datetime] = field(default=utc_now)
    actor: str = "frontdesk"

    def __post_init__(self) -> None:
        self.bookings = BookingService(self.engine, now=self.now)
        self.availability = Availability(self.engine, now=self.now)
        self.terms = TermService(self.engine, now=self.now)
        self.series = SeriesService(self.engine, now=self.now)
        self.events = EventService(self.engine, now=self.now)

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

    def list_bookings(self, *, start: datetime, end: datetime,
                      room_ids: Iterable[int] | None = None,
                      statuses: Iterable[str] | None = None) -> list[BookingView]:
        """Bookings meeting [start, end); no-shows due in those rooms are released and event
        holds nobody decided in time expire first."""
        self.bookings.release_no_shows(room_ids=room_ids)
        self.events.expire_due()
        return list_bookings(self.engine, start=start, end=end, room_ids=room_ids,
                             statuses=statuses)

    def closures(self, start: datetime, end: datetime) -> list[ClosureInfo]:
        return list_closures(self.engine, start, end)

    def holidays(self, first: date, last: date) -> list[Holiday]:
        return holidays_between(first, last)

    def role(self) -> str | None:
        """The acting account's role (None when there is no such account)."""
        with read_session(self.engine) as session:
            account = session.exec(select(Account).where(Account.username == self.actor)).first()
            return account.role if account is not None else None

    def booking(self, booking_id: int) -> BookingView:
        return get_booking(self.engine, booking_id)
