"""Lists to Excel (.xlsx) and CSV: registrations, attendees, organisations with contacts, contacts,
delegation members, follow-up actions, the meetings (with their interpreters).

Headers are the ones the importer recognises, so an exported list can be edited and imported back.
Cells that a spreadsheet would run as a formula (starting with = + - @, tab or CR) are neutralised. Files
are written to a temporary file beside the target and moved over it, so a crash never leaves half a file.
"""

from __future__ import annotations

import csv
import datetime as dt
import os
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from db.database import Database
from db.models import (
    Action,
    Event,
    ItineraryItem,
    Meeting,
    MeetingAttendee,
    Membership,
    Organisation,
    Person,
    Registration,
    Trip,
)
from desktop.exchange.errors import ExchangeError
from desktop.services.timezones import to_local
from desktop.services.trips import ROLE_ORDER

KINDS = ("registrations", "attendees", "organisations", "contacts", "members", "actions", "meetings")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """Text a spreadsheet would take for a formula gets a leading apostrophe (OWASP's advice)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


@dataclass
class Sheet:
    title: str
    headers: list[str]
    rows: Iterable[Sequence[Any]]


def _name(p: Person) -> str:
    return p.native_name or p.latin_name or " ".join(x for x in (p.given_name, p.family_name) if x)


def _latin(p: Person) -> str:
    latin = p.latin_name or " ".join(x for x in (p.given_name, p.family_name) if x)
    return latin if latin != _name(p) else ""


def _local(instant: dt.datetime | None, zone: str) -> dt.datetime | None:
    """Wall-clock time where the item happens, naive (spreadsheets have no zones)."""
    return to_local(instant, zone).replace(tzinfo=None) if instant else None


def _require_trip(session: Session, trip_id: int | None) -> Trip:
    if trip_id is None:
        raise ExchangeError("This list needs a trip (--trip ID).")
    trip = session.get(Trip, trip_id)
    if trip is None:
        raise ExchangeError(f"No trip with id {trip_id}.")
    return trip


def _event(session: Session, event_id: int | None, trip_id: int | None) -> tuple[Event, ItineraryItem]:
    if event_id is None:
        if trip_id is None:
            raise ExchangeError("This list needs an event (--event ID).")
        events = session.execute(
            select(Event, ItineraryItem).join(ItineraryItem).where(ItineraryItem.trip_id == trip_id)
        ).all()
        if len(events) != 1:
            raise ExchangeError(f"Trip {trip_id} has {len(events)} events: name one with --event ID.")
        return events[0][0], events[0][1]
    row = session.execute(
        select(Event, ItineraryItem).join(ItineraryItem).where(Event.id == event_id)
    ).first()
    if row is None:
        raise ExchangeError(f"No event with id {event_id}.")
    return row[0], row[1]


def registrations_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    event, item = _event(session, event_id, trip_id)
    org = aliased(Organisation)
    stmt = (
        select(Registration, Person, org)
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(org, Registration.organisation_id == org.id)
        .where(Registration.event_id == event.id)
        .order_by(Registration.registered_at, Registration.id)
    )
    zone = item.start_tz

    def rows() -> Iterator[list[Any]]:
        for reg, p, o in session.execute(stmt).yield_per(2000):
            yield [
                _name(p),
                _latin(p),
                o.name if o else "",
                p.position,
                p.email,
                p.phone,
                reg.status,
                _local(reg.registered_at, zone),
                _local(reg.checked_in_at, zone),
                reg.badge_name,
                reg.dietary_needs,
                "yes" if reg.vip else "",
                reg.source,
                reg.notes,
            ]

    headers = [
        "Name",
        "English name",
        "Company",
        "Position",
        "Email",
        "Phone",
        "Status",
        "Registered at",
        "Checked in at",
        "Badge name",
        "Dietary needs",
        "VIP",
        "Source",
        "Notes",
    ]
    return Sheet(item.title[:31] or "Registrations", headers, rows())


def attendees_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    """With an event: who came (checked in). Otherwise: who attends each of the trip's meetings."""
    if event_id is not None:
        event, item = _event(session, event_id, trip_id)
        stmt = (
            select(Registration, Person, Organisation)
            .join(Person, Registration.person_id == Person.id)
            .outerjoin(Organisation, Registration.organisation_id == Organisation.id)
            .where(Registration.event_id == event.id, Registration.status == "attended")
            .order_by(Registration.checked_in_at, Registration.id)
        )
        rows = (
            [
                _name(p),
                _latin(p),
                o.name if o else "",
                p.position,
                p.email,
                _local(r.checked_in_at, item.start_tz),
            ]
            for r, p, o in session.execute(stmt).yield_per(2000)
        )
        return Sheet(
            "Attendees", ["Name", "English name", "Company", "Position", "Email", "Checked in at"], rows
        )
    _require_trip(session, trip_id)
    meeting_org = aliased(Organisation)
    person_org = aliased(Organisation)
    stmt = (
        select(ItineraryItem, meeting_org, MeetingAttendee, Person, person_org)
        .join(Meeting, Meeting.item_id == ItineraryItem.id)
        .outerjoin(meeting_org, Meeting.organisation_id == meeting_org.id)
        .join(MeetingAttendee, MeetingAttendee.meeting_id == Meeting.id)
        .join(Person, MeetingAttendee.person_id == Person.id)
        .outerjoin(person_org, Person.organisation_id == person_org.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc, MeetingAttendee.side, Person.family_name, Person.given_name)
    )
    rows = (
        [
            _local(item.start_utc, item.start_tz),
            item.title,
            mo.name if mo else "",
            "delegation" if att.side == "ours" else "host",
            _name(p),
            _latin(p),
            po.name if po else "",
            p.position,
            p.email,
            p.phone,
        ]
        for item, mo, att, p, po in session.execute(stmt)
    )
    headers = ["Meeting start", "Meeting", "Meeting with", "Side", "Name", "English name", "Company"]
    return Sheet("Attendees", [*headers, "Position", "Email", "Phone"], rows)


