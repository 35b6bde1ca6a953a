"""Utilisation: booked and checked-in minutes against open minutes, per room, kind, floor,
organization or the building."""

from collections import defaultdict
from collections.abc import Callable
from functools import cache

from sqlalchemy import text
from sqlmodel import Session

from booking.i18n import _
from booking.reports.spaces import (
    BOOKED_WHERE,
    MEETING,
    OpenHours,
    Space,
    booked_end,
    load_spaces,
    open_rows,
    span_cte,
    spans_json,
    zone_offset,
)
from booking.reports.sql import SQLITE, Dialect, dialect_of
from booking.reports.types import Grouping, Period, UtilisationReport, UtilisationRow


# Per space (and organization): booked and checked-in seconds (and the same weighted by
# attendees), each booking cut at day-number boundaries (a recursive walk: one piece per day it
# touches) and joined to the space's open spans of that day, which lie inside [:lo, :hi).
@cache
def booked_sql(d: Dialect) -> str:
    def overlap(a: str, b: str) -> str:  # the seconds two spans a and b share
        return f"{d.least(f'{a}.e', f'{b}.e')} - {d.greatest(f'{a}.s', f'{b}.s')}"

    shared = overlap("span", "p")
    return (
        f"WITH RECURSIVE {span_cte(d)}, b AS (SELECT b.room_id, b.organization_id AS org, "
        f"{d.greatest('b.start_at', ':lo')} AS s, {d.least(booked_end(d), ':hi')} AS e, "
        "b.checked_in_at IS NOT NULL AS ci, b.attendees AS att FROM booking b "
        f"WHERE {MEETING} AND {BOOKED_WHERE}), "
        "piece(room_id, org, s, e, ci, att, k) AS (SELECT room_id, org, s, e, ci, att, "
        "(s + :offset) / 86400 FROM b WHERE e > s UNION ALL SELECT room_id, org, s, e, ci, "
        "att, k + 1 FROM piece WHERE (k + 1) * 86400 - :offset < e) "
        f"SELECT span.space_id, {{org}}, sum({shared}), "
        f"sum(CASE WHEN p.ci THEN {shared} ELSE 0 END), "
        f"sum(p.att * ({shared})), "
        f"sum(CASE WHEN p.ci THEN p.att * ({shared}) ELSE 0 END) "
        "FROM piece p JOIN span ON span.room_id = p.room_id AND span.k = p.k "
        "AND span.s < p.e AND span.e > p.s GROUP BY 1, 2")


_BOOKED_SQL = booked_sql(SQLITE)  # as SQLite reads it (the benchmark prints its plan)


def booked_in(session: Session, rows: list[tuple[int, int, int, int]], lo: int, hi: int, *,
              by_org: bool = False) -> dict[tuple[int, int | None], tuple[int, int, int, int]]:
    """(space id, organization id or None) -> booked and checked-in seconds, and the same
    weighted by attendees (seat-seconds), inside the spans (room id, space id, start, end:
    see open_rows) that lie inside [lo, hi)."""
    offset = zone_offset(lo)
    sql = booked_sql(dialect_of(session)).format(org="p.org" if by_org else "NULL")
    found = session.execute(text(sql), {"spans": spans_json(rows, offset), "lo": lo, "hi": hi,
                                        "offset": offset})
    return {(space, org): (int(booked or 0), int(checked or 0), int(seats or 0),
                           int(seats_in or 0))
            for space, org, booked, checked, seats, seats_in in found}


def booked_seconds(session: Session, hours: OpenHours, spaces: list[Space], *,
                   by_org: bool = False) -> dict[tuple[int, int | None], tuple[int, int]]:
    """(space id, organization id or None) -> (booked, checked-in) seconds inside open hours."""
    found = booked_in(session, open_rows(hours, spaces), hours.lo, hours.hi, by_org=by_org)
    return {key: (value[0], value[1]) for key, value in found.items()}


def _order(by: Grouping, spaces: list[Space], several: bool) -> Callable[[str], tuple[int, str]]:
    if by in ("room", "floor"):
        # Building by building, floor by floor, as the spaces come.
        position: dict[str, int] = {}
        for n, space in enumerate(spaces):
            position.setdefault(_key(by, space, several)[0], n)
        return lambda key: (position.get(key, 0), key)
    return lambda key: (0, key)


def _key(by: Grouping, space: Space, several: bool = False) -> tuple[str, str]:
    if by == "room":
        return space.code, space.name
    if by == "kind":
        return space.kind, space.kind
    if by == "floor":
        # With several buildings their floors of one level are not one floor.
        level = str(space.floor_level)
        return (f"{space.building} {level}" if several else level), space.floor_name
    return "building", _("Building")


def utilisation(session: Session, period: Period, by: Grouping = "room", *,
                kind: str | None = None, building: int | None = None) -> UtilisationReport:
    """Utilisation of the period's local days [first, end), grouped `by`.

    booked minutes = Σ over bookings and the spaces they occupy of the minutes of
      [start, booked end) inside the space's open hours (a booking on the whole hall counts in
      both halves; buffers, setup and teardown never count; cancelled before the start: 0;
      cancelled or released during it: up to then);
    checked-in minutes = the same over bookings that were checked in;
    open minutes = Σ over spaces of their open hours in the period (see OpenHours);
    utilisation = booked / open; checked-in utilisation = checked-in / open;
    unused (booked but not used) = booked − checked-in.
    By organization, a row holds that organization's bookings against the open minutes of the
    whole building (its share of it); bookings for no organization are keyed "".
    """
    hours = OpenHours(session, period)
    spaces = load_spaces(session, kind=kind, building=building)
    open_minutes = {space.id: hours.minutes(space) for space in spaces}
    seconds = booked_seconds(session, hours, spaces, by_org=by == "org")
    building_open = sum(open_minutes.values())
    several = len({space.building for space in spaces}) > 1
    sums: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    labels: dict[str, str] = {}
    if by == "org":
        names = dict(session.execute(text("SELECT id, name FROM organization")).all())
        for (_space, org), (booked, checked) in seconds.items():
            key = names.get(org, "") if org is not None else ""
            labels[key] = key or _("(no organization)")
            sums[key][0] += booked
            sums[key][1] += checked
        for key in sums:
            sums[key][2] = building_open * 60
    else:
        for space in spaces:
            key, label = _key(by, space, several)
            labels[key] = label
            booked, checked = seconds.get((space.id, None), (0, 0))
            sums[key][0] += booked
            sums[key][1] += checked
            sums[key][2] += open_minutes[space.id] * 60
    order = _order(by, spaces, several)
    rows = tuple(UtilisationRow(key, labels[key], sums[key][0] // 60, sums[key][1] // 60,
                                sums[key][2] // 60) for key in sorted(sums, key=order))
    booked = sum(b for b, _c in seconds.values())
    checked = sum(c for _b, c in seconds.values())
    total = UtilisationRow("building", _("Building"), booked // 60, checked // 60,
                           building_open)
    return UtilisationReport(period, by, rows, total)
