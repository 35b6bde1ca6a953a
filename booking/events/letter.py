"""What a room-loan letter (surat peminjaman ruang) for a hall event says, without Qt.

The building lends the hall to the organizing organization for an event: the letter names the
hall part, the day and times with setup and teardown, the layout and the people expected
against its capacity, the equipment, the conditions and who signs. The window and the command
line render it to paper (ui/loan_letter.py).
"""

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import col, select

from booking.errors import BadInput
from booking.events.service import EventView
from booking.i18n import _
from booking.statuses import RoomKind
from booking.store.db import read_session
from booking.store.models import Account, Building
from booking.timeutil import local
from booking.views import RoomInfo

ROMAN_MONTHS = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")


@dataclass(frozen=True)
class LoanLetter:
    """A hall event's room-loan letter: the event, the hall part lent and who signs."""

    event: EventView
    hall: RoomInfo
    building: str
    building_code: str
    site: str
    printed_at: datetime
    approver: str | None  # the approving manager's name (their account's display name)

    @property
    def draft(self) -> bool:
        """A letter of a request not (or no longer) approved lends nothing yet."""
        return self.event.status != "approved"

    @property
    def whole_hall(self) -> bool:
        return self.hall.parent_code is None

    @property
    def capacity(self) -> int:
        """How many people the hall part holds in the event's layout."""
        return self.hall.layouts.get(self.event.layout or "", self.hall.capacity)

    @property
    def number(self) -> str:
        """The letter's number as Indonesian offices write it: 007/CF/PR/XII/2026."""
        day = local(self.event.decided_at or self.event.start)
        return (f"{self.event.id:03d}/{self.building_code or 'CF'}/PR/"
                f"{ROMAN_MONTHS[day.month - 1]}/{day.year}")


def loan_letter_of(engine: Engine, event: EventView, hall: RoomInfo, *,
                   printed_at: datetime) -> LoanLetter:
    """The letter lending `hall` for `event`, with the building and the approving manager's
    name read from the database; BadInput when the room is not a hall."""
    if hall.kind != RoomKind.HALL:
        raise BadInput(_("event #{id} is not in the hall: a room-loan letter is only for "
                         "hall events").format(id=event.id))
    approver = None
    with read_session(engine) as session:
        building = session.exec(select(Building).order_by(col(Building.id))).first()
        if event.status == "approved" and event.decided_by:
            account = session.exec(select(Account).where(
                Account.username == event.decided_by)).first()
            approver = (account.display_name or account.username) if account is not None \
                else event.decided_by
    return LoanLetter(event, hall, building.name if building else "",
                      building.code if building else "", building.site if building else "",
                      printed_at, approver)
