"""Preferences: the interface language (Automatic, English, 简体中文), applied at the next start.

Translations are installed before the first window is built, so a change is saved and the user is told
to restart rather than half the window switching language.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from desktop.ui import i18n
from desktop.ui.settings import Settings

# Each language named in itself, so it can be found whatever language the interface speaks now.
LANGUAGE_NAMES = {i18n.ENGLISH: "English", i18n.CHINESE: "简体中文"}
RESTART_IN_ITS_OWN_LANGUAGE = {
    i18n.ENGLISH: "Restart Delegation Desk to see the new language.",
    i18n.CHINESE: "重新启动代表团工作台后即可使用新的界面语言。",
}


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.setObjectName("preferences_dialog")
        self.setWindowTitle(self.tr("Preferences"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        system = i18n.resolve(i18n.AUTOMATIC)
        system_name = LANGUAGE_NAMES[system]
        self.language.addItem(self.tr("Automatic (the system's language: {0})").format(system_name), "")
        for language in (i18n.ENGLISH, i18n.CHINESE):
            self.language.addItem(LANGUAGE_NAMES[language], language)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))
        self.note = QLabel(self.tr("Dates and numbers follow the language too."))
        self.note.setWordWrap(True)
        self.restart = QLabel()
        self.restart.setObjectName("restart_note")
        self.restart.setWordWrap(True)
        self.restart.setStyleSheet("font-weight: bold;")
        self.restart.hide()
        self.language.currentIndexChanged.connect(self._changed)

        form = QFormLayout()
        form.addRow(self.tr("Interface &language:"), self.language)
        form.addRow("", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.restart)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.setMinimumWidth(460)

    def chosen(self) -> str:
        return str(self.language.currentData() or "")

    def _changed(self) -> None:
        chosen = i18n.resolve(self.chosen())
        text = self.tr("Restart Delegation Desk to see the new language.")
        if chosen != i18n.current_language():
            # also in the language chosen, for a user who cannot read the one shown now
            text += "\n" + RESTART_IN_ITS_OWN_LANGUAGE[chosen]
        self.restart.setText(text)
        self.restart.setVisible(chosen != i18n.current_language())

    def accept(self) -> None:
        self.settings.language = self.chosen()
        self.settings.sync()
        super().accept()
