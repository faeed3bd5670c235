"""The settings the application remembers between runs, declared once and typed.

Tests point ``QSettings`` at a temporary folder (``use_settings_folder``) so the real user's settings are
never read or written by them.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANISATION = "DelegationDesk"
APPLICATION = "Delegation Desk"


def use_settings_folder(folder: Path) -> None:
    """Keep every INI settings file under ``folder`` (used by tests and the screenshot script)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    for fmt in (QSettings.Format.IniFormat, QSettings.Format.NativeFormat):
        for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
            QSettings.setPath(fmt, scope, str(folder))


class Settings:
    """Typed access to the few things remembered: window geometry and state, the interface language, the
    last database, the last trip shown for each database."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._s = (
            qsettings
            if qsettings is not None
            else QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION)
        )

    # --- window ---
    @property
    def window_geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        value = self._s.value("window/state")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._s.setValue("window/state", value)

    @property
    def last_view(self) -> str:
        return str(self._s.value("window/view", "") or "")

    @last_view.setter
    def last_view(self, value: str) -> None:
        self._s.setValue("window/view", value)

    # --- interface ---
    @property
    def language(self) -> str:
        """The interface language chosen in Preferences: '' (follow the system), 'en' or 'zh_CN'."""
        value = str(self._s.value("interface/language", "") or "")
        return value if value in ("", "en", "zh_CN") else ""

    @language.setter
    def language(self, value: str) -> None:
        self._s.setValue("interface/language", value)

    # --- database and trip ---
    @property
    def last_database(self) -> str:
        return str(self._s.value("database/last", "") or "")

    @last_database.setter
    def last_database(self, path: str) -> None:
        self._s.setValue("database/last", path)

    def last_trip(self, database: str) -> int:
        """The trip last shown for that database file (0: none)."""
        try:
            return int(self._s.value(f"trips/{_key(database)}", 0) or 0)
        except (TypeError, ValueError):
            return 0

    def set_last_trip(self, database: str, trip_id: int) -> None:
        self._s.setValue(f"trips/{_key(database)}", trip_id)

    def file_name(self) -> str:
        return self._s.fileName()

    def sync(self) -> None:
        self._s.sync()


def _key(database: str) -> str:
    # QSettings keys treat '/' and '\\' as group separators: keep the path readable but flat.
    return database.replace("\\", "|").replace("/", "|")
