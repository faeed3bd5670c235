"""Finding, checking, opening and migrating a Delegation Desk database.

``open_database`` inspects an existing SQLite file read-only before anything may write to it, so a file
that is not ours or comes from a newer version is left byte-for-byte untouched; a damaged one is renamed
aside byte-for-byte (``NAME.damaged-<stamp>``) and a new database is not created in its place unless asked.
A file that needs a migration is upgraded as a copy, which replaces it only once the upgrade has succeeded:
the app never opens a half-migrated file. Backups (daily, and before every migration) are in ``db.backups``.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from db import backups, schema
from db.errors import (
    CorruptDatabase,
    DamagedFileKept,
    DatabaseBusy,
    DatabaseError,
    DiskFull,
    MigrationFailed,
    NewerDatabase,
    NotOurDatabase,
    ReadOnlyDatabase,
)

log = logging.getLogger(__name__)

ENV_VAR = "DELEGATION_DESK_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000

# When opening: back up inline (the CLI: at most once a day, a fraction of a second even for a large
# file), in a background thread (the GUI: start-up is not delayed), or not at all (tests, tools).
BackupMode = Literal["inline", "background", "off"]


def default_database_path() -> Path:
    """The database in the user's data folder (created 0700: it holds personal data)."""
    from platformdirs import user_data_path

    folder = backups.private_folder(user_data_path("delegation-desk", appauthor=False))
    return folder / "delegation-desk.sqlite3"


def resolve_target(target: str | os.PathLike[str] | None) -> str:
    """A path or SQLAlchemy URL: the argument, else $DELEGATION_DESK_DB, else the default file."""
    if target is None or str(target) == "":
        target = os.environ.get(ENV_VAR) or default_database_path()
    return str(target)


def is_url(target: str) -> bool:
    return "://" in target


@dataclass(frozen=True)
class FileState:
    """What a read-only look at a SQLite file found."""

    exists: bool
    empty: bool  # no tables at all: a new database
    revision: str | None


def _truncated(path: Path, header: bytes) -> bool:
    """The header's page count says the file should be longer than it is (only trusted when the header
    marks it valid and no -wal holds pages not yet written back)."""
    wal = Path(f"{path}-wal")
    if wal.exists() and wal.stat().st_size > 0:
        return False
    if header[24:28] != header[92:96]:
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return pages > 0 and path.stat().st_size < pages * page_size


def _unreadable(path: Path, exc: sqlite3.Error) -> DatabaseError:
    """Only SQLite's own verdict makes a file 'damaged': a locked or unreadable file is not."""
    name = backups.sqlite_error_name(exc)
    if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
        return CorruptDatabase(f"{path} is damaged and cannot be read ({exc}).")
    if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
        return DatabaseBusy(f"{path} is locked by another program; try again in a moment.")
    if name in ("SQLITE_READONLY", "SQLITE_CANTOPEN") and not os.access(path.parent, os.W_OK):
        # a database in WAL mode needs its -shm beside it even to be read
        return ReadOnlyDatabase(
            f"The folder {path.parent} is read-only: Delegation Desk needs to write its database "
            "and its journal there."
        )
    return DatabaseError(f"{path} cannot be read ({exc}).")


def inspect_sqlite_file(path: Path) -> FileState:
    """Look at ``path`` without writing to it; raise a DatabaseError naming what is wrong."""
    if not path.exists():
        return FileState(exists=False, empty=True, revision=None)
    if path.is_dir():
        raise NotOurDatabase(f"{path} is a folder, not a database file.")
    try:
        with path.open("rb") as fh:
            header = fh.read(100)
    except OSError as exc:
        raise DatabaseError(f"Cannot read {path}: {exc.strerror or exc}.") from exc
    if len(header) == 0:
        return FileState(exists=True, empty=True, revision=None)
    if not header.startswith(SQLITE_MAGIC):
        raise NotOurDatabase(f"{path} is not a Delegation Desk database (it is not an SQLite file).")
    if len(header) < 100 or _truncated(path, header):
        raise CorruptDatabase(f"{path} is damaged: the file is truncated.")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise _unreadable(path, exc) from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    finally:
        con.close()
    if not tables:
        return FileState(exists=True, empty=True, revision=None)
    if app_id != schema.APPLICATION_ID or "trips" not in tables:
        raise NotOurDatabase(
            f"{path} is an SQLite database of another program, not a Delegation Desk database."
        )
    if revision is not None and revision not in schema.REVISIONS:
        raise NewerDatabase(
            f"{path} was written by a newer version of Delegation Desk (schema {revision}); "
            "update the application to open it."
        )
    return FileState(exists=True, empty=False, revision=revision)


