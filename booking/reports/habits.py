"""Booking habits: no-shows, cancellations and how long ahead bookings are made."""

from sqlalchemy import text
from sqlmodel import Session

from booking.i18n import _
from booking.reports.spaces import period_bounds
from booking.reports.sql import count_if
from booking.reports.types import Grouping, NoShowReport, NoShowRow, Period

# The grouping key and its label, per grouping, over booking b, room r, floor f and
# organization o. Bookings are grouped by the room booked (the whole hall as itself).
_KEYS: dict[Grouping, tuple[str, str]] = {
    "room": ("r.code", "r.name"), "kind": ("r.kind", "r.kind"),
    # With several buildings (and none chosen) their floors of one level are not one floor.
    "floor": ("CASE WHEN CAST(:building AS INTEGER) IS NULL "
              "AND (SELECT count(*) FROM building) > 1 "
              "THEN (SELECT code FROM building WHERE id = f.building_id) || ' ' || f.level "
              "ELSE CAST(f.level AS TEXT) END", "f.name"), "org": ("COALESCE(o.name, '')",
                                                          "COALESCE(o.name, '')"),
    "building": ("'building'", "'building'"),
}
_CANCELLED_EARLY = "(b.status = 'cancelled' AND b.cancelled_at <= b.start_at)"
_MADE = ("FROM booking b JOIN room r ON r.id = b.room_id JOIN floor f ON f.id = r.floor_id "
         "LEFT JOIN organization o ON o.id = b.organization_id "
         "WHERE b.start_at >= :lo AND b.start_at < :hi "
         "AND b.status NOT IN ('declined', 'expired') "
         "AND (CAST(:building AS INTEGER) IS NULL OR f.building_id = CAST(:building AS INTEGER))")
_COUNTS = (
    "SELECT {key}, min({label}), count(*), " + count_if("NOT " + _CANCELLED_EARLY) + ", "
    + count_if("b.checked_in_at IS NOT NULL") + ", " + count_if("b.status = 'released'") + ", "
    + count_if(_CANCELLED_EARLY) + ", avg(b.start_at - b.created_at) / 60.0, "
    "avg(CASE WHEN " + _CANCELLED_EARLY + " THEN b.start_at - b.cancelled_at END) / 60.0 "
    + _MADE + " GROUP BY 1")
# Medians through window functions: the middle row (or the two middle rows) of each group.
_MEDIAN = (
    "WITH x AS (SELECT {key} AS k, {lead} AS lead, row_number() OVER (PARTITION BY {key} "
    "ORDER BY {lead}) AS rn, count(*) OVER (PARTITION BY {key}) AS c " + _MADE +
    " {only}) SELECT k, avg(lead) / 60.0 FROM x WHERE rn IN ((c + 1) / 2, (c + 2) / 2) "
    "GROUP BY k")


def _rounded(value: float | None) -> float | None:
    return round(float(value), 1) if value is not None else None


def _rows(session: Session, lo: int, hi: int, by: Grouping,
          building: int | None) -> list[NoShowRow]:
    key, label = _KEYS[by]
    params = {"lo": lo, "hi": hi, "building": building}
    lead = dict(session.execute(text(_MEDIAN.format(
        key=key, lead="b.start_at - b.created_at", only="")), params).all())
    cancel_lead = dict(session.execute(text(_MEDIAN.format(
        key=key, lead="b.start_at - b.cancelled_at", only=f"AND {_CANCELLED_EARLY}")),
        params).all())
    rows = []
    for k, name, made, held, checked, released, cancelled, mean, cancel_mean in \
            session.execute(text(_COUNTS.format(key=key, label=label)), params):
        shown = name or _("(no organization)") if by == "org" else name
        if by == "building":
            shown = _("Building")
        rows.append(NoShowRow(str(k), str(shown), int(made), int(held), int(checked),
                              int(released), int(cancelled), _rounded(lead.get(k)),
                              _rounded(mean), _rounded(cancel_lead.get(k)),
                              _rounded(cancel_mean)))
    return rows


def no_shows(session: Session, period: Period, by: Grouping = "room", *,
             building: int | None = None) -> NoShowReport:
    """No-shows, cancellations and lead times of the bookings starting in the period.

    bookings = bookings whose start falls in the period (event holds declined or expired
      left out); cancelled = those cancelled before their start; held = bookings − cancelled;
    no-show rate = released as no-shows / held (kinds that never release no-shows, like the
      hall, add to held only: compare kinds by kind);
    cancellation rate = cancelled / bookings;
    lead time = start − created, in minutes (median and mean over bookings); cancellation
      lead time = start − cancelled, over the cancelled ones.
    """
    lo, hi = period_bounds(period)
    rows = _rows(session, lo, hi, by, building)
    if by == "floor":
        rows.sort(key=lambda row: (row.key.rpartition(" ")[0], int(row.key.rpartition(" ")[2])))
    else:
        rows.sort(key=lambda row: row.key)
    totals = _rows(session, lo, hi, "building", building)
    total = totals[0] if totals else NoShowRow("building", _("Building"), 0, 0, 0, 0, 0, None,
                                               None, None, None)
    return NoShowReport(period, by, tuple(rows), total)
