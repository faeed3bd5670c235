"""Plain (id, label) lists of people for pickers, read in one session: views never keep ORM objects."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Person
from desktop.services import trips as trip_service


def delegation(session: Session, trip_id: int) -> list[tuple[int, str]]:
    """The trip's delegation, head first: (person id, '陈立华 (Chen Lihua) — head')."""
    return [(m.person_id, m.person.both_scripts) for m in trip_service.members(session, trip_id)]


def delegation_roles(session: Session, trip_id: int) -> list[tuple[int, str, str]]:
    return [(m.person_id, m.person.both_scripts, m.role) for m in trip_service.members(session, trip_id)]


def contacts(session: Session, organisation_id: int | None) -> list[tuple[int, str]]:
    if organisation_id is None:
        return []
    people = session.scalars(
        select(Person)
        .where(Person.organisation_id == organisation_id)
        .order_by(Person.family_name, Person.given_name, Person.id)
    )
    return [(p.id, _with_position(p)) for p in people]


def _with_position(person: Person) -> str:
    title = person.job_title or person.position
    return f"{person.both_scripts} — {title}" if title else person.both_scripts
