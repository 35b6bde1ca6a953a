"""Peak hours: a weekday × hour grid of how many rooms (of a kind) are in use."""

import json

from sqlalchemy import text
from sqlmodel import Session

from booking.reports.spaces import (
    BOOKED_END,
    BOOKED_WHERE,
    MEETING,
    load_spaces,
    period_bounds,
    zone_offset,
)
from booking.reports.types import PeakCell, PeaksReport, Period

# Each booked span cut into the local clock hours it touches (a recursive walk, one row per
# hour), inside the period, summed per weekday and hour. :offset is the building's UTC offset
# in seconds; local weekday 0 is Monday (1 January 1970 was a Thursday, weekday 3).
_PEAKS_SQL = (
    "WITH RECURSIVE cover(room_id, n) AS (SELECT json_extract(value, '$[0]'), "
    "json_extract(value, '$[1]') FROM json_each(:cover)), "
    f"b AS (SELECT max(b.start_at, :lo) AS s, min({BOOKED_END}, :hi) AS e, cover.n AS n "
    f"FROM booking b JOIN cover ON cover.room_id = b.room_id WHERE {MEETING} "
    f"AND {BOOKED_WHERE}), "
    "piece(s, e, n, h) AS (SELECT s, e, n, (s + :offset) - (s + :offset) % 3600 - :offset "
    "FROM b WHERE e > s UNION ALL SELECT s, e, n, h + 3600 FROM piece WHERE h + 3600 < e) "
    "SELECT ((h + :offset) / 86400 + 3) % 7, ((h + :offset) / 3600) % 24, "
    "sum(n * (min(e, h + 3600) - max(s, h))) FROM piece GROUP BY 1, 2")


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
        text(_PEAKS_SQL), {"cover": json.dumps(sorted(per_room.items())), "lo": lo, "hi": hi,
                           "offset": offset})}
    days_per_weekday = [0] * 7
    for n in range(period.days):
        days_per_weekday[(period.first.weekday() + n) % 7] += 1
    cells = tuple(PeakCell(w, h, found.get((w, h), 0) // 60, days_per_weekday[w])
                  for w in range(7) for h in range(24))
    return PeaksReport(period, kind, len(spaces), cells)
