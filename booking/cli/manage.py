"""Manager tools on the command line: `closure add|list|remove` and `term assign|list|end`.

Both kinds of change meet bookings still to come: the command lists them and refuses (exit 4)
unless told to keep them (--keep-bookings) or cancel them (--cancel-bookings); --dry-run shows
what would happen and saves nothing.
"""

import argparse
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.bookings import booking_line
from booking.cli.common import (
    actor_of,
    counted,
    day_of,
    emit_json,
    period_end,
    period_start,
    record_id,
    with_services,
)
from booking.errors import BadInput, RuleRefused
from booking.timeutil import when

if TYPE_CHECKING:
    from booking.affected import OnBookings
    from booking.services import Services
    from booking.views import BookingView, ClosureView, InTheWay, TermView


def _on_bookings(args: argparse.Namespace) -> "OnBookings":
    if args.keep_bookings and args.cancel_bookings:
        raise BadInput("choose --keep-bookings or --cancel-bookings, not both")
    return "keep" if args.keep_bookings else "cancel" if args.cancel_bookings else "refuse"


def _span(args: argparse.Namespace) -> tuple[Any, Any]:
    start, end = period_start(args, args.start), period_end(args, args.end)
    if start is None or end is None:
        raise BadInput("give the span: --from D --to D (days, or moments like 2026-12-24T13:00)")
    if end <= start:
        raise BadInput("--to must be after --from")
    return start, end


def closure_line(view: "ClosureView") -> str:
    where = view.room or "the building"
    ident = f"#{view.id} " if view.id else ""
    return f"{ident}{where} closed {when(view.start)} – {when(view.end)}: {view.name}"


def term_line(view: "TermView") -> str:
    state = "" if view.active else " (withdrawn)"
    note = f" – {view.note}" if view.note else ""
    ident = f"#{view.id} " if view.id else ""
    return (f"{ident}{view.room} for {view.team} {when(view.start)} – {when(view.end)}"
            f"{note}{state}")


def _write_bookings(out: TextIO, title: str, views: "tuple[BookingView, ...]") -> None:
    out.write(f"{title}\n")
    for view in views:
        out.write(f"  {booking_line(view)}\n")


def _guarded(args: argparse.Namespace, out: TextIO, what: str, body: Callable[[], int]) -> int:
    """Run a use case; when bookings stand in the way, list them, then refuse in one line."""
    from booking.affected import BookingsInTheWay

    try:
        return body()
    except BookingsInTheWay as exc:
        met = exc.bookings
        if args.json:
            emit_json(out, {"affected": [b.to_json() for b in met], "saved": False})
        else:
            _write_bookings(out, f"Bookings still to come in this {what}:", met)
        where = "in the output" if args.json else "above"
        raise RuleRefused(
            f"{counted(len(met), 'booking')} still to come "
            f"{'falls' if len(met) == 1 else 'fall'} in this {what} (listed {where}); "
            "save it with --keep-bookings or --cancel-bookings, or see it with --dry-run",
            rule="in_the_way") from None


def _report(args: argparse.Namespace, out: TextIO, data: dict[str, Any], headline: str,
            settled: "InTheWay", on: "OnBookings", what: str) -> int:
    if args.json:
        emit_json(out, {**data, "dry_run": not settled.saved})
        return 0
    if not settled.saved:
        out.write(f"Dry run: nothing was saved. It would be: {headline}\n")
    else:
        out.write(f"{headline}\n")
    if settled.affected:
        if settled.saved:
            fate = "cancelled" if settled.cancelled else "kept"
        else:
            fate = {"refuse": "refused unless --keep-bookings or --cancel-bookings",
                    "keep": "kept", "cancel": "cancelled"}[on]
        _write_bookings(out, f"{counted(len(settled.affected), 'booking')} still to come in "
                             f"this {what} ({fate}):", settled.cancelled or settled.affected)
    else:
        out.write(f"No booking still to come falls in this {what}.\n")
    return 0