def organisations_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    """One row per contact, the organisation's columns repeated; organisations without contacts too."""
    stmt = (
        select(Organisation, Person)
        .outerjoin(Person, Person.organisation_id == Organisation.id)
        .order_by(Organisation.name, Organisation.id, Person.family_name, Person.given_name, Person.id)
    )
    rows = (
        [
            o.name,
            o.local_name,
            o.kind,
            ", ".join(o.sectors),
            o.country,
            o.city,
            o.address,
            o.website,
            o.phone,
            o.email,
            _name(p) if p else "",
            _latin(p) if p else "",
            p.position if p else "",
            p.email if p else "",
            p.phone if p else "",
        ]
        for o, p in session.execute(stmt).yield_per(2000)
    )
    headers = ["Organisation", "Local name", "Type", "Sector", "Country", "City", "Address", "Website"]
    headers += ["Organisation phone", "Organisation email", "Contact", "Contact English name"]
    return Sheet("Organisations", [*headers, "Contact position", "Contact email", "Contact phone"], rows)


def contacts_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    stmt = (
        select(Person, Organisation)
        .join(Organisation, Person.organisation_id == Organisation.id)
        .order_by(Organisation.name, Person.family_name, Person.given_name, Person.id)
    )
    rows = (
        [_name(p), _latin(p), o.name, p.position, p.email, p.phone, o.country, p.notes]
        for p, o in session.execute(stmt).yield_per(2000)
    )
    headers = ["Name", "English name", "Company", "Position", "Email", "Phone", "Country", "Notes"]
    return Sheet("Contacts", headers, rows)


