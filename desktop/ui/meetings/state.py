"""A meeting's editable state as plain data, and applying it through the services in one transaction.

The editor's Save is one undoable step: the item's time and place, the meeting's details and the people
on both sides change together, and undo puts all of them back."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from db.models import ItineraryItem, Meeting
from desktop.services import itinerary as itinerary_service
from desktop.services import meetings as meeting_service
from desktop.services.records import get

ITEM_KEYS = ("title", "start", "end", "start_utc", "end_utc", "start_tz", "end_tz", "place_id")
MEETING_KEYS = meeting_service.MEETING_FIELDS


def read_state(session: Session, meeting_id: int) -> dict[str, Any]:
    meeting = get(session, Meeting, meeting_id, "meeting")
    item: ItineraryItem = meeting.item
    state: dict[str, Any] = {
        "title": item.title,
        "start_utc": item.start_utc,
        "end_utc": item.end_utc,
        "start_tz": item.start_tz,
        "end_tz": item.end_tz,
        "place_id": item.place_id,
    }
    state.update({k: getattr(meeting, k) for k in MEETING_KEYS})
    state["ours"] = [a.person_id for a in meeting.attendees if a.side == "ours"]
    state["theirs"] = [a.person_id for a in meeting.attendees if a.side == "theirs"]
    state["item_id"] = item.id
    state["version"] = meeting.version
    return state


def apply_state(session: Session, meeting_id: int, state: dict[str, Any]) -> Meeting:
    meeting = get(session, Meeting, meeting_id, "meeting")
    item_changes = {k: v for k, v in state.items() if k in ITEM_KEYS}
    meeting_changes = {k: v for k, v in state.items() if k in MEETING_KEYS}
    if item_changes:
        itinerary_service.update_item(session, meeting.item_id, **item_changes)
    if meeting_changes:
        meeting_service.update_meeting(session, meeting_id, **meeting_changes)
    if "ours" in state or "theirs" in state:
        current = read_state(session, meeting_id)
        meeting_service.set_attendees(
            session, meeting_id, state.get("ours", current["ours"]), state.get("theirs", current["theirs"])
        )
    return meeting


def create_from_state(session: Session, trip_id: int, state: dict[str, Any]) -> ItineraryItem:
    """A new meeting; returns its itinerary item (deleting the item deletes the meeting with it)."""
    fields = {k: v for k, v in state.items() if k in ITEM_KEYS or k in MEETING_KEYS}
    organisation_id = fields.pop("organisation_id", None)
    meeting = meeting_service.create_meeting(session, trip_id, organisation_id=organisation_id, **fields)
    if state.get("ours") or state.get("theirs"):
        meeting_service.set_attendees(session, meeting.id, state.get("ours", ()), state.get("theirs", ()))
    return meeting.item
