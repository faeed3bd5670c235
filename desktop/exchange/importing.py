"""Importing checked rows in one transaction: organisations, contacts, delegation members, registrations.

Rows are matched to what the database holds (same email, or the same name at the same organisation), so a
file imported twice changes nothing the second time. The file's non-empty cells update a matched record
only where they differ. Writes are bulk Core statements over precomputed lookups, not ORM objects per row:
a 100,000-row registration list imports in seconds.

Where the time goes (docs/performance.md): SQLite's own inserts and index upkeep are most of it, so the
Python side works per column where it can (storage conversion, constants, uuids made in bulk), folds text
through a per-word cache (names repeat their words), and takes new ids from the rowids SQLite hands out
in order instead of reading them back. The bulk path bypasses the ORM listeners, so it fills the folded
``search_key``/``sort_key`` of people and registrations itself, and refreshes the registrations of people
and organisations it renames.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import json
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice, repeat
from operator import itemgetter
from typing import Any

from sqlalchemy import Boolean, ColumnElement, Table, bindparam, func, select, update
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.database import Database
from db.models import Event, ItineraryItem, Membership, Organisation, Person, Registration, Trip
from db.models.directory import has_cjk
from db.models.events import refresh_registration_keys, registration_search_key
from db.text import fold
from db.types import StringList, UTCDateTime, utcnow
from desktop.exchange.columns import ColumnMapping, Kind, detect_header
from desktop.exchange.errors import ExchangeError, ImportCancelled, RowError
from desktop.exchange.parsing import MAX_ROWS, ParsedRow, parse_table
from desktop.exchange.reading import Table as SourceTable
from desktop.exchange.reading import open_table
from desktop.services.directory import ORGANISATION_FIELDS, PERSON_FIELDS
from desktop.services.registrations import SEATED

BATCH = 5_000
BULK_CACHE_KIB = 32 * 1024
DEFAULT_CACHE = -2000  # SQLite's default: 2,000 KiB
# Columns an import may fill: the services' own field lists (the organisation link and job title of a
# person come from the row's firm, not from a column of their own).
PERSON_COLUMNS = tuple(f for f in PERSON_FIELDS if f not in ("organisation_id", "job_title"))
PERSON_SET = frozenset(PERSON_COLUMNS)
_read_list = StringList().process_result_value
KEY_SOURCES = ("native_name", "latin_name", "given_name", "family_name", "email")  # of search and sort keys
PERSON_DEFAULTS: dict[str, Any] = {c: [] if c == "languages" else "" for c in PERSON_COLUMNS}  # never mutated
ORG_COLUMNS = ORGANISATION_FIELDS
REG_COLUMNS = ("badge_name", "dietary_needs", "source", "vip", "notes")

Progress = Callable[[str, int, int], None]  # stage, done, total


@dataclass
class ImportRequest:
    kind: Kind
    trip_id: int | None = None
    event_id: int | None = None
    skip_bad_rows: bool = False
    dry_run: bool = False
    max_rows: int = MAX_ROWS


@dataclass
class ImportReport:
    kind: Kind
    data_rows: int = 0
    errors: list[RowError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)  # rows merged with an earlier row, etc.
    created: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    unchanged: dict[str, int] = field(default_factory=dict)
    waitlisted: int = 0  # new registrations put on the waitlist because the event was full
    written: bool = False

    @property
    def bad_rows(self) -> int:
        return len({e.row for e in self.errors})

    def count(self, bucket: dict[str, int], what: str, n: int = 1) -> None:
        if n:
            bucket[what] = bucket.get(what, 0) + n

    def summary_lines(self) -> list[str]:
        def fmt(bucket: dict[str, int]) -> str:
            return ", ".join(f"{n:,} {what}" for what, n in bucket.items() if n) or "nothing"

        verb = "" if self.written else "would be "
        lines = [
            f"{_rows(self.data_rows)} read, {self.bad_rows:,} with errors",
            f"{verb}created: {fmt(self.created)}",
            f"{verb}updated: {fmt(self.updated)}",
            f"unchanged: {fmt(self.unchanged)}",
        ]
        if self.waitlisted:
            lines.append(f"{self.waitlisted:,} new registrations {verb}waitlisted: the event is full")
        return lines


def prepare(path: str, kind: Kind | str, *, encoding: str | None = None) -> tuple[SourceTable, ColumnMapping]:
    """Open a file and guess its header and column mapping (to show and correct before importing)."""
    table = open_table(path, encoding=encoding)
    return table, detect_header(Kind(kind), table.rows())


def run_import(
    database: Database,
    table: SourceTable,
    mapping: ColumnMapping,
    request: ImportRequest,
    *,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> ImportReport:
    """Check every row, then write in one transaction: all rows, or none if any is bad, unless
    ``skip_bad_rows``. A dry run does the same work and rolls back."""
    zone = _check_target(database, request)
    # Hundreds of thousands of small dicts that live to the end: the cyclic collector would rescan them
    # again and again (it tripled the time of a 100,000-row import). They hold no cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _run(database, table, mapping, request, zone, progress, cancelled)
    finally:
        if gc_was_enabled:
            gc.enable()


def _run(
    database: Database,
    table: SourceTable,
    mapping: ColumnMapping,
    request: ImportRequest,
    zone: str,
    progress: Progress | None,
    cancelled: Callable[[], bool] | None,
) -> ImportReport:
    parsed = parse_table(
        table,
        mapping,
        zone=zone,
        max_rows=request.max_rows,
        progress=(lambda n: progress("reading", n, 0)) if progress else None,
        cancelled=cancelled,
    )
    report = ImportReport(request.kind, data_rows=parsed.data_rows, errors=parsed.errors)
    # With bad rows and no permission to skip them, the good rows are still planned (to say what would
    # change) and rolled back.
    with database.Session() as session:
        transaction = session.begin()
        try:
            raw = _bulk_cache(session)
            try:
                writer = _Writer(session, request, report, progress, cancelled)
                writer.write(parsed.rows)
            finally:
                _reset_cache(raw)  # while this session still holds the connection
            if request.dry_run or (parsed.errors and not request.skip_bad_rows):
                transaction.rollback()
            else:
                transaction.commit()
                report.written = True
        except ImportCancelled:
            transaction.rollback()
            raise
        except SQLAlchemyError as exc:
            transaction.rollback()
            raise ExchangeError(
                f"The import failed and nothing was saved: {exc.__class__.__name__}: {exc}"
            ) from exc
        except BaseException:
            transaction.rollback()
            raise
    return report


def _bulk_cache(session: Session) -> Any:
    """A 32 MB page cache for this import's connection (SQLite's default is 2 MB): the indexes of 100,000
    new rows then stay in memory until the commit instead of being spilled to the WAL mid-transaction.
    Durability is untouched (the commit is fsynced as always). Returns the DBAPI connection, whose cache
    goes back to the default before the commit (dirty pages stay until written: shrinking spills none)."""
    if session.get_bind().dialect.name != "sqlite":
        return None
    raw = session.connection().connection.dbapi_connection
    if raw is not None:
        raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
    return raw


def _reset_cache(raw: Any) -> None:
    if raw is not None:
        with contextlib.suppress(Exception):  # a broken connection is reported by the rollback
            raw.execute(f"PRAGMA cache_size = {DEFAULT_CACHE}")


def _check_target(database: Database, request: ImportRequest) -> str:
    """The trip or event exists; returns the zone to read wall-clock dates in."""
    with database.session() as session:
        if request.kind == Kind.MEMBERS:
            if request.trip_id is None:
                raise ExchangeError("Importing delegation members needs a trip (--trip ID).")
            if session.get(Trip, request.trip_id) is None:
                raise ExchangeError(f"No trip with id {request.trip_id}.")
        if request.kind == Kind.REGISTRATIONS:
            if request.event_id is None:
                raise ExchangeError("Importing registrations needs an event (--event ID).")
            row = session.execute(
                select(ItineraryItem.start_tz, ItineraryItem.trip_id)
                .join(Event, Event.item_id == ItineraryItem.id)
                .where(Event.id == request.event_id)
            ).first()
            if row is None:
                raise ExchangeError(f"No event with id {request.event_id}.")
            if request.trip_id is not None and row.trip_id != request.trip_id:
                raise ExchangeError(f"Event {request.event_id} is not part of trip {request.trip_id}.")
            return str(row.start_tz)
    return "UTC"


def _name_keys(v: dict[str, Any]) -> tuple[list[str], str, str]:
    """A person's keys from their values, each name folded once: the keys that match them by name,
    ``Person.search_key`` and ``Person.sort_key``, the same as the model's listener sets (folding works
    word by word, so the folded whole is the folded parts joined)."""
    native = (v.get("native_name") or "").strip()
    latin = (v.get("latin_name") or "").strip()
    given = (v.get("given_name") or "").strip()
    family = (v.get("family_name") or "").strip()
    email = (v.get("email") or "").strip()
    f_native = _fold(native) if native else ""
    f_latin = _fold(latin) if latin else ""
    f_given = _fold(given) if given else ""
    f_family = _fold(family) if family else ""
    if given and family:
        given_family, family_given = f"{f_given} {f_family}", f"{f_family} {f_given}"
    else:
        given_family = family_given = f_given or f_family
    keys = list(dict.fromkeys(k for k in (f_native, f_latin, given_family, family_given) if k))
    parts = [(native, f_native), (latin, f_latin), (given, f_given), (family, f_family)]
    if email:
        parts.append((email, _fold(email)))
    search = " ".join([f for raw, f in parts if raw])
    # person_sort_key: family then given name, unless written in Chinese and a Latin name exists
    if (family or given) and not (latin and has_cjk(f"{family}{given}")):
        sort = family_given if family and given else (f_family or f_given)
    else:
        sort = f_latin or f_native
    return keys, search, sort


class _Writer:
    """One import's lookups and pending writes. New records get temporary keys (negative numbers) until
    they are inserted and their ids are known."""

    def __init__(
        self,
        session: Session,
        request: ImportRequest,
        report: ImportReport,
        progress: Progress | None,
        cancelled: Callable[[], bool] | None,
    ) -> None:
        self.s = session
        self.request = request
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        self.now = utcnow()
        self._next_temp = -1
        # organisations
        self.org_ids: dict[str, int] = {}
        self.org_keys: dict[int, str] = {}  # id -> folded search text, for registrations' keys
        self.new_orgs: dict[int, dict[str, Any]] = {}
        # people
        self.person_by_email: dict[str, int] = {}
        self.person_by_name: dict[tuple[str, int | None], int] = {}
        self._names_loaded = False
        self.matches: dict[int, list[tuple[dict[str, Any], int | None]]] = {}  # directory's people matched
        self.person_keys: dict[int, tuple[str, str]] = {}  # id -> (search_key, sort_key), for registrations
        self.person_org: dict[int, int | None] = {}
        self.new_people: dict[int, dict[str, Any]] = {}
        self.person_updates: dict[int, dict[str, Any]] = {}
        self.row_of_person: dict[int, int] = {}

    # --- helpers ---------------------------------------------------------------------------------------

    def _temp(self) -> int:
        self._next_temp -= 1
        return self._next_temp

    def _raw(self) -> Any:
        """The session's own DBAPI connection (same transaction), for reads and writes of many rows."""
        raw = self.s.connection().connection.dbapi_connection
        assert raw is not None
        return raw

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()

    def _refresh_registrations(self, column: ColumnElement[Any], ids: list[int]) -> None:
        """Registrations of people or organisations renamed here get their folded keys again."""
        connection = self.s.connection()
        for start in range(0, len(ids), 500):
            refresh_registration_keys(connection, column.in_(ids[start : start + 500]))

    def _insert(self, table: Table, rows: list[dict[str, Any]], stage: str) -> list[int]:
        """Insert in batches; returns the new ids in the order of ``rows``.

        Each row names the columns it sets; ``uuid``, the timestamps and ``version`` are added here. The
        values go through the session's own DBAPI connection (same transaction) already in SQLite's
        storage form, built a column at a time: SQLAlchemy's per-value type processing would cost more
        than the insert."""
        if not rows:
            return []
        n = len(rows)
        columns = [c for c in table.columns if c.name != "id"]
        sql = (
            f"INSERT INTO {table.name} ({', '.join(c.name for c in columns)}) "
            f"VALUES ({', '.join('?' for _ in columns)})"
        )
        raw = self._raw()
        uuids = _uuids(n)
        now = _utc_text(self.now)
        fixed: dict[str, Iterable[Any]] = {
            "uuid": uuids,
            "created_at": repeat(now, n),
            "updated_at": repeat(now, n),
            "version": repeat(1, n),
        }
        named = set().union(*map(dict.keys, rows))  # the columns some row sets; the others are constant
        # Rows built by one code path name the same columns: then a column is read by itemgetter, in C.
        uniform = set(map(len, rows)) == {len(named)}
        values: list[Iterable[Any]] = []
        for column in columns:
            if column.name in fixed:
                values.append(fixed[column.name])
                continue
            default, convert = _column_default(column), _storage_converter(column)
            name = column.name
            if name not in named:
                values.append(repeat(convert(default) if convert is not None else default, n))
                continue
            cells = map(itemgetter(name), rows) if uniform else [r.get(name, default) for r in rows]
            values.append(map(convert, cells) if convert is not None else cells)
        params = zip(*values, strict=True)
        before = self.s.scalar(select(func.max(table.c.id))) or 0
        for start in range(0, n, BATCH):
            self._check_cancel()
            raw.executemany(sql, islice(params, BATCH))
            if self.progress:
                self.progress(stage, min(start + BATCH, n), n)
        after = self.s.scalar(select(func.max(table.c.id))) or 0
        if after - before == n:
            # SQLite gives each new row max(rowid) + 1, and this transaction holds the write lock: the n
            # new rows have exactly the ids before+1 .. after, in the order they were inserted.
            return list(range(before + 1, after + 1))
        found = dict(self.s.execute(select(table.c.uuid, table.c.id).where(table.c.id > before)).all())
        return [found[u] for u in uuids]

    def _update(self, table: Table, changes: dict[int, dict[str, Any]]) -> None:
        """Apply per-record changes (grouped by the set of columns changed), bumping version and time."""
        groups: dict[tuple[str, ...], list[dict[str, Any]]] = {}
        for ident, values in changes.items():
            cols = tuple(sorted(values))
            groups.setdefault(cols, []).append({"_id": ident, **{f"v_{k}": v for k, v in values.items()}})
        for cols, params in groups.items():
            stmt = (
                update(table)
                .where(table.c.id == bindparam("_id"))
                .values(
                    {c: bindparam(f"v_{c}") for c in cols}
                    | {"version": table.c.version + 1, "updated_at": self.now}
                )
            )
            for start in range(0, len(params), BATCH):
                self._check_cancel()
                self.s.connection().execute(stmt, params[start : start + BATCH])

    # --- organisations ---------------------------------------------------------------------------------

    def load_organisations(self, full: bool = False) -> dict[int, dict[str, Any]]:
        cols = [Organisation.id, Organisation.name, Organisation.local_name, Organisation.search_key]
        if full:
            cols = [Organisation.id, *(getattr(Organisation, c) for c in ORG_COLUMNS)]
        values: dict[int, dict[str, Any]] = {}
        for row in self.s.execute(select(*cols)).mappings():
            for n in (row["name"], row["local_name"]):
                if n:
                    self.org_ids.setdefault(fold(n), row["id"])
            if full:
                values[row["id"]] = dict(row)
            else:
                self.org_keys[row["id"]] = row["search_key"]
        return values

    def org_for(self, name: str) -> int:
        key = _fold(name)
        ident = self.org_ids.get(key)
        if ident is None:
            ident = self._temp()
            self.org_ids[key] = ident
            self.new_orgs[ident] = {
                "name": name,
                "local_name": "",
                "kind": "company",
                "sectors": [],
                "country": "",
                "city": "",
                "address": "",
                "website": "",
                "phone": "",
                "email": "",
                "profile": "",
                "search_key": _search_key(name),
            }
        return ident

    def flush_organisations(self) -> dict[int, int]:
        """Insert new organisations; returns temp key -> id."""
        new = self._insert(Organisation.__table__, list(self.new_orgs.values()), "organisations")
        self.report.count(self.report.created, "organisations", len(new))
        ids = dict(zip(self.new_orgs, new, strict=True))
        for temp, ident in ids.items():
            self.org_keys[ident] = self.new_orgs[temp]["search_key"]
        return ids

    # --- people ----------------------------------------------------------------------------------------

    def load_people(self) -> None:
        """Index the directory's people by email. Only what matching needs is read up front: the names
        are read when a row first needs them (``_load_names``), the full records of the people the file
        matches only after matching (``resolve_matches``): a 100,000-person directory held as records
        would cost more time and memory than the whole import."""
        raw = self._raw()
        for ident, email in raw.execute("SELECT id, email FROM people WHERE email != '' ORDER BY id"):
            self.person_by_email.setdefault(email.lower(), ident)

    def _load_names(self) -> None:
        """The directory's people by folded name and organisation; they come before the file's own rows
        (a name in the file matches the directory's person, not an earlier row's new one)."""
        self._names_loaded = True
        index: dict[tuple[str, int | None], int] = {}
        rows = self._raw().execute(
            "SELECT id, organisation_id, native_name, latin_name, given_name, family_name FROM people"
            " ORDER BY id"
        )
        for ident, org_id, native, latin, given, family in rows:
            values = {"native_name": native, "latin_name": latin, "given_name": given, "family_name": family}
            for key in _name_keys(values)[0]:
                index.setdefault((key, org_id), ident)
        for key, ident in self.person_by_name.items():
            index.setdefault(key, ident)
        self.person_by_name = index

    def person_for(self, row: ParsedRow, org_id: int | None) -> tuple[int, bool]:
        """The matched or new person for a row (temp key if new); second: True if first seen in this file."""
        v = row.values
        email = v.get("email", "")
        ident = self.person_by_email.get(email) if email else None
        keys, search_key, sort_key = _name_keys(v)
        if ident is None:
            if not self._names_loaded:
                self._load_names()
            ident = next((i for k in keys if (i := self.person_by_name.get((k, org_id))) is not None), None)
        first = ident not in self.row_of_person
        if ident is None:
            ident = self._temp()
            record = {
                **PERSON_DEFAULTS,
                **{c: v[c] for c in PERSON_SET.intersection(v)},
                "organisation_id": org_id,
                "search_key": search_key,
                "sort_key": sort_key,
            }
            self.new_people[ident] = record
            self.person_org[ident] = org_id
            first = True
        elif ident > 0:
            self.matches.setdefault(ident, []).append((v, org_id))
        if first:
            self.row_of_person[ident] = row.number
        if email:
            self.person_by_email.setdefault(email, ident)
        for key in keys:
            self.person_by_name.setdefault((key, org_id), ident)
        return ident, first

    def resolve_matches(self) -> None:
        """What the file changes in the people it matched, row after row, against their records read a
        chunk at a time; and each matched person's keys and organisation, for their registrations."""
        # the columns the file sets (a change elsewhere is impossible), and what the keys are made of
        in_file = set().union(*(v.keys() for rows in self.matches.values() for v, _ in rows))
        named = sorted(PERSON_SET.intersection(in_file))
        read = [*named, *(c for c in KEY_SOURCES if c not in named)]
        # plain SQL: every column read here is text but the languages, decoded below
        sql = (
            f"SELECT id, organisation_id, search_key, sort_key, {', '.join(read)} FROM people"
            f" WHERE id IN ({', '.join('?' * 500)})"
        )
        raw, idents = self._raw(), list(self.matches)
        for start in range(0, len(idents), 500):
            self._check_cancel()
            chunk = idents[start : start + 500]
            chunk += [0] * (500 - len(chunk))  # one statement for every chunk; no person has id 0
            for ident, org, search_key, sort_key, *values in raw.execute(sql, chunk):
                current = dict(zip(read, values, strict=True))
                if "languages" in current:
                    current["languages"] = _read_list(current["languages"], None)
                changes: dict[str, Any] = {}
                for v, org_id in self.matches[ident]:
                    for c in named:
                        new = v.get(c)
                        if new and new != current[c] and _differs(new, current[c]):
                            changes[c] = new
                    if org_id is not None and org_id != org:
                        changes["organisation_id"] = org_id
                self.person_org[ident] = changes.get("organisation_id", org)
                if changes:
                    _, search_key, sort_key = _name_keys({**current, **changes})
                    changes["search_key"], changes["sort_key"] = search_key, sort_key
                    self.person_updates[ident] = changes
                self.person_keys[ident] = (search_key, sort_key)
        self.matches.clear()

    def flush_people(self, org_map: dict[int, int]) -> dict[int, int]:
        for record in self.new_people.values():
            if record["organisation_id"] is not None and record["organisation_id"] < 0:
                record["organisation_id"] = org_map[record["organisation_id"]]
        new = self._insert(Person.__table__, list(self.new_people.values()), "people")
        self.report.count(self.report.created, "people", len(new))
        ids = dict(zip(self.new_people, new, strict=True))
        for temp, ident in ids.items():
            record = self.new_people[temp]
            self.person_keys[ident] = (record["search_key"], record["sort_key"])
            self.person_org[ident] = record["organisation_id"]
        # Written: what registrations need is in person_keys and person_org. A list of 100,000 people
        # held on would add its size to the registrations' at the peak.
        self.new_people.clear()
        for ident, changes in self.person_updates.items():
            if changes.get("organisation_id", 0) < 0:
                changes["organisation_id"] = org_map[changes["organisation_id"]]
                self.person_org[ident] = changes["organisation_id"]
        self._update(Person.__table__, self.person_updates)
        self._refresh_registrations(Registration.person_id, list(self.person_updates))
        self.report.count(self.report.updated, "people", len(self.person_updates))
        return ids

    # --- per kind --------------------------------------------------------------------------------------

    def write(self, rows: list[ParsedRow]) -> None:
        kind = self.request.kind
        if kind == Kind.ORGANISATIONS:
            self.write_organisations(rows)
            return
        self.load_organisations()
        self.load_people()
        people: list[tuple[ParsedRow, int, bool]] = []
        for row in rows:
            org_name = row.values.get("organisation", "")
            org_id = self.org_for(org_name) if org_name else None
            ident, first = self.person_for(row, org_id)
            if not first:
                self.report.notices.append(
                    f"row {row.number}: the same person as row {self.row_of_person[ident]}; merged with it"
                )
            people.append((row, ident, first))
        self.resolve_matches()
        org_map = self.flush_organisations()
        person_map = self.flush_people(org_map)
        seen_people = {i for _, i, _ in people}
        self.report.count(
            self.report.unchanged,
            "people",
            len([i for i in seen_people if i > 0 and i not in self.person_updates]),
        )

        def real(ident: int) -> int:
            return person_map[ident] if ident < 0 else ident

        resolved = [(row, real(ident), first) for row, ident, first in people]
        del people
        if kind == Kind.REGISTRATIONS:
            self.write_registrations(resolved)
        elif kind == Kind.MEMBERS:
            self.write_members(resolved)

    def write_organisations(self, rows: list[ParsedRow]) -> None:
        current = self.load_organisations(full=True)
        by_email = {v["email"].lower(): i for i, v in current.items() if v["email"]}
        new: dict[int, dict[str, Any]] = {}
        changes: dict[int, dict[str, Any]] = {}
        first_row: dict[int, int] = {}
        for row in rows:
            v = row.values
            ident = self.org_ids.get(fold(v["name"])) or (
                by_email.get(v["email"].lower()) if v.get("email") else None
            )
            if ident is not None and ident in first_row:
                self.report.notices.append(
                    f"row {row.number}: the same organisation as row {first_row[ident]}; merged with it"
                )
            if ident is None:
                ident = self._temp()
                record = {}
                for c in ORG_COLUMNS:
                    record[c] = v.get(c, [] if c == "sectors" else ("company" if c == "kind" else ""))
                record["search_key"] = _search_key(record["name"], record["local_name"])
                new[ident] = record
                self.org_ids[fold(v["name"])] = ident
            elif ident < 0:
                for c in ORG_COLUMNS:
                    if v.get(c):
                        new[ident][c] = v[c]
            else:
                for c in ORG_COLUMNS:
                    if v.get(c) and _differs(v[c], current[ident].get(c)):
                        changes.setdefault(ident, {})[c] = v[c]
            first_row.setdefault(ident, row.number)
        for ident, ch in changes.items():
            merged = {**current[ident], **ch}
            ch["search_key"] = _search_key(merged["name"], merged["local_name"])
        created = self._insert(Organisation.__table__, list(new.values()), "organisations")
        self._update(Organisation.__table__, changes)
        self._refresh_registrations(Registration.organisation_id, list(changes))
        self.report.count(self.report.created, "organisations", len(created))
        self.report.count(self.report.updated, "organisations", len(changes))
        existing = {i for i in first_row if i > 0}
        self.report.count(self.report.unchanged, "organisations", len(existing - set(changes)))

    def write_members(self, people: list[tuple[ParsedRow, int, bool]]) -> None:
        trip_id = self.request.trip_id
        current = {
            pid: (mid, role)
            for mid, pid, role in self.s.execute(
                select(Membership.id, Membership.person_id, Membership.role).where(
                    Membership.trip_id == trip_id
                )
            )
        }
        order = (
            self.s.scalar(select(func.max(Membership.sort_order)).where(Membership.trip_id == trip_id)) or 0
        )
        new: list[dict[str, Any]] = []
        changes: dict[int, dict[str, Any]] = {}
        unchanged = 0
        for row, pid, first in people:
            if not first:
                continue
            role = row.values.get("role")
            if pid in current:
                mid, old = current[pid]
                if role and role != old:
                    changes[mid] = {"role": role}
                else:
                    unchanged += 1
                continue
            order += 1
            new.append(
                {
                    "trip_id": trip_id,
                    "person_id": pid,
                    "role": role or "member",
                    "sort_order": order,
                }
            )
            current[pid] = (0, role or "member")
        self._insert(Membership.__table__, new, "members")
        self._update(Membership.__table__, changes)
        self.report.count(self.report.created, "members", len(new))
        self.report.count(self.report.updated, "members", len(changes))
        self.report.count(self.report.unchanged, "members", unchanged)

    def write_registrations(self, people: Iterable[tuple[ParsedRow, int, bool]]) -> None:
        event_id = self.request.event_id
        capacity = self.s.scalar(select(Event.capacity).where(Event.id == event_id))
        current: dict[int, dict[str, Any]] = {}
        seated = 0
        cols = [
            Registration.id,
            Registration.person_id,
            Registration.status,
            *(getattr(Registration, c) for c in REG_COLUMNS),
        ]
        for reg in self.s.execute(select(*cols).where(Registration.event_id == event_id)).mappings():
            current[reg["person_id"]] = dict(reg)
            seated += reg["status"] in SEATED
        new: list[dict[str, Any]] = []
        changes: dict[int, dict[str, Any]] = {}
        unchanged = 0
        tick = dt.timedelta(microseconds=1)
        for n, (row, pid, first) in enumerate(people):
            if n % BATCH == 0:
                self._check_cancel()
            v = row.values
            if not first:
                continue
            if pid in current:
                reg = current[pid]
                ch = {c: v[c] for c in REG_COLUMNS if c in v and v[c] not in ("", None) and v[c] != reg[c]}
                if ch and reg["id"]:
                    changes[reg["id"]] = ch
                elif reg["id"]:
                    unchanged += 1
                continue
            status = v.get("status") or "registered"
            if status in SEATED:
                if capacity is not None and seated >= capacity:
                    status = "waitlisted"
                    self.report.waitlisted += 1
                else:
                    seated += 1
            registered_at = v.get("registered_at") or self.now + tick * len(new)
            org_id = self.person_org.get(pid)
            person_key, sort_key = self.person_keys[pid]
            badge = v.get("badge_name", "")
            record = {
                "event_id": event_id,
                "person_id": pid,
                "organisation_id": org_id,
                "status": status,
                "registered_at": registered_at,
                "checked_in_at": registered_at if status == "attended" else None,
                "badge_name": badge,
                "dietary_needs": v.get("dietary_needs", ""),
                "source": v.get("source", ""),
                "vip": bool(v.get("vip") or False),
                "notes": v.get("notes", ""),
                "search_key": registration_search_key(
                    person_key, self.org_keys.get(org_id) if org_id is not None else None, badge
                ),
                "sort_key": sort_key,
            }
            new.append(record)
            current[pid] = {"id": 0}
        self._insert(Registration.__table__, new, "registrations")
        self._update(Registration.__table__, changes)
        self._refresh_registrations(Registration.id, [i for i, ch in changes.items() if "badge_name" in ch])
        self.report.count(self.report.created, "registrations", len(new))
        self.report.count(self.report.updated, "registrations", len(changes))
        self.report.count(self.report.unchanged, "registrations", unchanged)


