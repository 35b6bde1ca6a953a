"""Start the desktop app, or render its window to a PNG for --screenshot."""

import argparse
import gc
import os
import sys
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from booking.errors import BadInput, BookingError
from booking.i18n import _
from booking.timeutil import BUILDING_TZ, local, parse_day, utc_now
from ui.feature_scan import skip_feature_scan

SCREENSHOT = "the screenshot"

if TYPE_CHECKING:
    from booking.services import Services
    from ui.main_window import MainWindow


def _size(text: str) -> tuple[int, int]:
    width, _x, height = text.lower().partition("x")
    if not (width.isdigit() and height.isdigit()) or int(width) < 320 or int(height) < 240:
        raise BadInput(_("--size '{text}' must look like 1366x768 (at least 320x240)").format(
            text=text))
    return int(width), int(height)


def _quiet_offscreen(_mode: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's own notices; pass everything else to stderr."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def _morning(window: "MainWindow") -> datetime:
    """Where a day screenshot starts: an hour before now today, else 07:00."""
    now = local(window.now())
    if now.date() == window.current_date and 8 <= now.hour <= 18:
        return now - timedelta(hours=1)
    return datetime.combine(window.current_date, time(7), tzinfo=BUILDING_TZ)


def run_app(args: argparse.Namespace) -> int:
    """Open the main window (or render it with --screenshot) on the chosen database."""
    skip_feature_scan()
    if args.screenshot:
        return _screenshot(args)
    # The collector's full passes walked every object start-up makes (Qt's wrappers,
    # SQLAlchemy's mappers and statements), 70-110 ms each on the GUI thread and collecting
    # nothing: it waits until the window is working, then those objects are frozen out of
    # its reach (settle_collector).
    gc.disable()
    try:
        return _open_window(args)
    finally:
        gc.enable()  # closed before the services came (or a test's window): as it was


def _open_window(args: argparse.Namespace) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from booking.quickstart import open_quick_reader
    from ui.main_window import MainWindow
    from ui.settings import QSettingsStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Ruang")
    app.setOrganizationName("CodingFactory")
    from ui.i18n import Language

    # The chosen language (else the system's) is in place before the first word is set.
    Language.of(app).apply(args.lang or QSettingsStore().load().language)
    # Who is offered at sign-in: RUANG_USER, else whoever signed in here last, else frontdesk.
    actor = os.environ.get("RUANG_USER") or ""
    reader = open_quick_reader(args.db)
    if reader is None:
        # A new database, one to upgrade, or a server: open everything before showing.
        try:
            services = _open_services(args.db, actor or "frontdesk")
        except BookingError as exc:
            QMessageBox.critical(None, "Ruang", exc.message)
            return exc.exit_code
        window = MainWindow(services=services, settings=QSettingsStore())
        loader = None
        from PySide6.QtCore import QTimer

        # Once the window shows, someone signs in (at once for an account without password).
        def begin() -> None:
            window.begin_session(hint=actor)
            settle_collector()

        QTimer.singleShot(0, begin)
    else:
        window = MainWindow(reader=reader, settings=QSettingsStore(), actor=actor or "frontdesk",
                            database_label=str(reader.path))
        loader = ServicesLoader(window=window, target=args.db, actor=actor)
    if not window.restore_requested:
        window.resize(1366, 768)
    if loader is not None:
        # Load once today's bookings are on screen, so loading never delays the first paint.
        from PySide6.QtCore import Qt

        window.timeline.first_painted.connect(loader.start,
                                              Qt.ConnectionType.QueuedConnection)
    window.show()
    try:
        return app.exec()
    finally:
        window.close()
        if reader is not None:
            reader.close()


def _open_services(db: str | None, actor: str) -> "Services":
    from booking.services import Services

    return Services.open(db, actor=actor)


class ServicesLoader:
    """Opens the database layer on a worker thread while the window already shows today.

    Importing SQLAlchemy and SQLModel takes most of a second; the window paints from the quick
    reader meanwhile, and becomes editable when the services are attached on the GUI thread.
    """

    services: "Services | None"

    def __init__(self, *, window: "MainWindow", target: str | None, actor: str) -> None:
        from PySide6.QtCore import QThread

        loader = self

        class _Opener(QThread):
            def run(self) -> None:
                try:
                    services = _open_services(loader.target, loader.actor or "frontdesk")
                    # The day's first open releases the no-shows and expires the holds due
                    # (writes): here, so the window's first read on the GUI thread finds
                    # none left to do.
                    services.tidy_before_reading()
                    # What the window reads as it attaches (the bookings list's rooms,
                    # floors and organizations), read once here: the first reading of each
                    # compiles its statements and sets up the mappers, which would otherwise
                    # hold the GUI thread.
                    services.rooms(include_retired=True)
                    services.floors()
                    services.organizations()
                    loader.services = services
                except BookingError as exc:
                    loader.error = exc.message
                except Exception as exc:  # reported in the window; the log has the details
                    loader.error = _("cannot open the database: {problem}").format(problem=exc)

        self.window = window
        self.target = target
        self.actor = actor
        self.services: Services | None = None
        self.error = ""
        self.thread = _Opener(window)
        self.thread.finished.connect(self._attach)

    def start(self) -> None:
        self.thread.start()

    def _attach(self) -> None:
        try:
            if self.services is None:
                self.window.show_message(self.error or _("cannot open the database"))
                return
            self.window.attach_services(self.services)
            self.window.begin_session(hint=self.actor)
        finally:
            settle_collector()


def settle_collector() -> None:
    """Freeze what start-up made (it lives as long as the window) and let the collector run
    again over what comes after."""
    gc.freeze()
    gc.enable()


def _screenshot(args: argparse.Namespace) -> int:
    """Render the window to a PNG the way it first paints: the day and week views straight
    from the quick reader (the database layer never loads), the floor plan (and a database
    the reader cannot open) through the full services."""
    from booking.outputs import check_target, replacing
    from booking.quickstart import database_file

    force = bool(getattr(args, "force", False))
    # Refuse before anything opens: the database is the file --db names, when it is a file.
    screenshot = check_target(args.screenshot, what=SCREENSHOT, force=force,
                              database=database_file(args.db))
    size = _size(args.size)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from booking.quickstart import open_quick_reader
    from ui.main_window import MainWindow
    from ui.settings import MemorySettingsStore

    qInstallMessageHandler(_quiet_offscreen)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    from ui.i18n import Language

    Language.of(app).apply(args.lang)
    actor = os.environ.get("RUANG_USER") or "frontdesk"
    reader = open_quick_reader(args.db) if args.view in ("day", "week") else None
    services = None
    if reader is None:
        services = _open_services(args.db, actor)
        database = services.database_path
        window = MainWindow(services=services, settings=MemorySettingsStore())
    else:
        database = reader.path
        window = MainWindow(reader=reader, settings=MemorySettingsStore(), actor=actor,
                            database_label=str(reader.path), still=True)
    try:
        window.resize(*size)
        if args.date:
            window.set_date(parse_day(args.date, now=utc_now(), what="--date"))
        if args.view in ("day", "week"):
            window.set_view(args.view)
        window.show()
        app.processEvents()
        if args.view == "floor":
            window.pages.show_floor_plan()
            if args.date and window.floor_plan is not None:
                window.floor_plan.set_moment(datetime.combine(
                    parse_day(args.date, now=utc_now(), what="--date"), time(10), tzinfo=BUILDING_TZ))
            app.processEvents()
        if args.view == "day":
            window.timeline.scroll_to_time(_morning(window))
        app.processEvents()
        with replacing(screenshot, what=SCREENSHOT, database=database, force=force) as part:
            if not window.grab().save(str(part)):
                raise BadInput(_("cannot write the screenshot to '{file}'").format(
                    file=screenshot))
        return 0
    finally:
        window.close()
        if services is not None:
            services.close()
        if reader is not None:
            reader.close()
