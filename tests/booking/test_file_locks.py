"""Opening the store never drops the process's SQLite file locks (POSIX lock pitfall).

POSIX advisory locks belong to the process and vanish when *any* descriptor of the file is
closed. If Ruang opened the database file itself (say, to read its header) while a SQLite
connection in the same process had it open, another process closing its last connection could
think it was alone, checkpoint and delete the WAL, and later commits would be lost.
"""

import os
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine, text

from booking.store.db import make_engine, write_session
from booking.store.quickread import QuickReader

ROOT = Path(__file__).resolve().parents[2]

OTHER_DESK = (
    "import sqlite3, sys\n"
    "c = sqlite3.connect(sys.argv[1])\n"
    "c.execute('PRAGMA journal_mode=WAL')\n"
    "c.execute('SELECT count(*) FROM booking').fetchone()\n"
    "c.close()\n"
)


def test_another_process_closing_never_deletes_our_wal(file_engine: Engine,
                                                       db_file: Path) -> None:
    file_engine.dispose()
    reader = QuickReader.open(str(db_file))  # the window's first-paint reader
    assert reader is not None
    engine = make_engine(db_file)  # the services, opened while the reader is open
    try:
        with write_session(engine) as session:
            session.execute(text("INSERT INTO organization (name, kind, country) "
                                 "VALUES ('Before', 'client', 'ID')"))
        wal = Path(f"{db_file}-wal")
        assert wal.exists()
        subprocess.run([sys.executable, "-c", OTHER_DESK, str(db_file)], check=True,
                       cwd=ROOT, env={**os.environ}, timeout=60)
        assert wal.exists(), "the other process deleted the WAL we are still using"
        with write_session(engine) as session:
            session.execute(text("INSERT INTO organization (name, kind, country) "
                                 "VALUES ('After', 'client', 'ID')"))
        seen = subprocess.run(
            [sys.executable, "-c",
             "import sqlite3, sys; c = sqlite3.connect(sys.argv[1]); print(c.execute("
             "\"SELECT count(*) FROM organization WHERE name IN ('Before', 'After')\")"
             ".fetchone()[0])", str(db_file)],
            check=True, capture_output=True, text=True, cwd=ROOT, timeout=60)
        assert seen.stdout.strip() == "2"
    finally:
        engine.dispose()
        reader.close()
