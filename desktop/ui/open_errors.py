"""A database that cannot be opened: say what is wrong and offer another file or a new one, and for a
damaged file its newest good backup, as Zotero does.

``open_database`` only reads a file it refuses for not being ours, newer or read-only, so nothing has been
or will be written to it. A damaged file is renamed aside at opening (``NAME.damaged-<stamp>``, never
deleted), so the newest good backup can be put in its place; until the user restores it or deliberately
creates a new database there, opening that path offers the same choice again instead of an empty database.

This module is imported at start-up before SQLAlchemy: ``db.database`` is imported inside the functions.
"""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db import backups
from db.errors import (
    CorruptDatabase,
    DamagedFileKept,
    DatabaseError,
    NewerDatabase,
    NotOurDatabase,
    ReadOnlyDatabase,
)

if TYPE_CHECKING:
    from db.database import Database

FILE_FILTER = QT_TRANSLATE_NOOP(
    "OpenErrors", "Delegation Desk database (*.sqlite3 *.sqlite *.db);;All files (*)"
)


class Choice(Enum):
    OTHER_FILE = "other"
    NEW_FILE = "new"
    RESTORE_BACKUP = "restore"  # only offered for a damaged file with a good backup
    QUIT = "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenErrors", text)


def headline(error: DatabaseError) -> str:
    if isinstance(error, NotOurDatabase):
        return QCoreApplication.translate("OpenErrors", "This file is not a Delegation Desk database.")
    if isinstance(error, CorruptDatabase):
        return QCoreApplication.translate("OpenErrors", "This database is damaged.")
    if isinstance(error, NewerDatabase):
        return QCoreApplication.translate(
            "OpenErrors", "This database comes from a newer version of Delegation Desk."
        )
    if isinstance(error, ReadOnlyDatabase):
        return QCoreApplication.translate("OpenErrors", "This database cannot be written to.")
    return QCoreApplication.translate("OpenErrors", "This database cannot be opened.")


