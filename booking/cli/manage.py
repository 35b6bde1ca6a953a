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
    day_of,
    emit_json,
    moment_text,
    period_end,
    period_start,
    record_id,
    with_services,
)
from booking.errors import BadInput, RuleRefused
from booking.i18n import N_, _, ngettext

if TYPE_CHECKING:
    from booking.affected import OnBookings
    from booking.services import Services
    from booking.tool_views import ClosureView, InTheWay, TermView
    from booking.views import BookingView


def _on_bookings(args: argparse.Namespace) -> "OnBookings":
    if args.keep_bookings and args.cancel_bookings:
        raise BadInput(_("choose --keep-bookings or --cancel-bookings, not both"))
    return "keep" if args.keep_bookings else "cancel" if args.cancel_bookings else "refuse"


def _span(args: argparse.Namespace) -> tuple[Any, Any]:
    start, end = period_start(args, args.start), period_end(args, args.end)
    if start is None or end is None:
        raise BadInput(_("give the span: --from D --to D (days, or moments like "
                         "2026-12-24T13:00)"))
    if end <= start:
        raise BadInput(_("--to must be after --from"))
    return start, end


def closure_line(view: "ClosureView") -> str:
    ident = f"#{view.id} " if view.id else ""
    closed = _("{room} closed {start} – {end}: {reason}") if view.room else _(
        "the building closed {start} – {end}: {reason}")
    return ident + closed.format(room=view.room, start=moment_text(view.start),
                                 end=moment_text(view.end), reason=view.name)


def term_line(view: "TermView") -> str:
    ident = f"#{view.id} " if view.id else ""
    line = ident + _("{room} for {team} {start} – {end}").format(
        room=view.room, team=view.team, start=moment_text(view.start),
        end=moment_text(view.end))
    if view.note:
        line += f" – {view.note}"
    return line if view.active else _("{term} (withdrawn)").format(term=line)


# What the messages about bookings in the way say of a closure and of a term (the words
# differ in translation, so each is a whole sentence).
STILL_TO_COME = {"closure": N_("Bookings still to come in this closure:"),
                 "term": N_("Bookings still to come in this term:")}
NONE_AFFECTED = {"closure": N_("No booking still to come falls in this closure."),
                 "term": N_("No booking still to come falls in this term.")}
FATES = {"refuse": N_("refused unless --keep-bookings or --cancel-bookings"),
         "keep": N_("kept"), "cancel": N_("cancelled")}


def _in_the_way(what: str, count: int) -> str:
    """The refusal when bookings still to come fall in the closure or term."""
    if what == "closure":
        return ngettext("{n} booking still to come falls in this closure ({listed}); save it "
                        "with --keep-bookings or --cancel-bookings, or see it with --dry-run",
                        "{n} bookings still to come fall in this closure ({listed}); save it "
                        "with --keep-bookings or --cancel-bookings, or see it with --dry-run",
                        count)
    return ngettext("{n} booking still to come falls in this term ({listed}); save it with "
                    "--keep-bookings or --cancel-bookings, or see it with --dry-run",
                    "{n} bookings still to come fall in this term ({listed}); save it with "
                    "--keep-bookings or --cancel-bookings, or see it with --dry-run", count)


def _affected(what: str, count: int) -> str:
    """The title over the bookings a saved (or dry-run) closure or term meets."""
    if what == "closure":
        return ngettext("{n} booking still to come in this closure ({fate}):",
                        "{n} bookings still to come in this closure ({fate}):", count)
    return ngettext("{n} booking still to come in this term ({fate}):",
                    "{n} bookings still to come in this term ({fate}):", count)


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
            _write_bookings(out, _(STILL_TO_COME[what]), met)
        listed = _("listed in the output") if args.json else _("listed above")
        raise RuleRefused(
            _in_the_way(what, len(met)).format(n=len(met), listed=listed),
            rule="in_the_way") from None


def _report(args: argparse.Namespace, out: TextIO, data: dict[str, Any], headline: str,
            settled: "InTheWay", on: "OnBookings", what: str) -> int:
    if args.json:
        emit_json(out, {**data, "dry_run": not settled.saved})
        return 0
    if not settled.saved:
        out.write(_("Dry run: nothing was saved. It would be: {headline}").format(
            headline=headline) + "\n")
    else:
        out.write(f"{headline}\n")
    if settled.affected:
        if settled.saved:
            fate = "cancel" if settled.cancelled else "keep"
        else:
            fate = on
        count = len(settled.affected)
        title = _affected(what, count).format(n=count, fate=_(FATES[fate]))
        _write_bookings(out, title, settled.cancelled or settled.affected)
    else:
        out.write(_(NONE_AFFECTED[what]) + "\n")
    return 0


