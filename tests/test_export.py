"""Excel/CSV export of the demo trip's lists, formula neutralising, and export -> import round trip."""

from __future__ import annotations

import csv

import openpyxl
import pytest
from sqlalchemy import func, select

from db.database import open_database
from db.models import Event, Person
from desktop.cli import main
from desktop.exchange.columns import Kind
from desktop.exchange.errors import ExchangeError
from desktop.exchange.exporting import export_list, neutralise
from desktop.exchange.importing import ImportRequest, prepare, run_import
from desktop.services import directory
from desktop.services.demo import build_demo


@pytest.fixture
def demo(database) -> tuple[int, int]:
    with database.session() as s:
        trip = build_demo(s)
        event_id = s.scalar(select(Event.id).order_by(Event.id))
        return trip.id, event_id


def read_csv(path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Chinese right
    return list(csv.reader(raw.decode("utf-8-sig").splitlines()))


@pytest.mark.parametrize(
    "kind", ["registrations", "attendees", "organisations", "contacts", "members", "actions", "meetings"]
)
def test_every_list_exports_to_xlsx_and_csv(database, demo, tmp_path, kind):
    trip_id, event_id = demo
    n_xlsx = export_list(database, kind, tmp_path / f"{kind}.xlsx", trip_id=trip_id, event_id=event_id)
    n_csv = export_list(database, kind, tmp_path / f"{kind}.csv", trip_id=trip_id, event_id=event_id)
    assert n_xlsx == n_csv
    rows = read_csv(tmp_path / f"{kind}.csv")
    assert len(rows) == n_csv + 1
    ws = openpyxl.load_workbook(tmp_path / f"{kind}.xlsx").active
    assert ws.max_row == n_xlsx + 1
    assert [c.value for c in ws[1]] == rows[0]
    assert ws.freeze_panes == "A2"
    if kind != "attendees":  # nobody has checked in at the demo conference yet
        assert n_csv > 0


def test_meetings_export_lists_each_meeting_in_local_time_with_its_interpreter(database, demo, tmp_path):
    trip_id, _ = demo
    export_list(database, "meetings", tmp_path / "meetings.xlsx", trip_id=trip_id)
    ws = openpyxl.load_workbook(tmp_path / "meetings.xlsx").active
    rows = [[c.value for c in row] for row in ws.iter_rows()]
    header = rows[0]
    assert header[:3] == ["Start (local)", "End (local)", "Time zone"] and "Interpreter" in header
    gmg = next(r for r in rows[1:] if r[header.index("Organisation")] == "Global Media Group")
    assert gmg[0].strftime("%Y-%m-%d %H:%M") == "2024-09-11 14:30"  # Lisbon's wall clock, not UTC
    assert gmg[header.index("Time zone")] == "Europe/Lisbon"
    assert gmg[header.index("Interpreter")] == "林雪 (Lin Xue)"
    assert "陈立华 (Chen Lihua)" in gmg[header.index("Delegation attendees")]
    starts = [r[0] for r in rows[1:]]
    assert starts == sorted(starts) and len(rows) == 8  # the demo's seven meetings


def test_members_export_holds_both_scripts(database, demo, tmp_path):
    trip_id, _ = demo
    export_list(database, "members", tmp_path / "m.csv", trip_id=trip_id)
    rows = read_csv(tmp_path / "m.csv")
    assert rows[0][:3] == ["Role", "Name", "English name"]
    assert rows[1][0] == "head"
    assert any("\u4e00" <= ch <= "\u9fff" for ch in rows[1][1])


def test_formula_injection_neutralised(database, tmp_path):
    with database.session() as s:
        org = directory.create_organisation(s, name='=HYPERLINK("http://x","y")', city="@SUM(1)")
        directory.create_person(s, latin_name="-2+3", organisation_id=org.id, phone="+351 21 000 0000")
        directory.create_person(s, latin_name="\tTab", organisation_id=org.id, notes="\rcr")
    for value in ("=1", "+1", "-1", "@x", "\tx", "\rx"):
        assert neutralise(value) == "'" + value
    assert neutralise("José") == "José" and neutralise(12) == 12
    export_list(database, "contacts", tmp_path / "c.csv")
    export_list(database, "contacts", tmp_path / "c.xlsx")
    rows = read_csv(tmp_path / "c.csv")
    cells = [c for r in rows[1:] for c in r if c]
    assert '\'=HYPERLINK("http://x","y")' in cells and "'-2+3" in cells and "'+351 21 000 0000" in cells
    assert not [c for c in cells if c[0] in "=+-@\t\r"]
    ws = openpyxl.load_workbook(tmp_path / "c.xlsx").active
    values = [c for row in ws.iter_rows(min_row=2) for c in row if c.value]
    assert not [c for c in values if c.data_type == "f"]
    assert not [c for c in values if isinstance(c.value, str) and c.value[0] in "=+-@\t\r"]
    assert '\'=HYPERLINK("http://x","y")' in [c.value for c in values]


def test_exported_contacts_import_back_into_another_database(database, demo, tmp_path):
    export_list(database, "contacts", tmp_path / "contacts.xlsx")
    other = open_database(tmp_path / "other.sqlite3")
    try:
        table, mapping = prepare(str(tmp_path / "contacts.xlsx"), "contacts")
        report = run_import(other, table, mapping, ImportRequest(Kind.CONTACTS))
        assert report.written and not report.errors
        with database.session() as s1, other.session() as s2:
            expected = s1.scalar(
                select(func.count()).select_from(Person).where(Person.organisation_id.isnot(None))
            )
            assert s2.scalar(select(func.count()).select_from(Person)) == expected
    finally:
        other.close()


def test_export_errors(database, demo, tmp_path, capsys):
    trip_id, _ = demo
    with pytest.raises(ExchangeError, match="must end in .xlsx or .csv"):
        export_list(database, "members", tmp_path / "m.txt", trip_id=trip_id)
    with pytest.raises(ExchangeError, match="has 2 events: name one"):
        export_list(database, "registrations", tmp_path / "r.csv", trip_id=trip_id)
    with pytest.raises(ExchangeError, match="The folder .* does not exist"):
        export_list(database, "members", tmp_path / "nope" / "m.csv", trip_id=trip_id)
    assert main(["export", "members", "--db", str(database.path), "-o", str(tmp_path / "m.csv")]) == 1
    assert "needs a trip" in capsys.readouterr().err
    assert (
        main(
            [
                "export",
                "members",
                "--db",
                str(database.path),
                "--trip",
                str(trip_id),
                "-o",
                str(tmp_path / "m.csv"),
            ]
        )
        == 0
    )
    assert list(tmp_path.glob("*.part")) == []
