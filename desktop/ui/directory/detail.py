"""The detail pane: an organisation with its contacts, meetings and open actions across trips, or a person
with their registrations; both with their notes. Read as plain data in one session."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QLabel,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import ActionStatus, Event, ItineraryItem, Organisation, Person, Registration, Trip
from desktop.services import followups
from desktop.services.records import get
from desktop.ui.context import AppContext
from desktop.ui.directory.labels import kind_label, meeting_status_label
from desktop.ui.notes import NotesPanel
from desktop.ui.registration.labels import status_label
from desktop.ui.tables.column_fit import ColumnFit
from desktop.ui.tables.list_model import ListTableModel
from desktop.ui.tables.paged_model import Row

OVERDUE = QColor("#c62828")


def local_time(instant: dt.datetime, zone: str) -> str:
    try:
        return instant.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%d %H:%M %Z")
    except (KeyError, ValueError):
        return instant.strftime("%Y-%m-%d %H:%M UTC")


@dataclass
class OrganisationInfo:
    id: int
    title: str
    subtitle: str
    facts: list[tuple[str, str]]
    contacts: list[Row] = field(default_factory=list)  # (person id, name, title, email, phone)
    meetings: list[Row] = field(default_factory=list)  # (meeting id, when, trip, meeting, status, open)
    actions: list[Row] = field(default_factory=list)  # (action id, what, owner, due, meeting, due date)


@dataclass
class PersonInfo:
    id: int
    title: str
    subtitle: str
    facts: list[tuple[str, str]]
    registrations: list[Row] = field(default_factory=list)  # (registration id, event, trip, status)


def read_organisation(session: Session, org_id: int, labels: dict[str, str]) -> OrganisationInfo:
    org = get(session, Organisation, org_id, "organisation")
    people = session.scalars(
        select(Person).where(Person.organisation_id == org_id).order_by(Person.family_name, Person.id)
    )
    contacts = [(p.id, p.both_scripts, p.job_title or p.position, p.email, p.phone) for p in people]
    meetings: list[Row] = []
    actions: list[Row] = []
    for m in followups.meetings_with_organisation(session, org_id):
        open_ = [a for a in m.actions if a.status == ActionStatus.OPEN.value]
        when = local_time(m.item.start_utc, m.item.start_tz)
        meetings.append(
            (m.id, when, m.item.trip.name, m.item.title, meeting_status_label(m.status), len(open_) or "")
        )
        for a in open_:
            owner = a.owner.both_scripts if a.owner else ""
            actions.append((a.id, a.description, owner, a.due_date, m.item.title, a.due_date))
    actions.sort(key=lambda r: (r[5] is None, r[5] or dt.date.max))
    where = ", ".join(p for p in (org.city, org.country) if p)
    subtitle = " · ".join(p for p in (kind_label(org.kind), where) if p)
    facts = [
        (labels["local_name"], org.local_name if org.local_name != org.name else ""),
        (labels["sectors"], ", ".join(org.sectors)),
        (labels["address"], org.address),
        (labels["website"], org.website),
        (labels["phone"], org.phone),
        (labels["email"], org.email),
        (labels["profile"], org.profile),
    ]
    return OrganisationInfo(
        org.id, org.name, subtitle, [f for f in facts if f[1]], contacts, meetings, actions
    )


def read_person(session: Session, person_id: int, labels: dict[str, str]) -> PersonInfo:
    person = get(session, Person, person_id, "person")
    regs = session.execute(
        select(Registration.id, ItineraryItem.title, Trip.name, Registration.status)
        .join(Event, Registration.event_id == Event.id)
        .join(ItineraryItem, Event.item_id == ItineraryItem.id)
        .join(Trip, ItineraryItem.trip_id == Trip.id)
        .where(Registration.person_id == person_id)
        .order_by(ItineraryItem.start_utc)
    ).all()
    title = person.both_scripts
    if person.honorific:
        title = f"{person.honorific} {title}"
    org = person.organisation.name if person.organisation else ""
    subtitle = " · ".join(p for p in (person.job_title or person.position, org) if p)
    facts = [
        (labels["position"], person.position if person.position != person.job_title else ""),
        (labels["email"], person.email),
        (labels["phone"], person.phone),
        (labels["languages"], ", ".join(person.languages)),
        (labels["dietary_needs"], person.dietary_needs),
        (labels["access_needs"], person.access_needs),
        (labels["notes"], person.notes),
    ]
    return PersonInfo(person.id, title, subtitle, [f for f in facts if f[1]], [tuple(r) for r in regs])


def _table(model: ListTableModel) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)
    view.verticalHeader().hide()
    return view


class _Header(QWidget):
    """Title, subtitle and a list of facts, all as plain text (names may hold '<b>&')."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel()
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = QLabel()
        self.subtitle.setStyleSheet("color: #555;")
        for label in (self.title, self.subtitle):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # a grid rather than a QFormLayout: the form mis-measures the height of a wrapped value (a long
        # profile) and cut its last line off
        self.facts = QGridLayout()
        self.facts.setContentsMargins(0, 6, 0, 0)
        self.facts.setColumnStretch(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(self.facts)

    def show_info(self, title: str, subtitle: str, facts: list[tuple[str, str]]) -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        while self.facts.count():
            item = self.facts.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().hide()
                item.widget().deleteLater()
        for row, (name, value) in enumerate(facts):
            shown = value if len(value) <= 400 else value[:400].rstrip() + "…"
            label = QLabel(shown)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.facts.addWidget(QLabel(name + ":"), row, 0, Qt.AlignmentFlag.AlignTop)
            self.facts.addWidget(label, row, 1)


def field_labels() -> dict[str, str]:
    return {
        "local_name": QCoreApplication.translate("DirectoryDetail", "Local name"),
        "sectors": QCoreApplication.translate("DirectoryDetail", "Sectors"),
        "address": QCoreApplication.translate("DirectoryDetail", "Address"),
        "website": QCoreApplication.translate("DirectoryDetail", "Website"),
        "phone": QCoreApplication.translate("DirectoryDetail", "Phone"),
        "email": QCoreApplication.translate("DirectoryDetail", "Email"),
        "profile": QCoreApplication.translate("DirectoryDetail", "Profile"),
        "position": QCoreApplication.translate("DirectoryDetail", "Position"),
        "languages": QCoreApplication.translate("DirectoryDetail", "Languages"),
        "dietary_needs": QCoreApplication.translate("DirectoryDetail", "Dietary needs"),
        "access_needs": QCoreApplication.translate("DirectoryDetail", "Access needs"),
        "notes": QCoreApplication.translate("DirectoryDetail", "Notes"),
    }


class OrganisationDetail(QWidget):
    contact_activated = Signal(int)  # a person id

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.org_id = 0
        self.header = _Header()
        self.contacts = ListTableModel(
            [self.tr("Name"), self.tr("Title"), self.tr("Email"), self.tr("Phone")]
        )
        self.meetings = ListTableModel(
            [self.tr("When"), self.tr("Trip"), self.tr("Meeting"), self.tr("Status"), self.tr("Open actions")]
        )
        self.actions = ListTableModel(
            [self.tr("Action"), self.tr("Owner"), self.tr("Due"), self.tr("Meeting")], decorate=self._mark_due
        )
        self.contacts_view = _table(self.contacts)
        self.contacts_view.activated.connect(
            lambda index: self.contact_activated.emit(self.contacts.row_id(index.row()))
        )
        self.meetings_view = _table(self.meetings)
        self.actions_view = _table(self.actions)
        # the name (meeting, action) stretches; job titles, trip and meeting names give way before an
        # email or phone number is cut
        self.column_fits = (
            ColumnFit(self.contacts_view, stretch=0, squeeze=(1,), whole=(2, 3)),
            ColumnFit(self.meetings_view, stretch=2, squeeze=(1,)),
            ColumnFit(self.actions_view, stretch=0, squeeze=(3, 1)),
        )
        self.notes = NotesPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.contacts_view, self.tr("Contacts"))
        self.tabs.addTab(self.meetings_view, self.tr("Meetings"))
        self.tabs.addTab(self.actions_view, self.tr("Open actions"))
        self.tabs.addTab(self.notes, self.tr("Notes"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def show_organisation(self, org_id: int) -> None:
        self.org_id = org_id
        labels = field_labels()
        info = self.context.read(lambda s: read_organisation(s, org_id, labels))
        self.header.show_info(info.title, info.subtitle, info.facts)
        self.contacts.set_rows(info.contacts)
        self.meetings.set_rows(info.meetings)
        self.actions.set_rows(info.actions)
        for fit in self.column_fits:
            fit.refit()
        self.tabs.setTabText(0, self.tr("Contacts ({0})").format(len(info.contacts)))
        self.tabs.setTabText(1, self.tr("Meetings ({0})").format(len(info.meetings)))
        self.tabs.setTabText(2, self.tr("Open actions ({0})").format(len(info.actions)))
        self.notes.set_subject(organisation_id=org_id)

    def _mark_due(self, row: Row, column: int, role: Qt.ItemDataRole) -> Any:
        due = row[5]
        if role == Qt.ItemDataRole.ForegroundRole and due is not None and due < dt.date.today():
            return QBrush(OVERDUE)
        return None


class PersonDetail(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.person_id = 0
        self.header = _Header()
        self.registrations = ListTableModel([self.tr("Event"), self.tr("Trip"), self.tr("Status")])
        self.registrations_view = _table(self.registrations)
        self.registrations_fit = ColumnFit(self.registrations_view, stretch=0, squeeze=(1,))
        self.notes = NotesPanel(context)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.notes, self.tr("Notes"))
        self.tabs.addTab(self.registrations_view, self.tr("Registrations"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    def show_person(self, person_id: int) -> None:
        self.person_id = person_id
        labels = field_labels()
        info = self.context.read(lambda s: read_person(s, person_id, labels))
        self.header.show_info(info.title, info.subtitle, info.facts)
        self.registrations.set_rows([(r[0], r[1], r[2], status_label(r[3])) for r in info.registrations])
        self.registrations_fit.refit()
        self.tabs.setTabText(1, self.tr("Registrations ({0})").format(len(info.registrations)))
        self.notes.set_subject(person_id=person_id)
