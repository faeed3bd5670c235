"""The registrations of one event as a paged SQL table: person, organisation, status, times."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QFont
from sqlalchemy import Select, func, select
from sqlalchemy.orm import aliased

from db.database import Database
from db.models import Organisation, Person, Registration, RegistrationStatus
from desktop.ui.registration.labels import STATUS_COLOURS, event_clock, status_label
from desktop.ui.tables import Column, PagedQueryModel, Row, match_words
from desktop.ui.tables.names import PERSON_NAME_COLUMNS, person_label

# Organisation as registered (the person may have moved since), aliased so queries can also join people's.
RegisteredOrganisation = aliased(Organisation, name="registered_organisation")
STATUS = 3  # index of the status in a row (after id, name key, organisation)


def _query() -> Select[Any]:
    return (
        select(
            Registration.id,
            Registration.sort_key,  # the person's name order, indexed with the event: pages by keyset
            RegisteredOrganisation.name,
            Registration.status,
            Registration.registered_at,
            Registration.checked_in_at,
            Registration.badge_name,
            Registration.dietary_needs,
            Registration.vip,
            *PERSON_NAME_COLUMNS,  # 9..12
            Registration.person_id,  # 13
        )
        .join(Person, Registration.person_id == Person.id)
        .outerjoin(RegisteredOrganisation, Registration.organisation_id == RegisteredOrganisation.id)
    )


def _decorate(row: Row, column: int, role: Qt.ItemDataRole) -> Any:
    status = row[STATUS]
    if role == Qt.ItemDataRole.ForegroundRole:
        colour = STATUS_COLOURS.get(status)  # StrEnum keys match the stored strings
        if colour is not None and (column == STATUS - 1 or status == RegistrationStatus.CANCELLED):
            return QBrush(colour)
    if role == Qt.ItemDataRole.FontRole and column == 0 and row[8]:
        font = QFont()
        font.setBold(True)  # VIPs stand out at the desk
        return font
    return None


def registrations_model(
    database: Database, parent: Any = None, zone: Callable[[], str] = lambda: ""
) -> PagedQueryModel:
    """``zone()`` is the IANA zone of the event shown: its times are on that clock."""
    columns = [
        Column(
            QCoreApplication.translate("RegistrationTables", "Name"), display=lambda r: person_label(*r[9:13])
        ),
        Column(
            QCoreApplication.translate("RegistrationTables", "Organisation"),
            sort=func.lower(RegisteredOrganisation.name),
        ),
        Column(
            QCoreApplication.translate("RegistrationTables", "Status"),
            display=lambda r: status_label(r[STATUS]),
        ),
        Column(
            QCoreApplication.translate("RegistrationTables", "Registered"),
            display=lambda r: event_clock(r[4], zone()),
        ),
        Column(
            QCoreApplication.translate("RegistrationTables", "Checked in"),
            display=lambda r: event_clock(r[5], zone()),
        ),
        Column(QCoreApplication.translate("RegistrationTables", "Badge name")),
        Column(QCoreApplication.translate("RegistrationTables", "Dietary needs")),
        Column(QCoreApplication.translate("RegistrationTables", "VIP"), align=Qt.AlignmentFlag.AlignCenter),
    ]
    return PagedQueryModel(
        database,
        _query,
        columns,
        # One folded column holds the person's names, email, organisation and badge (and is in the index).
        search=lambda text: match_words(text, Registration.search_key),
        # The same rows without the joins that only bring names to show: counted from the index alone.
        count_query=lambda: select(Registration.id),
        decorate=_decorate,
        parent=parent,
    )
