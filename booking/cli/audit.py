"""The audit trail on the command line: `audit` lists entries, `audit verify` checks the chain."""

import argparse
import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TextIO

from booking.cli.common import (
    emit_json,
    moment_text,
    period_end,
    period_start,
    record_id,
    services_for,
)
from booking.errors import BadInput, BookingError
from booking.i18n import _, ngettext

if TYPE_CHECKING:
    from booking.tool_views import AuditEntryView

# A changed field's value is cut to this many characters in the table, and a line names this
# many fields (JSON keeps everything).
SHOWN_VALUE = 40
SHOWN_FIELDS = 3
HASH_LENGTH = 64  # SHA-256 in hexadecimal
# The fields that say most about a record, named first.
TELLING = ("title", "name", "room", "start", "end", "status", "reason")


class ChainBroken(BookingError):
    """`audit verify` found the chain broken; the message names the first entry."""

    exit_code = 1


def _value(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())
    return text if len(text) <= SHOWN_VALUE else text[:SHOWN_VALUE - 1] + "…"


def changes(entry: "AuditEntryView") -> str:
    """What an entry changed, in short: field old → new (or the fields it set or removed)."""
    before, after = entry.before or {}, entry.after or {}
    parts = []
    def order(key: str) -> tuple[bool, int, str]:
        return key not in after, TELLING.index(key) if key in TELLING else len(TELLING), key

    for key in sorted(set(before) | set(after), key=order):
        old, new = before.get(key), after.get(key)
        if key in before and key in after:
            if old != new:
                parts.append(f"{key} {_value(old)} → {_value(new)}")
        elif key in after:
            parts.append(f"{key} {_value(new)}")
        else:
            parts.append(_("{field} {value} removed").format(field=key, value=_value(old)))
    more = len(parts) - SHOWN_FIELDS
    shown = "; ".join(parts[:SHOWN_FIELDS])
    if more > 0:
        shown += "; " + ngettext("{n} more field", "{n} more fields", more).format(n=more)
    return shown


def entry_line(entry: "AuditEntryView") -> str:
    what = f"{entry.entity} #{entry.entity_id}" if entry.entity_id is not None else entry.entity
    line = f"#{entry.id:<6} {moment_text(entry.at):<21}  {entry.actor:<12} {entry.action:<22} {what}"
    changed = changes(entry)
    if changed:
        line += f"  {changed}"
    if entry.reason:
        line += "  " + _("(reason: {reason})").format(reason=" ".join(entry.reason.split()))
    return line


def _limit(text: str) -> int | None:
    if not text.strip().isdigit():
        raise BadInput(_("--limit '{text}' is not a number; give how many entries (0 for all)"
                         ).format(text=text))
    number = int(text)
    return None if number == 0 else number


def cmd_audit(args: argparse.Namespace, out: TextIO) -> int:
    if args.what == "verify":
        if any(v is not None for v in (args.booking, args.by, args.start, args.end,
                                       args.limit)):
            raise BadInput(_("'audit verify' checks the whole trail; it takes no filters"))
        return _verify(args, out)
    if args.anchor is not None:
        raise BadInput(_("--expect goes with 'audit verify'"))
    booking = record_id(args.booking) if args.booking is not None else None
    start, end = period_start(args, args.start), period_end(args, args.end)
    if start is not None and end is not None and end <= start:
        raise BadInput(_("--to must be after --from"))
    limit = _limit(args.limit) if args.limit is not None else None
    with services_for(args) as services:
        kwargs: dict[str, Any] = {} if args.limit is None else {"limit": limit}
        entries = services.audit_entries(booking=booking, actor=args.by, start=start, end=end,
                                         **kwargs)
    if args.json:
        emit_json(out, [e.to_json() for e in entries])
        return 0
    if not entries:
        out.write(_("No audit entries match.") + "\n")
    for entry in entries:
        out.write(f"{entry_line(entry)}\n")
    return 0


def _anchor(text: str | None) -> str | None:
    if text is None:
        return None
    cleaned = text.strip().lower()
    if len(cleaned) != HASH_LENGTH or any(c not in "0123456789abcdef" for c in cleaned):
        raise BadInput(_("--expect '{text}' is not an entry's hash (64 hexadecimal digits, as "
                         "'audit verify --json' gives head_hash)").format(text=text))
    return cleaned


def _verify(args: argparse.Namespace, out: TextIO) -> int:
    with services_for(args) as services:
        verdict = services.audit_verify(anchor=_anchor(args.anchor))
    if args.json:
        emit_json(out, verdict.to_json())
    if not verdict.ok:
        raise ChainBroken(_("audit trail broken: {problem}").format(problem=verdict.message))
    if not args.json:
        out.write(_("audit trail whole: {entries}").format(entries=ngettext(
            "{n} entry", "{n} entries", verdict.entries).format(n=verdict.entries)) + "\n")
    return 0


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `audit` to the command line."""
    audit = commands.add_parser(
        "audit", help=_("list audit entries (managers, administrators); "
                        "'audit verify' checks the hash chain"))
    common(audit, top=False)
    audit.add_argument("what", nargs="?", choices=("verify",), metavar="verify",
                       help=_("check that no entry was changed, deleted, inserted or reordered "
                              "(exit 1 naming the first that was)"))
    audit.add_argument("--expect", dest="anchor", metavar="HASH",
                       help=_("with verify: an entry's hash noted earlier (head_hash of "
                              "'audit verify --json') that the trail must still hold"))
    audit.add_argument("--booking", metavar="ID", help=_("only the entries of this booking"))
    audit.add_argument("--actor", dest="by", metavar="USER",
                       help=_("only what this account did"))
    audit.add_argument("--from", dest="start", metavar="D",
                       help=_("from this day or moment"))
    audit.add_argument("--to", dest="end", metavar="D", help=_("up to this day or moment"))
    audit.add_argument("--limit", metavar="N",
                       help=_("the newest N entries, shown oldest first (default 200; 0 for all)"))
    audit.set_defaults(handler=cmd_audit)
