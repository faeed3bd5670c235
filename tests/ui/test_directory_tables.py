"""The people and organisations lists on thousands of rows: name order from the indexed ``people.sort_key``
paged by keyset, searches paged by one scan in the same order, and a search's count capped ("1,000+")."""

from __future__ import annotations

import datetime as dt
import uuid

import pytest
from PySide6.QtCore import QModelIndex, Qt
from sqlalchemy import event, insert

from db.models import Organisation, Person
from db.models.directory import person_search_key, person_sort_key
from db.text import fold, search_key
from desktop.ui.directory.tables import COUNT_CAP, organisations_model, people_model

PEOPLE = 3_000
PAGE = 200
FIRMS = ("Conceição & Irmãos", "Tejo Logística", "Global Media Group")
GIVEN = ("José", "Ana", "Wang", "Luís")
FAMILIES = ("Ávila", "Silva", "Câmara", "Zhang", "Conceição", "Bento")


@pytest.fixture
def crowd(database) -> dict[int, tuple[str, str, int]]:
    """3,000 people at three firms (bulk inserted: the keys filled as the ORM listeners would); returns
    id -> (sort key, search text of the person and their firm, firm id)."""
    now = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)
    with database.session() as s:
        firms = {}
        for name in FIRMS:
            org = Organisation(name=name)
            s.add(org)
            s.flush()
            firms[org.id] = search_key(name, "")
        firm_ids = list(firms)
        rows, expected = [], {}
        for i in range(PEOPLE):
            given, family = GIVEN[i % 4], f"{FAMILIES[i % 6]}{i:04d}"
            key = person_search_key("", "", given, family, f"p{i}@example.pt")
            firm = firm_ids[i % 3]
            rows.append(
                dict(
                    id=i + 1,
                    uuid=str(uuid.uuid4()),
                    given_name=given,
                    family_name=family,
                    email=f"p{i}@example.pt",
                    organisation_id=firm,
                    search_key=key,
                    sort_key=person_sort_key(family, given, "", ""),
                    created_at=now,
                    updated_at=now,
                    version=1,
                )
            )
            expected[i + 1] = (rows[-1]["sort_key"], f"{key} {firms[firm]}", firm)
        s.execute(insert(Person), rows)
    return expected


def statements(database) -> list[str]:
    seen: list[str] = []
    event.listen(database.engine, "before_cursor_execute", lambda *a: seen.append(a[2]))
    return seen


def ordered_ids(crowd, text: str = "", descending: bool = False) -> list[int]:
    words = fold(text).split()
    found = [i for i, (_sort, haystack, _firm) in crowd.items() if all(w in haystack for w in words)]
    return sorted(found, key=lambda i: (crowd[i][0], i), reverse=descending)


def loaded(model) -> list[int]:
    return [model.row_id(r) for r in range(model.rowCount())]


@pytest.mark.parametrize("order", [Qt.SortOrder.AscendingOrder, Qt.SortOrder.DescendingOrder])
def test_people_sort_by_the_indexed_name_key_and_page_by_keyset(database, crowd, order):
    model = people_model(database)
    model.sort(0, order)
    model.reload()
    assert model.total == PEOPLE and not model.total_capped  # no search: the exact count
    sql = statements(database)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert len(sql) == 2 and all("people.sort_key" in q and ("> (" in q or "< (" in q) for q in sql)
    descending = order == Qt.SortOrder.DescendingOrder
    assert loaded(model) == ordered_ids(crowd, descending=descending)[: 3 * PAGE]
    # accents folded: Ávila before Bento, Câmara before Conceição
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    if not descending:
        assert names[0] == "José Ávila0000" and names[1] == "Wang Ávila0006"


@pytest.mark.parametrize("text", ["a", "camara", "conceicao", "logistica jose", "wang 1", "p29@", "nobody"])
def test_a_search_pages_in_name_order_by_person_or_firm(database, crowd, text):
    """Matched on the person's names and email or the firm's name (one scan, no join), every page in
    name order, neither overlapping nor skipping, to the last match."""
    model = people_model(database)
    model.count_cap = 10_000
    sql = statements(database)
    model.set_search(text)
    assert "ORDER BY (+ people.sort_key)" in sql[0]  # one scan and a bounded sort, not the index walk
    expected = ordered_ids(crowd, text)
    assert model.total == len(expected) and not model.total_capped
    model.fetch_all()
    assert loaded(model) == expected


def test_a_search_pages_descending_too(database, crowd):
    model = people_model(database)
    model.sort(0, Qt.SortOrder.DescendingOrder)
    model.set_search("silva")
    model.fetch_all()
    assert loaded(model) == ordered_ids(crowd, "silva", descending=True)


def test_a_search_by_firm_sorted_by_the_firm_column_still_finds_every_match(database, crowd):
    model = people_model(database)
    model.sort(1, Qt.SortOrder.AscendingOrder)  # a sort on the joined organisation: the plain path
    model.set_search("tejo ana")
    model.fetch_all()
    assert sorted(loaded(model)) == sorted(ordered_ids(crowd, "tejo ana"))


def test_a_search_counts_up_to_the_cap_then_counts_what_is_loaded(database, crowd):
    model = people_model(database)
    assert model.count_cap == COUNT_CAP
    model.count_cap = 500
    model.set_search("a")  # every one of the 3,000
    assert (model.total, model.total_capped) == (500, True)
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 600 and (model.total, model.total_capped) == (600, True)
    model.fetch_all()
    assert (model.total, model.total_capped) == (PEOPLE, False)
    sql = statements(database)
    model.set_search("wang 29")  # fewer than a page: no count at all
    assert model.total == len(ordered_ids(crowd, "wang 29")) and 0 < model.total < PAGE
    assert not model.total_capped
    assert len(sql) == 1 and "count(" not in sql[0].lower()
    model.set_search("")
    assert (model.total, model.total_capped) == (PEOPLE, False)  # the whole list is counted


def test_the_count_label_says_when_the_count_was_capped(qtbot, database, crowd):
    from desktop.ui.directory.view import _TablePage

    page = _TablePage(people_model(database), "Filter")
    qtbot.addWidget(page)
    page.model.count_cap = 1_000
    page.model.reload()
    assert page.count.text() == "200 shown of 3,000"
    page.model.set_search("a")
    assert page.count.text() == "200 shown of 1,000+"
    page.model.set_search("camara")
    assert page.count.text() == "200 shown of 500"


def test_organisations_search_by_scan_in_folded_name_order(database, crowd):
    model = organisations_model(database)
    model.set_search("o")  # Conceição, Logística, Group
    assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
        "Conceição & Irmãos",
        "Global Media Group",
        "Tejo Logística",
    ]
    assert model.index(0, 5).data() == "1000"  # contacts, counted for the page's rows only
