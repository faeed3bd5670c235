"""Everything a document prints, gathered from the services into plain frozen objects.

Data first, drawing second: the renderers never touch the database or an ORM object, so they can run
after the session is closed, and tests can check what a document will say without parsing a PDF."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import (
    Action,
    ActionStatus,
    AgendaItem,
    AttendeeSide,
    Event,
    ItemKind,
    ItineraryItem,
    Meeting,
    MeetingAttendee,
    Note,
    Organisation,
    Person,
    Place,
    Registration,
    RegistrationStatus,
    Trip,
)
from desktop.services import followups as followup_service
from desktop.services import meetings as meeting_service
from desktop.services import programme as programme_service
from desktop.services import trips as trip_service
from desktop.services.errors import FieldError, ValidationError
from desktop.services.records import get
from desktop.services.timezones import abbreviation, to_local

SEATED = (RegistrationStatus.REGISTERED.value, RegistrationStatus.ATTENDED.value)


# --- plain records -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonInfo:
    id: int
    native_name: str
    latin_name: str
    honorific: str = ""
    position: str = ""
    organisation: str = ""
    phone: str = ""
    email: str = ""
    role: str = ""
    dietary: str = ""
    family_name: str = ""

    @property
    def both_scripts(self) -> str:
        if self.native_name and self.latin_name and self.native_name != self.latin_name:
            return f"{self.native_name} ({self.latin_name})"
        return self.native_name or self.latin_name

    @property
    def display_name(self) -> str:
        return self.latin_name or self.native_name

    @property
    def sort_key(self) -> tuple[str, str, int]:
        return ((self.family_name or self.display_name).casefold(), self.display_name.casefold(), self.id)


def person_info(person: Person, *, role: str = "", organisation: str | None = None) -> PersonInfo:
    latin = person.latin_name or " ".join(p for p in (person.given_name, person.family_name) if p)
    org = (
        organisation
        if organisation is not None
        else (person.organisation.name if person.organisation else "")
    )
    return PersonInfo(
        id=person.id,
        native_name=person.native_name or "",
        latin_name=latin,
        honorific=person.honorific or "",
        position=person.position or person.job_title or "",
        organisation=org,
        phone=person.phone or "",
        email=person.email or "",
        role=role,
        dietary=person.dietary_needs or "",
        family_name=person.family_name or "",
    )


@dataclass(frozen=True)
class PlaceInfo:
    name: str
    address: str = ""
    city: str = ""
    country: str = ""
    phone: str = ""
    timezone: str = ""


def place_info(place: Place | None) -> PlaceInfo | None:
    if place is None:
        return None
    return PlaceInfo(place.name, place.address, place.city, place.country, place.phone, place.timezone)


@dataclass(frozen=True)
class OrganisationInfo:
    id: int
    name: str
    local_name: str = ""
    kind: str = ""
    sectors: tuple[str, ...] = ()
    country: str = ""
    city: str = ""
    address: str = ""
    website: str = ""
    phone: str = ""
    email: str = ""
    profile: str = ""


def organisation_info(org: Organisation) -> OrganisationInfo:
    return OrganisationInfo(
        id=org.id,
        name=org.name,
        local_name=org.local_name if org.local_name != org.name else "",
        kind=org.kind,
        sectors=tuple(org.sectors or ()),
        country=org.country,
        city=org.city,
        address=org.address,
        website=org.website,
        phone=org.phone,
        email=org.email,
        profile=org.profile,
    )


@dataclass(frozen=True)
class ItemInfo:
    """One programme item, its times already in the local time of where it happens."""

    id: int
    kind: str
    title: str
    status: str
    start: dt.datetime
    end: dt.datetime
    time_range: str
    where: str
    start_abbr: str = ""
    end_abbr: str = ""
    place: PlaceInfo | None = None
    destination: PlaceInfo | None = None
    carrier: str = ""
    travel_number: str = ""
    booking_ref: str = ""
    confirmation_number: str = ""
    description: str = ""
    notes: str = ""
    participants: tuple[str, ...] = ()  # empty: the whole delegation
    problems: tuple[tuple[str, str], ...] = ()  # (severity, message)
    meeting_id: int | None = None
    event_id: int | None = None

    @property
    def start_time(self) -> str:
        return f"{self.start:%H:%M}"


# A meeting's own status says more than its item's: a held meeting is not 'tentative'.
MEETING_ITEM_STATUS = {
    "proposed": "tentative",
    "requested": "tentative",
    "confirmed": "confirmed",
    "held": "confirmed",
    "cancelled": "cancelled",
}


def entry_info(entry: programme_service.ProgrammeEntry) -> ItemInfo:
    item = entry.item
    status = item.status
    if item.meeting is not None and item.status != "cancelled":
        status = MEETING_ITEM_STATUS.get(item.meeting.status, item.status)
    return ItemInfo(
        id=item.id,
        kind=item.kind,
        title=item.title,
        status=status,
        start=entry.start,
        end=entry.end,
        time_range=entry.time_range,
        where=entry.where,
        start_abbr=entry.start_abbr,
        end_abbr=entry.end_abbr,
        place=place_info(item.place),
        destination=place_info(item.destination) if ItemKind(item.kind).is_travel else None,
        carrier=item.carrier,
        travel_number=item.travel_number,
        booking_ref=item.booking_ref,
        confirmation_number=item.confirmation_number,
        description=item.description,
        notes=item.notes,
        participants=tuple(p.both_scripts for p in item.participants),
        problems=tuple((p.severity, p.message) for p in entry.problems),
        meeting_id=item.meeting.id if item.meeting is not None else None,
        event_id=item.event.id if item.event is not None else None,
    )


def item_info(item: ItineraryItem) -> ItemInfo:
    """An item on its own (an agenda, an event sheet), in its own zones."""
    entry = programme_service.ProgrammeEntry(
        item=item,
        start=to_local(item.start_utc, item.start_tz),
        end=to_local(item.end_utc, item.end_tz),
        start_abbr=abbreviation(item.start_utc, item.start_tz),
        end_abbr=abbreviation(item.end_utc, item.end_tz),
    )
    return entry_info(entry)


@dataclass(frozen=True)
class DayInfo:
    date: dt.date
    cities: tuple[str, ...]
    items: tuple[ItemInfo, ...]


@dataclass(frozen=True)
class TripInfo:
    id: int
    name: str
    organiser: str
    purpose: str
    start_date: dt.date
    end_date: dt.date
    home_timezone: str
    head: PersonInfo | None = None


@dataclass(frozen=True)
class AgendaLine:
    number: int
    title: str
    minutes: int
    lead: str
    notes: str
    start: dt.datetime | None  # running time from the meeting's start


@dataclass(frozen=True)
class ActionInfo:
    id: int
    description: str
    owner: str
    due: dt.date | None
    status: str
    notes: str
    organisation: str
    meeting_title: str
    meeting_date: dt.date
    overdue: bool


@dataclass(frozen=True)
class NoteInfo:
    body: str
    author: str
    written: dt.date


@dataclass(frozen=True)
class PastMeeting:
    date: dt.date
    trip_name: str
    title: str
    status: str
    outcome: str


@dataclass(frozen=True)
class MeetingInfo:
    id: int
    item: ItemInfo
    status: str
    organisation: OrganisationInfo | None
    ours: tuple[PersonInfo, ...]
    theirs: tuple[PersonInfo, ...]
    interpreter: str
    objectives: str
    background: str
    talking_points: str
    outcome_notes: str
    agenda: tuple[AgendaLine, ...]
    previous: tuple[PastMeeting, ...] = ()
    open_actions: tuple[ActionInfo, ...] = ()
    organisation_notes: tuple[NoteInfo, ...] = ()
    meeting_notes: tuple[NoteInfo, ...] = ()

    @property
    def heading(self) -> str:
        return self.organisation.name if self.organisation else self.item.title

    @property
    def agenda_minutes(self) -> int:
        return sum(line.minutes for line in self.agenda)


@dataclass(frozen=True)
class RegistrantInfo:
    person: PersonInfo
    badge_name: str
    organisation: str
    status: str
    vip: bool
    dietary: str

    @property
    def badge_line(self) -> str:
        return self.badge_name or self.person.display_name


@dataclass(frozen=True)
class EventInfo:
    id: int
    item: ItemInfo
    capacity: int | None
    expected: int | None
    by_status: dict[str, int]
    vips: tuple[RegistrantInfo, ...] = ()
    registrants: tuple[RegistrantInfo, ...] = ()  # seated (registered or attended), by family name
    waitlist: tuple[RegistrantInfo, ...] = ()

    @property
    def seated(self) -> int:
        return sum(self.by_status.get(s, 0) for s in SEATED)


@dataclass(frozen=True)
class HotelStay:
    name: str
    address: str
    phone: str
    city: str
    check_in: dt.date
    check_out: dt.date
    confirmation: str
    rooms: tuple[tuple[str, str], ...]  # (person, room)


@dataclass(frozen=True)
class CityStay:
    city: str
    country: str
    first: dt.date
    last: dt.date


@dataclass(frozen=True)
class ContactGroup:
    organisation: OrganisationInfo
    people: tuple[PersonInfo, ...]


@dataclass(frozen=True)
class PackData:
    trip: TripInfo
    member: PersonInfo | None
    first_day: dt.date
    last_day: dt.date
    delegation: tuple[PersonInfo, ...]
    cities: tuple[CityStay, ...]
    hotels: tuple[HotelStay, ...]
    venues: tuple[PlaceInfo, ...]
    days: tuple[DayInfo, ...]
    meetings: tuple[MeetingInfo, ...]
    events: tuple[EventInfo, ...]
    contacts: tuple[ContactGroup, ...]


@dataclass(frozen=True)
class ProgrammeData:
    trip: TripInfo
    member: PersonInfo | None
    days: tuple[DayInfo, ...]


@dataclass(frozen=True)
class AgendaData:
    trip: TripInfo
    meeting: MeetingInfo


@dataclass(frozen=True)
class EventData:
    trip: TripInfo
    event: EventInfo


@dataclass(frozen=True)
class OutcomeInfo:
    meeting_id: int
    title: str
    organisation: str
    date: dt.date
    time_range: str
    status: str
    outcome_notes: str
    notes: tuple[NoteInfo, ...]


@dataclass(frozen=True)
class FollowupData:
    trip: TripInfo
    today: dt.date
    actions: tuple[ActionInfo, ...]
    outcomes: tuple[OutcomeInfo, ...] = field(default=())


# --- gathering -----------------------------------------------------------------------------------------


def trip_info(session: Session, trip_id: int) -> TripInfo:
    trip = get(session, Trip, trip_id, "trip")
    head = next((m for m in trip_service.members(session, trip_id) if m.role == "head"), None)
    return TripInfo(
        id=trip.id,
        name=trip.name,
        organiser=trip.organiser,
        purpose=trip.purpose,
        start_date=trip.start_date,
        end_date=trip.end_date,
        home_timezone=trip.home_timezone,
        head=person_info(head.person, role=head.role) if head else None,
    )


def delegation(session: Session, trip_id: int) -> tuple[PersonInfo, ...]:
    return tuple(person_info(m.person, role=m.role) for m in trip_service.members(session, trip_id))


def _member(session: Session, trip_id: int, member_id: int | None) -> PersonInfo | None:
    if member_id is None:
        return None
    person = get(session, Person, member_id, "person")
    if member_id not in trip_service.member_ids(session, trip_id):
        raise ValidationError(
            FieldError(
                "member_id", f"{person.both_scripts} (id {member_id}) is not on this trip's delegation"
            )
        )
    return person_info(person)


def programme_days(
    session: Session,
    trip_id: int,
    *,
    member_id: int | None = None,
    first_day: dt.date | None = None,
    last_day: dt.date | None = None,
) -> tuple[DayInfo, ...]:
    days, _problems = programme_service.programme(
        session, trip_id, member_id=member_id, first_day=first_day, last_day=last_day
    )
    return tuple(
        DayInfo(day.date, tuple(day.cities), tuple(entry_info(e) for e in day.entries)) for day in days
    )


def _agenda_lines(meeting: Meeting, start: dt.datetime) -> tuple[AgendaLine, ...]:
    lines, offset = [], 0
    for number, agenda in enumerate(meeting.agenda, start=1):
        lead = agenda.lead.both_scripts if agenda.lead is not None else ""
        lines.append(
            AgendaLine(
                number=number,
                title=agenda.title,
                minutes=agenda.minutes or 0,
                lead=lead,
                notes=agenda.notes,
                start=start + dt.timedelta(minutes=offset),
            )
        )
        offset += agenda.minutes or 0
    return tuple(lines)


def _action_info(action: Action, today: dt.date) -> ActionInfo:
    meeting = action.meeting
    return ActionInfo(
        id=action.id,
        description=action.description,
        owner=action.owner.both_scripts if action.owner is not None else "",
        due=action.due_date,
        status=action.status,
        notes=action.notes,
        organisation=meeting.organisation.name if meeting.organisation is not None else "",
        meeting_title=meeting.item.title,
        meeting_date=to_local(meeting.item.start_utc, meeting.item.start_tz).date(),
        overdue=followup_service.is_overdue(action, today),
    )


def _note_info(note: Note) -> NoteInfo:
    return NoteInfo(note.body, note.author, note.created_at.date())


def meeting_infos(
    session: Session, items: dict[int, ItemInfo], today: dt.date, *, with_history: bool = True
) -> tuple[MeetingInfo, ...]:
    """Briefs for the meetings of the given items (keyed by meeting id), in the items' order."""
    if not items:
        return ()
    meetings = {
        m.id: m
        for m in session.scalars(
            select(Meeting)
            .where(Meeting.id.in_(list(items)))
            .options(
                selectinload(Meeting.item),
                selectinload(Meeting.organisation),
                selectinload(Meeting.interpreter),
                selectinload(Meeting.attendees)
                .selectinload(MeetingAttendee.person)
                .selectinload(Person.organisation),
                selectinload(Meeting.agenda).selectinload(AgendaItem.lead),
            )
        )
    }
    org_ids = {m.organisation_id for m in meetings.values() if m.organisation_id is not None}
    history: dict[int, list[Meeting]] = {}
    org_notes: dict[int, list[Note]] = {}
    if with_history and org_ids:
        for past in session.scalars(
            select(Meeting)
            .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
            .where(Meeting.organisation_id.in_(org_ids))
            .options(
                selectinload(Meeting.item).selectinload(ItineraryItem.trip),
                selectinload(Meeting.organisation),
                selectinload(Meeting.actions).selectinload(Action.owner),
            )
            .order_by(ItineraryItem.start_utc, Meeting.id)
        ):
            history.setdefault(past.organisation_id or 0, []).append(past)
        for note in session.scalars(
            select(Note)
            .where(Note.organisation_id.in_(org_ids))
            .order_by(Note.created_at.desc(), Note.id.desc())
        ):
            org_notes.setdefault(note.organisation_id or 0, []).append(note)
    meeting_notes: dict[int, list[Note]] = {}
    for note in session.scalars(
        select(Note).where(Note.meeting_id.in_(list(items))).order_by(Note.created_at, Note.id)
    ):
        meeting_notes.setdefault(note.meeting_id or 0, []).append(note)

    out = []
    for meeting_id, item in items.items():
        meeting = meetings[meeting_id]
        ours = [a for a in meeting.attendees if a.side == AttendeeSide.OURS.value]
        theirs = [a for a in meeting.attendees if a.side == AttendeeSide.THEIRS.value]
        earlier = [
            m
            for m in history.get(meeting.organisation_id or -1, [])
            if m.id != meeting.id and m.item.start_utc < meeting.item.start_utc
        ]
        out.append(
            MeetingInfo(
                id=meeting.id,
                item=item,
                status=meeting.status,
                organisation=organisation_info(meeting.organisation) if meeting.organisation else None,
                ours=tuple(person_info(a.person) for a in ours),
                theirs=tuple(sorted((person_info(a.person) for a in theirs), key=lambda p: p.sort_key)),
                interpreter=meeting.interpreter.both_scripts if meeting.interpreter else "",
                objectives=meeting.objectives,
                background=meeting.background,
                talking_points=meeting.talking_points,
                outcome_notes=meeting.outcome_notes,
                agenda=_agenda_lines(meeting, item.start),
                previous=tuple(
                    PastMeeting(
                        date=to_local(m.item.start_utc, m.item.start_tz).date(),
                        trip_name=m.item.trip.name,
                        title=m.item.title,
                        status=m.status,
                        outcome=m.outcome_notes,
                    )
                    for m in earlier
                ),
                open_actions=tuple(
                    _action_info(a, today)
                    for m in earlier
                    for a in m.actions
                    if a.status == ActionStatus.OPEN.value
                ),
                organisation_notes=tuple(
                    _note_info(n) for n in org_notes.get(meeting.organisation_id or -1, [])
                ),
                meeting_notes=tuple(_note_info(n) for n in meeting_notes.get(meeting.id, [])),
            )
        )
    return tuple(out)


