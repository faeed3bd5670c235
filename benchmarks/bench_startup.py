"""Benchmark: start-up to the first painted window on the large database, against a bare PySide6
QMainWindow measured in the same run (goal: at most 3.5 times the bare window); and peak memory with the
registration desk open on the largest event (goal: under 300 MB RSS).

Each measurement is a fresh process (import costs are the point), timed from just before the parent
starts it; the median of five runs is reported. The app side runs what ``delegation-desk --db PATH``
runs: ``make_application`` and ``desktop.ui.app.start_window``, with settings in a temporary folder (so
the first view is the itinerary, as on a first start).

What is timed:

- **first paint**: the end of the first paint pass of the main window, i.e. the first frame on screen:
  title, menu bar, toolbar, the navigation list with its six views and the "Opening the database…" page.
  The child checks that frame (a frame missing any of these fails the run) and records whether
  SQLAlchemy had been imported by then. The bare window's first paint is an empty 1200×800 window.
- **ready**: the end of the first paint pass after the database was opened and checked, the trips
  loaded and the current view (the itinerary of the remembered or first trip) built with its data.
- **desk**: peak RSS with the registration desk open on the event with the most registrations (50,000),
  then again after every one of its rows was fetched (what scrolling to the end costs); and the same on
  the ``desk100k`` variant of the dataset, whose conference has 100,000 registrations.

    .venv/bin/python -m benchmarks bench_startup
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.dataset import dataset_path, ensure_dataset  # noqa: E402

# The child prints "<stage> <ms since the parent started it> <peak RSS MB> [details]" lines.
CLOCK = """
import os, sys, time, resource
STARTED = float(sys.argv[1])

def report(stage, details=""):
    ms = (time.time() - STARTED) * 1000
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    os.write(1, f"{stage} {ms:.1f} {rss} {details}\\n".encode())
"""

BARE = (
    CLOCK
    + """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (report("painted"), os._exit(0)))
        return False

app = QApplication(sys.argv[:1])
window = QMainWindow(); window.resize(1200, 800)
spy = FirstPaint(); window.installEventFilter(spy)
window.show(); app.exec()
"""
)

APP = (
    CLOCK
    + """
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.settings import use_settings_folder
use_settings_folder(__import__("pathlib").Path(sys.argv[3]))
from desktop.ui.app import make_application, start_window
from desktop.ui.settings import Settings

MODE = sys.argv[4]  # "startup" or "desk"

class Watch(QObject):
    \"\"\"Sees every paint of the main window's widgets; a zero timer started by the first paint of a
    stage runs once that paint pass (every child, then the flush) is over.\"\"\"

    def __init__(self):
        super().__init__()
        self.waiting = "shell"

    def eventFilter(self, obj, event):
        if (
            self.waiting
            and event.type() == QEvent.Type.Paint
            and obj.isWidgetType()
            and obj.window().objectName() == "main_window"
        ):
            stage, self.waiting = self.waiting, ""
            QTimer.singleShot(0, lambda: getattr(self, stage)(obj.window()))
        return False

    def shell(self, window):
        menus = [a.text() for a in window.menuBar().actions()]
        page = window.stack.currentWidget().objectName()
        ok = window.windowTitle() and len(menus) >= 5 and window.nav.count() == 6 and page == "opening"
        if not ok:
            report("bad-shell", f"title={window.windowTitle()!r} menus={menus} page={page!r}")
            os._exit(1)
        report("painted", f"sqlalchemy={int('sqlalchemy' in sys.modules)} menus={len(menus)} page={page}")
        window.loaded.connect(lambda: setattr(self, "waiting", "ready"))

    def ready(self, window):
        view = window.stack.currentWidget()
        report("ready", f"view={type(view).__name__} title={window.windowTitle()!r}")
        if MODE != "desk":
            os._exit(0)
        from sqlalchemy import func, select
        from db.models import Event, ItineraryItem, Registration

        def largest(s):
            return s.execute(
                select(Registration.event_id, ItineraryItem.trip_id, func.count())
                .join(Event, Event.id == Registration.event_id)
                .join(ItineraryItem, ItineraryItem.id == Event.item_id)
                .group_by(Registration.event_id, ItineraryItem.trip_id)
                .order_by(func.count().desc())
                .limit(1)
            ).one()

        event_id, trip_id, count = window.context.read(largest)
        self.count = count
        window.context.set_trip(trip_id)
        desk = window.show_view("registration")
        desk.event_combo.setCurrentIndex(desk.event_combo.findData(event_id))
        self.desk_view = desk
        self.waiting = "desk"
        desk.update()

    def desk(self, window):
        model = self.desk_view.model
        report("desk", f"registrations={self.count} total={model.total} loaded={model.rowCount()}")
        model.fetch_all()
        self.desk_view.table.scrollToBottom()
        self.waiting = "desk_all"
        self.desk_view.update()

    def desk_all(self, window):
        report("desk-all", f"loaded={self.desk_view.model.rowCount()}")
        os._exit(0)

