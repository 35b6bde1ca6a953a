"""Organizations' own settings: the time zone their people live in (a client in Tokyo).

A booking for the organization shows its guests' times in that zone too, unless the booking
names a zone of its own.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine
from sqlmodel import select

from booking.errors import BadInput
from booking.i18n import _
from booking.lookups import acting, add_audit, existing_organization
from booking.permissions import Action
from booking.store.db import read_session, retrying_use_cases, write_session
from booking.store.models import Organization
from booking.timeutil import guest_zone, utc_now


@dataclass(frozen=True)
class OrganizationZone:
    """An organization and the guest time zone it keeps (None: the building's only)."""

    id: int
    name: str
    guest_tz: str | None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "guest_tz": self.guest_tz}


@retrying_use_cases
class OrganizationService:
    """Set an organization's guest time zone; read every organization's."""

    def __init__(self, engine: Engine, *, now: Callable[[], datetime] = utc_now) -> None:
        self.engine = engine
        self.now = now

    def set_guest_zone(self, *, actor: str | int, organization: str,
                       guest_tz: str | None) -> OrganizationZone:
        """Keep the organization's guests' zone (an IANA name; None clears it), audited."""
        zone = guest_zone(guest_tz)
        now = self.now()
        with write_session(self.engine) as session:
            account = acting(session, actor, Action.ORGANIZATION_ZONE)
            found = existing_organization(session, organization)
            if found is None or found.id is None:
                raise BadInput(_("there is no organization '{name}'; it is added when a "
                                 "booking is made for it").format(name=organization.strip()))
            before = found.guest_tz
            if before != zone:
                found.guest_tz = zone
                session.add(found)
                add_audit(session, account, now, "organization.zone", "organization", found.id,
                          {"name": found.name, "guest_tz": before},
                          {"name": found.name, "guest_tz": zone}, "")
            return OrganizationZone(found.id, found.name, zone)

    def zones(self) -> dict[str, str | None]:
        """Every organization's guest zone by name (None where it keeps none)."""
        with read_session(self.engine) as session:
            return {o.name: o.guest_tz for o in session.exec(select(Organization))}
