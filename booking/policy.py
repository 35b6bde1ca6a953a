"""Booking policy per room kind: slots, durations, buffers, no-show grace, advance window."""

from dataclasses import dataclass
from datetime import timedelta

from booking.statuses import RoomKind

SLOT_MINUTES = 15
PAST_GRACE = timedelta(minutes=5)
ADVANCE_WINDOW = timedelta(days=180)
# More people than any room in the building holds: the most a booking or event may declare.
MAX_ATTENDEES = 10_000
# The longest title (and contact or organization name) the engine accepts.
MAX_TITLE = 200


@dataclass(frozen=True)
class KindPolicy:
    """The rules a kind of room follows."""

    min_minutes: int = 15
    max_minutes: int = 12 * 60
    buffer_before_min: int = 0
    buffer_after_min: int = 0
    no_show_grace_min: int | None = None  # None: bookings are never released as no-shows


POLICIES: dict[str, KindPolicy] = {
    RoomKind.HALL: KindPolicy(min_minutes=60, max_minutes=17 * 60, buffer_before_min=60,
                              buffer_after_min=60),
    RoomKind.MEETING: KindPolicy(max_minutes=10 * 60, buffer_after_min=10, no_show_grace_min=15),
    RoomKind.COMMUNAL: KindPolicy(min_minutes=30, no_show_grace_min=15),
    RoomKind.PRODUCTION: KindPolicy(max_minutes=15 * 60),
    RoomKind.TRAINING: KindPolicy(min_minutes=30, buffer_after_min=15),
    RoomKind.INCUBATION: KindPolicy(max_minutes=15 * 60),
    RoomKind.BOARDROOM: KindPolicy(max_minutes=10 * 60, buffer_after_min=10,
                                   no_show_grace_min=15),
    RoomKind.FOCUS: KindPolicy(max_minutes=4 * 60, no_show_grace_min=15),
}

DEFAULT_POLICY = KindPolicy()

# What the window calls each kind (English; the window translates them).
KIND_LABELS = {
    "hall": "Hall", "meeting": "Meeting room", "communal": "Communal zone",
    "production": "Production room", "training": "Training room", "incubation": "Incubation room",
    "boardroom": "Board room", "focus": "Focus booth", "reception": "Reception",
}


def policy_for(kind: str) -> KindPolicy:
    """The policy of a room kind (a default for kinds without their own)."""
    return POLICIES.get(kind, DEFAULT_POLICY)


def longest_no_show_grace() -> timedelta:
    """How far back a not-yet-released no-show can start."""
    graces = [p.no_show_grace_min for p in POLICIES.values() if p.no_show_grace_min is not None]
    return timedelta(minutes=max(graces, default=0))
