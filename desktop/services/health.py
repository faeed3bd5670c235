"""`delegation-desk check`: schema version, integrity and backups of a database file, without changing it."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from db import backups, schema
from db.database import inspect_sqlite_file, is_url, resolve_target
from db.errors import DatabaseError


@dataclass
class HealthReport:
    target: str
    lines: list[str] = field(default_factory=list)
    ok: bool = True
    backup: Path | None = None  # the newest good backup, offered when the file needs attention

    @property
    def verdict(self) -> str:
        return f"OK: {self.target} is healthy" if self.ok else f"PROBLEM: {self.target} needs attention"


def check_database(target: str | None) -> HealthReport:
    resolved = resolve_target(target)
    report = HealthReport(resolved)
    if is_url(resolved):
        report.lines.append("integrity: only SQLite files are checked")
        return report
    path = Path(resolved).expanduser()
    _check_file(path, report)
    _describe_damaged_copies(path, report)
    _describe_backups(path, report)
    if not path.exists() and backups.damaged_copies(path):
        report.lines.append(f"or start afresh with an empty database: delegation-desk new --db '{path}'")
    return report


def _describe_damaged_copies(path: Path, report: HealthReport) -> None:
    """Damaged files once at ``path``, moved aside when found at opening. With no database in their place
    the user must choose (restore or start afresh): that needs attention; beside a good one they are
    only named, for the user to delete once no longer needed."""
    copies = backups.damaged_copies(path)
    if not copies:
        return
    if not path.exists():
        report.ok = False
        report.lines.append(f"error: {path} is missing: the file there was found damaged and moved aside")
    report.lines.append(f"damaged copies kept beside it: {len(copies)}, newest {copies[0]}")


def _check_file(path: Path, report: HealthReport) -> None:
    try:
        state = inspect_sqlite_file(path)
    except DatabaseError as exc:
        report.ok = False
        report.lines.append(f"error: {exc}")
        return
    if not state.exists and backups.damaged_copies(path):
        return  # _describe_damaged_copies says what happened to it
    if not state.exists or state.empty:
        report.lines.append("schema: none (a new, empty database)")
        return
    current = "up to date" if state.revision == schema.HEAD else f"will be upgraded to {schema.HEAD}"
    report.lines.append(f"schema: {state.revision} ({current})")
    con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        rows = [r[0] for r in con.execute("PRAGMA integrity_check")]
        fk = con.execute("PRAGMA foreign_key_check").fetchall()
        counts = {
            t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in ("trips", "people", "organisations", "itinerary_items", "registrations")
        }
    except sqlite3.DatabaseError as exc:
        report.ok = False
        report.lines.append(f"integrity: cannot be read ({exc})")
        return
    finally:
        con.close()
    if rows == ["ok"]:
        report.lines.append("integrity: ok")
    else:
        report.ok = False
        problems = [" ".join(r.split()) for r in rows if not r.startswith("***")] or rows
        report.lines.append(f"integrity: {len(problems)} problem(s), first: {problems[0]}")
    if fk:
        report.ok = False
        report.lines.append(f"foreign keys: {len(fk)} broken reference(s)")
    else:
        report.lines.append("foreign keys: ok")
    report.lines.append("records: " + ", ".join(f"{n} {t}" for t, n in counts.items()))


def _describe_backups(path: Path, report: HealthReport) -> None:
    found = backups.list_backups(path)
    if report.ok:
        if found:
            folder = backups.folder_for(path)
            report.lines.append(f"backups: {len(found)} in {folder}, newest {_when(found[0])}")
        else:
            report.lines.append(f"backups: none yet in {backups.folder_for(path)}")
        return
    good = backups.newest_good_backup(path)
    if good is None:
        report.lines.append(f"backups: no good backup found in {backups.folder_for(path)}")
        return
    report.backup = good.path
    report.lines.append(f"newest good backup: {good.path} ({_when(good)}, {good.kind})")
    report.lines.append(
        f"restore it with: delegation-desk restore '{good.path}' --db '{path}' "
        "(the damaged file is kept aside, not deleted)"
    )


def _when(backup: backups.Backup) -> str:
    return backup.taken_at.astimezone().strftime("%Y-%m-%d %H:%M")
