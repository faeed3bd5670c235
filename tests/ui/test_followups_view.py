"""Follow-ups: open actions of the trip's meetings, overdue marked, filter by owner, done/reopen undoable."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFormLayout

from db.models import Action
from desktop.services import followups
from desktop.ui.context import Topic
from desktop.ui.followups.view import UNASSIGNED, FollowUpsView
from tests.ui.view_harness import in_window, make_context, seed


@pytest.fixture
def setup(qtbot, database):
    ids = seed(database)
    context = make_context(database, ids.trip_id)
    view = FollowUpsView(context)
    window = in_window(qtbot, context, view)
    yield ids, context, view
    window.close()


def rows(view) -> list[tuple[str, str, str]]:
    m = view.model
    return [(m.index(r, 0).data(), m.index(r, 1).data(), m.index(r, 2).data()) for r in range(m.rowCount())]


def test_open_actions_of_this_trip_soonest_first_overdue_marked(setup, qtmodeltester):
    ids, _context, view = setup
    shown = rows(view)
    assert [r[0] for r in shown] == ["Send press kit", "Propose an interview"]  # not done, not other trips
    assert shown[0][1] == "周敏 (Zhou Min)"
    assert shown[0][2] == "2024-09-20 · overdue"
    assert "overdue" not in shown[1][2]
    red = view.model.index(0, 2).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.color().name() == "#c62828"
    assert view.model.index(1, 2).data(Qt.ItemDataRole.ForegroundRole) is None
    assert view.model.index(0, 3).data() == "Global Media Group"
    assert view.summary.text().startswith("2 open · 1 overdue")
    qtmodeltester.check(view.model)

    view.show_done.setChecked(True)
    assert "Thank-you letter" in [r[0] for r in rows(view)]


def test_filter_by_owner(setup):
    ids, _context, view = setup
    view.owner_filter.setCurrentIndex(view.owner_filter.findData(ids.members["chen"]))
    assert [r[0] for r in rows(view)] == ["Propose an interview"]
    view.owner_filter.setCurrentIndex(view.owner_filter.findData(UNASSIGNED))
    assert rows(view) == []
    view.show_done.setChecked(True)
    assert [r[0] for r in rows(view)] == ["Thank-you letter"]


def test_mark_done_and_undo(qtbot, setup, database):
    ids, context, view = setup
    assert view.table.select_id(ids.actions["overdue"])
    assert view.done_button.text() == "&Mark done"
    assert view.notes.subject == {"meeting_id": ids.meetings["gmg"]}  # the meeting's notes beside it
    qtbot.mouseClick(view.done_button, Qt.MouseButton.LeftButton)
    with database.session() as s:
        action = s.get(Action, ids.actions["overdue"])
        assert action.status == "done" and action.completed_at is not None
    assert [r[0] for r in rows(view)] == ["Propose an interview"]
    assert view.summary.text().startswith("1 open · 0 overdue")

    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the window's Undo
    with database.session() as s:
        action = s.get(Action, ids.actions["overdue"])
        assert action.status == "open" and action.completed_at is None
    assert "Send press kit" in [r[0] for r in rows(view)]

    # Reopen a done one from the "show done" list, and redo/undo that too.
    view.show_done.setChecked(True)
    view.table.select_id(ids.actions["done"])
    assert view.done_button.text() == "&Reopen"
    view.toggle_done()
    with database.session() as s:
        assert s.get(Action, ids.actions["done"]).status == "open"
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(Action, ids.actions["done"]).status == "done"


def test_new_action_with_inline_validation(setup, database):
    ids, context, view = setup
    dialog = view.new_record()
    dialog.accept()  # nothing typed: "what is to be done" is required
    assert dialog.isVisible()
    assert "required" in dialog.errors.message("description")
    dialog.description.setPlainText("Send the signed MoU")
    dialog.owner.setCurrentIndex(dialog.owner.findData(ids.members["chen"]))
    dialog.accept()
    assert not dialog.isVisible()
    assert "Send the signed MoU" in [r[0] for r in rows(view)]
    context.undo_stack.undo()
    assert "Send the signed MoU" not in [r[0] for r in rows(view)]


def test_opens_on_the_first_action_with_its_meetings_notes(setup, database):
    ids, context, view = setup
    with database.session() as s:
        followups.add_note(s, "Warm welcome", author="Lin", meeting_id=ids.meetings["gmg"])
    context.data_changed.emit(Topic.FOLLOWUPS)
    assert view.table.currentIndex().row() == 0
    assert view.table.selected_id() == ids.actions["overdue"]
    assert view.notes_title.text() == "Meeting: Meeting with Global Media Group — Global Media Group"
    assert view.notes.subject == {"meeting_id": ids.meetings["gmg"]}
    assert [n.body for n in view.notes.model.notes] == ["Warm welcome"]
    assert view.edit_button.isEnabled() and view.done_button.isEnabled()


def test_columns_fit_beside_the_notes_and_the_action_takes_the_slack(setup):
    _ids, _context, view = setup
    view.window().resize(1370, 900)  # the main window's default size less its navigation list
    table = view.table
    last = max(c for c in range(view.model.columnCount()) if not table.isColumnHidden(c))
    assert table.columnViewportPosition(last) + table.columnWidth(last) <= table.viewport().width()
    assert table.columnWidth(0) == max(table.columnWidth(c) for c in range(view.model.columnCount()))
    assert table.isColumnHidden(5)  # Status: every row shown is open
    view.show_done.setChecked(True)
    assert not table.isColumnHidden(5)
    assert "Done" in [view.model.index(r, 5).data() for r in range(view.model.rowCount())]


def test_action_form_labels_sit_beside_their_fields(setup):
    _ids, _context, view = setup
    dialog = view.new_record()
    dialog.show()
    form = dialog.findChild(QFormLayout)
    for widget in (dialog.description, dialog.owner, dialog.notes):
        label = form.labelForField(widget.parentWidget())  # the field with its error line
        label_top = label.mapTo(dialog, label.rect().topLeft()).y()
        field_top = widget.mapTo(dialog, widget.rect().topLeft()).y()
        assert abs(label_top - field_top) <= 8, label.text()
    dialog.reject()
