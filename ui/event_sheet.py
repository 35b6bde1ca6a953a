"""The event sheet: a one-page A4 run sheet of a hall event for the crew and the front desk.

Rendered as a PDF through Qt's printing support (QTextDocument on a QPdfWriter), so it works
from the window and from the command line alike; without a running application an offscreen
QGuiApplication is started for the fonts.
"""

from collections.abc import Mapping
from datetime import date, datetime
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextDocument

from booking.events.service import EventView
from booking.outputs import check_target
from booking.timeutil import guest_span_text, hhmm, local, zone_abbreviation

if TYPE_CHECKING:
    from booking.services import Services
from ui.events.wording import (
    audience_text,
    equipment_text,
    layout_name,
    short_status,
    span_text,
    status_text,
)
from ui.paper import document_of, write_pdf

INK = "#1f2933"
MUTED = "#5f6b76"
RULE = "#c9ced4"
BAND = "#efeaf6"
CREW_FILL = "#f4f1f8"
ACCENT = "#5b3f86"
WARN = "#8a4b00"
WARN_FILL = "#fff4e0"
WHAT = "the event sheet"


def _tr(text: str) -> str:
    return QCoreApplication.translate("EventSheet", text)


def _timeline(event: EventView) -> list[tuple[date, datetime, datetime, str, str]]:
    """The day's run: setup, the event, teardown — for every day the hall is cleared."""
    setup = _tr("Setup")
    teardown = _tr("Teardown")
    crew_in = _tr("Set up {0} layout and equipment").format(layout_name(event.layout).lower())
    crew_out = _tr("Clear the hall, return equipment")
    running = _tr("{0} attendees expected").format(event.attendees)
    rows: list[tuple[date, datetime, datetime, str, str]] = []
    days = event.days if event.nightly_teardown else (event.days[0],)
    for booking in days:
        start = booking.start
        end = booking.end if event.nightly_teardown else event.end
        before = start - (event.start - event.setup_start)
        after = end + (event.teardown_end - event.end)
        if event.setup_min:
            rows.append((local(before).date(), before, start, setup, crew_in))
        rows.append((local(start).date(), start, end, _tr("Event"), running))
        if event.teardown_min:
            rows.append((local(end).date(), end, after, teardown, crew_out))
    return rows


def _guest_time(event: EventView) -> list[tuple[str, str]]:
    """The event's hours in its guests' zone, when it is known (each day's, for a run)."""
    if not event.guest_zone:
        return []
    start, last = local(event.start), local(event.end)
    end = start.replace(hour=last.hour, minute=last.minute)  # the first day's end
    end = end if end > start else last
    return [(_tr("Guest time"), guest_span_text(start, end, event.guest_zone))]


def _facts(event: EventView) -> list[tuple[str, str]]:
    start, end = local(event.start), local(event.end)
    if start.date() == end.date():
        dates = f"{start:%A %d %B %Y}"
    else:
        dates = f"{start:%a %d %b} – {end:%a %d %b %Y}" + (
            _tr(" (cleared each night)") if event.nightly_teardown
            else _tr(" (set up throughout)"))
    organizer = ", ".join(x for x in (event.organizer, event.organization) if x) or "—"
    contact = " · ".join(x for x in (event.contact_name, event.contact_phone) if x) or "—"
    return [
        (_tr("Hall"), f"{event.hall_name} ({event.hall})"),
        (_tr("Date"), dates),
        (_tr("Event"), _tr("{0}–{1} {2}").format(hhmm(start), hhmm(end),
                                                 zone_abbreviation(start))),
        *_guest_time(event),
        (_tr("Setup from"), _tr("{0} ({1} min before)").format(hhmm(event.setup_start),
                                                              event.setup_min)),
        (_tr("Teardown until"), _tr("{0} ({1} min after)").format(hhmm(event.teardown_end),
                                                                 event.teardown_min)),
        (_tr("Layout"), _tr("{0}, {1} attendees expected").format(layout_name(event.layout),
                                                                  event.attendees)),
        (_tr("Audience"), audience_text(event.public)),
        (_tr("Organizer"), organizer),
        (_tr("On the day"), contact),
    ]


def _cell(text: str, *, bold: bool = False, colour: str = INK, width: str = "") -> str:
    weight = "font-weight:bold;" if bold else ""
    size = f" width='{width}'" if width else ""
    return f"<td{size} style='color:{colour};{weight}'>{text}</td>"


