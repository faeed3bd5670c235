"""Follow-up actions of a trip's meetings as a paged SQL table, soonest due first, overdue ones marked."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from db.database import Database
from db.models import Action, ActionStatus, ItineraryItem, Meeting, Organisation, Person
from desktop.ui.directory.detail import local_time
from desktop.ui.tables import Column, PagedQueryModel, Row, match_words
from desktop.ui.tables.names import person_label

Owner = aliased(Person, name="owner")
OVERDUE = QColor("#c62828")
DONE = QColor("#6d6d6d")
# Row layout: id, description, owner key, due, organisation, meeting title, status,
# then owner's four name columns (7..10), meeting start (11), its zone (12), meeting id (13)
DUE, STATUS, MEETING_ID = 3, 6, 13


def status_label(status: str) -> str:
    labels = {
        "open": QCoreApplication.translate("FollowUpTables", "Open"),
        "done": QCoreApplication.translate("FollowUpTables", "Done"),
        "dropped": QCoreApplication.translate("FollowUpTables", "Dropped"),
    }
    return labels.get(status, status)


def is_overdue(row: Row, today: dt.date | None = None) -> bool:
    due = row[DUE]
    return row[STATUS] == ActionStatus.OPEN.value and due is not None and due < (today or dt.date.today())


def _query() -> Select[Any]:
    return (
        select(
            Action.id,
            Action.description,
            func.lower(
                func.coalesce(func.nullif(Owner.family_name, ""), Owner.latin_name, Owner.native_name)
            ),
            Action.due_date,
            Organisation.name,
            ItineraryItem.title,
            Action.status,
            Owner.native_name,
            Owner.latin_name,
            Owner.given_name,
            Owner.family_name,
            ItineraryItem.start_utc,
            ItineraryItem.start_tz,
            Meeting.id,
        )
        .join(Meeting, Action.meeting_id == Meeting.id)
        .join(ItineraryItem, Meeting.item_id == ItineraryItem.id)
        .outerjoin(Organisation, Meeting.organisation_id == Organisation.id)
        .outerjoin(Owner, Action.owner_id == Owner.id)
    )


def _due(row: Row) -> str:
    if row[DUE] is None:
        return ""
    text = row[DUE].isoformat()
    return text + " · " + QCoreApplication.translate("FollowUpTables", "overdue") if is_overdue(row) else text


def _meeting(row: Row) -> str:
    return f"{row[5]} ({local_time(row[11], row[12])[:10]})"


def _decorate(row: Row, column: int, role: Qt.ItemDataRole) -> Any:
    if role == Qt.ItemDataRole.ForegroundRole:
        if row[STATUS] != ActionStatus.OPEN.value:
            return QBrush(DONE)
        if is_overdue(row) and column in (0, 2):
            return QBrush(OVERDUE)
    if role == Qt.ItemDataRole.FontRole and column == 2 and is_overdue(row):
        font = QFont()
        font.setBold(True)
        return font
    return None


def actions_model(database: Database, parent: Any = None) -> PagedQueryModel:
    columns = [
        Column(QCoreApplication.translate("FollowUpTables", "Action"), sort=func.lower(Action.description)),
        Column(
            QCoreApplication.translate("FollowUpTables", "Owner"), display=lambda r: person_label(*r[7:11])
        ),
        Column(
            QCoreApplication.translate("FollowUpTables", "Due"),
            sort=func.coalesce(Action.due_date, "9999-12-31"),
            display=_due,
        ),
        Column(
            QCoreApplication.translate("FollowUpTables", "Organisation"), sort=func.lower(Organisation.name)
        ),
        Column(
            QCoreApplication.translate("FollowUpTables", "Meeting"),
            sort=ItineraryItem.start_utc,
            display=_meeting,
        ),
        Column(
            QCoreApplication.translate("FollowUpTables", "Status"), display=lambda r: status_label(r[STATUS])
        ),
    ]
    return PagedQueryModel(
        database,
        _query,
        columns,
        search=lambda text: match_words(
            text, func.lower(Action.description), Owner.search_key, Organisation.search_key
        ),
        decorate=_decorate,
        default_sort=(2, Qt.SortOrder.AscendingOrder),
        parent=parent,
    )
