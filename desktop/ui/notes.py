"""Timestamped notes on a meeting, an organisation or a person: list, add, edit, delete (all undoable).

Embedded by the directory's detail pane, the follow-ups view and the meeting editor:
``NotesPanel(context, meeting_id=...)``; ``set_subject(...)`` points it at another record.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from desktop.services import followups
from desktop.services.errors import ServiceError
from desktop.services.validation import MAX_TEXT
from desktop.ui.context import AppContext, Topic
from desktop.ui.drafts import DraftKeeper
from desktop.ui.field_errors import FieldErrors
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, push

PREVIEW_CHARS = 240


@dataclass(frozen=True)
class NoteRow:
    id: int
    created_at: dt.datetime
    updated_at: dt.datetime
    author: str
    body: str
    version: int

    @property
    def edited(self) -> bool:
        return (self.updated_at - self.created_at) > dt.timedelta(seconds=1)


def _local(instant: dt.datetime) -> str:
    """A stored UTC instant in the user's own local time, with its zone ('2024-09-12 21:40 CST'), as
    everywhere a note's time is shown."""
    local = instant.astimezone()
    return f"{local:%Y-%m-%d %H:%M} {local.tzname() or ''}".rstrip()


class NotesModel(QAbstractListModel):
    """Notes of one subject, newest first, as plain rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes: list[NoteRow] = []

    def set_notes(self, notes: list[NoteRow]) -> None:
        self.beginResetModel()
        self.notes = notes
        self.endResetModel()

    def row_of(self, note_id: int) -> int:
        return next((i for i, n in enumerate(self.notes) if n.id == note_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.notes)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.notes)):
            return None
        note = self.notes[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            head = _local(note.created_at)
            if note.author:
                head += f" · {note.author}"
            if note.edited:
                head += " · " + self.tr("edited {0}").format(_local(note.updated_at))
            preview = " ".join(note.body.split())
            if len(preview) > PREVIEW_CHARS:
                preview = preview[:PREVIEW_CHARS].rstrip() + "…"
            return f"{head}\n{preview}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("{0:,} characters").format(len(note.body))
        if role == Qt.ItemDataRole.UserRole:
            return note.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren


class NotesPanel(QWidget):
    """The list of notes above an editor. With a note selected the editor changes it; with none, it adds."""

    def __init__(
        self,
        context: AppContext,
        parent: QWidget | None = None,
        *,
        meeting_id: int | None = None,
        organisation_id: int | None = None,
        person_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._subject: dict[str, int] = {}
        self._editing: NoteRow | None = None
        self._loaded_body = ""
        self._quiet = False  # True while the panel itself moves the list's selection
        # what is typed goes to disk a moment after each change (a crash must not cost it)
        self.drafts = DraftKeeper(
            self,
            context,
            key=self._draft_key,
            state=lambda: {"body": self.body.toPlainText(), "author": self.author.text()},
            dirty=self.is_dirty,
            apply=self._show_draft,
        )

        self.title = QLabel(self.tr("Notes"))
        self.title.setStyleSheet("font-weight: bold;")
        self.model = NotesModel(self)
        self.list = QListView()
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAlternatingRowColors(True)
        self.list.setWordWrap(True)
        self.list.setUniformItemSizes(False)
        self.list.setAccessibleName(self.tr("Notes"))
        self.list.selectionModel().currentRowChanged.connect(self._on_current_changed)

        self.author = QLineEdit()
        self.author.setPlaceholderText(self.tr("Author (your name)"))
        self.author.setMaxLength(200)
        self.body = QPlainTextEdit()
        self.body.setPlaceholderText(self.tr("Write a note…"))
        self.body.setTabChangesFocus(True)
        self.body.textChanged.connect(self._update_state)
        self.body.textChanged.connect(lambda: self.drafts.changed())
        self.count = QLabel()
        self.count.setStyleSheet("color: palette(mid);")
        self.errors = FieldErrors()

        self.new_button = QPushButton(self.tr("New note"))
        self.save_button = QPushButton(self.tr("Add note"))
        self.save_button.setDefault(False)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.new_button.clicked.connect(self.start_new)
        self.save_button.clicked.connect(self.save)
        self.delete_button.clicked.connect(self.delete_selected)

        editor = QWidget()
        form = QVBoxLayout(editor)
        form.setContentsMargins(0, 0, 0, 0)
        form.addWidget(self.drafts.banner)
        form.addWidget(self.errors.wrap("author", self.author))
        form.addWidget(self.errors.wrap("body", self.body), 1)
        form.addWidget(self.errors.banner)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        buttons.addWidget(self.save_button)
        form.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.list)
        splitter.addWidget(editor)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([220, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(splitter, 1)
        self.setTabOrder(self.list, self.author)
        self.setTabOrder(self.author, self.body)
        self.setTabOrder(self.body, self.save_button)

        context.data_changed.connect(self._on_data_changed)
        self.set_subject(meeting_id=meeting_id, organisation_id=organisation_id, person_id=person_id)

    # --- public ---------------------------------------------------------------------------------------

    def set_subject(
        self,
        *,
        meeting_id: int | None = None,
        organisation_id: int | None = None,
        person_id: int | None = None,
    ) -> None:
        subject = {
            k: v
            for k, v in (
                ("meeting_id", meeting_id),
                ("organisation_id", organisation_id),
                ("person_id", person_id),
            )
            if v
        }
        if subject == self._subject:
            return
        if self._subject and self.is_dirty() and self.body.toPlainText().strip():
            answer = QMessageBox.question(
                self,
                self.tr("Unsaved note"),
                self.tr("Save the note you were writing before moving on?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard,
                QMessageBox.StandardButton.Save,
            )
            if answer == QMessageBox.StandardButton.Save:
                self.save()
            else:
                self.drafts.forget()
        self._subject = subject
        self._editing = None
        self._set_editor("", "")
        self.reload()

    @property
    def subject(self) -> dict[str, int]:
        return dict(self._subject)

    def reload(self) -> None:
        if not self._subject:
            self.model.set_notes([])
            self._update_state()
            return
        subject = self._subject
        notes = self.context.read(
            lambda s: [
                NoteRow(n.id, n.created_at, n.updated_at, n.author, n.body, n.version)
                for n in followups.notes_for(s, **subject)
            ]
        )
        editing = self._editing
        self.model.set_notes(notes)
        if editing is not None:
            row = self.model.row_of(editing.id)
            if row >= 0:
                self._editing = self.model.notes[row]
                self._set_current(row)
                if not self.is_dirty():
                    self._set_editor(self._editing.body, self._editing.author)
            else:  # deleted (or undone): what was typed stays in the editor, as a new note
                self._editing = None
        self._update_state()

    def is_dirty(self) -> bool:
        return self.body.toPlainText() != self._loaded_body

    @Slot()
    def start_new(self) -> None:
        if not self._may_discard():
            return
        self._editing = None
        self.list.clearSelection()
        self.list.setCurrentIndex(QModelIndex())
        self._set_editor("", self.author.text() or _last_author())
        self.body.setFocus()

    def focus_editor(self) -> None:
        self.body.setFocus()

    @Slot()
    def save(self) -> bool:
        if not self._subject:
            return False
        body = self.body.toPlainText()
        key = self._draft_key()
        try:
            if self._editing is None:
                self._add(body, self.author.text())
            else:
                self._update(self._editing, body)
        except ServiceError as error:
            self.errors.show_error(error)
            return False
        self.drafts.forget(key)
        self.errors.clear()
        return True

    @Slot()
    def delete_selected(self) -> None:
        note = self._editing
        if note is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete note"),
            self.tr("Delete the note of {0}? You can undo this.").format(_local(note.created_at)),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.drafts.forget()
        self._editing = None
        self._set_editor("", self.author.text())
        push(
            self.context,
            DeleteCommand(self.context, self.tr("Delete note"), "notes", note.id, Topic.FOLLOWUPS),
        )

    # --- internals ------------------------------------------------------------------------------------

    def _add(self, body: str, author: str) -> None:
        subject = dict(self._subject)

        def create(session: Session) -> Any:
            return followups.add_note(session, body, author=author, **subject)

        command = CreateCommand(self.context, self.tr("Add note"), create, "notes", Topic.FOLLOWUPS)
        push(self.context, command)
        _remember_author(author)
        # Keep the new note selected so a second Save edits it instead of adding a copy.
        self._select(command.ident or 0)

    def _update(self, note: NoteRow, body: str) -> None:
        note_id = note.id

        def apply(session: Session, values: dict[str, Any]) -> Any:
            return followups.update_note(session, note_id, values["body"])

        push(
            self.context,
            EditCommand(
                self.context,
                self.tr("Edit note"),
                apply,
                {"body": note.body},
                {"body": body},
                Topic.FOLLOWUPS,
            ),
        )
        self._select(note_id)

    def _select(self, note_id: int) -> None:
        """Select a note and load it into the editor as saved."""
        row = self.model.row_of(note_id)
        if row < 0:
            return
        self._editing = self.model.notes[row]
        self._set_current(row)
        self._set_editor(self._editing.body, self._editing.author)

    def _set_current(self, row: int) -> None:
        """Move the list's selection without treating it as the user picking another note."""
        self._quiet = True
        try:
            self.list.setCurrentIndex(self.model.index(row) if row >= 0 else QModelIndex())
        finally:
            self._quiet = False

    def _set_editor(self, body: str, author: str) -> None:
        self._loaded_body = body
        self.body.setPlainText(body)
        self.author.setText(author)
        self.errors.clear()
        self._update_state()
        self.drafts.offer()

    # --- drafts: the note being written, kept on disk until saved or discarded ---

    def _draft_key(self) -> str | None:
        if not self._subject:
            return None
        subject = ",".join(f"{k}={v}" for k, v in sorted(self._subject.items()))
        return f"note:{subject}:{self._editing.id if self._editing else 'new'}"

    def _show_draft(self, data: dict[str, Any]) -> None:
        """A kept note back in the editor, unsaved; an existing note keeps its author."""
        self.body.setPlainText(str(data.get("body", "")))
        if self._editing is None:
            self.author.setText(str(data.get("author", "")))
        self._update_state()

    def _may_discard(self) -> bool:
        if not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved note"),
            self.tr("The note you are writing is not saved. Discard it?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.drafts.forget()
            return True
        return False

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, previous: QModelIndex) -> None:
        if self._quiet:
            return
        note = self.model.notes[current.row()] if current.isValid() else None
        if note is not None and self._editing is not None and note.id == self._editing.id:
            return
        if not self._may_discard():
            self._set_current(previous.row() if previous.isValid() else -1)
            return
        self._editing = note
        if note is None:
            self._set_editor("", self.author.text())
        else:
            self._set_editor(note.body, note.author)

    def _update_state(self) -> None:
        has_subject = bool(self._subject)
        editing = self._editing is not None
        self.setEnabled(has_subject)
        self.author.setReadOnly(editing)  # the author of a note stays who wrote it
        self.save_button.setText(self.tr("Save note") if editing else self.tr("Add note"))
        self.save_button.setEnabled(has_subject and (self.is_dirty() or not editing))
        self.delete_button.setEnabled(editing)
        length = len(self.body.toPlainText())
        self.count.setText(self.tr("{0:,} / {1:,} characters").format(length, MAX_TEXT) if length else "")
        count = len(self.model.notes)
        self.title.setText(self.tr("Notes ({0})").format(count) if count else self.tr("Notes"))

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        if topic in (Topic.FOLLOWUPS, Topic.DIRECTORY, Topic.MEETINGS):
            self.reload()


_author = ""


def _remember_author(author: str) -> None:
    global _author
    if author.strip():
        _author = author.strip()


def _last_author() -> str:
    return _author
