"""Test harness for the directory, registration, follow-ups and notes views: a small real trip in SQLite,
and a bare QMainWindow that gives a view the window's Undo/Redo shortcuts, as the main window does."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow, QWidget
from sqlalchemy import select

from db.database import Database
from db.models import Registration
from desktop.services import directory, itinerary, meetings, registrations, trips
from desktop.ui.context import AppContext
from tests.factories import LIS, local, member, place

UTC = dt.UTC


@dataclass
class Seed:
    trip_id: int
    other_trip_id: int
    event_id: int  # capacity 3: three seated, one waitlisted
    members: dict[str, int] = field(default_factory=dict)
    orgs: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)
    meetings: dict[str, int] = field(default_factory=dict)
    actions: dict[str, int] = field(default_factory=dict)

    def registration(self, database: Database, person_id: int) -> Registration:
        with database.session() as s:
            return s.scalars(
                select(Registration).where(
                    Registration.event_id == self.event_id, Registration.person_id == person_id
                )
            ).one()


def seed(database: Database) -> Seed:
    with database.session() as s:
        trip_id = trips.create_trip(
            s, name="Luohu delegation", start_date=dt.date(2024, 9, 8), end_date=dt.date(2024, 9, 15)
        ).id
        other = trips.create_trip(
            s, name="Earlier mission", start_date=dt.date(2023, 5, 1), end_date=dt.date(2023, 5, 5)
        ).id
        members = {
            "chen": member(s, trip_id, "陈立华", "Chen Lihua", "head"),
            "zhou": member(s, trip_id, "周敏", "Zhou Min", "deputy"),
        }
        orgs = {
            "gmg": directory.create_organisation(
                s,
                name="Global Media Group",
                local_name="Global Media Group, S.A.",
                kind="media",
                city="Lisbon",
            ).id,
            "conceicao": directory.create_organisation(
                s, name="Conceição & Irmãos Consultoria", city="Lisbon"
            ).id,
            "joinko": directory.create_organisation(s, name="Joinko Group", city="Lisbon").id,
        }
        people = {
            "ana": directory.create_person(
                s,
                family_name="Conceição",
                given_name="Ana",
                organisation_id=orgs["gmg"],
                job_title="Director",
            ).id,
            "joao": directory.create_person(
                s, family_name="Gaspar", given_name="João", organisation_id=orgs["conceicao"]
            ).id,
            "ines": directory.create_person(
                s, family_name="Estêvão", given_name="Inês", organisation_id=orgs["joinko"]
            ).id,
            "wang": directory.create_person(s, native_name="王建国", latin_name="Wang Jianguo").id,
            "rui": directory.create_person(s, family_name="Gonçalves", given_name="Rui").id,
        }
        venue = place(s, "Hotel Tivoli", "Lisbon", LIS)
        event = itinerary.create_event(
            s,
            trip_id,
            capacity=3,
            title="Economic and Trade Cooperation Conference",
            start=local(12, 9, 30),
            end=local(12, 12),
            start_tz=LIS,
            place_id=venue,
        )
        for i, key in enumerate(("ana", "joao", "wang", "ines")):  # the fourth is waitlisted
            registrations.register(
                s, event.id, people[key], registered_at=dt.datetime(2024, 8, 20 + i, 9, tzinfo=UTC)
            )
        meeting = meetings.create_meeting(
            s,
            trip_id,
            organisation_id=orgs["gmg"],
            title="Meeting with Global Media Group",
            start=local(12, 15),
            end=local(12, 16),
            start_tz=LIS,
        )
        old_meeting = meetings.create_meeting(
            s,
            other,
            organisation_id=orgs["gmg"],
            title="First contact with GMG",
            start=dt.datetime(2023, 5, 2, 9, tzinfo=UTC),
            end=dt.datetime(2023, 5, 2, 10, tzinfo=UTC),
            start_tz=LIS,
        )
        actions = {
            "overdue": meetings.add_action(
                s,
                meeting.id,
                description="Send press kit",
                owner_id=members["zhou"],
                due_date=dt.date(2024, 9, 20),
            ).id,
            "later": meetings.add_action(
                s,
                meeting.id,
                description="Propose an interview",
                owner_id=members["chen"],
                due_date=dt.date.today() + dt.timedelta(days=30),
            ).id,
            "done": meetings.add_action(s, meeting.id, description="Thank-you letter", status="done").id,
            "old": meetings.add_action(s, old_meeting.id, description="Send brochure").id,
        }
        return Seed(
            trip_id,
            other,
            event.id,
            members,
            orgs,
            people,
            {"gmg": meeting.id, "old": old_meeting.id},
            actions,
        )


def make_context(database: Database, trip_id: int) -> AppContext:
    context = AppContext(database)
    context.set_trip(trip_id)
    return context


def in_window(qtbot, context: AppContext, view: QWidget) -> QMainWindow:  # type: ignore[no-untyped-def]
    """The view as the main window's central widget, with Undo/Redo on Ctrl+Z / Ctrl+Shift+Z."""
    window = QMainWindow()
    undo = context.undo_stack.createUndoAction(window, "Undo")
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = context.undo_stack.createRedoAction(window, "Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z")])
    window.addAction(undo)
    window.addAction(redo)
    window.setCentralWidget(view)
    window.resize(1400, 900)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    return window
