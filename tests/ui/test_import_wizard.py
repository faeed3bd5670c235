"""The import wizard end to end on a real file (offscreen), and the export dialog."""

from __future__ import annotations

import datetime as dt

import openpyxl
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWizard
from sqlalchemy import func, select

from db.models import Person, Registration
from desktop.services import directory, itinerary, trips
from desktop.ui.exchange import open_export_dialog, open_import_wizard


@pytest.fixture
def trip_and_event(database) -> tuple[int, int]:
    with database.session() as s:
        trip = trips.create_trip(
            s, name="Luohu", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15)
        )
        place = directory.create_place(s, name="Hotel Tivoli", timezone="Europe/Lisbon")
        event = itinerary.create_event(
            s,
            trip.id,
            title="Conferência Lisboa",
            start=dt.datetime(2024, 9, 12, 9, 30),
            end=dt.datetime(2024, 9, 12, 12, 30),
            place_id=place.id,
            capacity=50,
        )
        return trip.id, event.id


def make_file(path) -> None:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Inscrições — Conferência de Cooperação Económica"])
    ws.merge_cells("A1:E1")
    ws.append([])
    ws.append(["Participante", "Organização", "Correio", "Tel.", "Comentário do participante"])
    ws.append(["José Conceição", "Global Media Group", "jose@gmg.pt", "+351 21 123 4567", ""])
    ws.append(["王建国", "罗湖区投资推广署", "wang@luohu.gov.cn", "", "素食"])
    ws.append(["María Núñez", "Joinko Group", "maria(at)joinko.es", "", ""])
    ws.append(["Ana Sousa", "EFG International", "ana@efg.com", "", "VIP"])
    wb.save(path)


def registrations(database) -> int:
    with database.session() as s:
        return s.scalar(select(func.count()).select_from(Registration))


def test_wizard_maps_previews_and_imports_skipping_bad_rows(qtbot, database, trip_and_event, tmp_path):
    trip_id, event_id = trip_and_event
    path = tmp_path / "inscricoes.xlsx"
    make_file(path)
    wizard = open_import_wizard(None, database, trip_id, kind="registrations", event_id=event_id)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    assert page.event_box.currentData() == event_id and page.event_box.isEnabled()
    page.path.setText(str(path))
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    mp = wizard.mapping_page
    assert mp.table.rowCount() == 5
    assert [c.currentData() for c in mp.combos] == ["name", "organisation", "email", "phone", None]
    # The last header names no field (its "participante" is taken by the name column): map it by hand.
    mp.combos[4].setCurrentIndex(mp.combos[4].findData("notes"))
    assert wizard.mapping.by_field()["notes"] == 4
    # Mapping a second column to "email" clears the first one's choice.
    mp.combos[3].setCurrentIndex(mp.combos[3].findData("email"))
    assert mp.combos[2].currentData() is None
    mp.combos[2].setCurrentIndex(mp.combos[2].findData("email"))
    mp.combos[3].setCurrentIndex(mp.combos[3].findData("phone"))
    wizard.next()
    pp = wizard.preview_page
    qtbot.waitUntil(lambda: pp.report is not None, timeout=10_000)
    assert pp.errors.rowCount() == 1
    assert [pp.errors.item(0, c).text() for c in range(3)] == [
        "6",
        "C (Correio)",
        "'maria(at)joinko.es' does not look like an email address",
    ]
    assert "3 correct, 1 with errors" in pp.summary.text()
    # the Row column is as wide as its numbers (or header), not a quarter of the table
    row_header = pp.errors.horizontalHeader()
    assert pp.errors.columnWidth(0) <= max(row_header.sectionSizeHint(0), pp.errors.sizeHintForColumn(0))
    assert pp.errors.columnWidth(2) > pp.errors.columnWidth(0) * 5  # the problem has the room
    # a subtitle as on the other pages, so its title sits in the same header band
    assert "inscricoes.xlsx" in pp.subTitle()
    assert not pp.isComplete()  # all or nothing, with a bad row: cannot go on
    pp.skip_bad.setChecked(True)
    assert pp.isComplete()
    assert registrations(database) == 0  # the preview wrote nothing
    wizard.next()
    ip = wizard.import_page
    qtbot.waitUntil(lambda: ip.report is not None, timeout=10_000)
    assert "Imported" in ip.status.text()
    assert all(page.subTitle() for page in (wizard.file_page, wizard.mapping_page, pp, ip))
    assert registrations(database) == 3
    with database.session() as s:
        wang = s.scalar(select(Person).where(Person.native_name == "王建国"))
        reg = s.scalar(select(Registration).where(Registration.person_id == wang.id))
        assert reg.notes == "素食"
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()


