"""How each kind of itinerary item is named and coloured in the views."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

_LABELS = {
    "flight": QT_TRANSLATE_NOOP("ItemKinds", "Flight"),
    "train": QT_TRANSLATE_NOOP("ItemKinds", "Train"),
    "transfer": QT_TRANSLATE_NOOP("ItemKinds", "Transfer"),
    "hotel": QT_TRANSLATE_NOOP("ItemKinds", "Hotel"),
    "meeting": QT_TRANSLATE_NOOP("ItemKinds", "Meeting"),
    "event": QT_TRANSLATE_NOOP("ItemKinds", "Event"),
    "visit": QT_TRANSLATE_NOOP("ItemKinds", "Visit"),
    "meal": QT_TRANSLATE_NOOP("ItemKinds", "Meal"),
    "briefing": QT_TRANSLATE_NOOP("ItemKinds", "Briefing"),
    "free": QT_TRANSLATE_NOOP("ItemKinds", "Free time"),
}
_STATUS = {
    "tentative": QT_TRANSLATE_NOOP("ItemStatus", "Tentative"),
    "confirmed": QT_TRANSLATE_NOOP("ItemStatus", "Confirmed"),
    "cancelled": QT_TRANSLATE_NOOP("ItemStatus", "Cancelled"),
}

# Soft fills with a darker edge of the same hue: travel blue, stays grey, meetings green, events violet…
_COLOURS = {
    "flight": "#3d7cc9",
    "train": "#3d7cc9",
    "transfer": "#6e93bf",
    "hotel": "#8a8f98",
    "meeting": "#2e8b57",
    "event": "#7a4fb3",
    "visit": "#c07a1f",
    "meal": "#b5651d",
    "briefing": "#4a6b7c",
    "free": "#9aa5ad",
}
CONFLICT = QColor("#c62828")
WARNING = QColor("#e08a00")


def kind_label(kind: str) -> str:
    return QCoreApplication.translate("ItemKinds", _LABELS.get(kind, kind))


def status_label(status: str) -> str:
    return QCoreApplication.translate("ItemStatus", _STATUS.get(status, status))


def kind_colour(kind: str) -> QColor:
    return QColor(_COLOURS.get(kind, "#607d8b"))


KINDS = tuple(_LABELS)
