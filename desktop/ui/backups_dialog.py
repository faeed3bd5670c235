"""File > Back up now… and File > Restore from backup…: the GUI side of ``db.backups``.

A backup made here is the same verified, private copy the command line makes (SQLite's online backup API,
``quick_check`` before it takes its name). Its suggested place is the ``backups`` folder beside the
database, under the name the automatic backups use, so it is listed for a restore and offered if the file
is ever found damaged; the user may put it anywhere else (a USB stick). A restore keeps the file it
replaces, as ``delegation-desk restore`` does.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import re
import shutil
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Slot
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from db import backups
from db.errors import DatabaseError
from desktop.ui.open_errors import FILE_FILTER

PATH_ROLE = Qt.ItemDataRole.UserRole
# how db.backups names a backup: <stem>-<UTC stamp>[.<n>]-<kind>.sqlite3
_STAMP_AND_KIND = re.compile(r"-(\d{8}T\d{6}Z)(?:\.\d+)?-([a-z0-9-]+)\.sqlite3$")


def kind_label(kind: str) -> str:
    """What a backup's kind means to the user."""
    if kind == "daily":
        return QCoreApplication.translate("Backups", "Daily (automatic)")
    if kind == "manual":
        return QCoreApplication.translate("Backups", "Made with Back up now")
    if kind == "replaced":
        return QCoreApplication.translate("Backups", "Replaced by a restore")
    if kind.startswith("before-"):
        return QCoreApplication.translate("Backups", "Before the upgrade to schema {0}").format(
            kind.removeprefix("before-")
        )
    return kind


def size_label(size: int) -> str:
    if size >= 1024 * 1024:
        return QCoreApplication.translate("Backups", "{0:.1f} MB").format(size / (1024 * 1024))
    return QCoreApplication.translate("Backups", "{0} KB").format(max(1, round(size / 1024)))


def taken_label(taken_at: dt.datetime) -> str:
    """The local time a backup was taken, unambiguous in every language: '2024-09-12 08:30'."""
    return taken_at.astimezone().strftime("%Y-%m-%d %H:%M")


def reason(exc: BaseException) -> str:
    """An error as a sentence: an OSError names the file and the system's reason, not an errno."""
    if isinstance(exc, OSError) and exc.strerror:
        return f"{exc.filename}: {exc.strerror}." if exc.filename else f"{exc.strerror}."
    return str(exc)


