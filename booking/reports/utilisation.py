"""Utilisation: booked and checked-in minutes against open minutes, per room, kind, floor,
organization or the building."""

from collections import defaultdict
from collections.abc import Callable

from sqlalchemy import text
from sqlmodel import Session

from booking.i18n import _
from booking.reports.spaces import (
    BOOKED_END,
    BOOKED_WHERE,
    MEETING,
    SPAN_CTE,
    OpenHours,
    Space,
    load_spaces,
    spans_json,
)
from booking.reports.types import Grouping, Period, UtilisationReport, UtilisationRow

# Per space (and organization): booked and checked-in seconds, each booking clipped to the
# space's open spans (which lie inside the period).
_BOOKED_SQL = (
    f"WITH {SPAN_CTE}, b AS (SELECT b.room_id, b.organization_id AS org, b.start_at AS s, "
    f"{BOOKED_END} AS e, b.checked_in_at IS NOT NULL AS ci, b.attendees AS att FROM booking b "
    f"WHERE {MEETING} AND {BOOKED_WHERE}) "
    "SELECT span.space_id, {org}, sum(min(span.e, b.e) - max(span.s, b.s)), "
    "sum(CASE WHEN b.ci THEN min(span.e, b.e) - max(span.s, b.s) ELSE 0 END), "
    "sum(b.att * (min(span.e, b.e) - max(span.s, b.s))), "
    "sum(CASE WHEN b.ci THEN b.att * (min(span.e, b.e) - max(span.s, b.s)) ELSE 0 END) "
    "FROM b JOIN span ON span.room_id = b.room_id AND span.s < b.e AND span.e > b.s "
    "GROUP BY 1, 2")


def booked_in(session: Session, spans: str, lo: int, hi: int, *, by_org: bool = False,
              ) -> dict[tuple[int, int | None], tuple[int, int, int, int]]:
    """(space id, organization id or None) -> booked and checked-in seconds, and the same
    weighted by attendees (seat-seconds), inside the spans (JSON: see spans_json) that lie
    inside [lo, hi)."""
    sql = _BOOKED_SQL.format(org="b.org" if by_org else "NULL")
    rows = session.execute(text(sql), {"spans": spans, "lo": lo, "hi": hi})
    return {(space, org): (int(booked or 0), int(checked or 0), int(seats or 0),
                           int(seats_in or 0))
            for space, org, booked, checked, seats, seats_in in rows}


def booked_seconds(session: Session, hours: OpenHours, spaces: list[Space], *,
                   by_org: bool = False) -> dict[tuple[int, int | None], tuple[int, int]]:
    """(space id, organization id or None) -> (booked, checked-in) seconds inside open hours."""
    found = booked_in(session, spans_json(hours, spaces), hours.lo, hours.hi, by_org=by_org)
    return {key: (value[0], value[1]) for key, value in found.items()}


def _order(by: Grouping, spaces: list[Space]) -> Callable[[str], tuple[int, str]]:
    if by == "room":
        position = {space.code: n for n, space in enumerate(spaces)}
        return lambda key: (position.get(key, 0), key)
    if by == "floor":
        return lambda key: (int(key), key)
    return lambda key: (0, key)


def _key(by: Grouping, space: Space) -> tuple[str, str]:
    if by == "room":
        return space.code, space.name
    if by == "kind":
        return space.kind, space.kind
    if by == "floor":
        return str(space.floor_level), space.floor_name
    return "building", _("Building")


def utilisation(session: Session, period: Period, by: Grouping = "room", *,
                kind: str | None = None) -> UtilisationReport:
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
    spaces = load_spaces(session, kind=kind)
    open_minutes = {space.id: hours.minutes(space) for space in spaces}
    seconds = booked_seconds(session, hours, spaces, by_org=by == "org")
    building_open = sum(open_minutes.values())
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
            key, label = _key(by, space)
            labels[key] = label
            booked, checked = seconds.get((space.id, None), (0, 0))
            sums[key][0] += booked
            sums[key][1] += checked
            sums[key][2] += open_minutes[space.id] * 60
    order = _order(by, spaces)
    rows = tuple(UtilisationRow(key, labels[key], sums[key][0] // 60, sums[key][1] // 60,
                                sums[key][2] // 60) for key in sorted(sums, key=order))
    booked = sum(b for b, _c in seconds.values())
    checked = sum(c for _b, c in seconds.values())
    total = UtilisationRow("building", _("Building"), booked // 60, checked // 60,
                           building_open)
    return UtilisationReport(period, by, rows, total)
