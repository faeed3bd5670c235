"""Trip files: one trip and everything hanging off it, to carry to another laptop and merge there.

The file is a zip holding ``manifest.json`` (``format``, ``version``, what is inside) and ``trip.json``
(one list of records per table). Records are keyed by UUID and refer to each other by UUID, never by the
local integer ids, which differ between laptops. Link tables without their own identity (participants of
an item, attendees of a meeting) travel inside their parent record.

Importing matches records by UUID. A record new to this laptop is added; one that differs takes the side
with the newer ``updated_at``. When both sides changed it since they last agreed (same version on both
sides, or the version and the time disagree about which side is ahead) it is reported as a conflict. The
whole import is one transaction, and a file that is not ours, is damaged, or comes from a newer format
is refused before anything is written. Records deleted on the other laptop are not deleted here.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import zipfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Boolean, Date, Integer, Table, bindparam, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db.database import Database
from db.models import Base, Organisation, Person, Registration, Trip
from db.models.directory import person_search_key, person_sort_key
from db.models.events import refresh_registration_keys
from db.text import search_key
from db.types import StringList, UTCDateTime, utcnow
from desktop import __version__
from desktop.exchange.errors import ExchangeError
from desktop.exchange.exporting import atomic_output

FORMAT = "delegation-desk-trip"
VERSION = 1
MAX_UNZIPPED = 400 << 20
# Tables in the order they can be inserted (what a record refers to comes first).
TABLES = (
    "trips",
    "places",
    "organisations",
    "people",
    "memberships",
    "itinerary_items",
    "room_assignments",
    "events",
    "registrations",
    "meetings",
    "agenda_items",
    "actions",
    "notes",
)
# Link tables carried inside a parent record: table -> (parent table, parent column, key in the record).
EMBEDDED = {
    "item_participants": ("itinerary_items", "item_id", "participants"),
    "meeting_attendees": ("meetings", "meeting_id", "attendees"),
}
META = ("id", "uuid", "created_at", "updated_at", "version")
# Folded search and sort text derived from a record's names: recomputed here, never taken from a file.
DERIVED = ("search_key", "sort_key")
CHUNK = 500  # ids per IN (...) list


def _tables() -> dict[str, Table]:
    return {name: Base.metadata.tables[name] for name in (*TABLES, *EMBEDDED)}


def _refs(table: Table) -> dict[str, str]:
    """Foreign-key columns of a table and the table each points to."""
    return {fk.parent.name: fk.column.table.name for fk in table.foreign_keys}


# --- values <-> JSON ---------------------------------------------------------------------------------


def _to_json(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).isoformat().replace("+00:00", "Z")
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def _from_json(column: Any, value: Any, where: str) -> Any:
    if value is None:
        return None
    kind = column.type
    try:
        if isinstance(kind, UTCDateTime):
            parsed = dt.datetime.fromisoformat(str(value).replace("Z", "+00:00"))
            if parsed.tzinfo is None:
                raise ValueError("no time zone")
            return parsed
        if isinstance(kind, Date):
            return dt.date.fromisoformat(str(value))
        if isinstance(kind, StringList):
            if not isinstance(value, list):
                raise ValueError("not a list")
            return [str(v) for v in value]
        if isinstance(kind, Boolean):
            if not isinstance(value, bool):
                raise ValueError("not true/false")
            return value
        if isinstance(kind, Integer):
            if isinstance(value, bool) or not isinstance(value, int):
                raise ValueError("not a whole number")
            return value
        if not isinstance(value, str):
            raise ValueError("not text")
        return value
    except ValueError as exc:
        raise ExchangeError(f"The trip file is damaged: {where}.{column.name} is {exc}.") from None


# --- export ------------------------------------------------------------------------------------------


def _ids(session: Session, table: Table, column: str, values: Iterable[Any]) -> set[int]:
    values = [v for v in set(values) if v is not None]
    found: set[int] = set()
    for start in range(0, len(values), 900):
        chunk = values[start : start + 900]
        found.update(session.scalars(select(table.c.id).where(table.c[column].in_(chunk))))
    return found


def _rows(session: Session, table: Table, ids: set[int]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    ordered = sorted(ids)
    for start in range(0, len(ordered), 900):
        chunk = ordered[start : start + 900]
        rows.extend(dict(r) for r in session.execute(select(table).where(table.c.id.in_(chunk))).mappings())
    return sorted(rows, key=lambda r: r["id"])


def collect(session: Session, trip_id: int) -> dict[str, list[dict[str, Any]]]:
    """The trip's records as JSON-ready dicts, references as UUIDs."""
    t = _tables()
    if session.get(Trip, trip_id) is None:
        raise ExchangeError(f"No trip with id {trip_id}.")
    ids: dict[str, set[int]] = {name: set() for name in TABLES}
    ids["trips"] = {trip_id}
    ids["memberships"] = _ids(session, t["memberships"], "trip_id", [trip_id])
    ids["itinerary_items"] = _ids(session, t["itinerary_items"], "trip_id", [trip_id])
    items = ids["itinerary_items"]
    ids["room_assignments"] = _ids(session, t["room_assignments"], "item_id", items)
    ids["events"] = _ids(session, t["events"], "item_id", items)
    ids["registrations"] = _ids(session, t["registrations"], "event_id", ids["events"])
    ids["meetings"] = _ids(session, t["meetings"], "item_id", items)
    ids["agenda_items"] = _ids(session, t["agenda_items"], "meeting_id", ids["meetings"])
    ids["actions"] = _ids(session, t["actions"], "meeting_id", ids["meetings"])
    rows = {
        name: _rows(session, t[name], ids[name])
        for name in ids
        if name not in ("places", "organisations", "people", "notes")
    }
    participants = [
        dict(r)
        for r in session.execute(
            select(t["item_participants"]).where(t["item_participants"].c.item_id.in_(items))
        ).mappings()
    ]
    attendees = [
        dict(r)
        for r in session.execute(
            select(t["meeting_attendees"]).where(t["meeting_attendees"].c.meeting_id.in_(ids["meetings"]))
        ).mappings()
    ]
    # Everyone and every organisation the trip's records refer to, and the contacts of those organisations.
    people: set[int] = {r["person_id"] for r in participants + attendees}
    orgs: set[int] = set()
    places: set[int] = set()
    for name, table_rows in rows.items():
        for column, target in _refs(t[name]).items():
            found = {r[column] for r in table_rows if r[column] is not None}
            {"people": people, "organisations": orgs, "places": places}.get(target, set()).update(found)
    person_rows = _rows(session, t["people"], people)
    orgs.update(r["organisation_id"] for r in person_rows if r["organisation_id"] is not None)
    people.update(_ids(session, t["people"], "organisation_id", orgs))
    rows["people"] = _rows(session, t["people"], people)
    rows["organisations"] = _rows(session, t["organisations"], orgs)
    rows["places"] = _rows(session, t["places"], places)
    notes = t["notes"]
    note_ids = _ids(session, notes, "meeting_id", ids["meetings"]) | _ids(
        session, notes, "organisation_id", orgs
    )
    note_ids |= _ids(session, notes, "person_id", people)
    rows["notes"] = _rows(session, notes, note_ids)

    uuids: dict[tuple[str, int], str] = {(name, r["id"]): r["uuid"] for name, rs in rows.items() for r in rs}
    out: dict[str, list[dict[str, Any]]] = {}
    for name in TABLES:
        refs = _refs(t[name])
        records = []
        for r in sorted(rows[name], key=lambda r: r["uuid"]):
            rec = {
                k: (uuids[(refs[k], v)] if k in refs and v is not None else _to_json(v))
                for k, v in r.items()
                if k != "id"
            }
            records.append(rec)
        out[name] = records
    by_item: dict[int, list[str]] = {}
    for p in participants:
        by_item.setdefault(p["item_id"], []).append(uuids[("people", p["person_id"])])
    for rec, r in zip(
        out["itinerary_items"], sorted(rows["itinerary_items"], key=lambda r: r["uuid"]), strict=True
    ):
        rec["participants"] = sorted(by_item.get(r["id"], []))
    by_meeting: dict[int, list[dict[str, str]]] = {}
    for a in attendees:
        by_meeting.setdefault(a["meeting_id"], []).append(
            {"person": uuids[("people", a["person_id"])], "side": a["side"]}
        )
    for rec, r in zip(out["meetings"], sorted(rows["meetings"], key=lambda r: r["uuid"]), strict=True):
        rec["attendees"] = sorted(by_meeting.get(r["id"], []), key=lambda a: a["person"])
    return out