def describe(backup: Path) -> str:
    """'2024-09-12 08:30, Daily (automatic)' for a file named as db.backups names them, else its name."""
    match = _STAMP_AND_KIND.search(backup.name)
    if match is None:
        return backup.name
    taken = dt.datetime.strptime(match[1], backups.STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return f"{taken_label(taken)}, {kind_label(match[2])}"


@contextlib.contextmanager
def busy() -> Iterator[None]:
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QGuiApplication.restoreOverrideCursor()


# --- Back up now ------------------------------------------------------------------------------------------


def suggested_destination(db_path: Path) -> Path:
    """Where "Back up now" proposes to save: among the backups, named as they are (kind ``manual``)."""
    folder = backups.private_folder(backups.folder_for(db_path))
    return folder / f"{db_path.stem}-{backups.stamp_now()}-manual.sqlite3"


def choose_destination(parent: QWidget | None, db_path: Path) -> str:
    """The save dialog (tests replace this function). An empty string: cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("Backups", "Back up the database"),
        str(suggested_destination(db_path)),
        QCoreApplication.translate("OpenErrors", FILE_FILTER),
    )
    return path


def save_copy(db_path: Path, destination: Path) -> Path:
    """A verified copy of the open database at ``destination`` (replacing a file there the user agreed to
    overwrite, never the database itself). The copy is made beside the database first, where the
    hard link ``copy_database`` ends with works, then moved or copied over, so a failure leaves no
    half-written file at ``destination``."""
    destination = destination.expanduser()
    if destination.exists() and destination.resolve() == db_path.resolve():
        raise DatabaseError(
            QCoreApplication.translate("Backups", "{0} is the database itself: choose another name.").format(
                destination
            )
        )
    if not destination.parent.is_dir():
        raise DatabaseError(
            QCoreApplication.translate("Backups", "The folder {0} does not exist.").format(destination.parent)
        )
    fresh = db_path.with_name(f".{db_path.name}.backup-{os.getpid()}")
    fresh.unlink(missing_ok=True)
    backups.copy_database(db_path, fresh)
    try:
        try:
            os.replace(fresh, destination)
        except OSError:  # another disk (a USB stick): copy the bytes, then give them the name
            partial = destination.with_name(f".{destination.name}.partial-{os.getpid()}")
            try:
                fd = os.open(partial, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
                with os.fdopen(fd, "wb") as out, fresh.open("rb") as source:
                    shutil.copyfileobj(source, out, 1024 * 1024)
                    out.flush()
                    os.fsync(out.fileno())
                os.replace(partial, destination)
            finally:
                partial.unlink(missing_ok=True)
    finally:
        fresh.unlink(missing_ok=True)
    return destination


# --- Restore from backup ----------------------------------------------------------------------------------


class RestoreDialog(QDialog):
    """The backups beside the database, newest first (date, kind, size); or a backup file elsewhere."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(QCoreApplication.translate("Backups", "Restore from backup"))
        self.db_path = db_path
        self.chosen: Path | None = None

        intro = QLabel(
            QCoreApplication.translate(
                "Backups",
                "Choose the backup to put in place of {0}. The current file is not deleted: it is kept "
                "among the backups (as “Replaced by a restore”), so this can be undone by restoring it.",
            ).format(db_path.name)
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.folder = QLabel(
            QCoreApplication.translate("Backups", "Backups in {0}").format(backups.folder_for(db_path))
        )
        self.folder.setTextFormat(Qt.TextFormat.PlainText)
        self.folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.folder.setWordWrap(True)

        self.list = QTreeWidget()
        self.list.setObjectName("backup_list")
        self.list.setRootIsDecorated(False)
        self.list.setUniformRowHeights(True)
        self.list.setAlternatingRowColors(True)
        self.list.setHeaderLabels(
            [
                QCoreApplication.translate("Backups", "Taken (local time)"),
                QCoreApplication.translate("Backups", "Kind"),
                QCoreApplication.translate("Backups", "Size"),
            ]
        )
        header = self.list.header()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        for backup in backups.list_backups(db_path):
            try:
                size = backup.path.stat().st_size
            except OSError:
                continue  # removed meanwhile
            item = QTreeWidgetItem([taken_label(backup.taken_at), kind_label(backup.kind), size_label(size)])
            item.setData(0, PATH_ROLE, str(backup.path))
            item.setToolTip(0, str(backup.path))
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in (0, 2):  # fitted to the text, with room to breathe between the columns
            self.list.resizeColumnToContents(column)
            self.list.setColumnWidth(column, self.list.columnWidth(column) + 24)
        self.empty = QLabel(QCoreApplication.translate("Backups", "There is no backup of this database yet."))
        self.empty.setObjectName("no_backups")
        self.empty.setVisible(self.list.topLevelItemCount() == 0)
        self.list.setVisible(self.list.topLevelItemCount() > 0)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(QCoreApplication.translate("Backups", "&Restore…"))
        self.restore_button.setObjectName("restore_button")
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.other_button = QPushButton(QCoreApplication.translate("Backups", "&Other file…"))
        self.other_button.setToolTip(
            QCoreApplication.translate("Backups", "A backup saved elsewhere, e.g. on a USB stick")
        )
        buttons.addButton(self.other_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self._restore_selected)
        self.other_button.clicked.connect(self._other_file)
        self.list.itemDoubleClicked.connect(lambda _item, _column: self._restore_selected())
        self.list.currentItemChanged.connect(lambda *_: self._enable())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.folder)
        layout.addWidget(self.list, 1)
        # with no backup to list, the spare height goes under its message, not between the lines above
        layout.addWidget(self.empty, 0 if self.list.isVisibleTo(self) else 1, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(buttons)
        if self.list.topLevelItemCount():
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self._enable()
        self.resize(680, 420)

    def _enable(self) -> None:
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def selected_path(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(0, PATH_ROLE)) if item is not None else None

    @Slot()
    def _restore_selected(self) -> None:
        self.chosen = self.selected_path()
        if self.chosen is not None:
            self.accept()

    @Slot()
    def _other_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            QCoreApplication.translate("Backups", "Restore a backup file"),
            str(self.db_path.parent),
            QCoreApplication.translate("OpenErrors", FILE_FILTER),
        )
        if path:
            self.chosen = Path(path)
            self.accept()


def choose_backup(parent: QWidget | None, db_path: Path) -> Path | None:
    """The restore dialog (tests replace this function). None: cancelled."""
    dialog = RestoreDialog(db_path, parent)
    return dialog.chosen if dialog.exec() else None


def confirm_restore(parent: QWidget | None, backup: Path, db_path: Path) -> bool:
    """Asks before a backup replaces the database (tests replace this function)."""
    box = QMessageBox(parent)
    box.setObjectName("confirm_restore")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("Backups", "Restore from backup"))
    box.setText(
        QCoreApplication.translate("Backups", "Put the backup of {0} in place of the database?").format(
            describe(backup)
        )
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "Backups",
            "Everything changed in {0} since that backup was taken will no longer show. The current file "
            "is kept among the backups, so you can restore it in its turn. The window reopens on the "
            "restored database.",
        ).format(db_path)
    )
    restore = box.addButton(
        QCoreApplication.translate("Backups", "Restore"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is restore


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """An information box (tests replace this function)."""
    QMessageBox.information(parent, title, text)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """A warning box (tests replace this function)."""
    QMessageBox.warning(parent, title, text)
