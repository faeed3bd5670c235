"""The meeting editor: organisation, time and place, status, briefing, both sides' attendees, the agenda,
outcome notes and follow-up actions; and "Print agenda".

Details are saved together with Save (one undoable step). The agenda and the actions are lists edited one
row at a time, each change saved at once and undoable."""

from __future__ import annotations

import contextlib
import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal, Slot
from PySide6.QtGui import QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Action, AgendaItem, MeetingStatus, Organisation, Trip
from desktop.services import meetings as meeting_service
from desktop.services.errors import FieldError, ServiceError, ValidationError
from desktop.services.timezones import to_local
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import date_edit_format, full_date
from desktop.ui.directory.labels import meeting_status_label
from desktop.ui.drafts import DraftKeeper
from desktop.ui.field_errors import FieldErrors
from desktop.ui.followups.tables import status_label as action_status_label
from desktop.ui.itinerary.item_dialog import _datetime_edit, qdatetime, wall_clock
from desktop.ui.itinerary.places import PlacePicker
from desktop.ui.meetings.state import apply_state, create_from_state, read_state
from desktop.ui.people_names import contacts, delegation
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.screen_fit import resize_within_screen
from desktop.ui.tables.row_height import RowHeightDelegate
from desktop.ui.undo import CallCommand, CreateCommand, DeleteCommand, EditCommand, push
from desktop.ui.zone_picker import ZoneEdit

ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    title: str
    minutes: int
    lead_id: int | None
    lead: str
    notes: str


@dataclass(frozen=True)
class ActionRow:
    id: int
    description: str
    owner_id: int | None
    owner: str
    due_date: dt.date | None
    status: str


def _text_edit(height: int = 90) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setTabChangesFocus(True)
    edit.setMinimumHeight(height)
    return edit


