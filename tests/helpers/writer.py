"""A desk that books one slot after another and says so only after each confirmed commit."""

import sys
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from booking.services import Services
from booking.store.db import make_engine
from tests.helpers.clock import FakeClock

WIB = ZoneInfo("Asia/Jakarta")


def main(db: str) -> None:
    services = Services(make_engine(db), now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    start = datetime(2026, 12, 7, 7, tzinfo=WIB)
    for index in range(10_000):
        slot = start + timedelta(days=index // 56, minutes=15 * (index % 56))
        if slot.weekday() == 6:
            continue
        try:
            change = services.bookings.book(actor="frontdesk", room="P2.01", start=slot,
                                            end=slot + timedelta(minutes=15),
                                            title=f"slot {index}")
        except Exception as exc:  # a refused slot (holiday) is skipped; the test sees the rest
            print(f"refused {type(exc).__name__}", flush=True)  # noqa: T201  (the protocol)
            continue
        print(f"confirmed {change.booking.id}", flush=True)  # noqa: T201  (the protocol)


if __name__ == "__main__":
    main(sys.argv[1])
