"""A database that cannot be opened: say what is wrong and offer another file or a new one.

``open_database`` only reads a file it refuses (not ours, damaged, newer, read-only), so whatever the user
chooses here, nothing has been or will be written to the bad file.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from db.database import Database, open_database
from db.errors import CorruptDatabase, DatabaseError, NewerDatabase, NotOurDatabase, ReadOnlyDatabase

FILE_FILTER = "Delegation Desk database (*.sqlite3 *.sqlite *.db);;All files (*)"


class Choice(Enum):
    OTHER_FILE = "other"
    NEW_FILE = "new"
    QUIT = "quit"


def _tr(text: str) -> str:
    return QCoreApplication.translate("OpenErrors", text)


def headline(error: DatabaseError) -> str:
    if isinstance(error, NotOurDatabase):
        return _tr("This file is not a Delegation Desk database.")
    if isinstance(error, CorruptDatabase):
        return _tr("This database is damaged.")
    if isinstance(error, NewerDatabase):
        return _tr("This database comes from a newer version of Delegation Desk.")
    if isinstance(error, ReadOnlyDatabase):
        return _tr("This database cannot be written to.")
    return _tr("This database cannot be opened.")


def ask(error: DatabaseError, parent: QWidget | None) -> Choice:
    """The dialog itself (tests replace this function)."""
    box = QMessageBox(parent)
    box.setObjectName("open_error_dialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(_tr("Cannot open the database"))
    box.setText(headline(error))
    box.setInformativeText(
        str(error) + "\n\n" + _tr("The file has not been changed. Choose another file, or create a new one.")
    )
    other = box.addButton(_tr("Choose another file…"), QMessageBox.ButtonRole.AcceptRole)
    new = box.addButton(_tr("Create a new database…"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(_tr("Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(other)
    box.exec()
    clicked = box.clickedButton()
    if clicked is other:
        return Choice.OTHER_FILE
    if clicked is new:
        return Choice.NEW_FILE
    return Choice.QUIT


def choose_existing_file(parent: QWidget | None, start: str = "") -> str:
    path, _ = QFileDialog.getOpenFileName(parent, _tr("Open a database"), start, _tr(FILE_FILTER))
    return path


def choose_new_file(parent: QWidget | None, start: str = "") -> str:
    path, _ = QFileDialog.getSaveFileName(
        parent, _tr("Create a new database"), start or "delegation-desk.sqlite3", _tr(FILE_FILTER)
    )
    return path


def refuse_existing(parent: QWidget | None, path: str) -> None:
    QMessageBox.warning(
        parent,
        _tr("File exists"),
        _tr("{0} already exists. A new database needs a new file name; the file was not touched.").format(
            path
        ),
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
