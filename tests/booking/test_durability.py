"""A killed process loses nothing it confirmed and leaves a valid database."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import Engine

from tests.helpers.backends import Backend

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_kill_9_mid_stream_keeps_every_confirmed_booking(backend: Backend) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-m", "tests.helpers.writer", backend.target],
                              cwd=ROOT, env=env, stdout=subprocess.PIPE, text=True)
    confirmed: list[int] = []
    assert writer.stdout is not None
    for line in writer.stdout:
        if line.startswith("confirmed "):
            confirmed.append(int(line.split()[1]))
        if len(confirmed) >= 60:
            break
    writer.send_signal(signal.SIGKILL)  # mid-stream, possibly inside a transaction
    writer.wait(timeout=30)
    assert writer.returncode == -signal.SIGKILL
    db = backend.shell()
    try:
        if backend.sqlite:
            assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        stored = {row[0] for row in db.execute("SELECT id FROM booking")}
        assert set(confirmed) <= stored
        # The occupancy guard's table agrees with the bookings, and nothing overlaps.
        assert db.execute(
            "SELECT count(*) FROM booking b WHERE b.status IN ('tentative','confirmed',"
            "'checked_in') AND NOT EXISTS (SELECT 1 FROM occupancy o "
            "WHERE o.booking_id = b.id)").fetchone()[0] == 0
        assert db.execute(
            "SELECT count(*) FROM occupancy a JOIN occupancy b ON a.space_id = b.space_id "
            "AND a.id < b.id AND a.start_at < b.end_at AND b.start_at < a.end_at"
        ).fetchone()[0] == 0
        audited = {row[0] for row in db.execute(
            "SELECT entity_id FROM audit_entry WHERE action = 'booking.created'")}
        assert stored <= audited  # every booking on disk has its audit entry
    finally:
        db.close()


def test_a_full_disk_refuses_clearly_and_keeps_the_database_valid(memory_engine: Engine
                                                                  ) -> None:
    from datetime import datetime
    from zoneinfo import ZoneInfo

    import pytest
    from sqlalchemy import text

    from booking.errors import StorageFull
    from booking.services import Services
    from tests.helpers.clock import FakeClock

    wib = ZoneInfo("Asia/Jakarta")
    services = Services(memory_engine, now=FakeClock(datetime(2026, 12, 1, 8, tzinfo=wib)))
    kept = services.bookings.book(actor="frontdesk", room="P2.01",
                                  start=datetime(2026, 12, 7, 9, tzinfo=wib),
                                  end=datetime(2026, 12, 7, 10, tzinfo=wib), title="Kept")
    with memory_engine.connect() as connection:  # the one pooled connection: cap its file
        pages = connection.exec_driver_sql("PRAGMA page_count").scalar()
        connection.exec_driver_sql(f"PRAGMA max_page_count = {pages}")
    with pytest.raises(StorageFull, match="disk holding the database is full"):
        for hour in range(7, 21):
            services.bookings.book(actor="frontdesk", room="P2.02",
                                   start=datetime(2026, 12, 7, hour, tzinfo=wib),
                                   end=datetime(2026, 12, 7, hour, 30, tzinfo=wib),
                                   title="x" * 190, notes="n" * 3000)
    with memory_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.execute(text("SELECT title FROM booking WHERE id = :id"),
                                  {"id": kept.booking.id}).scalar() == "Kept"
        # Whatever got in before the disk filled is whole: each booking has its occupancy
        # and its audit entry.
        assert connection.execute(text(
            "SELECT count(*) FROM booking b WHERE NOT EXISTS (SELECT 1 FROM occupancy o "
            "WHERE o.booking_id = b.id) OR NOT EXISTS (SELECT 1 FROM audit_entry a "
            "WHERE a.entity = 'booking' AND a.entity_id = b.id)")).scalar() == 0
