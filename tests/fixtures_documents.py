"""Test data for the documents: a small two-country trip built through the services, hostile text, and
bulk builders (Core inserts) for the huge cases."""

from __future__ import annotations

import datetime as dt
import io
import re
from dataclasses import dataclass

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db.models import AgendaItem, Person, Registration
from db.text import search_key
from desktop.services import directory, followups, itinerary, meetings, registrations, trips
from tests.factories import LIS, MAD, SZX, local

MARKUP_NAME = '<b>Bold</b> & Co <img src="http://example.invalid/x.png"> <font size=40>'
MARKUP_NOTE = 'Bring <b>gifts</b> & <font color="red">flags</font> <img src="http://example.invalid/y.png"/>'


@dataclass(frozen=True)
class SmallTrip:
    trip_id: int
    head_id: int
    member_id: int  # a member who attends only the Madrid meeting
    contact_id: int  # João Conceição of Global Media Group, not a member
    lisbon_meeting_id: int
    madrid_meeting_id: int
    markup_meeting_id: int
    event_id: int


def build_small_trip(session: Session) -> SmallTrip:
    """Madrid (CEST) then Lisbon (WEST), September 2024: two meetings, an event with a VIP, names in both
    scripts with Portuguese accents, and an organisation whose name is full of markup characters."""
    trip = trips.create_trip(
        session,
        name="Luohu Delegation — Test",
        organiser="Luohu District People's Government",
        purpose="Trade cooperation.",
        start_date=dt.date(2024, 9, 9),
        end_date=dt.date(2024, 9, 13),
        home_timezone=SZX,
    )
    head = directory.create_person(
        session, native_name="陈立华", latin_name="Chen Lihua", family_name="Chen", position="Deputy Mayor"
    )
    other = directory.create_person(session, native_name="林雪", latin_name="Lin Xue", family_name="Lin")
    trips.add_member(session, trip.id, head.id, "head")
    trips.add_member(session, trip.id, other.id, "interpreter")
    madrid = directory.create_place(
        session, name="Oficinas Ibérica", address="Paseo de la Castellana 95", city="Madrid", timezone=MAD
    )
    lisbon = directory.create_place(
        session, name="Palácio Conde de Ourém", address="Rua do Século 51", city="Lisbon", timezone=LIS,
        phone="+351 21 000 2000",
    )  # fmt: skip
    hotel = directory.create_place(session, name="Hotel Avenida", city="Lisbon", timezone=LIS)
    iberica = directory.create_organisation(
        session, name="Ibérica Salud", kind="company", sectors="health, medical devices", city="Madrid"
    )
    gmg = directory.create_organisation(session, name="Global Media Group", kind="media", city="Lisbon")
    hostile = directory.create_organisation(session, name=MARKUP_NAME, kind="company")
    joao = directory.create_person(
        session, given_name="João", family_name="Conceição", latin_name="João Conceição",
        position="Director de Negócios", organisation_id=gmg.id, phone="+351 21 100 1000",
    )  # fmt: skip
    ines = directory.create_person(
        session, latin_name="Inês Simões", family_name="Simões", organisation_id=iberica.id, position="CEO"
    )
    weird = directory.create_person(session, latin_name=MARKUP_NAME, organisation_id=hostile.id)

    itinerary.create_item(
        session, trip.id, kind="hotel", title="Hotel Avenida", start=local(11, 14), end=local(13, 10),
        place_id=hotel.id, status="confirmed", confirmation_number="AV-1",
    )  # fmt: skip
    madrid_meeting = meetings.create_meeting(
        session, trip.id, organisation_id=iberica.id, title="Meeting with Ibérica Salud",
        start=local(10, 10), end=local(10, 11, 30), place_id=madrid.id, status="confirmed",
        objectives="Present Luohu's incentives.", talking_points="• First point\n• Second point",
    )  # fmt: skip
    meetings.set_attendees(session, madrid_meeting.id, ours=[head.id, other.id], theirs=[ines.id])
    meetings.add_agenda_item(session, madrid_meeting.id, title="Welcome", minutes=10, lead_id=head.id)
    meetings.add_agenda_item(session, madrid_meeting.id, title="Health policy", minutes=20)
    lisbon_meeting = meetings.create_meeting(
        session, trip.id, organisation_id=gmg.id, title="Meeting with Global Media Group",
        start=local(12, 10), end=local(12, 11, 30), place_id=lisbon.id, status="held",
        objectives="Media cooperation.", outcome_notes="Agreed to a series of articles.",
    )  # fmt: skip
    meetings.set_attendees(session, lisbon_meeting.id, ours=[head.id], theirs=[joao.id])
    meetings.add_agenda_item(session, lisbon_meeting.id, title="Introductions", minutes=15, lead_id=head.id)
    meetings.add_action(
        session, lisbon_meeting.id, description="Send the press kit", owner_id=head.id,
        due_date=dt.date(2024, 9, 20), status="open",
    )  # fmt: skip
    followups.add_note(session, "Prefers email.", author="Zheng Kai", organisation_id=gmg.id)
    markup_meeting = meetings.create_meeting(
        session, trip.id, organisation_id=hostile.id, title=MARKUP_NAME, start=local(13, 9),
        end=local(13, 10),
        place_id=lisbon.id, status="confirmed", objectives=MARKUP_NOTE, talking_points=MARKUP_NOTE,
    )  # fmt: skip
    meetings.set_attendees(session, markup_meeting.id, ours=[head.id], theirs=[weird.id])
    meetings.add_agenda_item(session, markup_meeting.id, title=MARKUP_NOTE, minutes=5, notes=MARKUP_NOTE)
    followups.add_note(session, MARKUP_NOTE, author=MARKUP_NAME, meeting_id=markup_meeting.id)
    event = itinerary.create_event(
        session, trip.id, title="Economic & Trade Conference", start=local(12, 14), end=local(12, 17),
        place_id=lisbon.id, status="confirmed", capacity=50, expected=40,
    )  # fmt: skip
    registrations.register(session, event.id, joao.id, vip=True)
    registrations.register(session, event.id, ines.id)
    registrations.register(session, event.id, weird.id, badge_name=MARKUP_NAME)
    session.flush()
    return SmallTrip(
        trip_id=trip.id,
        head_id=head.id,
        member_id=other.id,
        contact_id=joao.id,
        lisbon_meeting_id=lisbon_meeting.id,
        madrid_meeting_id=madrid_meeting.id,
        markup_meeting_id=markup_meeting.id,
        event_id=event.id,
    )


