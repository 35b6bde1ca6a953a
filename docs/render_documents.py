"""Render docs/documents/*.png: first pages of the printed papers at 70 dpi, on the demo data of
Tuesday 8 December 2026: the day sheet, a confirmation, an event sheet and a room-loan letter,
each in Indonesian (-id), English (-en) and both side by side (-both).
Run: uv run python docs/render_documents.py"""

import os
import sys
import tempfile
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QSize  # noqa: E402
from PySide6.QtGui import QColor, QPainter  # noqa: E402
from PySide6.QtPdf import QPdfDocument  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services, initialize_database  # noqa: E402
from ui.confirmation import write_confirmation  # noqa: E402
from ui.day_sheet import write_day_sheet  # noqa: E402
from ui.event_sheet import write_event_sheet  # noqa: E402
from ui.loan_letter import write_loan_letter  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
NOW = datetime(2026, 12, 1, 8, 0, tzinfo=WIB)
DAY = datetime(2026, 12, 8, tzinfo=WIB)
TARGET = Path(__file__).resolve().parent / "documents"
DPI = 70


def first_page_png(pdf: Path, png: Path) -> None:
    """The PDF's first page as a PNG at DPI, on white."""
    document = QPdfDocument()
    document.load(str(pdf))
    points = document.pagePointSize(0)
    size = QSize(round(points.width() * DPI / 72), round(points.height() * DPI / 72))
    image = document.render(0, size)
    page = image.copy()
    page.fill(QColor("white"))
    painter = QPainter(page)
    painter.drawImage(0, 0, image)
    painter.end()
    page.save(str(png))
    document.close()


def hall_launch(services: Services) -> int:
    """A hall event with equipment on the first day of the demo week Hall A is free, approved
    by a manager with a name."""
    from booking.errors import BookingError

    services.accounts.add(actor="admin", username="ratna", role="manager",
                          display_name="Ratna Kusuma")
    for days in range(7, 28):
        day = NOW + timedelta(days=days)
        try:
            event = services.events.request(
                actor="admin", hall="HALL-A", start=day.replace(hour=9),
                end=day.replace(hour=16, minute=30), title="Peluncuran Tani Cerdas 2.0",
                layout="theatre", attendees=120, setup_min=90, teardown_min=45,
                equipment={"livestream_kit": 1, "microphone": 4, "projector": 1},
                catering="Coffee break at 10:00, lunch boxes (halal)",
                organizer="Dewi Lestari", organization="Tani Cerdas",
                contact_name="Andi (AV crew)", contact_phone="0812 3456 7890",
                public=True).event
        except BookingError:
            continue
        services.events.approve(actor="ratna", event_id=event.id)
        return event.id
    raise SystemExit("no free day for the sample hall event")


def main() -> None:
    QApplication.instance() or QApplication(sys.argv)
    TARGET.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        initialize_database(path, now=lambda: NOW)
        services = Services.open(path, now=lambda: NOW, actor="admin")
        pdf = Path(folder) / "paper.pdf"
        try:
            services.fill_demo(bookings=None, seed=7)
            event_id = hall_launch(services)
            meeting = next(b for b in services.list_bookings(start=DAY.replace(hour=8),
                                                             end=DAY.replace(hour=18))
                           if b.room == "KAWI" and b.status == "confirmed")
            writers = {
                "day-sheet": lambda lang: write_day_sheet(services, DAY.date(), pdf,
                                                          language=lang, force=True),
                "confirmation": lambda lang: write_confirmation(services, meeting.id, pdf,
                                                                language=lang, force=True),
                "event-sheet": lambda lang: write_event_sheet(services, event_id, pdf,
                                                              language=lang, force=True),
                "letter": lambda lang: write_loan_letter(services, event_id, pdf,
                                                         language=lang, force=True),
            }
            papers = {f"{name}-{lang}": (lambda w=write, lang=lang: w(lang))
                      for name, write in writers.items() for lang in ("id", "en", "both")}
            for name, write in papers.items():
                write()
                first_page_png(pdf, TARGET / f"{name}.png")
        finally:
            services.close()


if __name__ == "__main__":
    main()