class CheckList(QListView):
    """People to tick (our attendees, theirs)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = QStandardItemModel(self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setItemDelegate(RowHeightDelegate(self))  # rows spaced as the tables' rows are

    def set_people(self, people: list[tuple[int, str]], checked: list[int]) -> None:
        self.model_.blockSignals(True)
        self.model_.clear()
        for ident, label in people:
            item = QStandardItem(label)
            item.setCheckable(True)
            item.setData(ident, ID_ROLE)
            item.setCheckState(Qt.CheckState.Checked if ident in checked else Qt.CheckState.Unchecked)
            self.model_.appendRow(item)
        self.model_.blockSignals(False)
        self.reset()

    def checked(self) -> list[int]:
        return [
            self.model_.item(r).data(ID_ROLE)
            for r in range(self.model_.rowCount())
            if self.model_.item(r).checkState() == Qt.CheckState.Checked
        ]

    def set_checked(self, person_id: int, checked: bool = True) -> None:
        for r in range(self.model_.rowCount()):
            if self.model_.item(r).data(ID_ROLE) == person_id:
                self.model_.item(r).setCheckState(
                    Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
                )


class MeetingEditor(QWidget):
    saved = Signal(int)  # meeting id
    dirty_changed = Signal(bool)

    def __init__(
        self,
        context: AppContext,
        meeting_id: int | None = None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.meeting_id = meeting_id
        self.item_id: int | None = None
        self._day = day
        self._before: dict[str, Any] = {}
        self._dirty = False
        self._loading = False
        self._people: list[tuple[int, str]] = []
        self.setObjectName("meeting_editor")
        self.errors = FieldErrors()
        # what is typed goes to disk a moment after each change (a crash must not cost it)
        self.drafts = DraftKeeper(
            self, context, key=self._draft_key, state=self.state, dirty=self.is_dirty, apply=self._show_draft
        )

        # --- details ---
        self.heading = QLabel()
        self.heading.setObjectName("meeting_heading")
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.heading.setFont(font)
        self.title = QLineEdit()
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.organisation.completer().setCompletionMode(
            self.organisation.completer().CompletionMode.PopupCompletion
        )
        self.organisation.setMinimumContentsLength(28)
        self.status = QComboBox()
        for s in MeetingStatus:
            self.status.addItem(meeting_status_label(s.value), s.value)
        self.start = _datetime_edit()
        self.end = _datetime_edit()
        self.start_tz = ZoneEdit()
        self.end_tz = ZoneEdit()
        self.place = PlacePicker(context)
        self.interpreter = QComboBox()

        def when(edit: QWidget, zone: QWidget, field: str) -> QWidget:
            box = QWidget()
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(edit)
            row.addWidget(QLabel(self.tr("in")))
            row.addWidget(self.errors.wrap(field, zone), 1)
            return box

        details = QFormLayout()
        details.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        details.addRow(self.tr("&Organisation:"), self.errors.wrap("organisation_id", self.organisation))
        details.addRow(self.tr("&Title:"), self.errors.wrap("title", self.title))
        details.addRow(self.tr("&Status:"), self.errors.wrap("status", self.status))
        details.addRow(
            self.tr("Sta&rts:"), self.errors.wrap("start_utc", when(self.start, self.start_tz, "start_tz"))
        )
        details.addRow(self.tr("&Ends:"), self.errors.wrap("end_utc", when(self.end, self.end_tz, "end_tz")))
        details.addRow(self.tr("&Place:"), self.errors.wrap("place_id", self.place))
        details.addRow(self.tr("&Interpreter:"), self.errors.wrap("interpreter_id", self.interpreter))

        # --- briefing ---
        self.objectives = _text_edit()
        self.background = _text_edit()
        self.talking_points = _text_edit()
        briefing = QWidget()
        bl = QFormLayout(briefing)
        bl.addRow(self.tr("Objectives:"), self.errors.wrap("objectives", self.objectives))
        bl.addRow(self.tr("Background:"), self.errors.wrap("background", self.background))
        bl.addRow(self.tr("Talking points:"), self.errors.wrap("talking_points", self.talking_points))

        # --- attendees ---
        self.ours = CheckList()
        self.theirs = CheckList()
        self.theirs_hint = QLabel()
        self.theirs_hint.setWordWrap(True)
        self.theirs_hint.setEnabled(False)
        people = QWidget()
        pl = QGridLayout(people)
        pl.addWidget(QLabel(self.tr("Our side (the delegation):")), 0, 0)
        pl.addWidget(QLabel(self.tr("Their side (the organisation's contacts):")), 0, 1)
        pl.addWidget(self.errors.wrap("ours", self.ours), 1, 0)
        pl.addWidget(self.errors.wrap("theirs", self.theirs), 1, 1)
        pl.addWidget(self.theirs_hint, 2, 1)

        # --- agenda ---
        self.agenda_model: RowsModel[AgendaRow] = RowsModel(
            [
                Column("#", lambda r: r.position + 1, align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Item"), lambda r: r.title, tooltip=lambda r: r.notes),
                Column(self.tr("Minutes"), lambda r: r.minutes or "", align=Qt.AlignmentFlag.AlignRight),
                Column(self.tr("Lead"), lambda r: r.lead, tooltip=lambda r: r.lead),
            ],
            lambda r: r.id,
            self,
        )
        self.agenda = self._table(self.agenda_model, stretch=1)
        self.agenda.setObjectName("agenda_table")
        self.agenda.selectionModel().currentRowChanged.connect(self._agenda_row_chosen)
        self.agenda_title = QLineEdit(placeholderText=self.tr("Agenda item"))
        self.agenda_minutes = QSpinBox()
        self.agenda_minutes.setRange(0, 24 * 60)
        self.agenda_minutes.setSuffix(self.tr(" min"))
        self.agenda_lead = QComboBox()
        self.agenda_lead.setMinimumContentsLength(16)
        self.agenda_notes = _text_edit(64)
        self.agenda_notes.setObjectName("agenda_notes")
        # four lines: the agenda list above keeps the room (long notes scroll)
        self.agenda_notes.setFixedHeight(self.agenda_notes.fontMetrics().lineSpacing() * 4 + 14)
        self.agenda_notes.setPlaceholderText(
            self.tr("Notes on this item: what to say, figures to bring, who answers…")
        )
        self.agenda_errors = FieldErrors()
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_agenda_item)
        self.agenda_update = QPushButton(self.tr("&Update"))
        self.agenda_update.clicked.connect(self.update_agenda_item)
        up = QPushButton(self.tr("Move &up"))
        up.clicked.connect(lambda: self.move_agenda_item(-1))
        down = QPushButton(self.tr("Move do&wn"))
        down.clicked.connect(lambda: self.move_agenda_item(1))
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self.remove_agenda_item)
        self.agenda_total = QLabel()
        agenda_page = QWidget()
        al = QVBoxLayout(agenda_page)
        al.addWidget(self.agenda, 1)
        row = QHBoxLayout()
        row.addWidget(self.agenda_total, 1)
        for b in (up, down, remove):
            row.addWidget(b)
        al.addLayout(row)
        al.addWidget(self.agenda_errors.banner)
        row = QHBoxLayout()
        row.addWidget(self.agenda_errors.wrap("title", self.agenda_title), 3)
        row.addWidget(self.agenda_errors.wrap("minutes", self.agenda_minutes))
        row.addWidget(self.agenda_errors.wrap("lead_id", self.agenda_lead), 1)
        row.addWidget(add)
        row.addWidget(self.agenda_update)
        al.addLayout(row)
        notes_label = QLabel(self.tr("Item &notes:"))
        notes_label.setBuddy(self.agenda_notes)
        al.addWidget(notes_label)
        al.addWidget(self.agenda_errors.wrap("notes", self.agenda_notes))

        # --- outcome and actions ---
        self.outcome_notes = _text_edit(80)
        self.actions_model: RowsModel[ActionRow] = RowsModel(
            [
                Column(self.tr("Action"), lambda r: r.description),
                Column(self.tr("Owner"), lambda r: r.owner),
                Column(self.tr("Due"), lambda r: full_date(r.due_date) if r.due_date else ""),
                Column(self.tr("Status"), lambda r: action_status_label(r.status)),
            ],
            lambda r: r.id,
            self,
        )
        self.actions = self._table(self.actions_model, stretch=0)
        self.actions.setObjectName("actions_table")
        self.action_text = QLineEdit(placeholderText=self.tr("What is to be done"))
        self.action_owner = QComboBox()
        self.action_owner.setMinimumContentsLength(16)
        self.action_has_due = QCheckBox(self.tr("Due"))
        self.action_due = QDateEdit(calendarPopup=True)
        self.action_due.setDisplayFormat(date_edit_format())
        self.action_due.setEnabled(False)
        self.action_due.setDate(QDate.currentDate().addDays(14))
        self.action_has_due.toggled.connect(self.action_due.setEnabled)
        self.action_errors = FieldErrors()
        add_action = QPushButton(self.tr("Add action"))
        add_action.clicked.connect(self.add_action)
        done = QPushButton(self.tr("Mark done / reopen"))
        done.clicked.connect(self.toggle_action_done)
        drop = QPushButton(self.tr("Remove"))
        drop.clicked.connect(self.remove_action)
        outcome_page = QWidget()
        ol = QVBoxLayout(outcome_page)
        ol.addWidget(QLabel(self.tr("Outcome notes:")))
        ol.addWidget(self.errors.wrap("outcome_notes", self.outcome_notes))
        box = QGroupBox(self.tr("Follow-up actions"))
        bl2 = QVBoxLayout(box)
        bl2.addWidget(self.actions, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(done)
        row.addWidget(drop)
        bl2.addLayout(row)
        bl2.addWidget(self.action_errors.banner)
        row = QHBoxLayout()
        row.addWidget(self.action_errors.wrap("description", self.action_text), 3)
        row.addWidget(self.action_errors.wrap("owner_id", self.action_owner), 1)
        row.addWidget(self.action_has_due)
        row.addWidget(self.action_errors.wrap("due_date", self.action_due))
        row.addWidget(add_action)
        bl2.addLayout(row)
        ol.addWidget(box, 1)

        self.tabs = QTabWidget()
        self.tabs.addTab(briefing, self.tr("Briefing"))
        self.tabs.addTab(people, self.tr("Attendees"))
        self.tabs.addTab(agenda_page, self.tr("Agenda"))
        self.tabs.addTab(outcome_page, self.tr("Outcome && follow-up"))

        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setObjectName("save_meeting")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Re&vert"))
        self.revert_button.clicked.connect(self.revert)
        self.print_button = QPushButton(self.tr("&Print agenda…"))
        self.print_button.setObjectName("print_agenda")
        self.print_button.clicked.connect(self.print_agenda)
        buttons = QHBoxLayout()
        buttons.addWidget(self.print_button)
        buttons.addStretch(1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.drafts.banner)
        layout.addWidget(self.errors.banner)
        layout.addLayout(details)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(buttons)

        for edit in (self.title,):
            edit.textEdited.connect(self._touched)
        for text_edit in (self.objectives, self.background, self.talking_points, self.outcome_notes):
            text_edit.textChanged.connect(self._touched)
        for combo in (self.status, self.interpreter):
            combo.currentIndexChanged.connect(self._touched)
        self.organisation.currentIndexChanged.connect(self._organisation_changed)
        self.organisation.lineEdit().textEdited.connect(self._touched)
        for dt_edit in (self.start, self.end):
            dt_edit.dateTimeChanged.connect(self._touched)
        for zone in (self.start_tz, self.end_tz):
            zone.textEdited.connect(self._touched)
        self.place.changed.connect(self._place_changed)
        self.ours.model_.itemChanged.connect(self._touched)
        self.theirs.model_.itemChanged.connect(self._touched)
        context.data_changed.connect(self._data_changed)
        self.load()

    def _table(self, model: RowsModel, stretch: int) -> QTableView:  # type: ignore[type-arg]
        table = QTableView()
        table.setModel(model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().hide()
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
        table.setAlternatingRowColors(True)
        return table

    # --- state ---
    def is_dirty(self) -> bool:
        return self._dirty

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self.dirty_changed.emit(dirty)
        self.save_button.setEnabled(dirty or self.meeting_id is None)
        self.revert_button.setEnabled(dirty and self.meeting_id is not None)

    @Slot()
    def _touched(self, *_args: object) -> None:
        if not self._loading:
            self._set_dirty(True)
            self.drafts.changed()

    # --- drafts: what was typed and not yet saved, kept on disk ---
    def _draft_key(self) -> str:
        return f"meeting:{self.meeting_id}" if self.meeting_id else f"meeting:new:{self.context.trip_id}"

    def _show_draft(self, v: dict[str, Any]) -> None:
        """A kept draft back in the form, unsaved."""
        self._loading = True
        self.title.setText(str(v.get("title", "")))
        self.organisation.setCurrentIndex(max(0, self.organisation.findData(v.get("organisation_id"))))
        self.status.setCurrentIndex(max(0, self.status.findData(v.get("status"))))
        self.start_tz.set_zone(str(v.get("start_tz", "")))
        self.end_tz.set_zone(str(v.get("end_tz", "")))
        for edit, key in ((self.start, "start"), (self.end, "end")):
            with contextlib.suppress(TypeError, ValueError):
                edit.setDateTime(qdatetime(dt.datetime.fromisoformat(str(v[key]))))
        self.place.set_place_id(v.get("place_id"))
        self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(v.get("interpreter_id"))))
        self.objectives.setPlainText(str(v.get("objectives", "")))
        self.background.setPlainText(str(v.get("background", "")))
        self.talking_points.setPlainText(str(v.get("talking_points", "")))
        self.outcome_notes.setPlainText(str(v.get("outcome_notes", "")))
        self.ours.set_people(self._people, list(v.get("ours", [])))
        self._fill_theirs(v.get("organisation_id"), list(v.get("theirs", [])))
        self._loading = False
        self._set_dirty(True)

    @Slot()
    def revert(self) -> None:
        self.drafts.forget()
        self.load()

    @Slot()
    def _place_changed(self) -> None:
        zone = self.place.zone()
        if zone and not self._loading:
            self.start_tz.set_zone(zone)
            self.end_tz.set_zone(zone)
        self._touched()

    @Slot()
    def _organisation_changed(self) -> None:
        if self._loading:
            return
        self._fill_theirs(self.organisation_id(), self.theirs.checked())
        org = self.organisation.currentText()
        if org and (not self.title.text() or self.title.text().startswith(self.tr("Meeting with "))):
            self.title.setText(self.tr("Meeting with {0}").format(org))
        self._touched()

    def organisation_id(self) -> int | None:
        index = self.organisation.findText(self.organisation.currentText())
        return self.organisation.itemData(index) if index > 0 else None

    def _fill_theirs(self, organisation_id: int | None, checked: list[int]) -> None:
        people = self.context.read(lambda s: contacts(s, organisation_id))
        self.theirs.set_people(people, checked)
        if organisation_id is None:
            self.theirs_hint.setText(self.tr("Choose the organisation to pick its people."))
        elif not people:
            self.theirs_hint.setText(
                self.tr("No contacts recorded for this organisation: add them under Organisations & People.")
            )
        else:
            self.theirs_hint.setText("")

    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if self.meeting_id is None:
            return
        if topic in (Topic.MEETINGS, Topic.FOLLOWUPS, Topic.ITINERARY):
            if self.context.read(lambda s: meeting_service.meeting_for_item(s, self.item_id or 0)) is None:
                self._gone()
                return
            self._load_lists()
            if not self._dirty and topic != Topic.FOLLOWUPS:
                self.load()

    def _gone(self) -> None:
        """The meeting was deleted (an undone creation, or from the itinerary)."""
        self.meeting_id = self.item_id = None
        self._before = {}
        self.heading.setText(self.tr("This meeting no longer exists (deleted or undone)."))
        self.setEnabled(False)

    @Slot()
    def load(self) -> None:
        """Fill the form from the database (or with a new meeting's defaults)."""
        self._loading = True
        self.errors.clear()
        trip_id = self.context.trip_id
        people, orgs, home = self.context.read(lambda s: _pickers(s, trip_id))
        self._people = people
        self.organisation.clear()
        self.organisation.addItem("", None)
        for ident, name in orgs:
            self.organisation.addItem(name, ident)
        self.interpreter.clear()
        self.interpreter.addItem(self.tr("None"), None)
        for ident, label in people:
            self.interpreter.addItem(label, ident)
        self.place.reload()
        if self.meeting_id is None:
            day = self._day or dt.date.today()
            self.heading.setText(self.tr("New meeting"))
            self.title.clear()
            self.organisation.setCurrentIndex(0)
            self.status.setCurrentIndex(self.status.findData("proposed"))
            self.start.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(10, 0))))
            self.end.setDateTime(qdatetime(dt.datetime.combine(day, dt.time(11, 0))))
            self.start_tz.set_zone(home)
            self.end_tz.set_zone(home)
            self.place.set_place_id(None)
            for edit in (self.objectives, self.background, self.talking_points, self.outcome_notes):
                edit.clear()
            self.ours.set_people(people, [])
            self._fill_theirs(None, [])
            self.tabs.setTabEnabled(2, False)
            self.tabs.setTabToolTip(2, self.tr("Save the meeting first, then add its agenda."))
            self.print_button.setEnabled(False)
        else:
            meeting_id = self.meeting_id
            v = self.context.read(lambda s: read_state(s, meeting_id))
            self._before = v
            self.item_id = v["item_id"]
            self.heading.setText(v["title"])
            self.title.setText(v["title"])
            self.organisation.setCurrentIndex(max(0, self.organisation.findData(v["organisation_id"])))
            self.status.setCurrentIndex(self.status.findData(v["status"]))
            self.start_tz.set_zone(v["start_tz"])
            self.end_tz.set_zone(v["end_tz"])
            self.start.setDateTime(qdatetime(to_local(v["start_utc"], v["start_tz"]).replace(tzinfo=None)))
            self.end.setDateTime(qdatetime(to_local(v["end_utc"], v["end_tz"]).replace(tzinfo=None)))
            self.place.set_place_id(v["place_id"])
            self.interpreter.setCurrentIndex(max(0, self.interpreter.findData(v["interpreter_id"])))
            self.objectives.setPlainText(v["objectives"])
            self.background.setPlainText(v["background"])
            self.talking_points.setPlainText(v["talking_points"])
            self.outcome_notes.setPlainText(v["outcome_notes"])
            self.ours.set_people(people, v["ours"])
            self._fill_theirs(v["organisation_id"], v["theirs"])
            self.tabs.setTabEnabled(2, True)
            self.tabs.setTabToolTip(2, "")
            self.print_button.setEnabled(True)
        self.tabs.setTabEnabled(3, True)
        self.outcome_notes.setEnabled(True)
        self.actions.parentWidget().setEnabled(self.meeting_id is not None)
        self._load_lists()
        self._loading = False
        self._set_dirty(False)
        self.drafts.offer()

    def _load_lists(self) -> None:
        meeting_id = self.meeting_id
        if meeting_id is None:
            self.agenda_model.set_rows([])
            self.actions_model.set_rows([])
            self.agenda_total.setText("")
            return
        agenda, actions, leads = self.context.read(lambda s: _lists(s, meeting_id, self.context.trip_id))
        self.agenda_model.set_rows(agenda)
        self.actions_model.set_rows(actions)
        self.agenda.resizeColumnToContents(0)
        self.agenda.resizeColumnToContents(2)
        # the lead's name in both scripts ('陈立华 (Chen Lihua)') fits; a very long one is cut, with a tooltip
        self.agenda.resizeColumnToContents(3)
        self.agenda.setColumnWidth(3, min(self.agenda.columnWidth(3), 320))
        self.actions.resizeColumnsToContents()
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        total = sum(r.minutes for r in agenda)
        self.agenda_total.setText(
            self.tr("%n item(s)", "", len(agenda)) + self.tr(", {0} min in all").format(total)
        )
        for combo in (self.agenda_lead, self.action_owner):
            current = combo.currentData()
            combo.clear()
            combo.addItem(self.tr("(nobody)"), None)
            for ident, label in leads:
                combo.addItem(label, ident)
            combo.setCurrentIndex(max(0, combo.findData(current)))

    def state(self) -> dict[str, Any]:
        return {
            "title": self.title.text(),
            "organisation_id": self.organisation_id(),
            "status": self.status.currentData(),
            "start": wall_clock(self.start.dateTime()),
            "end": wall_clock(self.end.dateTime()),
            "start_tz": self.start_tz.zone(),
            "end_tz": self.end_tz.zone(),
            "place_id": self.place.place_id(),
            "interpreter_id": self.interpreter.currentData(),
            "objectives": self.objectives.toPlainText(),
            "background": self.background.toPlainText(),
            "talking_points": self.talking_points.toPlainText(),
            "outcome_notes": self.outcome_notes.toPlainText(),
            "ours": self.ours.checked(),
            "theirs": self.theirs.checked(),
        }

    @Slot()
    def save(self) -> bool:
        typed_org = self.organisation.currentText().strip()
        if typed_org and self.organisation.findText(typed_org) < 0:
            self.errors.show(
                [
                    FieldError(
                        "organisation_id",
                        self.tr(
                            "“{0}” is not in the address book: choose one from the list, "
                            "or add it under Organisations & People first."
                        ).format(typed_org),
                    )
                ]
            )
            return False
        if self.place.typed_but_unknown():
            self.errors.show(
                [
                    FieldError(
                        "place_id",
                        self.tr("“{0}” is not a known place: choose one or press New…").format(
                            self.place.typed_but_unknown()
                        ),
                    )
                ]
            )
            return False
        after = self.state()
        draft_key = self._draft_key()
        try:
            if self.meeting_id is None:
                trip_id = self.context.trip_id
                command = CreateCommand(
                    self.context,
                    self.tr("New meeting “{0}”").format(after["title"]),
                    lambda s: create_from_state(s, trip_id, dict(after)),
                    "itinerary_items",
                    Topic.ITINERARY,
                    Topic.MEETINGS,
                )
                push(self.context, command)
                self.item_id = command.ident
                self.meeting_id = self.context.read(
                    lambda s: meeting_service.meeting_for_item(s, command.ident or 0).id
                )
            else:
                before = {k: v for k, v in self._before.items() if k not in ("item_id", "version")}
                changed = {k: v for k, v in after.items() if k in ("start", "end") or v != before.get(k)}
                changed_before = {k: before[k] for k in changed if k in before}
                changed_before["start_utc"], changed_before["end_utc"] = (
                    before["start_utc"],
                    before["end_utc"],
                )
                meeting_id = self.meeting_id
                push(
                    self.context,
                    EditCommand(
                        self.context,
                        self.tr("Edit meeting “{0}”").format(after["title"]),
                        lambda s, values: apply_state(s, meeting_id, dict(values)),
                        changed_before,
                        changed,
                        Topic.ITINERARY,
                        Topic.MEETINGS,
                    ),
                )
        except ValidationError as error:
            self._show_errors(error)
            return False
        except ServiceError as error:
            self.errors.show_message(str(error))
            return False
        self.drafts.forget(draft_key)
        self.load()
        self.saved.emit(self.meeting_id or 0)
        return True

    def _show_errors(self, error: ValidationError) -> None:
        tab_of = {
            "objectives": 0,
            "background": 0,
            "talking_points": 0,
            "ours": 1,
            "theirs": 1,
            "outcome_notes": 3,
        }
        for e in error.errors:
            if e.field in tab_of:
                self.tabs.setCurrentIndex(tab_of[e.field])
                break
        self.errors.show(error)

    def can_leave(self) -> bool:
        """Never drop what was typed: ask to save, discard or stay."""
        if not self._dirty:
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{0}”?").format(self.title.text() or self.tr("the new meeting")),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.drafts.forget()
            self.load() if self.meeting_id is not None else self._set_dirty(False)
            return True
        return False

    # --- agenda ---
    def _agenda_selected(self) -> AgendaRow | None:
        index = self.agenda.currentIndex()
        return self.agenda_model.row_at(index.row()) if index.isValid() else None

    @Slot()
    def _agenda_row_chosen(self) -> None:
        row = self._agenda_selected()
        self.agenda_update.setEnabled(row is not None)
        if row is not None:
            self.agenda_title.setText(row.title)
            self.agenda_minutes.setValue(row.minutes)
            self.agenda_lead.setCurrentIndex(max(0, self.agenda_lead.findData(row.lead_id)))
            self.agenda_notes.setPlainText(row.notes)

    def _agenda_fields(self) -> dict[str, Any]:
        return {
            "title": self.agenda_title.text(),
            "minutes": self.agenda_minutes.value(),
            "lead_id": self.agenda_lead.currentData(),
            "notes": self.agenda_notes.toPlainText(),
        }

    def _run(self, errors: FieldErrors, command: Any) -> bool:
        try:
            push(self.context, command)
        except ValidationError as error:
            errors.show(error)
            return False
        except ServiceError as error:
            errors.show_message(str(error))
            return False
        errors.clear()
        return True

    @Slot()
    def add_agenda_item(self) -> int | None:
        if self.meeting_id is None:
            return None
        meeting_id, fields = self.meeting_id, self._agenda_fields()
        command = CreateCommand(
            self.context,
            self.tr("Add agenda item “{0}”").format(fields["title"]),
            lambda s: meeting_service.add_agenda_item(s, meeting_id, **fields),
            "agenda_items",
            Topic.MEETINGS,
        )
        if not self._run(self.agenda_errors, command):
            return None
        self.agenda_title.clear()
        self.agenda_minutes.setValue(0)
        self.agenda_notes.clear()
        self.agenda_title.setFocus()
        self._select_agenda(command.ident)
        return command.ident

    @Slot()
    def update_agenda_item(self) -> None:
        row = self._agenda_selected()
        if row is None:
            return
        fields = self._agenda_fields()
        before = {"title": row.title, "minutes": row.minutes, "lead_id": row.lead_id, "notes": row.notes}
        self._run(
            self.agenda_errors,
            EditCommand(
                self.context,
                self.tr("Edit agenda item “{0}”").format(fields["title"]),
                lambda s, values: meeting_service.update_agenda_item(s, row.id, **values),
                before,
                fields,
                Topic.MEETINGS,
            ),
        )
        self._select_agenda(row.id)

    @Slot()
    def move_agenda_item(self, step: int) -> None:
        row = self._agenda_selected()
        if row is None:
            return
        old = self.agenda.currentIndex().row()
        new = old + step
        if not 0 <= new < self.agenda_model.rowCount():
            return
        self._run(
            self.agenda_errors,
            CallCommand(
                self.context,
                self.tr("Move agenda item “{0}”").format(row.title),
                lambda s: meeting_service.move_agenda_item(s, row.id, new),
                lambda s: meeting_service.move_agenda_item(s, row.id, old),
                Topic.MEETINGS,
            ),
        )
        self._select_agenda(row.id)

    @Slot()
    def remove_agenda_item(self) -> None:
        row = self._agenda_selected()
        if row is None:
            return
        self._run(
            self.agenda_errors,
            DeleteCommand(
                self.context,
                self.tr("Remove agenda item “{0}”").format(row.title),
                "agenda_items",
                row.id,
                Topic.MEETINGS,
            ),
        )

    def _select_agenda(self, agenda_id: int | None) -> None:
        row = self.agenda_model.row_of(agenda_id or 0)
        if row >= 0:
            self.agenda.selectRow(row)

    def agenda_titles(self) -> list[str]:
        return [r.title for r in self.agenda_model.rows()]

    # --- actions ---
    def _action_selected(self) -> ActionRow | None:
        index = self.actions.currentIndex()
        return self.actions_model.row_at(index.row()) if index.isValid() else None

    @Slot()
    def add_action(self) -> int | None:
        if self.meeting_id is None:
            return None
        meeting_id = self.meeting_id
        d = self.action_due.date()
        fields = {
            "description": self.action_text.text(),
            "owner_id": self.action_owner.currentData(),
            "due_date": dt.date(d.year(), d.month(), d.day()) if self.action_has_due.isChecked() else None,
        }
        command = CreateCommand(
            self.context,
            self.tr("Add action “{0}”").format(fields["description"]),
            lambda s: meeting_service.add_action(s, meeting_id, **fields),
            "actions",
            Topic.FOLLOWUPS,
            Topic.MEETINGS,
        )
        if not self._run(self.action_errors, command):
            return None
        self.action_text.clear()
        self.action_has_due.setChecked(False)
        return command.ident

    @Slot()
    def toggle_action_done(self) -> None:
        row = self._action_selected()
        if row is None:
            return
        done = row.status == "done"
        self._run(
            self.action_errors,
            CallCommand(
                self.context,
                (self.tr("Reopen “{0}”") if done else self.tr("Mark “{0}” done")).format(row.description),
                (lambda s: meeting_service.reopen_action(s, row.id))
                if done
                else (lambda s: meeting_service.complete_action(s, row.id)),
                lambda s: meeting_service.update_action(s, row.id, status=row.status),
                Topic.FOLLOWUPS,
                Topic.MEETINGS,
            ),
        )

    @Slot()
    def remove_action(self) -> None:
        row = self._action_selected()
        if row is None:
            return
        self._run(
            self.action_errors,
            DeleteCommand(
                self.context,
                self.tr("Remove action “{0}”").format(row.description),
                "actions",
                row.id,
                Topic.FOLLOWUPS,
                Topic.MEETINGS,
            ),
        )

    # --- printing ---
    @Slot()
    def print_agenda(self) -> None:
        if self._dirty and not self.save():
            return
        if self.meeting_id is None:
            return
        from desktop.ui.documents.preview import preview_document

        preview_document(self, self.context, "agenda", meeting_id=self.meeting_id)


