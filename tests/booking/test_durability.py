"""A killed process loses nothing it confirmed and leaves a valid database."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

ROOT = Path(__file__).resolve().parents[2]


def test_kill_9_mid_stream_keeps_every_confirmed_booking(file_engine: Engine,
                                                         db_file: Path) -> None:
    file_engine.dispose()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    writer = subprocess.Popen([sys.executable, "-m", "tests.helpers.writer", str(db_file)],
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
    with sqlite3.connect(db_file) as db:
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
