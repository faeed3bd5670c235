"""Organisations, people and places: create, change, delete, with validation."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from db.models import Organisation, OrganisationKind, Person, Place
from desktop.services.records import apply_changes, blank, check_version, get, text_fields
from desktop.services.validation import (
    check_choice,
    check_email,
    check_length,
    check_phone,
    check_required,
    check_timezone,
    raise_if,
)

ORGANISATION_FIELDS = (
    "name",
    "local_name",
    "kind",
    "sectors",
    "country",
    "city",
    "address",
    "website",
    "phone",
    "email",
    "profile",
)
PERSON_FIELDS = (
    "family_name",
    "given_name",
    "native_name",
    "latin_name",
    "honorific",
    "position",
    "organisation_id",
    "job_title",
    "email",
    "phone",
    "languages",
    "dietary_needs",
    "access_needs",
    "notes",
)
PLACE_FIELDS = ("name", "address", "city", "country", "timezone", "phone")


# --- organisations -------------------------------------------------------------------------------------


def _validate_organisation(org: Organisation) -> None:
    raise_if(
        check_required("name", org.name, "The name"),
        check_choice("kind", org.kind, [k.value for k in OrganisationKind]),
        check_email("email", org.email),
        check_phone("phone", org.phone),
        *(check_length(f, v) for f, v in text_fields(vars(org)).items()),
    )


def create_organisation(session: Session, **fields: Any) -> Organisation:
    org = blank(Organisation)
    org.name = ""
    apply_changes(org, fields, ORGANISATION_FIELDS)
    org.sectors = _clean_list(org.sectors)
    _validate_organisation(org)
    session.add(org)
    session.flush()
    return org


def update_organisation(
    session: Session, org_id: int, expected_version: int | None = None, **changes: Any
) -> Organisation:
    org = get(session, Organisation, org_id, "organisation")
    check_version(org, expected_version, "organisation")
    apply_changes(org, changes, ORGANISATION_FIELDS)
    org.sectors = _clean_list(org.sectors)
    _validate_organisation(org)
    session.flush()
    return org


def delete_organisation(session: Session, org_id: int) -> None:
    session.delete(get(session, Organisation, org_id, "organisation"))
    session.flush()


def find_organisations(session: Session, text: str = "", limit: int | None = None) -> list[Organisation]:
    stmt = select(Organisation).order_by(func.lower(Organisation.name))
    if text:
        like = f"%{text}%"
        stmt = stmt.where(or_(Organisation.name.ilike(like), Organisation.local_name.ilike(like)))
    if limit:
        stmt = stmt.limit(limit)
    return list(session.scalars(stmt))


def _clean_list(values: Any) -> list[str]:
    if isinstance(values, str):
        values = values.replace("；", ";").replace(";", ",").split(",")
    seen: list[str] = []
    for v in values or []:
        v = str(v).strip()
        if v and v not in seen:
            seen.append(v)
    return seen


# --- people --------------------------------------------------------------------------------------------


def _validate_person(session: Session, person: Person) -> None:
    has_name = any((person.family_name, person.given_name, person.native_name, person.latin_name))
    raise_if(
        None if has_name else check_required("family_name", "", "A name (in either script)"),
        check_email("email", person.email),
        check_phone("phone", person.phone),
        None
        if person.organisation_id is None or session.get(Organisation, person.organisation_id)
        else check_required("organisation_id", "", "An existing organisation"),
        *(
            check_length(f, v, 300 if f not in ("notes",) else 100_000)
            for f, v in text_fields(vars(person)).items()
        ),
    )


def create_person(session: Session, **fields: Any) -> Person:
    person = blank(Person)
    apply_changes(person, fields, PERSON_FIELDS)
    person.languages = _clean_list(person.languages)
    _validate_person(session, person)
    session.add(person)
    session.flush()
    return person


def update_person(
    session: Session, person_id: int, expected_version: int | None = None, **changes: Any
) -> Person:
    person = get(session, Person, person_id, "person")
    check_version(person, expected_version, "person")
    apply_changes(person, changes, PERSON_FIELDS)
    person.languages = _clean_list(person.languages)
    _validate_person(session, person)
    session.flush()
    return person


def delete_person(session: Session, person_id: int) -> None:
    session.delete(get(session, Person, person_id, "person"))
    session.flush()


# --- places --------------------------------------------------------------------------------------------


def _validate_place(place: Place) -> None:
    raise_if(
        check_required("name", place.name, "The name"),
        check_timezone("timezone", place.timezone),
        check_phone("phone", place.phone),
    )


def create_place(session: Session, **fields: Any) -> Place:
    place = blank(Place)
    place.name = place.timezone = ""
    apply_changes(place, fields, PLACE_FIELDS)
    _validate_place(place)
    session.add(place)
    session.flush()
    return place


def update_place(
    session: Session, place_id: int, expected_version: int | None = None, **changes: Any
) -> Place:
    place = get(session, Place, place_id, "place")
    check_version(place, expected_version, "place")
    apply_changes(place, changes, PLACE_FIELDS)
    _validate_place(place)
    session.flush()
    return place


def delete_place(session: Session, place_id: int) -> None:
    session.delete(get(session, Place, place_id, "place"))
    session.flush()
