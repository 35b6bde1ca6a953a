"""Fixtures for the booking engine: services on a fresh database with a fixed clock."""

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from booking.services import Services
from tests.helpers.clock import FakeClock

WIB = ZoneInfo("Asia/Jakarta")
# A Monday that is no holiday; the clock stands early in the morning before it.
DAY = datetime(2026, 12, 7, tzinfo=WIB)


def at(hour: int, minute: int = 0, *, day: int = 7, month: int = 12) -> datetime:
    """An instant on a local date in December 2026 (default the test Monday)."""
    return datetime(2026, month, day, hour, minute, tzinfo=WIB)


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(datetime(2026, 12, 1, 8, 0, tzinfo=WIB))


@pytest.fixture
def services(memory_engine: Engine, clock: FakeClock) -> Services:
    return Services(memory_engine, now=clock)
