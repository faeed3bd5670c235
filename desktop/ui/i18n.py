"""The interface language: which one, and installing its translations before any window is built.

The language follows the system locale unless the user picked one in Preferences (read at start-up; a
change applies on the next start). Chinese of any region gets the Simplified Chinese interface, anything
else English. Installed for a language:

- the app's own ``resources/translations/delegation_desk_<lang>.qm`` (English has one too: its plural
  forms, "1 page" / "2 pages");
- for Chinese, Qt's ``qtbase_zh_CN.qm`` from PySide6, so the standard buttons and dialogs (OK, Cancel,
  the file and print dialogs, the undo texts) speak Chinese as well;
- ``QLocale.setDefault``, so dates, month and day names and numbers follow the chosen language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator
from PySide6.QtGui import QGuiApplication

from desktop.resources import resource

AUTOMATIC = ""
ENGLISH = "en"
CHINESE = "zh_CN"
LANGUAGES = (AUTOMATIC, ENGLISH, CHINESE)
CATALOGUE = "delegation_desk"

_installed: list[QTranslator] = []


def resolve(preference: str, system: QLocale | None = None) -> str:
    """The interface language for a Preferences value: ENGLISH or CHINESE."""
    if preference in (ENGLISH, CHINESE):
        return preference
    system = system if system is not None else QLocale.system()
    return CHINESE if system.language() == QLocale.Language.Chinese else ENGLISH


def locale_for(preference: str, system: QLocale | None = None) -> QLocale:
    """The locale dates and numbers follow: the system's when it speaks the interface language (so a
    Singapore or British system keeps its own formats), otherwise the language's usual one."""
    system = system if system is not None else QLocale.system()
    language = resolve(preference, system)
    if language == CHINESE:
        if (
            system.language() == QLocale.Language.Chinese
            and system.script() != QLocale.Script.TraditionalHanScript
        ):
            return system
        return QLocale("zh_CN")
    if system.language() in (QLocale.Language.English, QLocale.Language.C):
        return system  # C (no locale set) names days and months in English too
    return QLocale("en_US")


def translations_folder() -> Path:
    return resource("translations")


def qt_translations_folder() -> Path:
    return Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))


def current_language() -> str:
    """The language installed by ``install`` (ENGLISH before any)."""
    return CHINESE if QLocale().language() == QLocale.Language.Chinese else ENGLISH


def install(app: QCoreApplication, preference: str = AUTOMATIC, system: QLocale | None = None) -> str:
    """Install the translations for ``preference`` (replacing any installed before); the language used."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    language = resolve(preference, system)
    QLocale.setDefault(locale_for(preference, system))
    files = [(translations_folder(), f"{CATALOGUE}_{language}")]
    if language == CHINESE:
        files.append((qt_translations_folder(), "qtbase_zh_CN"))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    if isinstance(app, QGuiApplication) and app.applicationDisplayName():
        # the name window titles end with, in the interface language
        app.setApplicationDisplayName(QCoreApplication.translate("App", "Delegation Desk"))
    return language


def missing_catalogue(language: str) -> bool:
    """True when the compiled translation for ``language`` is not there (run scripts/compile-translations)."""
    return not (translations_folder() / f"{CATALOGUE}_{language}.qm").exists()
