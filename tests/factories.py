"""Small builders for test data, going through the services so every rule applies."""

from __future__ import annotations

import datetime as dt

from sqlalchemy.orm import Session

from desktop.services import directory, trips

LIS, MAD, SZX = "Europe/Lisbon", "Europe/Madrid", "Asia/Shanghai"


def trip(session: Session, **kw) -> int:
    fields = dict(name="Test trip", start_date=dt.date(2024, 9, 8), end_date=dt.date(2024, 9, 15))
    fields.update(kw)
    return trips.create_trip(session, **fields).id


def member(session: Session, trip_id: int, native: str, latin: str, role: str = "member") -> int:
    person = directory.create_person(session, native_name=native, latin_name=latin)
    trips.add_member(session, trip_id, person.id, role)
    return person.id


def place(session: Session, name: str, city: str, tz: str) -> int:
    return directory.create_place(session, name=name, city=city, timezone=tz).id


def organisation(session: Session, name: str, **kw) -> int:
    return directory.create_organisation(session, name=name, **kw).id


def contact(session: Session, org_id: int, latin: str, **kw) -> int:
    return directory.create_person(session, latin_name=latin, organisation_id=org_id, **kw).id


def local(day: int, hour: int, minute: int = 0) -> dt.datetime:
    return dt.datetime(2024, 9, day, hour, minute)