def _pickers(session: Session, trip_id: int) -> tuple[list[tuple[int, str]], list[tuple[int, str]], str]:
    people = delegation(session, trip_id)
    orgs = [
        (ident, f"{name} ({local})" if local else name)
        for ident, name, local in session.execute(
            select(Organisation.id, Organisation.name, Organisation.local_name).order_by(
                func.lower(Organisation.name)
            )
        )
    ]
    trip = session.get(Trip, trip_id)
    return people, orgs, trip.home_timezone if trip else "UTC"


def _lists(
    session: Session, meeting_id: int, trip_id: int
) -> tuple[list[AgendaRow], list[ActionRow], list[tuple[int, str]]]:
    meeting = meeting_service.get_meeting(session, meeting_id)
    agenda = [
        AgendaRow(a.id, i, a.title, a.minutes, a.lead_id, a.lead.both_scripts if a.lead else "", a.notes)
        for i, a in enumerate(
            session.scalars(
                select(AgendaItem)
                .where(AgendaItem.meeting_id == meeting_id)
                .order_by(AgendaItem.position, AgendaItem.id)
            )
        )
    ]
    actions = [
        ActionRow(
            a.id, a.description, a.owner_id, a.owner.both_scripts if a.owner else "", a.due_date, a.status
        )
        for a in session.scalars(select(Action).where(Action.meeting_id == meeting_id).order_by(Action.id))
    ]
    # Who can lead an item or own an action: the delegation, then the organisation's people.
    leads = delegation(session, trip_id) + contacts(session, meeting.organisation_id)
    return agenda, actions, leads


class MeetingEditorDialog(QDialog):
    """The editor in its own window (from the itinerary). Closing with unsaved changes asks first."""

    def __init__(
        self,
        context: AppContext,
        meeting_id: int | None,
        day: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Meeting") if meeting_id else self.tr("New meeting"))
        self.editor = MeetingEditor(context, meeting_id, day=day, parent=self)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)
        resize_within_screen(self, 900, 780)  # a laptop's screen is shorter than 780 + the title bar

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.editor.can_leave():
            event.ignore()
            return
        self.setResult(QDialog.DialogCode.Accepted if self.editor.meeting_id else QDialog.DialogCode.Rejected)
        super().closeEvent(event)

    def reject(self) -> None:  # Esc
        if self.editor.can_leave():
            self.done(QDialog.DialogCode.Accepted if self.editor.meeting_id else QDialog.DialogCode.Rejected)

    def close(self) -> bool:  # type: ignore[override]
        if self.editor.can_leave():
            self.done(QDialog.DialogCode.Accepted if self.editor.meeting_id else QDialog.DialogCode.Rejected)
            return True
        return False
