"""What every command shares: the acting account, the services it runs on, JSON output."""

import argparse
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime, time, timedelta
from typing import TYPE_CHECKING, TextIO

from booking.cli.passwords import PASSWORD_VARIABLE, Prompt, read_password_file
from booking.errors import BadInput, NotPermitted
from booking.i18n import N_, _, day_text, number_text
from booking.timeutil import BUILDING_TZ, is_day, local, parse_day, parse_instant, utc_now

log = logging.getLogger("ruang")

if TYPE_CHECKING:
    from booking.accounts import AccountService
    from booking.services import Services

DEFAULT_ACTOR = "frontdesk"
# Ids are SQLite integers; numbers a person types are bounded well inside 64 bits.
MAX_ID = 2**63 - 1
MAX_NUMBER = 10**9

# The records an id names, as a message says them ("there is no closure #12").
RECORD_NAMES = {"booking": N_("booking"), "event": N_("event"), "closure": N_("closure"),
                "term": N_("term"), "series": N_("series")}


def _digits(text: str) -> bool:
    """Plain ASCII digits only: '²' and '١' pass str.isdigit() but are no number to type."""
    return text.isascii() and text.isdigit()


def record_id(text: str, *, what: str = "booking") -> int:
    """An id as typed (12 or #12); one past 64 bits names no record."""
    raw = text.strip().lstrip("#")
    named = _(RECORD_NAMES[what]) if what in RECORD_NAMES else what
    if not _digits(raw):
        raise BadInput(_("{what} id '{text}' is not a number").format(what=named, text=text))
    number = int(raw)
    if not 1 <= number <= MAX_ID:
        raise BadInput(_("there is no {what} #{id}").format(what=named, id=raw))
    return number


def whole_number(text: str) -> int:
    """An argparse type for counts and minutes: a plain whole number, 0 to a billion."""
    raw = text.strip()
    if not _digits(raw) or len(raw) > 10 or int(raw) > MAX_NUMBER:
        raise argparse.ArgumentTypeError(
            _("'{text}' is not a whole number from 0 to {most}").format(
                text=text, most=number_text(MAX_NUMBER)))
    return int(raw)


def moment_text(value: datetime) -> str:
    """A moment in the building's time, its day in the language shown: 'Sel 15 Des 2026 14:00'."""
    at = local(value)
    return f"{day_text(at.date())} {at:%H:%M}"


def span_text(start: datetime, end: datetime) -> str:
    """A span: 'Tue 15 Dec 2026 09:00–10:30', or both days when it crosses midnight."""
    first, last = local(start), local(end)
    if first.date() == last.date():
        return f"{moment_text(first)}–{last:%H:%M}"
    return f"{moment_text(first)} – {moment_text(last)}"


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


def instant_of(args: argparse.Namespace, text: str, *, what: str) -> datetime:
    """A moment as a person types it (ISO 8601, `now`, `14:00`, `tomorrow 09:00`), read
    against the command's clock."""
    return parse_instant(text, now=clock_of(args)(), what=what)


def day_of(args: argparse.Namespace, text: str, *, what: str) -> date:
    """A day as a person types it (ISO 8601, `today`, `tomorrow`), read against the
    command's clock."""
    return parse_day(text, now=clock_of(args)(), what=what)


def period_start(args: argparse.Namespace, text: str | None, *, what: str = "--from"
                 ) -> datetime | None:
    """Where a listing's --from begins: a day at its first moment, else the moment typed."""
    if text is None:
        return None
    if not is_day(text):
        return instant_of(args, text, what=what)
    return datetime.combine(day_of(args, text, what=what), time(0), tzinfo=BUILDING_TZ)


def period_end(args: argparse.Namespace, text: str | None, *, what: str = "--to"
               ) -> datetime | None:
    """Where a listing's --to ends: a day through its end, else the moment typed."""
    if text is None:
        return None
    if not is_day(text):
        return instant_of(args, text, what=what)
    return datetime.combine(day_of(args, text, what=what) + timedelta(days=1), time(0),
                            tzinfo=BUILDING_TZ)


def today_start(now: datetime) -> datetime:
    """The first moment of the building's day at `now`."""
    return datetime.combine(local(now).date(), time(0), tzinfo=BUILDING_TZ)


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
            err.write(_("warning: {message}").format(message=notice) + "\n")
        sign_in(args, services.accounts)
        yield services
        if getattr(args, "handler", None) is not None:
            automatic_backup(services)


def automatic_backup(services: "Services") -> None:
    """The automatic daily backup, after a command's work: never its failure."""
    try:
        services.automatic_backup()
    except Exception:  # noqa: BLE001 - a missed automatic backup must not fail the command
        log.warning("automatic backup failed", exc_info=True)


def given_password(args: argparse.Namespace) -> str | None:
    """The acting account's password as the command was given it: --password-file, else
    RUANG_PASSWORD, else none."""
    path = getattr(args, "password_file", None)
    if path:
        return read_password_file(path)
    return os.environ.get(PASSWORD_VARIABLE) or None


def sign_in(args: argparse.Namespace, accounts: "AccountService") -> None:
    """Sign the acting account in, once per command and before its use case: an account with
    a password needs it (--password-file, RUANG_PASSWORD, or typed at a terminal prompt).
    Failures count towards the account's lock like any other sign-in."""
    from booking.accounts import PasswordNeeded

    actor = actor_of(args)
    password = given_password(args)
    try:
        accounts.sign_in(actor, password)
    except PasswordNeeded:
        password = Prompt.ask(_("Password for {user}: ").format(user=actor))
        if password is None:
            raise NotPermitted(_("'{user}' has a password: give --password-file FILE or "
                                 "{variable}").format(user=actor, variable=PASSWORD_VARIABLE)
                               ) from None
        accounts.sign_in(actor, password)
    # Kept for this command only: changing one's own password proves the current one.
    args.acting_password = password


def with_services(args: argparse.Namespace, body: Callable[["Services"], int]) -> int:
    """Run a command's body on the services of --db."""
    with services_for(args) as services:
        return body(services)


def emit_json(out: TextIO, data: object) -> None:
    """Machine-readable output: UTF-8 as it is, indented for people who read it too."""
    json.dump(data, out, ensure_ascii=False, indent=2)
    out.write("\n")