def _registrant(reg: Registration, person: Person, org: Organisation | None) -> RegistrantInfo:
    org_name = org.name if org is not None else (person.organisation.name if person.organisation else "")
    return RegistrantInfo(
        person=person_info(person, organisation=org_name),
        badge_name=reg.badge_name,
        organisation=org_name,
        status=reg.status,
        vip=bool(reg.vip),
        dietary=reg.dietary_needs,
    )


def event_infos(
    session: Session,
    items: dict[int, ItemInfo],
    *,
    with_registrants: bool = False,
    only: tuple[int, ...] = (),
) -> tuple[EventInfo, ...]:
    """Counts and VIPs for the events of the given items (keyed by event id); every seated registrant
    and the waiting list too when ``with_registrants``. ``only``: just these registrations, as the
    registrants whatever their status (badges printed at the desk for the guests chosen there)."""
    out = []
    for event_id, item in items.items():
        event = get(session, Event, event_id, "event")
        query = (
            select(Registration, Person, Organisation)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Registration.organisation_id == Organisation.id)
            .where(Registration.event_id == event_id)
            .options(selectinload(Person.organisation))
            .order_by(Registration.registered_at, Registration.id)
        )
        if only:
            query = query.where(Registration.id.in_(only))
        rows = session.execute(query).all()
        if only and len(rows) < len(set(only)):
            found = {reg.id for reg, _person, _org in rows}
            missing = ", ".join(str(i) for i in sorted(set(only) - found))
            raise ValidationError(
                FieldError("registration_ids", f"no registration {missing} for the event {item.title!r}")
            )
        by_status: dict[str, int] = {}
        for reg, _person, _org in rows:
            by_status[reg.status] = by_status.get(reg.status, 0) + 1
        infos = [(reg.status, _registrant(reg, person, org)) for reg, person, org in rows]
        chosen = (r for s, r in infos if only or s in SEATED)
        seated = sorted(chosen, key=lambda r: r.person.sort_key)
        vips = [r for s, r in infos if r.vip and s in (*SEATED, RegistrationStatus.INVITED.value)]
        out.append(
            EventInfo(
                id=event.id,
                item=item,
                capacity=event.capacity,
                expected=event.expected,
                by_status=by_status,
                vips=tuple(sorted(vips, key=lambda r: r.person.sort_key)),
                registrants=tuple(seated) if with_registrants else (),
                waitlist=tuple(r for s, r in infos if s == RegistrationStatus.WAITLISTED.value)
                if with_registrants
                else (),
            )
        )
    return tuple(out)


