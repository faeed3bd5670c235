"""The delegation's own events (conference, reception) and who registered for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import (
    Boolean,
    ColumnElement,
    Connection,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    bindparam,
    event,
    inspect,
    select,
    update,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Record
from db.models.directory import Organisation, Person
from db.models.itinerary import ItineraryItem
from db.text import fold
from db.types import UTCDateTime, utcnow


class Event(Record):
    """The event-specific part of an itinerary item of kind ``event``; capacity None means unlimited."""

    __tablename__ = "events"

    item_id: Mapped[int] = mapped_column(ForeignKey("itinerary_items.id", ondelete="CASCADE"), unique=True)
    capacity: Mapped[int | None] = mapped_column(Integer)
    expected: Mapped[int | None] = mapped_column(Integer)

    item: Mapped[ItineraryItem] = relationship(back_populates="event")
    registrations: Mapped[list[Registration]] = relationship(
        back_populates="event", cascade="all, delete-orphan", order_by="Registration.registered_at"
    )


class Registration(Record):
    __tablename__ = "registrations"
    __table_args__ = (
        UniqueConstraint("event_id", "person_id", name="uq_registrations_event_person"),
        Index("ix_registrations_event_status", "event_id", "status", "registered_at"),
        # Name order within an event, covering what the desk filters on: pages of the list and the
        # check-in matches are read from the index alone, in order, and stop at their LIMIT; a search that
        # matches few reads the event's entries (~10 ms for 50,000) rather than its rows (~70 ms).
        Index("ix_registrations_event_sort", "event_id", "sort_key", "id", "status", "search_key"),
    )

    event_id: Mapped[int] = mapped_column(ForeignKey("events.id", ondelete="CASCADE"))
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    status: Mapped[str] = mapped_column(String(20), default="registered")
    registered_at: Mapped[dt.datetime] = mapped_column(UTCDateTime, default=utcnow)
    checked_in_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime)
    badge_name: Mapped[str] = mapped_column(String(200), default="")
    dietary_needs: Mapped[str] = mapped_column(String(300), default="")
    source: Mapped[str] = mapped_column(String(100), default="")
    vip: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str] = mapped_column(Text, default="")
    # Derived, so the desk searches and sorts one table: the person's folded search text (names in both
    # scripts, email), the organisation as registered and the badge name; and the person's ``sort_key``.
    # Kept by the listeners below; bulk Core writers fill them with ``registration_search_key``.
    search_key: Mapped[str] = mapped_column(String(2000), default="", server_default="")
    sort_key: Mapped[str] = mapped_column(String(400), default="", server_default="")

    event: Mapped[Event] = relationship(back_populates="registrations")
    person: Mapped[Person] = relationship()
    organisation: Mapped[Organisation | None] = relationship()


def registration_search_key(
    person_key: str | None, organisation_key: str | None, badge_name: str | None
) -> str:
    """A registration's folded search text from its person's and organisation's ``search_key`` (already
    folded) and the badge name, which is left out when the person's names already hold it."""
    parts = [person_key or "", organisation_key or ""]
    badge = fold(badge_name.strip()) if badge_name else ""
    if badge and badge not in parts[0]:
        parts.append(badge)
    return " ".join(filter(None, parts))


def refresh_registration_keys(
    connection: Connection, where: ColumnElement[bool], *, leaving_organisation: int | None = None
) -> int:
    """Recompute ``search_key``/``sort_key`` of the registrations ``where`` selects, from the rows of
    their person and organisation as the database holds them now. Derived data: neither ``version`` nor
    ``updated_at`` changes, so nobody editing the registration is told it changed under them.
    ``leaving_organisation``: an organisation about to be deleted, whose name no longer counts."""
    org = Organisation.__table__
    reg = Registration.__table__
    people = Person.__table__
    rows = connection.execute(
        select(reg.c.id, people.c.search_key, people.c.sort_key, org.c.id, org.c.search_key, reg.c.badge_name)
        .select_from(
            reg.join(people, reg.c.person_id == people.c.id).outerjoin(org, reg.c.organisation_id == org.c.id)
        )
        .where(where)
    ).all()
    params = [
        {
            "_id": ident,
            "_search": registration_search_key(
                person_key, None if org_id == leaving_organisation else org_key, badge
            ),
            "_sort": sort_key,
        }
        for ident, person_key, sort_key, org_id, org_key, badge in rows
    ]
    if params:
        connection.execute(
            update(reg)
            .where(reg.c.id == bindparam("_id"))
            # updated_at as it was: its onupdate would otherwise mark the record changed
            .values(
                search_key=bindparam("_search"), sort_key=bindparam("_sort"), updated_at=reg.c.updated_at
            ),
            params,
        )
    return len(params)


def _changed(target: Any, *names: str) -> bool:
    state = inspect(target)
    return any(state.attrs[n].history.has_changes() for n in names)


@event.listens_for(Registration, "before_insert")
@event.listens_for(Registration, "before_update")
def _registration_keys(_mapper: object, connection: Connection, reg: Registration) -> None:
    # A check-in or a status change leaves the keys alone; only who, which firm and the badge count.
    if inspect(reg).persistent and not _changed(reg, "person_id", "organisation_id", "badge_name"):
        return
    person = connection.execute(
        select(Person.search_key, Person.sort_key).where(Person.id == reg.person_id)
    ).first()
    org_key = None
    if reg.organisation_id is not None:
        org_key = connection.scalar(
            select(Organisation.search_key).where(Organisation.id == reg.organisation_id)
        )
    reg.search_key = registration_search_key(person[0] if person else "", org_key, reg.badge_name)
    reg.sort_key = person[1] if person else ""


@event.listens_for(Person, "after_update")
def _person_renamed(_mapper: object, connection: Connection, person: Person) -> None:
    if _changed(person, "search_key", "sort_key"):
        refresh_registration_keys(connection, Registration.person_id == person.id)


@event.listens_for(Organisation, "after_update")
def _organisation_renamed(_mapper: object, connection: Connection, org: Organisation) -> None:
    if _changed(org, "search_key"):
        refresh_registration_keys(connection, Registration.organisation_id == org.id)


@event.listens_for(Organisation, "before_delete")
def _organisation_deleted(_mapper: object, connection: Connection, org: Organisation) -> None:
    # The database then sets these registrations' organisation to NULL: its name must leave their key.
    refresh_registration_keys(connection, Registration.organisation_id == org.id, leaving_organisation=org.id)
