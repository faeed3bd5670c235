"""Benchmark: start-up to the first painted window on the large database, against a bare PySide6
QMainWindow measured in the same run (goal: at most 3.5 times the bare window).

Each measurement is a fresh process (import costs are the point), timed from before the interpreter starts
to the first Paint event of the main window; the median of five runs is reported. The app side builds what
``delegation-desk --db PATH`` shows: ``desktop.ui.app.make_application``, ``open_database`` (daily backup in
the background, as the GUI should ask for it) and ``desktop.ui.main_window.MainWindow``.

    .venv/bin/python benchmarks/bench_startup.py
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.dataset import ensure_dataset  # noqa: E402

PAINT_FILTER = """
import os, sys
from PySide6.QtCore import QObject, QEvent
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            import resource
            rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
            os.write(1, f"painted {rss}\\n".encode()); os._exit(0)
        return False
"""

BARE = (
    PAINT_FILTER
    + """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1200, 800)
spy = FirstPaint(); window.installEventFilter(spy)
window.show(); app.exec()
"""
)

APP = (
    PAINT_FILTER
    + """
from desktop.ui.app import make_application
from desktop.ui.settings import Settings
from db.database import open_database
from desktop.ui.main_window import MainWindow
app = make_application()
database = open_database(sys.argv[1], backup="background")
window = MainWindow(database, Settings())
spy = FirstPaint(); window.installEventFilter(spy)
window.show(); app.exec()
"""
)


def measure(code: str, *args: str, runs: int = 5) -> tuple[float, int]:
    times, peak = [], 0
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT)
    )
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", code, *args],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=120,
        )
        took = time.perf_counter() - started
        if "painted" not in out.stdout:
            raise RuntimeError(f"no window was painted:\n{out.stderr[-2000:]}")
        times.append(took * 1000)
        peak = max(peak, int(out.stdout.split()[1]))
    return statistics.median(times), peak


def main() -> int:
    path = ensure_dataset()
    bare, bare_rss = measure(BARE)
    print(f"bare PySide6 QMainWindow, first paint\t{bare:.0f} ms\tpeak {bare_rss} MB")
    try:
        app, app_rss = measure(APP, str(path))
    except RuntimeError as exc:
        print(f"delegation-desk main window\tnot measured: {exc}".splitlines()[0])
        return 1
    ratio = app / bare
    verdict = "meets" if ratio <= 3.5 else "MISSES"
    print(
        f"delegation-desk main window on the large database, first paint\t{app:.0f} ms\t"
        f"{ratio:.2f}x bare\tgoal <= 3.5x\t{verdict}\tpeak {app_rss} MB"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
