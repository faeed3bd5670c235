"""How each kind of itinerary item is named and coloured in the views."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

_LABELS = {
    "flight": "Flight",
    "train": "Train",
    "transfer": "Transfer",
    "hotel": "Hotel",
    "meeting": "Meeting",
    "event": "Event",
    "visit": "Visit",
    "meal": "Meal",
    "briefing": "Briefing",
    "free": "Free time",
}
_STATUS = {"tentative": "Tentative", "confirmed": "Confirmed", "cancelled": "Cancelled"}

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