def export_trip(database: Database, trip_id: int, path: str | os.PathLike[str]) -> dict[str, int]:
    """Write the trip file; returns the number of records per table."""
    with database.session() as session:
        data = collect(session, trip_id)
        trip = data["trips"][0]
    counts = {name: len(records) for name, records in data.items()}
    manifest = {
        "format": FORMAT,
        "version": VERSION,
        "app_version": __version__,
        "exported_at": _to_json(utcnow()),
        "trip": {"uuid": trip["uuid"], "name": trip["name"]},
        "counts": counts,
    }
    with atomic_output(Path(path)) as tmp, zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        zf.writestr("trip.json", json.dumps(data, ensure_ascii=False, indent=1, sort_keys=True))
    return counts


# --- import ------------------------------------------------------------------------------------------


@dataclass
class MergeResult:
    trip_name: str = ""
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    kept: dict[str, int] = field(default_factory=dict)  # ours was newer
    unchanged: dict[str, int] = field(default_factory=dict)
    conflicts: list[str] = field(default_factory=list)

    def summary_lines(self) -> list[str]:
        def fmt(bucket: dict[str, int]) -> str:
            return ", ".join(f"{n} {t}" for t, n in bucket.items() if n) or "nothing"

        lines = [
            f"trip: {self.trip_name}",
            f"added: {fmt(self.added)}",
            f"updated from the file: {fmt(self.updated)}",
            f"kept (newer here): {fmt(self.kept)}",
            f"unchanged: {fmt(self.unchanged)}",
            f"conflicts: {len(self.conflicts)}",
        ]
        lines.extend(f"  {c}" for c in self.conflicts)
        return lines


