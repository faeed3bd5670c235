"""Meetings with organisations: details, attendees, agenda and follow-up actions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AttendeeSide,
    ItemKind,
    ItemStatus,
    ItineraryItem,
    Meeting,
    MeetingAttendee,
    MeetingStatus,
    Organisation,
    Person,
)
from db.types import utcnow
from desktop.services import trips as trip_service
from desktop.services.errors import FieldError
from desktop.services.itinerary import create_item
from desktop.services.records import apply_changes, blank, check_version, get
from desktop.services.validation import check_choice, check_length, check_required, raise_if

MEETING_FIELDS = (
    "organisation_id",
    "status",
    "objectives",
    "background",
    "talking_points",
    "outcome_notes",
    "interpreter_id",
)
AGENDA_FIELDS = ("title", "minutes", "lead_id", "notes")
ACTION_FIELDS = ("description", "owner_id", "due_date", "status", "notes")


# The itinerary item's status follows the meeting's, so the programme shows what is firm.
ITEM_STATUS_FOR = {
    MeetingStatus.PROPOSED.value: ItemStatus.TENTATIVE.value,
    MeetingStatus.REQUESTED.value: ItemStatus.TENTATIVE.value,
    MeetingStatus.CONFIRMED.value: ItemStatus.CONFIRMED.value,
    MeetingStatus.HELD.value: ItemStatus.CONFIRMED.value,
    MeetingStatus.CANCELLED.value: ItemStatus.CANCELLED.value,
}


def _validate_meeting(session: Session, meeting: Meeting) -> None:
    errors: list[FieldError | None] = [
        check_choice("status", meeting.status, [s.value for s in MeetingStatus]),
        *(
            check_length(f, getattr(meeting, f))
            for f in ("objectives", "background", "talking_points", "outcome_notes")
        ),
    ]
    if meeting.organisation_id is not None and session.get(Organisation, meeting.organisation_id) is None:
        errors.append(FieldError("organisation_id", f"no organisation with id {meeting.organisation_id}"))
    if meeting.interpreter_id is not None and session.get(Person, meeting.interpreter_id) is None:
        errors.append(FieldError("interpreter_id", f"no person with id {meeting.interpreter_id}"))
    raise_if(*errors)


def create_meeting(
    session: Session,
    trip_id: int,
    *,
    organisation_id: int | None = None,
    participants: Iterable[int] | None = None,
    **fields: Any,
) -> Meeting:
    """A meeting: an itinerary item of kind 'meeting' plus its meeting details. Item fields (title,
    start, end, place_id, …) and meeting fields (status, objectives, …) may be mixed in ``fields``."""
    meeting_fields = {k: fields.pop(k) for k in list(fields) if k in MEETING_FIELDS}
    fields["kind"] = ItemKind.MEETING.value
    if not fields.get("title") and organisation_id is not None:
        org = get(session, Organisation, organisation_id, "organisation")
        fields["title"] = f"Meeting with {org.name}"
    meeting = blank(Meeting)
    meeting.organisation_id = organisation_id
    apply_changes(meeting, meeting_fields, MEETING_FIELDS)
    _validate_meeting(session, meeting)
    fields.setdefault("status", ITEM_STATUS_FOR[meeting.status])
    item = create_item(session, trip_id, participants=participants, **fields)
    meeting.item_id = item.id
    session.add(meeting)
    session.flush()
    return meeting


def update_meeting(
    session: Session, meeting_id: int, expected_version: int | None = None, **changes: Any
) -> Meeting:
    meeting = get(session, Meeting, meeting_id, "meeting")
    check_version(meeting, expected_version, "meeting")
    old_status = meeting.status
    apply_changes(meeting, changes, MEETING_FIELDS)
    _validate_meeting(session, meeting)
    if meeting.status != old_status:
        meeting.item.status = ITEM_STATUS_FOR[meeting.status]
    session.flush()
    return meeting


def get_meeting(session: Session, meeting_id: int) -> Meeting:
    return get(session, Meeting, meeting_id, "meeting")


def meeting_for_item(session: Session, item_id: int) -> Meeting | None:
    return session.scalar(select(Meeting).where(Meeting.item_id == item_id))


def list_meetings(session: Session, trip_id: int) -> list[Meeting]:
    return list(
        session.scalars(
            select(Meeting)
            .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
            .where(ItineraryItem.trip_id == trip_id)
            .options(selectinload(Meeting.item), selectinload(Meeting.organisation))
            .order_by(ItineraryItem.start_utc, Meeting.id)
        )
    )


def delete_meeting(session: Session, meeting_id: int) -> None:
    meeting = get(session, Meeting, meeting_id, "meeting")
    session.delete(meeting.item)
    session.flush()


# --- attendees -----------------------------------------------------------------------------------------


def set_attendees(
    session: Session, meeting_id: int, ours: Iterable[int] = (), theirs: Iterable[int] = ()
) -> None:
    """Our attendees must be on the trip's delegation; theirs must be contacts of the meeting's
    organisation. Our attendees also become the item's participants, so conflicts see them."""
    meeting = get(session, Meeting, meeting_id, "meeting")
    ours, theirs = list(dict.fromkeys(ours)), list(dict.fromkeys(theirs))
    delegation = trip_service.member_ids(session, meeting.item.trip_id)
    errors = []
    outsiders = [i for i in ours if i not in delegation]
    if outsiders:
        errors.append(FieldError("ours", f"not on this trip's delegation: person id(s) {outsiders}"))
    if theirs:
        contacts = (
            set(session.scalars(select(Person.id).where(Person.organisation_id == meeting.organisation_id)))
            if meeting.organisation_id is not None
            else set()
        )
        strangers = [i for i in theirs if i not in contacts]
        if strangers:
            errors.append(
                FieldError("theirs", f"not contacts of the meeting's organisation: person id(s) {strangers}")
            )
    both = set(ours) & set(theirs)
    if both:
        errors.append(FieldError("theirs", f"listed on both sides: person id(s) {sorted(both)}"))
    raise_if(*errors)
    meeting.attendees = [MeetingAttendee(person_id=i, side=AttendeeSide.OURS.value) for i in ours] + [
        MeetingAttendee(person_id=i, side=AttendeeSide.THEIRS.value) for i in theirs
    ]
    meeting.item.participants = (
        list(session.scalars(select(Person).where(Person.id.in_(ours)))) if ours else []
    )
    session.flush()


