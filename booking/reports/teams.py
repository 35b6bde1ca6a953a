"""Production rooms: seats assigned to teams per term against seats booked and checked in."""

from sqlalchemy import text
from sqlmodel import Session

from booking.reports.spaces import OpenHours, load_spaces
from booking.reports.types import Period, TeamReport, TeamRow
from booking.reports.utilisation import booked_in


def teams(session: Session, period: Period, *, building: int | None = None) -> TeamReport:
    """Each active term assignment meeting the period, inside the term and the period.

    assigned minutes = open minutes of the assigned room (its spaces) inside the term;
    booked / checked-in minutes = minutes the team's own bookings (for the term's
      organization) hold there inside those open minutes, as for utilisation;
    seat-minutes assigned = seats (room capacity) × assigned minutes;
    seat-minutes booked = Σ attendees × booked minutes (checked in: the same over bookings
      checked in); seat use = seat-minutes booked / seat-minutes assigned.
    """
    hours = OpenHours(session, period)
    spaces = load_spaces(session, building=building)
    terms = session.execute(text(
        "SELECT t.id, t.room_id, r.code, r.capacity, o.id, o.name, t.start_at, t.end_at "
        "FROM term_assignment t JOIN room r ON r.id = t.room_id "
        "JOIN organization o ON o.id = t.organization_id "
        "WHERE t.active AND t.start_at < :hi AND t.end_at > :lo AND (CAST(:building AS INTEGER) IS NULL OR "
        "r.floor_id IN (SELECT id FROM floor WHERE building_id = CAST(:building AS INTEGER))) "
        "ORDER BY o.name, r.code, t.start_at"),
        {"lo": hours.lo, "hi": hours.hi, "building": building}).all()
    rows = []
    for term_id, room_id, code, seats, org_id, org_name, start, end in terms:
        covered = [space for space in spaces if room_id in space.covered_by]
        spans = [(room, space.id, max(s, start), min(e, end)) for space in covered
                 for s, e in hours.spans(space) if s < end and e > start
                 for room in space.covered_by]
        assigned = sum(e - s for _r, _sp, s, e in spans if _r == room_id)
        found = booked_in(session, spans, max(hours.lo, start),
                          min(hours.hi, end), by_org=True)
        mine = [value for (_space, org), value in found.items() if org == org_id]
        rows.append(TeamRow(term_id, org_name, code, seats, assigned // 60,
                            sum(v[0] for v in mine) // 60, sum(v[1] for v in mine) // 60,
                            sum(v[2] for v in mine) // 60, sum(v[3] for v in mine) // 60))
    return TeamReport(period, tuple(rows))
