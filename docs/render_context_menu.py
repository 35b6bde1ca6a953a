"""Render docs/context-menu.png: the timeline at 09:50 on Monday 7 December 2026 with the
booking menu open on a meeting whose guests can be checked in.
Run: uv run python docs/render_context_menu.py"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import MemorySettingsStore  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 7, 9, 50, tzinfo=WIB)
BOOKINGS = (
    ("SEMERU", (9, 45), (11, 0), "Sprint review", "Bank Mandiri", 12),
    ("ARJUNO", (10, 0), (12, 0), "Client demo", "GovTech Singapore", 6),
    ("BROMO", (10, 30), (11, 30), "Stand-up", "Kopi Nusantara Digital", 5),
    ("WELIRANG", (11, 0), (12, 0), "Interview", "PT Telkom Indonesia", 3),
    ("KAWI", (9, 30), (10, 30), "Call with Hanoi", "FPT Software", 2),
    ("COM-A", (13, 0), (15, 0), "Mentoring session", "Intern Cohort 2026-A", 30),
)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        # Booked the week before; shown at NOW.
        clock = [NOW.replace(day=1)]
        initialize_database(path, now=lambda: clock[0])
        services = Services.open(path, now=lambda: clock[0])
        try:
            ids = {}
            for room, start, end, title, org, people in BOOKINGS:
                ids[room] = services.bookings.book(
                    actor="frontdesk", room=room, title=title, organization=org,
                    attendees=people, start=NOW.replace(hour=start[0], minute=start[1]),
                    end=NOW.replace(hour=end[0], minute=end[1])).booking.id
            clock[0] = NOW.replace(hour=9, minute=35)
            services.bookings.check_in(actor="frontdesk", booking_id=ids["KAWI"])
            clock[0] = NOW
            window = MainWindow(services=services, settings=MemorySettingsStore())
            window.resize(1100, 560)
            window.show()
            window.set_date(NOW.date())
            window.timeline.scroll_to_time(NOW.replace(hour=8, minute=0))
            window.database_label.setText("Database: ruang.db")
            app.processEvents()
            point = window.timeline.cell_point("SEMERU", NOW.replace(hour=10, minute=15))
            window.timeline.selected_id = ids["SEMERU"]  # as the right-click does
            where = window.timeline.viewport().mapToGlobal(point)
            window.desk.show_menu(ids["SEMERU"], where)
            app.processEvents()
            menu = window.desk.menu
            assert menu is not None
            picture = window.grab()
            painter = QPainter(picture)
            # Where a menu opens: its corner at the pointer (the offscreen screen is too small
            # to hold it there, so it is drawn where a real screen shows it).
            corner = window.timeline.viewport().mapTo(window, point) + QPoint(2, 2)
            painter.drawPixmap(corner, menu.grab())
            painter.end()
            target = Path(__file__).resolve().parent / "context-menu.png"
            picture.save(str(target))
            menu.close()
            window.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