def attendees(session: Session, meeting_id: int, side: str) -> list[Person]:
    return list(
        session.scalars(
            select(Person)
            .join(MeetingAttendee, MeetingAttendee.person_id == Person.id)
            .where(MeetingAttendee.meeting_id == meeting_id, MeetingAttendee.side == side)
            .order_by(Person.family_name, Person.given_name, Person.id)
        )
    )


# --- agenda --------------------------------------------------------------------------------------------


def _validate_agenda_item(session: Session, agenda: AgendaItem) -> None:
    raise_if(
        check_required("title", agenda.title, "A title"),
        FieldError("minutes", "minutes cannot be negative") if (agenda.minutes or 0) < 0 else None,
        FieldError("minutes", "minutes must be under 24 hours") if (agenda.minutes or 0) > 24 * 60 else None,
        FieldError("lead_id", f"no person with id {agenda.lead_id}")
        if agenda.lead_id is not None and session.get(Person, agenda.lead_id) is None
        else None,
        check_length("title", agenda.title, 500),
        check_length("notes", agenda.notes),
    )


def add_agenda_item(session: Session, meeting_id: int, **fields: Any) -> AgendaItem:
    get(session, Meeting, meeting_id, "meeting")
    agenda = blank(AgendaItem)
    agenda.meeting_id = meeting_id
    agenda.title = ""
    apply_changes(agenda, fields, AGENDA_FIELDS)
    _validate_agenda_item(session, agenda)
    last = session.scalar(select(func.max(AgendaItem.position)).where(AgendaItem.meeting_id == meeting_id))
    agenda.position = (last if last is not None else -1) + 1
    session.add(agenda)
    session.flush()
    return agenda


