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


def actor_of(args: argparse.Namespace) -> str:
    """The account acting: --as, else RUANG_USER, else the front desk."""
    return str(getattr(args, "actor", None) or os.environ.get("RUANG_USER") or DEFAULT_ACTOR)


def clock_of(args: argparse.Namespace) -> Callable[[], datetime]:
    """The clock the command runs on: the system's, unless the caller of run_command gave one."""
    now: Callable[[], datetime] = getattr(args, "now", None) or utc_now
    return now


@contextmanager
def services_for(args: argparse.Namespace, *, quiet: bool = False) -> Iterator["Services"]:
    """Open --db (creating and upgrading it as needed) for one command, then close it.

    When opening had to put missing database guards back, a one-line warning goes to the
    command's error stream (unless `quiet`: the command reports it itself).
    """
    from booking.services import open_services

    with open_services(args.db, now=clock_of(args), actor=actor_of(args)) as services:
        notice = services.restored_notice
        err: TextIO | None = getattr(args, "err", None)
        if notice and not quiet and err is not None:
            err.write(f"warning: {notice}\n")
        yield services


def with_services(args: argparse.Namespace, body: Callable[["Services"], int]) -> int:
    """Run a command's body on the services of --db."""
    with services_for(args) as services:
        return body(services)


def emit_json(out: TextIO, data: object) -> None:
    """Machine-readable output: UTF-8 as it is, indented for people who read it too."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
