"""Benchmark: filtering big lists as a user types, on the large dataset.

- check-in search at the desk: ``registrations.search`` over the 50,000-registration conference, what
  ``desktop/ui/registration/checkin.py`` runs per keystroke (goal < 30 ms);
- the people and organisations lists (``desktop/ui/directory/tables.py``, the models the directory view
  shows) filtered per keystroke: page + count, one- and two-letter searches included (goal < 50 ms); the
  unfiltered people list's first page and its pages to row 10,000; and, for comparison, the query the lists
  ran before (sorted by a computed key, firms joined, counted in full);
- the registration desk's list (``desktop/ui/registration/tables.py``) on that conference: the first page
  sorted by name, every further page as the user scrolls to the end, descending, and filtering per
  keystroke; and, for comparison, what OFFSET paging costs at the same depths;
- opening the database (the up-to-date path: no Alembic) and the daily backup it makes at most once a day.

    .venv/bin/python benchmarks/bench_search.py
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.dataset import ensure_dataset  # noqa: E402

TYPED = ["conceicao", "wang jianguo", "gonc", "王建", "p4242@"]
ACTIVE = ("invited", "registered", "waitlisted", "attended", "no_show")


def keystrokes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def per_keystroke(run, words: list[str]) -> list[float]:  # type: ignore[no-untyped-def]
    times = []
    for word in words:
        for prefix in keystrokes(word):
            started = time.perf_counter()
            run(prefix)
            times.append((time.perf_counter() - started) * 1000)
    return times


def report(label: str, times: list[float], goal_ms: float) -> None:
    median, worst = statistics.median(times), max(times)
    p95 = sorted(times)[int(0.95 * (len(times) - 1))]
    verdict = "meets" if worst < goal_ms else "MISSES"
    print(
        f"{label}\tmedian {median:.1f} ms\tp95 {p95:.1f} ms\tworst {worst:.1f} ms\tgoal < {goal_ms:.0f} ms"
        f"\t{verdict}"
    )


def main() -> int:
    from sqlalchemy import func, or_, select

    from db.database import open_database
    from db.models import Organisation, Person
    from db.text import fold
    from desktop.services import registrations

    path = ensure_dataset()
    started = time.perf_counter()
    database = open_database(path, backup="off")
    with database.session() as session:
        session.scalar(select(func.count()).select_from(Person))
    print(f"open the 60 MB database and count people\t{(time.perf_counter() - started) * 1000:.0f} ms")

    def checkin(prefix: str) -> None:
        with database.session() as session:
            registrations.search(session, 1, prefix, limit=50, statuses=ACTIVE)

    def people_before(prefix: str) -> None:
        """The people list's query before the indexed sort: computed name order, firms joined, full count."""
        org = Organisation
        stmt = select(Person.id, func.lower(Person.family_name), org.name, Person.email).outerjoin(
            org, Person.organisation_id == org.id
        )
        for word in fold(prefix).split():
            stmt = stmt.where(or_(Person.search_key.like(f"%{word}%"), org.search_key.like(f"%{word}%")))
        with database.session() as session:
            session.execute(stmt.order_by(func.lower(Person.family_name), Person.id).limit(200)).all()
            session.scalar(select(func.count()).select_from(stmt.subquery()))

    from PySide6.QtCore import QCoreApplication

    # One application for the list models, kept until the end (the models must not outlive it).
    app = QCoreApplication.instance() or QCoreApplication([])
    from desktop.ui import qt_fixes

    qt_fixes.apply()  # PySide6 6.12.0's emit() reference leak, as the app does
    checkin("warm up")
    report("check-in search, 50,000 registrations", per_keystroke(checkin, TYPED), 30)
    directory_lists(database, people_before)
    desk_list(database)
    database.close()
    del app

    from db import backups

    folder = Path(path).parent / "delegation-desk-bench-backup"
    folder.mkdir(exist_ok=True)
    target = folder / f"copy-{time.time_ns()}.sqlite3"
    started = time.perf_counter()
    backups.copy_database(path, target)
    took = time.perf_counter() - started
    size = target.stat().st_size / 1e6
    target.unlink()
    print(f"daily backup of the database ({size:.0f} MB, copy + quick_check)\t{took * 1000:.0f} ms")
    return 0


def directory_lists(database, people_before) -> None:  # type: ignore[no-untyped-def]
    """The directory's people and organisations models, as the view runs them per keystroke."""
    from PySide6.QtCore import QCoreApplication, QModelIndex

    from desktop.ui.directory.tables import organisations_model, people_model

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (models need one)
    typed = [*TYPED, "silva", "xq"]
    people = people_model(database)
    started = time.perf_counter()
    people.reload()
    first = (time.perf_counter() - started) * 1000
    print(f"people list: first page by name + count of {people.total:,}\t{first:.1f} ms")
    pages = []
    while people.rowCount() < 10_000:
        started = time.perf_counter()
        people.fetchMore(QModelIndex())
        pages.append((time.perf_counter() - started) * 1000)
    report(f"people list: each next page by name, {len(pages)} pages to row {people.rowCount():,}", pages, 30)
    report(
        "people list filter per keystroke (page + count), 50,000 people",
        per_keystroke(people.set_search, typed),
        50,
    )
    short = [w[:n] for w in typed for n in (1, 2)]
    report("  of which one- and two-letter searches", per_keystroke(people.set_search, short), 50)
    report(
        "  for comparison, the query before (computed sort, joined, full count)",
        per_keystroke(people_before, typed),
        50,
    )
    organisations = organisations_model(database)
    organisations.reload()
    words = ["atlantico tejo", "深圳", "group", "a", "xq"]
    report(
        "organisation list filter per keystroke (page + count), 20,000",
        per_keystroke(organisations.set_search, words),
        50,
    )


def desk_list(database) -> None:  # type: ignore[no-untyped-def]
    """The registration desk's paged model on the 50,000-registration conference."""
    from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

    from db.models import Registration
    from desktop.ui.registration.tables import registrations_model

    app = QCoreApplication.instance() or QCoreApplication([])  # noqa: F841 (models need one)
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == 1, reload=False)
    started = time.perf_counter()
    model.reload()
    first = (time.perf_counter() - started) * 1000
    print(f"desk list: first page by name + count of {model.total:,}\t{first:.1f} ms")
    pages = []
    while model.canFetchMore(QModelIndex()):
        started = time.perf_counter()
        model.fetchMore(QModelIndex())
        pages.append((time.perf_counter() - started) * 1000)
    report(f"desk list: each next page by name, {len(pages)} pages to row {model.rowCount():,}", pages, 30)
    with database.session() as session:
        for depth in (10_000, 49_800):
            stmt = model.statement().offset(depth).limit(model.page_size)
            started = time.perf_counter()
            session.execute(stmt).all()
            took = (time.perf_counter() - started) * 1000
            print(f"  for comparison, OFFSET paging at row {depth:,}\t{took:.1f} ms")
    started = time.perf_counter()
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.fetchMore(QModelIndex())
    print(f"desk list: descending, first two pages\t{(time.perf_counter() - started) * 1000:.1f} ms")
    model.sort(0, Qt.SortOrder.AscendingOrder)
    report("desk list filter per keystroke (page + count)", per_keystroke(model.set_search, TYPED), 50)


if __name__ == "__main__":
    sys.exit(main())
