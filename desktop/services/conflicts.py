"""Who is booked in two places at once, and which connections between cities are too tight."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy.orm import Session

from db.models import ItemKind, ItemStatus, ItineraryItem, Person
from desktop.services import itinerary as itinerary_service
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


def _city(item: ItineraryItem, at_end: bool) -> str:
    place = item.arrival_place if at_end else item.place
    return (place.city or "").strip() if place is not None else ""


def _attendees(item: ItineraryItem, delegation: list[Person]) -> list[Person]:
    return list(item.participants) if item.participants else delegation


def find_problems(session: Session, trip_id: int) -> list[Problem]:
    items = [
        i
        for i in itinerary_service.list_items(session, trip_id, include_cancelled=False)
        if i.kind not in NON_BLOCKING and i.status != ItemStatus.CANCELLED.value
    ]
    delegation = [m.person for m in trip_service.members(session, trip_id)]
    by_person: dict[int, list[ItineraryItem]] = {}
    people: dict[int, Person] = {}
    for item in items:
        for person in _attendees(item, delegation):
            by_person.setdefault(person.id, []).append(item)
            people[person.id] = person
    problems: list[Problem] = []
    for person_id, own in by_person.items():
        name = people[person_id].both_scripts
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
                            f"({format_local(a.start_utc, a.start_tz, '%d %b %H:%M')}–"
                            f"{format_local(a.end_utc, a.end_tz, '%H:%M')}) overlaps #{b.id} {b.title} "
                            f"({format_local(b.start_utc, b.start_tz, '%d %b %H:%M')}–"
                            f"{format_local(b.end_utc, b.end_tz, '%H:%M')})",
                        )
                    )
        # Tight connections: consecutive items that end and start in different cities.
        for a, b in zip(own, own[1:], strict=False):
            gap = b.start_utc - a.end_utc
            city_a, city_b = _city(a, at_end=True), _city(b, at_end=False)
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
                        f"{format_local(a.end_utc, a.end_tz, '%d %b %H:%M')}, #{b.id} {b.title} starts in "
                        f"{city_b} at {format_local(b.start_utc, b.start_tz, '%H:%M')} "
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
