"""The paged SQL table model: a page at first, more on scroll, sorting and filtering in SQL."""

from __future__ import annotations

import datetime as dt
import time
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import event, func, insert, select

from db.models import Person, Registration
from db.models.directory import person_search_key, person_sort_key
from db.models.events import registration_search_key
from desktop.services import directory, registrations
from desktop.ui.registration.tables import registrations_model
from desktop.ui.tables import RecordTable
from tests.ui.view_harness import seed

ROWS = 20_500
PAGE = 200


@pytest.fixture
def big_event(database):
    """20,500 registrations for one event, bulk-inserted (Core inserts fill the keys themselves)."""
    ids = seed(database)
    now = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)
    with database.session() as s:
        first_id = (s.scalar(select(func.max(Person.id))) or 0) + 1
        people = []
        for i in range(ROWS):
            family, given = f"Silva{i:05d}", "José" if i % 2 else "Zhāng"
            people.append(
                dict(
                    id=first_id + i,
                    uuid=str(uuid.uuid4()),
                    family_name=family,
                    given_name=given,
                    latin_name="",
                    native_name="",
                    search_key=person_search_key("", "", given, family, ""),
                    sort_key=person_sort_key(family, given, "", ""),
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
        s.execute(insert(Person), people)
        s.execute(
            insert(Registration),
            [
                dict(
                    uuid=str(uuid.uuid4()),
                    event_id=ids.event_id,
                    person_id=p["id"],
                    status="registered",
                    registered_at=now + dt.timedelta(minutes=i),
                    badge_name="",
                    dietary_needs="",
                    source="",
                    vip=False,
                    notes="",
                    search_key=registration_search_key(p["search_key"], None, ""),
                    sort_key=p["sort_key"],
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
                for i, p in enumerate(people)
            ],
        )
    return ids


def statements(database):
    seen: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def test_loads_one_page_then_more_on_demand(database, big_event, qtmodeltester):
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id, reload=False)
    started = time.perf_counter()
    model.reload()
    assert time.perf_counter() - started < 2.0
    total = ROWS + 4
    assert model.total == total
    assert model.rowCount() == PAGE  # only a page is in memory
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 2 * PAGE
    # Pages do not overlap or skip: ids are unique and ordered as SQL ordered them.
    ids = [model.row_id(r) for r in range(model.rowCount())]
    assert len(set(ids)) == len(ids)
    qtmodeltester.check(model)


def test_scrolling_the_view_fetches_more(qtbot, database, big_event):
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id)
    table = RecordTable(model)
    qtbot.addWidget(table)
    table.resize(800, 400)
    table.show()
    qtbot.waitExposed(table)
    assert model.rowCount() == PAGE
    table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() > PAGE)
    assert model.rowCount() < model.total  # still not everything


def test_filtering_and_sorting_run_in_sql(database, big_event):
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id)
    sql = statements(database)
    model.set_search("jose silva0012")  # accent-free typing finds "José Silva00121" etc.
    assert sql and "LIKE" in sql[0].upper() and "LIMIT" in sql[0].upper()
    with database.session() as s:
        expected = len(registrations.search(s, big_event.event_id, "josé silva0012", limit=1000))
    assert model.total == expected == 5  # 00121, 00123, … 00129 (odd numbers are José)
    assert model.rowCount() == 5
    names = {model.index(r, 0).data() for r in range(model.rowCount())}
    assert "José Silva00121" in names

    model.set_search("")
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert "ORDER BY" in sql[-2].upper()  # the page query (the last one is the count)
    # Sorted by family name (else the Latin name), accents folded: Wang, then the Silvas from the last.
    assert [model.index(r, 0).data() for r in range(3)] == [
        "王建国 (Wang Jianguo)",
        "José Silva20499",
        "Zhāng Silva20498",
    ]
    assert model.rowCount() == PAGE


def test_sorting_folds_accents(database, big_event):
    with database.session() as s:
        for given, family in (("Ana", "Costa"), ("Luís", "Câmara"), ("Rui", "Ávila"), ("Eva", "Bento")):
            person = directory.create_person(s, given_name=given, family_name=family)
            registrations.register(s, big_event.event_id, person.id, status="invited")
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id)
    model.set_condition("invited", Registration.status == "invited")
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Rui Ávila",
        "Eva Bento",
        "Luís Câmara",
        "Ana Costa",
    ]


def test_refresh_keeps_the_rows_already_loaded(database, big_event):
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.refresh()
    assert model.rowCount() == 3 * PAGE


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_pages_by_name_continue_after_the_last_row(database, big_event, order):
    """Name order pages by keyset (no OFFSET): three pages are exactly the first 600 rows of the full
    ordered query, in either direction."""
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id, reload=False)
    model.sort(0, order)
    model.reload()
    pages: list[tuple[str, tuple]] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: pages.append((a[2], tuple(a[3]))))
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    # SQLAlchemy writes "LIMIT ? OFFSET ?" for SQLite: the offset bound is 0, the start a row value.
    assert len(pages) == 2
    assert all(") > (" in sql or ") < (" in sql for sql, _ in pages)
    assert all(params[-1] == 0 for _, params in pages)
    descending = order == Qt.SortOrder.DescendingOrder
    with database.session() as s:
        expected = list(
            s.scalars(
                select(Registration.id)
                .where(Registration.event_id == big_event.event_id)
                .order_by(
                    Registration.sort_key.desc() if descending else Registration.sort_key,
                    Registration.id.desc() if descending else Registration.id,
                )
                .limit(3 * PAGE)
            )
        )
    assert [model.row_id(r) for r in range(model.rowCount())] == expected


def test_pages_by_a_computed_sort_still_neither_overlap_nor_skip(database, big_event):
    model = registrations_model(database)
    model.set_condition("event", Registration.event_id == big_event.event_id, reload=False)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # organisation: lower(name), not a selected column
    model.reload()
    model.fetchMore(QModelIndex())
    ids = [model.row_id(r) for r in range(model.rowCount())]
    assert len(ids) == len(set(ids)) == 2 * PAGE
