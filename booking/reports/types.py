"""What the reports return: frozen rows a window or a script reads, each with to_json()."""

from dataclasses import dataclass
from datetime import date
from typing import Any, Literal

Grouping = Literal["room", "kind", "floor", "org", "building"]
GROUPINGS: tuple[Grouping, ...] = ("room", "kind", "floor", "org", "building")


def ratio(part: float, whole: float) -> float | None:
    """part / whole rounded to four places; None when there is nothing to divide by."""
    return round(part / whole, 4) if whole else None


@dataclass(frozen=True)
class Period:
    """Local days [first, end): `end` is the first day not included."""

    first: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.first).days

    def to_json(self) -> dict[str, Any]:
        return {"from": self.first.isoformat(), "to": self.end.isoformat()}


@dataclass(frozen=True)
class UtilisationRow:
    """One group's booked, checked-in and open minutes and the ratios between them."""

    key: str
    label: str
    booked_minutes: int
    checked_in_minutes: int
    open_minutes: int

    @property
    def utilisation(self) -> float | None:
        return ratio(self.booked_minutes, self.open_minutes)

    @property
    def checked_in_utilisation(self) -> float | None:
        return ratio(self.checked_in_minutes, self.open_minutes)

    @property
    def unused_minutes(self) -> int:
        """Booked but unused: booked minutes no check-in covered."""
        return self.booked_minutes - self.checked_in_minutes

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "booked_minutes": self.booked_minutes,
                "checked_in_minutes": self.checked_in_minutes,
                "unused_minutes": self.unused_minutes, "open_minutes": self.open_minutes,
                "utilisation": self.utilisation,
                "checked_in_utilisation": self.checked_in_utilisation}


@dataclass(frozen=True)
class UtilisationReport:
    period: Period
    by: Grouping
    rows: tuple[UtilisationRow, ...]
    total: UtilisationRow

    def to_json(self) -> list[dict[str, Any]]:
        return [row.to_json() for row in self.rows]


@dataclass(frozen=True)
class PeakCell:
    """One weekday-hour: room-minutes in use over the period and how many such hours it had."""

    weekday: int  # 0 = Monday
    hour: int
    room_minutes: int
    hours_in_period: int

    @property
    def average_rooms(self) -> float | None:
        """Rooms in use at that hour on an average such day: room-minutes / (60 × hours)."""
        return ratio(self.room_minutes, 60 * self.hours_in_period)

    def to_json(self) -> dict[str, Any]:
        return {"weekday": self.weekday, "hour": self.hour, "room_minutes": self.room_minutes,
                "hours_in_period": self.hours_in_period, "average_rooms": self.average_rooms}


@dataclass(frozen=True)
class PeaksReport:
    period: Period
    kind: str | None
    rooms: int  # rooms (spaces) counted
    cells: tuple[PeakCell, ...]  # 7 × 24, Monday 00:00 first

    def cell(self, weekday: int, hour: int) -> PeakCell:
        return self.cells[weekday * 24 + hour]

    def to_json(self) -> list[dict[str, Any]]:
        return [cell.to_json() for cell in self.cells]


@dataclass(frozen=True)
class NoShowRow:
    """One group's bookings by what became of them, and how long ahead they were made."""

    key: str
    label: str
    bookings: int  # made for a start in the period (declined and expired holds left out)
    held: int  # not cancelled before their start
    checked_in: int
    no_shows: int  # released as no-shows
    cancelled: int  # cancelled before their start
    lead_median_minutes: float | None
    lead_mean_minutes: float | None
    cancel_lead_median_minutes: float | None
    cancel_lead_mean_minutes: float | None

    @property
    def no_show_rate(self) -> float | None:
        return ratio(self.no_shows, self.held)

    @property
    def cancellation_rate(self) -> float | None:
        return ratio(self.cancelled, self.bookings)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "bookings": self.bookings,
                "held": self.held, "checked_in": self.checked_in, "no_shows": self.no_shows,
                "cancelled": self.cancelled, "no_show_rate": self.no_show_rate,
                "cancellation_rate": self.cancellation_rate,
                "lead_median_minutes": self.lead_median_minutes,
                "lead_mean_minutes": self.lead_mean_minutes,
                "cancel_lead_median_minutes": self.cancel_lead_median_minutes,
                "cancel_lead_mean_minutes": self.cancel_lead_mean_minutes}


@dataclass(frozen=True)
class NoShowReport:
    period: Period
    by: Grouping
    rows: tuple[NoShowRow, ...]
    total: NoShowRow

    def to_json(self) -> list[dict[str, Any]]:
        return [row.to_json() for row in self.rows]


@dataclass(frozen=True)
class TeamRow:
    """One term assignment inside the period: seats assigned against seats booked and used."""

    term_id: int
    key: str  # the organization's name
    room: str
    seats: int  # the room's capacity
    assigned_minutes: int  # open minutes of the room inside the term and the period
    booked_minutes: int  # minutes the team booked there, inside those
    checked_in_minutes: int
    seat_minutes_booked: int  # attendees × booked minutes
    seat_minutes_checked_in: int

    @property
    def seat_minutes_assigned(self) -> int:
        return self.seats * self.assigned_minutes

    @property
    def booked_share(self) -> float | None:
        return ratio(self.booked_minutes, self.assigned_minutes)

    @property
    def seat_use(self) -> float | None:
        return ratio(self.seat_minutes_booked, self.seat_minutes_assigned)

    @property
    def checked_in_seat_use(self) -> float | None:
        return ratio(self.seat_minutes_checked_in, self.seat_minutes_assigned)

    def to_json(self) -> dict[str, Any]:
        return {"term": self.term_id, "key": self.key, "room": self.room, "seats": self.seats,
                "assigned_minutes": self.assigned_minutes,
                "booked_minutes": self.booked_minutes,
                "checked_in_minutes": self.checked_in_minutes,
                "seat_minutes_assigned": self.seat_minutes_assigned,
                "seat_minutes_booked": self.seat_minutes_booked,
                "seat_minutes_checked_in": self.seat_minutes_checked_in,
                "booked_share": self.booked_share, "seat_use": self.seat_use,
                "checked_in_seat_use": self.checked_in_seat_use}


@dataclass(frozen=True)
class TeamReport:
    period: Period
    rows: tuple[TeamRow, ...]

    def to_json(self) -> list[dict[str, Any]]:
        return [row.to_json() for row in self.rows]


@dataclass(frozen=True)
class HallRow:
    """One hall event (or a hall booking made without one) inside the period."""

    key: str  # "event 12" or "booking 345"
    title: str
    room: str  # the hall or the half booked
    days: int  # local days its bookings touch inside the period
    booked_minutes: int  # the bookings' own time, inside the period
    setup_minutes: int  # before the bookings (their buffers)
    teardown_minutes: int
    attendees: int  # the most any of its bookings declares
    layout: str | None
    capacity: int  # seats of that layout (else the room's capacity)

    @property
    def fill(self) -> float | None:
        return ratio(self.attendees, self.capacity)

    def to_json(self) -> dict[str, Any]:
        return {"key": self.key, "title": self.title, "room": self.room, "days": self.days,
                "booked_minutes": self.booked_minutes, "setup_minutes": self.setup_minutes,
                "teardown_minutes": self.teardown_minutes, "attendees": self.attendees,
                "layout": self.layout, "capacity": self.capacity, "fill": self.fill}


@dataclass(frozen=True)
class HallReport:
    period: Period
    event_days: int  # local days on which any hall space is booked
    rows: tuple[HallRow, ...]

    def to_json(self) -> list[dict[str, Any]]:
        return [row.to_json() for row in self.rows]
