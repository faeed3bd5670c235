"""The itinerary as plain rows for the views, read from ``programme()`` in one session.

Times are local to where each item happens (the zone shown); problems (double bookings, tight
connections) come from ``desktop.services.conflicts`` through the programme."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy.orm import Session

from desktop.services import trips as trip_service
from desktop.services.programme import programme
from desktop.services.timezones import to_local


@dataclass(frozen=True)
class EntryRow:
    item_id: int
    kind: str
    title: str
    status: str
    day: dt.date
    start: dt.datetime  # aware, local to the start place
    end: dt.datetime  # aware, local to the end place
    time_range: str  # '09:30–11:00 WEST' or '22:40 CST – 05:10 CEST (+1)'
    zone: str  # the start zone (IANA)
    where: str
    travel: str  # 'TAP Air Portugal TP 1027'
    booking: str  # booking ref or confirmation number
    participants: tuple[str, ...]  # empty: the whole delegation
    meeting_id: int | None
    event_id: int | None
    conflicts: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def minutes(self) -> int:
        return int((self.end - self.start).total_seconds() // 60)

    @property
    def problem_text(self) -> str:
        return "\n".join((*self.conflicts, *self.warnings))


@dataclass
class DayRows:
    date: dt.date
    cities: list[str]
    entries: list[EntryRow] = field(default_factory=list)
    stays: list[EntryRow] = field(default_factory=list)  # hotels covering the night of this day


def load_itinerary(
    session: Session, trip_id: int, member_id: int | None = None
) -> tuple[list[DayRows], int, int]:
    """Days in order (each with its entries), the number of conflicts and of warnings."""
    days, problems = programme(session, trip_id, member_id=member_id)
    out: list[DayRows] = []
    for day in days:
        rows = DayRows(day.date, day.cities)
        for e in day.entries:
            item = e.item
            rows.entries.append(
                EntryRow(
                    item_id=item.id,
                    kind=item.kind,
                    title=item.title,
                    status=item.status,
                    day=day.date,
                    start=e.start,
                    end=e.end,
                    time_range=e.time_range,
                    zone=item.start_tz,
                    where=e.where,
                    travel=" ".join(x for x in (item.carrier, item.travel_number) if x),
                    booking=item.booking_ref or item.confirmation_number,
                    participants=tuple(p.both_scripts for p in item.participants),
                    meeting_id=item.meeting.id if item.meeting else None,
                    event_id=item.event.id if item.event else None,
                    conflicts=tuple(p.message for p in e.problems if p.severity == "conflict"),
                    warnings=tuple(p.message for p in e.problems if p.severity != "conflict"),
                )
            )
        out.append(rows)
    out = _with_every_trip_day(session, trip_id, out)
    _spread_stays(out)
    conflicts = sum(1 for p in problems if p.severity == "conflict")
    return out, conflicts, len(problems) - conflicts


def _with_every_trip_day(session: Session, trip_id: int, days: list[DayRows]) -> list[DayRows]:
    """Every day of the trip gets a column, even one with nothing booked yet."""
    trip = trip_service.get_trip(session, trip_id)
    by_date = {d.date: d for d in days}
    date = trip.start_date
    while date <= trip.end_date and len(by_date) < 400:
        by_date.setdefault(date, DayRows(date, []))
        date += dt.timedelta(days=1)
    return [by_date[d] for d in sorted(by_date)]


def _spread_stays(days: list[DayRows]) -> None:
    """A hotel stay is listed on every day whose night it covers, not only the day of check-in."""
    by_date = {d.date: d for d in days}
    for day in list(days):
        for e in day.entries:
            if e.kind != "hotel":
                continue
            last_night = to_local(e.end, e.zone).date() - dt.timedelta(days=1)
            date = e.start.date()
            while date <= last_night:
                if date in by_date:
                    by_date[date].stays.append(e)
                date += dt.timedelta(days=1)
            if e.start.date() > last_night and e.start.date() in by_date:  # a day room
                by_date[e.start.date()].stays.append(e)
