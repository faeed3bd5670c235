"""registration search and sort keys

Registrations get a folded ``search_key`` (the person's names in both scripts and email, the organisation
as registered, the badge name) and a ``sort_key`` (the person's name order), people a ``sort_key``; with
indexes, the desk searches and pages one table instead of joining three. Existing rows are filled here,
in chunks, so a file with 100,000 registrations migrates in seconds and in little memory.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import sqlalchemy as sa
from alembic import op

from db.text import fold

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

CHUNK = 5_000


# The key rules as they were at this revision (a later change of rule comes with its own migration).
def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" for ch in text)


def _person_sort_key(family: str | None, given: str | None, latin: str | None, native: str | None) -> str:
    parts = " ".join(p.strip() for p in (family, given) if p and p.strip())
    latin = (latin or "").strip()
    if parts and latin and _has_cjk(parts):
        parts = ""
    return fold(parts or latin or (native or "").strip())


def _registration_search_key(person_key: str | None, org_key: str | None, badge: str | None) -> str:
    parts = [person_key or "", org_key or ""]
    folded_badge = fold(badge.strip()) if badge else ""
    if folded_badge and folded_badge not in parts[0]:
        parts.append(folded_badge)
    return " ".join(p for p in parts if p)


def _chunks(conn: sa.Connection, sql: str) -> Iterator[list[Any]]:
    """Rows of ``sql`` (which selects the id first and takes ``:after``), CHUNK at a time, in id order."""
    after = 0
    while True:
        rows = conn.execute(sa.text(sql), {"after": after, "n": CHUNK}).all()
        if not rows:
            return
        yield rows
        after = rows[-1][0]


def _backfill(
    conn: sa.Connection,
    table: str,
    columns: tuple[str, ...],
    sql: str,
    keys: Callable[[Any], tuple[Any, ...]],
) -> None:
    """Set ``columns`` of every row ``sql`` selects to ``keys(row)`` (the row's id first)."""
    update = sa.text(f"UPDATE {table} SET {', '.join(f'{c} = :{c}' for c in columns)} WHERE id = :_id")
    for rows in _chunks(conn, sql):
        conn.execute(update, [dict(zip(("_id", *columns), keys(r), strict=True)) for r in rows])


def upgrade() -> None:
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.add_column(sa.Column("sort_key", sa.String(length=400), server_default="", nullable=False))
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("search_key", sa.String(length=2000), server_default="", nullable=False)
        )
        batch_op.add_column(sa.Column("sort_key", sa.String(length=400), server_default="", nullable=False))

    conn = op.get_bind()
    _backfill(
        conn,
        "people",
        ("sort_key",),
        "SELECT id, family_name, given_name, latin_name, native_name FROM people"
        " WHERE id > :after ORDER BY id LIMIT :n",
        lambda r: (r[0], _person_sort_key(r[1], r[2], r[3], r[4])),
    )
    _backfill(
        conn,
        "registrations",
        ("search_key", "sort_key"),
        "SELECT r.id, p.search_key, p.sort_key, o.search_key, r.badge_name FROM registrations r"
        " JOIN people p ON p.id = r.person_id LEFT JOIN organisations o ON o.id = r.organisation_id"
        " WHERE r.id > :after ORDER BY r.id LIMIT :n",
        lambda r: (r[0], _registration_search_key(r[1], r[3], r[4]), r[2]),
    )

    # Indexes last: building one over filled columns is faster than keeping it up to date row by row.
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.create_index("ix_people_sort_key", ["sort_key"], unique=False)
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.create_index(
            "ix_registrations_event_sort",
            ["event_id", "sort_key", "id", "status", "search_key"],
            unique=False,
        )


def downgrade() -> None:
    with op.batch_alter_table("registrations", schema=None) as batch_op:
        batch_op.drop_index("ix_registrations_event_sort")
        batch_op.drop_column("sort_key")
        batch_op.drop_column("search_key")
    with op.batch_alter_table("people", schema=None) as batch_op:
        batch_op.drop_index("ix_people_sort_key")
        batch_op.drop_column("sort_key")
