"""The documents' names, descriptions and languages in the interface language.

``desktop.documents.request.describe()`` (no Qt) names the documents in English; the GUI shows these
translations, keyed by document kind, and falls back to the English text for a kind added later.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from desktop.ui.i18n import CHINESE, current_language

_NAMES = {
    "pack": QT_TRANSLATE_NOOP("DocumentKinds", "Trip briefing pack"),
    "programme": QT_TRANSLATE_NOOP("DocumentKinds", "Daily programme"),
    "agenda": QT_TRANSLATE_NOOP("DocumentKinds", "Meeting agenda"),
    "signin": QT_TRANSLATE_NOOP("DocumentKinds", "Attendee list / sign-in sheet"),
    "badges": QT_TRANSLATE_NOOP("DocumentKinds", "Name badges"),
    "tentcards": QT_TRANSLATE_NOOP("DocumentKinds", "Table tent cards"),
    "followups": QT_TRANSLATE_NOOP("DocumentKinds", "Follow-up report"),
}
_DESCRIPTIONS = {
    "pack": QT_TRANSLATE_NOOP(
        "DocumentKinds",
        "Cover, contents, overview, delegation, programme, one brief per meeting, events, contacts.",
    ),
    "programme": QT_TRANSLATE_NOOP(
        "DocumentKinds", "One page per day: times in local time with the zone, places, who attends."
    ),
    "agenda": QT_TRANSLATE_NOOP(
        "DocumentKinds", "One meeting's agenda and attendees, to print and hand over."
    ),
    "signin": QT_TRANSLATE_NOOP(
        "DocumentKinds", "Everyone registered for an event, with a signature column."
    ),
    "badges": QT_TRANSLATE_NOOP(
        "DocumentKinds", "Eight badges per sheet with cut marks: name large, organisation below."
    ),
    "tentcards": QT_TRANSLATE_NOOP(
        "DocumentKinds", "One folded card per sheet, the name readable from both sides."
    ),
    "followups": QT_TRANSLATE_NOOP(
        "DocumentKinds",
        "Actions by organisation and owner with status and due dates, and the meetings' outcomes.",
    ),
}
_LANGUAGES = {
    "en": QT_TRANSLATE_NOOP("DocumentKinds", "English"),
    "zh": QT_TRANSLATE_NOOP("DocumentKinds", "Chinese (中文)"),
    "bilingual": QT_TRANSLATE_NOOP("DocumentKinds", "Bilingual (English + 中文)"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentKinds", text)


def document_name(kind: str, english: str) -> str:
    return _tr(_NAMES[kind]) if kind in _NAMES else english


def document_description(kind: str, english: str) -> str:
    return _tr(_DESCRIPTIONS[kind]) if kind in _DESCRIPTIONS else english


def language_label(lang: str) -> str:
    return _tr(_LANGUAGES[lang]) if lang in _LANGUAGES else lang


def default_language() -> str:
    """The documents' language to offer first: bilingual under a Chinese interface (the delegation reads
    Chinese, its hosts English), English otherwise."""
    return "bilingual" if current_language() == CHINESE else "en"
