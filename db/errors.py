"""Errors raised when a database cannot be used; each message is fit to show a user as it is."""

from __future__ import annotations


class DatabaseError(Exception):
    """A database file that cannot be opened or used. ``str(error)`` names the file and what is wrong."""


class NotOurDatabase(DatabaseError):
    pass


class CorruptDatabase(DatabaseError):
    pass


class NewerDatabase(DatabaseError):
    pass


class ReadOnlyDatabase(DatabaseError):
    pass


class MigrationFailed(DatabaseError):
    pass
