"""What a room-door display shows: the room's state now, its bookings today, walk-in spans."""

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from booking.policy import PAST_GRACE, SLOT_MINUTES
from booking.statuses import ACTIVE_STATUSES
from booking.views import BookingView, RoomInfo

# The walk-in lengths a door offers, in minutes.
WALK_IN_MINUTES = (15, 30, 60)


@dataclass(frozen=True)
class DoorState:
    """One room at one moment, as its door display shows it."""

    room: RoomInfo
    at: datetime
    current: BookingView | None
    upcoming: tuple[BookingView, ...]
    # While free: when the room must be left (its next booking or closing); None: all day.
    free_until: datetime | None
    # A booking whose guests may check in now (the engine's check-in rule), if any.
    check_in: BookingView | None

    @property
    def busy(self) -> bool:
        return self.current is not None

    def fits(self, minutes: int) -> bool:
        """Whether a walk-in of `minutes` from now ends before the room must be left."""
        return self.free_until is None or walk_in_span(self.at, minutes)[1] <= self.free_until


def door_state(room: RoomInfo, at: datetime, bookings: Iterable[BookingView], *,
               free_until: Callable[[], datetime | None],
               may_check_in: Callable[[BookingView], bool]) -> DoorState:
    """Assemble the door's state from the room's bookings of the rest of its day."""
    active = sorted((b for b in bookings if b.status in ACTIVE_STATUSES and b.end > at),
                    key=lambda b: b.start)
    current = next((b for b in active if b.start <= at), None)
    upcoming = tuple(b for b in active if b.start > at)
    due = next((b for b in active
                if b.checked_in_at is None and b.start <= at + timedelta(minutes=30)
                and may_check_in(b)), None)
    until = None if current else free_until()
    if until is not None and until <= at and upcoming:
        # Inside the changeover before the next booking: nothing new fits, but the room is
        # empty until that booking starts, which is what a person at the door wants to know.
        until = upcoming[0].start
    return DoorState(room, at, current, upcoming, until, due)


def walk_in_span(at: datetime, minutes: int) -> tuple[datetime, datetime]:
    """A walk-in booking from now in whole slots: from the slot just begun when it began
    within the past grace the rules allow, else from the next slot."""
    step = SLOT_MINUTES * 60
    seconds = int(at.timestamp())
    start_s = seconds - seconds % step
    if at.timestamp() - start_s > PAST_GRACE.total_seconds():
        start_s += step
    start = datetime.fromtimestamp(start_s, at.tzinfo)
    return start, start + timedelta(minutes=minutes)
