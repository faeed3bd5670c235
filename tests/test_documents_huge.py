"""Any size works: a 20,000-character note, 300 agenda items, 2,000 registrations and an empty trip all
give a correct document, long content split across pages, never a layout error."""

from __future__ import annotations

import datetime as dt
import io
import re

import pytest
from pypdf import PdfReader

from desktop.documents import DocumentRequest, render_document
from desktop.services import directory, itinerary, meetings, trips
from tests.factories import LIS, local
from tests.fixtures_documents import add_agenda_items, add_registrants, outline_titles, pdf_text, squash

# 20,000 characters: words, then a run with no space at all, then Chinese with no spaces.
HUGE = ("Conceição & <b>notes</b> " * 500 + "x" * 4000 + "会谈纪要内容" * 600)[:20000]


@pytest.fixture
def huge_trip(database):
    """One meeting whose every long field holds 20,000 characters, with 300 agenda items, and an event
    with 2,000 registrations."""
    with database.session() as session:
        trip = trips.create_trip(
            session,
            name="Big trip",
            start_date=dt.date(2024, 9, 9),
            end_date=dt.date(2024, 9, 13),
            purpose=HUGE,
        )
        head = directory.create_person(session, native_name="陈立华", latin_name="Chen Lihua")
        trips.add_member(session, trip.id, head.id, "head")
        place = directory.create_place(session, name="Venue", city="Lisbon", timezone=LIS)
        org = directory.create_organisation(session, name="Empresa Grande", profile=HUGE)
        meeting = meetings.create_meeting(
            session, trip.id, organisation_id=org.id, title="Long meeting", start=local(12, 9),
            end=local(12, 18),
            place_id=place.id, status="confirmed", objectives=HUGE, background=HUGE, talking_points=HUGE,
            notes=HUGE, description=HUGE,
        )  # fmt: skip
        meetings.add_agenda_item(session, meeting.id, title="First point", minutes=10, notes=HUGE)
        add_agenda_items(session, meeting.id, 299)
        event = itinerary.create_event(
            session, trip.id, title="Conference", start=local(12, 9), end=local(12, 12), place_id=place.id,
            capacity=None, notes=HUGE,
        )  # fmt: skip
        add_registrants(session, event.id, 2000)
        return {"trip": trip.id, "meeting": meeting.id, "event": event.id}


def test_huge_meeting_agenda_and_notes_split_across_pages(database, huge_trip):
    pdf = render_document(database, DocumentRequest("agenda", meeting_id=huge_trip["meeting"]))
    pages = pdf_text(pdf)
    text = squash(" ".join(pages))
    assert len(pages) > 5
    assert "300 15:" in text or re.search(r"\b300 \d\d:\d\d Agenda point 298", text)
    assert "Agenda point 298 — Conceição" in text
    # the 20,000-character agenda note printed whole (escaped markup included)
    assert text.count("<b>notes</b>") >= 400
    assert "会谈纪要内容" in text


def test_huge_pack_with_long_notes(database, huge_trip):
    pdf = render_document(database, DocumentRequest("pack", trip_id=huge_trip["trip"]))
    pages = pdf_text(pdf)
    assert len(pages) > 20
    titles = [t for _, t, _ in outline_titles(pdf)]
    assert "Empresa Grande" in titles and "Conference" in titles
    text = squash(" ".join(pages))
    assert text.count("Conceição & <b>notes</b>") >= 5 * 450  # purpose, profile, objectives, … all whole


def test_two_thousand_registrations(database, huge_trip):
    signin = pdf_text(render_document(database, DocumentRequest("signin", event_id=huge_trip["event"])))
    text = squash(" ".join(signin))
    assert "2000 registered" in text
    assert "Gonçalo0 Magalhães0000" in text and "Gonçalo1999 Magalhães1999" in text
    assert text.index("Magalhães0000") < text.index("Magalhães1999")
    assert len(signin) > 60 and all("Signature" in page for page in signin[:-1])  # header on every page
    badges = render_document(database, DocumentRequest("badges", event_id=huge_trip["event"]))
    assert len(PdfReader(io.BytesIO(badges)).pages) == 250  # eight a sheet


def test_empty_trip_gives_every_document(database):
    with database.session() as session:
        empty = trips.create_trip(
            session, name="Empty", start_date=dt.date(2024, 9, 1), end_date=dt.date(2024, 9, 2)
        )
        bare = trips.create_trip(
            session, name="Bare", start_date=dt.date(2024, 9, 1), end_date=dt.date(2024, 9, 2)
        )
        event_id = itinerary.create_event(
            session,
            bare.id,
            title="Nobody came",
            start=local(1, 9),
            end=local(1, 10),
            start_tz=LIS,
            end_tz=LIS,
        ).id
        meeting_id = meetings.create_meeting(
            session,
            bare.id,
            title="Bare meeting",
            start=local(2, 9),
            end=local(2, 10),
            start_tz=LIS,
            end_tz=LIS,
        ).id
        empty_id = empty.id
    text = squash(" ".join(pdf_text(render_document(database, DocumentRequest("pack", trip_id=empty_id)))))
    for message in (
        "No members on the delegation yet.",
        "No programme items in this period.",
        "No contacts.",
    ):
        assert message in text
    for kind, ident in (
        ("programme", {"trip_id": empty_id}),
        ("followups", {"trip_id": empty_id}),
        ("agenda", {"meeting_id": meeting_id}),
        ("signin", {"event_id": event_id}),
        ("badges", {"event_id": event_id}),
        ("tentcards", {"event_id": event_id}),
    ):
        pages = pdf_text(render_document(database, DocumentRequest(kind, **ident)))
        assert pages and all(page.strip() for page in pages), kind
    badges = pdf_text(render_document(database, DocumentRequest("badges", event_id=event_id)))
    assert "Nobody is registered yet." in badges[0]