def update_agenda_item(session: Session, agenda_id: int, **changes: Any) -> AgendaItem:
    agenda = get(session, AgendaItem, agenda_id, "agenda item")
    apply_changes(agenda, changes, AGENDA_FIELDS)
    _validate_agenda_item(session, agenda)
    session.flush()
    return agenda


def remove_agenda_item(session: Session, agenda_id: int) -> None:
    agenda = get(session, AgendaItem, agenda_id, "agenda item")
    meeting_id = agenda.meeting_id
    session.delete(agenda)
    session.flush()
    _renumber(session, meeting_id)


def move_agenda_item(session: Session, agenda_id: int, new_position: int) -> None:
    """Move an item to ``new_position`` (0-based) and close the gaps."""
    agenda = get(session, AgendaItem, agenda_id, "agenda item")
    items = list(
        session.scalars(
            select(AgendaItem).where(AgendaItem.meeting_id == agenda.meeting_id).order_by(AgendaItem.position)
        )
    )
    items.remove(agenda)
    items.insert(max(0, min(new_position, len(items))), agenda)
    for i, it in enumerate(items):
        it.position = i
    session.flush()


def _renumber(session: Session, meeting_id: int) -> None:
    items = session.scalars(
        select(AgendaItem).where(AgendaItem.meeting_id == meeting_id).order_by(AgendaItem.position)
    )
    for i, it in enumerate(items):
        it.position = i
    session.flush()


def agenda_minutes(session: Session, meeting_id: int) -> int:
    return (
        session.scalar(
            select(func.coalesce(func.sum(AgendaItem.minutes), 0)).where(AgendaItem.meeting_id == meeting_id)
        )
        or 0
    )


# --- follow-up actions ---------------------------------------------------------------------------------


def _validate_action(session: Session, action: Action) -> None:
    raise_if(
        check_required("description", action.description, "What is to be done"),
        check_choice("status", action.status, [s.value for s in ActionStatus]),
        FieldError("owner_id", f"no person with id {action.owner_id}")
        if action.owner_id is not None and session.get(Person, action.owner_id) is None
        else None,
        FieldError("due_date", "the due date must be a date")
        if action.due_date is not None and not isinstance(action.due_date, dt.date)
        else None,
        check_length("description", action.description),
        check_length("notes", action.notes),
    )


def add_action(session: Session, meeting_id: int, **fields: Any) -> Action:
    get(session, Meeting, meeting_id, "meeting")
    action = blank(Action)
    action.meeting_id = meeting_id
    action.description = ""
    apply_changes(action, fields, ACTION_FIELDS)
    _stamp_completion(action)
    _validate_action(session, action)
    session.add(action)
    session.flush()
    return action


def update_action(
    session: Session, action_id: int, expected_version: int | None = None, **changes: Any
) -> Action:
    action = get(session, Action, action_id, "action")
    check_version(action, expected_version, "action")
    apply_changes(action, changes, ACTION_FIELDS)
    _stamp_completion(action)
    _validate_action(session, action)
    session.flush()
    return action


def complete_action(session: Session, action_id: int) -> Action:
    return update_action(session, action_id, status=ActionStatus.DONE.value)


def reopen_action(session: Session, action_id: int) -> Action:
    return update_action(session, action_id, status=ActionStatus.OPEN.value)


def delete_action(session: Session, action_id: int) -> None:
    session.delete(get(session, Action, action_id, "action"))
    session.flush()


def _stamp_completion(action: Action) -> None:
    if action.status == ActionStatus.DONE.value:
        action.completed_at = action.completed_at or utcnow()
    else:
        action.completed_at = None
