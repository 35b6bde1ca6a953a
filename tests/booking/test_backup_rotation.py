"""Automatic daily backups: taken when the newest is a day old, rotated to 7 daily and 4
weekly (or as the settings say); manual backups are never rotated, nor the only backup."""

import datetime as dt
from pathlib import Path

from sqlalchemy import Engine

from booking.safekeeping.copies import AUTOMATIC, BackupInfo, list_backups
from booking.safekeeping.rotation import to_keep
from booking.services import Services
from booking.timeutil import BUILDING_TZ, local
from tests.helpers.clock import FakeClock

START = dt.datetime(2026, 9, 1, 7, 30, tzinfo=BUILDING_TZ)


def _days(infos: list[BackupInfo]) -> list[dt.date]:
    return sorted(local(info.taken).date() for info in infos)


def test_sixty_days_of_daily_backups_keep_seven_days_and_four_weeks(
        file_engine: Engine, db_file: Path) -> None:
    clock = FakeClock(START)
    services = Services(file_engine, now=clock, actor="admin")
    for _day in range(60):
        assert services.daily_backup() is not None
        clock.advance(hours=6)
        assert services.daily_backup() is None  # not a day old yet
        clock.advance(hours=18)
    kept = list_backups(db_file.parent / "backups")
    assert all(info.kind == AUTOMATIC for info in kept) and len(kept) == 7 + 4
    last = local(clock() - dt.timedelta(days=1)).date()
    days = _days(kept)
    assert days[-7:] == [last - dt.timedelta(days=n) for n in range(6, -1, -1)]
    weeks = {day.isocalendar()[:2] for day in days[:4]}
    assert len(weeks) == 4 and max(days[:4]) < days[-7]


def test_the_settings_choose_how_many_are_kept(file_engine: Engine, db_file: Path) -> None:
    clock = FakeClock(START)
    services = Services(file_engine, now=clock, actor="admin")
    services.settings.set(actor="admin", key="backup-daily-keep", value=3)
    services.settings.set(actor="admin", key="backup-weekly-keep", value=0)
    for _day in range(10):
        services.daily_backup()
        clock.advance(days=1)
    assert len(list_backups(db_file.parent / "backups")) == 3


def test_manual_backups_are_never_rotated(file_engine: Engine) -> None:
    clock = FakeClock(START)
    services = Services(file_engine, now=clock, actor="manager")
    manual = services.backup()
    for _day in range(20):
        clock.advance(days=1)
        services.daily_backup()
    assert manual.path.exists()


def test_rotation_never_removes_the_only_backup(tmp_path: Path) -> None:
    only = BackupInfo(tmp_path / "r-auto-20260101T000000Z.db", START, 1, 0, AUTOMATIC)
    assert to_keep([only], daily=0, weekly=0) == {only.path}
