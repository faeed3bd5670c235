"""Backups of a database file: made, verified, rotated, listed and restored.

Every backup is a consistent copy taken with SQLite's online backup API (safe while the application writes),
checked with ``PRAGMA quick_check`` before it gets its final name, and kept private (0600) in a ``backups``
folder beside the database (0700)::

    trip.sqlite3
    backups/trip-20240912T083000Z-daily.sqlite3
    backups/trip-20240913T071500Z-before-0002.sqlite3

Kinds: ``daily`` (at most one a day, when the database is opened and has changed since the last backup),
``before-<revision>`` (always, before a migration), ``replaced`` (the file a restore replaced), ``manual``.
Only ``daily`` backups are rotated away: the newest ``$DELEGATION_DESK_BACKUPS`` of them are kept (default 10;
0 turns daily backups off). The others are kept until the user deletes them.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from db.errors import CorruptDatabase, DatabaseError

log = logging.getLogger(__name__)

FOLDER = "backups"
KEEP_ENV = "DELEGATION_DESK_BACKUPS"
DEFAULT_KEEP = 10
DAILY_INTERVAL = dt.timedelta(hours=24)
STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6}Z)(?:\.(?P<n>\d+))?-(?P<kind>[a-z0-9-]+)\.sqlite3$")


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: dt.datetime  # aware UTC
    kind: str
    sequence: int = 0  # several backups within one second

    @property
    def label(self) -> str:
        local = self.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
        return f"{self.path} ({self.kind}, {local})"


def folder_for(db_path: Path) -> Path:
    return db_path.parent / FOLDER


def keep_count() -> int:
    """How many daily backups to keep: ``$DELEGATION_DESK_BACKUPS``, else 10."""
    raw = os.environ.get(KEEP_ENV, "").strip()
    if not raw:
        return DEFAULT_KEEP
    try:
        return max(0, int(raw))
    except ValueError:
        log.warning("%s=%r is not a whole number; keeping %d daily backups", KEEP_ENV, raw, DEFAULT_KEEP)
        return DEFAULT_KEEP


def sqlite_error_name(exc: BaseException) -> str:
    """The primary SQLite result code of a driver error, e.g. 'SQLITE_CORRUPT' (also for extended codes)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    for primary in ("SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_READONLY", "SQLITE_BUSY", "SQLITE_CANTOPEN"):
        if name.startswith(primary):
            return primary
    return name


def _read_only_uri(path: Path) -> str:
    return f"{path.resolve().as_uri()}?mode=ro"


