"""Start the desktop app, or render its window to a PNG for --screenshot."""

import argparse
import os
import sys
from datetime import datetime, time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from booking.errors import BadInput, BookingError
from booking.services import Services
from booking.store import open_store
from booking.timeutil import BUILDING_TZ, local, parse_day

if TYPE_CHECKING:
    from ui.main_window import MainWindow


def _size(text: str) -> tuple[int, int]:
    width, _, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise BadInput(f"--size '{text}' must look like 1366x768 (at least 320x240)")
    return int(width), int(height)


def _quiet_offscreen(_mode: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's own notices; pass everything else to stderr."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _morning(window: "MainWindow") -> datetime:
    """Where a day screenshot starts: an hour before now today, else 07:00."""
    now = local(window.services.now())
    if now.date() == window.current_date and 8 <= now.hour <= 18:
        return now - timedelta(hours=1)
    return datetime.combine(window.current_date, time(7), tzinfo=BUILDING_TZ)


def run_app(args: argparse.Namespace) -> int:
    """Open the main window (or render it with --screenshot) on the chosen database."""
    screenshot = Path(args.screenshot) if args.screenshot else None
    if screenshot is not None:
        size = _size(args.size)
        if not screenshot.parent.exists():
            raise BadInput(f"cannot write '{screenshot}': the folder does not exist")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication, QMessageBox

    from ui.main_window import MainWindow
    from ui.settings import MemorySettingsStore, QSettingsStore

    if screenshot is not None:
        qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ruang")
    app.setOrganizationName("CodingFactory")
    try:
        store = open_store(args.db)
    except BookingError as exc:
        if screenshot is not None:
            raise
        QMessageBox.critical(None, "Ruang", exc.message)
        return exc.exit_code
    services = Services(store.engine, actor=os.environ.get("RUANG_USER") or "frontdesk")
    if screenshot is not None:
        window = MainWindow(services=services, settings=MemorySettingsStore())
    else:
        window = MainWindow(services=services, settings=QSettingsStore())
    try:
        if screenshot is not None:
            window.resize(*size)
            if args.date:
                window.set_date(parse_day(args.date, what="--date"))
            if args.view in ("day", "week"):
                window.set_view(args.view)
            window.show()
            app.processEvents()
            if args.view == "day":
                window.timeline.scroll_to_time(_morning(window))
            app.processEvents()
            if not window.grab().save(str(screenshot)):
                raise BadInput(f"cannot write the screenshot to '{screenshot}'")
            return 0
        if not window.restore_requested:
            window.resize(1366, 768)
        window.show()
        return app.exec()
    finally:
        window.close()
        store.engine.dispose()
