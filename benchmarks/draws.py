"""What the benchmarks draw at random, the same on SQLite and on a server: days across the
demo's history, conflict-check spans, and free future slots to book (seeded, so every run
draws the same sequence)."""

import random
from datetime import date, datetime, timedelta
from typing import Any

from booking.building.demo import WINDOW_DAYS
from booking.timeutil import BUILDING_TZ


class Draws:
    """Random days and spans over the benchmark's bookings, as of `bench_now`."""

    def __init__(self, rooms: list[Any], bench_now: datetime, seed: int = 42) -> None:
        self.rng = random.Random(seed)
        self.rooms = rooms
        self.future_rooms = [r for r in rooms if r.kind in ("focus", "meeting", "boardroom")]
        self.bench_now = bench_now
        self.first_day: date = (bench_now - timedelta(days=WINDOW_DAYS * 20)).date()
        self._taken: set[tuple[int, int]] = set()

    def day(self) -> datetime:
        """Local midnight of a day in the demo's history (and a little beyond)."""
        day = self.first_day + timedelta(days=self.rng.randrange(0, WINDOW_DAYS * 21))
        return datetime.combine(day, datetime.min.time(), tzinfo=BUILDING_TZ)

    def conflict_args(self) -> tuple[int, datetime, datetime]:
        """A room and a one-hour span on some day: what a conflict check asks."""
        room = self.rng.choice(self.rooms)
        start = self.day() + timedelta(hours=self.rng.randrange(8, 19))
        return room.id, start, start + timedelta(hours=1)

    def free_slot(self) -> tuple[Any, datetime]:
        """A bookable room and a whole hour on a weekday past the demo's bookings, never
        drawn before in this run."""
        while True:
            day = self.bench_now.date() + timedelta(
                days=WINDOW_DAYS + 2 + self.rng.randrange(0, 100))
            if day.weekday() >= 5:
                continue
            room = self.rng.choice(self.future_rooms)
            hour = self.rng.randrange(8, 19)
            if (room.id, day.toordinal() * 24 + hour) in self._taken:
                continue
            self._taken.add((room.id, day.toordinal() * 24 + hour))
            return room, datetime.combine(day, datetime.min.time(),
                                          tzinfo=BUILDING_TZ) + timedelta(hours=hour)
