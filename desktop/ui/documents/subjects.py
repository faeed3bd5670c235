"""What a document can be about, as plain (id, label) lists for the chooser: the trip's meetings, events,
members and days."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Event, ItineraryItem, Trip
from desktop.services import meetings as meeting_service
from desktop.services.timezones import to_local
from desktop.ui.date_text import weekday_day, weekday_time
from desktop.ui.people_names import delegation


@dataclass
class Subjects:
    trip_name: str = ""
    meetings: list[tuple[int, str]] = field(default_factory=list)
    events: list[tuple[int, str]] = field(default_factory=list)
    members: list[tuple[int, str]] = field(default_factory=list)
    days: list[dt.date] = field(default_factory=list)


def load_subjects(session: Session, trip_id: int) -> Subjects:
    trip = session.get(Trip, trip_id)
    if trip is None:
        return Subjects()
    meetings = []
    for m in meeting_service.list_meetings(session, trip_id):
        start = to_local(m.item.start_utc, m.item.start_tz)
        meetings.append((m.id, f"{weekday_time(start)} — {m.item.title}"))
    events = []
    for event, item in session.execute(
        select(Event, ItineraryItem)
        .join(ItineraryItem, Event.item_id == ItineraryItem.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc)
    ):
        start = to_local(item.start_utc, item.start_tz)
        events.append((event.id, f"{weekday_day(start.date())} — {item.title}"))
    days = []
    day = trip.start_date
    while day <= trip.end_date and len(days) < 400:
        days.append(day)
        day += dt.timedelta(days=1)
    return Subjects(trip.name, meetings, events, delegation(session, trip_id), days)
