"""Render docs/series-editor.png: the series editor on a demo database, opened from the third
date of a weekly stand-up whose fourth date was moved on its own, with a new start time
judged date by date.  Run: uv run python docs/render_series_editor.py"""

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database  # noqa: E402
from ui.dialog.widgets import select_minutes  # noqa: E402
from ui.series_editor import SeriesEditor  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=WIB)
# Monday 1 February 2027, 16:00: past the busiest of the demo's two months ahead.
FIRST = datetime(2027, 2, 1, 16, 0, tzinfo=WIB)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        initialize_database(path, now=lambda: NOW)
        services = Services.open(path, now=lambda: NOW)
        try:
            services.fill_demo(bookings=None, seed=7)
            outcome = services.series.create(
                actor="frontdesk", room="SEMERU", start=FIRST, end=FIRST + timedelta(hours=1),
                rule="FREQ=WEEKLY;BYDAY=MO;COUNT=8", title="Client weekly review",
                organization="Bank Mandiri", attendees=8, skip_conflicts=True)
            series_id = outcome.series_id or 0
            # A client call already holds Semeru at the new time on one of the dates.
            clash = FIRST + timedelta(weeks=4)
            services.bookings.book(actor="frontdesk", room="SEMERU", title="Client call",
                                   start=clash.replace(hour=10), end=clash.replace(hour=11))
            info = services.series.show(series_id)
            third, fourth = info.occurrences[2], info.occurrences[3]
            services.bookings.move(actor="frontdesk", booking_id=fourth.id,
                                   start=fourth.start + timedelta(hours=-1),
                                   end=fourth.end + timedelta(hours=-1))
            editor = SeriesEditor(services=services, booking=services.booking(third.id))
            select_minutes(editor.start_combo, 10 * 60)
            editor.check_now()
            editor.show()
            app.processEvents()
            target = Path(__file__).resolve().parent / "series-editor.png"
            editor.grab().save(str(target))
            editor.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
