"""The itinerary view's cost: the hidden list's columns are not measured until the list is shown, and one
change (however many topics it is announced under) computes the programme and its problems once."""

from __future__ import annotations

from desktop.services import conflicts, itinerary
from desktop.ui.context import Topic
from desktop.ui.itinerary.view import ItineraryView
from tests import factories as f


def _count_calls(monkeypatch) -> list[int]:
    calls: list[int] = []
    real = conflicts.find_problems

    def counted(session, trip_id):
        calls.append(trip_id)
        return real(session, trip_id)

    monkeypatch.setattr(conflicts, "find_problems", counted)
    return calls


def test_the_list_columns_are_sized_when_the_list_is_first_shown(qtbot, context, trip_data):
    view = ItineraryView(context)
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    qtbot.waitExposed(view)
    table = view.table
    title_width = table.sizeHintForColumn(3)
    assert title_width > 0
    # the agenda is shown: the list behind it keeps its default widths
    default = table.horizontalHeader().defaultSectionSize()
    assert table.columnWidth(1) == default
    view.set_mode(1)
    # shown: fitted to what they hold ("14:30–15:45 WEST" is wider than the default)
    assert table.columnWidth(1) == max(
        table.sizeHintForColumn(1), table.horizontalHeader().sectionSizeHint(1)
    )
    assert table.columnWidth(1) != default


def test_one_change_computes_the_problems_once(qtbot, context, trip_data, database, monkeypatch):
    calls = _count_calls(monkeypatch)
    view = ItineraryView(context)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitExposed(view)
    assert len(calls) == 1  # built: one programme, one set of problems

    with database.session() as s:
        visit = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="visit",
            title="Port of Lisbon",
            start=f.local(12, 10),
            end=f.local(12, 11),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            status="confirmed",
        ).id
    # a deletion or a meeting's save is announced under several topics, one after the other
    for topic in (Topic.ITINERARY, Topic.MEETINGS, Topic.REGISTRATIONS):
        context.data_changed.emit(topic)
    qtbot.waitUntil(lambda: view.model.row_of(visit) >= 0)
    qtbot.wait(20)
    assert len(calls) == 2


def test_a_hidden_view_catches_up_when_shown_or_asked(qtbot, context, trip_data, database, monkeypatch):
    calls = _count_calls(monkeypatch)
    view = ItineraryView(context)
    qtbot.addWidget(view)
    assert len(calls) == 1
    with database.session() as s:
        visit = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="visit",
            title="Port of Lisbon",
            start=f.local(12, 10),
            end=f.local(12, 11),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            status="confirmed",
        ).id
    context.data_changed.emit(Topic.ITINERARY)
    context.data_changed.emit(Topic.MEETINGS)
    qtbot.wait(20)
    assert len(calls) == 1  # not on screen: nothing recomputed yet
    view.show()
    qtbot.waitExposed(view)
    assert len(calls) == 2
    assert view.timeline.block_for(visit) is not None
    # and a caller reading the rows right after a change gets them current
    context.data_changed.emit(Topic.ITINERARY)
    assert view.entry(visit) is not None
    assert len(calls) == 3
