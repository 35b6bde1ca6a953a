"""The read models the tools hand out on request, apart from those the window paints at
start-up (booking.views): free rooms found, the database's health, closures and terms and
what stands in their way, accounts and the audit trail."""

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from booking.timeutil import iso_local
from booking.views import BookingView


@dataclass(frozen=True)
class FreeRoom:
    """A room free for a whole span."""

    room_id: int
    code: str
    name: str
    floor: int
    kind: str
    capacity: int
    amenities: tuple[str, ...]
    # When the room stops being free that day (its next booking less the changeover, or its
    # closing time, whichever comes first), or None when it stays free to the day's end.
    free_until: datetime | None = None
    name_en: str = ""  # the building file's English name (name is in the language spoken)

    def to_json(self) -> dict[str, Any]:
        return {"room_id": self.room_id, "room": self.code, "name": self.name_en or self.name,
                "floor": self.floor, "kind": self.kind, "capacity": self.capacity,
                "amenities": list(self.amenities),
                "free_until": iso_local(self.free_until) if self.free_until else None}


@dataclass(frozen=True)
class Finding:
    """One thing wrong with the database, in a line a person can act on."""

    check: str  # integrity, foreign_keys, guards, occupancy, overlap, wal
    message: str

    def to_json(self) -> dict[str, str]:
        return {"check": self.check, "message": self.message}


@dataclass(frozen=True)
class DatabaseHealth:
    """What checking the database found (`doctor`): nothing when all is well."""

    checks: tuple[str, ...]
    findings: tuple[Finding, ...]
    notes: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.findings

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "checks": list(self.checks),
                "findings": [f.to_json() for f in self.findings], "notes": list(self.notes)}


@dataclass(frozen=True)
class ClosureView:
    """A closure as the command line and reports show it (room None: the whole building)."""

    id: int
    name: str
    room: str | None
    start: datetime
    end: datetime
    created_by: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id or None, "reason": self.name, "room": self.room,
                "building": self.room is None, "start": iso_local(self.start),
                "end": iso_local(self.end), "created_by": self.created_by}


@dataclass(frozen=True)
class TermView:
    """A room assigned to a team for a term."""

    id: int
    room: str
    team: str
    start: datetime
    end: datetime
    note: str
    active: bool

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id or None, "room": self.room, "team": self.team,
                "start": iso_local(self.start), "end": iso_local(self.end), "note": self.note,
                "active": self.active}


@dataclass(frozen=True)
class InTheWay:
    """What a new closure or term does to the bookings it meets: those it meets (`affected`),
    and of them those it cancelled; `saved` is False on a dry run."""

    affected: tuple[BookingView, ...] = ()
    cancelled: tuple[BookingView, ...] = ()
    saved: bool = True

    def to_json(self) -> dict[str, Any]:
        return {"affected": [b.to_json() for b in self.affected],
                "cancelled": [b.id for b in self.cancelled], "saved": self.saved}


@dataclass(frozen=True)
class AccountInfo:
    """An account as administrators and scripts see it; never its password or its hash."""

    id: int
    username: str
    display_name: str
    role: str
    organization: str | None
    enabled: bool
    has_password: bool
    created_at: datetime | None
    last_sign_in_at: datetime | None
    locked_until: datetime | None
    failed_sign_ins: int = 0

    def locked(self, now: datetime) -> bool:
        """Whether sign-in is refused at `now` after too many failures."""
        return self.locked_until is not None and self.locked_until > now

    def to_json(self) -> dict[str, Any]:
        def stamp(value: datetime | None) -> str | None:
            return iso_local(value) if value else None
        return {"username": self.username, "display_name": self.display_name,
                "role": self.role, "organization": self.organization,
                "enabled": self.enabled, "has_password": self.has_password,
                "created_at": stamp(self.created_at),
                "last_sign_in_at": stamp(self.last_sign_in_at),
                "locked_until": stamp(self.locked_until)}


@dataclass(frozen=True)
class AuditEntryView:
    """One entry of the audit trail as the command line and the window show it."""

    id: int
    at: datetime
    actor: str
    action: str
    entity: str
    entity_id: int | None
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    reason: str
    hash: str

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "at": iso_local(self.at), "actor": self.actor,
                "action": self.action, "entity": self.entity, "entity_id": self.entity_id,
                "before": self.before, "after": self.after, "reason": self.reason,
                "hash": self.hash}


@dataclass(frozen=True)
class AuditVerdict:
    """What walking the audit chain found: whole, or the first entry that breaks it and how."""

    entries: int
    head_hash: str  # the last entry's hash ("" for an empty trail)
    broken_id: int | None = None
    # changed, deleted, inserted or reordered (None when whole)
    how: str | None = None
    message: str = ""

    @property
    def ok(self) -> bool:
        return self.how is None

    def to_json(self) -> dict[str, Any]:
        return {"ok": self.ok, "entries": self.entries, "head_hash": self.head_hash,
                "broken_id": self.broken_id, "how": self.how, "message": self.message or None}
