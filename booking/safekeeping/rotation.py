"""Automatic daily backups and their rotation: keep the newest of each of the last N days
and of each of the last M weeks before them (settings backup-daily-keep, backup-weekly-keep).
Rotation only ever removes automatic backups, and never the only one."""

import os
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from booking.safekeeping.copies import (
    AUTOMATIC,
    BackupInfo,
    Progress,
    backup_folder,
    backup_now,
    list_backups,
)
from booking.store.db import sqlite_file
from booking.timeutil import local

DAY = timedelta(days=1)
# RUANG_AUTO_BACKUP=0 turns the automatic daily backup off (the tests do).
AUTO_VARIABLE = "RUANG_AUTO_BACKUP"


def automatic_backups_on() -> bool:
    """Whether commands and the window take the daily backup (RUANG_AUTO_BACKUP, default on)."""
    return os.environ.get(AUTO_VARIABLE, "1").strip().lower() not in {"0", "no", "off", "false"}


def to_keep(backups: list[BackupInfo], *, daily: int, weekly: int) -> set[Path]:
    """The automatic backups rotation keeps: the newest of each of the `daily` newest days,
    then the newest of each of the `weekly` newest weeks older than those days."""
    newest_first = sorted(backups, key=lambda info: info.taken, reverse=True)
    keep: list[BackupInfo] = []
    days: set[date] = set()
    weeks: set[tuple[int, int]] = set()
    for info in newest_first:
        day = local(info.taken).date()
        if day in days:
            continue
        if len(days) < daily:
            days.add(day)
            keep.append(info)
            continue
        year, week, _weekday = day.isocalendar()
        if (year, week) not in weeks and len(weeks) < weekly:
            weeks.add((year, week))
            keep.append(info)
    if not keep and newest_first:
        keep.append(newest_first[0])  # never the only backup
    return {info.path for info in keep}


def rotate(folder: Path, *, daily: int, weekly: int) -> list[Path]:
    """Remove the automatic backups rotation does not keep; returns what it removed."""
    automatic = [info for info in list_backups(folder) if info.kind == AUTOMATIC]
    keep = to_keep(automatic, daily=daily, weekly=weekly)
    removed = []
    for info in automatic:
        if info.path not in keep:
            info.path.unlink(missing_ok=True)
            removed.append(info.path)
    return removed


def backup_due(engine: Engine, now: datetime) -> bool:
    """Whether the newest backup of a database file is older than a day (or there is none).
    A server's database gets no automatic backup: every desk would dump the whole database
    into its own folder each day; a site schedules one `backup` (or pg_dump on the server)."""
    if sqlite_file(engine) is None:
        return False
    backups = list_backups(backup_folder(engine))
    return not backups or now - backups[0].taken >= DAY


def daily_backup(engine: Engine, *, now: Callable[[], datetime], daily: int, weekly: int,
                 progress: Progress | None = None) -> BackupInfo | None:
    """Take the automatic backup when one is due, then rotate; None when none was due."""
    if not backup_due(engine, now()):
        return None
    taken = backup_now(engine, now=now(), kind=AUTOMATIC, progress=progress)
    rotate(backup_folder(engine), daily=daily, weekly=weekly)
    return taken
