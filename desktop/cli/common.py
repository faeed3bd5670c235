"""What every sub-command shares: exit codes, error reporting, opening the database."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class UserError(Exception):
    """A problem the user can fix; printed as one line on stderr, exit 1."""


def run_command(handler: Callable[[argparse.Namespace], int | None], args: argparse.Namespace) -> int:
    from db.errors import DatabaseError
    from desktop.services.errors import ServiceError

    try:
        return handler(args) or EXIT_OK
    except (UserError, DatabaseError, ServiceError) as exc:
        print(f"delegation-desk: error: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("delegation-desk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK


def add_db_argument(parser: argparse.ArgumentParser) -> None:
    """``--db`` is accepted after the sub-command too (``delegation-desk trips --db FILE``)."""
    parser.add_argument(
        "--db", metavar="PATH", default=argparse.SUPPRESS, help="database file or SQLAlchemy URL"
    )


def open_db(args: argparse.Namespace, *, create: bool = False, fresh: bool = False):  # type: ignore[no-untyped-def]
    """Open the database the user named. Read-style commands do not create a missing file; none creates
    one where a damaged file was moved aside unless ``fresh`` (the user asked to start afresh)."""
    from db.database import open_database

    return open_database(getattr(args, "db", None), create=create, fresh=fresh)


def missing_database(path: Path, message: str) -> Exception:
    """The error for a named database file that does not exist: when a damaged file once there is kept
    beside it, the error naming that copy and the newest good backup; else ``message``."""
    from db.database import kept_aside_error

    return kept_aside_error(path) or UserError(message)


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' must be 1 or more")
    return value