def read_trip_file(path: str | os.PathLike[str]) -> tuple[dict[str, Any], dict[str, list[dict[str, Any]]]]:
    """The manifest and the records; ExchangeError for a file that is not a trip file we can read."""
    path = Path(path)
    try:
        with zipfile.ZipFile(path) as zf:
            names = set(zf.namelist())
            if "manifest.json" not in names or "trip.json" not in names:
                raise ExchangeError(f"{path.name} is not a Delegation Desk trip file.")
            if sum(i.file_size for i in zf.infolist()) > MAX_UNZIPPED:
                raise ExchangeError(
                    f"{path.name} would unpack to more than {MAX_UNZIPPED >> 20} MB; refused."
                )
            manifest = json.loads(zf.read("manifest.json"))
            if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
                raise ExchangeError(f"{path.name} is not a Delegation Desk trip file.")
            version = manifest.get("version")
            if not isinstance(version, int) or version < 1:
                raise ExchangeError(f"{path.name} is damaged: its format version is missing.")
            if version > VERSION:
                raise ExchangeError(
                    f"{path.name} was written by a newer Delegation Desk (trip file format {version}); "
                    "update the application to import it."
                )
            data = json.loads(zf.read("trip.json"))
    except FileNotFoundError:
        raise ExchangeError(f"{path} does not exist.") from None
    except zipfile.BadZipFile:
        raise ExchangeError(f"{path.name} is not a Delegation Desk trip file (not a zip archive).") from None
    except (ValueError, UnicodeDecodeError):
        raise ExchangeError(f"{path.name} is damaged: its contents are not valid JSON.") from None
    except OSError as exc:
        raise ExchangeError(f"Cannot read {path}: {exc.strerror or exc}.") from None
    if not isinstance(data, dict) or not all(isinstance(data.get(n, []), list) for n in TABLES):
        raise ExchangeError(f"{path.name} is damaged: unexpected contents.")
    if len(data.get("trips", [])) != 1:
        raise ExchangeError(f"{path.name} is damaged: it should hold exactly one trip.")
    return manifest, data


def _decode_record(table: Table, rec: Any, name: str) -> dict[str, Any]:
    if not isinstance(rec, dict) or not isinstance(rec.get("uuid"), str):
        raise ExchangeError(f"The trip file is damaged: a record of {name} has no uuid.")
    refs = _refs(table)
    out: dict[str, Any] = {}
    for column in table.columns:
        if column.name == "id":
            continue
        if column.name not in rec:
            if column.name in META or not column.nullable and column.default is None:
                raise ExchangeError(f"The trip file is damaged: {name}.{column.name} is missing.")
            continue
        value = rec[column.name]
        if column.name in refs:
            if value is not None and not isinstance(value, str):
                raise ExchangeError(f"The trip file is damaged: {name}.{column.name} is not a reference.")
            out[column.name] = value
        else:
            out[column.name] = _from_json(column, value, name)
    return out


