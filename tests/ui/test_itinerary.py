"""The itinerary: a flight across zones typed as on the ticket, shown in local time; conflicts marked on
the blocks; inline validation; undo and redo."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from db.models import ItineraryItem
from desktop.services import itinerary
from desktop.ui.itinerary.item_dialog import ItemDialog
from desktop.ui.itinerary.view import ItineraryView
from tests import factories as f


def _at(y: int, m: int, d: int, hh: int, mm: int) -> QDateTime:
    return QDateTime(QDate(y, m, d), QTime(hh, mm), QTimeZone.utc())


def _fill_flight(dialog: ItemDialog, data: dict[str, int]) -> None:
    dialog.kind.setCurrentIndex(dialog.kind.findData("flight"))
    dialog.title.setText("Shenzhen → Madrid")
    dialog.place.set_place_id(data["szx"])
    dialog.destination.set_place_id(data["mad"])
    dialog.start.setDateTime(_at(2024, 9, 8, 1, 30))
    dialog.end.setDateTime(_at(2024, 9, 8, 8, 10))
    dialog.carrier.setText("Shenzhen Airlines")
    dialog.travel_number.setText("ZH 9011")
    dialog.booking_ref.setText("LHX7Q2")


def test_flight_across_zones_is_stored_in_utc_and_shown_in_local_time(qtbot, context, trip_data, database):
    view = ItineraryView(context)
    qtbot.addWidget(view)
    dialog = ItemDialog(context, None, kind="flight", parent=view)
    qtbot.addWidget(dialog)
    _fill_flight(dialog, trip_data)
    # picking the places set the zones of departure and arrival
    assert dialog.start_tz.zone() == f.SZX
    assert dialog.end_tz.zone() == f.MAD
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted

    with database.session() as s:
        item = s.get(ItineraryItem, dialog.item_id)
        assert (item.kind, item.carrier, item.travel_number, item.booking_ref) == (
            "flight",
            "Shenzhen Airlines",
            "ZH 9011",
            "LHX7Q2",
        )
        # 01:30 in Shenzhen (UTC+8) and 08:10 in Madrid (CEST, UTC+2)
        assert item.start_utc == dt.datetime(2024, 9, 7, 17, 30, tzinfo=dt.UTC)
        assert item.end_utc == dt.datetime(2024, 9, 8, 6, 10, tzinfo=dt.UTC)
        assert (item.start_tz, item.end_tz) == (f.SZX, f.MAD)

    entry = view.entry(dialog.item_id)
    assert entry is not None
    assert entry.time_range == "01:30 CST – 08:10 CEST"
    assert entry.where == "Shenzhen Bao'an Airport → Madrid-Barajas Airport"
    # the agenda has a block for it in the column of Sunday 8 September
    block = view.timeline.block_for(dialog.item_id)
    assert block is not None and block.entry.day == dt.date(2024, 9, 8)
    # and the list shows the same local times
    row = view.model.row_of(dialog.item_id)
    assert view.model.index(row, 1).data() == "01:30 CST – 08:10 CEST"
    assert view.model.index(row, 5).data() == "Shenzhen Airlines ZH 9011"


def test_end_before_start_is_shown_on_the_field_and_nothing_is_saved(qtbot, context, trip_data, database):
    dialog = ItemDialog(context, None, kind="visit")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.title.setText("Visit to Oeiras Valley")
    dialog.place.set_place_id(trip_data["lis"])
    dialog.start.setDateTime(_at(2024, 9, 13, 11, 0))
    dialog.end.setDateTime(_at(2024, 9, 13, 10, 0))
    before = context.undo_stack.count()
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.item_id is None
    message = dialog.errors.message("end_utc")
    assert "before the start" in message
    assert "border" in dialog.end.parentWidget().styleSheet()
    assert context.undo_stack.count() == before
    with database.session() as s:
        assert (
            s.scalar(select(func.count()).select_from(ItineraryItem).where(ItineraryItem.kind == "visit"))
            == 0
        )

    # a missing title is named too, next to the title field
    dialog.end.setDateTime(_at(2024, 9, 13, 12, 0))
    dialog.title.clear()
    dialog.save()
    assert "title is required" in dialog.errors.message("title").lower()
    assert dialog.errors.message("end_utc") == ""


def test_undo_and_redo_an_item_keep_its_id(qtbot, context, trip_data, database):
    view = ItineraryView(context)
    qtbot.addWidget(view)
    dialog = ItemDialog(context, None, kind="flight")
    qtbot.addWidget(dialog)
    _fill_flight(dialog, trip_data)
    dialog.save()
    item_id = dialog.item_id
    assert view.entry(item_id) is not None

    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(ItineraryItem, item_id) is None
    assert view.entry(item_id) is None

    context.undo_stack.redo()
    with database.session() as s:
        assert s.get(ItineraryItem, item_id).travel_number == "ZH 9011"
    assert view.entry(item_id) is not None

    # an edit of the same item, then undo: the old number comes back
    edit = ItemDialog(context, item_id)
    qtbot.addWidget(edit)
    assert edit.travel_number.text() == "ZH 9011"
    assert edit.start_tz.zone() == f.SZX
    assert edit.start.dateTime().time() == QTime(1, 30)  # shown as the local clock, not UTC
    edit.travel_number.setText("ZH 9013")
    edit.save()
    with database.session() as s:
        assert s.get(ItineraryItem, item_id).travel_number == "ZH 9013"
        assert s.get(ItineraryItem, item_id).start_utc == dt.datetime(2024, 9, 7, 17, 30, tzinfo=dt.UTC)
    context.undo_stack.undo()
    with database.session() as s:
        assert s.get(ItineraryItem, item_id).travel_number == "ZH 9011"


def test_double_booking_is_marked_on_the_blocks(qtbot, context, trip_data, database):
    with database.session() as s:
        visit = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="visit",
            title="Factory visit",
            start=f.local(11, 15, 0),
            end=f.local(11, 16, 0),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            status="confirmed",
        ).id
    view = ItineraryView(context)
    qtbot.addWidget(view)
    block = view.timeline.block_for(visit)
    meeting_block = view.timeline.block_for(trip_data["meeting_item"])
    assert block is not None and meeting_block is not None
    assert block.entry.conflicts and meeting_block.entry.conflicts
    # side by side in the column, not drawn over each other
    assert not block.rect.intersects(meeting_block.rect)
    assert "double booking" in view.summary.text()
    row = view.model.row_of(visit)
    assert "double booking" in view.model.index(row, 9).data()
    assert view.problems.isVisibleTo(view)


def test_delete_asks_first_and_can_be_undone(qtbot, context, trip_data, database, monkeypatch):
    view = ItineraryView(context)
    qtbot.addWidget(view)
    view._select(trip_data["meeting_item"])
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    view.delete_selected()
    assert asked and view.entry(trip_data["meeting_item"]) is not None
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    view.delete_selected()
    assert view.entry(trip_data["meeting_item"]) is None
    context.undo_stack.undo()
    assert view.entry(trip_data["meeting_item"]) is not None
    assert view.entry(trip_data["meeting_item"]).meeting_id == trip_data["meeting"]


def _rooms(database, item_id: int) -> dict[int, str]:
    from db.models import RoomAssignment

    with database.session() as s:
        return dict(
            s.execute(
                select(RoomAssignment.person_id, RoomAssignment.room).where(RoomAssignment.item_id == item_id)
            ).all()
        )


def test_hotel_form_removes_a_room_assignment_and_undo_brings_it_back(qtbot, context, trip_data, database):
    head, deputy = trip_data["head"], trip_data["deputy"]
    with database.session() as s:
        hotel = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="hotel",
            title="Hotel Avenida da Liberdade",
            start=f.local(11, 15),
            end=f.local(14, 11),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
        ).id
        itinerary.set_room(s, hotel, head, "512")
    dialog = ItemDialog(context, hotel)
    qtbot.addWidget(dialog)
    model = dialog.rooms_model
    row_of = {model.item(r, 0).data(Qt.ItemDataRole.UserRole): r for r in range(model.rowCount())}
    # the head leaves the room list, the deputy gets one
    dialog.rooms.setCurrentIndex(model.index(row_of[head], 1))
    dialog.remove_room_button.click()
    assert model.item(row_of[head], 1).text() == ""
    model.item(row_of[deputy], 1).setText("514")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert _rooms(database, hotel) == {deputy: "514"}  # removed, not left blank

    context.undo_stack.undo()
    assert _rooms(database, hotel) == {head: "512"}  # and the deputy's new room is gone again
    context.undo_stack.redo()
    assert _rooms(database, hotel) == {deputy: "514"}


def test_raising_a_capacity_promotes_the_waitlist_and_undo_puts_them_back(
    qtbot, context, trip_data, database
):
    from desktop.services import directory, registrations

    with database.session() as s:
        event = itinerary.create_event(
            s,
            trip_data["trip"],
            title="Reception",
            start=f.local(13, 19),
            end=f.local(13, 21),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            capacity=1,
        )
        event_id, item_id = event.id, event.item_id
        guests = [
            directory.create_person(s, latin_name=n).id for n in ("Ana Sousa", "Rui Brás", "Inês Leitão")
        ]
        regs = [registrations.register(s, event_id, g).id for g in guests]

    def statuses() -> list[str]:
        with database.session() as s:
            return [registrations.get(s, registrations.Registration, r).status for r in regs]

    assert statuses() == ["registered", "waitlisted", "waitlisted"]
    dialog = ItemDialog(context, item_id)
    qtbot.addWidget(dialog)
    dialog.capacity.setValue(2)
    dialog.save()
    assert statuses() == ["registered", "registered", "waitlisted"]
    context.undo_stack.undo()
    assert statuses() == ["registered", "waitlisted", "waitlisted"]  # back on the list, in their place
    with database.session() as s:
        assert registrations.counts(s, event_id).capacity == 1
    context.undo_stack.redo()
    assert statuses() == ["registered", "registered", "waitlisted"]


def test_print_the_day_of_the_selected_item_or_tomorrow(qtbot, database):
    """At the hotel in the evening: one click gives the next day's programme to print."""
    import io

    from pypdf import PdfReader

    from desktop.services.demo import build_demo
    from desktop.ui.context import AppContext
    from desktop.ui.workers import documents_worker

    with database.session() as s:
        trip_id = build_demo(s).id
    context = AppContext(database)
    context.set_trip(trip_id)
    view = ItineraryView(context)
    qtbot.addWidget(view)
    view.show()
    assert view.day_to_print(today=dt.date(2024, 9, 10)) == dt.date(2024, 9, 11)  # tomorrow
    assert view.day_to_print(today=dt.date(2024, 9, 15)) == dt.date(2024, 9, 15)  # the last day: today
    assert view.day_to_print(today=dt.date(2026, 1, 1)) == dt.date(2024, 9, 8)  # not on the trip: day one
    conference = next(e for d in view.days for e in d.entries if e.kind == "event")
    view._select(conference.item_id)
    dialog = view.print_day()
    try:
        qtbot.waitUntil(lambda: dialog.pane.page_count() > 0, timeout=60_000)
        text = " ".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(dialog.pane.pdf)).pages)
        assert "12 September 2024" in text and "Economic and Trade" in text
        assert "Meeting with Global Media Group" not in text  # that is on the 11th
        assert dialog.name == "Daily programme - Thu 12 Sep.pdf"
    finally:
        dialog.reject()
        documents_worker().wait(60_000)


