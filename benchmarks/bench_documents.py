"""How fast the documents render: the demo trip's pack, and a large synthetic trip (30 days, 200 meetings,
2,000 registrations), in pages per second.

    .venv/bin/python benchmarks/bench_documents.py

Builds its own data in a temporary folder; nothing else is touched."""

from __future__ import annotations

import datetime as dt
import io
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from pypdf import PdfReader  # noqa: E402
from sqlalchemy import insert  # noqa: E402

from db.database import Database, open_database  # noqa: E402
from db.models import Person, Registration  # noqa: E402
from db.text import search_key  # noqa: E402
from desktop.documents import DocumentRequest, render_document  # noqa: E402
from desktop.services import directory, itinerary, meetings, trips  # noqa: E402

LIS, MAD = "Europe/Lisbon", "Europe/Madrid"


def build_large_trip(database: Database) -> dict[str, int]:
    """30 days, 10 members, 60 organisations, 200 meetings with agendas, a 2,000-guest conference."""
    with database.session() as session:
        start = dt.date(2024, 9, 1)
        trip = trips.create_trip(
            session,
            name="Large synthetic delegation",
            start_date=start,
            end_date=start + dt.timedelta(days=29),
        )
        members = []
        for n in range(10):
            person = directory.create_person(
                session, native_name=f"成员{n}", latin_name=f"Member {n}", family_name=f"Member{n}",
                position="Deputy Director", phone=f"+86 138 0000 {n:04d}",
            )  # fmt: skip
            trips.add_member(session, trip.id, person.id, "head" if n == 0 else "member")
            members.append(person.id)
        places = [
            directory.create_place(
                session, name=f"Venue {n} — Avenida da Liberdade",
                address=f"Rua do Século {n}, 1200-433 Lisboa",
                city="Lisbon" if n % 2 else "Madrid", timezone=LIS if n % 2 else MAD,
            ).id
            for n in range(20)
        ]  # fmt: skip
        orgs = []
        for n in range(60):
            org = directory.create_organisation(
                session, name=f"Empresa Conceição {n}", kind="company", sectors="health, finance",
                profile="A company that meets the delegation. " * 5,
            )  # fmt: skip
            contacts = [
                directory.create_person(
                    session, latin_name=f"João Simões {n}-{k}", family_name=f"Simões{n}",
                    organisation_id=org.id,
                    position="Director", email=f"joao{n}.{k}@example.pt",
                ).id
                for k in range(3)
            ]  # fmt: skip
            orgs.append((org.id, contacts))
        for n in range(200):
            day, slot = divmod(n, 7)
            org_id, contacts = orgs[n % len(orgs)]
            begin = dt.datetime(2024, 9, 1 + day, 8 + slot, 0)
            place = places[n % len(places)]
            zone = LIS if (n % len(places)) % 2 else MAD
            meeting = meetings.create_meeting(
                session, trip.id, organisation_id=org_id, start=begin, end=begin + dt.timedelta(minutes=50),
                start_tz=zone, end_tz=zone, place_id=place, status="confirmed",
                objectives="Explore cooperation in health and finance.",
                talking_points="• One\n• Two\n• Three",
            )  # fmt: skip
            meetings.set_attendees(session, meeting.id, ours=members[: 2 + n % 4], theirs=contacts[:2])
            for k in range(4):
                meetings.add_agenda_item(session, meeting.id, title=f"Point {k + 1}", minutes=10)
        event = itinerary.create_event(
            session, trip.id, title="Economic and Trade Cooperation Conference",
            start=dt.datetime(2024, 9, 15, 9),
            end=dt.datetime(2024, 9, 15, 13), place_id=places[1], status="confirmed",
        )  # fmt: skip
        first = 100_000
        session.execute(
            insert(Person),
            [
                {"id": first + n, "latin_name": f"Guest {n} Gonçalves", "family_name": f"Gonçalves{n:04d}",
                 "search_key": search_key(f"Guest {n} Gonçalves")}
                for n in range(2000)
            ],
        )  # fmt: skip
        session.execute(
            insert(Registration),
            [
                {"event_id": event.id, "person_id": first + n, "status": "registered", "vip": n % 50 == 0,
                 "registered_at": dt.datetime(2024, 8, 1, tzinfo=dt.UTC) + dt.timedelta(minutes=n)}
                for n in range(2000)
            ],
        )  # fmt: skip
        return {"trip": trip.id, "event": event.id}


def measure(database: Database, label: str, request: DocumentRequest) -> None:
    started = time.perf_counter()
    pdf = render_document(database, request)
    seconds = time.perf_counter() - started
    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    print(
        f"{label:<44} {pages:>5} pages  {seconds:6.2f} s  {pages / seconds:7.1f} pages/s"
        f"  {len(pdf) / 1e6:5.1f} MB"
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        demo = open_database(Path(folder) / "demo.sqlite3")
        try:
            from desktop.services.demo import build_demo
        except ImportError:
            print("demo trip: desktop.services.demo is not available, skipped")
        else:
            with demo.session() as session:
                trip_id = build_demo(session).id
            measure(demo, "demo pack (en)", DocumentRequest("pack", trip_id=trip_id))
            measure(demo, "demo pack (bilingual)", DocumentRequest("pack", trip_id=trip_id, lang="bilingual"))
        demo.close()

        large = open_database(Path(folder) / "large.sqlite3")
        started = time.perf_counter()
        ids = build_large_trip(large)
        print(f"(large trip built in {time.perf_counter() - started:.1f} s)")
        measure(large, "large pack: 30 days, 200 meetings", DocumentRequest("pack", trip_id=ids["trip"]))
        measure(large, "large daily programme", DocumentRequest("programme", trip_id=ids["trip"]))
        measure(
            large,
            "large sign-in sheet: 2,000 registrations",
            DocumentRequest("signin", event_id=ids["event"]),
        )
        measure(large, "large badges: 2,000", DocumentRequest("badges", event_id=ids["event"]))
        measure(large, "large follow-up report", DocumentRequest("followups", trip_id=ids["trip"]))
        large.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
