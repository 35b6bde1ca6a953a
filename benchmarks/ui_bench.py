"""Desktop benchmarks: cold start to a painted day view, switching days, week paint, search.

Run through benchmarks/run.py (it passes the database); each figure is a median of runs.
"""

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent

COLD_START = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
marks = {"stall": 0.0, "last": None}

def tick():
    now = time.perf_counter()
    if marks["last"] is not None:
        marks["stall"] = max(marks["stall"], now - marks["last"])
    marks["last"] = now
    app = QApplication.instance()
    windows = [w for w in app.topLevelWidgets() if w.objectName() == "MainWindow"]
    if not windows or not windows[0].isVisible():
        return
    window = windows[0]
    if "painted" not in marks:
        # The day is painted when the window's first frame, the timeline's bookings in it, is
        # done: the timeline says when it has painted, and a zero timer runs once the rest of
        # that frame is painted and flushed. (Shown is not painted: a repaint() asked for
        # before the window's first expose paints nothing.)
        if "waiting" not in marks:
            marks["waiting"] = True
            if window.timeline._painted:
                frame_done()
            else:
                window.timeline.first_painted.connect(lambda: QTimer.singleShot(0, frame_done))
        return
    if window._services is None or window.search_panel is None:
        return
    if "ready" not in marks:
        # Editing works and the bookings list is built; the stall is watched a second more,
        # over whatever the window does next on its own.
        marks["ready"] = time.time()
        return
    if time.time() - marks["ready"] > 1.0:
        # This program's own peak (VmHWM, kB). Not getrusage's ru_maxrss: Linux carries the
        # parent's peak across fork and exec, so a child of a large benchmark process would
        # report the parent's memory.
        try:
            with open("/proc/self/status") as status:
                rss = next(int(line.split()[1]) for line in status if line.startswith("VmHWM"))
        except (OSError, StopIteration):
            import resource
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(f"{marks['painted']:.6f} {marks['ready']:.6f} {marks['stall']:.4f} {rss}")
        app.quit()

def frame_done():
    if "painted" not in marks:
        marks["painted"] = time.time()
        marks["stall"] = 0.0  # from here on the window is on screen
        marks["last"] = time.perf_counter()

import main
app = QApplication(sys.argv[:1])
timer = QTimer()
timer.setInterval(5)
timer.timeout.connect(tick)
timer.start()
main.main(["--db", sys.argv[1]])
"""


def cold_start(db: Path, runs: int = 5) -> dict[str, list[float]]:
    """Per run: seconds to a painted day view (from process start), seconds until editing
    works (the database layer attached and the bookings list built), the longest GUI-thread
    stall after the paint until a second after that, and peak memory in MB."""
    painted, ready, stall, memory = [], [], [], []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    # As installed: the app's modules already compiled (an install compiles them, and a first
    # start writes them; a machine that never writes bytecode would compile every module on
    # every start, 40 ms and more of the GUI thread's time).
    import compileall

    for folder in ("booking", "ui"):
        compileall.compile_dir(ROOT / folder, quiet=2)
    for _ in range(runs):
        # Wall clock from just before the process is spawned, so interpreter start-up counts.
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", COLD_START, str(db)], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=120, check=True)
        values = done.stdout.split()
        painted.append(float(values[0]) - spawned)
        ready.append(float(values[1]) - spawned)
        stall.append(float(values[2]))
        memory.append(int(values[3]) / 1024)
    return {"painted": painted, "ready": ready, "stall": stall, "memory": memory}


BARE_WINDOW = ("import os, sys, time; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
               "from PySide6.QtWidgets import QApplication, QMainWindow\n"
               "app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1366, 768)\n"
               "w.show(); app.processEvents(); w.repaint()\n"
               "print(f'{time.time():.6f}')\n")


def bare_window(runs: int = 5) -> dict[str, list[float]]:
    """The floor: a bare PySide6 window, from the process's spawn to its first frame painted
    (the same two ends as the cold start's), and the whole process (start and exit)."""
    painted, whole = [], []
    for _ in range(runs):
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", BARE_WINDOW], check=True, cwd=ROOT,
                              timeout=60, capture_output=True, text=True)
        whole.append(time.time() - spawned)
        painted.append(float(done.stdout.split()[-1]) - spawned)
    return {"painted": painted, "whole": whole}


