"""Peak hours: a weekday × hour grid of how many rooms (of a kind) are in use."""

import json
from functools import cache

from sqlalchemy import text
from sqlmodel import Session

from booking.reports.spaces import (
    BOOKED_WHERE,
    MEETING,
    booked_end,
    load_spaces,
    period_bounds,
    zone_offset,
)
from booking.reports.sql import SQLITE, Dialect, dialect_of
from booking.reports.types import PeakCell, PeaksReport, Period


# Each booked span cut into the local clock hours it touches (a recursive walk, one row per
# hour), inside the period, summed per weekday and hour. :offset is the building's UTC offset
# in seconds; local weekday 0 is Monday (1 January 1970 was a Thursday, weekday 3).
@cache
def peaks_sql(d: Dialect) -> str:
    return (
        f"WITH RECURSIVE cover(room_id, n) AS ({d.rows_of('cover', 2)}), "
        f"b AS (SELECT {d.greatest('b.start_at', ':lo')} AS s, "
        f"{d.least(booked_end(d), ':hi')} AS e, cover.n AS n "
        f"FROM booking b JOIN cover ON cover.room_id = b.room_id WHERE {MEETING} "
        f"AND {BOOKED_WHERE}), "
        "piece(s, e, n, h) AS (SELECT s, e, n, (s + :offset) - (s + :offset) % 3600 - :offset "
        "FROM b WHERE e > s UNION ALL SELECT s, e, n, h + 3600 FROM piece WHERE h + 3600 < e) "
        "SELECT ((h + :offset) / 86400 + 3) % 7, ((h + :offset) / 3600) % 24, "
        f"sum(n * ({d.least('e', 'h + 3600')} - {d.greatest('s', 'h')})) FROM piece "
        "GROUP BY 1, 2")


_PEAKS_SQL = peaks_sql(SQLITE)  # as SQLite reads it (the benchmark prints its plan)


def peaks(session: Session, period: Period, *, kind: str | None = None,
          building: int | None = None) -> PeaksReport:
    """How many rooms are in use, per local weekday and hour, averaged over the period.

    room-minutes(weekday, hour) = Σ over bookings and the spaces they occupy (a whole-hall
      booking counts in both halves) of the booked minutes (as for utilisation: no buffers,
      cut at a cancellation or release) that fall in that clock hour on days of that weekday;
    average rooms = room-minutes / (60 × how many days of that weekday the period holds):
      the mean number of rooms in use at that hour. Opening hours do not cut the grid.
    """
    lo, hi = period_bounds(period)
    spaces = load_spaces(session, kind=kind, building=building)
    per_room: dict[int, int] = {}
    for space in spaces:
        for room in space.covered_by:
            per_room[room] = per_room.get(room, 0) + 1
    offset = zone_offset(lo)
    found = {(int(w), int(h)): int(seconds or 0) for w, h, seconds in session.execute(
        text(peaks_sql(dialect_of(session))),
        {"cover": json.dumps(sorted(per_room.items())), "lo": lo, "hi": hi, "offset": offset})}
    days_per_weekday = [0] * 7
    for n in range(period.days):
        days_per_weekday[(period.first.weekday() + n) % 7] += 1
    cells = tuple(PeakCell(w, h, found.get((w, h), 0) // 60, days_per_weekday[w])
                  for w in range(7) for h in range(24))
    return PeaksReport(period, kind, len(spaces), cells)
