"""The reports as use cases: managers and administrators read them (Action.REPORTS)."""

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

from sqlalchemy import Engine, text
from sqlmodel import Session

from booking.errors import BadInput
from booking.i18n import _
from booking.lookups import actor_account
from booking.permissions import Action, require
from booking.reports.habits import no_shows
from booking.reports.hall import hall
from booking.reports.peaks import peaks
from booking.reports.teams import teams
from booking.reports.types import (
    GROUPINGS,
    Grouping,
    HallReport,
    NoShowReport,
    PeaksReport,
    Period,
    TeamReport,
    UtilisationReport,
)
from booking.reports.utilisation import utilisation
from booking.sites import BUILDINGS_SQL, pick_building
from booking.statuses import RoomKind
from booking.store.db import read_session

# The longest period a report covers: a few years of history at most.
MAX_DAYS = 3 * 366


def period_of(start_day: date, end_day: date) -> Period:
    """The local days [start_day, end_day); BadInput when it is empty or too long."""
    if end_day <= start_day:
        raise BadInput(_("the period is empty: it must end after it starts ({first} to "
                         "{end})").format(first=start_day.isoformat(), end=end_day.isoformat()))
    if (end_day - start_day).days > MAX_DAYS:
        raise BadInput(_("a report covers at most {days} days").format(days=MAX_DAYS))
    return Period(start_day, end_day)


def _kind(kind: str | None) -> str | None:
    if kind is not None and kind not in {str(k) for k in RoomKind}:
        raise BadInput(_("there is no room kind '{kind}'; choose one of {kinds}").format(
            kind=kind, kinds=", ".join(str(k) for k in RoomKind)))
    return kind


def _grouping(by: str) -> Grouping:
    if by not in GROUPINGS:
        raise BadInput(_("a report groups by {choices}, not '{by}'").format(
            choices=", ".join(GROUPINGS), by=by))
    return by


class ReportService:
    """Each report over local days [start_day, end_day), as the acting account."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine

    @contextmanager
    def _reading(self) -> Iterator[Session]:
        with read_session(self.engine) as session:
            yield session

    def _building(self, session: Session, code: str | None) -> int | None:
        """The id of the building a report is limited to (None: every building)."""
        if code is None:
            return None
        rows = session.execute(text(BUILDINGS_SQL)).all()
        return pick_building([(int(row[0]), str(row[1])) for row in rows], code)

    def utilisation(self, actor: str | int, start_day: date, end_day: date, *,
                    by: str = "room", kind: str | None = None,
                    building: str | None = None) -> UtilisationReport:
        period, grouping = period_of(start_day, end_day), _grouping(by)
        with self._reading() as session:
            require(actor_account(session, actor), Action.REPORTS)
            return utilisation(session, period, grouping, kind=_kind(kind),
                               building=self._building(session, building))

    def peaks(self, actor: str | int, start_day: date, end_day: date, *,
              kind: str | None = None, building: str | None = None) -> PeaksReport:
        period = period_of(start_day, end_day)
        with self._reading() as session:
            require(actor_account(session, actor), Action.REPORTS)
            return peaks(session, period, kind=_kind(kind),
                         building=self._building(session, building))

    def no_shows(self, actor: str | int, start_day: date, end_day: date, *,
                 by: str = "room", building: str | None = None) -> NoShowReport:
        period, grouping = period_of(start_day, end_day), _grouping(by)
        with self._reading() as session:
            require(actor_account(session, actor), Action.REPORTS)
            return no_shows(session, period, grouping,
                            building=self._building(session, building))

    def teams(self, actor: str | int, start_day: date, end_day: date, *,
              building: str | None = None) -> TeamReport:
        period = period_of(start_day, end_day)
        with self._reading() as session:
            require(actor_account(session, actor), Action.REPORTS)
            return teams(session, period, building=self._building(session, building))

    def hall(self, actor: str | int, start_day: date, end_day: date, *,
             building: str | None = None) -> HallReport:
        period = period_of(start_day, end_day)
        with self._reading() as session:
            require(actor_account(session, actor), Action.REPORTS)
            return hall(session, period, building=self._building(session, building))
