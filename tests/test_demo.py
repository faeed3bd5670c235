"""The demo trip holds what the press release says, and obeys every rule."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from db.models import Event, Organisation, Registration
from desktop.services import conflicts, meetings, trips
from desktop.services.demo import build_demo
from desktop.services.timezones import to_local


def test_demo_trip_matches_the_press_release(database):
    with database.session() as s:
        trip_id = build_demo(s).id
    with database.session() as s:
        trip = trips.get_trip(s, trip_id)
        assert (trip.start_date, trip.end_date, trip.home_timezone) == (
            dt.date(2024, 9, 8),
            dt.date(2024, 9, 15),
            "Asia/Shanghai",
        )
        names = {o.name for o in s.scalars(select(Organisation))}
        assert {
            "Oeiras Valley Investment Agency",
            "Timing Group",
            "Global Media Group",
            "Joinko Group",
            "EFG International",
        } <= names
        met = [m.organisation.name for m in meetings.list_meetings(s, trip_id)]
        assert {"Global Media Group", "Joinko Group", "EFG International"} <= set(met)

        conference = s.scalars(select(Event).join(Event.item).order_by(Event.id)).first()
        start = to_local(conference.item.start_utc, conference.item.start_tz)
        assert start.date() == dt.date(2024, 9, 12) and start.strftime("%A") == "Thursday"
        assert conference.item.place.city == "Lisbon"
        firms = s.scalar(
            select(func.count(func.distinct(Registration.organisation_id))).where(
                Registration.event_id == conference.id, Registration.status == "registered"
            )
        )
        assert firms > 30

        sectors = {sector for o in s.scalars(select(Organisation)) for sector in o.sectors}
        assert {
            "health",
            "finance",
            "media",
            "business services",
            "cultural tourism",
            "medical devices",
        } <= sectors
        delegation = trips.members(s, trip_id)
        assert delegation[0].role == "head" and all(m.person.native_name for m in delegation)
        assert conflicts.find_problems(s, trip_id) == []
        assert "fictional" in trip.notes.lower()


def test_demo_reception_is_full_with_a_waitlist(database):
    with database.session() as s:
        build_demo(s)
        reception = s.scalars(select(Event).order_by(Event.id.desc())).first()
        statuses = [r.status for r in reception.registrations]
        assert statuses.count("registered") == reception.capacity
        assert statuses.count("waitlisted") >= 1
