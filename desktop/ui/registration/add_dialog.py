"""Register a guest for an event: pick someone from the directory, or type a new person (and firm).

Everything is written in one transaction by a ``RegisterCommand``: a refused registration (already
registered, a bad email…) leaves no half-created person behind, and undo removes all of it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Organisation, Registration, RegistrationStatus
from desktop.services import directory, registrations
from desktop.services.errors import FieldError, ServiceError, ValidationError
from desktop.ui.context import AppContext
from desktop.ui.directory.tables import people_model
from desktop.ui.field_errors import FieldErrors
from desktop.ui.registration.commands import RegisterCommand
from desktop.ui.tables import RecordTable
from desktop.ui.undo import push

EXISTING, NEW = 0, 1


class AddRegistrationDialog(QDialog):
    def __init__(self, context: AppContext, event_id: int, event_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.context = context
        self.event_id = event_id
        self.command: RegisterCommand | None = None
        self.setWindowTitle(self.tr("Register a guest — {0}").format(event_title))
        self.errors = FieldErrors()

        # Existing person: a filterable, paged list of the whole directory.
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Type a name, email or organisation (accents optional)"))
        self.search.setClearButtonEnabled(True)
        self.people = people_model(context.database, self)
        self.people_table = RecordTable(self.people)
        self._timer = QTimer(self, singleShot=True, interval=150)
        self._timer.timeout.connect(lambda: self.people.set_search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        existing = QWidget()
        existing_layout = QVBoxLayout(existing)
        existing_layout.addWidget(self.search)
        existing_layout.addWidget(self.errors.wrap("person_id", self.people_table), 1)

        # New person.
        new = QWidget()
        form = QFormLayout(new)
        self.fields: dict[str, QLineEdit] = {}
        for field, label, hint in (
            ("family_name", self.tr("Family name"), ""),
            ("given_name", self.tr("Given name"), ""),
            ("native_name", self.tr("Name in native script"), self.tr("e.g. 陈立华")),
            ("latin_name", self.tr("Name in Latin script"), ""),
            ("job_title", self.tr("Job title"), ""),
            ("email", self.tr("Email"), ""),
            ("phone", self.tr("Phone"), ""),
        ):
            edit = QLineEdit()
            edit.setPlaceholderText(hint)
            edit.setObjectName(field)
            self.fields[field] = edit
            form.addRow(label, self.errors.wrap(field, edit))
        self.organisation = QComboBox()
        self.organisation.setEditable(True)
        self.organisation.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.organisation.addItem(self.tr("— none —"), None)
        for ident, name in context.read(
            lambda s: s.execute(
                select(Organisation.id, Organisation.name).order_by(Organisation.search_key)
            ).all()
        ):
            self.organisation.addItem(name, ident)
        completer = QCompleter(self.organisation.model(), self.organisation)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.organisation.setCompleter(completer)
        self.new_organisation = QLineEdit()
        self.new_organisation.setPlaceholderText(self.tr("…or the name of a new organisation"))
        self.new_organisation.setObjectName("new_organisation")
        form.addRow(self.tr("Organisation"), self.errors.wrap("organisation_id", self.organisation))
        form.addRow("", self.errors.wrap("new_organisation", self.new_organisation))

        self.tabs = QTabWidget()
        self.tabs.addTab(existing, self.tr("From the directory"))
        self.tabs.addTab(new, self.tr("New person"))

        # The registration itself.
        details = QFormLayout()
        self.status = QComboBox()
        self.status.addItem(self.tr("A seat if one is left, else the waitlist"), None)
        self.status.addItem(self.tr("Invited (not yet confirmed)"), RegistrationStatus.INVITED.value)
        self.status.addItem(self.tr("Waitlist"), RegistrationStatus.WAITLISTED.value)
        self.badge_name = QLineEdit()
        self.badge_name.setPlaceholderText(self.tr("as printed on the badge, if different"))
        self.dietary = QLineEdit()
        self.dietary.setPlaceholderText(self.tr("default: the person's own"))
        self.vip = QCheckBox(self.tr("VIP"))
        details.addRow(self.tr("Status"), self.errors.wrap("status", self.status))
        details.addRow(self.tr("Badge name"), self.errors.wrap("badge_name", self.badge_name))
        details.addRow(self.tr("Dietary needs"), self.errors.wrap("dietary_needs", self.dietary))
        details.addRow("", self.vip)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.register_button = buttons.addButton(self.tr("Register"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.register_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        hint = QLabel(self.tr("Tip: Enter in the search box picks the first match."))
        hint.setStyleSheet("color: #555;")

        layout = QVBoxLayout(self)
        layout.addWidget(self.errors.banner)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(details)
        layout.addWidget(hint)
        layout.addWidget(buttons)
        self.people_table.setColumnWidth(0, 220)
        self.people_table.setColumnWidth(1, 200)
        self.resize(760, 680)
        self.people.reload()
        self.search.setFocus()

    def _search_now(self) -> None:
        self._timer.stop()
        self.people.set_search(self.search.text())
        self.people_table.select_first()
        self.people_table.setFocus()

    def choose_new_person(self) -> None:
        self.tabs.setCurrentIndex(NEW)
        self.fields["family_name"].setFocus()

    def _register(self, session: Session, created: list[tuple[str, int]]) -> Registration:
        if self.tabs.currentIndex() == EXISTING:
            person_id = self.people_table.selected_id()
            if not person_id:
                raise ValidationError(
                    FieldError("person_id", self.tr("pick a person from the list, or add a new one"))
                )
        else:
            organisation_id = self.organisation.currentData()
            typed = self.organisation.currentText().strip()
            if typed and self.organisation.findText(typed) < 0:
                organisation_id = -1  # typed text that names no organisation: the service refuses it
            name = self.new_organisation.text().strip()
            if name:
                try:
                    org = directory.create_organisation(session, name=name)
                except ValidationError as error:
                    raise ValidationError(
                        [FieldError("new_organisation", e.message) for e in error.errors]
                    ) from None
                created.append(("organisations", org.id))
                organisation_id = org.id
            values = {f: e.text() for f, e in self.fields.items()}
            person = directory.create_person(session, organisation_id=organisation_id, **values)
            created.append(("people", person.id))
            person_id = person.id
        extra: dict[str, Any] = {"badge_name": self.badge_name.text(), "vip": self.vip.isChecked()}
        if self.dietary.text().strip():
            extra["dietary_needs"] = self.dietary.text()
        return registrations.register(
            session, self.event_id, person_id, status=self.status.currentData(), **extra
        )

    @Slot()
    def accept(self) -> None:
        command = RegisterCommand(self.context, self.tr("Register a guest"), self._register)
        try:
            push(self.context, command)
        except ServiceError as error:
            self.errors.show_error(error)
            return
        command.setText(self.tr("Register {0}").format(command.name))
        self.command = command
        super().accept()