# What an ordinary Qt program pays to show a day of bookings: stock widgets (menus, a toolbar,
# a tree of rooms, a table of today's bookings, a status bar) filled by one sqlite3 read, and
# none of Ruang's code. Printed beside the cold start, to weigh its budget against.
PLAIN_DAY = r"""
import os, sys, time
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication, QMainWindow
import sqlite3
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo
from PySide6.QtWidgets import (QComboBox, QLineEdit, QSplitter, QTableWidget, QTableWidgetItem,
                               QToolBar, QTreeWidget, QTreeWidgetItem)
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1366, 768)
zone = ZoneInfo("Asia/Jakarta")
day = datetime.now(zone).replace(hour=0, minute=0, second=0, microsecond=0)
lo = int(day.timestamp())
with sqlite3.connect(sys.argv[1]) as con:
    rows = con.execute(
        "SELECT b.start_at, b.end_at, r.code, b.title, COALESCE(o.name, '') FROM booking b "
        "JOIN room r ON r.id = b.room_id LEFT JOIN organization o ON o.id = b.organization_id "
        "WHERE b.start_at >= ? AND b.start_at < ? ORDER BY b.start_at", (lo, lo + 86400)).fetchall()
    rooms = con.execute("SELECT name, code, capacity FROM room ORDER BY id").fetchall()
for menu in ("File", "Edit", "View", "Building", "Settings", "Help"):
    window.menuBar().addMenu(menu)
bar = QToolBar(window)
window.addToolBar(bar)
for name in ("Today", "<", ">", "Day", "Week"):
    bar.addAction(name)
bar.addWidget(QComboBox())
bar.addWidget(QLineEdit())
tree = QTreeWidget()
tree.setHeaderLabels(["Room", "Seats"])
for name, code, seats in rooms:
    QTreeWidgetItem(tree, [f"{name} ({code})", str(seats)])
table = QTableWidget(len(rows), 5)
for i, row in enumerate(rows):
    for j, value in enumerate(row):
        text = datetime.fromtimestamp(value, zone).strftime("%H:%M") if j < 2 else str(value)
        table.setItem(i, j, QTableWidgetItem(text))
split = QSplitter(window)
split.addWidget(tree)
split.addWidget(table)
window.setCentralWidget(split)
window.statusBar().showMessage(sys.argv[1])
window.show(); app.processEvents(); window.repaint()
print(f"{time.time():.6f} {len(rows)}")
"""


def plain_day(db: Path, runs: int = 5) -> list[float]:
    """Seconds from spawn to the first frame of PLAIN_DAY on this database."""
    samples = []
    for _ in range(runs):
        spawned = time.time()
        done = subprocess.run([sys.executable, "-c", PLAIN_DAY, str(db)], check=True, cwd=ROOT,
                              timeout=60, capture_output=True, text=True)
        samples.append(float(done.stdout.split()[0]) - spawned)
    return samples


def in_window(db: Path, rounds: int) -> dict[str, list[float]]:
    """Switching days, painting the week, and (when present) search as you type."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    qInstallMessageHandler(_quiet)

    from booking.services import Services, open_store
    from ui.main_window import MainWindow
    from ui.settings import MemorySettingsStore

    app = QApplication.instance() or QApplication(sys.argv[:1])
    store = open_store(db)
    window = MainWindow(services=Services(store.engine), settings=MemorySettingsStore())
    window.resize(1366, 768)
    window.show()
    app.processEvents()

    def paint() -> None:
        window.timeline.viewport().repaint()

    def timed(action: Callable[[], Any]) -> float:
        started = time.perf_counter()
        action()
        paint()
        return time.perf_counter() - started

    results: dict[str, list[float]] = {"switch day": [], "week view": [], "search": [],
                                       "search stall": []}
    for index in range(rounds):
        step = timedelta(days=1 if index % 2 else -1)
        results["switch day"].append(timed(lambda s=step: window.set_date(  # type: ignore[misc]
            window.current_date + s)))
    window.set_view("week")
    for index in range(max(5, rounds // 4)):
        step = timedelta(days=7 if index % 2 else -7)
        results["week view"].append(timed(lambda s=step: window.set_date(  # type: ignore[misc]
            window.current_date + s)))
    panel = window.search_panel
    if panel is not None:
        window.tabs.setCurrentWidget(panel)

        answered = QEventLoop()
        panel.searched.connect(answered.quit)  # type: ignore[attr-defined]
        # The GUI thread's longest stretch without turning to its events, over each search.
        ticks = {"last": 0.0, "longest": 0.0}

        def tick() -> None:
            now = time.perf_counter()
            ticks["longest"] = max(ticks["longest"], now - ticks["last"])
            ticks["last"] = now

        ticker = QTimer()
        ticker.setInterval(2)
        ticker.timeout.connect(tick)

        def search(words: str) -> None:
            # On a database file the search runs off the GUI thread: timed until its answer
            # is in the table, painted.
            ticks["last"], ticks["longest"] = time.perf_counter(), 0.0
            ticker.start()
            panel.set_text(words)  # type: ignore[attr-defined]
            if panel.searching:  # type: ignore[attr-defined]
                answered.exec()
            tick()
            ticker.stop()
            results["search stall"].append(ticks["longest"])
            panel.table.viewport().repaint()  # type: ignore[attr-defined]

        typed = ""
        for key in "telkom mandiri":
            typed = typed + key if key != " " else ""
            if typed:
                results["search"].append(timed(lambda w=typed: search(w)))  # type: ignore[misc]
    window.close()
    store.engine.dispose()
    return results


def _quiet(_mode: object, _context: object, message: str) -> None:
    """Drop the offscreen platform's own notice; keep every other Qt message."""
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000 if samples else float("nan")
