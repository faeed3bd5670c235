"""Itinerary items: create, change and list them, with times in the zone of where they happen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Event,
    ItemKind,
    ItemStatus,
    ItineraryItem,
    Meeting,
    Person,
    Place,
    RoomAssignment,
    Trip,
    item_participants,
)
from desktop.services import trips as trip_service
from desktop.services.errors import FieldError, ValidationError
from desktop.services.records import apply_changes, blank, check_version, get
from desktop.services.timezones import to_instant
from desktop.services.validation import (
    check_choice,
    check_length,
    check_required,
    check_timezone,
    is_timezone,
    raise_if,
)

ITEM_FIELDS = (
    "kind",
    "title",
    "start_utc",
    "end_utc",
    "start_tz",
    "end_tz",
    "status",
    "place_id",
    "destination_id",
    "carrier",
    "travel_number",
    "booking_ref",
    "confirmation_number",
    "description",
    "notes",
)


def _resolve_times(session: Session, item: ItineraryItem, fields: dict[str, Any]) -> None:
    """Turn ``start``/``end`` (aware, or naive wall-clock in the item's zones) into UTC instants.

    Zones default to the place's (start) and the destination's (end), so a flight from Madrid to Lisbon
    is typed as the times printed on the ticket."""
    start = fields.pop("start", None)
    end = fields.pop("end", None)
    place_id = fields.get("place_id", item.place_id)
    dest_id = fields.get("destination_id", item.destination_id)
    place = session.get(Place, place_id) if place_id else None
    dest = session.get(Place, dest_id) if dest_id else None
    if "start_tz" not in fields and not item.start_tz and place is not None:
        fields["start_tz"] = place.timezone
    if "end_tz" not in fields and not item.end_tz:
        fields["end_tz"] = dest.timezone if dest is not None else fields.get("start_tz", item.start_tz)
    start_tz = fields.get("start_tz", item.start_tz)
    end_tz = fields.get("end_tz", item.end_tz)
    errors = [check_timezone("start_tz", start_tz), check_timezone("end_tz", end_tz)]
    raise_if(*errors)
    if start is not None:
        fields["start_utc"] = to_instant(start, start_tz)
    if end is not None:
        fields["end_utc"] = to_instant(end, end_tz)


def _validate_item(session: Session, item: ItineraryItem) -> None:
    errors: list[FieldError | None] = [
        check_required("title", item.title, "A title"),
        check_choice("kind", item.kind, [k.value for k in ItemKind]),
        check_choice("status", item.status, [s.value for s in ItemStatus]),
        None if item.start_tz and is_timezone(item.start_tz) else check_timezone("start_tz", item.start_tz),
        None if item.end_tz and is_timezone(item.end_tz) else check_timezone("end_tz", item.end_tz),
        None if item.start_utc else FieldError("start_utc", "a start time is required"),
        None if item.end_utc else FieldError("end_utc", "an end time is required"),
        check_length("description", item.description),
        check_length("notes", item.notes),
    ]
    if item.start_utc and item.end_utc and item.end_utc < item.start_utc:
        errors.append(FieldError("end_utc", "the end is before the start"))
    for field in ("place_id", "destination_id"):
        ident = getattr(item, field)
        if ident is not None and session.get(Place, ident) is None:
            errors.append(FieldError(field, f"no place with id {ident}"))
    raise_if(*errors)


def create_item(
    session: Session,
    trip_id: int,
    *,
    participants: Iterable[int] | None = None,
    **fields: Any,
) -> ItineraryItem:
    """Create an item. Give ``start``/``end`` as wall-clock datetimes (in ``start_tz``/``end_tz``, or the
    places' zones) or as aware datetimes; or ``start_utc``/``end_utc`` directly."""
    get(session, Trip, trip_id, "trip")
    item = blank(ItineraryItem)
    item.trip_id = trip_id
    item.title = ""
    item.start_tz = item.end_tz = ""
    _resolve_times(session, item, fields)
    apply_changes(item, fields, ITEM_FIELDS)
    _validate_item(session, item)
    session.add(item)
    session.flush()
    if participants is not None:
        set_participants(session, item.id, participants)
    return item


def update_item(
    session: Session,
    item_id: int,
    expected_version: int | None = None,
    *,
    participants: Iterable[int] | None = None,
    **changes: Any,
) -> ItineraryItem:
    item = get(session, ItineraryItem, item_id, "itinerary item")
    check_version(item, expected_version, "itinerary item")
    _resolve_times(session, item, changes)
    if "kind" in changes and changes["kind"] != item.kind and (item.meeting or item.event):
        raise ValidationError(FieldError("kind", "a meeting or event cannot be changed to another kind"))
    apply_changes(item, changes, ITEM_FIELDS)
    _validate_item(session, item)
    if participants is not None:
        set_participants(session, item.id, participants)
    session.flush()
    return item


def delete_item(session: Session, item_id: int) -> None:
    session.delete(get(session, ItineraryItem, item_id, "itinerary item"))
    session.flush()


def set_participants(session: Session, item_id: int, person_ids: Iterable[int]) -> None:
    """Who of the delegation takes part; every one must be a member of the trip."""
    item = get(session, ItineraryItem, item_id, "itinerary item")
    ids = list(dict.fromkeys(person_ids))
    allowed = trip_service.member_ids(session, item.trip_id)
    outsiders = [i for i in ids if i not in allowed]
    if outsiders:
        raise ValidationError(
            FieldError("participants", f"not on this trip's delegation: person id(s) {outsiders}")
        )
    item.participants = list(session.scalars(select(Person).where(Person.id.in_(ids)))) if ids else []
    session.flush()


def set_room(session: Session, item_id: int, person_id: int, room: str) -> RoomAssignment:
    item = get(session, ItineraryItem, item_id, "itinerary item")
    if item.kind != ItemKind.HOTEL:
        raise ValidationError(FieldError("room", "rooms can only be assigned for a hotel stay"))
    get(session, Person, person_id, "person")
    assignment = next((r for r in item.rooms if r.person_id == person_id), None)
    if assignment is None:
        assignment = RoomAssignment(item_id=item_id, person_id=person_id, room=room.strip())
        session.add(assignment)
    else:
        assignment.room = room.strip()
    session.flush()
    return assignment


def remove_room(session: Session, item_id: int, person_id: int) -> bool:
    """Take a person off a hotel stay's room list; False when they had no room there."""
    item = get(session, ItineraryItem, item_id, "itinerary item")
    assignment = next((r for r in item.rooms if r.person_id == person_id), None)
    if assignment is None:
        return False
    item.rooms.remove(assignment)  # delete-orphan: the row goes
    session.flush()
    return True


def list_items(
    session: Session,
    trip_id: int,
    *,
    member_id: int | None = None,
    include_cancelled: bool = True,
    start: dt.datetime | None = None,
    end: dt.datetime | None = None,
) -> list[ItineraryItem]:
    """The trip's items in time order, optionally those one member attends and those overlapping
    [start, end)."""
    stmt = (
        select(ItineraryItem)
        .where(ItineraryItem.trip_id == trip_id)
        .options(
            selectinload(ItineraryItem.participants),
            selectinload(ItineraryItem.place),
            selectinload(ItineraryItem.destination),
            selectinload(ItineraryItem.meeting).selectinload(Meeting.organisation),
            selectinload(ItineraryItem.event),
        )
        .order_by(ItineraryItem.start_utc, ItineraryItem.id)
    )
    if member_id is not None:
        # An item with no participants listed concerns the whole delegation (its members); a meeting's
        # interpreter attends it, listed or not, member or hired for the day.
        attends = [
            ItineraryItem.id.in_(
                select(item_participants.c.item_id).where(item_participants.c.person_id == member_id)
            ),
            ItineraryItem.id.in_(select(Meeting.item_id).where(Meeting.interpreter_id == member_id)),
        ]
        if member_id in trip_service.member_ids(session, trip_id):
            attends.append(~ItineraryItem.participants.any())
        stmt = stmt.where(or_(*attends))
    if not include_cancelled:
        stmt = stmt.where(ItineraryItem.status != ItemStatus.CANCELLED.value)
    if start is not None:
        stmt = stmt.where(ItineraryItem.end_utc > start)
    if end is not None:
        stmt = stmt.where(ItineraryItem.start_utc < end)
    return list(session.scalars(stmt))


def create_event(
    session: Session,
    trip_id: int,
    *,
    capacity: int | None = None,
    expected: int | None = None,
    participants: Iterable[int] | None = None,
    **fields: Any,
) -> Event:
    """An event of the delegation's own (conference, reception) that people register for."""
    check_capacity(capacity, expected)
    fields.setdefault("kind", ItemKind.EVENT.value)
    if fields["kind"] != ItemKind.EVENT.value:
        raise ValidationError(FieldError("kind", "an event item must be of kind 'event'"))
    item = create_item(session, trip_id, participants=participants, **fields)
    event = Event(item_id=item.id, capacity=capacity, expected=expected)
    session.add(event)
    session.flush()
    return event


def check_capacity(capacity: int | None, expected: int | None) -> None:
    raise_if(
        FieldError("capacity", "the capacity cannot be negative")
        if capacity is not None and capacity < 0
        else None,
        FieldError("expected", "the expected count cannot be negative")
        if expected is not None and expected < 0
        else None,
    )
