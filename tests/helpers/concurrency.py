"""Worker processes that race to book the same slots through the real services."""

from datetime import datetime, timedelta
from multiprocessing.queues import Queue
from multiprocessing.synchronize import Barrier
from zoneinfo import ZoneInfo

from booking.errors import ConflictError
from booking.services import Services
from booking.store.db import make_engine
from tests.helpers.clock import FakeClock

WIB = ZoneInfo("Asia/Jakarta")
FIRST_SLOT = datetime(2026, 12, 8, 7, 0, tzinfo=WIB)  # a Tuesday, no holiday


def race(db_path: str, worker: int, rounds: int, barrier: Barrier) -> list[str]:
    """Book round r's slot once per round; report 'won', 'conflict' or the error text."""
    engine = make_engine(db_path)
    services = Services(engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    outcomes = []
    try:
        for round_no in range(rounds):
            start = FIRST_SLOT + timedelta(minutes=15 * round_no)
            barrier.wait(timeout=120)
            try:
                services.bookings.book(actor="frontdesk", room="P2.01", start=start,
                                       end=start + timedelta(minutes=15),
                                       title=f"worker {worker} round {round_no}")
                outcomes.append("won")
            except ConflictError:
                outcomes.append("conflict")
            except Exception as exc:  # reported back: the test fails on any of these
                outcomes.append(f"{type(exc).__name__}: {exc}")
    finally:
        engine.dispose()
    return outcomes


def run_worker(db_path: str, worker: int, rounds: int, barrier: Barrier,
               results: "Queue[tuple[int, list[str]]]") -> None:
    """Process entry point: race, then hand the outcomes back."""
    try:
        outcomes = race(db_path, worker, rounds, barrier)
    except Exception as exc:
        outcomes = [f"worker failed: {type(exc).__name__}: {exc}"]
        barrier.abort()
    results.put((worker, outcomes))


def run_series_worker(db_path: str, worker: int, barrier: Barrier,
                      results: "Queue[tuple[int, list[str]]]") -> None:
    """Create a weekly series on the same slot as the other workers, at the same moment."""
    engine = make_engine(db_path)
    services = Services(engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    try:
        barrier.wait(timeout=120)
        services.series.create(actor="frontdesk", room="P2.02", start=FIRST_SLOT,
                               end=FIRST_SLOT + timedelta(hours=2),
                               rule="FREQ=WEEKLY;COUNT=8", title=f"worker {worker}")
        outcome = ["won"]
    except ConflictError:
        outcome = ["conflict"]
    except Exception as exc:
        outcome = [f"{type(exc).__name__}: {exc}"]
    finally:
        engine.dispose()
    results.put((worker, outcome))


def run_writer(db_path: str, worker: int, rounds: int, barrier: Barrier,
               results: "Queue[tuple[int, list[str]]]") -> None:
    """Book a room of this worker's own, round after round, while the others do the same: every
    booking succeeds and each appends to the one audit chain."""
    engine = make_engine(db_path)
    services = Services(engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=WIB)))
    outcomes = []
    try:
        barrier.wait(timeout=120)
        for round_no in range(rounds):
            start = FIRST_SLOT + timedelta(minutes=15 * round_no)
            try:
                services.bookings.book(actor="frontdesk", room=f"P2.0{worker + 1}", start=start,
                                       end=start + timedelta(minutes=15),
                                       title=f"worker {worker} round {round_no}")
                outcomes.append("won")
            except Exception as exc:  # reported back: the test fails on any of these
                outcomes.append(f"{type(exc).__name__}: {exc}")
    finally:
        engine.dispose()
    results.put((worker, outcomes))
