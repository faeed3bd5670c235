"""Trips and who travels on them."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Record
from db.models.directory import Person

if TYPE_CHECKING:
    from db.models.itinerary import ItineraryItem


class Trip(Record):
    __tablename__ = "trips"

    name: Mapped[str] = mapped_column(String(300))
    organiser: Mapped[str] = mapped_column(String(300), default="")
    purpose: Mapped[str] = mapped_column(Text, default="")
    start_date: Mapped[dt.date] = mapped_column(Date)
    end_date: Mapped[dt.date] = mapped_column(Date)
    home_timezone: Mapped[str] = mapped_column(String(64), default="Asia/Shanghai")
    notes: Mapped[str] = mapped_column(Text, default="")

    memberships: Mapped[list[Membership]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="Membership.sort_order"
    )
    items: Mapped[list[ItineraryItem]] = relationship(
        back_populates="trip", cascade="all, delete-orphan", order_by="ItineraryItem.start_utc"
    )

    def __repr__(self) -> str:
        return f"Trip(id={self.id!r}, name={self.name!r})"


class Membership(Record):
    """A person on a trip's delegation, with a role (head, deputy, member, interpreter, staff…)."""

    __tablename__ = "memberships"
    __table_args__ = (UniqueConstraint("trip_id", "person_id", name="uq_memberships_trip_person"),)

    trip_id: Mapped[int] = mapped_column(ForeignKey("trips.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)
    role: Mapped[str] = mapped_column(String(40), default="member")
    sort_order: Mapped[int] = mapped_column(Integer, default=0)

    trip: Mapped[Trip] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships")