def _cities(days: tuple[DayInfo, ...]) -> tuple[CityStay, ...]:
    spans: dict[str, list[dt.date]] = {}
    countries: dict[str, str] = {}
    for day in days:
        for item in day.items:
            for place in (item.place, item.destination):
                if place is not None and place.city:
                    spans.setdefault(place.city, []).append(day.date)
                    countries.setdefault(place.city, place.country)
    stays = [CityStay(city, countries[city], min(dates), max(dates)) for city, dates in spans.items()]
    return tuple(sorted(stays, key=lambda s: (s.first, s.last, s.city)))


def _hotels(session: Session, days: tuple[DayInfo, ...], member_id: int | None) -> tuple[HotelStay, ...]:
    hotel_ids = [i.id for d in days for i in d.items if i.kind == ItemKind.HOTEL.value]
    if not hotel_ids:
        return ()
    items = session.scalars(
        select(ItineraryItem)
        .where(ItineraryItem.id.in_(hotel_ids))
        .options(selectinload(ItineraryItem.place), selectinload(ItineraryItem.rooms))
        .order_by(ItineraryItem.start_utc, ItineraryItem.id)
    )
    stays = []
    for item in items:
        place = item.place
        rooms = [
            (r.person.both_scripts, r.room)
            for r in item.rooms
            if member_id is None or r.person_id == member_id
        ]
        stays.append(
            HotelStay(
                name=place.name if place else item.title,
                address=place.address if place else "",
                phone=place.phone if place else "",
                city=place.city if place else "",
                check_in=to_local(item.start_utc, item.start_tz).date(),
                check_out=to_local(item.end_utc, item.end_tz).date(),
                confirmation=item.confirmation_number,
                rooms=tuple(rooms),
            )
        )
    return tuple(stays)


