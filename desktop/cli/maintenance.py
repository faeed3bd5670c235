"""Keeping the data safe: backup, restore and the list of backups."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.cli.common import UserError, add_db_argument


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("backup", help="a consistent copy of the database (safe while the app is open)")
    add_db_argument(p)
    p.add_argument(
        "-o", "--output", metavar="FILE", help="where to write it (default: the backups folder beside it)"
    )
    p.set_defaults(handler=cmd_backup)

    p = subparsers.add_parser(
        "restore", help="put a backup in place of the database (the replaced file is kept)"
    )
    p.add_argument("backup_file", metavar="FILE", help="the backup to put back")
    add_db_argument(p)
    p.add_argument("-y", "--yes", action="store_true", help="do not ask before replacing the database")
    p.set_defaults(handler=cmd_restore)

    p = subparsers.add_parser("backups", help="one line per backup of the database, newest first")
    add_db_argument(p)
    p.set_defaults(handler=cmd_backups)

    p = subparsers.add_parser(
        "new", help="create an empty database at a new path (also where a damaged one was moved aside)"
    )
    add_db_argument(p)
    p.set_defaults(handler=cmd_new)


def _database_file(args: argparse.Namespace) -> Path:
    from db.database import is_url, resolve_target

    target = resolve_target(getattr(args, "db", None))
    if is_url(target):
        raise UserError(f"{target} is not a file: back it up with its database server's tools")
    return Path(target).expanduser()


def cmd_backup(args: argparse.Namespace) -> int:
    from db import backups
    from db.database import inspect_sqlite_file

    path = _database_file(args)
    if not path.exists():
        raise UserError(f"{path} does not exist")
    state = inspect_sqlite_file(path)  # refuses (untouched) a file that is not ours, damaged or newer
    if state.empty:
        raise UserError(f"{path} is empty: there is nothing to back up")
    if args.output:
        output = Path(args.output).expanduser()
        if output.exists():
            raise UserError(f"{output} already exists; choose a new file name")
        if not output.parent.is_dir():
            raise UserError(f"the folder {output.parent} does not exist")
        try:
            backups.copy_database(path, output)
        except OSError as exc:
            raise UserError(f"cannot write {output}: {exc.strerror or exc}") from exc
    else:
        output = backups.make_backup(path, "manual").path
    print(output)
    return 0


def _confirm(question: str) -> bool:
    if not sys.stdin.isatty():
        raise UserError(f"{question} Add --yes to confirm (no terminal to ask on)")
    try:
        answer = input(f"{question} [y/N] ")
    except EOFError:
        return False
    return answer.strip().lower() in ("y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    from db import backups
    from db.database import inspect_sqlite_file
    from db.errors import DatabaseError

    path = _database_file(args)
    source = Path(args.backup_file).expanduser()
    if not source.is_file():
        raise UserError(f"{source} does not exist")
    inspect_sqlite_file(source)  # a bad backup is refused before asking anything
    if path.exists() and not args.yes:
        question = f"Replace {path} with {source}? The current file will be kept."
        if not _confirm(question):
            print("nothing changed", file=sys.stderr)
            return 1
    try:
        restored = backups.restore(source, path)
    except OSError as exc:
        reason = exc.strerror or exc
        raise DatabaseError(f"Restoring {source} failed: {reason}; nothing was deleted.") from exc
    if restored.kept is not None:
        what = "the damaged file is kept as" if restored.damaged else "the replaced file is kept as"
        print(f"{what} {restored.kept}", file=sys.stderr)
    elif damaged := backups.damaged_copies(path):  # moved aside when it was found damaged at opening
        print(f"the damaged file is kept as {damaged[0]}", file=sys.stderr)
    print(f"restored {source} to {path}")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    from db import backups

    path = _database_file(args)
    for backup in backups.list_backups(path):
        local = backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        print(f"{backup.path}\t{local}\t{backup.kind}\t{backup.path.stat().st_size}")
    return 0


def cmd_new(args: argparse.Namespace) -> int:
    """The deliberate way to start afresh: the only command that puts an empty database where a damaged
    one was moved aside (the others refuse, so no one mistakes an empty database for lost data)."""
    from db import backups
    from db.database import open_database

    path = _database_file(args)
    if path.exists() and path.stat().st_size > 0:
        raise UserError(f"{path} already exists; a new database needs a new file name")
    with open_database(path, fresh=True, backup="off"):
        pass
    damaged = backups.damaged_copies(path)
    if damaged:
        print(f"the damaged file stays kept as {damaged[0]}", file=sys.stderr)
    print(f"created an empty database at {path}")
    return 0
