"""Itinerary items: travel legs, stays, meetings, events, visits… each an interval in real time."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Column, ForeignKey, Index, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base, Record
from db.models.directory import Person, Place
from db.types import UTCDateTime

if TYPE_CHECKING:
    from db.models.events import Event
    from db.models.meetings import Meeting
    from db.models.trips import Trip

item_participants = Table(
    "item_participants",
    Base.metadata,
    Column("item_id", ForeignKey("itinerary_items.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True),
)


class ItineraryItem(Record):
    """One entry of the programme.

    Start and end are instants (UTC); ``start_tz``/``end_tz`` are the IANA zones of where they happen, which
    differ for a flight or train. For travel, ``place`` is the departure and ``destination`` the arrival.
    """

    __tablename__ = "itinerary_items"
    __table_args__ = (Index("ix_itinerary_items_trip_start", "trip_id", "start_utc"),)

    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    title: Mapped[str] = mapped_column(String(300))
    start_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    end_utc: Mapped[dt.datetime] = mapped_column(UTCDateTime)
    start_tz: Mapped[str] = mapped_column(String(64))
    end_tz: Mapped[str] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(20), default="tentative")
    place_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    destination_id: Mapped[int | None] = mapped_column(ForeignKey("places.id", ondelete="SET NULL"))
    carrier: Mapped[str] = mapped_column(String(100), default="")
    travel_number: Mapped[str] = mapped_column(String(40), default="")
    booking_ref: Mapped[str] = mapped_column(String(60), default="")
    confirmation_number: Mapped[str] = mapped_column(String(60), default="")
    description: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    trip: Mapped[Trip] = relationship(back_populates="items")
    place: Mapped[Place | None] = relationship(foreign_keys=[place_id])
    destination: Mapped[Place | None] = relationship(foreign_keys=[destination_id])
    participants: Mapped[list[Person]] = relationship(secondary=item_participants)
    rooms: Mapped[list[RoomAssignment]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="RoomAssignment.room"
    )
    meeting: Mapped[Meeting | None] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False
    )
    event: Mapped[Event | None] = relationship(
        back_populates="item", cascade="all, delete-orphan", uselist=False
    )

    @property
    def arrival_place(self) -> Place | None:
        """Where the delegation is once the item ends."""
        return self.destination or self.place

    def __repr__(self) -> str:
        return f"ItineraryItem(id={self.id!r}, kind={self.kind!r}, title={self.title!r})"


class RoomAssignment(Record):
    """Who sleeps in which room during a hotel stay."""

    __tablename__ = "room_assignments"

    item_id: Mapped[int] = mapped_column(ForeignKey("itinerary_items.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    room: Mapped[str] = mapped_column(String(40), default="")

    item: Mapped[ItineraryItem] = relationship(back_populates="rooms")
    person: Mapped[Person] = relationship()
