"""The itinerary as an iCalendar file (RFC 5545) for phones and desktop calendars.

Each item starts and ends in the zone of where it happens (a flight Madrid -> Lisbon departs in
Europe/Madrid and lands in Europe/Lisbon), with a VTIMEZONE for every zone used so calendars that do not
know IANA names still place it right. UIDs come from the item's UUID and SEQUENCE from its version, so
importing an updated file updates the events instead of duplicating them; a cancelled item stays in the
file with STATUS:CANCELLED so calendars remove it.
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from db.database import Database
from db.models import ItemKind, ItineraryItem, Person, Trip
from db.types import utcnow
from desktop import __version__
from desktop.exchange.errors import ExchangeError
from desktop.exchange.exporting import atomic_output
from desktop.services import itinerary as itinerary_service
from desktop.services.timezones import to_local

UID_DOMAIN = "delegation-desk"
STATUS = {"tentative": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}


def uid_for(item: ItineraryItem) -> str:
    return f"{item.uuid}@{UID_DOMAIN}"


def _place_text(place: object) -> str:
    if place is None:
        return ""
    parts = [getattr(place, "name", ""), getattr(place, "address", ""), getattr(place, "city", "")]
    seen: list[str] = []
    for p in parts:
        if p and p not in seen and not any(p in s for s in seen):
            seen.append(p)
    return ", ".join(seen)


def _location(item: ItineraryItem) -> str:
    if ItemKind(item.kind).is_travel and item.place and item.destination:
        return f"{item.place.name} → {item.destination.name}"
    return _place_text(item.place)


def _summary(item: ItineraryItem) -> str:
    number = " ".join(x for x in (item.carrier, item.travel_number) if x)
    return f"{item.title} ({number})" if number and number not in item.title else item.title


def _description(item: ItineraryItem) -> str:
    lines: list[str] = []
    if item.description:
        lines.append(item.description)
    if ItemKind(item.kind).is_travel:
        if item.place:
            lines.append(f"From: {_place_text(item.place)}")
        if item.destination:
            lines.append(f"To: {_place_text(item.destination)}")
    if item.booking_ref:
        lines.append(f"Booking reference: {item.booking_ref}")
    if item.confirmation_number:
        lines.append(f"Confirmation: {item.confirmation_number}")
    meeting = item.meeting
    if meeting is not None:
        if meeting.organisation is not None:
            lines.append(f"With: {meeting.organisation.name}")
        if meeting.objectives:
            lines.append(f"Objectives: {meeting.objectives}")
    if item.participants:
        names = ", ".join(p.both_scripts for p in item.participants)
        lines.append(f"Delegation: {names}")
    else:
        lines.append("Delegation: everyone")
    return "\n".join(lines)


def build_calendar(session: Session, trip_id: int, *, member_id: int | None = None) -> bytes:
    from icalendar import Calendar, Event

    trip = session.get(Trip, trip_id)
    if trip is None:
        raise ExchangeError(f"No trip with id {trip_id}.")
    name = trip.name
    if member_id is not None:
        person = session.get(Person, member_id)
        if person is None:
            raise ExchangeError(f"No person with id {member_id}.")
        name = f"{trip.name} — {person.both_scripts}"
    cal = Calendar()
    cal.add("prodid", f"-//Delegation Desk//{__version__}//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    stamp = utcnow()
    items = itinerary_service.list_items(session, trip_id, member_id=member_id)
    for item in items:
        ev = Event()
        ev.add("uid", uid_for(item))
        ev.add("dtstamp", stamp)
        ev.add("dtstart", to_local(item.start_utc, item.start_tz))
        ev.add("dtend", to_local(item.end_utc, item.end_tz))
        ev.add("summary", _summary(item))
        location = _location(item)
        if location:
            ev.add("location", location)
        ev.add("description", _description(item))
        ev.add("sequence", max(item.version - 1, 0))
        ev.add("status", STATUS.get(item.status, "TENTATIVE"))
        ev.add("created", item.created_at)
        ev.add("last-modified", item.updated_at)
        ev.add("categories", [item.kind])
        if item.status == "cancelled":
            ev.add("transp", "TRANSPARENT")
        cal.add_component(ev)
    if items:
        first = min(i.start_utc for i in items).date() - dt.timedelta(days=1)
        last = max(i.end_utc for i in items).date() + dt.timedelta(days=2)
        # Only the transitions around the trip: small, and enough for every calendar.
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


def write_ics(
    database: Database, trip_id: int, path: str | os.PathLike[str], *, member_id: int | None = None
) -> int:
    """Write the calendar; returns the number of events."""
    path = Path(path)
    with database.session() as session:
        data = build_calendar(session, trip_id, member_id=member_id)
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)
    return data.count(b"BEGIN:VEVENT")
