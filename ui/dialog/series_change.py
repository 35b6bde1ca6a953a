"""What the series editor's form asks for, in the series use cases' terms, and what a save did."""

from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QCoreApplication

from booking.series.service import Occurrence, SeriesInfo, SeriesOutcome
from booking.timeutil import BUILDING_TZ, hhmm, local
from booking.views import BookingView, Change
from ui.models.status_labels import STATUS_LABELS

SCOPES = ("this", "following", "all")


@dataclass(frozen=True)
class SeriesForm:
    """The editor's choices: which dates, and how they should look."""

    scope: str
    room: str
    start_minutes: int
    end_minutes: int
    title: str
    rule: str | None  # None: the series keeps its rule
    skip_conflicts: bool

    def span_on(self, day: date) -> tuple[datetime, datetime]:
        """The form's times on a date, in the building's zone."""
        midnight = datetime.combine(day, time(0), tzinfo=BUILDING_TZ)
        return (midnight + timedelta(minutes=self.start_minutes),
                midnight + timedelta(minutes=self.end_minutes))

    def edit_arguments(self, info: SeriesInfo, day: date) -> dict[str, Any]:
        """The keyword arguments of SeriesService.edit: only what differs from the series."""
        start = local(info.first_start)
        old_start = start.hour * 60 + start.minute
        arguments: dict[str, Any] = {
            "series_id": info.id, "scope": self.scope,
            "from_date": day if self.scope == "following" else None,
            "skip_conflicts": self.skip_conflicts, "expected_version": info.version}
        if self.room != info.room:
            arguments["room"] = self.room
        if self.start_minutes != old_start:
            arguments["start_time"] = time(self.start_minutes // 60, self.start_minutes % 60)
        if self.end_minutes - self.start_minutes != info.duration_min:
            arguments["duration_min"] = self.end_minutes - self.start_minutes
        if self.title.strip() != info.title:
            arguments["title"] = self.title
        if self.rule is not None and self.rule != info.rule:
            arguments["rule"] = self.rule
        return arguments

    def changes_series(self, info: SeriesInfo, day: date) -> bool:
        """True when an edit of the series would change anything at all."""
        fixed = {"series_id", "scope", "from_date", "skip_conflicts", "expected_version"}
        return bool(set(self.edit_arguments(info, day)) - fixed)

    def changes_booking(self, booking: BookingView) -> bool:
        """True when the form differs from one date's booking."""
        start, end = self.span_on(local(booking.start).date())
        return (self.room, start, end, self.title.strip()) != (
            booking.room, booking.start, booking.end, booking.title)


@dataclass(frozen=True)
class SeriesSaved:
    """What a series dialog saved: the change for the window and the words for its status."""

    change: Change
    message: str


def booked_and_skipped(outcome: SeriesOutcome) -> tuple[int, int]:
    """How many dates the series now books among those judged, and how many it left out."""
    judged = [o for o in outcome.preview if o.verdict != "kept"]
    return len(judged) - len(outcome.skipped), len(outcome.skipped)


def kept_dates(preview: tuple[Occurrence, ...]) -> list[Occurrence]:
    """The dates changed on their own, which a series edit leaves as they are."""
    return [o for o in preview if o.verdict == "kept"]


def with_exceptions(preview: tuple[Occurrence, ...], info: SeriesInfo,
                    since: date) -> tuple[Occurrence, ...]:
    """The preview with the dates it leaves alone from `since`: changed on their own, and
    left out earlier (a holiday, a clash skipped), so the person sees every date, by day."""
    bookings = {b.id: b for b in info.occurrences}
    preview = tuple(replace(o, detail=_kept_detail(bookings[o.booking_id]))
                    if o.verdict == "kept" and o.booking_id in bookings else o
                    for o in preview)
    days = {o.day for o in preview}
    extra = []
    for booking in info.occurrences:
        day = date.fromisoformat(booking.occurrence_date or "1970-01-01")
        if day >= since and day not in days and (booking.detached or not booking.active):
            extra.append(Occurrence(day, booking.start, booking.end, "kept",
                                    _kept_detail(booking), booking_id=booking.id))
            days.add(day)
    start = local(info.first_start)
    for day, reason in info.skipped:
        if day >= since and day not in days:
            begin = datetime.combine(day, start.timetz())
            extra.append(Occurrence(day, begin, begin + timedelta(minutes=info.duration_min),
                                    "skipped", reason))
    return tuple(sorted((*preview, *extra), key=lambda o: o.day))


def _tr(text: str) -> str:
    return QCoreApplication.translate("SeriesEditor", text)


def _kept_detail(booking: BookingView) -> str:
    if booking.active and not booking.detached:
        return _tr("already begun; left as it is")
    if booking.active:
        return _tr("changed on its own: {0}, {1}–{2}").format(
            booking.room_name, hhmm(booking.start), hhmm(booking.end))
    status = _tr(STATUS_LABELS.get(booking.status, booking.status)).lower()
    return _tr("{0} on its own").format(status)
