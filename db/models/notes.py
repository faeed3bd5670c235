"""Timestamped follow-up notes on a meeting, an organisation or a person."""

from __future__ import annotations

from sqlalchemy import CheckConstraint, ForeignKey, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Record
from db.models.directory import Organisation, Person
from db.models.meetings import Meeting


class Note(Record):
    __tablename__ = "notes"
    __table_args__ = (
        CheckConstraint(
            "(meeting_id IS NOT NULL) + (organisation_id IS NOT NULL) + (person_id IS NOT NULL) = 1",
            name="one_subject",
        ),
    )

    body: Mapped[str] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(200), default="")
    meeting_id: Mapped[int | None] = mapped_column(ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"), index=True)

    meeting: Mapped[Meeting | None] = relationship()
    organisation: Mapped[Organisation | None] = relationship()
    person: Mapped[Person | None] = relationship()
