"""Render the window in both languages into docs/languages/: the day view, the booking dialog,
the floor plan, the hall events tab and the reports tab (as the building manager), on the demo
building at 09:30 on Monday 7 December 2026.
Run: uv run python docs/render_languages.py"""

import os
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from booking.services import Services  # noqa: E402
from main import main as run  # noqa: E402
from ui.booking_dialog import BookingDialog  # noqa: E402
from ui.i18n import Language  # noqa: E402
from ui.main_window import MainWindow  # noqa: E402
from ui.settings import MemorySettingsStore  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 7, 9, 30, tzinfo=WIB)
TARGET = Path(__file__).resolve().parent / "languages"


def _save(widget: QWidget, app: QApplication, name: str) -> None:
    for _ in range(5):
        app.processEvents()
    widget.grab().save(str(TARGET / f"{name}.png"))


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    language = Language.of(app)
    TARGET.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        for argv in (["init"], ["--as", "admin", "demo", "--seed", "7"]):
            assert run(["--db", str(path), *argv], now=lambda: NOW) == 0
        services = Services.open(path, now=lambda: NOW, actor="manager")
        try:
            for code in ("id", "en"):
                language.apply(code)
                window = MainWindow(services=services, settings=MemorySettingsStore())
                window.resize(1366, 768)
                window.show()
                window.set_date(NOW.date())
                window.timeline.scroll_to_time(NOW.replace(hour=8))
                _save(window, app, f"{code}-day-view")
                dialog = BookingDialog(services=services, room="BROMO",
                                       start=NOW.replace(hour=14), end=NOW.replace(hour=15),
                                       parent=window)
                dialog.show()
                _save(dialog, app, f"{code}-booking-dialog")
                dialog.close()
                window.controls.floor_action.trigger()
                _save(window, app, f"{code}-floor-plan")
                window.controls.events_action.trigger()
                _save(window, app, f"{code}-hall-events")
                window.controls.reports_action.trigger()
                view = window.pages.reports_view
                for _ in range(200):  # the figures are read on a worker thread
                    app.processEvents()
                    if view is not None and not view.loader.busy:
                        break
                    time.sleep(0.02)
                _save(window, app, f"{code}-reports")
                window.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