def test_wizard_shows_file_errors_on_the_first_page(qtbot, database, trip_and_event, tmp_path):
    trip_id, event_id = trip_and_event
    bad = tmp_path / "empty.csv"
    bad.write_bytes(b"")
    wizard = open_import_wizard(None, database, trip_id, kind="organisations")
    qtbot.addWidget(wizard)
    wizard.file_page.path.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.file_page
    assert "empty.csv is empty" in wizard.file_page.error.text()


def test_cancel_during_import_saves_nothing(qtbot, database, trip_and_event, tmp_path):
    trip_id, event_id = trip_and_event
    path = tmp_path / "big.csv"
    with path.open("w", encoding="utf-8") as fh:
        fh.write("Name,Company,Email\n")
        for i in range(60_000):
            fh.write(f"Person {i},Company {i % 500},p{i}@example.com\n")
    wizard = open_import_wizard(None, database, trip_id, kind="registrations", event_id=event_id)
    # (not given to qtbot: Cancel closes and deletes it)
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.preview_page.report is not None, timeout=30_000)
    wizard.next()
    qtbot.waitUntil(
        lambda: wizard.import_page.status.text().startswith(("Writing", "Reading")), timeout=30_000
    )
    wizard.reject()  # the Cancel button
    assert not wizard.busy()
    assert registrations(database) == 0


def test_export_dialog_writes_the_chosen_list(qtbot, database, trip_and_event, tmp_path):
    trip_id, event_id = trip_and_event
    with database.session() as s:
        p = directory.create_person(s, native_name="王建国", latin_name="Wang Jianguo")
        from desktop.services import registrations as reg_service

        reg_service.register(s, event_id, p.id)
    dialog = open_export_dialog(None, database, trip_id, kind="registrations", event_id=event_id)
    qtbot.addWidget(dialog)
    dialog.path.setText(str(tmp_path / "regs.xlsx"))
    dialog.format.setCurrentIndex(1)  # CSV: the suffix follows
    assert dialog.path.text().endswith("regs.csv")
    dialog.export_button.click()
    assert "1 row written" in dialog.message.text()
    text = (tmp_path / "regs.csv").read_text(encoding="utf-8-sig")
    assert "王建国" in text and "Wang Jianguo" in text
    dialog.path.setText(str(tmp_path / "missing" / "x.csv"))
    dialog.export_button.click()
    assert "does not exist" in dialog.message.text()


def test_export_the_calendar_of_one_member_with_their_follow_ups(qtbot, database, tmp_path):
    from icalendar import Calendar

    from desktop.services.demo import build_demo

    with database.session() as s:
        trip_id = build_demo(s).id
    dialog = open_export_dialog(None, database, trip_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.kind.setCurrentIndex(dialog.kind.findData("calendar"))
    assert (
        dialog.member_box.isVisible() and not dialog.format.isVisible() and not dialog.event_box.isVisible()
    )
    dialog.member_box.setCurrentIndex(
        dialog.member_box.findText("Huang Zhiqiang", Qt.MatchFlag.MatchContains)
    )
    dialog.with_actions.setChecked(True)
    dialog.path.setText(str(tmp_path / "huang.csv"))
    dialog._format_changed()  # the suffix follows the kind: a calendar is .ics
    assert dialog.path.text().endswith("huang.ics")
    dialog.export_button.click()
    cal = Calendar.from_ical((tmp_path / "huang.ics").read_bytes())
    todos = [str(t["summary"]) for t in cal.walk("VTODO")]
    assert sorted(todos) == [
        "Propose an interview with the head of delegation",
        "Receive Joinko's soft-landing proposal",
    ]
    assert cal.walk("VEVENT") and " events written to " in dialog.message.text()
    assert dialog.message.text().endswith("huang.ics with 2 follow-up actions as to-dos")
    dialog.kind.setCurrentIndex(dialog.kind.findData("members"))
    assert dialog.format.isVisible() and not dialog.member_box.isVisible()
