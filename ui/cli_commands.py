"""Command-line commands that need Qt: `event-sheet ID --pdf FILE` writes an event's run sheet.

booking/ never imports Qt, so these live in ui/ and are registered from outside booking/.
"""

import argparse
import json
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from booking.errors import BadInput

if TYPE_CHECKING:
    from booking.services import Services

Add = Callable[..., argparse.ArgumentParser]
WithServices = Callable[[argparse.Namespace, Callable[["Services"], int]], int]


def event_id_of(text: str) -> int:
    """An event id as typed: 12 or #12."""
    raw = str(text).strip().lstrip("#")
    if not raw.isdigit():
        raise BadInput(f"event id '{text}' is not a number")
    return int(raw)


def write_event_sheet(services: "Services", event_id: int, pdf: Path, *,
                      printed_by: str | None = None) -> Path:
    """Write the run sheet of event `event_id` to `pdf`; BadInput for a bad id or path."""
    from ui.event_sheet import render_event_sheet

    pdf = Path(pdf).expanduser()
    if not pdf.parent.is_dir():
        raise BadInput(f"cannot save the event sheet: the folder {pdf.parent} does not exist")
    if pdf.is_dir():
        raise BadInput(f"cannot save the event sheet: {pdf} is a folder; give a file name such "
                       "as event-sheet.pdf")
    event = services.events.get(event_id)
    names = {item.code: item.name for item in services.events.equipment()}
    return render_event_sheet(event, pdf, equipment_names=names, printed_at=services.now(),
                              printed_by=printed_by or services.actor)


def sheet_command(args: argparse.Namespace, out: TextIO, services: "Services",
                  who: str) -> int:
    """The body of `event-sheet` (and of `event sheet`): write the PDF, say where it went."""
    if not getattr(args, "pdf", None):
        raise BadInput("say where to save the sheet: --pdf FILE")
    event_id = event_id_of(args.id if hasattr(args, "id") else args.hall or "")
    path = write_event_sheet(services, event_id, Path(args.pdf), printed_by=who)
    if getattr(args, "json", False):
        json.dump({"id": event_id, "pdf": str(path)}, out, ensure_ascii=False, indent=2)
        out.write("\n")
    else:
        out.write(f"Saved the event sheet of event #{event_id} to {path}\n")
    return 0


def register(add: Add, with_services: WithServices,
             actor: Callable[[argparse.Namespace], str]) -> None:
    """Add `event-sheet ID --pdf FILE` to the command line."""

    def cmd_event_sheet(args: argparse.Namespace, out: TextIO) -> int:
        return with_services(args, lambda services: sheet_command(args, out, services,
                                                                  actor(args)))

    sheet = add("event-sheet", "save a hall event's run sheet as a PDF (A4)", cmd_event_sheet)
    sheet.add_argument("id", metavar="ID", help="the event id (see 'events')")
    sheet.add_argument("--pdf", required=True, metavar="FILE",
                       help="where to save the PDF, e.g. event-12.pdf")
