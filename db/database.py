"""Finding, checking, opening and migrating a Delegation Desk database.

``open_database`` inspects an existing SQLite file read-only before anything may write to it, so a file
that is not ours, is damaged, or comes from a newer version is left byte-for-byte untouched.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from db import schema
from db.errors import (
    CorruptDatabase,
    DatabaseError,
    MigrationFailed,
    NewerDatabase,
    NotOurDatabase,
    ReadOnlyDatabase,
)

ENV_VAR = "DELEGATION_DESK_DB"
SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000


def default_database_path() -> Path:
    """The database in the user's data folder (created 0700: it holds personal data)."""
    from platformdirs import user_data_path

    folder = user_data_path("delegation-desk", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
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
    if len(header) < 100:
        raise CorruptDatabase(f"{path} is damaged: the file is truncated.")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise CorruptDatabase(f"{path} cannot be opened: {exc}.") from exc
    try:
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        revision = None
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version").fetchone()
            revision = row[0] if row else None
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabase(f"{path} is damaged and cannot be read ({exc}).") from exc
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


class Database:
    """An open database: the engine and a session factory. Use one short session per user action."""

    def __init__(self, engine: Engine, path: Path | None) -> None:
        self.engine = engine
        self.path = path
        self.Session = sessionmaker(engine, expire_on_commit=False)

    @property
    def url(self) -> str:
        return self.engine.url.render_as_string(hide_password=True)

    @contextlib.contextmanager
    def session(self) -> Iterator[Session]:
        """A session inside one transaction: committed on success, rolled back on error."""
        with self.Session() as s, s.begin():
            yield s

    def close(self) -> None:
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


def open_database(target: str | os.PathLike[str] | None = None, *, create: bool = True) -> Database:
    """Open (creating or migrating as needed) the database at a path or URL.

    Raises a ``DatabaseError`` subclass with a message for the user; the file is not written to then.
    """
    target = resolve_target(target)
    url = target if is_url(target) else f"sqlite:///{Path(target).expanduser()}"
    path = _sqlite_path(url)
    state = FileState(exists=False, empty=True, revision=None)
    if path is not None:
        state = inspect_sqlite_file(path)
        if not state.exists and not create:
            raise DatabaseError(f"{path} does not exist.")
        if state.exists and not os.access(path, os.W_OK):
            raise ReadOnlyDatabase(f"{path} is read-only: Delegation Desk needs to write to it.")
        folder = path.parent if str(path.parent) else Path(".")
        if not folder.exists():
            raise DatabaseError(f"The folder {folder} does not exist.")
        if not os.access(folder, os.W_OK):
            raise ReadOnlyDatabase(
                f"The folder {folder} is read-only: Delegation Desk needs to write its database there."
            )
    engine = make_engine(url)
    try:
        if path is None:
            _migrate_if_needed(engine, None, None)
        elif state.empty or state.revision != schema.HEAD:
            if not state.exists:
                path.touch(mode=0o600)
            _migrate_if_needed(engine, path, state)
    except DatabaseError:
        engine.dispose()
        raise
    except sqlite3.Error as exc:  # pragma: no cover - defensive: driver errors not caught above
        engine.dispose()
        raise DatabaseError(f"Cannot open {path or url}: {exc}.") from exc
    return Database(engine, path)


def backup_sqlite(source: Path, destination: Path) -> Path:
    """A consistent copy of a live SQLite database (the online backup API)."""
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(destination)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.chmod(destination, 0o600)
    return destination


def _migrate_if_needed(engine: Engine, path: Path | None, state: FileState | None) -> None:
    from db import migrate  # imports Alembic: only when there is work to do

    if path is not None and state is not None and state.exists and not state.empty:
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%dT%H%M%SZ")
        backup = path.with_name(f"{path.name}.before-{schema.HEAD}-{stamp}.bak")
        backup_sqlite(path, backup)
    else:
        backup = None
    try:
        migrate.upgrade(engine)
    except Exception as exc:
        where = f" A copy made before the upgrade is kept at {backup}." if backup else ""
        raise MigrationFailed(f"Upgrading {path or engine.url} failed: {exc}.{where}") from exc
