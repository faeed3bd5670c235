"""Trips: create one (and see it in the title and the switcher), invalid dates shown inline, the
delegation edited with undo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from sqlalchemy import func, select

from db.models import Membership, Person, Trip
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from desktop.ui.trips.dialog import TripDialog


def test_create_a_trip_from_an_empty_database(qtbot, database, monkeypatch):
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Delegation Desk"
    assert window.stack.currentWidget() is window.welcome

    def fill(dialog: TripDialog) -> int:
        dialog.name.setText("Luohu District Delegation to Spain and Portugal")
        dialog.organiser.setText("罗湖区人民政府")
        dialog.start_date.setDate(QDate(2024, 9, 8))
        dialog.end_date.setDate(QDate(2024, 9, 15))
        dialog.home_timezone.setText("Asia/Shanghai")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(TripDialog, "exec", fill)
    window.new_trip()

    with database.session() as s:
        trip = s.scalars(select(Trip)).one()
        assert (trip.start_date, trip.end_date, trip.organiser) == (
            dt.date(2024, 9, 8),
            dt.date(2024, 9, 15),
            "罗湖区人民政府",
        )
    assert window.context.trip_id == trip.id
    assert window.windowTitle() == "Luohu District Delegation to Spain and Portugal — Delegation Desk"
    assert "Luohu District Delegation" in window.trip_combo.currentText()
    assert window.stack.currentWidget() is window.view("itinerary")


def test_end_before_start_is_refused_inline(qtbot, context, database):
    dialog = TripDialog(context, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Back to front")
    dialog.start_date.setDate(QDate(2024, 9, 15))
    dialog.end_date.setDate(QDate(2024, 9, 8))
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "before the start" in dialog.errors.message("end_date")
    with database.session() as s:
        assert s.scalar(select(func.count()).select_from(Trip).where(Trip.name == "Back to front")) == 0


def test_rename_the_trip_updates_the_title_and_undoes(qtbot, database, trip_data):
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    assert window.windowTitle() == "Lisbon <b>&</b> Madrid — Delegation Desk"
    dialog = TripDialog(window.context, trip_data["trip"], window)
    qtbot.addWidget(dialog)
    assert dialog.name.text() == "Lisbon <b>&</b> Madrid"
    dialog.name.setText("Lisboa e Madrid — 里斯本")
    dialog.save()
    assert window.windowTitle() == "Lisboa e Madrid — 里斯本 — Delegation Desk"
    window.context.undo_stack.undo()
    assert window.windowTitle() == "Lisbon <b>&</b> Madrid — Delegation Desk"


def test_delegation_add_new_person_and_undo(qtbot, context, trip_data, database):
    dialog = TripDialog(context, trip_data["trip"])
    qtbot.addWidget(dialog)
    panel = dialog.delegation
    assert panel.model.rowCount() == 2
    panel.native.setText("林雪")
    panel.latin.setText("Lin Xue")
    panel.role.setCurrentIndex(panel.role.findData("interpreter"))
    panel.add_new()
    assert panel.model.rowCount() == 3
    with database.session() as s:
        person = s.scalars(select(Person).where(Person.native_name == "林雪")).one()
        membership = s.scalars(select(Membership).where(Membership.person_id == person.id)).one()
        assert membership.role == "interpreter"
        person_id = person.id
    context.undo_stack.undo()  # the person and their place on the delegation go together
    assert panel.model.rowCount() == 2
    with database.session() as s:
        assert s.get(Person, person_id) is None
    context.undo_stack.redo()
    assert panel.model.rowCount() == 3
