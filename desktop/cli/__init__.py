"""The ``delegation-desk`` command. Sub-commands live in modules of this package, each with a
``register(subparsers)`` function; heavy libraries are imported inside the commands that use them."""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from collections.abc import Sequence

from desktop import __version__
from desktop.cli.common import EXIT_OK, EXIT_USAGE, UserError, run_command
from desktop.logs import setup_logging

# Each module adds its sub-commands; order is the order of `--help`.
COMMAND_MODULES = (
    "desktop.cli.core",
    "desktop.cli.exchange",
    "desktop.cli.documents",
    "desktop.cli.maintenance",
)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="delegation-desk",
        description="Plan and run an official business delegation abroad. "
        "With no command, opens the desktop application.",
    )
    parser.add_argument("--version", action="version", version=f"delegation-desk {__version__}")
    parser.add_argument(
        "--db",
        metavar="PATH",
        help="database file or SQLAlchemy URL "
        "(default: $DELEGATION_DESK_DB, else the file in your data folder)",
    )
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh copy of the demo trip")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s: %(message)s")
    setup_logging()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        return run_command(_open_gui, args)
    handler = getattr(args, "handler", None)
    if handler is None:  # pragma: no cover - every sub-command sets one
        parser.print_help()
        return EXIT_USAGE
    return run_command(handler, args)


def _open_gui(args: argparse.Namespace) -> int:
    try:
        from desktop.ui.app import run_app
    except ImportError as exc:
        raise UserError(f"the desktop interface is not available: {exc}") from exc
    return run_app(db=args.db, demo=args.demo)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())

__all__ = ["EXIT_OK", "main"]
