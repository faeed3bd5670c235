"""The registration desk: register (a full event waitlists), cancel (the waitlist moves up), undo."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.models import Organisation, Person, Registration
from desktop.ui.registration.view import RegistrationDeskView
from tests.ui.view_harness import in_window, make_context, seed


@pytest.fixture
def setup(qtbot, database):
    ids = seed(database)
    context = make_context(database, ids.trip_id)
    view = RegistrationDeskView(context)
    window = in_window(qtbot, context, view)
    return ids, context, view, window


def shown(view) -> list[tuple[str, str]]:
    model = view.model
    return [(model.index(r, 0).data(), model.index(r, 2).data()) for r in range(model.rowCount())]


def test_desk_shows_the_event_and_its_capacity(setup, qtmodeltester):
    _ids, _context, view, _window = setup
    assert "Economic and Trade Cooperation Conference" in view.event_combo.currentText()
    assert view.capacity.text().startswith("Capacity 3 · 3 seated · 0 left · 1 waitlisted")
    assert ("Inês Estêvão", "Waitlisted") in shown(view)
    assert ("王建国 (Wang Jianguo)", "Registered") in shown(view)
    qtmodeltester.check(view.model)
    view.status_filter.setCurrentIndex(view.status_filter.findData("waitlisted"))
    assert shown(view) == [("Inês Estêvão", "Waitlisted")]


def test_register_a_guest_when_full_goes_to_the_waitlist(qtbot, setup, database):
    ids, context, view, _window = setup
    dialog = view.new_record()
    qtbot.keyClicks(dialog.search, "goncalves")
    qtbot.waitUntil(lambda: dialog.people.rowCount() == 1)
    dialog.people_table.select_first()
    dialog.accept()
    assert not dialog.isVisible()
    reg = ids.registration(database, ids.people["rui"])
    assert reg.status == "waitlisted"
    assert view.message.text() == "The event is full: Rui Gonçalves is on the waitlist (position 2)."
    assert ("Rui Gonçalves", "Waitlisted") in shown(view)
    assert "2 waitlisted" in view.capacity.text()

    # Registering the same person twice is refused, in the dialog, with nothing saved.
    again = view.new_record()
    qtbot.keyClicks(again.search, "rui")
    qtbot.waitUntil(lambda: again.people.rowCount() == 1)
    again.people_table.select_first()
    again.accept()
    assert again.isVisible()
    assert "already registered" in again.errors.message("person_id")
    assert context.undo_stack.count() == 1


def test_register_a_new_person_and_firm_then_undo_removes_all(qtbot, setup, database):
    _ids, context, view, _window = setup
    dialog = view.new_record()
    dialog.choose_new_person()
    dialog.fields["family_name"].setText("Simões")
    dialog.fields["given_name"].setText("Marta")
    dialog.fields["email"].setText("marta@")
    dialog.new_organisation.setText("Clínica São João de Deus")
    dialog.accept()
    assert dialog.isVisible() and "email address" in dialog.errors.message("email")
    with database.session() as s:  # refused as a whole: no organisation or person half-created
        assert s.scalar(select(func.count()).where(Organisation.name.like("Clínica%"))) == 0
        assert s.scalar(select(func.count()).where(Person.family_name == "Simões")) == 0

    dialog.fields["email"].setText("marta@clinica.example.pt")
    dialog.status.setCurrentIndex(dialog.status.findData("invited"))
    dialog.accept()
    assert not dialog.isVisible()
    with database.session() as s:
        marta = s.scalars(select(Person).where(Person.family_name == "Simões")).one()
        assert marta.organisation.name == "Clínica São João de Deus"
        reg = s.scalars(select(Registration).where(Registration.person_id == marta.id)).one()
        assert reg.status == "invited"
    assert view.table.selected_id() == reg.id
    assert view.message.text() == "Registered Marta Simões (Invited)."

    context.undo_stack.undo()
    with database.session() as s:
        assert s.scalar(select(func.count()).where(Person.family_name == "Simões")) == 0
        assert s.scalar(select(func.count()).where(Organisation.name.like("Clínica%"))) == 0
    context.undo_stack.redo()
    with database.session() as s:
        assert s.get(Registration, reg.id).person.organisation.name == "Clínica São João de Deus"


def test_cancel_shows_who_was_promoted_and_undo_restores_both(setup, database, monkeypatch):
    ids, context, view, _window = setup
    ana = ids.registration(database, ids.people["ana"])
    assert view.table.select_id(ana.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.cancel_selected()
    assert view.message.text() == (
        "Cancelled the registration of Ana Conceição. Inês Estêvão got the seat (promoted from the waitlist)."
    )
    assert ids.registration(database, ids.people["ana"]).status == "cancelled"
    assert ids.registration(database, ids.people["ines"]).status == "registered"
    assert ("Inês Estêvão", "Registered") in shown(view)
    assert "0 waitlisted" in view.capacity.text()

    context.undo_stack.undo()
    assert ids.registration(database, ids.people["ana"]).status == "registered"
    assert ids.registration(database, ids.people["ines"]).status == "waitlisted"
    assert ("Inês Estêvão", "Waitlisted") in shown(view)
    context.undo_stack.redo()
    assert ids.registration(database, ids.people["ines"]).status == "registered"


def test_promote_needs_a_free_seat(setup, database):
    ids, _context, view, _window = setup
    ines = ids.registration(database, ids.people["ines"])
    assert view.table.select_id(ines.id)
    assert view.promote_button.isEnabled()
    view.promote_selected()
    assert "the event is full" in view.message.text()
    assert ids.registration(database, ids.people["ines"]).status == "waitlisted"

    wang = ids.registration(database, ids.people["wang"])
    view.table.select_id(wang.id)
    view.set_status_selected("no_show")  # frees a seat: the waitlist moves up
    assert "Inês Estêvão got the seat" in view.message.text()
    assert ids.registration(database, ids.people["ines"]).status == "registered"


def test_delete_registration_asks_first(setup, database, monkeypatch):
    ids, context, view, _window = setup
    wang = ids.registration(database, ids.people["wang"])
    view.table.select_id(wang.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.No)
    view.delete_selected()
    with database.session() as s:
        assert s.get(Registration, wang.id) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    with database.session() as s:
        assert s.get(Registration, wang.id) is None
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(Registration, wang.id).status == "registered"


def test_print_a_badge_for_the_selected_guest_without_checking_them_in(qtbot, setup, database):
    import io

    from pypdf import PdfReader

    from desktop.ui.workers import documents_worker

    ids, _context, view, _window = setup
    assert not view.badge_button.isEnabled()  # nobody selected yet
    view.table.select_id(ids.registration(database, ids.people["ines"]).id)
    assert view.badge_button.isEnabled()
    dialog = view.print_badge_selected()
    try:
        qtbot.waitUntil(lambda: dialog.pane.page_count() > 0, timeout=60_000)
        text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(dialog.pane.pdf)).pages)
        assert "Inês Estêvão" in text and "Wang Jianguo" not in text
        assert dialog.name == "Name badges - Inês Estêvão.pdf"
    finally:
        dialog.reject()
        documents_worker().wait(60_000)
    reg = ids.registration(database, ids.people["ines"])
    assert (reg.status, reg.checked_in_at) == ("waitlisted", None)
