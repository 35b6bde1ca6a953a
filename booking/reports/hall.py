"""The hall: event days, setup and teardown hours, attendees against the layout's seats."""

from datetime import timedelta
from functools import cache

from sqlalchemy import text
from sqlmodel import Session

from booking.reports.spaces import BOOKED_WHERE, MEETING, booked_end, period_bounds
from booking.reports.sql import Dialect, dialect_of
from booking.reports.types import HallReport, HallRow, Period
from booking.statuses import RoomKind
from booking.timeutil import BUILDING_TZ, from_epoch


# Per event (or per hall booking made without one): its booked time inside the period, its
# setup and teardown (the bookings' buffers), the most attendees, the layout and its seats.
@cache
def hall_sql(d: Dialect) -> str:
    start, end = d.greatest("b.start_at", ":lo"), d.least(booked_end(d), ":hi")
    return (
        "SELECT CASE WHEN b.event_id IS NOT NULL THEN 'event ' || b.event_id "
        "ELSE 'booking ' || b.id END AS k, min(COALESCE(ev.title, b.title)), "
        f"{d.joined('r.code', distinct=True)}, "
        f"sum({end} - {start}), sum(b.buffer_before_min), "
        "sum(b.buffer_after_min), max(b.attendees), max(b.layout), "
        "max(COALESCE(l.capacity, r.capacity)), min(b.start_at), "
        f"{d.pairs(start, end)} "
        "FROM booking b JOIN room r ON r.id = b.room_id LEFT JOIN event ev ON ev.id = b.event_id "
        "LEFT JOIN room_layout l ON l.room_id = b.room_id AND l.layout = b.layout "
        "WHERE r.kind = :hall AND (CAST(:building AS INTEGER) IS NULL OR r.floor_id IN "
        "(SELECT id FROM floor WHERE building_id = CAST(:building AS INTEGER))) "
        f"AND {MEETING} AND {BOOKED_WHERE} AND {booked_end(d)} > {start} "
        "GROUP BY k ORDER BY min(b.start_at), k")


def _days(spans: list[list[int]]) -> set[str]:
    """The local days the spans touch."""
    days = set()
    for start, end in spans:
        if end <= start:
            continue
        day = from_epoch(start).astimezone(BUILDING_TZ).date()
        last = from_epoch(end - 1).astimezone(BUILDING_TZ).date()
        while day <= last:
            days.add(day.isoformat())
            day += timedelta(days=1)
    return days


def hall(session: Session, period: Period, *, building: int | None = None) -> HallReport:
    """Hall use in the period, per event (its bookings together) or lone hall booking.

    days = local days its bookings touch inside the period; booked minutes = their booked
      time inside the period (no buffers); setup / teardown minutes = Σ of their buffers
      before / after (the crew's time, not counted as booked anywhere else);
    fill = attendees (the most any of its bookings declares) / seats of the layout booked (the
      room's capacity without a layout);
    event days = local days on which any hall space is booked.
    """
    import json

    lo, hi = period_bounds(period)
    rows = []
    every_day: set[str] = set()
    for (key, title, rooms, booked, setup, teardown, attendees, layout, capacity, _first,
         spans) in session.execute(text(hall_sql(dialect_of(session))), {
             "lo": lo, "hi": hi, "hall": str(RoomKind.HALL), "building": building}):
        pairs = spans if isinstance(spans, list) else json.loads(spans)  # the server parses it
        days = _days([s for s in pairs if s[0] < s[1]])
        every_day |= days
        rows.append(HallRow(str(key), str(title), str(rooms), len(days),
                            max(0, int(booked or 0)) // 60, int(setup or 0),
                            int(teardown or 0), int(attendees or 0), layout,
                            int(capacity or 0)))
    return HallReport(period, len(every_day), tuple(rows))
