"""The event sheet: a one-page A4 run sheet of a hall event for the crew and the front desk.

Rendered as a PDF through Qt's printing support (QTextDocument on a QPdfWriter), so it works
from the window and from the command line alike; without a running application an offscreen
QGuiApplication is started for the fonts.
"""

from collections.abc import Mapping
from datetime import date, datetime
from functools import partial
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QTextDocument

from booking.events.service import EventView
from booking.outputs import check_target
from booking.timeutil import guest_span_text, hhmm, local, zone_abbreviation
from ui.event_words import (
    audience_in,
    dates_in,
    equipment_name,
    short_status_in,
    span_in,
    status_in,
)
from ui.paper import document_of, write_pdf
from ui.words import Words, layout_in, names_in

if TYPE_CHECKING:
    from booking.services import Services

INK = "#1f2933"
MUTED = "#5f6b76"
RULE = "#c9ced4"
BAND = "#efeaf6"
CREW_FILL = "#f4f1f8"
ACCENT = "#5b3f86"
WARN = "#8a4b00"
WARN_FILL = "#fff4e0"
WHAT = "the event sheet"
SETUP, EVENT, TEARDOWN = "setup", "event", "teardown"


def _timeline(event: EventView) -> list[tuple[date, datetime, datetime, str]]:
    """The day's run: setup, the event, teardown — for every day the hall is cleared."""
    rows: list[tuple[date, datetime, datetime, str]] = []
    days = event.days if event.nightly_teardown else (event.days[0],)
    for booking in days:
        start = booking.start
        end = booking.end if event.nightly_teardown else event.end
        before = start - (event.start - event.setup_start)
        after = end + (event.teardown_end - event.end)
        if event.setup_min:
            rows.append((local(before).date(), before, start, SETUP))
        rows.append((local(start).date(), start, end, EVENT))
        if event.teardown_min:
            rows.append((local(end).date(), end, after, TEARDOWN))
    return rows


def _step(step: str, w: Words) -> str:
    return {SETUP: w.tr("Setup"), EVENT: w.tr("Event"), TEARDOWN: w.tr("Teardown")}[step]


def _step_note(event: EventView, step: str, w: Words) -> str:
    if step == SETUP:
        return w.tr("Set up {0} layout and equipment").format(
            layout_in(w, event.layout).lower())
    if step == TEARDOWN:
        return w.tr("Clear the hall, return equipment")
    return w.tr("{0} attendees expected").format(event.attendees)


def _dates(event: EventView, w: Words) -> str:
    start, end = local(event.start), local(event.end)
    dates = dates_in(w, start.date(), end.date())
    if start.date() != end.date():
        dates += (w.tr(" (cleared each night)") if event.nightly_teardown
                  else w.tr(" (set up throughout)"))
    return dates


def _guest_time(event: EventView, words: Words) -> list[tuple[str, str, bool]]:
    """The event's hours in its guests' zone, when it is known (the first day's, for a run)."""
    if not event.guest_zone:
        return []
    start, last = local(event.start), local(event.end)
    end = start.replace(hour=last.hour, minute=last.minute)  # the first day's end
    end = end if end > start else last
    zone = event.guest_zone
    return [(words.html(lambda w: w.tr("Guest time")), words.html(
        lambda w: guest_span_text(start, end, zone, language=w.languages[0])), False)]


def _facts(event: EventView, words: Words) -> list[tuple[str, str, bool]]:
    """(label, value, bold) rows as HTML."""
    start, end = local(event.start), local(event.end)
    organizer = ", ".join(x for x in (event.organizer, event.organization) if x) or "—"
    contact = " · ".join(x for x in (event.contact_name, event.contact_phone) if x) or "—"
    return [
        (words.html(lambda w: w.tr("Hall")),
         escape(f"{words.plain(lambda w: event.hall_name_in(w.language))} ({event.hall})"), True),
        (words.html(lambda w: w.tr("Date")), words.html(lambda w: _dates(event, w)), False),
        (words.html(lambda w: w.tr("Event")),
         escape(f"{hhmm(start)}–{hhmm(end)} {zone_abbreviation(start)}"), True),
        *_guest_time(event, words),
        (words.html(lambda w: w.tr("Setup from")), words.html(lambda w: w.tr(
            "{0} ({1} min before)").format(hhmm(event.setup_start), event.setup_min)), False),
        (words.html(lambda w: w.tr("Teardown until")), words.html(lambda w: w.tr(
            "{0} ({1} min after)").format(hhmm(event.teardown_end), event.teardown_min)),
         False),
        (words.html(lambda w: w.tr("Layout")), words.html(lambda w: w.tr(
            "{0}, {1} attendees expected").format(layout_in(w, event.layout),
                                                  event.attendees)), False),
        (words.html(lambda w: w.tr("Audience")),
         words.html(lambda w: audience_in(w, event.public)), False),
        (words.html(lambda w: w.tr("Organizer")), escape(organizer), False),
        (words.html(lambda w: w.tr("On the day")), escape(contact), False),
    ]


