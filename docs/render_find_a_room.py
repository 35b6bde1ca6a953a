"""Render docs/find-a-room.png: the Find a room panel for a walk-in of four, at 08:00 on
Tuesday 1 December 2026, with a few rooms already taken.  Run: uv run python docs/render_find_a_room.py"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database  # noqa: E402
from ui.find_room import FindRoomPanel  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=WIB)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        initialize_database(path, now=lambda: NOW)
        services = Services.open(path, now=lambda: NOW)
        try:
            for room, start, end in (("KAWI", 8, 10), ("WELIRANG", 10, 11), ("BROMO", 12, 13)):
                services.bookings.book(actor="frontdesk", room=room, title="Meeting",
                                       start=NOW.replace(hour=start), end=NOW.replace(hour=end))
            panel = FindRoomPanel(services=services, now=NOW)
            panel.seats_spin.setValue(4)
            panel.show()
            app.processEvents()
            target = Path(__file__).resolve().parent / "find-a-room.png"
            panel.grab().save(str(target))
            panel.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
