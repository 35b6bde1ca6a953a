"""Command line for checking the database: `doctor [--json]`, one line per thing wrong."""

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from booking.cli.common import emit_json, services_for
from booking.errors import BookingError
from booking.i18n import N_, _, ngettext

CHECK_NAMES = {"integrity": N_("integrity"), "foreign_keys": N_("foreign keys"),
               "guards": N_("guards"), "span_bound": N_("span bounds"),
               "occupancy": N_("occupancy"), "overlap": N_("overlaps"), "wal": N_("WAL"),
               "audit": N_("audit trail")}


def check_name(check: str) -> str:
    """A check's name in the language spoken (an unknown check keeps its code)."""
    return _(CHECK_NAMES[check]) if check in CHECK_NAMES else check


class Unhealthy(BookingError):
    """The database has problems; the findings are the command's output."""

    exit_code = 1


def cmd_doctor(args: argparse.Namespace, out: TextIO) -> int:
    # Quiet: guards put back on opening are findings of this report, not a warning beside it.
    with services_for(args, quiet=True) as services:
        health = services.doctor()
    if args.json:
        emit_json(out, health.to_json())
    else:
        for finding in health.findings:
            out.write(f"{check_name(finding.check)}: {finding.message}\n")
        if health.ok:
            checked = ", ".join(check_name(c) for c in health.checks)
            out.write(_("The database is healthy ({checks} checked).").format(checks=checked)
                      + "\n")
        for note in health.notes:
            out.write(f"{note}\n")
    if not health.ok:
        count = len(health.findings)
        raise Unhealthy(ngettext("the database has {n} problem, listed on standard output",
                                 "the database has {n} problems, listed on standard output",
                                 count).format(n=count))
    return 0


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `doctor` to the command line."""
    doctor = commands.add_parser("doctor", help=_("check the database: integrity, foreign keys, "
                                                  "guards, occupancy rows, overlaps, WAL, "
                                                  "audit trail"))
    common(doctor, top=False)
    doctor.set_defaults(handler=cmd_doctor)
