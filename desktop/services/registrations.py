"""Registrations for the delegation's events: capacity, waitlist, check-in at the door, no-shows."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from db.models import Event, Organisation, Person, Registration, RegistrationStatus
from db.text import fold
from db.types import utcnow
from desktop.services.errors import FieldError, ValidationError
from desktop.services.itinerary import check_capacity
from desktop.services.records import apply_changes, check_version, get
from desktop.services.validation import check_choice, check_length, raise_if

S = RegistrationStatus
# Statuses that hold a seat against the capacity.
SEATED = (S.REGISTERED.value, S.ATTENDED.value)
REGISTRATION_FIELDS = ("organisation_id", "badge_name", "dietary_needs", "source", "vip", "notes")


@dataclass(frozen=True)
class EventCounts:
    capacity: int | None
    by_status: dict[str, int]

    @property
    def seated(self) -> int:
        return sum(self.by_status.get(s, 0) for s in SEATED)

    @property
    def seats_left(self) -> int | None:
        return None if self.capacity is None else max(0, self.capacity - self.seated)

    @property
    def arrived(self) -> int:
        return self.by_status.get(S.ATTENDED.value, 0)

    @property
    def waitlisted(self) -> int:
        return self.by_status.get(S.WAITLISTED.value, 0)


def counts(session: Session, event_id: int) -> EventCounts:
    event = get(session, Event, event_id, "event")
    rows = session.execute(
        select(Registration.status, func.count())
        .where(Registration.event_id == event_id)
        .group_by(Registration.status)
    ).all()
    return EventCounts(capacity=event.capacity, by_status={status: n for status, n in rows})


def _has_seat(session: Session, event: Event) -> bool:
    if event.capacity is None:
        return True
    seated = session.scalar(
        select(func.count()).where(Registration.event_id == event.id, Registration.status.in_(SEATED))
    )
    return (seated or 0) < event.capacity


def register(
    session: Session,
    event_id: int,
    person_id: int,
    *,
    status: str | None = None,
    registered_at: dt.datetime | None = None,
    **fields: Any,
) -> Registration:
    """Register a person. With no status, they get a seat if one is left, else join the waitlist; a
    requested 'registered' on a full event also goes to the waitlist (the capacity is never exceeded)."""
    event = get(session, Event, event_id, "event")
    person = get(session, Person, person_id, "person")
    if status is not None:
        raise_if(check_choice("status", status, [s.value for s in S]))
    duplicate = session.scalar(
        select(Registration).where(Registration.event_id == event_id, Registration.person_id == person_id)
    )
    if duplicate is not None:
        raise ValidationError(
            FieldError(
                "person_id", f"{person.display_name} is already registered (status {duplicate.status})"
            )
        )
    if status in (None, S.REGISTERED.value, S.ATTENDED.value) and not _has_seat(session, event):
        status = S.WAITLISTED.value
    reg = Registration(
        event_id=event_id,
        person_id=person_id,
        status=status or S.REGISTERED.value,
        registered_at=registered_at or utcnow(),
        organisation_id=person.organisation_id,
        badge_name="",
        dietary_needs=person.dietary_needs or "",
        source="",
        vip=False,
        notes="",
    )
    apply_changes(reg, fields, REGISTRATION_FIELDS)
    _validate(session, reg)
    if reg.status == S.ATTENDED.value:
        reg.checked_in_at = utcnow()
    session.add(reg)
    session.flush()
    return reg


def update_registration(
    session: Session, registration_id: int, expected_version: int | None = None, **changes: Any
) -> Registration:
    reg = get(session, Registration, registration_id, "registration")
    check_version(reg, expected_version, "registration")
    apply_changes(reg, changes, REGISTRATION_FIELDS)
    _validate(session, reg)
    session.flush()
    return reg


def _validate(session: Session, reg: Registration) -> None:
    raise_if(
        FieldError("organisation_id", f"no organisation with id {reg.organisation_id}")
        if reg.organisation_id is not None and session.get(Organisation, reg.organisation_id) is None
        else None,
        check_length("badge_name", reg.badge_name, 200),
        check_length("notes", reg.notes),
    )


def cancel(session: Session, registration_id: int) -> Registration | None:
    """Cancel; if that freed a seat, the first on the waitlist is promoted and returned."""
    reg = get(session, Registration, registration_id, "registration")
    held_seat = reg.status in SEATED
    reg.status = S.CANCELLED.value
    reg.checked_in_at = None
    session.flush()
    if held_seat:
        return promote_next(session, reg.event_id)
    return None


def promote_next(session: Session, event_id: int) -> Registration | None:
    """Give a free seat to whoever has waited longest."""
    event = get(session, Event, event_id, "event")
    if not _has_seat(session, event):
        return None
    first = session.scalar(
        select(Registration)
        .where(Registration.event_id == event_id, Registration.status == S.WAITLISTED.value)
        .order_by(Registration.registered_at, Registration.id)
        .limit(1)
    )
    if first is not None:
        first.status = S.REGISTERED.value
        session.flush()
    return first


def promote(session: Session, registration_id: int) -> Registration:
    """Promote one waitlisted person by hand; refused when no seat is left."""
    reg = get(session, Registration, registration_id, "registration")
    if reg.status != S.WAITLISTED.value:
        raise ValidationError(
            FieldError("status", f"only a waitlisted registration can be promoted, not {reg.status}")
        )
    if not _has_seat(session, reg.event):
        raise ValidationError(
            FieldError("status", "the event is full: raise the capacity or cancel someone first")
        )
    reg.status = S.REGISTERED.value
    session.flush()
    return reg


def set_capacity(
    session: Session, event_id: int, capacity: int | None, expected: int | None = None
) -> list[Registration]:
    """Change the capacity; seats it frees go to the waitlist in order. Returns who was promoted.
    Lowering it below the seats taken keeps everyone seated (nobody is bumped) but admits nobody new."""
    check_capacity(capacity, expected)
    event = get(session, Event, event_id, "event")
    event.capacity = capacity
    event.expected = expected
    session.flush()
    promoted = []
    while (reg := promote_next(session, event_id)) is not None:
        promoted.append(reg)
    return promoted


def return_to_waitlist(session: Session, registration_ids: list[int]) -> int:
    """Undo promotions: put these people back on the waitlist, where they keep their place (it is ordered
    by when they registered). Anyone who has arrived meanwhile keeps their seat. Returns how many moved."""
    moved = 0
    for reg_id in registration_ids:
        reg = get(session, Registration, reg_id, "registration")
        if reg.status == S.REGISTERED.value:
            reg.status = S.WAITLISTED.value
            moved += 1
    session.flush()
    return moved


def check_in(session: Session, registration_id: int, at: dt.datetime | None = None) -> Registration:
    """Mark a person as arrived. A walk-in (invited, waitlisted, no-show) is admitted too: the person is
    at the door, and the desk decides."""
    reg = get(session, Registration, registration_id, "registration")
    if reg.status == S.ATTENDED.value:
        raise ValidationError(FieldError("status", "already checked in"))
    if reg.status == S.CANCELLED.value:
        raise ValidationError(
            FieldError("status", "this registration was cancelled: register the person again")
        )
    reg.status = S.ATTENDED.value
    reg.checked_in_at = at or utcnow()
    session.flush()
    return reg


def undo_check_in(session: Session, registration_id: int) -> Registration:
    reg = get(session, Registration, registration_id, "registration")
    if reg.status != S.ATTENDED.value:
        raise ValidationError(FieldError("status", "this person is not checked in"))
    reg.status = S.REGISTERED.value
    reg.checked_in_at = None
    session.flush()
    return reg


def mark_no_shows(session: Session, event_id: int) -> int:
    """After the event: everyone registered who never checked in becomes a no-show."""
    regs = list(
        session.scalars(
            select(Registration).where(
                Registration.event_id == event_id, Registration.status == S.REGISTERED.value
            )
        )
    )
    for reg in regs:
        reg.status = S.NO_SHOW.value
    session.flush()
    return len(regs)


def set_status(session: Session, registration_id: int, status: str) -> Registration:
    """Set a status by hand, keeping the rules: a seat for registered/attended, promotion on release."""
    reg = get(session, Registration, registration_id, "registration")
    raise_if(check_choice("status", status, [s.value for s in S]))
    if status == reg.status:
        return reg
    if status == S.CANCELLED.value:
        cancel(session, registration_id)
        return reg
    if status == S.ATTENDED.value:
        return check_in(session, registration_id)
    if status == S.REGISTERED.value and reg.status not in SEATED and not _has_seat(session, reg.event):
        raise ValidationError(FieldError("status", "the event is full: the person stays on the waitlist"))
    held_seat = reg.status in SEATED
    reg.status = status
    if status != S.ATTENDED.value:
        reg.checked_in_at = None
    session.flush()
    if held_seat and status not in SEATED:
        promote_next(session, reg.event_id)
    return reg


def search(
    session: Session, event_id: int, text: str, *, limit: int = 50, statuses: tuple[str, ...] | None = None
) -> list[tuple[Registration, Person, Organisation | None]]:
    """Registrations whose person (names in both scripts, email), organisation as registered or badge
    name holds every word typed, accents and case ignored; in name order (``Registration.sort_key``).

    Two steps: the ids come from the covering index ``(event_id, sort_key, id, status, search_key)``
    alone, walked in order until ``limit`` match (a whole event's entries at worst: ~10 ms for 50,000);
    then the few records found are loaded."""
    ids_stmt = select(Registration.id).where(Registration.event_id == event_id)
    if statuses:
        ids_stmt = ids_stmt.where(Registration.status.in_(statuses))
    for word in fold(text).split():
        ids_stmt = ids_stmt.where(Registration.search_key.like(_contains(word), escape="\\"))
    ids = list(session.scalars(ids_stmt.order_by(Registration.sort_key, Registration.id).limit(limit)))
    if not ids:
        return []
    org = aliased(Organisation)
    rows = session.execute(
        select(Registration, Person, org)
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(org, Registration.organisation_id == org.id)
        .where(Registration.id.in_(ids))
    ).all()
    position = {ident: n for n, ident in enumerate(ids)}
    return sorted(((r, p, o) for r, p, o in rows), key=lambda found: position[found[0].id])


def _contains(word: str) -> str:
    """A LIKE pattern for ``word`` anywhere, its own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
