"""The programme day by day, in the local time of where each item happens: plain data for the CLI,
the documents and the views."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from db.models import ItemKind, ItineraryItem
from desktop.services import conflicts as conflict_service
from desktop.services import itinerary as itinerary_service
from desktop.services import trips as trip_service
from desktop.services.timezones import abbreviation, to_local


@dataclass(frozen=True)
class ProgrammeEntry:
    item: ItineraryItem
    start: dt.datetime  # aware, in the zone shown
    end: dt.datetime
    start_abbr: str
    end_abbr: str
    problems: tuple[conflict_service.Problem, ...] = ()

    @property
    def time_range(self) -> str:
        """'09:30–11:00 WEST', or '22:40 CST – 05:10 CEST (+1)' when the zones or days differ."""
        if self.start_abbr == self.end_abbr and self.start.date() == self.end.date():
            return f"{self.start:%H:%M}–{self.end:%H:%M} {self.start_abbr}"
        days = (self.end.date() - self.start.date()).days
        plus = f" (+{days})" if days > 0 else ""
        return f"{self.start:%H:%M} {self.start_abbr} – {self.end:%H:%M} {self.end_abbr}{plus}"

    @property
    def where(self) -> str:
        item = self.item
        if ItemKind(item.kind).is_travel and item.place and item.destination:
            return f"{item.place.name} → {item.destination.name}"
        return item.place.name if item.place else ""


@dataclass
class ProgrammeDay:
    date: dt.date
    entries: list[ProgrammeEntry] = field(default_factory=list)

    @property
    def cities(self) -> list[str]:
        seen: list[str] = []
        for e in self.entries:
            for place in (e.item.place, e.item.destination):
                if place is not None and place.city and place.city not in seen:
                    seen.append(place.city)
        return seen


def programme(
    session: Session,
    trip_id: int,
    *,
    member_id: int | None = None,
    zone: str | None = None,
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
) -> tuple[list[ProgrammeDay], list[conflict_service.Problem]]:
    """Days in order, each with its items; and the trip's conflicts and warnings (for the member, if one
    is given). Times are local to each item's place unless ``zone`` forces one zone for all."""
    trip_service.get_trip(session, trip_id)
    problems = conflict_service.find_problems(session, trip_id)
    if member_id is not None:
        problems = [p for p in problems if p.person_id == member_id]
    marks = conflict_service.problems_by_item(problems)
    days: dict[dt.date, ProgrammeDay] = {}
    for item in itinerary_service.list_items(session, trip_id, member_id=member_id):
        start_zone, end_zone = zone or item.start_tz, zone or item.end_tz
        start, end = to_local(item.start_utc, start_zone), to_local(item.end_utc, end_zone)
        if (first_day and start.date() < first_day) or (last_day and start.date() > last_day):
            continue
        entry = ProgrammeEntry(
            item=item,
            start=start,
            end=end,
            start_abbr=abbreviation(item.start_utc, start_zone),
            end_abbr=abbreviation(item.end_utc, end_zone),
            problems=tuple(marks.get(item.id, ())),
        )
        days.setdefault(start.date(), ProgrammeDay(start.date())).entries.append(entry)
    ordered = [days[d] for d in sorted(days)]
    for day in ordered:
        day.entries.sort(key=lambda e: (e.start, e.item.id))
    return ordered, problems


def programme_lines(
    session: Session, trip_id: int, *, member_id: int | None = None, zone: str | None = None
) -> list[str]:
    """The CLI's text: a header per day, one tab-separated line per item (id first), then problems."""
    days, problems = programme(session, trip_id, member_id=member_id, zone=zone)
    lines: list[str] = []
    for day in days:
        cities = f" — {', '.join(day.cities)}" if day.cities else ""
        lines.append(f"== {day.date:%A} {day.date.day} {day.date:%B %Y}{cities}")
        for e in day.entries:
            item = e.item
            flag = (
                " [CONFLICT]"
                if any(p.severity == "conflict" for p in e.problems)
                else (" [WARNING]" if e.problems else "")
            )
            details = " ".join(x for x in (item.carrier, item.travel_number) if x)
            cols = [str(item.id), e.time_range, item.kind, item.title + flag, e.where]
            if details:
                cols.append(details)
            if item.status != "confirmed":
                cols.append(f"({item.status})")
            lines.append("\t".join(cols))
    if not days:
        lines.append("(no items)")
    conflicts = [p for p in problems if p.severity == "conflict"]
    warnings = [p for p in problems if p.severity == "warning"]
    lines.append(f"Conflicts: {len(conflicts)}")
    lines.extend(f"  {p.message}" for p in conflicts)
    lines.append(f"Warnings: {len(warnings)}")
    lines.extend(f"  {p.message}" for p in warnings)
    return lines
