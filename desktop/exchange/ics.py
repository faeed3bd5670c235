"""The itinerary as an iCalendar file (RFC 5545) for phones and desktop calendars.

Each item starts and ends in the zone of where it happens (a flight Madrid -> Lisbon departs in
Europe/Madrid and lands in Europe/Lisbon), with a VTIMEZONE for every zone used so calendars that do not
know IANA names still place it right. UIDs come from the item's UUID and SEQUENCE from its version, so
importing an updated file updates the events instead of duplicating them; a cancelled item stays in the
file with STATUS:CANCELLED so calendars remove it.

With ``actions``, the trip's follow-up actions come too, as to-dos (VTODO) due on their due dates, so the
follow-ups can be chased from a calendar or a task list back home (Thunderbird, Apple Reminders and
Evolution read them; calendars that do not know to-dos skip them).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from sqlalchemy.orm import Session

from db.database import Database
from db.models import Action, ItemKind, ItineraryItem, Person, Trip
from db.types import utcnow
from desktop import __version__
from desktop.exchange.errors import ExchangeError
from desktop.exchange.exporting import atomic_output
from desktop.services import followups as followup_service
from desktop.services import itinerary as itinerary_service
from desktop.services.timezones import to_local

UID_DOMAIN = "delegation-desk"
STATUS = {"tentative": "TENTATIVE", "confirmed": "CONFIRMED", "cancelled": "CANCELLED"}
TODO_STATUS = {"open": "NEEDS-ACTION", "done": "COMPLETED", "dropped": "CANCELLED"}


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


def _todo(action: Action, stamp: dt.datetime) -> object:
    from icalendar import Todo

    todo = Todo()
    todo.add("uid", f"{action.uuid}@{UID_DOMAIN}")
    todo.add("dtstamp", stamp)
    todo.add("summary", action.description)
    if action.due_date is not None:
        todo.add("due", action.due_date)
    todo.add("status", TODO_STATUS.get(action.status, "NEEDS-ACTION"))
    if action.completed_at is not None and action.status == "done":
        todo.add("completed", action.completed_at)
    meeting = action.meeting
    lines = []
    if action.owner is not None:
        lines.append(f"Owner: {action.owner.both_scripts}")
    if meeting is not None:
        org = f" ({meeting.organisation.name})" if meeting.organisation else ""
        when = to_local(meeting.item.start_utc, meeting.item.start_tz).strftime("%Y-%m-%d")
        lines.append(f"From the meeting: {meeting.item.title}{org}, {when}")
    if action.notes:
        lines.append(action.notes)
    todo.add("description", "\n".join(lines))
    todo.add("sequence", max(action.version - 1, 0))
    todo.add("created", action.created_at)
    todo.add("last-modified", action.updated_at)
    todo.add("categories", ["follow-up"])
    return todo


def build_calendar(
    session: Session, trip_id: int, *, member_id: int | None = None, actions: bool = False
) -> bytes:
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
    if actions:
        for action in followup_service.all_actions(session, trip_id):
            if member_id is None or action.owner_id == member_id:
                cal.add_component(_todo(action, stamp))
    if items:
        first = min(i.start_utc for i in items).date() - dt.timedelta(days=1)
        last = max(i.end_utc for i in items).date() + dt.timedelta(days=2)
        # Only the transitions around the trip: small, and enough for every calendar.
        cal.add_missing_timezones(first_date=first, last_date=last)
    return cal.to_ical()


def write_ics(
    database: Database,
    trip_id: int,
    path: str | os.PathLike[str],
    *,
    member_id: int | None = None,
    actions: bool = False,
) -> int:
    """Write the calendar (with the follow-up actions as to-dos when ``actions``: only those a member owns
    when ``member_id``); returns the number of events."""
    path = Path(path)
    with database.session() as session:
        data = build_calendar(session, trip_id, member_id=member_id, actions=actions)
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)
    return data.count(b"BEGIN:VEVENT")


def count_todos(path: str | os.PathLike[str]) -> int:
    return Path(path).read_bytes().count(b"BEGIN:VTODO")