def cmd_closure(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        who = actor_of(args)
        if args.closure_command == "add":
            if args.room is None and not args.building:
                raise BadInput(_("say what closes: --room R or --building"))
            if args.room is not None and args.building:
                raise BadInput(_("choose --room R or --building, not both"))
            start, end = _span(args)
            on = _on_bookings(args)

            def add() -> int:
                outcome = services.closure_tools.add(
                    actor=who, reason=args.reason, start=start, end=end, room=args.room,
                    on_bookings=on, dry_run=args.dry_run)
                headline = (_("Saved closure {closure}") if outcome.bookings.saved
                            else _("closure {closure}")).format(
                                closure=closure_line(outcome.closure))
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
                out.write(_("Removed closure {closure}").format(closure=closure_line(removed))
                          + "\n")
            return 0
        closures = services.closure_tools.list(start=None if args.all else services.now())
        return _listing(args, out, closures, closure_line,
                        _("No closures.") if args.all else _("No closures from now on."))
    if args.closure_command != "add" and (args.room or args.building or args.start or args.end
                                          or args.keep_bookings or args.cancel_bookings
                                          or args.dry_run):
        raise BadInput(_("closure {command} takes no span, room or booking options").format(
            command=args.closure_command))
    if args.closure_command in ("add", "list") and args.id is not None:
        raise BadInput(_("closure {command} takes no ID").format(command=args.closure_command))
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
        out.write(none + "\n")
    return 0


def cmd_term(args: argparse.Namespace, out: TextIO) -> int:
    def body(services: "Services") -> int:
        who = actor_of(args)
        if args.term_command == "assign":
            if not args.target:
                raise BadInput(_("term assign needs the ROOM"))
            if not args.team:
                raise BadInput(_("name the team: --team T"))
            start, end = _span(args)
            on = _on_bookings(args)

            def assign() -> int:
                outcome = services.terms.assign(
                    actor=who, room=args.target, team=args.team, start=start, end=end,
                    note=args.note or "", on_bookings=on, dry_run=args.dry_run)
                headline = (_("Saved term {term}") if outcome.bookings.saved
                            else _("term {term}")).format(term=term_line(outcome.term))
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
                out.write(_("Ended term {term}").format(term=term_line(ended)) + "\n")
            return 0
        terms = services.terms.list_terms(start=None if args.all else services.now(),
                                          include_ended=args.all)
        return _listing(args, out, terms, term_line, _("No term assignments.") if args.all
                        else _("No term assignments from now on."))
    if args.term_command != "assign" and (args.team or args.start or args.end or args.note
                                          or args.keep_bookings or args.cancel_bookings
                                          or args.dry_run):
        raise BadInput(_("term {command} takes no team, span or booking options").format(
            command=args.term_command))
    if args.term_command != "end" and args.on:
        raise BadInput(_("--on goes with term end"))
    if args.term_command == "list" and args.target is not None:
        raise BadInput(_("term list takes no ROOM or ID"))
    return with_services(args, body)


def _booking_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--keep-bookings", action="store_true",
                        help=_("save even though bookings still to come fall in it; they stay"))
    parser.add_argument("--cancel-bookings", action="store_true",
                        help=_("save and cancel the bookings still to come that fall in it"))
    parser.add_argument("--dry-run", action="store_true",
                        help=_("show what would happen and save nothing"))


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `closure` and `term` to the command line."""
    closure: argparse.ArgumentParser = commands.add_parser(
        "closure", help=_("close the building or a room (managers): add, list, remove"))
    common(closure, top=False)
    closure.add_argument("closure_command", choices=("add", "list", "remove"),
                         metavar="add|list|remove")
    closure.add_argument("id", nargs="?", metavar="ID", help=_("the closure to remove"))
    closure.add_argument("--room", metavar="R", help=_("close one room"))
    closure.add_argument("--building", action="store_true", help=_("close the whole building"))
    closure.add_argument("--from", dest="start", metavar="D",
                         help=_("first day (or a moment, e.g. 2026-12-24T13:00)"))
    closure.add_argument("--to", dest="end", metavar="D",
                         help=_("last day, included (or a moment)"))
    closure.add_argument("--reason", metavar="T",
                         help=_("why (add: shown to the desk and given to cancelled bookings)"))
    closure.add_argument("--all", action="store_true", help=_("list: past closures too"))
    _booking_options(closure)
    closure.set_defaults(handler=_closure_entry)

    term: argparse.ArgumentParser = commands.add_parser(
        "term", help=_("assign a room to a team for a term (managers): assign, list, end"))
    common(term, top=False)
    term.add_argument("term_command", choices=("assign", "list", "end"),
                      metavar="assign|list|end")
    term.add_argument("target", nargs="?", metavar="ROOM|ID",
                      help=_("assign: the room; end: the term's id"))
    term.add_argument("--team", metavar="T", help=_("the team the room is for (added when new)"))
    term.add_argument("--from", dest="start", metavar="D", help=_("first day (or a moment)"))
    term.add_argument("--to", dest="end", metavar="D", help=_("last day, included (or a moment)"))
    term.add_argument("--note", metavar="N",
                      help=_("a note (given as the reason to bookings it cancels)"))
    term.add_argument("--on", metavar="D", help=_("end: the term's new last day (default: "
                                                  "withdraw it now)"))
    term.add_argument("--reason", metavar="R", help=_("end: why"))
    term.add_argument("--all", action="store_true", help=_("list: past and withdrawn terms too"))
    _booking_options(term)
    term.set_defaults(handler=cmd_term)


def _closure_entry(args: argparse.Namespace, out: TextIO) -> int:
    if args.closure_command == "add" and not (args.reason or "").strip():
        raise BadInput(_("say why it closes: --reason T"))
    return cmd_closure(args, out)
