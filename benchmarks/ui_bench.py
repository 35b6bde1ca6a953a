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
started = time.perf_counter()
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from booking.services import Services
from booking.store import open_store
from ui.main_window import MainWindow
from ui.settings import MemorySettingsStore
store = open_store(sys.argv[1])
window = MainWindow(services=Services(store.engine), settings=MemorySettingsStore())
window.resize(1366, 768)
window.show()
app.processEvents()
window.timeline.viewport().repaint()
painted = time.perf_counter() - started
import resource
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(f"{painted:.4f} {rss}")
"""


def cold_start(db: Path, runs: int = 5) -> tuple[list[float], list[float], list[float]]:
    """Seconds to a painted window inside the process, wall seconds of the whole process,
    and peak memory in MB, per run."""
    inner, wall, memory = [], [], []
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    for _ in range(runs):
        started = time.perf_counter()
        done = subprocess.run([sys.executable, "-c", COLD_START, str(db)], capture_output=True,
                              text=True, cwd=ROOT, env=env, timeout=120, check=True)
        wall.append(time.perf_counter() - started)
        painted, rss = done.stdout.split()
        inner.append(float(painted))
        memory.append(int(rss) / 1024)
    return inner, wall, memory


def bare_window(runs: int = 5) -> list[float]:
    """The floor: a bare PySide6 window shown and painted, whole process."""
    script = ("import os,sys; os.environ['QT_QPA_PLATFORM']='offscreen'\n"
              "from PySide6.QtWidgets import QApplication, QMainWindow\n"
              "app=QApplication(sys.argv[:1]); w=QMainWindow(); w.resize(1366,768); w.show()\n"
              "app.processEvents(); w.repaint()\n")
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=60,
                       capture_output=True)
        samples.append(time.perf_counter() - started)
    return samples


def in_window(db: Path, rounds: int) -> dict[str, list[float]]:
    """Switching days, painting the week, and (when present) search as you type."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from booking.services import Services
    from booking.store import open_store
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

    results: dict[str, list[float]] = {"switch day": [], "week view": [], "search": []}
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
        typed = ""
        for key in "telkom mandiri":
            typed = typed + key if key != " " else ""
            if typed:
                results["search"].append(timed(lambda w=typed: panel.set_text(w)))  # type: ignore[misc, attr-defined]
    window.close()
    store.engine.dispose()
    return results


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000 if samples else float("nan")