app = make_application()
watch = Watch()
app.installEventFilter(watch)
start_window(sys.argv[2], Settings())
app.exec()
"""
)


def run(code: str, *args: str) -> dict[str, tuple[float, int, str]]:
    env = dict(
        os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"), PYTHONPATH=str(ROOT)
    )
    started = time.time()
    out = subprocess.run(
        [sys.executable, "-c", code, repr(started), *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=180,
    )
    stages = {}
    for line in out.stdout.splitlines():
        stage, ms, rss, *details = line.split(" ", 3)
        stages[stage] = (float(ms), int(rss), " ".join(details))
    if out.returncode != 0 or "bad-shell" in stages:
        raise RuntimeError(f"the run failed:\n{out.stdout[-2000:]}\n{out.stderr[-2000:]}")
    return stages


def median_of(runs: list[dict[str, tuple[float, int, str]]], stage: str) -> tuple[float, int, str]:
    return (
        statistics.median(r[stage][0] for r in runs),
        max(r[stage][1] for r in runs),
        runs[-1][stage][2],
    )


def main() -> int:
    path = ensure_dataset()
    # Generated in a process of its own: a child forked from a process that grew to hold 100,000 people
    # would report that size as its own peak (Linux carries the high-water mark across fork and exec).
    subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "dataset.py"), "desk100k"], check=True, cwd=ROOT
    )
    bare_runs, app_runs = [], []
    with tempfile.TemporaryDirectory(prefix="bench-startup-settings-") as settings:
        for _ in range(5):  # interleaved, so a noisy moment of the machine hits both sides alike
            bare_runs.append(run(BARE))
            app_runs.append(run(APP, str(path), settings, "startup"))
        desk = run(APP, str(path), settings, "desk")
        desk100k = run(APP, str(dataset_path("desk100k")), settings, "desk")
    bare, bare_rss, _ = median_of(bare_runs, "painted")
    print(f"bare PySide6 QMainWindow, first paint\t{bare:.0f} ms\tpeak {bare_rss} MB")
    painted, painted_rss, shown = median_of(app_runs, "painted")
    ratio = painted / bare
    verdict = "meets" if ratio <= 3.5 else "MISSES"
    print(
        f"delegation-desk main window on the large database, first paint\t{painted:.0f} ms\t"
        f"{ratio:.2f}x bare\tgoal <= 3.5x\t{verdict}\tpeak {painted_rss} MB\t{shown}"
    )
    ready, ready_rss, shown = median_of(app_runs, "ready")
    print(
        f"  ... ready: database opened and checked, current view built and painted\t{ready:.0f} ms\t"
        f"{ready / bare:.2f}x bare\tpeak {ready_rss} MB\t{shown}"
    )
    for result, stage, label in (
        (desk, "desk", "registration desk open on the largest event"),
        (desk, "desk-all", "  ... every registration of it fetched (scrolled to the end)"),
        (desk100k, "desk", "registration desk open on a 100,000-registration event (desk100k)"),
        (desk100k, "desk-all", "  ... every registration of it fetched (scrolled to the end)"),
    ):
        _ms, rss, shown = result[stage]
        verdict = "meets" if rss < 300 else "MISSES"
        print(f"{label}\tpeak {rss} MB\tgoal < 300 MB\t{verdict}\t{shown}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