def _html(event: EventView, names: Mapping[str, str], printed_at: datetime | None,
          printed_by: str | None) -> str:
    parts = [
        f"<p style='color:{MUTED}; font-size:8pt; margin:0'>"
        + escape(_tr("CODING FACTORY · HALL EVENT SHEET · EVENT #{0} · {1}").format(
            event.id, short_status(event.status).upper())) + "</p>",
        f"<h1 style='color:{INK}; font-size:20pt; margin-top:2px; margin-bottom:2px'>"
        f"{escape(event.title)}</h1>",
        f"<p style='color:{ACCENT}; font-size:11pt; margin-top:0'><b>"
        + escape(f"{span_text(event)} · {event.hall_name}") + "</b></p>",
        "<p style='margin:0; font-size:4pt'>&nbsp;</p>",
    ]
    if event.status != "approved":
        warning = _tr("{0}. Not confirmed: check with the building manager before setting "
                      "up.").format(status_text(event.status))
        parts.append(f"<table width='100%' cellpadding='6' style='margin-bottom:6px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{escape(warning)}</b></td></tr></table>")
    facts = "".join(f"<tr>{_cell(escape(k), colour=MUTED, width='26%')}"
                    f"{_cell(escape(v), bold=k in (_tr('Event'), _tr('Hall')))}</tr>"
                    for k, v in _facts(event))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='3' bgcolor='{CREW_FILL}' "
                 f"style='margin-top:4px'>{facts}</table>")
    parts.append(_section(_tr("Timeline")))
    head = "<tr>" + "".join(
        f"<th align='left' width='{width}' style='background-color:{BAND}; color:{ACCENT}'>"
        f"{escape(t)}</th>" for t, width in ((_tr("Day"), "16%"), (_tr("From"), "9%"),
                                             (_tr("To"), "9%"), (_tr("What"), "17%"),
                                             (_tr("Details"), "49%"))) + "</tr>"
    rows = "".join(
        f"<tr{'' if what == _tr('Event') else f' bgcolor={CREW_FILL!r}'}>"
        f"{_cell(f'{day:%a %d %b}')}{_cell(hhmm(lo), bold=True)}{_cell(hhmm(hi), bold=True)}"
        f"{_cell(escape(what), bold=True)}{_cell(escape(note))}</tr>"
        for day, lo, hi, what, note in _timeline(event))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                 f"style='border-color:{RULE}; border-style:solid'>{head}{rows}</table>")
    parts.append(_section(_tr("Equipment")))
    if event.equipment:
        items = "".join(
            f"<tr>{_cell(escape(names.get(code, code.replace('_', ' ').capitalize())))}"
            f"{_cell(f'× {quantity}', bold=True, width='14%')}"
            f"{_cell('☐ ' + escape(_tr('in place')), colour=MUTED, width='22%')}</tr>"
            for code, quantity in event.equipment.items())
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                     f"style='border-color:{RULE}; border-style:solid'>{items}</table>")
    else:
        parts.append(f"<p>{escape(equipment_text({}, names))}</p>")
    parts.append(_section(_tr("Catering")))
    parts.append(f"<p>{escape(event.catering or _tr('No catering noted.'))}</p>")
    parts.append(_section(_tr("Sign-off")))
    parts.append(
        "<table width='100%' cellpadding='6' cellspacing='0'><tr>"
        + "".join(f"<td width='33%' style='color:{MUTED}'>{escape(who)}<br><br>"
                  "________________________</td>"
                  for who in (_tr("Set up by (crew)"), _tr("Checked by (front desk)"),
                              _tr("Cleared by (crew)")))
        + "</tr></table>")
    footer = [_tr("Requested by {0}").format(event.requested_by or "—")]
    if event.decided_by and event.decided_at:
        footer.append(_tr("{0} by {1} {2:%d %b %Y %H:%M}").format(
            short_status(event.status).capitalize(), event.decided_by, local(event.decided_at)))
    if printed_at is not None:
        footer.append(_tr("printed {0:%d %b %Y %H:%M}").format(local(printed_at))
                      + (_tr(" by {0}").format(printed_by) if printed_by else ""))
    parts.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:14px'>"
                 + escape(" · ".join(footer)) + "</p>")
    return "".join(parts)


def _section(title: str) -> str:
    return (f"<h3 style='color:{ACCENT}; font-size:11pt; margin-top:12px; margin-bottom:4px'>"
            f"{escape(title)}</h3>")


def sheet_document(event: EventView, *, equipment_names: Mapping[str, str] | None = None,
                   printed_at: datetime | None = None,
                   printed_by: str | None = None) -> QTextDocument:
    """The sheet as a text document (also what a preview paints)."""
    return document_of(_html(event, equipment_names or {}, printed_at, printed_by),
                       point_size=9.5)


def render_event_sheet(event: EventView, path: Path, *,
                       equipment_names: Mapping[str, str] | None = None,
                       printed_at: datetime | None = None,
                       printed_by: str | None = None, database: Path | None = None,
                       force: bool = False) -> Path:
    """Write the run sheet of an event to a PDF file (A4) and return its path.

    The sheet is printed to a temporary file beside `path` and swapped in when complete; never
    over `database` (the one in use), its files or backups, and over an existing file only
    with `force`. Raises BadInput when the file may not or cannot be written.
    """
    check_target(path, what=WHAT, database=database, force=force)  # before any rendering
    document = sheet_document(event, equipment_names=equipment_names, printed_at=printed_at,
                              printed_by=printed_by)
    return write_pdf(document, path, what=WHAT, title=f"{event.title} — event sheet",
                     database=database, force=force)


def write_event_sheet(services: "Services", event_id: int, pdf: Path, *,
                      printed_by: str | None = None, force: bool = False) -> Path:
    """Write the run sheet of event `event_id` to `pdf` (replacing a file only with `force`);
    BadInput for a bad id or path."""
    event = services.events.get(event_id)
    names = {item.code: item.name for item in services.events.equipment()}
    return render_event_sheet(event, pdf, equipment_names=names, printed_at=services.now(),
                              printed_by=printed_by or services.actor,
                              database=services.database_path, force=force)
