"""What every command shares: the acting account, the services it runs on, JSON output."""

import argparse
import json
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from booking.timeutil import utc_now

if TYPE_CHECKING:
    from booking.services import Services

DEFAULT_ACTOR = "frontdesk"


def add_force_option(parser: argparse.ArgumentParser, *, top: bool) -> None:
    """--force, a global option that commands writing a file also take after their name."""
    parser.add_argument("--force", action="store_true",
                        default=False if top else argparse.SUPPRESS,
                        help="replace an output file that already exists (never the database, "
                             "its files or its backups)")


def force_of(args: argparse.Namespace) -> bool:
    """Whether the person allowed replacing an existing output file (--force)."""
    return bool(getattr(args, "force", False))


def actor_of(args: argparse.Namespace) -> str:
    """The account acting: --as, else RUANG_USER, else the front desk."""
    return str(getattr(args, "actor", None) or os.environ.get("RUANG_USER") or DEFAULT_ACTOR)


def clock_of(args: argparse.Namespace) -> Callable[[], datetime]:
    """The clock the command runs on: the system's, unless the caller of run_command gave one."""
    now: Callable[[], datetime] = getattr(args, "now", None) or utc_now
    return now


@contextmanager
def services_for(args: argparse.Namespace) -> Iterator["Services"]:
    """Open --db (creating and upgrading it as needed) for one command, then close it."""
    from booking.services import open_services

    with open_services(args.db, now=clock_of(args), actor=actor_of(args)) as services:
        yield services


def with_services(args: argparse.Namespace, body: Callable[["Services"], int]) -> int:
    """Run a command's body on the services of --db."""
    with services_for(args) as services:
        return body(services)


def emit_json(out: TextIO, data: object) -> None:
    """Machine-readable output: UTF-8 as it is, indented for people who read it too."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
