"""Stored instants are shown on a clock the reader knows: an event's registration and check-in times on
the event's own clock (with its zone), notes in the user's local time (with its zone), whatever zone the
laptop is set to."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import update

from db.models import Note, Registration
from desktop.services import followups
from desktop.ui.notes import NotesPanel
from desktop.ui.registration.view import RegistrationDeskView
from tests.ui.view_harness import in_window, make_context, seed

UTC = dt.UTC


@pytest.fixture
def shenzhen_laptop(monkeypatch):
    """The laptop still on Shenzhen time while the event is in Lisbon."""
    monkeypatch.setenv("TZ", "Asia/Shanghai")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _column(model, title: str) -> int:
    return next(
        c for c in range(model.columnCount()) if model.headerData(c, Qt.Orientation.Horizontal) == title
    )


def _cell(view, name: str, title: str) -> str:
    model = view.model
    column = _column(model, title)
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    return model.index(row, column).data()


@pytest.fixture
def desk(qtbot, database, shenzhen_laptop):
    ids = seed(database)
    ana = ids.registration(database, ids.people["ana"]).id
    with database.session() as s:  # arrived at 09:41 in Lisbon (08:41 UTC, 16:41 in Shenzhen)
        s.execute(
            update(Registration)
            .where(Registration.id == ana)
            .values(status="attended", checked_in_at=dt.datetime(2024, 9, 12, 8, 41, tzinfo=UTC))
        )
    context = make_context(database, ids.trip_id)
    view = RegistrationDeskView(context)
    window = in_window(qtbot, context, view)
    yield view
    window.close()  # after the test, as the other desk tests do


def test_registration_and_check_in_times_are_on_the_events_clock(qtbot, desk):
    view = desk
    assert view.event_zone == "Europe/Lisbon"
    # registered 2024-08-20 09:00 UTC: 10:00 summer time in Lisbon, not 17:00 as in Shenzhen
    assert _cell(view, "Ana Conceição", "Registered") == "2024-08-20 10:00 WEST"
    assert _cell(view, "Ana Conceição", "Checked in") == "2024-09-12 09:41 WEST"
    assert _cell(view, "João Gaspar", "Checked in") == ""

    # at the door: the list and the "already checked in" message say the same time
    view.checkin_button.click()
    panel = view.check_in_panel
    panel.search.insert("ana conc")
    qtbot.waitUntil(lambda: [row[1] for row in panel.matches.rows] == ["Ana Conceição"])
    assert panel.matches.index(0, 2).data() == "Checked in 09:41 WEST"
    panel.check_in(panel.matches.rows[0])
    assert "(at 09:41 WEST)" in panel.message.text()


@pytest.fixture
def notes_panel(qtbot, database, shenzhen_laptop):
    ids = seed(database)
    with database.session() as s:
        note = followups.add_note(
            s, "Send the brochure", author="Zhou Min", meeting_id=ids.meetings["gmg"]
        ).id
        s.flush()
        s.execute(
            update(Note)
            .where(Note.id == note)
            .values(
                created_at=dt.datetime(2024, 9, 12, 13, 40, tzinfo=UTC),
                updated_at=dt.datetime(2024, 9, 13, 1, 5, tzinfo=UTC),
            )
        )
    context = make_context(database, ids.trip_id)
    panel = NotesPanel(context, meeting_id=ids.meetings["gmg"])
    window = in_window(qtbot, context, panel)
    yield panel
    window.close()


def test_note_times_are_in_the_users_local_time_with_the_zone(notes_panel):
    head = notes_panel.model.index(0).data().splitlines()[0]
    assert head == "2024-09-12 21:40 CST · Zhou Min · edited 2024-09-13 09:05 CST"