def _venues(days: tuple[DayInfo, ...]) -> tuple[PlaceInfo, ...]:
    """Where the delegation goes (not airports and hotels: those have their own tables)."""
    seen: dict[str, PlaceInfo] = {}
    for day in days:
        for item in day.items:
            if item.kind == ItemKind.HOTEL.value or ItemKind(item.kind).is_travel:
                continue
            if item.place is not None and item.place.name not in seen:
                seen[item.place.name] = item.place
    return tuple(seen.values())


def _contacts(session: Session, meetings: tuple[MeetingInfo, ...]) -> tuple[ContactGroup, ...]:
    orgs: dict[int, OrganisationInfo] = {}
    for m in meetings:
        if m.organisation is not None:
            orgs.setdefault(m.organisation.id, m.organisation)
    if not orgs:
        return ()
    people: dict[int, list[PersonInfo]] = {}
    for person in session.scalars(
        select(Person)
        .where(Person.organisation_id.in_(list(orgs)))
        .options(selectinload(Person.organisation))
        .order_by(Person.family_name, Person.given_name, Person.id)
    ):
        people.setdefault(person.organisation_id or 0, []).append(person_info(person))
    groups = [ContactGroup(org, tuple(people.get(org_id, ()))) for org_id, org in orgs.items()]
    return tuple(sorted(groups, key=lambda g: g.organisation.name.casefold()))


