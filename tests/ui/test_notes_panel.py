"""Notes on a meeting, an organisation or a person: add, edit, delete (undoable), long notes."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMainWindow, QMessageBox
from sqlalchemy import select

from db.models import Note
from desktop.ui.notes import NotesPanel
from tests.ui.view_harness import in_window, make_context, seed


@pytest.fixture
def setup(qtbot, database):
    ids = seed(database)
    context = make_context(database, ids.trip_id)
    panel = NotesPanel(context, meeting_id=ids.meetings["gmg"])
    window: QMainWindow = in_window(qtbot, context, panel)
    yield ids, context, panel
    window.close()


def notes(database, **subject) -> list[Note]:
    ((field, value),) = subject.items()
    with database.session() as s:
        return list(s.scalars(select(Note).where(getattr(Note, field) == value).order_by(Note.id)))


def test_add_then_edit_a_note(qtbot, setup, database):
    ids, context, panel = setup
    panel.author.setText("Zhou Min")
    panel.body.setPlainText("Ana Conceição will send the <b>media</b> kit & photos.")
    assert panel.save_button.text() == "Add note"
    panel.save_button.click()
    (note,) = notes(database, meeting_id=ids.meetings["gmg"])
    assert (note.author, note.body) == ("Zhou Min", "Ana Conceição will send the <b>media</b> kit & photos.")
    assert panel.model.rowCount() == 1
    shown = panel.model.index(0).data()
    assert "Zhou Min" in shown and "<b>media</b> kit & photos" in shown
    assert panel.save_button.text() == "Save note"  # the new note stays selected: Save edits it

    panel.body.setPlainText("Ana Conceição sent the media kit.")
    panel.save()
    (note,) = notes(database, meeting_id=ids.meetings["gmg"])
    assert note.body == "Ana Conceição sent the media kit." and note.author == "Zhou Min"
    context.undo_stack.undo()
    assert notes(database, meeting_id=ids.meetings["gmg"])[0].body.startswith("Ana Conceição will send")
    assert panel.body.toPlainText().startswith("Ana Conceição will send")  # the editor follows the undo
    context.undo_stack.undo()
    assert notes(database, meeting_id=ids.meetings["gmg"]) == []
    assert panel.model.rowCount() == 0


def test_a_20000_character_note_is_kept_whole(setup, database):
    ids, _context, panel = setup
    body = ("Reunião com 环球传媒集团: " + "x" * 97 + "\n") * 175
    assert len(body) > 20_000
    panel.body.setPlainText(body)
    assert panel.save()
    (note,) = notes(database, meeting_id=ids.meetings["gmg"])
    assert note.body == body.rstrip()
    assert len(panel.model.index(0).data()) < 400  # the list shows a preview, the editor everything
    assert panel.body.toPlainText() == body.rstrip()


def test_empty_note_is_refused_inline(setup, database):
    ids, context, panel = setup
    panel.body.setPlainText("   ")
    assert not panel.save()
    assert "required" in panel.errors.message("body")
    assert notes(database, meeting_id=ids.meetings["gmg"]) == []
    assert context.undo_stack.count() == 0


def test_delete_asks_and_is_undoable(setup, database, monkeypatch):
    ids, context, panel = setup
    panel.body.setPlainText("Call back on Monday")
    panel.save()
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    panel.delete_selected()
    assert notes(database, meeting_id=ids.meetings["gmg"]) == []
    context.undo_stack.undo()
    assert [n.body for n in notes(database, meeting_id=ids.meetings["gmg"])] == ["Call back on Monday"]


def test_switching_subject_offers_to_save_what_was_typed(setup, database, monkeypatch):
    ids, _context, panel = setup
    panel.body.setPlainText("Half-written thought")
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Save)
    panel.set_subject(person_id=ids.people["ana"])
    assert [n.body for n in notes(database, meeting_id=ids.meetings["gmg"])] == ["Half-written thought"]
    assert panel.model.rowCount() == 0 and panel.body.toPlainText() == ""
    panel.body.setPlainText("About Ana")
    panel.save()
    assert [n.body for n in notes(database, person_id=ids.people["ana"])] == ["About Ana"]


def test_a_note_being_written_survives_a_crash_and_is_offered_back(qtbot, setup, database):
    ids, context, panel = setup
    meeting = ids.meetings["gmg"]
    key = f"note:meeting_id={meeting}:new"
    panel.author.setText("Zhou Min")
    panel.body.setPlainText("GMG: supplement in November; photos from Rui by Friday.")
    qtbot.waitUntil(lambda: context.drafts.get(key) is not None, timeout=5_000)
    assert notes(database, meeting_id=meeting) == []  # nothing saved: the power goes now

    later = make_context(database, ids.trip_id)  # the next session
    again = NotesPanel(later, meeting_id=meeting)
    qtbot.addWidget(again)
    assert again.body.toPlainText() == "" and not again.drafts.banner.isHidden()
    again.drafts.banner.restore_button.click()
    assert again.body.toPlainText() == "GMG: supplement in November; photos from Rui by Friday."
    assert again.author.text() == "Zhou Min" and again.is_dirty()
    again.save_button.click()
    (note,) = notes(database, meeting_id=meeting)
    assert note.body.startswith("GMG: supplement") and later.drafts.get(key) is None
    assert again.drafts.banner.isHidden()


def test_a_draft_note_discarded_is_gone(qtbot, setup, monkeypatch):
    ids, context, panel = setup
    key = f"note:meeting_id={ids.meetings['gmg']}:new"
    panel.body.setPlainText("not worth keeping")
    qtbot.waitUntil(lambda: context.drafts.get(key) is not None, timeout=5_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    panel.start_new()  # "Discard it?" — yes
    assert context.drafts.get(key) is None and panel.body.toPlainText() == ""


def test_the_draft_banner_in_a_narrow_notes_tab_puts_its_buttons_under_a_whole_message(
    qtbot, setup, database
):
    ids, context, panel = setup
    meeting = ids.meetings["gmg"]
    panel.body.setPlainText("GMG: supplement in November.")
    qtbot.waitUntil(lambda: context.drafts.get(f"note:meeting_id={meeting}:new") is not None, timeout=5_000)

    later = make_context(database, ids.trip_id)
    again = NotesPanel(later, meeting_id=meeting)
    qtbot.addWidget(again)
    again.resize(380, 520)  # as in the directory's detail pane
    again.show()
    qtbot.waitExposed(again)
    banner = again.drafts.banner
    message = banner.message
    qtbot.waitUntil(lambda: message.height() >= message.heightForWidth(message.width()))  # no line cut off
    assert banner.restore_button.geometry().top() > message.geometry().bottom()  # buttons underneath
    assert message.width() > banner.width() * 0.8
    # in a wide editor they stay beside it
    again.resize(900, 520)
    qtbot.waitUntil(lambda: banner.restore_button.geometry().left() > message.geometry().right())
    assert message.height() >= message.heightForWidth(message.width())
