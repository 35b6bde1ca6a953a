"""The things the permission tests act on, made by an administrator before each case.

A case is one action done by one role to something of the organizer's own organization
("own") or of another ("other"); what the table says decides whether it must succeed.
"""

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from booking.permissions import TABLE, Action
from booking.services import Services
from booking.statuses import Role
from booking.timeutil import BUILDING_TZ
from tests.helpers.accounts import act_for
from tests.helpers.days import open_day

OWN, OTHER = "Tani Cerdas", "KBZ Bank"
# Each role acts as the built-in account of that role; the organizer acts for OWN.
ACCOUNT_OF = {Role.FRONT_DESK: "frontdesk", Role.ORGANIZER: "organizer",
              Role.MANAGER: "manager", Role.ADMIN: "admin"}
# A Tuesday the building is open, and the two after it (series repeat weekly).
DAY = open_day(1, on_or_after=date(2026, 12, 7), weeks=3)
NOW = datetime.combine(DAY, time(8, 50), tzinfo=BUILDING_TZ)


def at(hour: int, minute: int = 0, *, days: int = 0) -> datetime:
    return datetime.combine(DAY + timedelta(days=days), time(hour, minute), tzinfo=BUILDING_TZ)


def cases() -> list[tuple[Action, Role, str]]:
    """Every (action, role), and for actions where ownership counts the organizer on its
    own organization's thing as well as on another's."""
    found = []
    for action, permission in TABLE.items():
        for role in Role:
            found.append((action, role, OTHER))
            if permission.owned and role == Role.ORGANIZER:
                found.append((action, role, OWN))
    return found


def allowed(action: Action, role: Role, whose: str) -> bool:
    """What the table says about the case."""
    permission = TABLE[action]
    if role not in permission.roles:
        return False
    return not (permission.owned and role == Role.ORGANIZER and whose != OWN)


def case_id(case: tuple[Action, Role, str]) -> str:
    action, role, whose = case
    return f"{action.value}-{role.value}" + ("-own" if whose == OWN else "")


@dataclass
class Stage:
    """An administrator's services on the test's database, making what a case acts on."""

    admin: Services

    def __post_init__(self) -> None:
        act_for(self.admin.engine, "organizer", OWN)

    def booking(self, whose: str, *, start: datetime | None = None, room: str = "BROMO") -> int:
        start = start or at(13)
        return self.admin.bookings.book(
            actor="admin", room=room, start=start, end=start + timedelta(hours=1),
            title="Sprint review", organization=whose, attendees=4).booking.id

    def organization(self, whose: str) -> str:
        """An organization that exists (a booking for it adds it)."""
        self.booking(whose)
        return whose

    def cancelled_booking(self, whose: str) -> int:
        booking_id = self.booking(whose)
        self.admin.bookings.cancel(actor="admin", booking_id=booking_id, reason="plans changed")
        return booking_id

    def arriving_booking(self, whose: str) -> int:
        """A booking starting in ten minutes: its guests can check in now."""
        return self.booking(whose, start=at(9))

    def series(self, whose: str) -> int:
        return self.admin.series.create(
            actor="admin", room="KAWI", start=at(15), end=at(16), rule="FREQ=WEEKLY;COUNT=3",
            title="Weekly sync", organization=whose, attendees=4).series_id

    def event(self, whose: str) -> int:
        return self.admin.events.request(
            actor="admin", hall="HALL-A", start=at(10, days=7), end=at(12, days=7),
            title="Product launch", layout="theatre", attendees=80,
            organization=whose).event.id

    def closure(self) -> int:
        return self.admin.closure_tools.add(
            actor="admin", reason="Repainting", room="WELIRANG", start=at(0, days=14),
            end=at(0, days=15)).closure.id

    def term(self) -> int:
        return self.admin.terms.assign(
            actor="admin", room="P2.01", team="GovTech Singapore", start=at(0, days=1),
            end=at(0, days=29)).term.id
