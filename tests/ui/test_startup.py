"""Start-up: today's bookings are painted from a quick reader before the database layer loads."""

import json
import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from booking.quickstart import open_quick_reader
from booking.services import Services
from booking.store.quickread import QuickReader
from tests.helpers.cli import run_process
from tests.helpers.clock import FakeClock
from tests.ui.conftest import MONDAY, at
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore

ROOT = Path(__file__).resolve().parents[2]


def _fill(services: Services) -> list[int]:
    ids = [services.bookings.book(actor="frontdesk", room="BROMO", start=at(9), end=at(10),
                                  title="Stand-up", organization="Bank Mandiri",
                                  attendees=4).booking.id,
           services.bookings.book(actor="frontdesk", room="HALL", start=at(13), end=at(16),
                                  title="Launch", layout="theatre", attendees=200).booking.id,
           services.bookings.book(actor="frontdesk", room="P2.01", start=at(8), end=at(17),
                                  title="Team day", tentative=True).booking.id]
    services.bookings.cancel(actor="frontdesk", booking_id=ids[0], reason="moved online")
    services.series.create(actor="frontdesk", room="KAWI", start=at(11), end=at(12),
                           rule="FREQ=DAILY;COUNT=3", title="Daily")
    services.terms.add_closure(actor="manager", name="Lift repair", start=at(0, day=8),
                               end=at(0, day=9))
    return ids



def run_code(code: str, *args: str, env: dict[str, str] | None = None,
             timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """`python -c code ARGS` from the project's folder, offscreen; it must exit 0."""
    return subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True,
                          cwd=ROOT, timeout=timeout, check=True,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})

