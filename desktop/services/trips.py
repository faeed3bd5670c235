"""Trips and their delegation."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from db.models import MemberRole, Membership, Person, Trip
from desktop.services.errors import FieldError, ValidationError
from desktop.services.records import apply_changes, blank, check_version, get
from desktop.services.validation import check_choice, check_length, check_required, check_timezone, raise_if

TRIP_FIELDS = ("name", "organiser", "purpose", "start_date", "end_date", "home_timezone", "notes")

# Order in which roles are listed: the head first, staff last.
ROLE_ORDER = {role.value: i for i, role in enumerate(MemberRole)}


def _validate_trip(trip: Trip) -> None:
    order = None
    dates_known = isinstance(trip.start_date, dt.date) and isinstance(trip.end_date, dt.date)
    if dates_known and trip.end_date < trip.start_date:
        order = FieldError("end_date", f"the end ({trip.end_date}) is before the start ({trip.start_date})")
    raise_if(
        check_required("name", trip.name, "The trip's name"),
        None
        if isinstance(trip.start_date, dt.date)
        else FieldError("start_date", "a start date is required"),
        None if isinstance(trip.end_date, dt.date) else FieldError("end_date", "an end date is required"),
        order,
        check_timezone("home_timezone", trip.home_timezone),
        check_length("notes", trip.notes),
        check_length("purpose", trip.purpose),
    )


def create_trip(session: Session, **fields: Any) -> Trip:
    trip = blank(Trip)
    trip.name = ""
    apply_changes(trip, fields, TRIP_FIELDS)
    _validate_trip(trip)
    session.add(trip)
    session.flush()
    return trip


def update_trip(session: Session, trip_id: int, expected_version: int | None = None, **changes: Any) -> Trip:
    trip = get(session, Trip, trip_id, "trip")
    check_version(trip, expected_version, "trip")
    apply_changes(trip, changes, TRIP_FIELDS)
    _validate_trip(trip)
    session.flush()
    return trip


def delete_trip(session: Session, trip_id: int) -> None:
    session.delete(get(session, Trip, trip_id, "trip"))
    session.flush()


def list_trips(session: Session) -> list[Trip]:
    return list(session.scalars(select(Trip).order_by(Trip.start_date, Trip.id)))


def get_trip(session: Session, trip_id: int) -> Trip:
    return get(session, Trip, trip_id, "trip")


# --- the delegation ------------------------------------------------------------------------------------


def add_member(
    session: Session, trip_id: int, person_id: int, role: str = MemberRole.MEMBER.value
) -> Membership:
    get(session, Trip, trip_id, "trip")
    get(session, Person, person_id, "person")
    raise_if(check_choice("role", role, [r.value for r in MemberRole]))
    existing = session.scalar(
        select(Membership).where(Membership.trip_id == trip_id, Membership.person_id == person_id)
    )
    if existing is not None:
        raise ValidationError(FieldError("person_id", "this person is already on the delegation"))
    last = session.scalar(select(func.max(Membership.sort_order)).where(Membership.trip_id == trip_id))
    membership = Membership(trip_id=trip_id, person_id=person_id, role=role, sort_order=(last or 0) + 1)
    session.add(membership)
    session.flush()
    return membership


def set_member_role(session: Session, membership_id: int, role: str) -> Membership:
    membership = get(session, Membership, membership_id, "delegation member")
    raise_if(check_choice("role", role, [r.value for r in MemberRole]))
    membership.role = role
    session.flush()
    return membership


def remove_member(session: Session, trip_id: int, person_id: int) -> None:
    membership = session.scalar(
        select(Membership).where(Membership.trip_id == trip_id, Membership.person_id == person_id)
    )
    if membership is None:
        raise ValidationError(FieldError("person_id", "this person is not on the delegation"))
    session.delete(membership)
    session.flush()


def members(session: Session, trip_id: int) -> list[Membership]:
    """The delegation, head first, then by role and the order they were added."""
    rows = list(
        session.scalars(
            select(Membership).where(Membership.trip_id == trip_id).options(selectinload(Membership.person))
        )
    )
    return sorted(rows, key=lambda m: (ROLE_ORDER.get(m.role, 99), m.sort_order, m.id))


def member_ids(session: Session, trip_id: int) -> set[int]:
    return set(session.scalars(select(Membership.person_id).where(Membership.trip_id == trip_id)))
