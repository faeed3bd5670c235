"""The Meetings view: the trip's meetings in a table, the selected one open in the editor beside it."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Action, AgendaItem, ItineraryItem, Meeting, Organisation
from desktop.services.timezones import abbreviation, to_local
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import weekday_time
from desktop.ui.directory.labels import meeting_status_label
from desktop.ui.meetings.editor import MeetingEditor, MeetingEditorDialog
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.undo import DeleteCommand, push


@dataclass(frozen=True)
class MeetingRow:
    id: int
    item_id: int
    when: str
    organisation: str
    title: str
    status: str
    agenda: int
    open_actions: int


def load_meetings(session: Session, trip_id: int) -> list[MeetingRow]:
    agenda = select(func.count(AgendaItem.id)).where(AgendaItem.meeting_id == Meeting.id).scalar_subquery()
    actions = (
        select(func.count(Action.id))
        .where(Action.meeting_id == Meeting.id, Action.status == "open")
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            Meeting.id,
            ItineraryItem.id,
            ItineraryItem.start_utc,
            ItineraryItem.start_tz,
            Organisation.name,
            ItineraryItem.title,
            Meeting.status,
            agenda,
            actions,
        )
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .outerjoin(Organisation, Meeting.organisation_id == Organisation.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc, Meeting.id)
    ).all()
    out = []
    for mid, item_id, start, zone, org, title, status, n_agenda, n_actions in rows:
        local = to_local(start, zone)
        when = f"{weekday_time(local)} {abbreviation(start, zone)}"
        out.append(MeetingRow(mid, item_id, when, org or "", title, status, n_agenda, n_actions))
    return out


class MeetingsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("meetings_view")
        self.model: RowsModel[MeetingRow] = RowsModel(
            [
                Column(self.tr("When (local)"), lambda r: r.when),
                Column(self.tr("Organisation"), lambda r: r.organisation),
                Column(self.tr("Status"), lambda r: meeting_status_label(r.status)),
                Column(self.tr("Agenda"), lambda r: r.agenda or "", align=Qt.AlignmentFlag.AlignRight),
                Column(
                    self.tr("Open actions"), lambda r: r.open_actions or "", align=Qt.AlignmentFlag.AlignRight
                ),
            ],
            lambda r: r.id,
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter meetings…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setObjectName("meetings_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        new = QPushButton(self.tr("New meeting…"))
        new.clicked.connect(self.new_record)
        delete = QPushButton(self.tr("Delete…"))
        delete.clicked.connect(self.delete_selected)

        self.editor = MeetingEditor(context, None)
        self.editor.saved.connect(lambda _id: self.reload())
        self.empty = QLabel(self.tr("Choose a meeting on the left, or create one."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        tools = QHBoxLayout()
        tools.addWidget(new)
        tools.addWidget(delete)
        tools.addWidget(self.search, 1)
        ll.addLayout(tools)
        ll.addWidget(self.table, 1)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.empty, 1)
        rl.addWidget(self.editor, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([520, 780])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self._current = 0
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        context.trip_changed.connect(self._trip_changed)
        context.data_changed.connect(self._data_changed)
        self._trip_changed()

    @Slot()
    def _trip_changed(self) -> None:
        self._current = 0
        self.reload()
        self._show(self.model.ident_at(0) if self.model.rowCount() else 0)

    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if topic in (Topic.MEETINGS, Topic.ITINERARY, Topic.FOLLOWUPS, Topic.DIRECTORY):
            self.reload()

    def reload(self) -> None:
        trip_id = self.context.trip_id
        rows = self.context.read(lambda s: load_meetings(s, trip_id)) if trip_id else []
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        if self._current and self.model.row_of(self._current) < 0:
            self._show(0)
        else:
            self._select_row(self._current)

    def _select_row(self, meeting_id: int) -> None:
        row = self.model.row_of(meeting_id)
        if row < 0:
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index.isValid() and self.table.currentIndex().row() != index.row():
            self.table.blockSignals(True)
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(index.row())
            self.table.selectionModel().blockSignals(False)
            self.table.blockSignals(False)

    @Slot()
    def _row_changed(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        meeting_id = self.model.ident_at(self.proxy.mapToSource(index).row())
        if meeting_id == self._current:
            return
        if not self.editor.can_leave():
            self._select_row(self._current)
            return
        self._show(meeting_id)

    def show_meeting(self, meeting_id: int) -> None:
        if meeting_id != self._current and not self.editor.can_leave():
            return
        self._show(meeting_id)

    def _show(self, meeting_id: int) -> None:
        self._current = meeting_id
        self.empty.setVisible(not meeting_id)
        self.editor.setVisible(bool(meeting_id))
        if meeting_id:
            self.editor.setEnabled(True)
            self.editor.meeting_id = meeting_id
            self.editor.load()
            self._select_row(meeting_id)

    def can_leave(self) -> bool:
        return self.editor.can_leave()

    # --- window actions ---
    def new_record(self) -> None:
        if not self.context.trip_id or not self.editor.can_leave():
            return
        dialog = MeetingEditorDialog(self.context, None, parent=self)
        if dialog.exec() and dialog.editor.meeting_id:
            self.reload()
            self._show(dialog.editor.meeting_id)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def print_current(self) -> None:
        if self._current:
            self.editor.print_agenda()

    def delete_selected(self) -> None:
        row_index = self.model.row_of(self._current)
        if row_index < 0:
            return
        row = self.model.row_at(row_index)
        answer = QMessageBox.question(
            self,
            self.tr("Delete meeting"),
            self.tr("Delete “{0}” ({1}) with its agenda, attendees and follow-up actions?").format(
                row.title, row.when
            )
            + "\n\n"
            + self.tr("You can undo this with Ctrl+Z."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.editor._set_dirty(False)  # the meeting is going: nothing of it is left to save
        push(
            self.context,
            DeleteCommand(
                self.context,
                self.tr("Delete “{0}”").format(row.title),
                "itinerary_items",
                row.item_id,
                Topic.ITINERARY,
                Topic.MEETINGS,
                Topic.FOLLOWUPS,
            ),
        )
