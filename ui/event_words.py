"""What the hall event papers (run sheet, room-loan letter) say of an event, in their language.

The same English sources as the events screens (ui/events/wording.py), so one translation in
the catalog serves both; here they are asked in the paper's language, not the window's.
"""

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP

from booking.events.service import EventView
from booking.timeutil import hhmm, local
from ui.words import Words

STATUSES = {
    "requested": str(QT_TRANSLATE_NOOP("Ruang", "Requested — awaiting a decision")),
    "approved": str(QT_TRANSLATE_NOOP("Ruang", "Approved")),
    "declined": str(QT_TRANSLATE_NOOP("Ruang", "Declined")),
    "expired": str(QT_TRANSLATE_NOOP("Ruang", "Expired (not decided in time)")),
    "cancelled": str(QT_TRANSLATE_NOOP("Ruang", "Withdrawn")),
}
SHORT_STATUSES = {
    "requested": str(QT_TRANSLATE_NOOP("Ruang", "requested")),
    "approved": str(QT_TRANSLATE_NOOP("Ruang", "approved")),
    "declined": str(QT_TRANSLATE_NOOP("Ruang", "declined")),
    "expired": str(QT_TRANSLATE_NOOP("Ruang", "expired")),
    "cancelled": str(QT_TRANSLATE_NOOP("Ruang", "withdrawn")),
}


def status_in(w: Words, status: str) -> str:
    """'Approved', 'Requested — awaiting a decision' in the words' language."""
    source = STATUSES.get(status)
    return w.tr(source) if source else status


def short_status_in(w: Words, status: str) -> str:
    source = SHORT_STATUSES.get(status)
    return w.tr(source) if source else status


def audience_in(w: Words, public: bool) -> str:
    return w.tr("Public (open to visitors)") if public else w.tr("Internal")


def dates_in(w: Words, first: date, last: date) -> str:
    """'Selasa 8 Desember 2026', or 'Sel 8 Des – Kam 10 Des 2026' over several days."""
    if first == last:
        return w.long_day(first)
    return f"{w.short_day(first)} – {w.day(last)}"


def span_in(w: Words, event: EventView) -> str:
    """When an event runs, in one line."""
    start, end = local(event.start), local(event.end)
    if start.date() == end.date():
        return f"{w.day(start.date())}, {hhmm(start)}–{hhmm(end)}"
    if event.nightly_teardown:
        return w.tr("{0} to {1}, {2}–{3} each day").format(
            w.short_day(start.date()), w.day(end.date()), hhmm(start), hhmm(end))
    return f"{w.short_day(start.date())} {hhmm(start)} – {w.day(end.date())} {hhmm(end)}"


def equipment_name(names: Mapping[str, str], code: str) -> str:
    """An equipment item's name as the building calls it (or its code made readable)."""
    return names.get(code, code.replace("_", " ").capitalize())