def damaged_with_backup(
    path: Path, message: str, *, kept: Path | None = None, afterwards: str = ""
) -> CorruptDatabase:
    """A CorruptDatabase whose message says where the damaged file is kept (``kept``: it was moved aside)
    and names the newest good backup to restore (``error.backup``) with the command that does it."""
    text = message if kept is None else f"{message} It is kept as {kept}; nothing was deleted."
    good = backups.newest_good_backup(path)
    if good is None:
        text += f" No backup of it was found in {backups.folder_for(path)}."
    else:
        text += (
            f" The newest good backup is {good.path} ({good.taken_at:%Y-%m-%d %H:%M} UTC); "
            f"put it back with: delegation-desk restore '{good.path}' --db '{path}'"
        )
    if afterwards:
        text += (" " if text.endswith(".") else ". ") + afterwards
    return CorruptDatabase(text, backup=good.path if good else None, kept=kept, problem=message)


def _can_rename(path: Path) -> bool:
    """The user may change the file and its folder (the mode bits too: root ignores them in os.access,
    but a file or folder someone made read-only is not ours to move)."""
    try:
        return all(os.access(p, os.W_OK) and p.stat().st_mode & 0o222 for p in (path, path.parent))
    except OSError:
        return False


def keep_damaged_aside(path: Path, message: str) -> CorruptDatabase:
    """Move the damaged file at ``path`` aside (``backups.keep_damaged``: renamed beside it, never deleted)
    so the newest good backup can be put in its place, and return the error telling the user where it
    went. A read-only file or folder, or a rename that fails, leaves the file untouched at its path."""
    kept = None
    if _can_rename(path):
        try:
            kept = backups.keep_damaged(path)
        except OSError as exc:
            log.info("a damaged database could not be moved aside: %s", exc.strerror or exc)
    else:
        log.info("a damaged database is read-only or in a read-only folder: left where it is")
    if kept is not None:
        log.info("a damaged database was moved aside (%s)", kept.name)  # the error tells the user
    return damaged_with_backup(path, message, kept=kept)


def kept_aside_error(path: Path) -> DamagedFileKept | None:
    """For a missing or empty ``path`` beside which a damaged file once there is kept: the error that
    refuses to set a new, empty database up in its place (the user would think their data gone). None when
    there is no such copy. (Empty: a program that still had the damaged file open reconnected after the
    move, and SQLite created an empty file at the path.)"""
    copies = backups.damaged_copies(path)
    if not copies:
        return None
    what = "holds no data" if path.exists() else "is missing"
    error = damaged_with_backup(
        path,
        f"{path} {what}: the file there was found damaged and moved aside.",
        kept=copies[0],
        afterwards="To start afresh with an empty database there instead, run: "
        f"delegation-desk new --db '{path}'",
    )
    return DamagedFileKept(str(error), path=path, kept=copies[0], backup=error.backup, problem=error.problem)


def _set_sqlite_pragmas(dbapi_connection: sqlite3.Connection, _record: object) -> None:
    cur = dbapi_connection.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: in WAL mode every commit is fsynced, so a laptop whose battery dies keeps what the user was
    # told was saved. NORMAL would survive an application crash but not a power cut; the cost of FULL
    # is one fsync per transaction, and bulk work runs as one transaction.
    cur.execute("PRAGMA synchronous = FULL")
    cur.close()


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        event.listen(engine, "connect", _set_sqlite_pragmas)
        return engine
    return create_engine(url, pool_pre_ping=True)


