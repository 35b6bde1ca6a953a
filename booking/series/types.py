"""Result, preview and error types of recurring bookings."""

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from booking.errors import ConflictError, RuleRefused
from booking.i18n import N_, _
from booking.rules import RoomFacts
from booking.series.recurrence import RepeatRule
from booking.store.models import Room
from booking.timeutil import hhmm, local, short_day
from booking.views import BookingView, Change

# The verdicts as a preview line says them (the JSON keeps the codes).
VERDICT_WORDS = {"free": N_("free"), "conflict": N_("conflict"), "closed": N_("closed"),
                 "refused": N_("refused"), "skipped": N_("skipped"), "kept": N_("kept")}


@dataclass(frozen=True)
class Occurrence:
    """One date of a series and what would happen to it."""

    day: date
    start: datetime
    end: datetime
    verdict: str  # free, conflict, closed, refused, skipped, kept
    detail: str = ""
    clash_id: int | None = None
    booking_id: int | None = None
    # The detail in English, as a skipped date's reason is stored (the database keeps no
    # shown language); empty when it is the detail itself.
    record: str = ""

    def to_json(self) -> dict[str, Any]:
        return {"date": self.day.isoformat(), "start": local(self.start).isoformat(),
                "end": local(self.end).isoformat(), "verdict": self.verdict,
                "detail": self.detail or None, "clash_id": self.clash_id,
                "booking_id": self.booking_id}

    def line(self) -> str:
        verdict = _(VERDICT_WORDS[self.verdict]) if self.verdict in VERDICT_WORDS \
            else self.verdict
        text = f"{short_day(self.day)} {hhmm(self.start)}–{hhmm(self.end)}  {verdict}"
        return f"{text}: {self.detail}" if self.detail else text


class _DryRun(Exception):
    """Raised inside a transaction to roll back a rehearsal, carrying what it would do."""

    def __init__(self, outcome: "SeriesOutcome") -> None:
        super().__init__("dry run")
        self.outcome = outcome


class SeriesConflict(ConflictError):
    """Some occurrences clash with other bookings; the preview says which."""

    def __init__(self, message: str, preview: tuple[Occurrence, ...]) -> None:
        super().__init__(message, clashing_ids=tuple(o.clash_id for o in preview
                                                     if o.clash_id is not None))
        self.preview = preview


class SeriesRefused(RuleRefused):
    """Some occurrences are refused by a rule; the preview says which."""

    def __init__(self, message: str, preview: tuple[Occurrence, ...], rule: str) -> None:
        super().__init__(message, rule=rule)
        self.preview = preview


@dataclass(frozen=True)
class SeriesOutcome:
    """What creating or editing a series did (or, for a preview, would do)."""

    series_id: int | None
    preview: tuple[Occurrence, ...]
    created: tuple[BookingView, ...] = ()
    updated: tuple[BookingView, ...] = ()
    cancelled: tuple[BookingView, ...] = ()
    skipped: tuple[Occurrence, ...] = ()
    change: Change = field(default_factory=lambda: Change("series"))


@dataclass(frozen=True)
class SeriesInfo:
    """A series with its occurrences and skipped dates."""

    id: int
    room: str
    rule: str
    first_start: datetime
    duration_min: int
    title: str
    organization: str | None
    attendees: int
    active: bool
    split_from_id: int | None
    occurrences: tuple[BookingView, ...]
    skipped: tuple[tuple[date, str], ...]
    version: int = 1

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "room": self.room, "rule": self.rule,
                "first_start": self.first_start.isoformat(), "duration_min": self.duration_min,
                "title": self.title, "organization": self.organization,
                "attendees": self.attendees, "active": self.active,
                "split_from_id": self.split_from_id,
                "occurrences": [o.to_json() for o in self.occurrences],
                "skipped": [{"date": d.isoformat(), "reason": r} for d, r in self.skipped],
                "version": self.version}


@dataclass(frozen=True)
class _Params:
    """What every regular occurrence of a series looks like."""

    room: Room | RoomFacts  # the session's object, or the plain row a new series reads
    rule: RepeatRule
    duration: timedelta
    title: str
    organization_id: int | None
    attendees: int
    layout: str | None
    notes: str
    contact_name: str
    contact_phone: str

