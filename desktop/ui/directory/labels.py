"""Translated names for the organisation kinds (the stored values stay English identifiers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from db.models import OrganisationKind

_KINDS = {
    OrganisationKind.COMPANY: "Company",
    OrganisationKind.GOVERNMENT: "Government",
    OrganisationKind.INVESTMENT_AGENCY: "Investment agency",
    OrganisationKind.ASSOCIATION: "Association",
    OrganisationKind.BANK: "Bank",
    OrganisationKind.MEDIA: "Media",
    OrganisationKind.RESEARCH: "Research",
    OrganisationKind.EDUCATION: "Education",
    OrganisationKind.OTHER: "Other",
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
    "proposed": "Proposed",
    "requested": "Requested",
    "confirmed": "Confirmed",
    "held": "Held",
    "cancelled": "Cancelled",
}


def meeting_status_label(status: str) -> str:
    text = _MEETING_STATUSES.get(status)
    return QCoreApplication.translate("MeetingStatus", text) if text else status
