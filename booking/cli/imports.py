"""What every import command shares: --dry-run / --skip-conflicts and the verdict table.

Apart from booking/cli/exchange.py so that each format's module can use it without an import
circle (exchange.py registers the formats' modules).
"""

import argparse
from typing import TextIO

from booking.cli.common import emit_json
from booking.exchange.incoming import ImportResult, Verdict
from booking.i18n import _, number_text
from booking.timeutil import when


def add_import_options(parser: argparse.ArgumentParser) -> None:
    """--dry-run and --skip-conflicts, the same for every format."""
    parser.add_argument("--dry-run", action="store_true",
                        help=_("check every item and say what would happen; write nothing"))
    parser.add_argument("--skip-conflicts", action="store_true",
                        help=_("book the items that can be booked and leave the others "
                               "(without it: all or nothing)"))


def print_verdicts(result: ImportResult, out: TextIO, *, json: bool) -> int:
    """Print each item's verdict (a table, or JSON) and a summary; return the exit code."""
    if json:
        emit_json(out, result.to_json())
        return result.exit_code
    heads = (_("VERDICT"), _("WHEN"), _("ROOM"), _("ITEM"))
    out.write("{:<10} {:<24} {:<8} {}\n".format(*heads))
    for verdict in result.verdicts:
        item = verdict.item
        out.write(f"{verdict.verdict.word:<10} {when(item.start):<24} "
                  f"{(verdict.room or item.room or '-'):<8} {item.where}: {item.title}\n")
        if verdict.message:
            out.write(f"{'':<10} {verdict.message}\n")
    counts = result.counts()
    summary = ", ".join(f"{verdict.word} {number_text(n)}" for verdict, n in counts.items() if n)
    out.write((summary or _("the file holds no bookings")) + "\n")
    if result.dry_run:
        out.write(_("Dry run: nothing was written.") + "\n")
    elif result.written:
        out.write(_("Imported: {booked} booked or updated, {unchanged} already there.").format(
            booked=number_text(result.booked),
            unchanged=number_text(counts[Verdict.UNCHANGED])) + "\n")
    else:
        out.write(_("Nothing was imported: every item must be fine, or add --skip-conflicts to "
                    "book the others.") + "\n")
    return result.exit_code
