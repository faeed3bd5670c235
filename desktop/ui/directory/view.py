"""Organisations and people: sortable, filterable tables beside a detail pane; create, edit, delete."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Meeting, MeetingAttendee, Note, Organisation, Person, Registration
from desktop.services import directory
from desktop.services.directory import ORGANISATION_FIELDS, PERSON_FIELDS
from desktop.services.errors import NotFound
from desktop.services.records import get
from desktop.ui.context import AppContext, Topic
from desktop.ui.directory.detail import OrganisationDetail, PersonDetail
from desktop.ui.directory.forms import OrganisationForm, PersonForm, changed
from desktop.ui.directory.labels import kinds
from desktop.ui.directory.tables import organisations_model, people_model
from desktop.ui.tables import PagedQueryModel, RecordTable
from desktop.ui.undo import CreateCommand, DeleteCommand, EditCommand, push

SEARCH_DELAY_MS = 150  # wait for a pause in typing before asking SQLite


class _TablePage(QWidget):
    """Search box (+ optional filter) above a record table, with New / Edit / Delete buttons."""

    def __init__(self, model: PagedQueryModel, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        self.search = QLineEdit()
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.table = RecordTable(model)
        self.count = QLabel()
        self.new_button = QPushButton(self.tr("New…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete…"))
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(lambda: model.set_search(self.search.text()))
        self.search.textChanged.connect(self._timer.start)
        self.search.returnPressed.connect(self._search_now)
        model.reloaded.connect(self._show_count)
        model.reloaded.connect(self._keep_a_selection)
        model.rowsInserted.connect(self._show_count)
        self.top = QHBoxLayout()
        self.top.addWidget(self.search, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(self.top)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.table.current_id_changed.connect(self._enable)
        self._enable(0)

    def _search_now(self) -> None:
        self._timer.stop()
        self.model.set_search(self.search.text())
        self.table.setFocus()
        if self.table.selected_id() == 0:
            self.table.select_first()

    def _keep_a_selection(self) -> None:
        # The table keeps the selected record across a reload; when a filter hid it (or nothing was selected
        # yet) the first row is shown, never an empty detail pane beside a full list.
        if self.table.selected_id() == 0:
            self.table.select_first()

    def _enable(self, ident: int) -> None:
        self.edit_button.setEnabled(bool(ident))
        self.delete_button.setEnabled(bool(ident))

    def _show_count(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if self.model.total_capped:  # a search counts up to a cap: "200 shown of 1,000+"
            self.count.setText(self.tr("{0:,} shown of {1:,}+").format(shown, total))
        else:
            self.count.setText(self.tr("{0:,} shown of {1:,}").format(shown, total))


class DirectoryView(QWidget):
    ORGANISATIONS, PEOPLE = 0, 1

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.organisations = _TablePage(
            organisations_model(context.database, self),
            self.tr("Filter organisations: name, local name (accents optional)"),
        )
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(self.tr("All kinds"), None)
        for value, label in kinds():
            self.kind_filter.addItem(label, value)
        self.kind_filter.currentIndexChanged.connect(self._kind_chosen)
        self.organisations.top.addWidget(self.kind_filter)
        self.people = _TablePage(
            people_model(context.database, self),
            self.tr("Filter people: name in either script, email, organisation"),
        )
        self.tabs = QTabWidget()
        self.tabs.addTab(self.organisations, self.tr("Organisations"))
        self.tabs.addTab(self.people, self.tr("People"))
        self.tabs.currentChanged.connect(self._tab_changed)

        self.organisation_detail = OrganisationDetail(context)
        self.organisation_detail.contact_activated.connect(self.edit_person)
        self.person_detail = PersonDetail(context)
        self.empty = QLabel(self.tr("Select an organisation or a person to see the details."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.detail = QStackedWidget()
        for widget in (self.empty, self.organisation_detail, self.person_detail):
            self.detail.addWidget(widget)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.tabs)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        # the list's columns up to Contacts fit beside a detail pane wide enough for a contact's name,
        # title and whole email
        splitter.setSizes([880, 520])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        for page, edit in ((self.organisations, self.edit_organisation), (self.people, self.edit_person)):
            page.new_button.clicked.connect(self.new_record)
            page.edit_button.clicked.connect(lambda _=False, e=edit, p=page: e(p.table.selected_id()))
            page.delete_button.clicked.connect(self.delete_selected)
            page.table.activated_id.connect(edit)
            page.table.current_id_changed.connect(self._show_detail)
        self.setTabOrder(self.organisations.search, self.kind_filter)
        self.setTabOrder(self.kind_filter, self.organisations.table)

        context.trip_changed.connect(lambda _trip: self.refresh())
        context.data_changed.connect(self._on_data_changed)
        self.organisations.model.reload()
        self.people.model.reload()
        self._set_column_widths()

    # --- what the main window calls ------------------------------------------------------------------

    def focus_search(self) -> None:
        search = self._page().search
        search.setFocus()
        search.selectAll()

    def new_record(self) -> OrganisationForm | PersonForm:
        if self.tabs.currentIndex() == self.ORGANISATIONS:
            return self.new_organisation()
        return self.new_person()

    def delete_selected(self) -> None:
        ident = self._page().table.selected_id()
        if not ident:
            return
        if self.tabs.currentIndex() == self.ORGANISATIONS:
            self.delete_organisation(ident)
        else:
            self.delete_person(ident)

    def refresh(self) -> None:
        self.organisations.model.refresh()
        self.people.model.refresh()
        self._show_detail(self._page().table.selected_id())

    def show_people(self) -> None:
        self.tabs.setCurrentIndex(self.PEOPLE)

    def show_organisations(self) -> None:
        self.tabs.setCurrentIndex(self.ORGANISATIONS)

    # --- organisations ---------------------------------------------------------------------------------

    def new_organisation(self) -> OrganisationForm:
        created: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            def create(session: Session) -> Any:
                return directory.create_organisation(session, **values)

            command = CreateCommand(
                self.context, self.tr("New organisation"), create, "organisations", Topic.DIRECTORY
            )
            push(self.context, command)
            created.append(command.ident or 0)

        form = OrganisationForm(self.tr("New organisation"), submit, self)
        form.accepted.connect(lambda: self._select(self.organisations, created[-1]))
        form.open()
        return form

    def edit_organisation(self, org_id: int) -> OrganisationForm | None:
        if not org_id:
            return None
        before = self.context.read(
            lambda s: {
                f: getattr(get(s, Organisation, org_id, "organisation"), f) for f in ORGANISATION_FIELDS
            }
        )

        def submit(values: dict[str, Any]) -> None:
            old, new = changed(before, values)
            if not new:
                return

            def apply(session: Session, fields: dict[str, Any]) -> Any:
                return directory.update_organisation(session, org_id, **fields)

            push(
                self.context,
                EditCommand(
                    self.context,
                    self.tr("Edit organisation {0}").format(before["name"]),
                    apply,
                    old,
                    new,
                    Topic.DIRECTORY,
                ),
            )

        form = OrganisationForm(self.tr("Edit organisation"), submit, self)
        form.set_values(before)
        form.open()
        return form

    def delete_organisation(self, org_id: int) -> None:
        def describe(session: Session) -> tuple[str, int, int, int]:
            org = get(session, Organisation, org_id, "organisation")
            count = lambda stmt: session.scalar(stmt) or 0  # noqa: E731
            return (
                org.name,
                count(select(func.count(Person.id)).where(Person.organisation_id == org_id)),
                count(select(func.count(Meeting.id)).where(Meeting.organisation_id == org_id)),
                count(select(func.count(Note.id)).where(Note.organisation_id == org_id)),
            )

        name, contacts, meetings, notes = self.context.read(describe)
        text = self.tr(
            "Delete the organisation “{0}”?\n\n{1} contacts and {2} meetings stay but no longer name it; "
            "its {3} notes are deleted with it.\n\nYou can undo this (Ctrl+Z)."
        ).format(name, contacts, meetings, notes)
        if self._confirm(self.tr("Delete organisation"), text):
            push(
                self.context,
                DeleteCommand(
                    self.context,
                    self.tr("Delete organisation {0}").format(name),
                    "organisations",
                    org_id,
                    Topic.DIRECTORY,
                    Topic.MEETINGS,
                    Topic.FOLLOWUPS,
                    Topic.REGISTRATIONS,
                ),
            )

    # --- people ------------------------------------------------------------------------------------------

    def _organisation_choices(self) -> list[tuple[int, str]]:
        return self.context.read(
            lambda s: [
                (i, n)
                for i, n in s.execute(
                    select(Organisation.id, Organisation.name).order_by(func.lower(Organisation.name))
                )
            ]
        )

    def new_person(self, organisation_id: int | None = None) -> PersonForm:
        created: list[int] = []

        def submit(values: dict[str, Any]) -> None:
            def create(session: Session) -> Any:
                return directory.create_person(session, **values)

            command = CreateCommand(self.context, self.tr("New person"), create, "people", Topic.DIRECTORY)
            push(self.context, command)
            created.append(command.ident or 0)

        form = PersonForm(self.tr("New person"), submit, self._organisation_choices(), self)
        if organisation_id is None and self.tabs.currentIndex() == self.ORGANISATIONS:
            organisation_id = self.organisations.table.selected_id() or None
        form.set_values({"organisation_id": organisation_id})
        form.accepted.connect(lambda: self._select(self.people, created[-1]))
        form.open()
        return form

    @Slot(int)
    def edit_person(self, person_id: int) -> PersonForm | None:
        if not person_id:
            return None
        before = self.context.read(
            lambda s: {f: getattr(get(s, Person, person_id, "person"), f) for f in PERSON_FIELDS}
        )

        def submit(values: dict[str, Any]) -> None:
            old, new = changed(before, values)
            if not new:
                return

            def apply(session: Session, fields: dict[str, Any]) -> Any:
                return directory.update_person(session, person_id, **fields)

            push(
                self.context,
                EditCommand(self.context, self.tr("Edit person"), apply, old, new, Topic.DIRECTORY),
            )

        form = PersonForm(self.tr("Edit person"), submit, self._organisation_choices(), self)
        form.set_values(before)
        form.open()
        return form

    def delete_person(self, person_id: int) -> None:
        def describe(session: Session) -> tuple[str, int, int, int]:
            person = get(session, Person, person_id, "person")
            count = lambda stmt: session.scalar(stmt) or 0  # noqa: E731
            return (
                person.both_scripts,
                count(select(func.count(Registration.id)).where(Registration.person_id == person_id)),
                count(select(func.count()).where(MeetingAttendee.person_id == person_id)),
                count(select(func.count(Note.id)).where(Note.person_id == person_id)),
            )

        name, registrations, meetings, notes = self.context.read(describe)
        text = self.tr(
            "Delete {0}?\n\nTheir {1} registrations, {2} meeting attendances and {3} notes are deleted "
            "with them.\n\nYou can undo this (Ctrl+Z)."
        ).format(name, registrations, meetings, notes)
        if self._confirm(self.tr("Delete person"), text):
            push(
                self.context,
                DeleteCommand(
                    self.context,
                    self.tr("Delete {0}").format(name),
                    "people",
                    person_id,
                    Topic.DIRECTORY,
                    Topic.MEETINGS,
                    Topic.FOLLOWUPS,
                    Topic.REGISTRATIONS,
                ),
            )

    # --- internals ---------------------------------------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(
            self,
            title,
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _page(self) -> _TablePage:
        return self.organisations if self.tabs.currentIndex() == self.ORGANISATIONS else self.people

    def _select(self, page: _TablePage, ident: int) -> None:
        if not page.table.select_id(ident):
            # Not among the loaded rows: drop the filter and read on until it is (or give up).
            page.search.clear()
            page.model.set_search("")
            page.model.fetch_until(ident)
            page.table.select_id(ident)
        page.table.setFocus()

    def _kind_chosen(self) -> None:
        kind = self.kind_filter.currentData()
        self.organisations.model.set_condition("kind", Organisation.kind == kind if kind else None)

    def _tab_changed(self, _index: int) -> None:
        self._show_detail(self._page().table.selected_id())

    def _show_detail(self, _ident: int = 0) -> None:
        ident = self._page().table.selected_id()
        try:
            if not ident:
                self.detail.setCurrentWidget(self.empty)
            elif self.tabs.currentIndex() == self.ORGANISATIONS:
                self.organisation_detail.show_organisation(ident)
                self.detail.setCurrentWidget(self.organisation_detail)
            else:
                self.person_detail.show_person(ident)
                self.detail.setCurrentWidget(self.person_detail)
        except NotFound:  # deleted meanwhile
            self.detail.setCurrentWidget(self.empty)

    def _set_column_widths(self) -> None:
        org = self.organisations.table
        # Name, local name, kind, city, country, contacts: all of them in the window's default size.
        for column, width in enumerate((240, 170, 120, 80, 80, 70)):
            org.setColumnWidth(column, width)
        people = self.people.table
        for column, width in enumerate((220, 220, 200, 200)):
            people.setColumnWidth(column, width)

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        if topic in (Topic.DIRECTORY, Topic.MEETINGS, Topic.FOLLOWUPS, Topic.REGISTRATIONS):
            if topic == Topic.DIRECTORY:
                self.organisations.model.refresh()
                self.people.model.refresh()
            if topic != Topic.FOLLOWUPS:  # the notes panel refreshes itself
                self._show_detail()
