"""People, organisations and places: the address book shared by all trips."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from sqlalchemy import ForeignKey, Index, String, Text, event
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Record
from db.text import fold, search_key
from db.types import StringList

if TYPE_CHECKING:
    from db.models.trips import Membership


class Organisation(Record):
    __tablename__ = "organisations"

    name: Mapped[str] = mapped_column(String(300), index=True)
    local_name: Mapped[str] = mapped_column(String(300), default="")
    kind: Mapped[str] = mapped_column(String(40), default="company")
    sectors: Mapped[list[str]] = mapped_column(StringList, default=list)
    country: Mapped[str] = mapped_column(String(100), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    address: Mapped[str] = mapped_column(Text, default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    phone: Mapped[str] = mapped_column(String(60), default="")
    email: Mapped[str] = mapped_column(String(254), default="")
    profile: Mapped[str] = mapped_column(Text, default="")
    # Folded names for search as-you-type; kept up to date by the listener below.
    search_key: Mapped[str] = mapped_column(String(700), default="")

    contacts: Mapped[list[Person]] = relationship(back_populates="organisation")

    def __repr__(self) -> str:
        return f"Organisation(id={self.id!r}, name={self.name!r})"


class Person(Record):
    """A delegation member or a firm's contact; the same record serves both."""

    __tablename__ = "people"
    __table_args__ = (
        Index("ix_people_sort", "family_name", "given_name"),
        Index("ix_people_sort_key", "sort_key"),
    )

    family_name: Mapped[str] = mapped_column(String(200), default="")
    given_name: Mapped[str] = mapped_column(String(200), default="")
    native_name: Mapped[str] = mapped_column(String(200), default="")
    latin_name: Mapped[str] = mapped_column(String(200), default="")
    honorific: Mapped[str] = mapped_column(String(60), default="")
    position: Mapped[str] = mapped_column(String(300), default="")
    organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    job_title: Mapped[str] = mapped_column(String(300), default="")
    email: Mapped[str] = mapped_column(String(254), default="", index=True)
    phone: Mapped[str] = mapped_column(String(60), default="")
    languages: Mapped[list[str]] = mapped_column(StringList, default=list)
    dietary_needs: Mapped[str] = mapped_column(String(300), default="")
    access_needs: Mapped[str] = mapped_column(String(300), default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    search_key: Mapped[str] = mapped_column(String(1000), default="")
    # Folded name order (see ``person_sort_key``), indexed so lists sorted by name page from the index.
    sort_key: Mapped[str] = mapped_column(String(400), default="", server_default="")

    organisation: Mapped[Organisation | None] = relationship(back_populates="contacts")
    memberships: Mapped[list[Membership]] = relationship(back_populates="person")

    @property
    def display_name(self) -> str:
        """Latin-script name, falling back to family + given, then the native script."""
        latin = self.latin_name or " ".join(p for p in (self.given_name, self.family_name) if p)
        return latin or self.native_name

    @property
    def both_scripts(self) -> str:
        """e.g. '王建国 (Wang Jianguo)'; a single script when only one is known."""
        latin = self.latin_name or " ".join(p for p in (self.given_name, self.family_name) if p)
        if self.native_name and latin and self.native_name != latin:
            return f"{self.native_name} ({latin})"
        return self.native_name or latin

    def __repr__(self) -> str:
        return f"Person(id={self.id!r}, name={self.both_scripts!r})"


class Place(Record):
    """A venue, hotel, airport or station, with the IANA zone its clocks show."""

    __tablename__ = "places"

    name: Mapped[str] = mapped_column(String(300))
    address: Mapped[str] = mapped_column(Text, default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="")
    timezone: Mapped[str] = mapped_column(String(64))
    phone: Mapped[str] = mapped_column(String(60), default="")

    def __repr__(self) -> str:
        return f"Place(id={self.id!r}, name={self.name!r}, tz={self.timezone!r})"


def person_sort_key(
    family_name: str | None,
    given_name: str | None,
    latin_name: str | None,
    native_name: str | None,
    *,
    fold_text: Callable[[str], str] = fold,
) -> str:
    """Where a person sorts by name: family then given name, else the Latin name, else the native script;
    folded, so 'Câmara' sorts with 'camara', before 'Conceição'. Family and given names written in Chinese
    give way to a Latin name when there is one (the lists are read in Latin order)."""
    parts = " ".join(p.strip() for p in (family_name, given_name) if p and p.strip())
    latin = (latin_name or "").strip()
    if parts and latin and has_cjk(parts):
        parts = ""
    return fold_text(parts or latin or (native_name or "").strip())


def has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def person_search_key(
    native_name: str | None,
    latin_name: str | None,
    given_name: str | None,
    family_name: str | None,
    email: str | None,
) -> str:
    return search_key(native_name, latin_name, given_name, family_name, email)


@event.listens_for(Organisation, "before_insert")
@event.listens_for(Organisation, "before_update")
def _organisation_search_key(_mapper: object, _connection: object, org: Organisation) -> None:
    org.search_key = search_key(org.name, org.local_name)


@event.listens_for(Person, "before_insert")
@event.listens_for(Person, "before_update")
def _person_search_key(_mapper: object, _connection: object, person: Person) -> None:
    person.search_key = person_search_key(
        person.native_name, person.latin_name, person.given_name, person.family_name, person.email
    )
    person.sort_key = person_sort_key(
        person.family_name, person.given_name, person.latin_name, person.native_name
    )
