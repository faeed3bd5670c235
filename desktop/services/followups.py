"""Follow-up actions and notes after the meetings: who owes what, what is late, what was agreed."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Action, ActionStatus, ItineraryItem, Meeting, Note, Organisation, Person
from desktop.services.errors import FieldError, ValidationError
from desktop.services.records import check_version, get
from desktop.services.validation import check_length, check_required, raise_if


def _actions_query(trip_id: int | None):  # type: ignore[no-untyped-def]
    stmt = (
        select(Action)
        .join(Meeting, Action.meeting_id == Meeting.id)
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .options(
            selectinload(Action.owner),
            selectinload(Action.meeting).selectinload(Meeting.organisation),
            selectinload(Action.meeting).selectinload(Meeting.item),
        )
    )
    if trip_id is not None:
        stmt = stmt.where(ItineraryItem.trip_id == trip_id)
    return stmt


def _by_due(actions: list[Action]) -> list[Action]:
    return sorted(actions, key=lambda a: (a.due_date is None, a.due_date or dt.date.max, a.id))


def open_actions(session: Session, trip_id: int | None = None, owner_id: int | None = None) -> list[Action]:
    """Open actions, soonest due first (undated last)."""
    stmt = _actions_query(trip_id).where(Action.status == ActionStatus.OPEN.value)
    if owner_id is not None:
        stmt = stmt.where(Action.owner_id == owner_id)
    return _by_due(list(session.scalars(stmt)))


def overdue_actions(session: Session, today: dt.date, trip_id: int | None = None) -> list[Action]:
    stmt = _actions_query(trip_id).where(
        Action.status == ActionStatus.OPEN.value, Action.due_date.is_not(None), Action.due_date < today
    )
    return _by_due(list(session.scalars(stmt)))


def open_actions_by_owner(session: Session, trip_id: int | None = None) -> dict[Person | None, list[Action]]:
    grouped: dict[Person | None, list[Action]] = {}
    for action in open_actions(session, trip_id):
        grouped.setdefault(action.owner, []).append(action)
    return grouped


def all_actions(session: Session, trip_id: int | None = None) -> list[Action]:
    return _by_due(list(session.scalars(_actions_query(trip_id))))


def is_overdue(action: Action, today: dt.date) -> bool:
    return (
        action.status == ActionStatus.OPEN.value and action.due_date is not None and action.due_date < today
    )


def meetings_with_organisation(session: Session, organisation_id: int) -> list[Meeting]:
    """Every meeting with an organisation across all trips, oldest first, with what was agreed."""
    get(session, Organisation, organisation_id, "organisation")
    return list(
        session.scalars(
            select(Meeting)
            .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
            .where(Meeting.organisation_id == organisation_id)
            .options(
                selectinload(Meeting.item).selectinload(ItineraryItem.trip),
                selectinload(Meeting.actions).selectinload(Action.owner),
            )
            .order_by(ItineraryItem.start_utc)
        )
    )


# --- notes ---------------------------------------------------------------------------------------------


def add_note(
    session: Session,
    body: str,
    *,
    author: str = "",
    meeting_id: int | None = None,
    organisation_id: int | None = None,
    person_id: int | None = None,
) -> Note:
    subjects = [s for s in (meeting_id, organisation_id, person_id) if s is not None]
    if len(subjects) != 1:
        raise ValidationError(
            FieldError("subject", "a note belongs to exactly one meeting, organisation or person")
        )
    if meeting_id is not None:
        get(session, Meeting, meeting_id, "meeting")
    if organisation_id is not None:
        get(session, Organisation, organisation_id, "organisation")
    if person_id is not None:
        get(session, Person, person_id, "person")
    body = (body or "").rstrip()
    raise_if(
        check_required("body", body, "The note"),
        check_length("body", body),
        check_length("author", author, 200),
    )
    note = Note(
        body=body,
        author=author.strip(),
        meeting_id=meeting_id,
        organisation_id=organisation_id,
        person_id=person_id,
    )
    session.add(note)
    session.flush()
    return note


def update_note(session: Session, note_id: int, body: str, expected_version: int | None = None) -> Note:
    note = get(session, Note, note_id, "note")
    check_version(note, expected_version, "note")
    body = (body or "").rstrip()
    raise_if(check_required("body", body, "The note"), check_length("body", body))
    note.body = body
    session.flush()
    return note


def delete_note(session: Session, note_id: int) -> None:
    session.delete(get(session, Note, note_id, "note"))
    session.flush()


def notes_for(session: Session, **subject: Any) -> list[Note]:
    """Notes on one subject (``meeting_id=``, ``organisation_id=`` or ``person_id=``), newest first."""
    ((field, value),) = subject.items()
    return list(
        session.scalars(
            select(Note).where(getattr(Note, field) == value).order_by(Note.created_at.desc(), Note.id.desc())
        )
    )
