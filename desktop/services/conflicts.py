"""Who is booked in two places at once, and which connections between cities are too tight."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.models import ItemKind, ItemStatus, ItineraryItem, Meeting, Person, Place, item_participants
from desktop.services import trips as trip_service
from desktop.services.timezones import format_local

# Items that run in the background of a day and do not make someone unavailable.
NON_BLOCKING = {ItemKind.HOTEL.value, ItemKind.FREE.value}
# Less than this between items in different cities is flagged (airport/station transfers included).
MIN_CITY_CHANGE = dt.timedelta(hours=3)


@dataclass(frozen=True)
class Problem:
    """A double booking (``severity == 'conflict'``) or a tight connection (``'warning'``)."""

    severity: str
    person_id: int
    person: str
    first_item_id: int
    second_item_id: int
    message: str

    @property
    def item_ids(self) -> tuple[int, int]:
        return (self.first_item_id, self.second_item_id)


@dataclass(frozen=True, slots=True)
class _Item:
    """What the checks need of an item, read as plain values (not ORM objects, whose attribute access is
    most of the time of the pairwise loops below)."""

    id: int
    title: str
    start_utc: dt.datetime
    end_utc: dt.datetime
    start_tz: str
    end_tz: str
    start_city: str  # where it starts
    end_city: str  # where the delegation is once it ends (the destination, else the place)


def _blocking_items(session: Session, trip_id: int) -> list[_Item]:
    """The trip's items that make someone unavailable, in time order."""
    place, destination = aliased(Place), aliased(Place)
    rows = session.execute(
        select(
            ItineraryItem.id,
            ItineraryItem.title,
            ItineraryItem.start_utc,
            ItineraryItem.end_utc,
            ItineraryItem.start_tz,
            ItineraryItem.end_tz,
            place.city,
            destination.id,
            destination.city,
        )
        .outerjoin(place, place.id == ItineraryItem.place_id)
        .outerjoin(destination, destination.id == ItineraryItem.destination_id)
        .where(
            ItineraryItem.trip_id == trip_id,
            ItineraryItem.status != ItemStatus.CANCELLED.value,
            ItineraryItem.kind.not_in(NON_BLOCKING),
        )
        .order_by(ItineraryItem.start_utc, ItineraryItem.id)
    )
    out = []
    for ident, title, start, end, start_tz, end_tz, city, dest_id, dest_city in rows:
        start_city = (city or "").strip()
        end_city = (dest_city or "").strip() if dest_id is not None else start_city
        out.append(_Item(ident, title, start, end, start_tz, end_tz, start_city, end_city))
    return out


def _participants(session: Session, trip_id: int) -> dict[int, list[int]]:
    """Person ids listed on each item of the trip (an item with none concerns the whole delegation)."""
    rows = session.execute(
        select(item_participants.c.item_id, item_participants.c.person_id)
        .join(ItineraryItem, ItineraryItem.id == item_participants.c.item_id)
        .where(ItineraryItem.trip_id == trip_id)
    )
    out: dict[int, list[int]] = {}
    for item_id, person_id in rows:
        out.setdefault(item_id, []).append(person_id)
    return out


def _interpreters(session: Session, trip_id: int) -> dict[int, int]:
    """The interpreter of each meeting's item: booked for it whether or not listed among its participants
    (often a local interpreter hired for the meetings, not a member of the delegation)."""
    rows = session.execute(
        select(Meeting.item_id, Meeting.interpreter_id)
        .join(ItineraryItem, ItineraryItem.id == Meeting.item_id)
        .where(ItineraryItem.trip_id == trip_id, Meeting.interpreter_id.is_not(None))
    )
    return {item_id: person_id for item_id, person_id in rows}


def find_problems(session: Session, trip_id: int) -> list[Problem]:
    items = _blocking_items(session, trip_id)
    listed = _participants(session, trip_id)
    interpreters = _interpreters(session, trip_id)
    delegation = [m.person for m in trip_service.members(session, trip_id)]
    names = {p.id: p.both_scripts for p in delegation}
    missing = ({i for ids in listed.values() for i in ids} | set(interpreters.values())) - names.keys()
    if missing:  # booked on an item without being a member: an interpreter, or merged from another laptop
        names.update(
            (p.id, p.both_scripts) for p in session.scalars(select(Person).where(Person.id.in_(missing)))
        )
    everyone = [p.id for p in delegation]
    by_person: dict[int, list[_Item]] = {}
    for item in items:
        booked = listed.get(item.id) or everyone
        interpreter = interpreters.get(item.id)
        if interpreter is not None and interpreter not in booked:
            booked = [*booked, interpreter]
        for person_id in booked:
            by_person.setdefault(person_id, []).append(item)

    # Each item's times are formatted once, however many people share it.
    formatted: dict[tuple[dt.datetime, str, str], str] = {}

    def local(instant: dt.datetime, zone: str, fmt: str) -> str:
        key = (instant, zone, fmt)
        text = formatted.get(key)
        if text is None:
            text = formatted[key] = format_local(instant, zone, fmt)
        return text

    problems: list[Problem] = []
    for person_id, own in by_person.items():
        name = names[person_id]
        own.sort(key=lambda i: (i.start_utc, i.end_utc, i.id))
        # Overlaps: compare each item with the later ones that start before it ends.
        for idx, a in enumerate(own):
            for b in own[idx + 1 :]:
                if b.start_utc >= a.end_utc:
                    break
                if a.end_utc > b.start_utc and b.end_utc > a.start_utc and a.start_utc != a.end_utc:
                    problems.append(
                        Problem(
                            "conflict",
                            person_id,
                            name,
                            a.id,
                            b.id,
                            f"{name} is booked twice: #{a.id} {a.title} "
                            f"({local(a.start_utc, a.start_tz, '%d %b %H:%M')}–"
                            f"{local(a.end_utc, a.end_tz, '%H:%M')}) overlaps #{b.id} {b.title} "
                            f"({local(b.start_utc, b.start_tz, '%d %b %H:%M')}–"
                            f"{local(b.end_utc, b.end_tz, '%H:%M')})",
                        )
                    )
        # Tight connections: consecutive items that end and start in different cities.
        for a, b in zip(own, own[1:], strict=False):
            gap = b.start_utc - a.end_utc
            city_a, city_b = a.end_city, b.start_city
            if gap < dt.timedelta(0) or not city_a or not city_b or city_a.casefold() == city_b.casefold():
                continue
            if gap < MIN_CITY_CHANGE:
                minutes = int(gap.total_seconds() // 60)
                problems.append(
                    Problem(
                        "warning",
                        person_id,
                        name,
                        a.id,
                        b.id,
                        f"tight connection for {name}: #{a.id} {a.title} ends in {city_a} at "
                        f"{local(a.end_utc, a.end_tz, '%d %b %H:%M')}, #{b.id} {b.title} starts in "
                        f"{city_b} at {local(b.start_utc, b.start_tz, '%H:%M')} "
                        f"({minutes} min later)",
                    )
                )
    problems.sort(key=lambda p: (p.severity != "conflict", p.first_item_id, p.second_item_id, p.person))
    return problems


def problems_by_item(problems: list[Problem]) -> dict[int, list[Problem]]:
    """For views that mark each item: every problem under both items it names."""
    out: dict[int, list[Problem]] = {}
    for p in problems:
        for item_id in p.item_ids:
            out.setdefault(item_id, []).append(p)
    return out