def cmd_closure(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        who = actor_of(args)
        if args.closure_command == "add":
            if args.room is None and not args.building:
                raise BadInput("say what closes: --room R or --building")
            if args.room is not None and args.building:
                raise BadInput("choose --room R or --building, not both")
            start, end = _span(args)
            on = _on_bookings(args)

            def add() -> int:
                outcome = services.closure_tools.add(
                    actor=who, reason=args.reason, start=start, end=end, room=args.room,
                    on_bookings=on, dry_run=args.dry_run)
                headline = ("Saved closure " if outcome.bookings.saved else "closure ") + \
                    closure_line(outcome.closure)
                return _report(args, out, outcome.to_json(), headline, outcome.bookings, on,
                               "closure")
            return _guarded(args, out, "closure", add)
        if args.closure_command == "remove":
            closure_id = record_id(args.id or "", what="closure")
            removed = services.closure_tools.remove(actor=who, closure_id=closure_id,
                                                    reason=args.reason or "")
            if args.json:
                emit_json(out, removed.to_json())
            else:
                out.write(f"Removed closure {closure_line(removed)}\n")
            return 0
        closures = services.closure_tools.list(start=None if args.all else services.now())
        return _listing(args, out, closures, closure_line, "No closures")
    if args.closure_command != "add" and (args.room or args.building or args.start or args.end
                                          or args.keep_bookings or args.cancel_bookings
                                          or args.dry_run):
        raise BadInput(f"closure {args.closure_command} takes no span, room or booking options")
    if args.closure_command in ("add", "list") and args.id is not None:
        raise BadInput(f"closure {args.closure_command} takes no ID")
    return with_services(args, body)


def _listing(args: argparse.Namespace, out: TextIO, items: Sequence[Any],
             line: Callable[[Any], str], none: str) -> int:
    """`closure list` and `term list`: JSON, or a line each (saying so when there are none)."""
    if args.json:
        emit_json(out, [item.to_json() for item in items])
        return 0
    for item in items:
        out.write(line(item) + "\n")
    if not items:
        out.write(none + ("" if args.all else " from now on") + ".\n")
    return 0


def cmd_term(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        who = actor_of(args)
        if args.term_command == "assign":
            if not args.target:
                raise BadInput("term assign needs the ROOM")
            if not args.team:
                raise BadInput("name the team: --team T")
            start, end = _span(args)
            on = _on_bookings(args)

            def assign() -> int:
                outcome = services.terms.assign(
                    actor=who, room=args.target, team=args.team, start=start, end=end,
                    note=args.note or "", on_bookings=on, dry_run=args.dry_run)
                headline = ("Saved term " if outcome.bookings.saved else "term ") + \
                    term_line(outcome.term)
                return _report(args, out, outcome.to_json(), headline, outcome.bookings, on,
                               "term")
            return _guarded(args, out, "term", assign)
        if args.term_command == "end":
            term_id = record_id(args.target or "", what="term")
            on_day = day_of(args, args.on, what="--on") if args.on else None
            ended = services.terms.end(actor=who, term_id=term_id, on=on_day,
                                       reason=args.reason or "")
            if args.json:
                emit_json(out, ended.to_json())
            else:
                out.write(f"Ended term {term_line(ended)}\n")
            return 0
        terms = services.terms.list_terms(start=None if args.all else services.now(),
                                          include_ended=args.all)
        return _listing(args, out, terms, term_line, "No term assignments")
    if args.term_command != "assign" and (args.team or args.start or args.end or args.note
                                          or args.keep_bookings or args.cancel_bookings
                                          or args.dry_run):
        raise BadInput(f"term {args.term_command} takes no team, span or booking options")
    if args.term_command != "end" and args.on:
        raise BadInput("--on goes with term end")
    if args.term_command == "list" and args.target is not None:
        raise BadInput("term list takes no ROOM or ID")
    return with_services(args, body)


def _booking_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-bookings", action="store_true",
                        help="save even though bookings still to come fall in it; they stay")
    parser.add_argument("--cancel-bookings", action="store_true",
                        help="save and cancel the bookings still to come that fall in it")
    parser.add_argument("--dry-run", action="store_true",
                        help="show what would happen and save nothing")


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `closure` and `term` to the command line."""
    closure: argparse.ArgumentParser = commands.add_parser(
        "closure", help="close the building or a room (managers): add, list, remove")
    common(closure, top=False)
    closure.add_argument("closure_command", choices=("add", "list", "remove"),
                         metavar="add|list|remove")
    closure.add_argument("id", nargs="?", metavar="ID", help="the closure to remove")
    closure.add_argument("--room", metavar="R", help="close one room")
    closure.add_argument("--building", action="store_true", help="close the whole building")
    closure.add_argument("--from", dest="start", metavar="D",
                         help="first day (or a moment, e.g. 2026-12-24T13:00)")
    closure.add_argument("--to", dest="end", metavar="D",
                         help="last day, included (or a moment)")
    closure.add_argument("--reason", metavar="T",
                         help="why (add: shown to the desk and given to cancelled bookings)")
    closure.add_argument("--all", action="store_true", help="list: past closures too")
    _booking_options(closure)
    closure.set_defaults(handler=_closure_entry)

    term: argparse.ArgumentParser = commands.add_parser(
        "term", help="assign a room to a team for a term (managers): assign, list, end")
    common(term, top=False)
    term.add_argument("term_command", choices=("assign", "list", "end"),
                      metavar="assign|list|end")
    term.add_argument("target", nargs="?", metavar="ROOM|ID",
                      help="assign: the room; end: the term's id")
    term.add_argument("--team", metavar="T", help="the team the room is for (added when new)")
    term.add_argument("--from", dest="start", metavar="D", help="first day (or a moment)")
    term.add_argument("--to", dest="end", metavar="D", help="last day, included (or a moment)")
    term.add_argument("--note", metavar="N",
                      help="a note (given as the reason to bookings it cancels)")
    term.add_argument("--on", metavar="D", help="end: the term's new last day (default: "
                                                "withdraw it now)")
    term.add_argument("--reason", metavar="R", help="end: why")
    term.add_argument("--all", action="store_true", help="list: past and withdrawn terms too")
    _booking_options(term)
    term.set_defaults(handler=cmd_term)


def _closure_entry(args: argparse.Namespace, out: TextIO) -> int:
    if args.closure_command == "add" and not (args.reason or "").strip():
        raise BadInput("say why it closes: --reason T")
    return cmd_closure(args, out)
