"""Translated names for the organisation kinds (the stored values stay English identifiers)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from db.models import OrganisationKind

_KINDS = {
    OrganisationKind.COMPANY: QT_TRANSLATE_NOOP("OrganisationKind", "Company"),
    OrganisationKind.GOVERNMENT: QT_TRANSLATE_NOOP("OrganisationKind", "Government"),
    OrganisationKind.INVESTMENT_AGENCY: QT_TRANSLATE_NOOP("OrganisationKind", "Investment agency"),
    OrganisationKind.ASSOCIATION: QT_TRANSLATE_NOOP("OrganisationKind", "Association"),
    OrganisationKind.BANK: QT_TRANSLATE_NOOP("OrganisationKind", "Bank"),
    OrganisationKind.MEDIA: QT_TRANSLATE_NOOP("OrganisationKind", "Media"),
    OrganisationKind.RESEARCH: QT_TRANSLATE_NOOP("OrganisationKind", "Research"),
    OrganisationKind.EDUCATION: QT_TRANSLATE_NOOP("OrganisationKind", "Education"),
    OrganisationKind.OTHER: QT_TRANSLATE_NOOP("OrganisationKind", "Other"),
}


def kind_label(kind: str | None) -> str:
    try:
        return QCoreApplication.translate("OrganisationKind", _KINDS[OrganisationKind(kind)])
    except ValueError:
        return kind or ""


def kinds() -> list[tuple[str, str]]:
    """(stored value, label) in the order of the enum."""
    return [(k.value, kind_label(k.value)) for k in OrganisationKind]


_MEETING_STATUSES = {
    "proposed": QT_TRANSLATE_NOOP("MeetingStatus", "Proposed"),
    "requested": QT_TRANSLATE_NOOP("MeetingStatus", "Requested"),
    "confirmed": QT_TRANSLATE_NOOP("MeetingStatus", "Confirmed"),
    "held": QT_TRANSLATE_NOOP("MeetingStatus", "Held"),
    "cancelled": QT_TRANSLATE_NOOP("MeetingStatus", "Cancelled"),
}


def meeting_status_label(status: str) -> str:
    text = _MEETING_STATUSES.get(status)
    return QCoreApplication.translate("MeetingStatus", text) if text else status