def _same(a: dict[str, Any], b: dict[str, Any], columns: Iterable[str]) -> bool:
    return all(a.get(c) == b.get(c) for c in columns)


def import_trip(database: Database, path: str | os.PathLike[str]) -> MergeResult:
    """Merge a trip file in one transaction; nothing is written if any record cannot be merged."""
    _manifest, data = read_trip_file(path)
    try:
        return _merge(database, data)
    except IntegrityError as exc:
        raise ExchangeError(
            f"The trip file cannot be merged: one of its records clashes with a different record here "
            f"({exc.orig}); nothing was imported."
        ) from None


def _merge(database: Database, data: dict[str, list[dict[str, Any]]]) -> MergeResult:
    t = _tables()
    result = MergeResult(trip_name=str(data["trips"][0].get("name", "")))
    with database.session() as session:
        local_ids: dict[str, dict[str, int]] = {name: {} for name in TABLES}
        for name in TABLES:
            table = t[name]
            refs = _refs(table)
            records = [_decode_record(table, rec, name) for rec in data.get(name, [])]
            raw = {rec["uuid"]: rec for rec in data.get(name, [])}
            compare = [c.name for c in table.columns if c.name not in ("id", "version", *DERIVED)]
            existing: dict[str, dict[str, Any]] = {}
            uuids = [r["uuid"] for r in records]
            for start in range(0, len(uuids), 900):
                chunk = uuids[start : start + 900]
                for row in session.execute(select(table).where(table.c.uuid.in_(chunk))).mappings():
                    existing[row["uuid"]] = dict(row)
            for rec in records:
                # Folded keys are this laptop's to compute (a file from an older version has none).
                values = {k: v for k, v in rec.items() if k not in DERIVED}
                for column, target in refs.items():
                    ref = values.get(column)
                    if ref is None:
                        continue
                    ident = local_ids[target].get(ref) if target in local_ids else None
                    if ident is None:
                        ident = session.scalar(select(t[target].c.id).where(t[target].c.uuid == ref))
                    if ident is None:
                        if table.c[column].nullable:
                            values[column] = None
                            continue
                        raise ExchangeError(
                            f"The trip file is damaged: a record of {name} refers to a missing {target} "
                            "record."
                        )
                    values[column] = ident
                local = existing.get(rec["uuid"])
                label = _label(name, values)
                if local is None:
                    ident = session.execute(insert(table).values(values).returning(table.c.id)).scalar_one()
                    local_ids[name][rec["uuid"]] = ident
                    result.added[name] = result.added.get(name, 0) + 1
                    _set_embedded(session, t, name, ident, raw[rec["uuid"]], local_ids, fresh=True)
                    continue
                ident = local["id"]
                local_ids[name][rec["uuid"]] = ident
                same = _same(values, local, compare) and _embedded_same(
                    session, t, name, ident, raw[rec["uuid"]], local_ids
                )
                if same:
                    result.unchanged[name] = result.unchanged.get(name, 0) + 1
                    continue
                theirs_newer = values["updated_at"] > local["updated_at"]
                version_ahead = values["version"] > local["version"]
                if values["version"] == local["version"] or version_ahead != theirs_newer:
                    winner = "the file's" if theirs_newer else "this laptop's"
                    result.conflicts.append(
                        f"{label}: changed on both laptops; kept {winner} (saved "
                        f"{max(values['updated_at'], local['updated_at']):%Y-%m-%d %H:%M} UTC)"
                    )
                if theirs_newer:
                    values["version"] = max(values["version"], local["version"] + 1)
                    session.execute(update(table).where(table.c.id == ident).values(values))
                    _set_embedded(session, t, name, ident, raw[rec["uuid"]], local_ids, fresh=False)
                    result.updated[name] = result.updated.get(name, 0) + 1
                else:
                    result.kept[name] = result.kept.get(name, 0) + 1
        _refresh_keys(session, local_ids)
        session.expire_all()
    return result