def test_quick_reader_answers_exactly_what_the_services_answer(file_engine: Engine,
                                                               clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    _fill(services)
    reader = QuickReader.open(str(file_engine.url.database))
    assert reader is not None
    try:
        assert reader.floors() == services.floors()
        assert reader.rooms() == services.rooms()
        assert reader.hours() == services.hours()
        start, end = at(0), at(0) + timedelta(days=7)
        assert reader.list_bookings(start=start, end=end) == services.list_bookings(
            start=start, end=end)
        assert reader.closures(start, end) == services.closures(start, end)
        assert reader.holidays(MONDAY, MONDAY + timedelta(days=30)) == services.holidays(
            MONDAY, MONDAY + timedelta(days=30))
    finally:
        reader.close()


def test_quick_reader_declines_what_it_cannot_read(tmp_path: Path) -> None:
    assert QuickReader.open(str(tmp_path / "missing.db")) is None
    assert QuickReader.open("postgresql://desk@server/ruang") is None
    text = tmp_path / "notes.db"
    text.write_text("not a database")
    assert QuickReader.open(str(text)) is None


def test_the_quick_start_opens_the_database_the_services_would(
        file_engine: Engine, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = str(file_engine.url.database)
    monkeypatch.setenv("RUANG_DB", path)
    for db in (None, path):
        reader = open_quick_reader(db)
        assert reader is not None and reader.path == Path(path)
        reader.close()
    assert open_quick_reader(str(tmp_path / "new.db")) is None
    assert open_quick_reader("postgresql://desk@server/ruang") is None


def test_window_paints_from_the_reader_then_attaches_the_services(
        qtbot: QtBot, file_engine: Engine, clock: FakeClock) -> None:
    services = Services(file_engine, now=clock)
    ids = _fill(services)
    reader = QuickReader.open(str(file_engine.url.database))
    assert reader is not None
    window = MainWindow(reader=reader, settings=MemorySettingsStore(), now=clock,
                        database_label="test")
    qtbot.addWidget(window)
    window.set_date(MONDAY)
    assert window.timeline.block_rect(ids[1]) is not None  # the launch is on screen already
    assert not window.controls.new_action.isEnabled()
    window.on_timeline_open_requested(ids[1])
    assert "Still opening" in window.message_label.text()
    tabs = window.tabs
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Timeline", "Bookings", "Events", "Floor plan"]  # waiting, but there from the start
    tabs.setCurrentIndex(2)
    assert window.events_view is None
    window.attach_services(services)
    assert window.controls.new_action.isEnabled()
    assert window.timeline.block_rect(ids[1]) is not None
    assert window.events_view is not None and tabs.currentWidget() is window.events_view
    qtbot.waitUntil(lambda: window.search_panel is not None, timeout=3000)
    assert [tabs.tabText(i) for i in range(tabs.count())] == [
        "Timeline", "Bookings", "Events", "Floor plan"]
    window.close()
    reader.close()


def test_opening_the_window_imports_no_database_layer() -> None:
    code = ("import sys, os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
            "import main, booking.cli.main, booking.quickstart, ui.app, ui.main_window\n"
            "import json; print(json.dumps(sorted(m for m in ('sqlalchemy', 'sqlmodel', "
            "'pydantic', 'alembic', 'shapely', 'holidays') if m in sys.modules)))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, env={**os.environ}, timeout=60, check=True)
    assert json.loads(done.stdout) == []


def _same_but_the_clock(first: Path, second: Path) -> bool:
    """Two window pictures alike in every pixel, but for the clock at the status bar's end."""
    a, b = QImage(str(first)), QImage(str(second))
    assert a.size() == b.size() and a.width() > 400
    return all(a.pixel(x, y) == b.pixel(x, y) for y in range(a.height())
               for x in range(a.width()) if not (y > a.height() - 24 and x > a.width() - 120))


@pytest.mark.usefixtures("qapp")
def test_a_screenshot_paints_from_the_quick_reader_as_the_window_starts(
        file_engine: Engine, clock: FakeClock, tmp_path: Path) -> None:
    services = Services(file_engine, now=clock)
    for room, title in (("HALL", "Launch"), ("P2.01", "Team day")):
        services.bookings.book(actor="frontdesk", room=room, start=at(9), end=at(16),
                               title=title, layout="theatre" if room == "HALL" else None,
                               attendees=20)
    db = str(file_engine.url.database)
    quick, full = tmp_path / "quick.png", tmp_path / "full.png"
    view = ["--screenshot", str(quick), "--date", MONDAY.isoformat()]
    code = ("import json, sys, main\n"
            f"code = main.main(['--db', {db!r}, *{view!r}])\n"
            "print(json.dumps([code, sorted(m for m in ('sqlalchemy', 'sqlmodel') "
            "if m in sys.modules)]))")
    done = run_code(code, timeout=120)
    assert json.loads(done.stdout.splitlines()[-1]) == [0, []]  # no database layer loaded
    # A URL is not for the quick reader: the same picture through the full services.
    view[1] = str(full)
    assert run_process("--db", f"sqlite:///{db}", *view).returncode == 0
    assert _same_but_the_clock(quick, full)


@pytest.mark.parametrize("skipped", ["no", "by the window", "by main"])
def test_the_window_stops_pyside_reading_each_new_modules_source(tmp_path: Path,
                                                                 skipped: str) -> None:
    # PySide6's import hook reads the source of every module imported after it (to see
    # whether it uses its opt-in feature switches); the window turns that off, and so does
    # main() when PySide6 was loaded before it. Both sides are checked, so a PySide6 that no
    # longer does this shows up here.
    (tmp_path / "later_module.py").write_text("from PySide6.QtCore import QObject\n"
                                              "class Thing(QObject):\n    pass\n")
    code = ("import inspect, io, sys\n"
            f"sys.path.insert(0, {str(tmp_path)!r})\n"
            "import PySide6.QtCore\n"
            "import main\n"
            "from ui.feature_scan import skip_feature_scan\n"
            f"if {skipped!r} == 'by the window': skip_feature_scan()\n"
            f"if {skipped!r} == 'by main': main.main(['--db', {str(tmp_path / 'no' / 'x.db')!r},"
            " 'rooms'], out=io.StringIO(), err=io.StringIO())\n"
            "read = []\n"
            "original = inspect.getsource\n"
            "inspect.getsource = lambda obj: read.append(getattr(obj, '__name__', '')) or "
            "original(obj)\n"
            "import later_module\n"
            "from PySide6.QtWidgets import QCalendarWidget\n"  # PySide's lazy classes still load
            "assert later_module.Thing().metaObject().className() == 'Thing'\n"
            "print('later_module' in read, QCalendarWidget.__name__)")
    done = run_code(code)

    assert done.stdout.split() == [str(skipped == "no"), "QCalendarWidget"]


def test_main_switches_the_hook_off_before_importing_anything_of_ours(tmp_path: Path) -> None:
    # Switching the hook off from ui.app imported ui.app and what it needs (errors, i18n,
    # time zones) through the hook first: each of those files was read on every start.
    code = ("import inspect, io, sys\n"
            "import PySide6.QtCore\n"
            "read = []\n"
            "original = inspect.getsource\n"
            "inspect.getsource = lambda obj: read.append(getattr(obj, '__name__', '')) or "
            "original(obj)\n"
            "import main\n"
            f"main.main(['--db', {str(tmp_path / 'no' / 'x.db')!r}, 'rooms'],"
            " out=io.StringIO(), err=io.StringIO())\n"
            "print(' '.join(read))")
    done = run_code(code)

    read = done.stdout.split()
    assert "main" in read  # main.py itself came in through the hook, and nothing of ours after
    assert [name for name in read if name.startswith(("booking", "ui"))] == ["ui.feature_scan"]


def test_the_collector_waits_through_start_up_then_runs_over_what_comes_after(
        file_engine: Engine, tmp_path: Path) -> None:
    """The garbage collector's full passes over start-up's objects held the GUI thread:
    it is off until the window works, then start-up's objects are frozen and it runs again."""
    code = (
        "import gc, os, sys\n"
        "from PySide6.QtCore import QTimer\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import main\n"
        "seen = []\n"
        "def look():\n"
        "    app = QApplication.instance()\n"
        "    wins = [w for w in app.topLevelWidgets() if w.objectName() == 'MainWindow']\n"
        "    if not wins or not wins[0].isVisible():\n"
        "        return\n"
        "    if not seen:\n"
        "        seen.append(('painted', gc.isenabled(), gc.get_freeze_count()))\n"
        "    if wins[0]._services is not None and wins[0].search_panel is not None:\n"
        "        seen.append(('working', gc.isenabled(), gc.get_freeze_count()))\n"
        "        app.quit()\n"
        "app = QApplication(sys.argv[:1])\n"
        "timer = QTimer()\n"
        "timer.timeout.connect(look)\n"
        "timer.start(5)\n"
        "main.main(['--db', sys.argv[1]])\n"
        "print(seen[0][1], seen[0][2], seen[-1][0], seen[-1][1], seen[-1][2] > 50_000, "
        "gc.isenabled())\n")
    database = str(file_engine.url.database)
    file_engine.dispose()
    done = run_code(code, database, env={"RUANG_USER": "frontdesk", "HOME": str(tmp_path)})
    assert done.stdout.split() == ["False", "0", "working", "True", "True", "True"], \
        done.stderr
