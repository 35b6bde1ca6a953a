"""The words and colours the events screens share: halls, layouts, statuses, spans, equipment."""

import math
from collections.abc import Mapping, Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from booking.events.service import EventView
from booking.timeutil import hhmm, local
from booking.views import RoomInfo
from ui.qdates import shown

HALL_COLOUR = "#7b5ea7"
TENTATIVE_FILL = "#f3eefa"
TENTATIVE_TEXT = "#4b3a6b"
GONE_COLOUR = "#8a9199"
# Statuses still holding the hall; the others only show when asked for.
OPEN_STATUSES = ("requested", "approved")
CLOSED_STATUSES = ("declined", "expired", "cancelled")


def _tr(text: str) -> str:
    """Text outside any one widget, translated in the events view's own context."""
    return QCoreApplication.translate("EventsView", text)


def status_text(status: str) -> str:
    """A status as a person reads it."""
    return {
        "requested": _tr("Requested — awaiting a decision"),
        "approved": _tr("Approved"),
        "declined": _tr("Declined"),
        "expired": _tr("Expired (not decided in time)"),
        "cancelled": _tr("Withdrawn"),
    }.get(status, status)


def short_status(status: str) -> str:
    return {"requested": _tr("requested"), "approved": _tr("approved"),
            "declined": _tr("declined"), "expired": _tr("expired"),
            "cancelled": _tr("withdrawn")}.get(status, status)


def layout_name(code: str | None) -> str:
    """theatre → Theatre, u_shape → U-shape."""
    if not code:
        return _tr("no layout")
    names = {"theatre": _tr("Theatre"), "classroom": _tr("Classroom"),
             "banquet": _tr("Banquet"),
             "reception": QCoreApplication.translate("EventsView", "Reception", "hall layout"),
             "u_shape": _tr("U-shape")}
    return names.get(code, code.replace("_", " ").capitalize())


def hall_tag(hall_name: str) -> str:
    """What a crowded calendar cell says of the hall: Hall (whole), A or B."""
    head, _, tail = hall_name.rpartition(" ")
    return tail if head else hall_name


def hall_tags(halls: Sequence[RoomInfo]) -> dict[str, str]:
    """Short names by hall code: a half by its letter, the whole hall by its halves (A+B)."""
    tags = {h.code: hall_tag(h.name) for h in halls}
    for hall in halls:
        halves = sorted(tags[h.code] for h in halls if h.parent_code == hall.code)
        if halves:
            tags[hall.code] = "+".join(halves)
    return tags


def span_text(event: EventView) -> str:
    """When an event runs, in one line."""
    start, end = local(event.start), local(event.end)
    if start.date() == end.date():
        return f"{shown(start):%a %d %b %Y}, {hhmm(start)}–{hhmm(end)}"
    if event.nightly_teardown:
        return _tr("{0} to {1}, {2}–{3} each day").format(
            f"{shown(start):%a %d %b}", f"{shown(end):%a %d %b %Y}", hhmm(start), hhmm(end))
    return f"{shown(start):%a %d %b %H:%M} – {shown(end):%a %d %b %Y %H:%M}"


def equipment_text(equipment: Mapping[str, int], names: Mapping[str, str]) -> str:
    """Sound system × 1, Wireless microphone × 4 (or “none”)."""
    if not equipment:
        return _tr("none")
    return ", ".join(f"{names.get(code, code.replace('_', ' ').capitalize())} × {quantity}"
                     for code, quantity in equipment.items())


def expiry_text(expires_at: datetime, now: datetime) -> str:
    """When an undecided request lets the hall go, and how soon that is.

    Whole hours are counted up, so a three-day hold a minute old still reads “in 3 days”.
    """
    seconds = (expires_at - now).total_seconds()
    hours = max(1, math.ceil(seconds / 3600))
    days, rest = divmod(hours, 24)
    soon = _tr("overdue") if seconds <= 0 else \
        _tr("in {0} h").format(hours) if hours < 48 else \
        _tr("in {0} days").format(days) if not rest else \
        _tr("in {0} days {1} h").format(days, rest)
    return f"{shown(local(expires_at)):%a %d %b %H:%M} ({soon})"


def audience_text(public: bool) -> str:
    return _tr("Public (open to visitors)") if public else _tr("Internal")