@lru_cache(maxsize=4096)  # created_at/updated_at are one instant for a whole import
def _utc_text(value: dt.datetime | None) -> str | None:
    """How db.types.UTCDateTime stores an instant in SQLite: naive UTC, microseconds."""
    if value is None:
        return None
    return value.astimezone(dt.UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")


def _column_default(column: Any) -> Any:
    """The value a column gets when a row does not name it (its scalar default; lists empty)."""
    if isinstance(column.type, StringList):
        return []
    default = column.default
    return default.arg if default is not None and default.is_scalar else None


def _storage_converter(column: Any) -> Callable[[Any], Any] | None:
    if isinstance(column.type, UTCDateTime):
        return _utc_text
    if isinstance(column.type, StringList):
        return lambda v: json.dumps(list(v), ensure_ascii=False) if v else "[]"
    if isinstance(column.type, Boolean):
        return lambda v: None if v is None else int(bool(v))
    return None  # stored as it is


def _fold(text: str) -> str:
    """db.text.fold, the same result faster: plain ASCII is only lower-cased, and other text is folded a
    word at a time through a cache (folding works character by character, so words fold on their own;
    a big list repeats its first names, family names and firms)."""
    if text.isascii():
        return text.lower()
    return " ".join(map(_fold_word, text.split(" ")))


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return word.lower() if word.isascii() else fold(word)


def _search_key(*parts: str | None) -> str:
    """db.text.search_key through ``_fold``."""
    return _fold(" ".join(p.strip() for p in parts if p and p.strip()))


def _uuids(n: int) -> list[str]:
    """n new UUIDs (version 7, RFC 9562) in ascending order: this millisecond, a counter in the bits the
    RFC sets aside for one, and 44 random bits. In order, each lands at the end of the unique uuid index
    instead of at a random page of it (a fifth of the insert time at 100,000 rows); made from one read
    of the random source, as uuid.uuid4() one at a time would cost more than the insert."""
    stamp = f"{time.time_ns() // 1_000_000:012x}"
    head = f"{stamp[:8]}-{stamp[8:]}-7"
    rand = os.urandom(6 * n).hex()
    return [
        f"{head}{(i >> 18) & 0xFFF:03x}-{8 | (i >> 16) & 3:x}{(i >> 4) & 0xFFF:03x}-{i & 0xF:x}"
        f"{rand[12 * i : 12 * i + 11]}"
        for i in range(n)
    ]


def _differs(new: Any, old: Any) -> bool:
    """A change worth writing: 'ana sousa' in a file does not overwrite 'Ana Sousa'."""
    if isinstance(new, str) and isinstance(old, str):
        return new.casefold() != old.casefold()
    return bool(new != old)


def _rows(n: int) -> str:
    return f"{n:,} row" if n == 1 else f"{n:,} rows"