def _refresh_keys(session: Session, local_ids: dict[str, dict[str, int]]) -> None:
    """Recompute the folded keys of every organisation, person and registration the file named, as the
    ORM listeners would (the merge writes with Core statements, which bypass them)."""
    connection = session.connection()
    orgs, people = Organisation.__table__, Person.__table__
    org_ids = list(local_ids.get("organisations", {}).values())
    person_ids = list(local_ids.get("people", {}).values())
    reg_ids = list(local_ids.get("registrations", {}).values())
    for start in range(0, len(org_ids), CHUNK):
        rows = connection.execute(
            select(orgs.c.id, orgs.c.name, orgs.c.local_name).where(
                orgs.c.id.in_(org_ids[start : start + CHUNK])
            )
        ).all()
        if rows:
            connection.execute(
                update(orgs)
                .where(orgs.c.id == bindparam("_id"))
                .values(search_key=bindparam("_key"), updated_at=orgs.c.updated_at),
                [{"_id": i, "_key": search_key(name, local)} for i, name, local in rows],
            )
    for start in range(0, len(person_ids), CHUNK):
        rows = connection.execute(
            select(
                people.c.id,
                people.c.native_name,
                people.c.latin_name,
                people.c.given_name,
                people.c.family_name,
                people.c.email,
            ).where(people.c.id.in_(person_ids[start : start + CHUNK]))
        ).all()
        if rows:
            connection.execute(
                update(people)
                .where(people.c.id == bindparam("_id"))
                .values(
                    search_key=bindparam("_key"), sort_key=bindparam("_sort"), updated_at=people.c.updated_at
                ),
                [
                    {
                        "_id": i,
                        "_key": person_search_key(native, latin, given, family, email),
                        "_sort": person_sort_key(family, given, latin, native),
                    }
                    for i, native, latin, given, family, email in rows
                ],
            )
    for ids, column in (
        (reg_ids, Registration.id),
        (person_ids, Registration.person_id),
        (org_ids, Registration.organisation_id),
    ):
        for start in range(0, len(ids), CHUNK):
            refresh_registration_keys(connection, column.in_(ids[start : start + CHUNK]))


def _label(name: str, values: dict[str, Any]) -> str:
    text = values.get("name") or values.get("title") or values.get("description") or values.get("body") or ""
    if not text and name == "people":
        text = values.get("native_name") or values.get("latin_name") or values.get("family_name") or ""
    what = name.replace("_", " ").rstrip("s")
    return f"{what} '{str(text)[:60]}'" if text else f"{what} {values.get('uuid', '')}"


def _embedded_rows(
    name: str, raw: dict[str, Any], local_ids: dict[str, dict[str, int]]
) -> set[tuple[int, str]]:
    if name == "itinerary_items":
        found = {
            (local_ids["people"].get(u, 0), "") for u in raw.get("participants", []) if isinstance(u, str)
        }
    elif name == "meetings":
        found = {
            (local_ids["people"].get(a.get("person"), 0), str(a.get("side", "")))
            for a in raw.get("attendees", [])
            if isinstance(a, dict)
        }
    else:
        return set()
    if any(pid == 0 for pid, _ in found):
        raise ExchangeError(f"The trip file is damaged: a {name} record lists a person it does not hold.")
    return found


def _current_embedded(session: Session, t: dict[str, Table], name: str, ident: int) -> set[tuple[int, str]]:
    if name == "itinerary_items":
        link = t["item_participants"]
        return {(pid, "") for pid in session.scalars(select(link.c.person_id).where(link.c.item_id == ident))}
    if name == "meetings":
        link = t["meeting_attendees"]
        return {
            (r.person_id, r.side) for r in session.execute(select(link).where(link.c.meeting_id == ident))
        }
    return set()


def _embedded_same(
    session: Session,
    t: dict[str, Table],
    name: str,
    ident: int,
    raw: dict[str, Any],
    ids: dict[str, dict[str, int]],
) -> bool:
    return _embedded_rows(name, raw, ids) == _current_embedded(session, t, name, ident)


def _set_embedded(
    session: Session,
    t: dict[str, Table],
    name: str,
    ident: int,
    raw: dict[str, Any],
    ids: dict[str, dict[str, int]],
    *,
    fresh: bool,
) -> None:
    wanted = _embedded_rows(name, raw, ids)
    if name == "itinerary_items":
        link = t["item_participants"]
        if not fresh:
            session.execute(delete(link).where(link.c.item_id == ident))
        if wanted:
            session.execute(insert(link), [{"item_id": ident, "person_id": pid} for pid, _ in wanted])
    elif name == "meetings":
        link = t["meeting_attendees"]
        if not fresh:
            session.execute(delete(link).where(link.c.meeting_id == ident))
        if wanted:
            session.execute(
                insert(link), [{"meeting_id": ident, "person_id": pid, "side": side} for pid, side in wanted]
            )
