"""Follow-ups: every action agreed in the trip's meetings, who owns it and by when; overdue ones marked.
Filter by owner or text, show the done ones too, mark done / reopen (undoable); notes on the meeting."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, QTimer, Slot
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Action, ActionStatus, ItineraryItem, Meeting, Organisation
from desktop.services import meetings
from desktop.services import trips as trip_service
from desktop.services.errors import ServiceError
from desktop.services.records import get
from desktop.ui.context import AppContext, Topic
from desktop.ui.directory.detail import local_time
from desktop.ui.field_errors import FieldErrors
from desktop.ui.followups.tables import MEETING_ID, STATUS, Owner, actions_model
from desktop.ui.notes import NotesPanel
from desktop.ui.tables import RecordTable
from desktop.ui.tables.names import person_label
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, push

UNASSIGNED = -1
ACTION_COLUMN, STATUS_COLUMN = 0, 5
ACTION_FIELDS = ("description", "owner_id", "due_date", "notes")


def trip_meetings(session: Session, trip_id: int) -> list[tuple[int, str]]:
    rows = session.execute(
        select(
            Meeting.id,
            ItineraryItem.title,
            ItineraryItem.start_utc,
            ItineraryItem.start_tz,
            Organisation.name,
        )
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .outerjoin(Organisation, Meeting.organisation_id == Organisation.id)
        .where(ItineraryItem.trip_id == trip_id)
        .order_by(ItineraryItem.start_utc)
    ).all()
    return [(i, f"{local_time(start, tz)[:16]} · {title}") for i, title, start, tz, _org in rows]


def trip_people(session: Session, trip_id: int) -> list[tuple[int, str]]:
    """Who may own an action: the trip's delegation, head first."""
    return [(m.person_id, m.person.both_scripts) for m in trip_service.members(session, trip_id)]


class ActionDialog(QDialog):
    """New or changed follow-up action; the meetings service's rules decide what is valid."""

    def __init__(
        self,
        title: str,
        meetings_list: list[tuple[int, str]],
        people: list[tuple[int, str]],
        submit: Any,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self._submit = submit
        self.errors = FieldErrors()
        self.meeting = QComboBox()
        for ident, label in meetings_list:
            self.meeting.addItem(label, ident)
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(self.description.fontMetrics().lineSpacing() * 4 + 14)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("— nobody yet —"), None)
        for ident, label in people:
            self.owner.addItem(label, ident)
        self.has_due = QCheckBox(self.tr("Due by"))
        self.due = QDateEdit(QDate.currentDate().addDays(14))
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.due.setEnabled(False)
        self.has_due.toggled.connect(self.due.setEnabled)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        due_box = QWidget()
        due_box.setLayout(due_row)
        due_row.setContentsMargins(0, 0, 0, 0)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(self.notes.fontMetrics().lineSpacing() * 3 + 14)
        form = QFormLayout()
        form.addRow(self.tr("Meeting"), self.errors.wrap("meeting_id", self.meeting))
        form.addRow(self.tr("What is to be done"), self.errors.wrap("description", self.description))
        form.addRow(self.tr("Owner"), self.errors.wrap("owner_id", self.owner))
        form.addRow(self.tr("Due"), self.errors.wrap("due_date", due_box))
        form.addRow(self.tr("Notes"), self.errors.wrap("notes", self.notes))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addLayout(form)
        layout.addStretch(1)  # spare height below the last field, not spread between the rows
        layout.addWidget(buttons)
        self.resize(560, 420)

    def set_values(self, values: dict[str, Any]) -> None:
        self.meeting.setCurrentIndex(max(self.meeting.findData(values.get("meeting_id")), 0))
        self.description.setPlainText(values.get("description") or "")
        self.owner.setCurrentIndex(max(self.owner.findData(values.get("owner_id")), 0))
        due = values.get("due_date")
        self.has_due.setChecked(due is not None)
        if due is not None:
            self.due.setDate(QDate(due.year, due.month, due.day))
        self.notes.setPlainText(values.get("notes") or "")

    def values(self) -> dict[str, Any]:
        due = self.due.date().toPython() if self.has_due.isChecked() else None
        return {
            "description": self.description.toPlainText(),
            "owner_id": self.owner.currentData(),
            "due_date": due,
            "notes": self.notes.toPlainText(),
        }

    @Slot()
    def accept(self) -> None:
        try:
            self._submit(self.meeting.currentData(), self.values())
        except ServiceError as error:
            self.errors.show_error(error)
            return
        super().accept()


class FollowUpsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.model = actions_model(context.database, self)
        self.model.set_condition("trip", ItineraryItem.trip_id == context.trip_id, reload=False)
        self.model.set_condition("open", Action.status == ActionStatus.OPEN.value, reload=False)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter: action, owner or organisation"))
        self.search.setClearButtonEnabled(True)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(lambda: self.model.set_search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.owner_filter = QComboBox()
        self.owner_filter.setMinimumContentsLength(18)
        self.owner_filter.currentIndexChanged.connect(self._owner_chosen)
        owner_label = QLabel(self.tr("&Owner:"))
        owner_label.setBuddy(self.owner_filter)
        self.show_done = QCheckBox(self.tr("Show &done and dropped"))
        self.show_done.toggled.connect(self._show_done_toggled)
        self.summary = QLabel()
        self.summary.setObjectName("followups_summary")

        self.table = RecordTable(self.model)
        self.table.current_id_changed.connect(self._selected)
        self.table.activated_id.connect(self.edit_action)
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.clicked.connect(self.toggle_done)
        self.new_button = QPushButton(self.tr("&New action…"))
        self.new_button.clicked.connect(self.new_record)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.edit_button.clicked.connect(lambda: self.edit_action(self.table.selected_id()))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_selected)

        self.notes = NotesPanel(context)
        self.notes_title = QLabel()
        self.notes_title.setTextFormat(Qt.TextFormat.PlainText)
        self.notes_title.setWordWrap(True)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 1)
        filters.addWidget(owner_label)
        filters.addWidget(self.owner_filter)
        filters.addWidget(self.show_done)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            buttons.addWidget(button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addLayout(filters)
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(buttons)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.notes_title)
        right_layout.addWidget(self.notes, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([1100, 330])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._fit_columns()

        self.model.reloaded.connect(self._summarise)
        self.model.reloaded.connect(self._keep_a_selection)
        context.trip_changed.connect(self._trip_changed)
        context.data_changed.connect(self._on_data_changed)
        self._trip_changed(context.trip_id)
        self._selected(self.table.selected_id())

    # --- what the main window calls ------------------------------------------------------------------

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def new_record(self) -> ActionDialog | None:
        trip_id = self.context.trip_id
        meeting_list = self.context.read(lambda s: trip_meetings(s, trip_id)) if trip_id else []
        if not meeting_list:
            QMessageBox.information(
                self,
                self.tr("New action"),
                self.tr("This trip has no meetings yet: actions come from meetings."),
            )
            return None
        created: list[int] = []

        def submit(meeting_id: int, values: dict[str, Any]) -> None:
            command = CreateCommand(
                self.context,
                self.tr("New action"),
                lambda s: meetings.add_action(s, meeting_id, **values),
                "actions",
                Topic.FOLLOWUPS,
                Topic.MEETINGS,
            )
            push(self.context, command)
            created.append(command.ident or 0)

        dialog = ActionDialog(self.tr("New action"), meeting_list, self._people(), submit, self)
        row = self.table.currentIndex().row()
        if row >= 0:
            dialog.set_values({"meeting_id": self.model.row_values(row)[MEETING_ID]})
        dialog.accepted.connect(lambda: self.table.select_id(created[-1]) if created else None)
        dialog.open()
        return dialog

    def edit_action(self, action_id: int) -> ActionDialog | None:
        if not action_id:
            return None
        trip_id = self.context.trip_id

        def read(session: Session) -> dict[str, Any]:
            action = get(session, Action, action_id, "action")
            return {"meeting_id": action.meeting_id, **{f: getattr(action, f) for f in ACTION_FIELDS}}

        before = self.context.read(read)
        meeting_list = self.context.read(lambda s: trip_meetings(s, trip_id))

        def submit(_meeting_id: int, values: dict[str, Any]) -> None:
            old = {k: before[k] for k in values if (before[k] or None) != (values[k] or None)}
            new = {k: values[k] for k in old}
            if not new:
                return
            push(
                self.context,
                EditCommand(
                    self.context,
                    self.tr("Edit action"),
                    lambda s, v: meetings.update_action(s, action_id, **v),
                    old,
                    new,
                    Topic.FOLLOWUPS,
                    Topic.MEETINGS,
                ),
            )

        dialog = ActionDialog(self.tr("Edit action"), meeting_list, self._people(), submit, self)
        dialog.set_values(before)
        dialog.meeting.setEnabled(False)  # an action stays with the meeting that agreed it
        dialog.open()
        return dialog

    def delete_selected(self) -> None:
        ident = self.table.selected_id()
        if not ident:
            return
        description = self.model.row_values(self.model.row_of(ident))[1]
        short = description if len(description) <= 80 else description[:80] + "…"
        answer = QMessageBox.question(
            self,
            self.tr("Delete action"),
            self.tr("Delete the action “{0}”? You can undo this (Ctrl+Z).").format(short),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            push(
                self.context,
                DeleteCommand(
                    self.context, self.tr("Delete action"), "actions", ident, Topic.FOLLOWUPS, Topic.MEETINGS
                ),
            )

    @Slot()
    def toggle_done(self) -> None:
        ident = self.table.selected_id()
        if not ident:
            return
        status = self.model.row_values(self.model.row_of(ident))[STATUS]
        new = ActionStatus.OPEN.value if status != ActionStatus.OPEN.value else ActionStatus.DONE.value
        text = self.tr("Mark action done") if new == ActionStatus.DONE.value else self.tr("Reopen action")
        try:
            push(
                self.context,
                EditCommand(
                    self.context,
                    text,
                    lambda s, v: meetings.update_action(s, ident, **v),
                    {"status": status},
                    {"status": new},
                    Topic.FOLLOWUPS,
                    Topic.MEETINGS,
                ),
            )
        except ServiceError as error:
            QMessageBox.warning(self, text, str(error))

    # --- internals -----------------------------------------------------------------------------------

    def _people(self) -> list[tuple[int, str]]:
        trip_id = self.context.trip_id
        return self.context.read(lambda s: trip_people(s, trip_id)) if trip_id else []

    def _trip_changed(self, trip_id: int) -> None:
        self.model.set_condition("trip", ItineraryItem.trip_id == trip_id, reload=False)
        self._load_owners()
        self.model.reload()
        self._summarise()

    def _load_owners(self) -> None:
        trip_id = self.context.trip_id
        current = self.owner_filter.currentData()
        owners = self._people()
        known = {i for i, _ in owners}

        def others(session: Session) -> list[tuple[int, str]]:
            rows = session.execute(
                select(Owner.id, Owner.native_name, Owner.latin_name, Owner.given_name, Owner.family_name)
                .join(Action, Action.owner_id == Owner.id)
                .join(Meeting, Action.meeting_id == Meeting.id)
                .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
                .where(ItineraryItem.trip_id == trip_id)
                .distinct()
            ).all()
            return [(r[0], person_label(*r[1:])) for r in rows if r[0] not in known]

        if trip_id:
            owners += self.context.read(others)
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone"), None)
        self.owner_filter.addItem(self.tr("Nobody yet"), UNASSIGNED)
        for ident, label in owners:
            self.owner_filter.addItem(label, ident)
        self.owner_filter.setCurrentIndex(max(self.owner_filter.findData(current), 0))
        self.owner_filter.blockSignals(False)
        self._owner_chosen(reload=False)

    def _owner_chosen(self, _index: int = 0, reload: bool = True) -> None:
        owner = self.owner_filter.currentData()
        clause = None
        if owner == UNASSIGNED:
            clause = Action.owner_id.is_(None)
        elif owner:
            clause = Action.owner_id == owner
        self.model.set_condition("owner", clause, reload=reload)

    def _show_done_toggled(self, shown: bool) -> None:
        self.table.setColumnHidden(STATUS_COLUMN, not shown)  # every row would say "Open"
        self.model.set_condition("open", None if shown else Action.status == ActionStatus.OPEN.value)

    def _fit_columns(self) -> None:
        """Owner, due date, organisation and meeting sized for their usual text; the action takes the rest,
        so every column shows in the window's default size."""
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(ACTION_COLUMN, QHeaderView.ResizeMode.Stretch)
        bold = QFont(self.table.font())
        bold.setBold(True)
        due = QFontMetrics(bold).horizontalAdvance(
            "2024-12-31 · " + QCoreApplication.translate("FollowUpTables", "overdue")
        )
        text = self.table.fontMetrics().horizontalAdvance
        samples = {
            1: text("黄志强 (Huang Zhiqiang)"),
            2: due,
            3: text("Global Media Group"),
            5: text("Dropped"),
        }
        samples[4] = text("Meeting with Joinko Group (2024-09-12)")
        for column, width in samples.items():
            self.table.setColumnWidth(column, width + 16)
        self.table.setColumnHidden(STATUS_COLUMN, not self.show_done.isChecked())

    def _keep_a_selection(self) -> None:
        # An action is always selected while the list has any, so its meeting's notes show beside it.
        if self.table.selected_id() == 0:
            self.table.select_first()

    def _summarise(self) -> None:
        trip_id = self.context.trip_id
        today = dt.date.today()

        def count(session: Session) -> tuple[int, int]:
            base = (
                select(func.count(Action.id))
                .join(Meeting, Action.meeting_id == Meeting.id)
                .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
                .where(ItineraryItem.trip_id == trip_id, Action.status == ActionStatus.OPEN.value)
            )
            late = base.where(Action.due_date.is_not(None), Action.due_date < today)
            return session.scalar(base) or 0, session.scalar(late) or 0

        open_, late = self.context.read(count) if trip_id else (0, 0)
        self.summary.setText(
            self.tr("{0} open · {1} overdue · {2} shown").format(open_, late, self.model.total)
        )

    def _selected(self, ident: int) -> None:
        row = self.model.row_of(ident) if ident else -1
        values = self.model.row_values(row) if row >= 0 else None
        for button in (self.done_button, self.edit_button, self.delete_button):
            button.setEnabled(values is not None)
        if values is None:
            self.notes_title.setText(self.tr("Select an action to see the notes of its meeting."))
            self.notes.set_subject()
            return
        is_open = values[STATUS] == ActionStatus.OPEN.value
        self.done_button.setText(self.tr("&Mark done") if is_open else self.tr("&Reopen"))
        org = f" — {values[4]}" if values[4] else ""
        self.notes_title.setText(self.tr("Meeting: {0}{1}").format(values[5], org))
        self.notes.set_subject(meeting_id=values[MEETING_ID])

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        if topic in (Topic.FOLLOWUPS, Topic.MEETINGS, Topic.DIRECTORY, Topic.TRIPS):
            if topic in (Topic.DIRECTORY, Topic.TRIPS, Topic.MEETINGS):
                self._load_owners()
            self.model.refresh()
            self._summarise()
            self._selected(self.table.selected_id())
