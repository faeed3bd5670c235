"""Snapshots of a record and everything the database would delete or unlink with it.

Undoing a delete (or the creation of a record) must bring back the same rows with the same ids, so that
later edits on the undo stack still find them. This follows the foreign keys in the schema, not the ORM
relationships, so ON DELETE CASCADE children and ON DELETE SET NULL references are all covered.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, insert, select, update
from sqlalchemy.orm import Session

from db.models import Base
from db.models.events import Registration, refresh_registration_keys


@dataclass
class Snapshot:
    rows: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # parents before children
    unlinked: list[tuple[str, dict[str, Any], str, Any]] = field(
        default_factory=list
    )  # (table, pk, col, value)


def _pk_filter(table: Table, pk: dict[str, Any]):  # type: ignore[no-untyped-def]
    return and_(*(table.c[k] == v for k, v in pk.items()))


def _pk_of(table: Table, row: dict[str, Any]) -> dict[str, Any]:
    return {c.name: row[c.name] for c in table.primary_key.columns}


def take(session: Session, table_name: str, ident: int) -> Snapshot:
    """Everything that deleting row ``ident`` of ``table_name`` would remove or unlink."""
    session.flush()
    tables = Base.metadata.tables
    snap = Snapshot()
    seen: set[tuple[str, tuple[Any, ...]]] = set()

    def visit(table: Table, rows: Iterable[dict[str, Any]]) -> None:
        rows = [r for r in rows if (table.name, tuple(_pk_of(table, r).values())) not in seen]
        if not rows:
            return
        for r in rows:
            seen.add((table.name, tuple(_pk_of(table, r).values())))
            snap.rows.append((table.name, r))
        for child in tables.values():
            for fk in child.foreign_keys:
                if fk.column.table is not table:
                    continue
                values = [r[fk.column.name] for r in rows]
                found = [
                    dict(m) for m in session.execute(select(child).where(fk.parent.in_(values))).mappings()
                ]
                if fk.ondelete == "CASCADE":
                    visit(child, found)
                elif fk.ondelete == "SET NULL":
                    snap.unlinked.extend(
                        (child.name, _pk_of(child, r), fk.parent.name, r[fk.parent.name]) for r in found
                    )

    table = tables[table_name]
    root = session.execute(select(table).where(table.c.id == ident)).mappings().first()
    if root is not None:
        visit(table, [dict(root)])
    return snap


def restore(session: Session, snap: Snapshot) -> None:
    """Put a snapshot's rows back with their ids, then re-link what ON DELETE SET NULL had cut."""
    tables = Base.metadata.tables
    session.flush()
    for name, row in snap.rows:
        session.execute(insert(tables[name]).values(**row))
    for name, pk, column, value in snap.unlinked:
        t = tables[name]
        session.execute(update(t).where(_pk_filter(t, pk)).values({column: value}))
    _refresh_unlinked_registrations(session, snap)
    session.expire_all()


def _refresh_unlinked_registrations(session: Session, snap: Snapshot) -> None:
    """Registrations whose organisation the delete unlinked (or the restore linked back) hold its name in
    their folded ``search_key``: recompute it as the ORM listeners would. These Core writes bypass them,
    so without this the check-in search would still find a deleted firm's registrants by its name, or no
    longer find them once it is restored."""
    ids = [pk["id"] for name, pk, _column, _value in snap.unlinked if name == Registration.__tablename__]
    for start in range(0, len(ids), 500):  # SQLite's bound parameters are limited
        refresh_registration_keys(session.connection(), Registration.id.in_(ids[start : start + 500]))


def delete_with_snapshot(session: Session, table_name: str, ident: int) -> Snapshot:
    """Delete one row (the database cascades) and return what it takes to undo it."""
    snap = take(session, table_name, ident)
    table = Base.metadata.tables[table_name]
    session.execute(table.delete().where(table.c.id == ident))
    _refresh_unlinked_registrations(session, snap)
    session.expire_all()
    return snap


__all__ = ["Snapshot", "delete_with_snapshot", "restore", "take"]