def _stale_object(session: Session, exc: StaleDataError) -> object | None:
    """The record a failed versioned UPDATE/DELETE was about ("... on table 'people' ...")."""
    match = re.search(r"on table '([^']+)'", str(exc))
    table = match[1] if match else None
    candidates = [
        obj
        for obj in [*session.dirty, *session.deleted, *session.identity_map.values()]
        if getattr(obj, "__tablename__", None) == table
    ]
    changed = [obj for obj in candidates if sa_inspect(obj).modified or sa_inspect(obj).deleted]
    return (changed or candidates or [None])[0]


def _readable_name(obj: object) -> str:
    name = type(obj).__name__
    return "".join(f" {c.lower()}" if c.isupper() else c for c in name).strip()


class Database:
    """An open database: the engine and a session factory. Use one short session per user action."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.Session = sessionmaker(engine, expire_on_commit=False)
        self.backup_thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error.

        Two errors are translated for the user: a save that lost a race with another window or program
        (SQLAlchemy's version counter) becomes ``StaleRecord``; SQLite's disk full, read-only, busy and
        damaged-file errors become the matching ``DatabaseError``.
        """
        from desktop.services.errors import StaleRecord

        s = self.Session()
        try:
            with s.begin():
                try:
                    yield s
                    s.flush()  # a stale save is raised here, while the session still knows the records
                except StaleDataError as exc:
                    stale = _stale_object(s, exc)
                    what = _readable_name(stale) if stale is not None else "record"
                    identity = sa_inspect(stale).identity if stale is not None else None
                    raise StaleRecord(what, identity[0] if identity else "?") from exc
        except DBAPIError as exc:
            translated = self.translate(exc)
            if translated is None:
                raise
            raise translated from exc
        finally:
            s.close()

    def translate(self, exc: DBAPIError) -> DatabaseError | None:
        """The user's version of a driver error, or None when it is not about the file or the disk."""
        orig = exc.orig
        if not isinstance(orig, sqlite3.Error):
            return None
        name = backups.sqlite_error_name(orig)
        where = self.path or self.url
        not_saved = "this change was not saved; everything saved before is intact."
        if name == "SQLITE_FULL":
            return DiskFull(f"The disk holding {where} is full: {not_saved} Free some space and try again.")
        if name == "SQLITE_IOERR":
            return DatabaseError(f"Writing to {where} failed ({orig}): {not_saved}")
        if name == "SQLITE_READONLY":
            return ReadOnlyDatabase(f"{where} cannot be written to: {not_saved}")
        if name in ("SQLITE_BUSY", "SQLITE_LOCKED"):
            return DatabaseBusy(
                f"{where} is busy: another window or program kept it locked for more than "
                f"{BUSY_TIMEOUT_MS // 1000} seconds, so {not_saved} Try again."
            )
        if name in ("SQLITE_CORRUPT", "SQLITE_NOTADB"):
            message = f"{where} is damaged ({orig})."
            return damaged_with_backup(self.path, message) if self.path else CorruptDatabase(message)
        return None

    def backup_now(self, kind: str = "manual") -> backups.Backup:
        if self.path is None:
            raise DatabaseError(f"{self.url} is not a file: back it up with its own tools.")
        return backups.make_backup(self.path, kind)

    def close(self) -> None:
        if self.backup_thread is not None:
            self.backup_thread.join()
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _check_writable(path: Path, state: FileState) -> None:
    if state.exists and not os.access(path, os.W_OK):
        raise ReadOnlyDatabase(f"{path} is read-only: Delegation Desk needs to write to it.")
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.exists():
        raise DatabaseError(f"The folder {folder} does not exist.")
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabase(
            f"The folder {folder} is read-only: Delegation Desk needs to write its database "
            "and its journal there."
        )


