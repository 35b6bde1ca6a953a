"""What the Reports tab shows for one period, read from the services in one go (on a worker
thread when the database is a file; see loader.py)."""

from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

from booking.reports.types import (
    HallReport,
    NoShowReport,
    PeaksReport,
    TeamReport,
    UtilisationReport,
    UtilisationRow,
)

if TYPE_CHECKING:
    from booking.services import Services


@dataclass(frozen=True)
class Query:
    """The local days [first, end), the grouping and the room kind the peaks are for."""

    first: date
    end: date
    by: str = "room"
    kind: str | None = None
    building: str | None = None  # a building's code (None: every building)


@dataclass(frozen=True)
class TrendPoint:
    """One week of the period (clipped to it): the building's utilisation in those days."""

    first: date
    end: date
    total: UtilisationRow


@dataclass(frozen=True)
class Figures:
    query: Query
    utilisation: UtilisationReport
    peaks: PeaksReport
    trend: tuple[TrendPoint, ...]
    no_shows: NoShowReport
    teams: TeamReport
    hall: HallReport


def weeks(first: date, end: date) -> list[tuple[date, date]]:
    """The weeks (Monday to Sunday) the days [first, end) touch, each clipped to them."""
    found = []
    monday = first - timedelta(days=first.weekday())
    while monday < end:
        found.append((max(monday, first), min(monday + timedelta(days=7), end)))
        monday += timedelta(days=7)
    return found


def read_figures(services: "Services", query: Query) -> Figures:
    """Every report of the tab for the query (the trend: one building-wide utilisation per
    week)."""
    first, end, building = query.first, query.end, query.building
    trend = tuple(TrendPoint(a, b, services.report_utilisation(a, b, by="building",
                                                               building=building).total)
                  for a, b in weeks(first, end))
    return Figures(
        query=query,
        utilisation=services.report_utilisation(first, end, by=query.by, building=building),
        peaks=services.report_peaks(first, end, kind=query.kind, building=building),
        trend=trend,
        no_shows=services.report_no_shows(first, end, by=query.by, building=building),
        teams=services.report_teams(first, end, building=building),
        hall=services.report_hall(first, end, building=building),
    )
