"""Trips, people, organisations, places and the itinerary: validation and time zones."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select
from sqlalchemy.orm.exc import StaleDataError

from db.models import ItineraryItem, Person
from desktop.services import directory, itinerary, trips
from desktop.services.errors import NotFound, StaleRecord, ValidationError
from tests.factories import LIS, MAD, SZX, local, member, place, trip


def fields_of(excinfo) -> set[str]:
    return {e.field for e in excinfo.value.errors}


def test_trip_end_before_start_is_refused_with_the_field_named(database):
    with database.session() as s, pytest.raises(ValidationError) as exc:
        trips.create_trip(s, name="X", start_date=dt.date(2024, 9, 10), end_date=dt.date(2024, 9, 8))
    assert fields_of(exc) == {"end_date"}
    assert "before the start" in str(exc.value)


def test_trip_needs_a_real_time_zone_and_a_name(database):
    with database.session() as s, pytest.raises(ValidationError) as exc:
        trips.create_trip(
            s,
            name=" ",
            start_date=dt.date(2024, 9, 1),
            end_date=dt.date(2024, 9, 2),
            home_timezone="Asia/Shenzhen",
        )
    assert fields_of(exc) == {"name", "home_timezone"}


def test_nothing_is_saved_when_validation_fails(database):
    with pytest.raises(ValidationError), database.session() as s:
        trips.create_trip(s, name="Good", start_date=dt.date(2024, 9, 1), end_date=dt.date(2024, 9, 2))
        directory.create_person(s, latin_name="Bad", email="not-an-email")
    with database.session() as s:
        assert trips.list_trips(s) == []


@pytest.mark.parametrize("email", ["ana@example.pt", "wang.jg@luohu.gov.cn", ""])
def test_plausible_emails_pass(database, email):
    with database.session() as s:
        directory.create_person(s, latin_name="Ana", email=email)


@pytest.mark.parametrize("email", ["ana", "ana@", "ana@example", "a b@example.pt", "<b>@x.pt"])
def test_implausible_emails_fail(database, email):
    with database.session() as s, pytest.raises(ValidationError) as exc:
        directory.create_person(s, latin_name="Ana", email=email)
    assert fields_of(exc) == {"email"}


@pytest.mark.parametrize("phone", ["+351 21 123 4567", "(86) 755-8888-1234", "+34 91 000 1000 ext. 12"])
def test_plausible_phones_pass(database, phone):
    with database.session() as s:
        directory.create_person(s, latin_name="Ana", phone=phone)


@pytest.mark.parametrize("phone", ["call me", "12", "+351 <b>"])
def test_implausible_phones_fail(database, phone):
    with database.session() as s, pytest.raises(ValidationError):
        directory.create_person(s, latin_name="Ana", phone=phone)


def test_names_in_both_scripts_and_markup_are_kept_literally(database):
    with database.session() as s:
        pid = directory.create_person(s, native_name="王建国", latin_name="Wang <b>Jianguo</b> & Co").id
    with database.session() as s:
        person = s.get(Person, pid)
        assert person.both_scripts == "王建国 (Wang <b>Jianguo</b> & Co)"
        assert "wang" in person.search_key and "王建国" in person.search_key


def test_search_key_ignores_accents(database):
    with database.session() as s:
        pid = directory.create_person(s, given_name="João", family_name="Conceição").id
    with database.session() as s:
        assert "joao conceicao" in s.get(Person, pid).search_key


def test_organisation_sectors_are_a_clean_list(database):
    with database.session() as s:
        org = directory.create_organisation(
            s, name="Saúde Atlântica", sectors="health; medical devices,health"
        )
        assert org.sectors == ["health", "medical devices"]


def test_place_needs_an_iana_zone(database):
    with database.session() as s, pytest.raises(ValidationError) as exc:
        directory.create_place(s, name="Hotel", timezone="WEST")
    assert "not a known IANA time zone" in str(exc.value)


def test_flight_across_zones_stores_utc_and_keeps_each_end_local(database):
    with database.session() as s:
        t = trip(s)
        mad, lis = place(s, "Barajas", "Madrid", MAD), place(s, "Humberto Delgado", "Lisbon", LIS)
        item = itinerary.create_item(
            s,
            t,
            kind="flight",
            title="TP 1027",
            start=local(11, 9, 5),
            end=local(11, 9, 25),
            place_id=mad,
            destination_id=lis,
        )
        item_id = item.id
    with database.session() as s:
        item = s.get(ItineraryItem, item_id)
        assert (item.start_tz, item.end_tz) == (MAD, LIS)
        assert item.start_utc == dt.datetime(2024, 9, 11, 7, 5, tzinfo=dt.UTC)
        assert item.end_utc == dt.datetime(2024, 9, 11, 8, 25, tzinfo=dt.UTC)


def test_an_item_ending_before_it_starts_is_refused(database):
    with database.session() as s:
        t = trip(s)
        lis = place(s, "Hotel", "Lisbon", LIS)
        with pytest.raises(ValidationError) as exc:
            itinerary.create_item(
                s, t, kind="visit", title="Visit", start=local(12, 10), end=local(12, 9), place_id=lis
            )
        assert fields_of(exc) == {"end_utc"}


def test_long_haul_flight_arriving_before_departure_local_time_is_fine(database):
    """Lisbon 12:00 WEST -> Shenzhen 11:30 CST next day: later in real time."""
    with database.session() as s:
        t = trip(s)
        lis, szx = place(s, "LIS", "Lisbon", LIS), place(s, "SZX", "Shenzhen", SZX)
        item = itinerary.create_item(
            s,
            t,
            kind="flight",
            title="Home",
            start=local(14, 12),
            end=local(15, 11, 30),
            place_id=lis,
            destination_id=szx,
        )
        assert item.end_utc - item.start_utc == dt.timedelta(hours=16, minutes=30)


def test_unknown_kind_status_and_zone_are_named(database):
    with database.session() as s:
        t = trip(s)
        with pytest.raises(ValidationError) as exc:
            itinerary.create_item(
                s,
                t,
                kind="party",
                title="X",
                status="maybe",
                start=local(9, 9),
                end=local(9, 10),
                start_tz="Mars/Olympus",
            )
        assert "start_tz" in fields_of(exc)


def test_participants_must_be_on_the_delegation(database):
    with database.session() as s:
        t = trip(s)
        lis = place(s, "Hotel", "Lisbon", LIS)
        stranger = directory.create_person(s, latin_name="Stranger").id
        with pytest.raises(ValidationError, match="not on this trip's delegation"):
            itinerary.create_item(
                s,
                t,
                kind="meal",
                title="Dinner",
                start=local(9, 20),
                end=local(9, 22),
                place_id=lis,
                participants=[stranger],
            )


def test_member_filter_includes_items_for_the_whole_delegation(database):
    with database.session() as s:
        t = trip(s)
        a, b = member(s, t, "陈立华", "Chen Lihua", "head"), member(s, t, "李娜", "Li Na")
        lis = place(s, "Hotel", "Lisbon", LIS)
        everyone = itinerary.create_item(
            s, t, kind="briefing", title="All", start=local(9, 9), end=local(9, 10), place_id=lis
        ).id
        only_a = itinerary.create_item(
            s,
            t,
            kind="visit",
            title="A",
            start=local(9, 11),
            end=local(9, 12),
            place_id=lis,
            participants=[a],
        ).id
        assert [i.id for i in itinerary.list_items(s, t, member_id=b)] == [everyone]
        assert [i.id for i in itinerary.list_items(s, t, member_id=a)] == [everyone, only_a]


def test_delegation_is_listed_head_first_and_a_person_joins_once(database):
    with database.session() as s:
        t = trip(s)
        m = member(s, t, "李娜", "Li Na")
        h = member(s, t, "陈立华", "Chen Lihua", "head")
        assert [x.person_id for x in trips.members(s, t)] == [h, m]
        with pytest.raises(ValidationError, match="already on the delegation"):
            trips.add_member(s, t, m)
        with pytest.raises(ValidationError):
            trips.add_member(s, t, h, role="king")


def test_deleting_a_trip_removes_its_items_but_keeps_the_address_book(database):
    with database.session() as s:
        t = trip(s)
        pid = member(s, t, "李娜", "Li Na")
        lis = place(s, "Hotel", "Lisbon", LIS)
        itinerary.create_item(
            s, t, kind="visit", title="V", start=local(9, 9), end=local(9, 10), place_id=lis
        )
        trips.delete_trip(s, t)
    with database.session() as s:
        assert s.scalars(select(ItineraryItem)).all() == []
        assert s.get(Person, pid) is not None


def test_missing_records_raise_not_found(database):
    with database.session() as s, pytest.raises(NotFound, match="No trip with id 42"):
        trips.update_trip(s, 42, name="x")


def test_a_stale_form_is_told_the_record_changed(database):
    with database.session() as s:
        t = trip(s)
    with database.session() as s:
        loaded_version = trips.get_trip(s, t).version
    with database.session() as s:
        trips.update_trip(s, t, expected_version=loaded_version, name="First save")
    with database.session() as s, pytest.raises(StaleRecord, match="changed by someone else"):
        trips.update_trip(s, t, expected_version=loaded_version, name="Second save")
    with database.session() as s:
        assert trips.get_trip(s, t).name == "First save"


def test_version_counter_catches_a_race_between_two_sessions(database):
    with database.session() as s:
        t = trip(s)
    first, second = database.Session(), database.Session()
    try:
        a, b = trips.get_trip(first, t), trips.get_trip(second, t)
        a.name = "A"
        first.commit()
        b.name = "B"
        with pytest.raises(StaleDataError):
            second.commit()
    finally:
        first.close()
        second.close()


def test_twenty_thousand_characters_of_notes_are_kept_and_a_megabyte_is_refused(database):
    note = "Nota: reunião produtiva. 会议纪要。" * 700
    assert len(note) > 20_000
    with database.session() as s:
        t = trip(s, notes=note)
    with database.session() as s:
        assert trips.get_trip(s, t).notes == note
        with pytest.raises(ValidationError, match="limit is"):
            trips.update_trip(s, t, notes="x" * 1_000_001)


def test_a_room_assignment_is_removed_not_blanked(database):
    from db.models import RoomAssignment

    with database.session() as s:
        t = trip(s)
        a, b = member(s, t, "陈立华", "Chen Lihua", "head"), member(s, t, "周敏", "Zhou Min")
        lis = place(s, "Hotel Avenida da Liberdade", "Lisbon", LIS)
        hotel = itinerary.create_item(
            s, t, kind="hotel", title="Hotel", start=local(11, 15), end=local(14, 11), place_id=lis
        ).id
        itinerary.set_room(s, hotel, a, " 512 ")
        itinerary.set_room(s, hotel, b, "514")
    with database.session() as s:
        assert itinerary.remove_room(s, hotel, a) is True
        assert itinerary.remove_room(s, hotel, a) is False  # nothing left to remove
    with database.session() as s:
        rows = s.execute(select(RoomAssignment.person_id, RoomAssignment.room)).all()
        assert rows == [(b, "514")]
        with pytest.raises(NotFound):
            itinerary.remove_room(s, 999_999, b)
