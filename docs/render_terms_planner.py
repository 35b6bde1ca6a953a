"""Render docs/terms-planner.png: the terms planner on the demo data (seed 7), as a manager sees
it at 09:00 on Wednesday 2 December 2026, with four free weeks of P3.07 selected.
Run: uv run python docs/render_terms_planner.py"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QItemSelection, QItemSelectionModel  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database, open_services  # noqa: E402
from ui.manage.terms_planner import TermsPlanner  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 2, 9, 0, tzinfo=WIB)


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        initialize_database(path, now=lambda: NOW)
        with open_services(path, now=lambda: NOW, actor="admin") as admin:
            admin.fill_demo(bookings=None, seed=7)
        services = Services.open(path, now=lambda: NOW, actor="manager")
        try:
            planner = TermsPlanner(services=services)
            # Four free weeks of P3.07, about to be assigned to a team.
            row = next(n for n, room in enumerate(planner.rooms) if room.code == "P3.07")
            model = planner.model
            chosen = QItemSelection(model.index(row, 1), model.index(row, 4))
            planner.table.selectionModel().select(
                chosen, QItemSelectionModel.SelectionFlag.ClearAndSelect)
            planner.show()
            app.processEvents()
            target = Path(__file__).resolve().parent / "terms-planner.png"
            planner.grab().save(str(target))
            planner.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