def ask(error: DatabaseError, parent: QWidget | None) -> Choice:
    """The dialog itself (tests replace this function)."""
    box = QMessageBox(parent)
    box.setObjectName("open_error_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("OpenErrors", "Cannot open the database"))
    box.setText(headline(error))
    box.setInformativeText(explanation(error))
    backup = restorable_backup(error)
    restore = None
    if backup is not None:
        restore = box.addButton(
            QCoreApplication.translate("OpenErrors", "Restore the newest good backup"),
            QMessageBox.ButtonRole.AcceptRole,
        )
    other = box.addButton(
        QCoreApplication.translate("OpenErrors", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QCoreApplication.translate("OpenErrors", "Create a new database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("OpenErrors", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore or other)
    box.exec()
    clicked = box.clickedButton()
    if restore is not None and clicked is restore:
        return Choice.RESTORE_BACKUP
    if clicked is other:
        return Choice.OTHER_FILE
    if clicked is new:
        return Choice.NEW_FILE
    return Choice.QUIT


def explanation(error: DatabaseError) -> str:
    """What is wrong, where a damaged file was kept, the newest good backup, and what the user can do."""
    if not isinstance(error, CorruptDatabase):
        advice = QCoreApplication.translate(
            "OpenErrors", "The file has not been changed. Choose another file, or create a new one."
        )
        return str(error) + "\n\n" + advice
    parts = [error.problem]
    if isinstance(error, DamagedFileKept) and error.path.exists():
        what = QCoreApplication.translate(
            "OpenErrors", "{0} holds no data: the file there was found damaged and moved aside."
        )
        parts = [what.format(error.path)]
    elif isinstance(error, DamagedFileKept):
        what = QCoreApplication.translate(
            "OpenErrors", "{0} is missing: the file there was found damaged and moved aside."
        )
        parts = [what.format(error.path)]
    if error.kept is not None:
        parts.append(
            QCoreApplication.translate(
                "OpenErrors", "The damaged file is kept as:\n{0}\nNothing was deleted."
            ).format(error.kept)
        )
    if error.backup is not None:
        from desktop.ui.backups_dialog import describe

        parts.append(
            QCoreApplication.translate("OpenErrors", "The newest good backup is from {0}:\n{1}").format(
                describe(error.backup), error.backup
            )
        )
        if error.kept is not None:
            advice = QCoreApplication.translate(
                "OpenErrors", "Restore the newest good backup, choose another file, or create a new database."
            )
        else:
            advice = QCoreApplication.translate(
                "OpenErrors",
                "The file has not been changed. Restore the newest good backup (the damaged file is kept "
                "beside it, renamed), choose another file, or create a new one.",
            )
    elif error.kept is not None:
        parts.append(QCoreApplication.translate("OpenErrors", "No backup of it was found."))
        advice = QCoreApplication.translate("OpenErrors", "Choose another file, or create a new database.")
    else:
        parts.append(QCoreApplication.translate("OpenErrors", "No backup of it was found."))
        advice = QCoreApplication.translate(
            "OpenErrors", "The file has not been changed. Choose another file, or create a new one."
        )
    parts.append(advice)
    return "\n\n".join(parts)


def choose_existing_file(parent: QWidget | None, start: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("OpenErrors", "Open a database"), start, _tr(FILE_FILTER)
    )
    return path


def choose_new_file(parent: QWidget | None, start: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("OpenErrors", "Create a new database"),
        start or "delegation-desk.sqlite3",
        _tr(FILE_FILTER),
    )
    return path


def refuse_existing(parent: QWidget | None, path: str) -> None:
    QMessageBox.warning(
        parent,
        QCoreApplication.translate("OpenErrors", "File exists"),
        QCoreApplication.translate(
            "OpenErrors",
            "{0} already exists. A new database needs a new file name; the file was not touched.",
        ).format(path),
    )


def restorable_backup(error: DatabaseError) -> Path | None:
    """The newest good backup to offer for ``error``: only a damaged file has one."""
    return error.backup if isinstance(error, CorruptDatabase) else None


def damage_found(path: Path) -> str | None:
    """What ``PRAGMA quick_check`` finds wrong in ``path`` (read-only), or None. Only SQLite's own verdict
    counts: a file that is locked or cannot be read right now is not called damaged."""
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            rows = [row[0] for row in con.execute("PRAGMA quick_check")]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        damaged = backups.sqlite_error_name(exc) in ("SQLITE_CORRUPT", "SQLITE_NOTADB")
        return str(exc) if damaged else None
    except sqlite3.Error:
        return None
    return None if rows == ["ok"] else "; ".join(str(r) for r in rows[:3])


class _IntegrityCheck(threading.Thread):
    """``damage_found`` in a thread: SQLite runs without the GIL, so the check of a large file overlaps
    the import of SQLAlchemy and the opening instead of adding to them."""

    def __init__(self, path: Path) -> None:
        super().__init__(name="integrity-check", daemon=True)
        self.path = path
        self.problem: str | None = None

    def run(self) -> None:
        self.problem = damage_found(self.path)

    @classmethod
    def start_for(cls, target: str) -> _IntegrityCheck | None:
        path = Path(target).expanduser()
        try:
            if not path.is_file() or path.stat().st_size == 0:
                return None  # a new database: nothing to check
        except OSError:
            return None  # open_database names the problem
        check = cls(path)
        check.start()
        return check


def open_checked(target: str | None, *, fresh: bool = False) -> Database:
    """How the window opens a database: the daily backup runs in the background (the window is never kept
    waiting for it), and the whole file is checked, so a file damaged in the middle is moved aside here,
    with its newest good backup offered, rather than failing later in the middle of someone's work.
    ``fresh``: the user chose to create a new database at this path (see ``open_database``)."""
    check = _IntegrityCheck.start_for(target) if target and "://" not in target else None
    from db.database import is_url, keep_damaged_aside, open_database, resolve_target

    resolved = resolve_target(target)
    if check is None and not is_url(resolved):
        check = _IntegrityCheck.start_for(resolved)
    database = open_database(resolved, backup="background", fresh=fresh)
    if check is not None:
        check.join()
        if check.problem is not None and database.path is not None:
            database.close()  # no connection of ours may hold the file while it is moved aside
            raise keep_damaged_aside(database.path, f"{database.path} is damaged ({check.problem}).")
    return database


def restore_newest(
    parent: QWidget | None, backup: Path, target: str | None, kept: Path | None = None
) -> bool:
    """Put ``backup`` in place of the damaged database; the damaged file is renamed aside (already, when
    ``kept``), never deleted. Tells the user either way; True when the backup is in place."""
    from db.database import resolve_target

    db_path = Path(resolve_target(target)).expanduser()
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        restored = backups.restore(backup, db_path)
    except (DatabaseError, OSError) as exc:
        QGuiApplication.restoreOverrideCursor()
        warn(
            parent,
            QCoreApplication.translate("OpenErrors", "The backup was not restored"),
            QCoreApplication.translate("OpenErrors", "{0}\n\nThe database file has not been changed.").format(
                exc
            ),
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    text = QCoreApplication.translate("OpenErrors", "{0} now holds the backup {1}.").format(
        db_path, backup.name
    )
    if restored.kept is not None:
        replaced = QCoreApplication.translate("OpenErrors", "The file it replaced is kept as {0}.")
        text += "\n\n" + replaced.format(restored.kept)
    elif kept is not None:
        text += "\n\n" + QCoreApplication.translate("OpenErrors", "The damaged file is kept as {0}.").format(
            kept
        )
    inform(parent, QCoreApplication.translate("OpenErrors", "Backup restored"), text)
    return True


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """An information box (tests replace this function)."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box (tests replace this function)."""
    QMessageBox.warning(parent, title, text)


def open_interactively(
    target: str | None,
    parent: QWidget | None = None,
    opener: Callable[..., Database] = open_checked,
    *,
    fresh: bool = False,
) -> Database | None:
    """Open ``target``; while it fails, let the user pick another file or a new one, or restore the newest
    good backup of a damaged file. None: they gave up. ``fresh``: ``target`` is a path the user chose for
    a new database (``opener`` is called with it as a keyword)."""
    attempt: str | None = target
    while True:
        try:
            return opener(attempt, fresh=fresh)
        except DatabaseError as error:
            choice = ask(error, parent)
            backup = restorable_backup(error)
            kept = error.kept if isinstance(error, CorruptDatabase) else None
        start = str(Path(attempt).parent) if attempt else ""
        if choice is Choice.QUIT:
            return None
        if choice is Choice.RESTORE_BACKUP and backup is not None:
            restore_newest(parent, backup, attempt, kept)
            fresh = False
            continue  # open it again: the restored file, or the same question if the restore failed
        if choice is Choice.OTHER_FILE:
            chosen = choose_existing_file(parent, start)
        else:
            chosen = choose_new_file(parent, start)
            if chosen and Path(chosen).exists() and Path(chosen).stat().st_size > 0:
                refuse_existing(parent, chosen)
                continue
        if not chosen:
            continue  # cancelled the file dialog: back to the choice
        attempt = chosen
        fresh = choice is Choice.NEW_FILE  # chosen for a new database: even where a damaged one was
