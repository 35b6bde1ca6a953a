"""Backups on the command line: `backup`, `backups`, `restore`, and `migrate-to` a server."""

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any, TextIO

from booking.cli.common import (
    actor_of,
    clock_of,
    emit_json,
    force_of,
    moment_text,
    services_for,
    sign_in,
)
from booking.i18n import _, ngettext, number_text


def size_text(size: int) -> str:
    """A file size for people: 512 KB, 3.4 MB."""
    if size < 1024 * 1024:
        return _("{size} KB").format(size=number_text(max(1, round(size / 1024))))
    return _("{size} MB").format(size=number_text(round(size / 1024 / 1024, 1)))


def register(commands: Any, common: Callable[..., None]) -> None:
    """Add `backup`, `backups` and `restore`."""
    backup = commands.add_parser("backup", help=_("back the database up now (managers)"))
    common(backup, top=False)
    backup.add_argument("--out", type=Path, metavar="FILE",
                        help=_("the backup file (default: the backups folder beside the "
                               "database, named with the time; for a server's database, in "
                               "this computer's data folder)"))
    backup.add_argument("--force", action="store_true", default=argparse.SUPPRESS,
                        help=_("replace FILE if it exists (never the database or its files)"))
    backup.set_defaults(handler=cmd_backup)

    listing = commands.add_parser("backups", help=_("list the database's backups (managers)"))
    common(listing, top=False)
    listing.set_defaults(handler=cmd_backups)

    restore = commands.add_parser(
        "restore", help=_("verify a backup and, with --force, put it in place of the database "
                          "(administrators)"))
    common(restore, top=False)
    restore.add_argument("file", type=Path, metavar="FILE", help=_("the backup to restore"))
    restore.add_argument("--force", action="store_true", default=argparse.SUPPRESS,
                         help=_("really replace the database (without it: only verify)"))
    restore.set_defaults(handler=cmd_restore)

    moving = commands.add_parser(
        "migrate-to", help=_("copy the whole database into an empty PostgreSQL database "
                             "(administrators)"))
    common(moving, top=False)
    moving.add_argument("url", metavar="URL",
                        help=_("the server's database, e.g. postgresql://ruang@dbserver/ruang"))
    moving.set_defaults(handler=cmd_migrate_to)


def cmd_backup(args: argparse.Namespace, out: TextIO) -> int:
    with services_for(args) as services:
        info = services.backup(out=args.out, force=force_of(args))
    if args.json:
        emit_json(out, {"file": str(info.path), "size": info.size, "bookings": info.bookings})
        return 0
    out.write(_("Backed up to {file} ({size}, {bookings}).").format(
        file=info.path, size=size_text(info.size),
        bookings=ngettext("{n} booking", "{n} bookings", info.bookings or 0).format(
            n=number_text(info.bookings or 0))) + "\n")
    return 0


def cmd_backups(args: argparse.Namespace, out: TextIO) -> int:
    with services_for(args) as services:
        found = services.backups()
    if args.json:
        emit_json(out, [info.to_json() for info in found])
        return 0
    if not found:
        out.write(_("No backups yet.") + "\n")
        return 0
    heads = (_("TAKEN"), _("SIZE"), _("BOOKINGS"), _("FILE"))
    out.write("{:<22} {:>9} {:>8}  {}\n".format(*heads))
    for info in found:
        bookings = "?" if info.bookings is None else number_text(info.bookings)
        out.write(f"{moment_text(info.taken):<22} {size_text(info.size):>9} {bookings:>8}  "
                  f"{info.path}\n")
    return 0


def cmd_restore(args: argparse.Namespace, out: TextIO) -> int:
    force = force_of(args)
    from booking.services import Services, unopenable_database

    damaged = unopenable_database(args.db, now=clock_of(args)) if force else None
    if damaged is not None:
        result = Services.restore_unopenable(
            damaged, args.file, now=clock_of(args), actor=actor_of(args),
            sign_in=lambda accounts: sign_in(args, accounts))
        check = result.check
    else:
        with services_for(args) as services:
            if not force:
                check = services.check_backup(args.file)
            else:
                result = services.restore(args.file)
                check = result.check
    if args.json:
        emit_json(out, result.to_json() if force else {**check.to_json(), "restored": False})
        return 0
    bookings = ngettext("{n} booking", "{n} bookings", check.bookings).format(
        n=number_text(check.bookings))
    if not force and not check.chain_verified:
        out.write(_("{file} is a good server backup: schema {schema}, {bookings}, audit "
                    "trail of {entries} entries (verified as it is restored). Nothing was "
                    "changed; add --force to restore it.").format(
                        file=check.path, schema=check.revision, bookings=bookings,
                        entries=number_text(check.audit_entries)) + "\n")
        return 0
    if not force:
        out.write(_("{file} is a good backup: schema {schema}, {bookings}, audit trail of "
                    "{entries} entries verified. Nothing was changed; add --force to restore "
                    "it.").format(file=check.path, schema=check.revision, bookings=bookings,
                                  entries=number_text(check.audit_entries)) + "\n")
        return 0
    previous = getattr(result.previous, "path", result.previous)
    out.write(_("Restored {file} ({bookings}); the database as it was is kept in {previous}.")
              .format(file=check.path, bookings=bookings, previous=previous) + "\n")
    return 0


def cmd_migrate_to(args: argparse.Namespace, out: TextIO) -> int:
    err: TextIO | None = None if args.json else getattr(args, "err", None)
    shown: dict[str, int] = {}  # per table, the hundred thousands said so far

    def progress(table: str, done: int, total: int) -> None:
        if err is None:
            return
        if done >= total and shown.get(table) != -1:
            shown[table] = -1
            err.write(_("{table}: {rows} copied").format(
                table=table, rows=ngettext("{n} row", "{n} rows", total).format(
                    n=number_text(total))) + "\n")
        elif done < total and done // 100_000 > shown.get(table, 0):
            shown[table] = done // 100_000
            err.write(_("{table}: {done} of {total} rows…").format(
                table=table, done=number_text(done), total=number_text(total)) + "\n")

    with services_for(args) as services:
        result = services.migrate_to(args.url, progress=progress)
    if args.json:
        emit_json(out, result.to_json())
        return 0
    out.write(_("Copied to {target}: {bookings}, {tables} tables, every count the same on "
                "both sides; audit trail of {entries} entries verified there. Point the "
                "desks at it with --db or RUANG_DB.").format(
                    target=result.target,
                    bookings=ngettext("{n} booking", "{n} bookings", result.bookings).format(
                        n=number_text(result.bookings)),
                    tables=len(result.tables), entries=number_text(result.audit_entries))
              + "\n")
    return 0
