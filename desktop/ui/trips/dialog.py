"""Create or edit a trip: name, organiser, dates, home zone, purpose, notes; and its delegation."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Slot
from PySide6.QtWidgets import (
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
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import MemberRole, Person
from desktop.services import directory as directory_service
from desktop.services import trips as trip_service
from desktop.services.errors import ServiceError, ValidationError
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import weekday_date_edit_format
from desktop.ui.field_errors import FieldErrors
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.undo import CallCommand, CreateCommand, EditCommand, push
from desktop.ui.zone_picker import ZoneEdit

TEXT_FIELDS = ("name", "organiser", "home_timezone")


_ROLES = {
    "head": QT_TRANSLATE_NOOP("Roles", "Head of delegation"),
    "deputy": QT_TRANSLATE_NOOP("Roles", "Deputy head"),
    "member": QT_TRANSLATE_NOOP("Roles", "Member"),
    "interpreter": QT_TRANSLATE_NOOP("Roles", "Interpreter"),
    "staff": QT_TRANSLATE_NOOP("Roles", "Staff"),
    "security": QT_TRANSLATE_NOOP("Roles", "Security"),
    "media": QT_TRANSLATE_NOOP("Roles", "Media"),
}


def role_label(role: str) -> str:
    return QCoreApplication.translate("Roles", _ROLES.get(role, role))


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class TripDialog(QDialog):
    """``trip_id`` None: a new trip. After ``accept`` ``trip_id`` holds the saved trip's id."""

    def __init__(
        self, context: AppContext, trip_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.trip_id = trip_id
        self.setWindowTitle(self.tr("New trip") if trip_id is None else self.tr("Trip details"))
        self.setMinimumWidth(560)

        self.errors = FieldErrors()
        self.name = QLineEdit()
        self.organiser = QLineEdit()
        self.start_date = QDateEdit(calendarPopup=True)
        self.end_date = QDateEdit(calendarPopup=True)
        for edit in (self.start_date, self.end_date):
            edit.setDisplayFormat(weekday_date_edit_format())
        self.home_timezone = ZoneEdit()
        self.purpose = QPlainTextEdit()
        self.purpose.setTabChangesFocus(True)
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        for edit in (self.purpose, self.notes):
            edit.setMinimumHeight(70)

        details = QWidget()
        form = QFormLayout(details)
        form.addRow(self.errors.banner)
        form.addRow(self.tr("&Name:"), self.errors.wrap("name", self.name))
        form.addRow(self.tr("&Organiser:"), self.errors.wrap("organiser", self.organiser))
        form.addRow(self.tr("&Starts:"), self.errors.wrap("start_date", self.start_date))
        form.addRow(self.tr("&Ends:"), self.errors.wrap("end_date", self.end_date))
        form.addRow(self.tr("Home &time zone:"), self.errors.wrap("home_timezone", self.home_timezone))
        form.addRow(self.tr("&Purpose:"), self.errors.wrap("purpose", self.purpose))
        form.addRow(self.tr("N&otes:"), self.errors.wrap("notes", self.notes))

        self.tabs = QTabWidget()
        self.tabs.addTab(details, self.tr("Details"))
        self.delegation = DelegationPanel(context, trip_id)
        self.tabs.addTab(self.delegation, self.tr("Delegation"))
        self.tabs.setTabEnabled(1, trip_id is not None)
        if trip_id is None:
            self.tabs.setTabToolTip(1, self.tr("Save the trip first, then add its delegation."))

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self._before: dict[str, Any] = {}
        self._load()

    def _load(self) -> None:
        if self.trip_id is None:
            today = dt.date.today()
            self.start_date.setDate(_qdate(today))
            self.end_date.setDate(_qdate(today + dt.timedelta(days=7)))
            self.home_timezone.set_zone("Asia/Shanghai")
            return
        self._before = self.context.read(lambda s: _trip_values(trip_service.get_trip(s, self.trip_id)))
        v = self._before
        self.name.setText(v["name"])
        self.organiser.setText(v["organiser"])
        self.start_date.setDate(_qdate(v["start_date"]))
        self.end_date.setDate(_qdate(v["end_date"]))
        self.home_timezone.set_zone(v["home_timezone"])
        self.purpose.setPlainText(v["purpose"])
        self.notes.setPlainText(v["notes"])

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text(),
            "organiser": self.organiser.text(),
            "start_date": _pydate(self.start_date.date()),
            "end_date": _pydate(self.end_date.date()),
            "home_timezone": self.home_timezone.zone(),
            "purpose": self.purpose.toPlainText(),
            "notes": self.notes.toPlainText(),
        }

    @Slot()
    def save(self) -> None:
        after = self.values()
        try:
            if self.trip_id is None:
                command = CreateCommand(
                    self.context,
                    self.tr("New trip “{0}”").format(after["name"]),
                    lambda s: trip_service.create_trip(s, **after),
                    "trips",
                    Topic.TRIPS,
                )
                push(self.context, command)
                self.trip_id = command.ident
            else:
                changed = {k: v for k, v in after.items() if v != self._before.get(k)}
                if changed:
                    trip_id = self.trip_id
                    push(
                        self.context,
                        EditCommand(
                            self.context,
                            self.tr("Edit trip “{0}”").format(after["name"]),
                            lambda s, values: trip_service.update_trip(s, trip_id, **values),
                            {k: self._before[k] for k in changed},
                            changed,
                            Topic.TRIPS,
                        ),
                    )
        except ValidationError as error:
            self.tabs.setCurrentIndex(0)
            self.errors.show(error)
            return
        except ServiceError as error:
            self.errors.show_message(str(error))
            return
        self.accept()


