"""Data in and out: import, export, ics, trip-export, trip-import."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import EXIT_ERROR, UserError, add_db_argument, missing_database, open_db

IMPORT_KINDS = ("organisations", "contacts", "members", "registrations")
EXPORT_KINDS = ("registrations", "attendees", "organisations", "contacts", "members", "actions", "meetings")
MAX_ERRORS_SHOWN = 200


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "import",
        help="import organisations, contacts, members or registrations from .xlsx or .csv",
        description="Import a spreadsheet in one transaction: every row, or nothing if any row is bad "
        "(unless --skip-bad-rows). Rows matching existing records (same email, or same name at the same "
        "organisation) update them instead of adding copies.",
    )
    p.add_argument("kind", choices=IMPORT_KINDS, metavar="KIND", help=" | ".join(IMPORT_KINDS))
    p.add_argument("file", metavar="FILE", help=".xlsx or .csv file")
    add_db_argument(p)
    p.add_argument("--trip", type=int, metavar="ID", help="the trip (members)")
    p.add_argument("--event", type=int, metavar="ID", help="the event (registrations)")
    p.add_argument("--dry-run", action="store_true", help="show what would change and the row errors")
    p.add_argument("--skip-bad-rows", action="store_true", help="import the good rows, report the bad ones")
    p.add_argument("--encoding", metavar="NAME", help="force the CSV encoding (utf-8, windows-1252, gb18030)")
    p.set_defaults(handler=cmd_import)

    p = subparsers.add_parser("export", help="export a list to .xlsx or .csv")
    p.add_argument("kind", choices=EXPORT_KINDS, metavar="KIND", help=" | ".join(EXPORT_KINDS))
    add_db_argument(p)
    p.add_argument("--trip", type=int, metavar="ID")
    p.add_argument("--event", type=int, metavar="ID", help="the event (registrations, attendees)")
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.xlsx or FILE.csv")
    p.set_defaults(handler=cmd_export)

    p = subparsers.add_parser("ics", help="the itinerary as an iCalendar file for phones and calendars")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.add_argument("--member", type=int, metavar="ID", help="only what this member attends")
    p.add_argument(
        "--actions",
        action="store_true",
        help="the follow-up actions too, as to-dos due on their due dates (with --member: theirs)",
    )
    p.add_argument("-o", "--output", required=True, metavar="FILE", help="FILE.ics")
    p.set_defaults(handler=cmd_ics)

    p = subparsers.add_parser("trip-export", help="one whole trip to a file, for another laptop")
    add_db_argument(p)
    p.add_argument("--trip", type=int, required=True, metavar="ID")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(handler=cmd_trip_export)

    p = subparsers.add_parser("trip-import", help="merge a trip file: the newer change wins per record")
    p.add_argument("file", metavar="FILE")
    add_db_argument(p)
    p.set_defaults(handler=cmd_trip_import)


def _open_existing(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    db = getattr(args, "db", None)
    if db and "://" not in db and not Path(db).expanduser().exists():
        raise missing_database(Path(db).expanduser(), f"{db} does not exist")
    return open_db(args, create=True)


def cmd_import(args: argparse.Namespace) -> int:
    from desktop.exchange.columns import Kind
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.importing import ImportRequest, prepare, run_import

    request = ImportRequest(
        Kind(args.kind),
        trip_id=args.trip,
        event_id=args.event,
        skip_bad_rows=args.skip_bad_rows,
        dry_run=args.dry_run,
    )
    try:
        table, mapping = prepare(args.file, args.kind, encoding=args.encoding)
    except ExchangeError as exc:
        raise UserError(str(exc)) from None
    with _open_existing(args) as database:
        try:
            report = run_import(database, table, mapping, request)
        except ExchangeError as exc:
            raise UserError(str(exc)) from None
    print(f"{Path(args.file).name}: {table.description}; header on row {mapping.header_row}")
    for col in mapping.columns:
        print(f"  {col.header!r} -> {col.field or '(ignored)'}")
    for line in report.summary_lines():
        print(line)
    for notice in report.notices[:MAX_ERRORS_SHOWN]:
        print(f"note: {notice}")
    for error in report.errors[:MAX_ERRORS_SHOWN]:
        print(str(error), file=sys.stderr)
    if len(report.errors) > MAX_ERRORS_SHOWN:
        print(f"… and {len(report.errors) - MAX_ERRORS_SHOWN:,} more errors", file=sys.stderr)
    if report.errors and not args.skip_bad_rows and not args.dry_run:
        print(
            f"delegation-desk: error: {report.bad_rows:,} "
            f"{'row has errors' if report.bad_rows == 1 else 'rows have errors'}; nothing was imported "
            "(fix them, or use --skip-bad-rows)",
            file=sys.stderr,
        )
        return EXIT_ERROR
    if args.dry_run:
        print("dry run: nothing was saved")
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.exporting import export_list

    with _open_existing(args) as database:
        try:
            count = export_list(database, args.kind, args.output, trip_id=args.trip, event_id=args.event)
        except ExchangeError as exc:
            raise UserError(str(exc)) from None
    print(f"{count:,} rows written to {args.output}")
    return 0


def cmd_ics(args: argparse.Namespace) -> int:
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.ics import count_todos, write_ics

    with _open_existing(args) as database:
        try:
            count = write_ics(database, args.trip, args.output, member_id=args.member, actions=args.actions)
        except ExchangeError as exc:
            raise UserError(str(exc)) from None
    print(f"{count} events written to {args.output}")
    if args.actions:
        print(f"{count_todos(args.output)} follow-up actions written as to-dos")
    return 0


def cmd_trip_export(args: argparse.Namespace) -> int:
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.tripfile import export_trip

    with _open_existing(args) as database:
        try:
            counts = export_trip(database, args.trip, args.output)
        except ExchangeError as exc:
            raise UserError(str(exc)) from None
    print(
        f"trip {args.trip} written to {args.output}: " + ", ".join(f"{n} {t}" for t, n in counts.items() if n)
    )
    return 0


def cmd_trip_import(args: argparse.Namespace) -> int:
    from desktop.exchange.errors import ExchangeError
    from desktop.exchange.tripfile import import_trip

    with open_db(args, create=True) as database:
        try:
            result = import_trip(database, args.file)
        except ExchangeError as exc:
            raise UserError(str(exc)) from None
    for line in result.summary_lines():
        print(line)
    return 0
