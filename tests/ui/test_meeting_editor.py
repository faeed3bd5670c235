"""The meeting editor: book a meeting, attendees on both sides, agenda items added and reordered,
follow-up actions, undo/redo, and nothing typed is dropped."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime, QTimeZone
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import select

from db.models import Action, AgendaItem, ItineraryItem, Meeting, MeetingAttendee
from desktop.ui.meetings.editor import MeetingEditor, MeetingEditorDialog
from desktop.ui.meetings.view import MeetingsView
from tests import factories as f


def _agenda(database, meeting_id: int) -> list[tuple[int, str, int]]:
    with database.session() as s:
        return [
            (a.position, a.title, a.minutes)
            for a in s.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
            )
        ]


def test_book_a_meeting_with_attendees_and_agenda(qtbot, context, trip_data, database):
    editor = MeetingEditor(context, None, day=dt.date(2024, 9, 12))
    qtbot.addWidget(editor)
    assert not editor.tabs.isTabEnabled(2)  # the agenda waits for the first save
    editor.organisation.setCurrentIndex(editor.organisation.findData(trip_data["org"]))
    assert editor.title.text() == "Meeting with Global Media Group"
    editor.place.set_place_id(trip_data["lis"])
    assert editor.start_tz.zone() == f.LIS
    editor.start.setDateTime(
        QDateTime(
            QDate(
                2024,
                9,
                12,
            ),
            QTime(15, 30),
            QTimeZone.utc(),
        )
    )
    editor.end.setDateTime(QDateTime(QDate(2024, 9, 12), QTime(16, 30), QTimeZone.utc()))
    editor.status.setCurrentIndex(editor.status.findData("confirmed"))
    editor.objectives.setPlainText("Media cooperation; a Lisbon office for Luohu firms")
    editor.ours.set_checked(trip_data["head"])
    editor.theirs.set_checked(trip_data["contact"])
    assert editor.save()
    meeting_id = editor.meeting_id
    assert meeting_id is not None

    with database.session() as s:
        meeting = s.get(Meeting, meeting_id)
        assert meeting.organisation_id == trip_data["org"]
        assert meeting.status == "confirmed" and meeting.item.status == "confirmed"
        assert meeting.item.start_utc == dt.datetime(2024, 9, 12, 14, 30, tzinfo=dt.UTC)  # 15:30 WEST
        sides = {
            (a.person_id, a.side)
            for a in s.scalars(select(MeetingAttendee).where(MeetingAttendee.meeting_id == meeting_id))
        }
        assert sides == {(trip_data["head"], "ours"), (trip_data["contact"], "theirs")}

    # the agenda: three items, then the last moved to the top
    assert editor.tabs.isTabEnabled(2)
    editor.show()
    editor.tabs.setCurrentIndex(2)
    for title, minutes in (("Welcome", 10), ("Media cooperation", 30), ("Next steps", 15)):
        editor.agenda_title.setText(title)
        editor.agenda_minutes.setValue(minutes)
        assert editor.add_agenda_item()
    assert _agenda(database, meeting_id) == [
        (0, "Welcome", 10),
        (1, "Media cooperation", 30),
        (2, "Next steps", 15),
    ]
    editor.agenda.selectRow(2)
    editor.move_agenda_item(-1)
    editor.move_agenda_item(-1)
    assert [t for _, t, _ in _agenda(database, meeting_id)] == ["Next steps", "Welcome", "Media cooperation"]
    assert editor.agenda_titles() == ["Next steps", "Welcome", "Media cooperation"]
    assert "55 min" in editor.agenda_total.text()

    context.undo_stack.undo()  # one move back
    assert [t for _, t, _ in _agenda(database, meeting_id)] == ["Welcome", "Next steps", "Media cooperation"]
    assert editor.agenda_titles() == ["Welcome", "Next steps", "Media cooperation"]
    context.undo_stack.redo()
    assert editor.agenda_titles() == ["Next steps", "Welcome", "Media cooperation"]

    # an agenda item with no title is refused next to the field, and nothing is added
    editor.agenda_title.clear()
    assert editor.add_agenda_item() is None
    assert "required" in editor.agenda_errors.message("title")
    assert len(_agenda(database, meeting_id)) == 3


def test_follow_up_actions_add_and_mark_done(qtbot, context, trip_data, database):
    editor = MeetingEditor(context, trip_data["meeting"])
    qtbot.addWidget(editor)
    editor.action_text.setText("Send the investment guide in Portuguese")
    editor.action_owner.setCurrentIndex(editor.action_owner.findData(trip_data["deputy"]))
    editor.action_has_due.setChecked(True)
    editor.action_due.setDate(QDate(2024, 9, 30))
    action_id = editor.add_action()
    assert action_id
    with database.session() as s:
        action = s.get(Action, action_id)
        assert (action.owner_id, action.due_date, action.status) == (
            trip_data["deputy"],
            dt.date(2024, 9, 30),
            "open",
        )
    assert editor.actions_model.rowCount() == 1
    assert "周敏" in editor.actions_model.index(0, 1).data()

    editor.actions.selectRow(0)
    editor.toggle_action_done()
    with database.session() as s:
        assert s.get(Action, action_id).status == "done"
        assert s.get(Action, action_id).completed_at is not None
    assert editor.actions_model.index(0, 3).data() == "Done"
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(Action, action_id).status == "open"


def test_details_edit_is_one_undoable_step(qtbot, context, trip_data, database):
    editor = MeetingEditor(context, trip_data["meeting"])
    qtbot.addWidget(editor)
    assert not editor.is_dirty()
    editor.status.setCurrentIndex(editor.status.findData("held"))
    editor.outcome_notes.setPlainText("Agreed a joint feature on Luohu <b>& Lisbon</b>")
    assert editor.is_dirty()
    assert editor.save()
    with database.session() as s:
        meeting = s.get(Meeting, trip_data["meeting"])
        assert meeting.status == "held"
        assert meeting.outcome_notes == "Agreed a joint feature on Luohu <b>& Lisbon</b>"
    context.undo_stack.undo()
    with database.session() as s:
        meeting = s.get(Meeting, trip_data["meeting"])
        assert (meeting.status, meeting.outcome_notes) == ("confirmed", "")
    assert editor.status.currentData() == "confirmed"  # the form follows the undo
    context.undo_stack.redo()
    with database.session() as s:
        assert s.get(Meeting, trip_data["meeting"]).status == "held"


def test_invalid_time_zone_is_shown_and_nothing_saved(qtbot, context, trip_data, database):
    editor = MeetingEditor(context, trip_data["meeting"])
    qtbot.addWidget(editor)
    editor.show()
    editor.start_tz.setText("Europe/Lisboa")
    editor.start_tz.textEdited.emit("Europe/Lisboa")
    assert not editor.save()
    assert "not a known IANA time zone" in editor.errors.message("start_tz")
    assert editor.is_dirty()  # what was typed is still there
    assert editor.start_tz.zone() == "Europe/Lisboa"
    with database.session() as s:
        assert s.get(ItineraryItem, trip_data["meeting_item"]).start_tz == f.LIS


def test_leaving_with_unsaved_changes_asks(qtbot, context, trip_data, database, monkeypatch):
    view = MeetingsView(context)
    qtbot.addWidget(view)
    assert view.editor.meeting_id == trip_data["meeting"]
    view.editor.talking_points.setPlainText("Ask about the Lisbon studio")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not view.can_leave()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert view.can_leave()
    with database.session() as s:
        assert s.get(Meeting, trip_data["meeting"]).talking_points == "Ask about the Lisbon studio"


def test_new_meeting_dialog_from_the_meetings_view(qtbot, context, trip_data, database, monkeypatch):
    view = MeetingsView(context)
    qtbot.addWidget(view)

    def fill_and_close(dialog: MeetingEditorDialog) -> int:
        dialog.editor.organisation.setCurrentIndex(dialog.editor.organisation.findData(trip_data["org"]))
        assert dialog.editor.save()
        return 1

    monkeypatch.setattr(MeetingEditorDialog, "exec", fill_and_close)
    view.new_record()
    assert view.model.rowCount() == 2
    with database.session() as s:
        assert len(list(s.scalars(select(Meeting)))) == 2


def _agenda_notes(database, meeting_id: int) -> list[tuple[str, str]]:
    with database.session() as s:
        return [
            (a.title, a.notes)
            for a in s.scalars(
                select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
            )
        ]


def test_agenda_lead_column_fits_the_name_and_item_notes_are_edited_with_undo(
    qtbot, context, trip_data, database
):
    meeting_id = trip_data["meeting"]
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.resize(900, 700)
    editor.show()
    editor.tabs.setCurrentIndex(2)

    # added with its lead and its notes
    editor.agenda_title.setText("Media cooperation")
    editor.agenda_minutes.setValue(30)
    editor.agenda_lead.setCurrentIndex(editor.agenda_lead.findData(trip_data["head"]))
    editor.agenda_notes.setPlainText("Bring the 2023 figures <b>&</b> the Luohu brochure")
    assert editor.add_agenda_item()
    assert _agenda_notes(database, meeting_id) == [
        ("Media cooperation", "Bring the 2023 figures <b>&</b> the Luohu brochure")
    ]
    # the new item is selected, its notes in the field

    # the lead's name in both scripts is not cut
    lead = "陈立华 (Chen Lihua)"
    row = editor.agenda_model.row_of(editor.agenda_model.ident_at(0))
    assert editor.agenda_model.index(row, 3).data() == lead
    needed = editor.agenda.fontMetrics().horizontalAdvance(lead)
    assert editor.agenda.columnWidth(3) >= needed + 8

    # chosen again: its notes come back into the field; changed and undone
    editor.agenda.selectRow(0)
    assert editor.agenda_notes.toPlainText() == "Bring the 2023 figures <b>&</b> the Luohu brochure"
    editor.agenda_notes.setPlainText("Ask about the Lisbon office")
    editor.update_agenda_item()
    assert _agenda_notes(database, meeting_id) == [("Media cooperation", "Ask about the Lisbon office")]
    context.undo_stack.undo()
    assert _agenda_notes(database, meeting_id) == [
        ("Media cooperation", "Bring the 2023 figures <b>&</b> the Luohu brochure")
    ]
    context.undo_stack.redo()
    assert _agenda_notes(database, meeting_id) == [("Media cooperation", "Ask about the Lisbon office")]

    # too long: refused next to the notes field, nothing changed
    editor.agenda.selectRow(0)
    editor.agenda_notes.setPlainText("x" * 100_001)
    editor.update_agenda_item()
    assert editor.agenda_errors.message("notes")
    assert _agenda_notes(database, meeting_id) == [("Media cooperation", "Ask about the Lisbon office")]


def test_an_outcome_typed_and_never_saved_is_offered_back_after_a_crash(qtbot, context, trip_data, database):
    """The outcome is typed after the meeting; the laptop dies before Save. The next session's editor
    offers it back; restored and saved, it is in the database and the draft is gone."""
    from desktop.ui.context import AppContext

    meeting_id = trip_data["meeting"]
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    assert editor.drafts.banner.isHidden()
    outcome = "Agreed: GMG publishes a Luohu supplement in November. <b>&</b> 陈立华 follows up."
    editor.outcome_notes.setPlainText(outcome)
    qtbot.waitUntil(lambda: context.drafts.get(f"meeting:{meeting_id}") is not None, timeout=5_000)
    editor.deleteLater()  # the session ends with nothing saved (no question asked: the power went)

    later = AppContext(database)  # a new session on the same database
    later.set_trip(trip_data["trip"])
    again = MeetingEditor(later, meeting_id)
    qtbot.addWidget(again)
    assert again.outcome_notes.toPlainText() == ""  # the database never got it
    assert not again.drafts.banner.isHidden()
    assert "were never saved" in again.drafts.banner.message.text()
    again.drafts.banner.restore_button.click()
    assert again.outcome_notes.toPlainText() == outcome and again.is_dirty()
    assert again.drafts.banner.isHidden()
    assert again.save()
    with database.session() as s:
        assert s.get(Meeting, meeting_id).outcome_notes == outcome
    assert later.drafts.get(f"meeting:{meeting_id}") is None

    # Discard: a draft the user does not want is dropped, and the form keeps the saved text.
    later.drafts.put(f"meeting:{meeting_id}", {**again.state(), "outcome_notes": "stale", "start": "x"})
    third = MeetingEditor(later, meeting_id)
    qtbot.addWidget(third)
    third.drafts.banner.discard_button.click()
    assert third.drafts.banner.isHidden() and not third.is_dirty()
    assert third.outcome_notes.toPlainText() == outcome
    assert later.drafts.get(f"meeting:{meeting_id}") is None


def test_revert_and_discarding_on_leave_drop_the_draft(qtbot, context, trip_data, monkeypatch):
    meeting_id = trip_data["meeting"]
    editor = MeetingEditor(context, meeting_id)
    qtbot.addWidget(editor)
    editor.objectives.setPlainText("typed, then thought better of")
    qtbot.waitUntil(lambda: context.drafts.get(f"meeting:{meeting_id}") is not None, timeout=5_000)
    editor.revert_button.click()
    assert context.drafts.get(f"meeting:{meeting_id}") is None and editor.drafts.banner.isHidden()

    editor.objectives.setPlainText("typed again")
    qtbot.waitUntil(lambda: context.drafts.get(f"meeting:{meeting_id}") is not None, timeout=5_000)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)
    assert editor.can_leave()
    assert context.drafts.get(f"meeting:{meeting_id}") is None


def test_new_meeting_dialog_fits_the_screen_with_attendees_spaced_as_table_rows(qtbot, context, trip_data):
    dialog = MeetingEditorDialog(context, None, day=dt.date(2024, 9, 12))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    available = dialog.screen().availableGeometry()
    # 900×780 where there is room; the offscreen screen (800×800) is shorter than that plus a title bar
    assert dialog.height() <= available.height() - 60
    assert dialog.height() >= dialog.minimumSizeHint().height()
    assert dialog.minimumSizeHint().height() <= 700  # a 1366×768 laptop less its panel and title bar
    dialog.editor.tabs.setCurrentIndex(1)
    ours = dialog.editor.ours
    assert ours.model_.rowCount() == 2
    assert ours.visualRect(ours.model_.index(0, 0)).height() >= ours.fontMetrics().height() + 8