def _trip_values(trip: Any) -> dict[str, Any]:
    return {
        "name": trip.name,
        "organiser": trip.organiser,
        "start_date": trip.start_date,
        "end_date": trip.end_date,
        "home_timezone": trip.home_timezone,
        "purpose": trip.purpose,
        "notes": trip.notes,
    }


# --- the delegation ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class MemberRow:
    person_id: int
    name: str
    role: str
    position: str


class DelegationPanel(QWidget):
    """Who travels: add someone from the address book or a new person, set roles, remove. Each change is
    saved at once, as an undoable step."""

    def __init__(self, context: AppContext, trip_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.trip_id = trip_id
        self.model: RowsModel[MemberRow] = RowsModel(
            [
                Column(self.tr("Name"), lambda r: r.name),
                Column(self.tr("Role"), lambda r: role_label(r.role)),
                Column(self.tr("Position"), lambda r: r.position),
            ],
            lambda r: r.person_id,
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)

        self.person = QComboBox()
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.person.lineEdit().setPlaceholderText(self.tr("Someone in the address book…"))
        self.person.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        self.person.completer().setCompletionMode(self.person.completer().CompletionMode.PopupCompletion)
        self.role = QComboBox()
        for role in MemberRole:
            self.role.addItem(role_label(role.value), role.value)
        self.role.setCurrentIndex(self.role.findData(MemberRole.MEMBER.value))
        add = QPushButton(self.tr("&Add"))
        add.clicked.connect(self.add_existing)
        self.native = QLineEdit(placeholderText=self.tr("Name in Chinese, e.g. 陈立华"))
        self.latin = QLineEdit(placeholderText=self.tr("Latin script, e.g. Chen Lihua"))
        self.position = QLineEdit(placeholderText=self.tr("Position"))
        add_new = QPushButton(self.tr("Add &new person"))
        add_new.clicked.connect(self.add_new)
        remove = QPushButton(self.tr("&Remove from delegation"))
        remove.clicked.connect(self.remove_selected)
        self.errors = FieldErrors()

        existing_row = QHBoxLayout()
        existing_row.addWidget(self.errors.wrap("person_id", self.person), 3)
        existing_row.addWidget(self.errors.wrap("role", self.role), 1)
        existing_row.addWidget(add)
        new_row = QHBoxLayout()
        new_row.addWidget(self.errors.wrap("native_name", self.native))
        new_row.addWidget(self.errors.wrap("family_name", self.latin, "latin_name"))
        new_row.addWidget(self.position)
        new_row.addWidget(add_new)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        layout.addWidget(self.errors.banner)
        layout.addWidget(QLabel(self.tr("Add someone from the address book:")))
        layout.addLayout(existing_row)
        layout.addWidget(QLabel(self.tr("…or a new person:")))
        layout.addLayout(new_row)
        context.data_changed.connect(self._on_data_changed)
        self.reload()

    def _on_data_changed(self, topic: str) -> None:
        if topic in (Topic.TRIPS, Topic.DIRECTORY):
            self.reload()

    def reload(self) -> None:
        if self.trip_id is None:
            return
        trip_id = self.trip_id

        def fetch(s: Session) -> tuple[list[MemberRow], list[tuple[int, str]]]:
            members = [
                MemberRow(m.person_id, m.person.both_scripts, m.role, m.person.position)
                for m in trip_service.members(s, trip_id)
            ]
            on_trip = {m.person_id for m in members}
            others = [
                (p.id, p.both_scripts + (f" — {p.organisation.name}" if p.organisation else ""))
                for p in s.scalars(select(Person).order_by(Person.family_name, Person.given_name))
                if p.id not in on_trip
            ]
            return members, others

        members, others = self.context.read(fetch)
        self.model.set_rows(members)
        self.table.resizeColumnsToContents()
        self.person.clear()
        for ident, label in others:
            self.person.addItem(label, ident)
        self.person.setCurrentIndex(-1)

    def _add(self, person_id: int, label: str) -> None:
        trip_id, role = self.trip_id, self.role.currentData()
        assert trip_id is not None
        push(
            self.context,
            CallCommand(
                self.context,
                self.tr("Add {0} to the delegation").format(label),
                lambda s: trip_service.add_member(s, trip_id, person_id, role),
                lambda s: trip_service.remove_member(s, trip_id, person_id),
                Topic.TRIPS,
            ),
        )

    @Slot()
    def add_existing(self) -> None:
        index = self.person.findText(self.person.currentText())
        if index < 0:
            self.errors.show_message(self.tr("Choose someone from the list, or add a new person below."))
            return
        try:
            self._add(self.person.itemData(index), self.person.itemText(index))
        except ServiceError as error:
            self._show(error)
            return
        self.errors.clear()

    @Slot()
    def add_new(self) -> None:
        fields = {
            "native_name": self.native.text(),
            "latin_name": self.latin.text(),
            "position": self.position.text(),
        }
        trip_id, role = self.trip_id, self.role.currentData()
        assert trip_id is not None

        def create(s: Session) -> Person:
            # One step: undoing it removes the person and their place on the delegation together.
            person = directory_service.create_person(s, **fields)
            trip_service.add_member(s, trip_id, person.id, role)
            return person

        try:
            push(
                self.context,
                CreateCommand(
                    self.context,
                    self.tr("Add a new person to the delegation"),
                    create,
                    "people",
                    Topic.TRIPS,
                    Topic.DIRECTORY,
                ),
            )
        except ServiceError as error:
            self._show(error)
            return
        self.errors.clear()
        for edit in (self.native, self.latin, self.position):
            edit.clear()

    def _show(self, error: ServiceError) -> None:
        if isinstance(error, ValidationError):
            self.errors.show(error)
        else:
            self.errors.show_message(str(error))

    @Slot()
    def remove_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or self.trip_id is None:
            return
        row = self.model.row_at(rows[0].row())
        answer = QMessageBox.question(
            self,
            self.tr("Remove from the delegation"),
            self.tr("Remove {0} from this trip's delegation?").format(row.name),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        trip_id = self.trip_id
        push(
            self.context,
            CallCommand(
                self.context,
                self.tr("Remove {0} from the delegation").format(row.name),
                lambda s: trip_service.remove_member(s, trip_id, row.person_id),
                lambda s: trip_service.add_member(s, trip_id, row.person_id, row.role),
                Topic.TRIPS,
            ),
        )
