"""The agenda's axis is the local clock wherever the delegation is: a flight across zones runs from the
departure clock to the arrival clock (so it does not overlap what follows on arrival), and what runs past
midnight goes on at the top of the next day."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from desktop.services import itinerary
from desktop.ui.itinerary.timeline import GUTTER, HOUR, MIN_BLOCK, segments
from desktop.ui.itinerary.view import ItineraryView
from tests import factories as f


def _flight(s, data, title, start, end, start_tz, end_tz, *, place="mad", destination="lis") -> int:
    return itinerary.create_item(
        s,
        data["trip"],
        kind="flight",
        title=title,
        start=start,
        end=end,
        start_tz=start_tz,
        end_tz=end_tz,
        place_id=data[place],
        destination_id=data[destination],
        status="confirmed",
    ).id


def _column(view: ItineraryView, day: dt.date) -> int:
    return [d.date for d in view.timeline.days()].index(day)


def _hours_tall(view: ItineraryView, block) -> float:
    return (block.rect.height() + 2) / HOUR  # blocks are inset 1 px at each end


def _hour_at_top(view: ItineraryView, block) -> float:
    timeline = view.timeline
    return (block.rect.top() - 1 - timeline._grid_top()) / HOUR + timeline._first_hour


def _in_column(view: ItineraryView, block, day: dt.date) -> bool:
    timeline = view.timeline
    width = timeline._column_width()
    x0 = GUTTER + _column(view, day) * width
    return x0 <= block.rect.left() and block.rect.right() <= x0 + width


@pytest.fixture
def view(qtbot, context):
    view = ItineraryView(context)
    qtbot.addWidget(view)
    view.resize(1600, 900)
    return view


def test_a_flight_across_zones_runs_from_the_departure_clock_to_the_arrival_clock(
    qtbot, context, trip_data, database, view
):
    with database.session() as s:
        # 01:30 in Shenzhen (CST) to 08:10 in Madrid (CEST): 12 h 40 in the air, 6 h 40 on the clocks
        shenzhen_madrid = _flight(
            s,
            trip_data,
            "Shenzhen → Madrid",
            f.local(8, 1, 30),
            f.local(8, 8, 10),
            f.SZX,
            f.MAD,
            place="szx",
            destination="mad",
        )
        coach = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="transfer",
            title="Airport → hotel",
            start=f.local(8, 9, 0),
            end=f.local(8, 10, 0),
            place_id=trip_data["mad"],
            status="confirmed",
        ).id
        # 12:00 in Lisbon (WEST) to 11:30 in Shenzhen (CST) the next day
        home = _flight(
            s,
            trip_data,
            "Lisbon → Shenzhen",
            f.local(14, 12, 0),
            f.local(15, 11, 30),
            f.LIS,
            f.SZX,
            place="lis",
            destination="szx",
        )
    context.data_changed.emit("itinerary")
    view.ensure_current()

    block = view.timeline.block_for(shenzhen_madrid)
    assert _in_column(view, block, dt.date(2024, 9, 8))
    assert _hour_at_top(view, block) == pytest.approx(1.5)
    assert _hours_tall(view, block) == pytest.approx(6 + 40 / 60)
    assert block.entry.time_range == "01:30 CST – 08:10 CEST"  # the label keeps both clocks and zones
    assert not block.continues and not block.continued
    # the coach that meets the flight sits below it, not beside it as a false overlap
    assert not block.rect.intersects(view.timeline.block_for(coach).rect)

    first, rest = view.timeline.blocks_for(home)
    assert _hour_at_top(view, first) == pytest.approx(12.0) and first.continues
    assert _in_column(view, rest, dt.date(2024, 9, 15))
    assert _hours_tall(view, rest) == pytest.approx(11.5)


def test_where_the_arrival_clock_reads_earlier_the_real_duration_is_drawn(context, trip_data, database, view):
    with database.session() as s:
        # 10:00 in Shenzhen (02:00 UTC) to 08:00 in Lisbon (07:00 UTC): 5 hours, the clocks go back 2
        west = _flight(
            s,
            trip_data,
            "Westward",
            f.local(9, 10, 0),
            f.local(9, 8, 0),
            f.SZX,
            f.LIS,
            place="szx",
            destination="lis",
        )
    context.data_changed.emit("itinerary")
    view.ensure_current()
    (segment,) = segments(view.timeline.block_for(west).entry)
    assert (segment.top, segment.bottom) == pytest.approx((10.0, 15.0))


def test_an_item_past_midnight_goes_on_at_the_top_of_the_next_day(qtbot, context, trip_data, database, view):
    with database.session() as s:
        # 21:30 WEST on Thu 12 to 02:15 WEST on Fri 13: 4 h 45, of which 2 h 15 after midnight
        night = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="transfer",
            title="Night coach",
            start=f.local(12, 21, 30),
            end=f.local(13, 2, 15),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            status="confirmed",
        ).id
        # and something for the whole delegation at 01:00 that night: a double booking
        late = itinerary.create_item(
            s,
            trip_data["trip"],
            kind="meal",
            title="Late supper",
            start=f.local(13, 1, 0),
            end=f.local(13, 1, 45),
            start_tz=f.LIS,
            place_id=trip_data["lis"],
            status="confirmed",
        ).id
    context.data_changed.emit("itinerary")
    view.ensure_current()

    first, rest = view.timeline.blocks_for(night)
    assert _in_column(view, first, dt.date(2024, 9, 12))
    assert _hour_at_top(view, first) == pytest.approx(21.5)
    assert _hours_tall(view, first) == pytest.approx(2.5)  # to 24:00
    assert first.continues and not first.continued

    assert _in_column(view, rest, dt.date(2024, 9, 13))
    assert _hour_at_top(view, rest) == pytest.approx(0.0)
    assert _hours_tall(view, rest) == pytest.approx(2.25)
    assert rest.continued and not rest.continues
    assert view.timeline.continued_text(rest.entry).startswith("continued from")
    assert rest.entry.time_range == "21:30 WEST – 02:15 WEST (+1)"
    # the day's grid now starts at midnight, so the continuation is visible
    assert view.timeline._first_hour == 0

    # the double booking is marked on both parts of the night item and on the supper, which sits beside
    # the continuation, not under it
    supper = view.timeline.block_for(late)
    assert first.entry.conflicts and rest.entry.conflicts and supper.entry.conflicts
    assert _in_column(view, supper, dt.date(2024, 9, 13))
    assert not supper.rect.intersects(rest.rect)

    # a click on the continuation selects the item
    view.timeline.select(0)

    qtbot.mouseClick(view.timeline, Qt.MouseButton.LeftButton, pos=rest.rect.center().toPoint())
    assert view.selected_id == night


def test_short_items_side_by_side_do_not_overlap_when_drawn_taller(qtbot, context, trip_data, database, view):
    """A 10-minute item is drawn MIN_BLOCK tall; the next one starting right after it gets its own lane."""
    with database.session() as s:
        ids = [
            itinerary.create_item(
                s,
                trip_data["trip"],
                kind="visit",
                title=f"Stop {i}",
                start=f.local(14, 10, 10 * i),
                end=f.local(14, 10, 10 * i + 10),
                start_tz=f.LIS,
                place_id=trip_data["lis"],
                status="confirmed",
            ).id
            for i in range(2)
        ]
    context.data_changed.emit("itinerary")
    view.ensure_current()
    a, b = (view.timeline.block_for(i) for i in ids)
    assert a.rect.height() >= MIN_BLOCK - 2
    assert not a.rect.intersects(b.rect)