def members_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    _require_trip(session, trip_id)
    stmt = (
        select(Membership, Person, Organisation)
        .join(Person, Membership.person_id == Person.id)
        .outerjoin(Organisation, Person.organisation_id == Organisation.id)
        .where(Membership.trip_id == trip_id)
    )
    found = sorted(
        session.execute(stmt).all(), key=lambda r: (ROLE_ORDER.get(r[0].role, 99), r[0].sort_order)
    )
    rows = [
        [
            m.role,
            _name(p),
            _latin(p),
            p.position,
            o.name if o else "",
            p.email,
            p.phone,
            ", ".join(p.languages),
            p.dietary_needs,
            p.access_needs,
        ]
        for m, p, o in found
    ]
    headers = ["Role", "Name", "English name", "Position", "Company", "Email", "Phone", "Languages"]
    return Sheet("Delegation", [*headers, "Dietary needs", "Access needs"], rows)


def actions_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    _require_trip(session, trip_id)
    owner = aliased(Person)
    stmt = (
        select(Action, ItineraryItem, Organisation, owner)
        .join(Meeting, Action.meeting_id == Meeting.id)
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .outerjoin(Organisation, Meeting.organisation_id == Organisation.id)
        .outerjoin(owner, Action.owner_id == owner.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(Action.due_date.is_(None), Action.due_date, Action.id)
    )
    rows = (
        [
            a.description,
            _name(o) if o else "",
            a.due_date,
            a.status,
            _local(a.completed_at, item.start_tz),
            item.title,
            org.name if org else "",
            _local(item.start_utc, item.start_tz),
            a.notes,
        ]
        for a, item, org, o in session.execute(stmt)
    )
    headers = ["Action", "Owner", "Due", "Status", "Completed at", "Meeting", "Organisation", "Meeting start"]
    return Sheet("Follow-up actions", [*headers, "Notes"], rows)


def meetings_sheet(session: Session, trip_id: int | None, event_id: int | None) -> Sheet:
    """The trip's meetings in time order, in each place's local time: who meets whom, where, and which
    meetings need the interpreter when (to hand to the interpreters and the drivers)."""
    _require_trip(session, trip_id)
    interpreter = aliased(Person)
    stmt = (
        select(Meeting, ItineraryItem, Organisation, interpreter)
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .outerjoin(Organisation, Meeting.organisation_id == Organisation.id)
        .outerjoin(interpreter, Meeting.interpreter_id == interpreter.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc, ItineraryItem.id)
    )
    found = session.execute(stmt).all()
    sides: dict[tuple[int, str], list[str]] = {}
    if found:
        attending = session.execute(
            select(MeetingAttendee.meeting_id, MeetingAttendee.side, Person)
            .join(Person, MeetingAttendee.person_id == Person.id)
            .where(MeetingAttendee.meeting_id.in_([m.id for m, *_ in found]))
            .order_by(Person.sort_key, Person.id)
        )
        for meeting_id, side, person in attending:
            sides.setdefault((meeting_id, side), []).append(person.both_scripts)
    rows = (
        [
            _local(item.start_utc, item.start_tz),
            _local(item.end_utc, item.end_tz),
            item.start_tz,
            item.place.city if item.place else "",
            item.place.name if item.place else "",
            item.title,
            org.name if org else "",
            m.status,
            i.both_scripts if i else "",
            "; ".join(sides.get((m.id, "ours"), [])),
            "; ".join(sides.get((m.id, "theirs"), [])),
            m.objectives,
            m.outcome_notes,
        ]
        for m, item, org, i in found
    )
    headers = ["Start (local)", "End (local)", "Time zone", "City", "Place", "Meeting", "Organisation"]
    headers += ["Status", "Interpreter", "Delegation attendees", "Host attendees", "Objectives", "Outcome"]
    return Sheet("Meetings", headers, rows)


BUILDERS = {
    "registrations": registrations_sheet,
    "attendees": attendees_sheet,
    "organisations": organisations_sheet,
    "contacts": contacts_sheet,
    "members": members_sheet,
    "actions": actions_sheet,
    "meetings": meetings_sheet,
}


def build_sheet(session: Session, kind: str, trip_id: int | None, event_id: int | None) -> Sheet:
    if kind not in BUILDERS:
        raise ExchangeError(f"'{kind}' is not a list that can be exported (one of: {', '.join(KINDS)}).")
    return BUILDERS[kind](session, trip_id, event_id)


def export_list(
    database: Database,
    kind: str,
    path: str | os.PathLike[str],
    *,
    trip_id: int | None = None,
    event_id: int | None = None,
) -> int:
    """Write one list to ``path`` (.xlsx or .csv, by its suffix); returns the number of data rows."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".xlsx", ".csv"):
        raise ExchangeError(f"{path.name}: the file name must end in .xlsx or .csv.")
    with database.session() as session:
        sheet = build_sheet(session, kind, trip_id, event_id)
        with atomic_output(path) as tmp:
            return write_xlsx(sheet, tmp) if suffix == ".xlsx" else write_csv(sheet, tmp)


class atomic_output:  # noqa: N801 - used as a context manager, like open()
    """A temporary path beside ``target``; moved over it on success, removed on failure."""

    def __init__(self, target: Path) -> None:
        self.target = target

    def __enter__(self) -> Path:
        folder = self.target.parent if str(self.target.parent) else Path(".")
        if not folder.is_dir():
            raise ExchangeError(f"The folder {folder} does not exist.")
        try:
            fd, name = tempfile.mkstemp(prefix=f".{self.target.name}.", suffix=".part", dir=folder)
        except OSError as exc:
            raise ExchangeError(f"Cannot write in {folder}: {exc.strerror or exc}.") from None
        os.close(fd)
        self.tmp = Path(name)
        return self.tmp

    def __exit__(self, exc_type: object, exc: object, tb: object) -> None:
        if exc_type is None:
            try:
                os.replace(self.tmp, self.target)
                return
            except OSError as err:
                self.tmp.unlink(missing_ok=True)
                raise ExchangeError(f"Cannot write {self.target}: {err.strerror or err}.") from None
        self.tmp.unlink(missing_ok=True)


def _csv_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if value is None:
        return ""
    return neutralise(value)


def write_csv(sheet: Sheet, path: Path) -> int:
    """UTF-8 with a BOM: Excel then opens Chinese and accents right."""
    count = 0
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(sheet.headers)
        for row in sheet.rows:
            writer.writerow([_csv_value(v) for v in row])
            count += 1
    return count


def write_xlsx(sheet: Sheet, path: Path) -> int:
    """Write-only mode streams rows to disk, so a long list does not sit in memory as cell objects."""
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font, PatternFill
    from openpyxl.utils import get_column_letter

    wb = Workbook(write_only=True)
    ws = wb.create_sheet(_sheet_title(sheet.title))
    ws.freeze_panes = "A2"
    for i, header in enumerate(sheet.headers):
        ws.column_dimensions[get_column_letter(i + 1)].width = min(max(len(header) + 4, 14), 40)
    bold, fill = Font(bold=True), PatternFill("solid", fgColor="DDE5F0")
    header_cells = []
    for header in sheet.headers:
        cell = WriteOnlyCell(ws, value=header)
        cell.font, cell.fill = bold, fill
        header_cells.append(cell)
    ws.append(header_cells)
    count = 0
    for row in sheet.rows:
        out: list[Any] = []
        for value in row:
            if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                cell = WriteOnlyCell(ws, value=neutralise(value))
                cell.data_type = "s"  # a string, never a formula, whatever it starts with
                out.append(cell)
            elif isinstance(value, dt.datetime):
                cell = WriteOnlyCell(ws, value=value)
                cell.number_format = "yyyy-mm-dd hh:mm"
                out.append(cell)
            else:
                out.append(value)
        ws.append(out)
        count += 1
    wb.save(path)
    return count


def _sheet_title(title: str) -> str:
    cleaned = "".join(" " if c in "[]:*?/\\" else c for c in title).strip()
    return (cleaned or "Sheet")[:31]
