"""The foundation's commands: demo, check, trips, itinerary, meetings, events, members."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from pathlib import Path

from desktop.cli.common import UserError, add_db_argument, missing_database, open_db


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("demo", help="write the demo trip (Luohu District delegation, Sept. 2024)")
    add_db_argument(p)
    p.add_argument(
        "--force",
        action="store_true",
        help="replace a database that already holds data, or write where a damaged one was moved aside",
    )
    p.set_defaults(handler=cmd_demo)

    p = subparsers.add_parser("check", help="schema version, integrity, and a verdict")
    add_db_argument(p)
    p.set_defaults(handler=cmd_check)

    p = subparsers.add_parser("trips", help="one line per trip: id, name, dates")
    add_db_argument(p)
    p.set_defaults(handler=cmd_trips)

    p = subparsers.add_parser("itinerary", help="the programme day by day in local times, then conflicts")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.add_argument("--member", type=int, metavar="ID", help="only what this member attends")
    p.add_argument("--tz", metavar="ZONE", help="show every time in this IANA zone (e.g. Asia/Shanghai)")
    p.set_defaults(handler=cmd_itinerary)

    p = subparsers.add_parser("meetings", help="one line per meeting: id, local start, organisation, status")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.set_defaults(handler=cmd_meetings)

    p = subparsers.add_parser("events", help="one line per event: id, local start, name, registered/capacity")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.set_defaults(handler=cmd_events)

    p = subparsers.add_parser("members", help="one line per member: id, name (both scripts), role")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.set_defaults(handler=cmd_members)


def _explicit_db(args: argparse.Namespace) -> Path | None:
    db = getattr(args, "db", None)
    if db and "://" not in db:
        return Path(db).expanduser()
    return None


def _open_existing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """Commands that read: a named file must exist (a typo should not create an empty database)."""
    path = _explicit_db(args)
    if path is not None and not path.exists():
        raise missing_database(
            path, f"{path} does not exist (create it with: delegation-desk demo --db {path})"
        )
    return open_db(args, create=True)


def cmd_demo(args: argparse.Namespace) -> int:
    from db.database import inspect_sqlite_file
    from desktop.services.demo import build_demo

    path = _explicit_db(args)
    if path is not None:
        state = inspect_sqlite_file(path)
        if state.exists and not state.empty:
            if not args.force:
                raise UserError(f"{path} already holds data; add --force to replace it with the demo trip")
            kept = _set_aside(path)
            print(f"the previous file is kept as {kept}", file=sys.stderr)
    db = open_db(args, create=True, fresh=args.force)  # --force: also where a damaged file was moved aside
    with db, db.session() as session:
        if path is None and _has_data(session) and not args.force:
            raise UserError(f"{db.url} already holds data; add --force to add the demo trip anyway")
        trip = build_demo(session)
        trip_id, name = trip.id, trip.name
    print(f"{trip_id}\t{name}\twritten to {path or db.url}")
    return 0


def _set_aside(path: Path) -> Path:
    """Replacing a database never deletes it: a consistent copy is kept beside it, then it is removed."""
    from db.database import backup_sqlite

    stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
    kept = path.with_name(f"{path.name}.replaced-{stamp}.bak")
    backup_sqlite(path, kept)
    for suffix in ("", "-wal", "-shm", "-journal"):
        target = Path(f"{path}{suffix}")
        if target.exists():
            os.remove(target)
    return kept


def _has_data(session) -> bool:  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    from db.models import Organisation, Person, Trip

    return any(session.scalar(select(m.id).limit(1)) is not None for m in (Trip, Person, Organisation))


def cmd_check(args: argparse.Namespace) -> int:
    from db.backups import damaged_copies
    from desktop.services.health import check_database

    path = _explicit_db(args)
    if path is not None and not path.exists() and not damaged_copies(path):
        raise UserError(f"{path} does not exist")
    report = check_database(getattr(args, "db", None))
    for line in report.lines:
        print(line)
    print(report.verdict)
    return 0 if report.ok else 1


def cmd_trips(args: argparse.Namespace) -> int:
    from desktop.services.trips import list_trips

    with _open_existing(args) as db, db.session() as session:
        for trip in list_trips(session):
            print(f"{trip.id}\t{trip.name}\t{trip.start_date.isoformat()}\t{trip.end_date.isoformat()}")
    return 0


def cmd_itinerary(args: argparse.Namespace) -> int:
    from desktop.services.programme import programme_lines
    from desktop.services.validation import is_timezone

    if args.tz and not is_timezone(args.tz):
        raise UserError(f"'{args.tz}' is not a known IANA time zone (e.g. Europe/Lisbon)")
    with _open_existing(args) as db, db.session() as session:
        for line in programme_lines(session, args.trip, member_id=args.member, zone=args.tz):
            print(line)
    return 0


def cmd_meetings(args: argparse.Namespace) -> int:
    from desktop.services.meetings import list_meetings
    from desktop.services.timezones import format_local
    from desktop.services.trips import get_trip

    with _open_existing(args) as db, db.session() as session:
        get_trip(session, args.trip)
        for m in list_meetings(session, args.trip):
            org = m.organisation.name if m.organisation else "(no organisation)"
            print(f"{m.id}\t{format_local(m.item.start_utc, m.item.start_tz)}\t{org}\t{m.status}")
    return 0


def cmd_events(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from db.models import Event, ItineraryItem
    from desktop.services.registrations import counts
    from desktop.services.timezones import format_local
    from desktop.services.trips import get_trip

    with _open_existing(args) as db, db.session() as session:
        get_trip(session, args.trip)
        events = session.scalars(
            select(Event)
            .join(ItineraryItem)
            .where(ItineraryItem.trip_id == args.trip)
            .order_by(ItineraryItem.start_utc)
        )
        for event in events:
            c = counts(session, event.id)
            cap = "unlimited" if event.capacity is None else str(event.capacity)
            print(
                f"{event.id}\t{format_local(event.item.start_utc, event.item.start_tz)}\t"
                f"{event.item.title}\t{c.seated}/{cap}"
            )
    return 0


def cmd_members(args: argparse.Namespace) -> int:
    from desktop.services.trips import get_trip, members

    with _open_existing(args) as db, db.session() as session:
        get_trip(session, args.trip)
        for m in members(session, args.trip):
            print(f"{m.person.id}\t{m.person.both_scripts}\t{m.role}")
    return 0
