"""Render the room-door display into docs/: free (docs/door-free.png), busy (docs/door-busy.png)
and a check-in due (docs/door-check-in.png), for meeting room Kawi on Monday 7 December 2026.
Run: uv run python docs/render_door.py"""

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import QApplication  # noqa: E402

from booking.services import Services  # noqa: E402
from main import main as run  # noqa: E402
from ui.door.window import DoorWindow  # noqa: E402
from ui.i18n import Language  # noqa: E402

WIB = ZoneInfo("Asia/Jakarta")
DAY = (2026, 12, 7)
TARGET = Path(__file__).resolve().parent
ROOM = "KAWI"
BOOKINGS = (((8, 0), (9, 0), "Sprint review", None),
            ((10, 0), (11, 30), "Client workshop", "PT Telkom Indonesia"),
            ((13, 0), (14, 0), "Design review", None),
            ((15, 0), (16, 0), "Intern cohort stand-up", None))


def at(hour: int, minute: int = 0) -> datetime:
    return datetime(*DAY, hour, minute, tzinfo=WIB)


class Clock:
    """The moment each picture shows."""

    def __init__(self) -> None:
        self.current = at(7)

    def __call__(self) -> datetime:
        return self.current


def main() -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    Language.of(app).apply("en")
    clock = Clock()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "ruang.db"
        assert run(["--db", str(path), "init"], now=clock) == 0
        services = Services.open(path, now=clock, actor="frontdesk")
        try:
            ids = [services.bookings.book(actor="frontdesk", room=ROOM, start=at(*s), end=at(*e),
                                          title=title, organization=org, attendees=4
                                          ).booking.id
                   for s, e, title, org in BOOKINGS]
            for moment, name, before in ((at(9, 40), "door-check-in", None),
                                         (at(10, 20), "door-busy", ids[1]),
                                         (at(11, 40), "door-free", None)):
                if before is not None:  # the guests checked in at the door at 09:40
                    services.bookings.check_in(actor="frontdesk", booking_id=before)
                clock.current = moment
                window = DoorWindow(services=services, room=ROOM)
                window.resize(1280, 800)
                window.show()
                for _ in range(5):
                    app.processEvents()
                window.grab().save(str(TARGET / f"{name}.png"))
                window.allow_close()
                window.close()
        finally:
            services.close()


if __name__ == "__main__":
    main()