def open_database(
    target: str | os.PathLike[str] | None = None,
    *,
    create: bool = True,
    backup: BackupMode = "inline",
    fresh: bool = False,
) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL.

    Raises a ``DatabaseError`` subclass with a message for the user; the file is not written to then. A
    damaged file is renamed aside (``error.kept``; never deleted) and raises ``CorruptDatabase`` naming the
    newest good backup (``error.backup``). A missing file whose damaged copy lies beside it is not
    replaced by an empty database unless ``fresh``: the user deliberately chose to start afresh there.
    """
    target = resolve_target(target)
    url = target if is_url(target) else f"sqlite:///{Path(target).expanduser()}"
    path = _sqlite_path(url)
    if path is None:
        engine = make_engine(url)
        try:
            _migrate_in_place(engine, None)
        except DatabaseError:
            engine.dispose()
            raise
        return Database(engine, None)

    try:
        state = inspect_sqlite_file(path)
    except CorruptDatabase as exc:
        raise keep_damaged_aside(path, str(exc)) from exc
    if state.empty and not fresh and (kept := kept_aside_error(path)) is not None:
        raise kept
    if not state.exists and not create:
        raise DatabaseError(f"{path} does not exist.")
    _check_writable(path, state)
    if state.exists and not state.empty and state.revision != schema.HEAD:
        _upgrade_by_copy(path)
    engine = make_engine(url)
    try:
        if state.empty:
            created = not state.exists
            if created:
                os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
            _migrate_in_place(engine, path, remove_on_failure=created)
    except DatabaseError:
        engine.dispose()
        raise
    except sqlite3.Error as exc:  # pragma: no cover - defensive: driver errors not caught above
        engine.dispose()
        raise DatabaseError(f"Cannot open {path}: {exc}.") from exc
    database = Database(engine, path)
    if state.exists and not state.empty and backup != "off":
        if backup == "background":
            database.backup_thread = threading.Thread(
                target=backups.daily_backup, args=(path,), name="daily-backup", daemon=False
            )
            database.backup_thread.start()
        else:
            try:
                backups.daily_backup(path, raise_damaged=True)
            except CorruptDatabase as exc:
                # The copy failed its check. Only the file's own check may send it aside: a copy spoiled
                # on its way to the backups folder says nothing against the database.
                if backups.quick_check(path) is None:
                    log.error("the daily backup's copy failed its check, the database passes it: no backup")
                    return database
                database.close()
                raise keep_damaged_aside(path, str(exc)) from exc
    return database


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent, verified copy of a live SQLite database (the online backup API) at a new path."""
    return backups.copy_database(source, destination)


def _migrate_in_place(engine: Engine, path: Path | None, *, remove_on_failure: bool = False) -> None:
    """Create the schema in a new, empty database (nothing there to lose) or a server database."""
    from db import migrate  # imports Alembic: only when there is work to do

    try:
        migrate.upgrade(engine)
    except Exception as exc:
        engine.dispose()
        if path is not None and remove_on_failure:
            for suffix in ("", "-wal", "-shm", "-journal"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise MigrationFailed(f"Creating the database {path or engine.url} failed: {reason}.") from exc


def _signature(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    wal = Path(f"{path}-wal")
    return st.st_size, st.st_mtime_ns, wal.stat().st_size if wal.exists() else 0


def _upgrade_by_copy(path: Path) -> None:
    """Back the file up, upgrade a copy, check it, then put the copy in place. If anything fails the
    original stays as it was (a half-migrated file is never opened) and the backup is named."""
    from db import migrate  # imports Alembic: only when there is work to do

    backups.checkpoint(path)  # fold the -wal in; refuses while another window has the file open
    before_signature = _signature(path)
    before = backups.make_backup(path, f"before-{schema.HEAD}")
    work = path.with_name(f".{path.name}.upgrading-{os.getpid()}")
    try:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
        backups.copy_database(before.path, work)
        engine = make_engine(f"sqlite:///{work}")
        try:
            migrate.upgrade(engine)
        finally:
            engine.dispose()
        backups.checkpoint(work)
        state = inspect_sqlite_file(work)
        problem = backups.quick_check(work)
        if state.revision != schema.HEAD or problem is not None:
            raise RuntimeError(f"the upgraded copy is at schema {state.revision}, check: {problem or 'ok'}")
        if _signature(path) != before_signature:
            raise RuntimeError("the database was changed by another window while it was being upgraded")
        os.replace(work, path)
        for suffix in ("-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
    except Exception as exc:
        log.error("upgrade to schema %s failed", schema.HEAD, exc_info=True)
        reason = str(getattr(exc, "orig", None) or exc).splitlines()[0]
        raise MigrationFailed(
            f"Upgrading {path} to schema {schema.HEAD} failed ({reason}). The database was not changed; "
            f"a copy made before the upgrade is kept at {before.path}."
        ) from exc
    finally:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{work}{suffix}").unlink(missing_ok=True)