def quick_check(path: Path) -> str | None:
    """None when ``path`` passes ``PRAGMA quick_check`` (read-only); else what is wrong."""
    try:
        con = sqlite3.connect(_read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        rows = [r[0] for r in con.execute("PRAGMA quick_check")]
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        con.close()
    return None if rows == ["ok"] else rows[0]


def _fsync_folder(folder: Path) -> None:
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - platforms without directory fds
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def copy_database(source: Path, destination: Path) -> Path:
    """A verified, consistent, private copy of ``source`` at ``destination`` (which must not exist).

    The copy is written under a temporary name and only linked to ``destination`` once it passes
    ``quick_check``, so a file with a backup's name is always a whole, readable database.
    """
    partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
    partial.unlink(missing_ok=True)
    os.close(os.open(partial, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
    try:
        try:
            src = sqlite3.connect(_read_only_uri(source), uri=True)
        except sqlite3.Error as exc:
            raise DatabaseError(f"Cannot read {source} to copy it: {exc}.") from exc
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst)  # all pages in one step: one consistent snapshot
                # a single self-contained file: reading a backup later creates no -wal/-shm beside it
                dst.execute("PRAGMA journal_mode = DELETE")
                problem = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        except sqlite3.DatabaseError as exc:
            if sqlite_error_name(exc) == "SQLITE_CORRUPT" or "malformed" in str(exc):
                raise CorruptDatabase(f"{source} is damaged: {exc}.") from exc
            raise DatabaseError(f"Copying {source} failed: {exc}.") from exc
        finally:
            src.close()
        if problem != "ok":
            raise CorruptDatabase(f"{source} is damaged: {problem}.")
        with partial.open("rb") as fh:
            os.fsync(fh.fileno())
        os.link(partial, destination)  # fails rather than overwrite an existing file
        _fsync_folder(destination.parent)
        return destination
    finally:
        partial.unlink(missing_ok=True)


def private_folder(folder: Path) -> Path:
    """Create ``folder`` readable by its owner only (it holds personal data)."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    with contextlib.suppress(OSError):  # not ours to change: the files in it are 0600 anyway
        os.chmod(folder, 0o700)
    return folder


def make_backup(db_path: Path, kind: str = "manual", *, now: dt.datetime | None = None) -> Backup:
    """Back ``db_path`` up into its ``backups`` folder; raises DatabaseError (CorruptDatabase when the
    copy shows the database is damaged: no backup is kept then, so the good ones stay the newest)."""
    now = (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).replace(microsecond=0)
    folder = private_folder(folder_for(db_path))
    stamp = now.strftime(STAMP_FORMAT)
    for sequence in range(1000):
        suffix = f".{sequence}" if sequence else ""
        target = folder / f"{db_path.stem}-{stamp}{suffix}-{kind}.sqlite3"
        if target.exists():
            continue
        try:
            copy_database(db_path, target)
        except FileExistsError:  # another process took this name meanwhile
            continue
        return Backup(target, now, kind, sequence)
    raise DatabaseError(f"Cannot name a new backup in {folder}.")  # pragma: no cover


def list_backups(db_path: Path) -> list[Backup]:
    """The backups of ``db_path``, newest first."""
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or m["stem"] != db_path.stem:
            continue
        taken = dt.datetime.strptime(m["stamp"], STAMP_FORMAT).replace(tzinfo=dt.UTC)
        found.append(Backup(entry, taken, m["kind"], int(m["n"] or 0)))
    return sorted(found, key=lambda b: (b.taken_at, b.sequence), reverse=True)


def newest_good_backup(db_path: Path) -> Backup | None:
    """The newest backup that is still a whole, readable database of ours (checked read-only)."""
    from db.database import inspect_sqlite_file

    for backup in list_backups(db_path):
        try:
            state = inspect_sqlite_file(backup.path)
        except DatabaseError:
            continue
        if state.exists and not state.empty and quick_check(backup.path) is None:
            return backup
    return None


def _last_change(db_path: Path) -> dt.datetime:
    times = [p.stat().st_mtime for p in (db_path, Path(f"{db_path}-wal")) if p.exists()]
    return dt.datetime.fromtimestamp(max(times), dt.UTC)


def daily_backup_due(db_path: Path, now: dt.datetime | None = None) -> bool:
    """True when daily backups are on, the file holds data, and no backup of it was made in the last
    24 hours (or the newest one is older than the file's last change)."""
    if keep_count() == 0 or not db_path.exists() or db_path.stat().st_size == 0:
        return False
    now = now or dt.datetime.now(dt.UTC)
    backups = list_backups(db_path)
    if not backups:
        return True
    newest = backups[0].taken_at
    if now - newest < DAILY_INTERVAL:
        return False
    return _last_change(db_path) >= newest


def daily_backup(
    db_path: Path, now: dt.datetime | None = None, *, raise_damaged: bool = False
) -> Backup | None:
    """The once-a-day backup, then rotation. A failed backup must not stop the user working: it is logged
    (without personal data) and tried again at the next opening. Only when ``raise_damaged`` does a
    database found damaged by the copy's check raise CorruptDatabase (no copy of it is kept)."""
    try:
        if not daily_backup_due(db_path, now):
            return None
        backup = make_backup(db_path, "daily", now=now)
        rotate(db_path)
        log.info("daily backup made (%d bytes)", backup.path.stat().st_size)
        return backup
    except CorruptDatabase:
        # raised: the user is told; otherwise (a background backup) the log is where it shows
        level = logging.INFO if raise_damaged else logging.ERROR
        log.log(level, "daily backup refused: the database failed its integrity check", exc_info=True)
        if raise_damaged:
            raise
    except (DatabaseError, OSError):
        log.error("daily backup failed", exc_info=True)
    return None


def rotate(db_path: Path, keep: int | None = None) -> list[Path]:
    """Delete the daily backups beyond the newest ``keep``; other kinds are never deleted here."""
    keep = keep_count() if keep is None else keep
    daily = [b for b in list_backups(db_path) if b.kind == "daily"]
    removed = []
    for old in daily[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed


def stamp_now() -> str:
    return dt.datetime.now(dt.UTC).strftime(STAMP_FORMAT)


def move_aside(db_path: Path, destination: Path) -> Path:
    """Rename the database and its -wal/-shm companions together (SQLite finds them by name). When a
    rename fails, those already made are undone and the OSError raised: all move, or none."""
    moved: list[tuple[Path, Path]] = []
    try:
        for suffix in ("-wal", "-shm", "-journal", ""):
            source = Path(f"{db_path}{suffix}")
            if suffix and not source.exists():
                continue
            os.rename(source, Path(f"{destination}{suffix}"))
            moved.append((source, Path(f"{destination}{suffix}")))
    except OSError:
        for source, target in reversed(moved):
            with contextlib.suppress(OSError):
                os.rename(target, source)
        raise
    _fsync_folder(db_path.parent)
    return destination


def checkpoint(db_path: Path, busy_ms: int = 2000) -> None:
    """Fold the -wal into the main file and empty it. Raises DatabaseError when another program is using
    the database (its readers or writer keep the checkpoint from finishing)."""
    con = sqlite3.connect(db_path, timeout=busy_ms / 1000)
    try:
        busy, _, _ = con.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(f"{db_path} cannot be prepared: {exc}.") from exc
    finally:
        con.close()
    if busy:
        raise DatabaseError(
            f"{db_path} is in use by another program or window; close it there and try again."
        )


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # where the replaced file went (None when there was none)
    damaged: bool  # the replaced file was damaged (kept beside the database, not among the backups)


def restore(backup_file: Path, db_path: Path) -> Restored:
    """Put ``backup_file`` in place of ``db_path``. The file it replaces is never deleted: a healthy one
    goes to the backups as ``replaced``, a damaged one is renamed ``NAME.damaged-<stamp>`` beside it."""
    from db.database import inspect_sqlite_file

    if not backup_file.is_file():
        raise DatabaseError(f"{backup_file} does not exist.")
    state = inspect_sqlite_file(backup_file)  # raises for a file that is not ours, damaged or newer
    if state.empty:
        raise DatabaseError(f"{backup_file} is an empty database: there is nothing to restore.")
    problem = quick_check(backup_file)
    if problem is not None:
        raise CorruptDatabase(f"The backup {backup_file} is damaged ({problem}); choose another.")
    if db_path.exists() and backup_file.resolve() == db_path.resolve():
        raise DatabaseError(f"{backup_file} is the database itself.")
    if not db_path.parent.is_dir():
        raise DatabaseError(f"The folder {db_path.parent} does not exist.")

    incoming = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
    incoming.unlink(missing_ok=True)
    copy_database(backup_file, incoming)
    try:
        kept, damaged = _set_current_aside(db_path) if db_path.exists() else (None, False)
        os.rename(incoming, db_path)
        _fsync_folder(db_path.parent)
    finally:
        incoming.unlink(missing_ok=True)
    return Restored(kept, damaged)


def _set_current_aside(db_path: Path) -> tuple[Path, bool]:
    from db.database import inspect_sqlite_file

    try:
        state = inspect_sqlite_file(db_path)
        healthy = state.empty or quick_check(db_path) is None
    except CorruptDatabase:
        healthy = False
    if healthy:
        checkpoint(db_path)  # also refuses when another window still has the database open
        folder = private_folder(folder_for(db_path))
        target = folder / f"{db_path.stem}-{stamp_now()}-replaced.sqlite3"
        n = 0
        while target.exists() or Path(f"{target}-wal").exists():
            n += 1
            target = folder / f"{db_path.stem}-{stamp_now()}.{n}-replaced.sqlite3"
        return move_aside(db_path, target), False
    return keep_damaged(db_path), True


DAMAGED = ".damaged-"
_DAMAGED_SUFFIX = re.compile(r"^\d{8}T\d{6}Z(?:\.\d+)?$")


def keep_damaged(db_path: Path) -> Path:
    """Rename a damaged database (with its -wal/-shm/-journal) to ``NAME.damaged-<stamp>`` beside it,
    where ``damaged_copies`` finds it. Raises OSError when it cannot be renamed (it stays as it was)."""
    target = db_path.with_name(f"{db_path.name}{DAMAGED}{stamp_now()}")
    n = 0
    while target.exists() or Path(f"{target}-wal").exists():
        n += 1
        target = db_path.with_name(f"{db_path.name}{DAMAGED}{stamp_now()}.{n}")
    return move_aside(db_path, target)


def damaged_copies(db_path: Path) -> list[Path]:
    """The damaged files once at ``db_path`` and kept beside it (``keep_damaged``), newest first."""
    prefix = f"{db_path.name}{DAMAGED}"
    try:
        entries = list(db_path.parent.iterdir()) if db_path.parent.is_dir() else []
    except OSError:
        return []
    found = [
        entry
        for entry in entries
        if entry.name.startswith(prefix) and _DAMAGED_SUFFIX.match(entry.name[len(prefix) :])
    ]

    def order(path: Path) -> tuple[str, int]:
        stamp, _, n = path.name[len(prefix) :].partition(".")
        return stamp, int(n or 0)

    return sorted(found, key=order, reverse=True)