def test_hotel_form_shows_every_member_and_room_without_scrolling_and_fits_a_laptop(
    qtbot, context, trip_data, database
):
    with database.session() as s:
        for native, latin in (
            ("黄志强", "Huang Zhiqiang"),
            ("刘静", "Liu Jing"),
            ("吴晓峰", "Wu Xiaofeng"),
            ("林雪", "Lin Xue"),
            ("郑凯", "Zheng Kai"),
            ("何颖", "He Ying"),
            ("孙涛", "Sun Tao"),
        ):
            f.member(s, trip_data["trip"], native, latin, "member")
    dialog = ItemDialog(context, None, kind="hotel")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    members = dialog.rooms_model.rowCount()
    assert members == 9
    for view, model in ((dialog.rooms, dialog.rooms_model), (dialog.participants, dialog.participants_model)):
        assert not view.verticalScrollBar().isVisible()
        last = view.visualRect(model.index(members - 1, 0))
        assert last.bottom() < view.viewport().height()  # the last member's row is in view
        assert last.height() >= view.fontMetrics().height() + 4  # and rows are not squeezed
    # side by side, so the form is not taller than a 1366×768 screen less its panel and title bar…
    assert dialog.height() <= 700
    # …and, with a bigger delegation, it can shrink to fit one
    assert dialog.minimumSizeHint().height() <= 640
    assert dialog.height() <= dialog.screen().availableGeometry().height()
