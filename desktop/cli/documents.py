"""Printed documents from the command line: pack, agenda, programme, signin, badges, tentcards, followups.

Each writes one PDF atomically (a temporary file beside the target, then a rename), so a failed or
interrupted run never leaves half a file behind."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import tempfile
from pathlib import Path

from desktop.cli.common import UserError, add_db_argument, open_db


def _date(text: str) -> dt.date:
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(
            f"'{text}' is not a date (use YYYY-MM-DD, e.g. 2024-09-12)"
        ) from None


def _id(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a record id (a whole number)") from None


def _common(parser: argparse.ArgumentParser, *, confidential: bool = True) -> None:
    add_db_argument(parser)
    parser.add_argument("-o", "--output", required=True, metavar="FILE.pdf", help="the PDF to write")
    parser.add_argument(
        "--lang", choices=("en", "zh", "bilingual"), default="en", help="language of the printed labels"
    )
    parser.add_argument("--paper", choices=("A4", "Letter"), default="A4", help="paper size (default A4)")
    if confidential:
        parser.add_argument("--confidential", action="store_true", help="mark every page 'Confidential'")


def _chosen_guests(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--registration",
        dest="registrations",
        type=_id,
        action="append",
        metavar="ID",
        help="only this registration, whatever its status (repeat for more; default: every seated guest)",
    )


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("pack", help="the trip briefing pack (PDF)")
    p.add_argument("--trip", type=_id, required=True, metavar="ID")
    p.add_argument("--member", type=_id, metavar="ID", help="a personal pack: only what this member attends")
    p.add_argument("--from", dest="date_from", type=_date, metavar="DATE", help="first day (YYYY-MM-DD)")
    p.add_argument("--to", dest="date_to", type=_date, metavar="DATE", help="last day (YYYY-MM-DD)")
    _common(p)
    p.set_defaults(handler=cmd_document, kind="pack")

    p = subparsers.add_parser("agenda", help="one meeting's agenda, to print and hand over (PDF)")
    p.add_argument("--meeting", type=_id, required=True, metavar="ID")
    _common(p)
    p.set_defaults(handler=cmd_document, kind="agenda")

    p = subparsers.add_parser("programme", help="the daily programme, one page per day (PDF)")
    p.add_argument("--trip", type=_id, required=True, metavar="ID")
    p.add_argument("--day", type=_date, metavar="DATE", help="only this day (YYYY-MM-DD)")
    p.add_argument("--member", type=_id, metavar="ID", help="only what this member attends")
    _common(p)
    p.set_defaults(handler=cmd_document, kind="programme")

    p = subparsers.add_parser("signin", help="an event's attendee list and sign-in sheet (PDF)")
    p.add_argument("--event", type=_id, required=True, metavar="ID")
    _common(p)
    p.set_defaults(handler=cmd_document, kind="signin")

    p = subparsers.add_parser("badges", help="name badges for an event, eight per sheet with cut marks (PDF)")
    p.add_argument("--event", type=_id, required=True, metavar="ID")
    _chosen_guests(p)
    _common(p, confidential=False)
    p.set_defaults(handler=cmd_document, kind="badges")

    p = subparsers.add_parser("tentcards", help="table tent cards for an event, one per sheet (PDF)")
    p.add_argument("--event", type=_id, required=True, metavar="ID")
    _chosen_guests(p)
    _common(p, confidential=False)
    p.set_defaults(handler=cmd_document, kind="tentcards")

    p = subparsers.add_parser("followups", help="the follow-up report: actions and meeting outcomes (PDF)")
    p.add_argument("--trip", type=_id, required=True, metavar="ID")
    _common(p)
    p.set_defaults(handler=cmd_document, kind="followups")


def cmd_document(args: argparse.Namespace) -> int:
    from desktop.documents import DocumentRequest, render_document

    output = Path(args.output).expanduser()
    if not output.parent.is_dir():
        raise UserError(f"cannot write {output}: the folder {output.parent} does not exist")
    if output.is_dir():
        raise UserError(f"cannot write {output}: it is a folder")
    request = DocumentRequest(
        kind=args.kind,
        trip_id=getattr(args, "trip", None),
        meeting_id=getattr(args, "meeting", None),
        event_id=getattr(args, "event", None),
        member_id=getattr(args, "member", None),
        date_from=getattr(args, "date_from", None),
        date_to=getattr(args, "date_to", None),
        day=getattr(args, "day", None),
        lang=args.lang,
        page_size=args.paper,
        confidential=getattr(args, "confidential", False),
        registration_ids=tuple(getattr(args, "registrations", None) or ()),
    )
    db_arg = getattr(args, "db", None)
    if db_arg and "://" not in db_arg and not Path(db_arg).expanduser().exists():
        raise UserError(f"{db_arg} does not exist (create it with: delegation-desk demo --db {db_arg})")
    with open_db(args) as database:
        pdf = render_document(database, request)
    write_atomically(output, pdf)
    print(f"{output}\t{len(pdf):,} bytes")
    return 0


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file in the same folder, flush it to disk, then rename it over ``path``."""
    tmp: str | None = None
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException as exc:
        if tmp is not None:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise UserError(f"cannot write {path}: {exc.strerror or exc}") from exc
        raise
