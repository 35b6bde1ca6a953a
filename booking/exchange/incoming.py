"""What an import proposes and what became of each item: the shared vocabulary of every format.

A reader (iCalendar, CSV) turns a file into `Incoming` items; `import_bookings` (in
booking/exchange/importer.py) gives each one a verdict through the engine's own use cases.
"""

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any

from booking.i18n import N_, _
from booking.timeutil import iso_local

# Items one all-or-nothing import takes (one transaction: other desks wait while it runs).
ALL_OR_NOTHING = 2_000


class Verdict(StrEnum):
    """What an import does, or would do, with one item."""

    FREE = "free"  # booked as new
    UPDATE = "update"  # imported before and changed in the file: moved or changed
    UNCHANGED = "unchanged"  # imported before, nothing to do
    CONFLICT = "conflict"  # another booking (or an earlier item of the file) holds the room
    CLOSED = "closed"  # a holiday, a closure or outside opening hours
    REFUSED = "refused"  # any other rule, a bad value, or not permitted

    @property
    def fine(self) -> bool:
        """True when the item goes in (or is already there) as the file says."""
        return self in (Verdict.FREE, Verdict.UPDATE, Verdict.UNCHANGED)

    @property
    def word(self) -> str:
        """The verdict in the language spoken."""
        return _(VERDICT_WORDS[self])


VERDICT_WORDS = {
    Verdict.FREE: N_("free"), Verdict.UPDATE: N_("update"), Verdict.UNCHANGED: N_("unchanged"),
    Verdict.CONFLICT: N_("conflict"), Verdict.CLOSED: N_("closed"), Verdict.REFUSED: N_("refused"),
}


@dataclass(frozen=True)
class Incoming:
    """One booking a file proposes.

    where: how a person finds the item in the file ("row 4", "event 'Sprint review' …").
    room: a room's code or name; None means the room the import was given.
    uid: the item's identity in its source, so that importing the file again matches it; an
    occurrence of a repeating event is f"{UID}/{RECURRENCE-ID in UTC as YYYYMMDDTHHMMSSZ}".
    """

    where: str
    start: datetime
    end: datetime
    title: str
    room: str | None = None
    organization: str | None = None
    attendees: int = 0
    contact_name: str = ""
    contact_phone: str = ""
    notes: str = ""
    tentative: bool = False
    guest_tz: str | None = None
    uid: str | None = None


@dataclass(frozen=True)
class ItemVerdict:
    """An item with what the import does with it and, when it is not fine, the engine's words."""

    item: Incoming
    verdict: Verdict
    message: str = ""
    booking_id: int | None = None
    room: str | None = None  # the room's code the item resolved to, when it did

    def to_json(self) -> dict[str, Any]:
        return {"where": self.item.where, "verdict": str(self.verdict),
                "message": self.message, "booking_id": self.booking_id,
                "room": self.room or self.item.room, "uid": self.item.uid,
                "title": self.item.title, "start": iso_local(self.item.start),
                "end": iso_local(self.item.end)}


@dataclass(frozen=True)
class ImportResult:
    """Every item's verdict, and whether anything was written."""

    verdicts: tuple[ItemVerdict, ...]
    written: bool
    dry_run: bool

    def counts(self) -> dict[Verdict, int]:
        counted = Counter(v.verdict for v in self.verdicts)
        return {verdict: counted.get(verdict, 0) for verdict in Verdict}

    @property
    def all_fine(self) -> bool:
        return all(v.verdict.fine for v in self.verdicts)

    @property
    def all_at_once(self) -> bool:
        """Whether the items may go in all or nothing (not too many for one transaction)."""
        return len(self.verdicts) <= ALL_OR_NOTHING

    @property
    def booked(self) -> int:
        """Items booked new or updated (or that would be, on a dry run)."""
        return sum(1 for v in self.verdicts if v.verdict in (Verdict.FREE, Verdict.UPDATE))

    @property
    def exit_code(self) -> int:
        """0 when it went in (or would); 3 when a conflict stopped it; 4 when a rule did."""
        if self.all_fine or (self.written and not self.dry_run):
            return 0
        if any(v.verdict == Verdict.CONFLICT for v in self.verdicts):
            return 3
        return 4

    def to_json(self) -> dict[str, Any]:
        return {"dry_run": self.dry_run, "written": self.written,
                "counts": {str(k): n for k, n in self.counts().items()},
                "items": [v.to_json() for v in self.verdicts]}