def _cell(text: str, *, bold: bool = False, colour: str = INK, width: str = "") -> str:
    weight = "font-weight:bold;" if bold else ""
    size = f" width='{width}'" if width else ""
    return f"<td{size} style='color:{colour};{weight}'>{text}</td>"


def _footer(event: EventView, printed_at: datetime | None, printed_by: str | None,
            w: Words) -> str:
    footer = [w.tr("Requested by {0}").format(event.requested_by or "—")]
    if event.decided_by and event.decided_at:
        decided = local(event.decided_at)
        footer.append(w.tr("{0} by {1} {2}").format(
            short_status_in(w, event.status).capitalize(), event.decided_by,
            f"{w.day(decided.date())} {hhmm(decided)}"))
    if printed_at is not None:
        printed = local(printed_at)
        footer.append(w.tr("printed {0}").format(f"{w.day(printed.date())} {hhmm(printed)}")
                      + (w.tr(" by {0}").format(printed_by) if printed_by else ""))
    return " · ".join(footer)


def _html(event: EventView, names: Mapping[str, str], printed_at: datetime | None,
          printed_by: str | None, words: Words) -> str:
    kind = words.plain(lambda w: w.tr("CODING FACTORY · HALL EVENT SHEET · EVENT #{0} · {1}")
                       .format(event.id, short_status_in(w, event.status).upper()),
                       joiner=" / ")
    parts = [
        f"<p style='color:{MUTED}; font-size:8pt; margin:0'>{escape(kind)}</p>",
        f"<h1 style='color:{INK}; font-size:20pt; margin-top:2px; margin-bottom:2px'>"
        f"{escape(event.title)}</h1>",
        f"<p style='color:{ACCENT}; font-size:11pt; margin-top:0'><b>"
        + escape(f"{span_in(words.first, event)} · "
                 f"{event.hall_name_in(words.first.language)}") + "</b></p>",
        "<p style='margin:0; font-size:4pt'>&nbsp;</p>",
    ]
    if event.status != "approved":
        warning = words.html(lambda w: w.tr(
            "{0}. Not confirmed: check with the building manager before setting up.").format(
            status_in(w, event.status)))
        parts.append(f"<table width='100%' cellpadding='6' style='margin-bottom:6px'><tr>"
                     f"<td style='background-color:{WARN_FILL}; color:{WARN}'><b>"
                     f"{warning}</b></td></tr></table>")
    facts = "".join(f"<tr>{_cell(k, colour=MUTED, width='26%')}{_cell(v, bold=bold)}</tr>"
                    for k, v, bold in _facts(event, words))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='3' bgcolor='{CREW_FILL}' "
                 f"style='margin-top:4px'>{facts}</table>")
    parts.append(_section(words.html(lambda w: w.tr("Timeline"))))
    columns = ((words.html(lambda w: w.tr("Day")), "16%"),
               (words.html(lambda w: w.tr("From")), "9%"),
               (words.html(lambda w: w.tr("To")), "9%"),
               (words.html(lambda w: w.tr("What")), "17%"),
               (words.html(lambda w: w.tr("Details")), "49%"))
    head = "<tr>" + "".join(
        f"<th align='left' width='{width}' style='background-color:{BAND}; color:{ACCENT}'>"
        f"{title}</th>" for title, width in columns) + "</tr>"
    first = words.first
    rows = "".join(
        f"<tr{'' if step == EVENT else f' bgcolor={CREW_FILL!r}'}>"
        f"{_cell(escape(first.short_day(day)))}{_cell(hhmm(lo), bold=True)}"
        f"{_cell(hhmm(hi), bold=True)}"
        f"{_cell(words.html(partial(_step, step)), bold=True)}"
        f"{_cell(words.html(partial(_step_note, event, step)))}</tr>"
        for day, lo, hi, step in _timeline(event))
    parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                 f"style='border-color:{RULE}; border-style:solid'>{head}{rows}</table>")
    parts.append(_section(words.html(lambda w: w.tr("Equipment"))))
    if event.equipment:
        in_place = words.plain(lambda w: w.tr("in place"))
        items = "".join(
            f"<tr>{_cell(escape(equipment_name(names, code)))}"
            f"{_cell(f'× {quantity}', bold=True, width='14%')}"
            f"{_cell('☐ ' + escape(in_place), colour=MUTED, width='22%')}</tr>"
            for code, quantity in event.equipment.items())
        parts.append(f"<table width='100%' cellspacing='0' cellpadding='4' border='0.5' "
                     f"style='border-color:{RULE}; border-style:solid'>{items}</table>")
    else:
        nothing = words.plain(lambda w: w.tr("none"))
        parts.append(f"<p>{escape(nothing)}</p>")
    parts.append(_section(words.html(lambda w: w.tr("Catering"))))
    catering = event.catering or words.plain(lambda w: w.tr("No catering noted."))
    parts.append(f"<p>{escape(catering)}</p>")
    parts.append(_section(words.html(lambda w: w.tr("Sign-off"))))
    signers = (words.html(lambda w: w.tr("Set up by (crew)")),
               words.html(lambda w: w.tr("Checked by (front desk)")),
               words.html(lambda w: w.tr("Cleared by (crew)")))
    parts.append(
        "<table width='100%' cellpadding='6' cellspacing='0'><tr>"
        + "".join(f"<td width='33%' style='color:{MUTED}'>{who}<br><br>"
                  "________________________</td>" for who in signers)
        + "</tr></table>")
    footer = _footer(event, printed_at, printed_by, words.first)  # in one language
    parts.append(f"<p style='color:{MUTED}; font-size:8pt; margin-top:14px'>"
                 + escape(footer) + "</p>")
    return "".join(parts)


