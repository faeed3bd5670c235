"""The Documents view: a PDF generated off the GUI thread, previewed with QtPdf, saved with QSaveFile;
Cancel leaves nothing; the meeting editor's Print agenda gives the agenda."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from desktop.ui.documents.view import DocumentsView
from desktop.ui.workers import documents_worker


def _text(pdf: bytes) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages)


def test_generate_a_meeting_agenda_and_save_it(qtbot, context, trip_data, tmp_path):
    view = DocumentsView(context)
    qtbot.addWidget(view)
    view.choose("agenda", meeting_id=trip_data["meeting"])
    assert view.meeting.isVisibleTo(view) and not view.event_combo.isVisibleTo(view)
    with qtbot.waitSignal(view.generation.finished, timeout=60_000):
        assert view.generate()
    assert view.generation.bar.isHidden()
    assert view.pane.page_count() >= 1
    text = _text(view.pane.pdf)
    assert "Global Media Group" in text
    assert view.pane.suggested_name == "Meeting agenda - Meeting with Global Media Group.pdf"

    target = tmp_path / "agenda.pdf"
    assert view.pane.write(str(target))
    assert target.read_bytes() == view.pane.pdf


def test_bilingual_programme_has_the_chinese_names(qtbot, context, trip_data):
    view = DocumentsView(context)
    qtbot.addWidget(view)
    view.choose("pack")
    view.lang.setCurrentIndex(view.lang.findData("bilingual"))
    with qtbot.waitSignal(view.generation.finished, timeout=60_000):
        view.generate()
    assert "陈立华" in _text(view.pane.pdf)


def test_cancel_leaves_no_document(qtbot, context, trip_data):
    view = DocumentsView(context)
    qtbot.addWidget(view)
    view.choose("pack")
    with qtbot.waitSignal(view.generation.cancelled, timeout=60_000):
        view.generate()
        view.generation.cancel()
    assert view.pane.pdf == b""
    assert "Cancelled" in view.generation.message.text()
    assert view.generate_button.isEnabled()


def test_a_request_without_its_subject_is_refused_inline(qtbot, database, trip_data):
    from desktop.ui.context import AppContext

    context = AppContext(database)
    context.set_trip(trip_data["trip"])
    view = DocumentsView(context)
    qtbot.addWidget(view)
    view.show()
    view.choose("signin")  # the trip has no event
    assert view.event_combo.count() == 0
    assert not view.generate()
    assert "needs a event" in view.errors.message("event_id") or "event" in view.errors.message("event_id")
    assert view.pane.pdf == b""


def test_print_agenda_from_the_meeting_editor(qtbot, context, trip_data):
    from desktop.ui.documents.preview import PreviewDialog
    from desktop.ui.meetings.editor import MeetingEditor

    editor = MeetingEditor(context, trip_data["meeting"])
    qtbot.addWidget(editor)
    editor.print_agenda()
    dialog = editor.findChild(PreviewDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.pane.page_count() > 0, timeout=60_000)
    assert "Global Media Group" in _text(dialog.pane.pdf)
    # a page's height where there is room, never taller than the screen (800 px offscreen) and its title bar
    assert dialog.height() <= dialog.screen().availableGeometry().height() - 60
    assert dialog.width() <= dialog.screen().availableGeometry().width()
    dialog.reject()


@pytest.fixture(autouse=True)
def _drain_worker():
    yield
    documents_worker().wait(60_000)
