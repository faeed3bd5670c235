"""Errors raised when a database cannot be used; each message is fit to show a user as it is."""

from __future__ import annotations

from pathlib import Path


class DatabaseError(Exception):
    """A database file that cannot be opened or used. ``str(error)`` names the file and what is wrong."""


class NotOurDatabase(DatabaseError):
    pass


class CorruptDatabase(DatabaseError):
    """A damaged file. ``problem`` says what is wrong in one sentence (the message adds what to do),
    ``kept`` is where the damaged file was moved aside (None: it is still at its path), ``backup`` the
    newest good backup to offer the user (None when there is none)."""

    def __init__(
        self,
        message: str,
        *,
        backup: Path | None = None,
        kept: Path | None = None,
        problem: str | None = None,
    ) -> None:
        super().__init__(message)
        self.backup = backup
        self.kept = kept
        self.problem = problem or message


class DamagedFileKept(CorruptDatabase):
    """``path`` is missing because the damaged file found there earlier was moved aside (``kept``): the
    user chooses between its newest good backup and a deliberate fresh start, never an empty database."""

    def __init__(self, message: str, *, path: Path, kept: Path, backup: Path | None, problem: str) -> None:
        super().__init__(message, backup=backup, kept=kept, problem=problem)
        self.path = path


class NewerDatabase(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    pass


class DiskFull(DatabaseError):
    """The disk (or the file system's limit) is full: the last change was not saved, earlier ones are."""


class DatabaseBusy(DatabaseError):
    """Another window or program held the database locked for longer than the busy timeout."""
