"""The support log: a rotating file in the user's log folder, with tracebacks but nothing personal.

Users see plain messages; the log keeps what support needs to find a bug: when, which code, which kind of
error. Exception *messages* can quote names, e-mail addresses or file paths a user typed, so they are left
out: a logged exception shows its type and the stack only.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "delegation-desk.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 3
_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PlainFormatter(logging.Formatter):
    """For the terminal: the message only; tracebacks belong in the log file."""

    def format(self, record: logging.LogRecord) -> str:
        return super().format(logging.makeLogRecord({**record.__dict__, "exc_info": None, "exc_text": None}))


class RedactingFormatter(logging.Formatter):
    """Tracebacks without the exception's message (which may quote personal data)."""

    def formatException(self, ei) -> str:  # type: ignore[no-untyped-def,override]  # noqa: N802
        exc_type, exc, tb = ei
        lines = ["Traceback (most recent call last):\n", *traceback.format_tb(tb)]
        lines.append(f"{exc_type.__module__}.{exc_type.__qualname__} (message withheld)")
        cause = exc.__cause__ if exc is not None else None
        if cause is not None:
            lines.append(
                f"\ncaused by {type(cause).__module__}.{type(cause).__qualname__} (message withheld)"
            )
        return "".join(lines)


class QuietRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log that cannot be written (full disk, folder gone) must not print noise at the user."""

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802
        pass


def log_folder() -> Path:
    from platformdirs import user_log_path

    folder = user_log_path("delegation-desk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


_handler: logging.Handler | None = None


def setup_logging(level: int = logging.INFO) -> Path | None:
    """Send log records (INFO and up) to the rotating log file, and log uncaught exceptions there.

    Idempotent. Returns the log file, or None when no log folder can be written (the app still runs).
    """
    global _handler
    if _handler is not None:
        return Path(_handler.baseFilename)  # type: ignore[attr-defined]
    try:
        path = log_folder() / LOG_NAME
        handler = QuietRotatingFileHandler(
            path, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
        )
        if not path.exists():
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
    except OSError:
        return None
    handler.setFormatter(RedactingFormatter(_FORMAT))
    handler.setLevel(level)
    root = logging.getLogger()
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    for other in root.handlers:  # the terminal shows warnings and errors, without tracebacks
        if other is not handler and isinstance(other, logging.StreamHandler):
            if other.level == logging.NOTSET:
                other.setLevel(logging.WARNING)
            other.setFormatter(PlainFormatter(other.formatter._fmt if other.formatter else None))
    _handler = handler
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread
    return path


def _log_uncaught(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    logging.getLogger("delegation-desk").critical("unexpected error", exc_info=(exc_type, exc, tb))
    where = f"; the details are in {_handler.baseFilename}" if _handler else ""  # type: ignore[attr-defined]
    print(f"delegation-desk: unexpected error ({exc_type.__name__}){where}", file=sys.stderr)


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    logging.getLogger("delegation-desk").error(
        "unexpected error in thread %s",
        args.thread.name if args.thread else "?",
        exc_info=(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback),
    )