def gather_pack(
    session: Session,
    trip_id: int,
    *,
    today: dt.date,
    member_id: int | None = None,
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> PackData:
    trip = trip_info(session, trip_id)
    member = _member(session, trip_id, member_id)
    days = programme_days(session, trip_id, member_id=member_id, first_day=date_from, last_day=date_to)
    items = [i for d in days for i in d.items]
    meetings = meeting_infos(session, {i.meeting_id: i for i in items if i.meeting_id is not None}, today)
    events = event_infos(session, {i.event_id: i for i in items if i.event_id is not None})
    return PackData(
        trip=trip,
        member=member,
        first_day=date_from or trip.start_date,
        last_day=date_to or trip.end_date,
        delegation=delegation(session, trip_id),
        cities=_cities(days),
        hotels=_hotels(session, days, member_id),
        venues=_venues(days),
        days=days,
        meetings=meetings,
        events=events,
        contacts=_contacts(session, meetings),
    )


def gather_programme(
    session: Session,
    trip_id: int,
    *,
    member_id: int | None = None,
    day: dt.date | None = None,
) -> ProgrammeData:
    trip = trip_info(session, trip_id)
    member = _member(session, trip_id, member_id)
    days = programme_days(session, trip_id, member_id=member_id, first_day=day, last_day=day)
    if day is not None and not days:
        days = (DayInfo(day, (), ()),)
    return ProgrammeData(trip=trip, member=member, days=days)


def gather_agenda(session: Session, meeting_id: int, *, today: dt.date) -> AgendaData:
    meeting = get(session, Meeting, meeting_id, "meeting")
    item = item_info(meeting.item)
    (info,) = meeting_infos(session, {meeting.id: item}, today, with_history=False)
    return AgendaData(trip=trip_info(session, meeting.item.trip_id), meeting=info)


def gather_event(session: Session, event_id: int, *, only: tuple[int, ...] = ()) -> EventData:
    event = get(session, Event, event_id, "event")
    (info,) = event_infos(session, {event.id: item_info(event.item)}, with_registrants=True, only=only)
    return EventData(trip=trip_info(session, event.item.trip_id), event=info)


def gather_followups(session: Session, trip_id: int, *, today: dt.date) -> FollowupData:
    trip = trip_info(session, trip_id)
    actions = tuple(_action_info(a, today) for a in followup_service.all_actions(session, trip_id))
    meetings = meeting_service.list_meetings(session, trip_id)
    notes: dict[int, list[Note]] = {}
    if meetings:
        for note in session.scalars(
            select(Note)
            .where(Note.meeting_id.in_([m.id for m in meetings]))
            .order_by(Note.created_at, Note.id)
        ):
            notes.setdefault(note.meeting_id or 0, []).append(note)
    outcomes = []
    for m in meetings:
        item = item_info(m.item)
        outcomes.append(
            OutcomeInfo(
                meeting_id=m.id,
                title=m.item.title,
                organisation=m.organisation.name if m.organisation else "",
                date=item.start.date(),
                time_range=item.time_range,
                status=m.status,
                outcome_notes=m.outcome_notes,
                notes=tuple(_note_info(n) for n in notes.get(m.id, [])),
            )
        )
    return FollowupData(trip=trip, today=today, actions=actions, outcomes=tuple(outcomes))
