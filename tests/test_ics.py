"""iCalendar export parsed back: zones at each end of a flight, VTIMEZONEs, stable UIDs, SEQUENCE, STATUS."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar

from desktop.cli import main
from desktop.exchange.ics import write_ics
from desktop.services import directory, itinerary, trips


def make_trip(database) -> tuple[int, int, int, int]:
    with database.session() as s:
        trip = trips.create_trip(
            s, name="Luohu <b>&</b> delegation", start_date=dt.date(2024, 9, 7), end_date=dt.date(2024, 9, 15)
        )
        madrid = directory.create_place(s, name="Madrid-Barajas T4", city="Madrid", timezone="Europe/Madrid")
        lisbon = directory.create_place(
            s,
            name="Lisbon Airport",
            address="Alameda das Comunidades Portuguesas",
            city="Lisboa",
            timezone="Europe/Lisbon",
        )
        chen = directory.create_person(s, native_name="陈立华", latin_name="Chen Lihua")
        zhou = directory.create_person(s, native_name="周敏", latin_name="Zhou Min")
        trips.add_member(s, trip.id, chen.id, "head")
        trips.add_member(s, trip.id, zhou.id, "deputy")
        flight = itinerary.create_item(
            s,
            trip.id,
            kind="flight",
            title="Madrid → Lisbon",
            carrier="TAP",
            travel_number="TP1015",
            start=dt.datetime(2024, 9, 10, 19, 10),
            end=dt.datetime(2024, 9, 10, 19, 25),
            place_id=madrid.id,
            destination_id=lisbon.id,
            status="confirmed",
            booking_ref="X7K2PQ",
        )
        visit = itinerary.create_item(
            s,
            trip.id,
            kind="visit",
            title="Site visit",
            start=dt.datetime(2024, 9, 11, 10, 0),
            end=dt.datetime(2024, 9, 11, 12, 0),
            place_id=lisbon.id,
            participants=[zhou.id],
            description="Bring badges",
            status="tentative",
        )
        return trip.id, flight.id, visit.id, chen.id


def parse(path) -> Calendar:
    return Calendar.from_ical(path.read_bytes())


def events(cal: Calendar) -> dict[str, object]:
    return {str(e["summary"]): e for e in cal.walk("VEVENT")}


def test_flight_has_a_zone_at_each_end_and_vtimezones(database, tmp_path):
    trip_id, flight_id, visit_id, _ = make_trip(database)
    assert write_ics(database, trip_id, tmp_path / "trip.ics") == 2
    cal = parse(tmp_path / "trip.ics")
    assert {tz.tz_name for tz in cal.timezones} == {"Europe/Madrid", "Europe/Lisbon"}
    assert cal.get_missing_tzids() == set()
    ev = events(cal)["Madrid → Lisbon (TAP TP1015)"]
    start, end = ev.decoded("dtstart"), ev.decoded("dtend")
    assert ev["dtstart"].params["TZID"] == "Europe/Madrid" and ev["dtend"].params["TZID"] == "Europe/Lisbon"
    assert (start.hour, start.minute, end.hour, end.minute) == (19, 10, 19, 25)
    # 19:10 CEST = 17:10 UTC; 19:25 WEST = 18:25 UTC: a 75-minute flight.
    assert start.astimezone(dt.UTC) == dt.datetime(2024, 9, 10, 17, 10, tzinfo=dt.UTC)
    assert end - start == dt.timedelta(minutes=75)
    assert str(ev["location"]) == "Madrid-Barajas T4 → Lisbon Airport"
    assert "Booking reference: X7K2PQ" in str(ev["description"])
    assert str(ev["status"]) == "CONFIRMED"
    with database.session() as s:
        from db.models import ItineraryItem

        flight = s.get(ItineraryItem, flight_id)
        assert str(ev["uid"]) == f"{flight.uuid}@delegation-desk"
    visit = events(cal)["Site visit"]
    assert str(visit["status"]) == "TENTATIVE"
    assert str(visit["location"]) == "Lisbon Airport, Alameda das Comunidades Portuguesas, Lisboa"
    assert "Bring badges" in str(visit["description"]) and "Zhou Min" in str(visit["description"])


def test_updated_item_keeps_uid_and_raises_sequence(database, tmp_path):
    trip_id, flight_id, _, _ = make_trip(database)
    write_ics(database, trip_id, tmp_path / "a.ics")
    with database.session() as s:
        itinerary.update_item(
            s, flight_id, start=dt.datetime(2024, 9, 10, 20, 0), end=dt.datetime(2024, 9, 10, 20, 15)
        )
    with database.session() as s:
        itinerary.update_item(s, flight_id, status="cancelled")
    write_ics(database, trip_id, tmp_path / "b.ics")
    a = events(parse(tmp_path / "a.ics"))["Madrid → Lisbon (TAP TP1015)"]
    b = events(parse(tmp_path / "b.ics"))["Madrid → Lisbon (TAP TP1015)"]
    assert a["uid"] == b["uid"]
    assert int(b["sequence"]) > int(a["sequence"])
    assert str(b["status"]) == "CANCELLED"
    assert b.decoded("dtstart") == dt.datetime(2024, 9, 10, 20, 0, tzinfo=ZoneInfo("Europe/Madrid"))


def test_one_member_gets_whole_delegation_items_and_their_own(database, tmp_path, capsys):
    trip_id, _, _, chen_id = make_trip(database)
    out = tmp_path / "chen.ics"
    assert (
        main(
            [
                "ics",
                "--db",
                str(database.path),
                "--trip",
                str(trip_id),
                "--member",
                str(chen_id),
                "-o",
                str(out),
            ]
        )
        == 0
    )
    cal = parse(out)
    assert set(events(cal)) == {"Madrid → Lisbon (TAP TP1015)"}  # the visit is Zhou Min's only
    assert "陈立华" in str(cal["x-wr-calname"])
    assert main(["ics", "--db", str(database.path), "--trip", "99", "-o", str(out)]) == 1
    assert "No trip with id 99" in capsys.readouterr().err


def test_demo_trip_every_zone_has_a_vtimezone(database, tmp_path):
    from desktop.services.demo import build_demo

    with database.session() as s:
        trip_id = build_demo(s).id
    write_ics(database, trip_id, tmp_path / "demo.ics")
    cal = parse(tmp_path / "demo.ics")
    assert len(cal.walk("VEVENT")) > 10
    assert cal.get_missing_tzids() == set()
    assert {"Europe/Madrid", "Europe/Lisbon"} <= {tz.tz_name for tz in cal.timezones}


def test_follow_up_actions_come_as_to_dos_due_on_their_dates(database, tmp_path, capsys):
    from sqlalchemy import select

    from db.models import Action
    from desktop.services import meetings
    from desktop.services.demo import build_demo

    with database.session() as s:
        trip_id = build_demo(s).id
        actions = list(s.scalars(select(Action)))
        owner = actions[0].owner_id
        done = actions[1]
        meetings.complete_action(s, done.id)
        done_uuid, owned = done.uuid, sum(a.owner_id == owner for a in actions)
    out = tmp_path / "trip.ics"
    assert main(["ics", "--db", str(database.path), "--trip", str(trip_id), "--actions", "-o", str(out)]) == 0
    printed = capsys.readouterr().out.splitlines()
    assert printed[1] == f"{len(actions)} follow-up actions written as to-dos"
    cal = parse(out)
    todos = {str(t["uid"]): t for t in cal.walk("VTODO")}
    assert len(todos) == len(actions) and len(cal.walk("VEVENT")) > 10
    send = next(t for t in todos.values() if str(t["summary"]).startswith("Send data on Luohu"))
    assert send.decoded("due") == dt.date(2024, 10, 1) and str(send["status"]) == "NEEDS-ACTION"
    assert "Banco Meseta" in str(send["description"]) and "Owner: " in str(send["description"])
    assert str(todos[f"{done_uuid}@delegation-desk"]["status"]) == "COMPLETED"

    mine = tmp_path / "mine.ics"
    write_ics(database, trip_id, mine, member_id=owner, actions=True)
    assert len(parse(mine).walk("VTODO")) == owned
    write_ics(database, trip_id, tmp_path / "plain.ics")  # without --actions: no to-dos, as before
    assert parse(tmp_path / "plain.ics").walk("VTODO") == []
