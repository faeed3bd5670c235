"""Translated names for registration statuses (stored values stay English identifiers)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from db.models import RegistrationStatus as S

_STATUSES = {
    S.INVITED: "Invited",
    S.REGISTERED: "Registered",
    S.WAITLISTED: "Waitlisted",
    S.CANCELLED: "Cancelled",
    S.ATTENDED: "Checked in",
    S.NO_SHOW: "No-show",
}

# Text colours that read on a light and a dark palette alike.
STATUS_COLOURS = {
    S.WAITLISTED: QColor("#b26a00"),
    S.CANCELLED: QColor("#8a8a8a"),
    S.ATTENDED: QColor("#2e7d32"),
    S.NO_SHOW: QColor("#c62828"),
}


def status_label(status: str) -> str:
    try:
        return QCoreApplication.translate("RegistrationStatus", _STATUSES[S(status)])
    except ValueError:
        return status


def statuses() -> list[tuple[str, str]]:
    return [(s.value, status_label(s.value)) for s in S]
