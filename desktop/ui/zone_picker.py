"""A line edit for IANA time zones with a completer (type 'lisb' to get Europe/Lisbon).

It holds text only: whether the zone exists is the services' rule (``check_timezone``)."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget


@lru_cache(maxsize=1)
def zone_names() -> tuple[str, ...]:
    from zoneinfo import available_timezones  # scans tzdata: only when a form first needs it

    return tuple(
        sorted(z for z in available_timezones() if "/" in z and not z.startswith(("Etc/", "SystemV/")))
    )


class ZoneEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("e.g. Europe/Lisbon"))
        completer = QCompleter(QStringListModel(list(zone_names()), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        self.setCompleter(completer)

    def zone(self) -> str:
        return self.text().strip()

    def set_zone(self, zone: str) -> None:
        self.setText(zone)
