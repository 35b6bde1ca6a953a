"""Kinds, statuses and roles: plain enums the window can import without the database layer."""

from enum import StrEnum

from booking.i18n import N_, _


class RoomKind(StrEnum):
    """What a room is for; rules and colours hang off the kind."""

    HALL = "hall"
    MEETING = "meeting"
    COMMUNAL = "communal"
    PRODUCTION = "production"
    TRAINING = "training"
    INCUBATION = "incubation"
    BOARDROOM = "boardroom"
    FOCUS = "focus"
    RECEPTION = "reception"


class AreaKind(StrEnum):
    """Non-bookable areas drawn on the floor plan."""

    CORRIDOR = "corridor"
    STAIRS = "stairs"
    LIFT = "lift"
    TOILETS = "toilets"
    PANTRY = "pantry"
    SERVICE = "service"


class BookingStatus(StrEnum):
    """Lifecycle of a booking. Tentative, confirmed and checked-in bookings hold their room."""

    TENTATIVE = "tentative"
    CONFIRMED = "confirmed"
    CHECKED_IN = "checked_in"
    CANCELLED = "cancelled"
    RELEASED = "released"
    DECLINED = "declined"
    EXPIRED = "expired"


ACTIVE_STATUSES = (BookingStatus.TENTATIVE, BookingStatus.CONFIRMED, BookingStatus.CHECKED_IN)

# The longest interval one booking may hold in a space, buffers included. The bound lets the
# overlap check look back a fixed distance in the (space, start) index instead of scanning.
MAX_OCCUPANCY_SECONDS = 14 * 24 * 3600


class Role(StrEnum):
    """What an account does in the building; booking.permissions says what each may do."""

    FRONT_DESK = "front_desk"
    ORGANIZER = "organizer"
    MANAGER = "manager"
    ADMIN = "admin"


# The words a message uses for a booking's or an event's status (the stored value stays the
# enum's; it is put into words where it is shown).
STATUS_WORDS = {
    "tentative": N_("tentative"),
    "confirmed": N_("confirmed"),
    "checked_in": N_("checked in"),
    "cancelled": N_("cancelled"),
    "released": N_("released"),
    "declined": N_("declined"),
    "expired": N_("expired"),
    "requested": N_("requested"),
    "approved": N_("approved"),
}


def status_word(status: str) -> str:
    """A status as a message says it, in the language shown ('checked in', 'dibatalkan')."""
    word = STATUS_WORDS.get(str(status), str(status))
    return _(word) if word else word