def _section(title: str) -> str:
    return (f"<h3 style='color:{ACCENT}; font-size:11pt; margin-top:12px; margin-bottom:4px'>"
            f"{title}</h3>")


def sheet_document(event: EventView, *, equipment_names: Mapping[str, str] | None = None,
                   printed_at: datetime | None = None, printed_by: str | None = None,
                   language: str | None = None) -> QTextDocument:
    """The sheet as a text document (also what a preview paints) in `language` ('id', 'en',
    'both'; default the one spoken now)."""
    return document_of(_html(event, equipment_names or {}, printed_at, printed_by,
                             Words(language)), point_size=9.5)


def render_event_sheet(event: EventView, path: Path, *,
                       equipment_names: Mapping[str, str] | None = None,
                       printed_at: datetime | None = None,
                       printed_by: str | None = None, language: str | None = None,
                       database: Path | None = None, force: bool = False) -> Path:
    """Write the run sheet of an event to a PDF file (A4) and return its path.

    The sheet is printed to a temporary file beside `path` and swapped in when complete; never
    over `database` (the one in use), its files or backups, and over an existing file only
    with `force`. Raises BadInput when the file may not or cannot be written.
    """
    check_target(path, what=WHAT, database=database, force=force)  # before any rendering
    document = sheet_document(event, equipment_names=equipment_names, printed_at=printed_at,
                              printed_by=printed_by, language=language)
    return write_pdf(document, path, what=WHAT, title=f"{event.title} — event sheet",
                     database=database, force=force)


def write_event_sheet(services: "Services", event_id: int, pdf: Path, *,
                      printed_by: str | None = None, language: str | None = None,
                      force: bool = False) -> Path:
    """Write the run sheet of event `event_id` to `pdf` in `language` (replacing a file only
    with `force`); BadInput for a bad id or path."""
    event = services.events.get(event_id)
    names = names_in(services.events.equipment(), language)
    return render_event_sheet(event, pdf, equipment_names=names, printed_at=services.now(),
                              printed_by=printed_by or services.actor, language=language,
                              database=services.database_path, force=force)
