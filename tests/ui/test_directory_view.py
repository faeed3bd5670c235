"""The directory: filter people by typing, forms that mark invalid fields, undoable create/edit/delete."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QToolTip
from sqlalchemy import func, select

from db.models import Organisation, Person, Registration
from desktop.ui.directory.view import DirectoryView
from desktop.ui.tables.column_fit import CAP
from tests import factories as f
from tests.ui.view_harness import in_window, make_context, seed


@pytest.fixture
def setup(qtbot, database):
    ids = seed(database)
    context = make_context(database, ids.trip_id)
    view = DirectoryView(context)
    window = in_window(qtbot, context, view)
    return ids, context, view, window


def names(model) -> list[str]:
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_models_keep_qts_contract(setup, qtmodeltester):
    _ids, _context, view, _window = setup
    qtmodeltester.check(view.organisations.model)
    qtmodeltester.check(view.people.model)


def test_filter_people_by_typing(qtbot, setup):
    _ids, _context, view, _window = setup
    view.show_people()
    view.focus_search()
    assert view.people.search.hasFocus()
    qtbot.keyClicks(view.people.search, "conceicao")  # no accents typed: the person, and a firm's contact
    qtbot.waitUntil(lambda: names(view.people.model) == ["Ana Conceição", "João Gaspar"])
    qtbot.keyClicks(view.people.search, " ana")
    qtbot.waitUntil(lambda: names(view.people.model) == ["Ana Conceição"])
    assert "1 shown of 1" in view.people.count.text()
    view.people.search.clear()
    view.people.search.insert("王建")  # as an input method commits it (QTest cannot type Chinese)
    qtbot.waitUntil(lambda: names(view.people.model) == ["王建国 (Wang Jianguo)"])
    view.people.search.clear()
    qtbot.keyClicks(view.people.search, "global media")  # by organisation
    qtbot.waitUntil(lambda: names(view.people.model) == ["Ana Conceição"])


def test_organisation_detail_shows_contacts_meetings_and_open_actions_across_trips(setup):
    ids, _context, view, _window = setup
    assert view.organisations.table.select_id(ids.orgs["gmg"])
    detail = view.organisation_detail
    assert view.detail.currentWidget() is detail
    assert detail.header.title.text() == "Global Media Group"
    assert [r[1] for r in detail.contacts.rows] == ["Ana Conceição"]
    assert [r[3] for r in detail.meetings.rows] == [
        "First contact with GMG",
        "Meeting with Global Media Group",
    ]
    assert {r[2] for r in detail.meetings.rows} == {"Luohu delegation", "Earlier mission"}
    assert sorted(r[1] for r in detail.actions.rows) == [
        "Propose an interview",
        "Send brochure",
        "Send press kit",
    ]
    assert detail.notes.subject == {"organisation_id": ids.orgs["gmg"]}


def test_invalid_email_is_marked_and_nothing_saved(qtbot, setup, database):
    _ids, context, view, _window = setup
    form = view.new_record()  # the organisations tab is current
    qtbot.waitExposed(form)
    name = form.fields["name"]
    email = form.fields["email"]
    assert isinstance(name, QLineEdit) and isinstance(email, QLineEdit)
    qtbot.keyClicks(name, "Banco <b>&</b> Tejo")
    qtbot.keyClicks(email, "geral@bancotejo")
    qtbot.keyClick(email, Qt.Key.Key_Return)  # Enter saves the form
    assert form.isVisible()  # kept open, with everything typed still there
    assert "does not look like an email address" in form.errors.message("email")
    assert "c62828" in email.styleSheet()  # the field is marked
    assert form.focusWidget() is email  # the cursor goes to the field to fix
    assert name.text() == "Banco <b>&</b> Tejo"
    with database.session() as s:
        assert s.scalar(select(func.count()).where(Organisation.name.like("Banco%"))) == 0
    assert context.undo_stack.count() == 0

    email.setText("geral@bancotejo.pt")
    form.accept()
    assert not form.isVisible()
    with database.session() as s:
        org = s.scalars(select(Organisation).where(Organisation.name == "Banco <b>&</b> Tejo")).one()
        assert org.email == "geral@bancotejo.pt"
    # The new organisation is selected and shown, markup characters as typed.
    assert view.organisations.table.selected_id() == org.id
    assert view.organisation_detail.header.title.text() == "Banco <b>&</b> Tejo"

    qtbot.keyClick(view.organisations.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    with database.session() as s:
        assert s.get(Organisation, org.id) is None
    assert "Banco <b>&</b> Tejo" not in names(view.organisations.model)
    context.undo_stack.redo()
    with database.session() as s:
        assert s.get(Organisation, org.id).email == "geral@bancotejo.pt"


def test_edit_person_is_undoable(qtbot, setup, database):
    ids, context, view, _window = setup
    view.show_people()
    form = view.edit_person(ids.people["ana"])
    form.fields["job_title"].setText("Managing Director")
    form.fields["phone"].setText("call me")
    form.accept()
    assert form.isVisible() and "phone number" in form.errors.message("phone")
    form.fields["phone"].setText("+351 21 123 4567")
    form.accept()
    with database.session() as s:
        ana = s.get(Person, ids.people["ana"])
        assert (ana.job_title, ana.phone, ana.family_name) == (
            "Managing Director",
            "+351 21 123 4567",
            "Conceição",
        )
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(Person, ids.people["ana"]).job_title == "Director"


def test_delete_person_asks_and_is_undoable(qtbot, setup, database, monkeypatch):
    ids, context, view, _window = setup
    view.show_people()
    assert view.people.table.select_id(ids.people["ana"])
    asked: list[str] = []

    def answer(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", answer)
    view.delete_selected()
    assert "1 registrations" in asked[0]
    with database.session() as s:
        assert s.get(Person, ids.people["ana"]) is not None

    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    with database.session() as s:
        assert s.get(Person, ids.people["ana"]) is None
        assert s.scalar(select(func.count()).where(Registration.person_id == ids.people["ana"])) == 0
    assert "Ana Conceição" not in names(view.people.model)
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(Person, ids.people["ana"]).organisation_id == ids.orgs["gmg"]
        assert s.scalar(select(func.count()).where(Registration.person_id == ids.people["ana"])) == 1
    assert "Ana Conceição" in names(view.people.model)


def test_filter_organisations_by_kind(setup):
    _ids, _context, view, _window = setup
    view.kind_filter.setCurrentIndex(view.kind_filter.findData("media"))
    assert names(view.organisations.model) == ["Global Media Group"]


def test_clicking_a_person_shows_their_details(qtbot, setup):
    """A mouse click moves the current row before it selects it: the detail pane must still follow."""
    _ids, _context, view, _window = setup
    view.show_people()
    table = view.people.table
    row = names(view.people.model).index("Ana Conceição")
    qtbot.mouseClick(
        table.viewport(),
        Qt.MouseButton.LeftButton,
        pos=table.visualRect(view.people.model.index(row, 0)).center(),
    )
    qtbot.waitUntil(lambda: view.detail.currentWidget() is view.person_detail)
    assert table.selected_id() == view.people.model.row_id(row)


def test_opens_on_the_first_row_with_its_detail_and_every_column_in_view(setup):
    _ids, _context, view, window = setup
    for page in (view.organisations, view.people):
        assert page.table.currentIndex().row() == 0
        assert page.table.selected_id() == page.model.row_id(0)
    assert view.detail.currentWidget() is view.organisation_detail
    assert view.organisation_detail.header.title.text() == view.organisations.model.index(0, 0).data()
    # at the main window's default size, the columns up to Contacts fit without scrolling sideways
    window.resize(1560 - 190, 960)
    table = view.organisations.table
    contacts = 5
    assert table.columnViewportPosition(contacts) + table.columnWidth(contacts) <= table.viewport().width()


def test_a_filter_that_hides_the_selected_row_selects_the_first_match(qtbot, setup):
    ids, _context, view, _window = setup
    page = view.organisations
    assert page.table.select_id(ids.orgs["gmg"])
    qtbot.keyClicks(page.search, "joinko")
    qtbot.waitUntil(lambda: names(page.model) == ["Joinko Group"])
    assert page.table.selected_id() == ids.orgs["joinko"]
    assert view.organisation_detail.header.title.text() == "Joinko Group"
    page.search.clear()  # the selection is kept when the filter goes
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert page.table.selected_id() == ids.orgs["joinko"]
    page.search.setText("nobody by this name")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)
    assert view.detail.currentWidget() is view.empty


def _top(widget, dialog) -> int:
    return widget.mapTo(dialog, widget.rect().topLeft()).y()


@pytest.mark.parametrize("tab", ["organisations", "people"])
def test_form_rows_sit_together_each_label_beside_its_field(qtbot, setup, tab):
    _ids, _context, view, _window = setup
    view.show_organisations() if tab == "organisations" else view.show_people()
    form = view.new_record()
    qtbot.waitExposed(form)
    tops = []
    for widget in form.fields.values():
        label = form._form.labelForField(widget.parentWidget())  # the field with its error line
        assert abs(_top(label, form) - _top(widget, form)) <= 8, label.text()  # side by side
        tops.append(_top(widget, form))
    # one field follows another with the usual spacing: no row stretched to fill the dialog's height
    gaps = [b - a - w.height() for a, b, w in zip(tops, tops[1:], form.fields.values(), strict=False)]
    assert max(gaps) <= 12, gaps
    form.reject()


def test_organisation_contacts_show_whole_emails_and_tooltips_for_what_is_cut(qtbot, setup, database):
    _ids, _context, view, window = setup
    profile = "Lisbon media group: newspapers, radio and digital. " * 3  # wraps onto several lines
    with database.session() as s:
        org = f.organisation(s, "Grupo Mediático Atlântico <b>&</b>", city="Lisbon", profile=profile)
        f.contact(
            s,
            org,
            "Maria João Conceição",
            job_title="Director of Investment Promotion and International Partnerships",
            email="maria.conceicao@mediatico-atlantico.pt",
            phone="+351 912 345 678",
        )
    window.resize(1560 - 190, 960)  # the main window's default size, less the navigation list
    detail = view.organisation_detail
    detail.show_organisation(org)
    detail.tabs.setCurrentIndex(0)
    table = detail.contacts_view
    qtbot.waitUntil(lambda: table.viewport().width() > 200)
    name, title, email = 0, 1, 2
    header = table.horizontalHeader()
    # the email is whole, in view, and at least as wide as its header
    assert table.columnWidth(email) >= table.sizeHintForColumn(email)
    assert table.columnWidth(email) >= header.sectionSizeHint(email)
    assert table.columnViewportPosition(email) + table.columnWidth(email) <= table.viewport().width()
    # the name keeps a readable width; the long job title gave way, and says it whole in a tooltip
    assert table.columnWidth(name) >= 90
    assert table.columnWidth(title) < table.sizeHintForColumn(title)
    cell = table.visualRect(table.model().index(0, title))
    event = QHelpEvent(QEvent.Type.ToolTip, cell.center(), table.viewport().mapToGlobal(cell.center()))
    QApplication.sendEvent(table.viewport(), event)
    assert QToolTip.text() == "Director of Investment Promotion and International Partnerships"
    QToolTip.hideText()
    # a wider pane gives the job title its (capped) width and the name the room left over
    window.resize(2400, 960)
    qtbot.waitUntil(lambda: table.columnWidth(title) == CAP)  # free text is capped
    assert table.columnWidth(name) > table.sizeHintForColumn(name)
    right = table.columnViewportPosition(3) + table.columnWidth(3)
    assert table.viewport().width() - 2 <= right <= table.viewport().width()
    # the long profile is not cut off at the bottom
    value = detail.header.facts.itemAtPosition(0, 1).widget()
    assert value.text().startswith("Lisbon media group")
    assert value.height() >= value.heightForWidth(value.width())
