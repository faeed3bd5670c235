"""What the code knows of the schema's history, readable without importing Alembic.

Opening an up-to-date database compares its ``alembic_version`` with ``HEAD``; Alembic is imported only
when there is something to migrate. ``tests/test_migrations.py`` proves these match the migration scripts.
"""

from __future__ import annotations

# Every revision ever released, oldest first.
REVISIONS: tuple[str, ...] = ("0001", "0002")
HEAD = REVISIONS[-1]

# "DDk1" in PRAGMA application_id marks a SQLite file as ours (see sqlite.org/fileformat.html).
APPLICATION_ID = 0x44446B31