def add_agenda_items(session: Session, meeting_id: int, count: int) -> None:
    """Bulk agenda items (Core insert: Python-side defaults fill uuid and timestamps)."""
    session.execute(
        insert(AgendaItem),
        [
            {
                "meeting_id": meeting_id,
                "position": 100 + n,
                "title": f"Agenda point {n} — Conceição",
                "minutes": 5,
            }
            for n in range(count)
        ],
    )


def add_registrants(session: Session, event_id: int, count: int) -> None:
    """Bulk people and registrations (search keys filled by hand: mapper events do not run)."""
    first = (session.scalar(select(Person.id).order_by(Person.id.desc()).limit(1)) or 0) + 1
    people = []
    for n in range(count):
        given, family = f"Gonçalo{n}", f"Magalhães{n:04d}"
        native = "王建国" if n % 3 == 0 else ""
        latin = f"{given} {family}"
        people.append(
            {
                "id": first + n,
                "given_name": given,
                "family_name": family,
                "latin_name": latin,
                "native_name": native,
                "position": "Director",
                "search_key": search_key(native, latin, given, family),
            }
        )
    session.execute(insert(Person), people)
    start = dt.datetime(2024, 8, 1, tzinfo=dt.UTC)
    session.execute(
        insert(Registration),
        [
            {
                "event_id": event_id,
                "person_id": first + n,
                "status": "registered",
                "registered_at": start + dt.timedelta(minutes=n),
                "vip": n % 97 == 0,
            }
            for n in range(count)
        ],
    )


# --- reading PDFs back -----------------------------------------------------------------------------------


def pdf_text(pdf: bytes) -> list[str]:
    """Each page's text, as pypdf extracts it."""
    from pypdf import PdfReader

    return [page.extract_text() or "" for page in PdfReader(io.BytesIO(pdf)).pages]


def page_lines(pdf: bytes, index: int) -> list[str]:
    """One page's lines in reading order (pdfplumber sorts by position: contents lines stay whole)."""
    import pdfplumber

    with pdfplumber.open(io.BytesIO(pdf)) as doc:
        return (doc.pages[index].extract_text() or "").splitlines()


def outline_titles(pdf: bytes) -> list[tuple[int, str, int]]:
    """(level, title, 1-based page) for every outline entry, in order."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    out: list[tuple[int, str, int]] = []

    def walk(items: list, level: int) -> None:
        for entry in items:
            if isinstance(entry, list):
                walk(entry, level + 1)
            else:
                out.append((level, entry.title, reader.get_destination_page_number(entry) + 1))

    walk(reader.outline, 0)
    return out


def squash(text: str) -> str:
    return re.sub(r"\s+", " ", text)
