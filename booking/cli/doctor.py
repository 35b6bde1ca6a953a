"""Command line for checking the database: `doctor [--json]`, one line per thing wrong."""

import argparse
from collections.abc import Callable
from typing import Any, TextIO

from booking.cli.common import emit_json, services_for
from booking.errors import BookingError

CHECK_NAMES = {"integrity": "integrity", "foreign_keys": "foreign keys", "guards": "guards",
               "span_bound": "span bounds", "occupancy": "occupancy", "overlap": "overlaps",
               "wal": "WAL", "audit": "audit trail"}


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
            out.write(f"{CHECK_NAMES.get(finding.check, finding.check)}: {finding.message}\n")
        if health.ok:
            checked = ", ".join(CHECK_NAMES.get(c, c) for c in health.checks)
            out.write(f"The database is healthy ({checked} checked).\n")
        for note in health.notes:
            out.write(f"{note}\n")
    if not health.ok:
        count = len(health.findings)
        raise Unhealthy(f"the database has {count} problem{'s' if count > 1 else ''}, "
                        "listed on standard output")
    return 0


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `doctor` to the command line."""
    doctor = commands.add_parser("doctor", help="check the database: integrity, foreign keys, "
                                                "guards, occupancy rows, overlaps, WAL, "
                                                "audit trail")
    common(doctor, top=False)
    doctor.set_defaults(handler=cmd_doctor)
