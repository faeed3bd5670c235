"""Translated names for registration statuses (stored values stay English identifiers)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from db.models import RegistrationStatus as S
from desktop.services.timezones import format_local
from desktop.services.validation import is_timezone

_STATUSES = {
    S.INVITED: QT_TRANSLATE_NOOP("RegistrationStatus", "Invited"),
    S.REGISTERED: QT_TRANSLATE_NOOP("RegistrationStatus", "Registered"),
    S.WAITLISTED: QT_TRANSLATE_NOOP("RegistrationStatus", "Waitlisted"),
    S.CANCELLED: QT_TRANSLATE_NOOP("RegistrationStatus", "Cancelled"),
    S.ATTENDED: QT_TRANSLATE_NOOP("RegistrationStatus", "Checked in"),
    S.NO_SHOW: QT_TRANSLATE_NOOP("RegistrationStatus", "No-show"),
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


def event_clock(instant: dt.datetime | None, zone: str, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """A stored instant (registered, checked in) on the clock of where the event happens, with the zone
    ('2024-09-12 09:31 WEST'): the desk and the sign-in sheet agree whatever the laptop's own zone.
    Without a usable zone, the laptop's local time (still with its abbreviation)."""
    if instant is None:
        return ""
    if zone and is_timezone(zone):
        return format_local(instant, zone, fmt)
    local = instant.astimezone()
    return f"{local.strftime(fmt)} {local.tzname() or ''}".rstrip()
