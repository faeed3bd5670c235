"""Double bookings and tight connections between cities."""

from __future__ import annotations

from desktop.services import conflicts, itinerary
from tests.factories import LIS, MAD, local, member, place, trip


def test_a_member_in_two_items_at_once_is_reported(database):
    with database.session() as s:
        t = trip(s)
        a, b = member(s, t, "陈立华", "Chen Lihua", "head"), member(s, t, "李娜", "Li Na")
        lis = place(s, "Office", "Lisbon", LIS)
        m1 = itinerary.create_item(
            s,
            t,
            kind="meeting",
            title="GMG",
            start=local(11, 14),
            end=local(11, 15),
            place_id=lis,
            participants=[a],
        ).id
        m2 = itinerary.create_item(
            s,
            t,
            kind="visit",
            title="Museum",
            start=local(11, 14, 30),
            end=local(11, 16),
            place_id=lis,
            participants=[a, b],
        ).id
        itinerary.create_item(
            s, t, kind="hotel", title="Hotel", start=local(11, 12), end=local(14, 8), place_id=lis
        )  # stays never clash
        problems = conflicts.find_problems(s, t)
        assert [(p.severity, p.person_id, p.item_ids) for p in problems] == [("conflict", a, (m1, m2))]
        assert "14:00 WEST" in problems[0].message and "Chen Lihua" in problems[0].message


def test_back_to_back_items_do_not_clash_and_cancelled_ones_are_ignored(database):
    with database.session() as s:
        t = trip(s)
        a = member(s, t, "陈立华", "Chen Lihua")
        lis = place(s, "Office", "Lisbon", LIS)
        itinerary.create_item(
            s, t, kind="meeting", title="A", start=local(11, 14), end=local(11, 15), place_id=lis
        )
        itinerary.create_item(
            s, t, kind="meeting", title="B", start=local(11, 15), end=local(11, 16), place_id=lis
        )
        itinerary.create_item(
            s,
            t,
            kind="meeting",
            title="C",
            start=local(11, 14),
            end=local(11, 16),
            place_id=lis,
            status="cancelled",
            participants=[a],
        )
        assert conflicts.find_problems(s, t) == []


def test_items_in_different_cities_too_close_together_are_warned_about(database):
    with database.session() as s:
        t = trip(s)
        member(s, t, "陈立华", "Chen Lihua")
        mad, lis = place(s, "Bank", "Madrid", MAD), place(s, "Office", "Lisbon", LIS)
        a = itinerary.create_item(
            s, t, kind="meeting", title="Madrid bank", start=local(10, 10), end=local(10, 11), place_id=mad
        ).id
        b = itinerary.create_item(
            s, t, kind="meeting", title="Lisbon firm", start=local(10, 12), end=local(10, 13), place_id=lis
        ).id
        problems = conflicts.find_problems(s, t)
        assert [(p.severity, p.item_ids) for p in problems] == [("warning", (a, b))]
        assert "Madrid" in problems[0].message and "Lisbon" in problems[0].message
        assert "120 min" in problems[0].message  # 11:00 CEST -> 12:00 WEST is two hours


def test_a_flight_between_the_cities_makes_the_connection_fine(database):
    with database.session() as s:
        t = trip(s)
        member(s, t, "陈立华", "Chen Lihua")
        mad, lis = place(s, "Barajas", "Madrid", MAD), place(s, "Airport", "Lisbon", LIS)
        office = place(s, "Office", "Lisbon", LIS)
        itinerary.create_item(
            s,
            t,
            kind="flight",
            title="TP 1027",
            start=local(11, 9, 5),
            end=local(11, 9, 25),
            place_id=mad,
            destination_id=lis,
        )
        itinerary.create_item(
            s, t, kind="meeting", title="GMG", start=local(11, 11), end=local(11, 12), place_id=office
        )
        assert conflicts.find_problems(s, t) == []


def test_the_arrival_city_is_the_destinations_and_each_person_is_named_once_per_clash(database):
    """A destination without a city stops the city check (no fallback to the departure's); a clash
    shared by two members is one problem each, and the delegation's items count for everyone."""
    with database.session() as s:
        t = trip(s)
        a, b = member(s, t, "陈立华", "Chen Lihua", "head"), member(s, t, "李娜", "Li Na")
        mad, lis = place(s, "Bank", "Madrid", MAD), place(s, "Office", "Lisbon", LIS)
        nowhere = place(s, "Somewhere", "", LIS)
        itinerary.create_item(
            s,
            t,
            kind="transfer",
            title="Coach",
            start=local(10, 9),
            end=local(10, 10),
            place_id=mad,
            destination_id=nowhere,
        )
        itinerary.create_item(
            s, t, kind="meeting", title="Lisbon firm", start=local(10, 11), end=local(10, 12), place_id=lis
        )  # no warning: the coach's arrival city is unknown
        lunch = itinerary.create_item(
            s, t, kind="meal", title="Lunch", start=local(12, 12), end=local(12, 14), place_id=lis
        ).id
        visit = itinerary.create_item(
            s,
            t,
            kind="visit",
            title="Port",
            start=local(12, 13),
            end=local(12, 15),
            place_id=lis,
            participants=[b, a],
        ).id
        problems = conflicts.find_problems(s, t)
        assert [(p.severity, p.item_ids, p.person_id) for p in problems] == [
            ("conflict", (lunch, visit), b),  # by name: 李 before 陈
            ("conflict", (lunch, visit), a),
        ]
        assert problems[0].message.startswith("李娜 (Li Na) is booked twice: #")
        assert "(12 Sep 13:00 WEST–15:00 WEST)" in problems[0].message


def test_an_interpreter_booked_for_two_meetings_at_once_is_reported_and_sees_both(database):
    """The delegation splits in two; both meetings name the same hired interpreter, who is neither a
    member nor listed on either: still booked twice. Their own programme lists the meetings too."""
    from desktop.services import directory, meetings

    with database.session() as s:
        t = trip(s)
        a, b = member(s, t, "陈立华", "Chen Lihua", "head"), member(s, t, "李娜", "Li Na")
        lis = place(s, "Office", "Lisbon", LIS)
        org = directory.create_organisation(s, name="Joinko Group").id
        interpreter = directory.create_person(s, native_name="林雪", latin_name="Lin Xue").id
        first = meetings.create_meeting(
            s, t, organisation_id=org, title="Joinko", start=local(12, 10), end=local(12, 11),
            place_id=lis, participants=[a], interpreter_id=interpreter,
        ).item_id  # fmt: skip
        second = meetings.create_meeting(
            s, t, organisation_id=org, title="EFG", start=local(12, 10, 30), end=local(12, 12),
            place_id=lis, participants=[b], interpreter_id=interpreter,
        ).item_id  # fmt: skip
        dinner = itinerary.create_item(
            s, t, kind="visit", title="Dinner", start=local(12, 20), end=local(12, 22), place_id=lis
        ).id  # no one listed: the whole delegation, which the hired interpreter is not part of
        problems = conflicts.find_problems(s, t)
        assert [(p.severity, p.person_id, p.item_ids) for p in problems] == [
            ("conflict", interpreter, (first, second))
        ]
        assert "Lin Xue" in problems[0].message
        assert [i.id for i in itinerary.list_items(s, t, member_id=interpreter)] == [first, second]
        assert [i.id for i in itinerary.list_items(s, t, member_id=a)] == [first, dinner]

        other = directory.create_person(s, latin_name="Ana Sousa").id
        meetings.update_meeting(s, meetings.meeting_for_item(s, second).id, interpreter_id=other)
        assert conflicts.find_problems(s, t) == []
