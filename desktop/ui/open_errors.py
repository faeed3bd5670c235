"""A database that cannot be opened: say what is wrong and offer another file or a new one.

``open_database`` only reads a file it refuses (not ours, damaged, newer, read-only), so whatever the user
chooses here, nothing has been or will be written to the bad file.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.database import Database, open_database
from db.errors import CorruptDatabase, DatabaseError, NewerDatabase, NotOurDatabase, ReadOnlyDatabase

FILE_FILTER = QT_TRANSLATE_NOOP(
    "OpenErrors", "Delegation Desk database (*.sqlite3 *.sqlite *.db);;All files (*)"
)


class Choice(Enum):
    OTHER_FILE = "other"
    NEW_FILE = "new"
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
    box.setInformativeText(
        str(error)
        + "\n\n"
        + QCoreApplication.translate(
            "OpenErrors", "The file has not been changed. Choose another file, or create a new one."
        )
    )
    other = box.addButton(
        QCoreApplication.translate("OpenErrors", "Choose another file…"), QMessageBox.ButtonRole.AcceptRole
    )
    new = box.addButton(
        QCoreApplication.translate("OpenErrors", "Create a new database…"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QCoreApplication.translate("OpenErrors", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return Choice.OTHER_FILE
    if clicked is new:
        return Choice.NEW_FILE
    return Choice.QUIT


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


def open_interactively(
    target: str | None,
    parent: QWidget | None = None,
    opener: Callable[[str | None], Database] = open_database,
) -> Database | None:
    """Open ``target``; while it fails, let the user pick another file or a new one. None: they gave up."""
    attempt: str | None = target
    while True:
        try:
            return opener(attempt)
        except DatabaseError as error:
            choice = ask(error, parent)
        start = str(Path(attempt).parent) if attempt else ""
        if choice is Choice.QUIT:
            return None
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
