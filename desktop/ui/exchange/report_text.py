"""The import's words in the interface language: field names, what was read and what was written.

``desktop.exchange`` stays free of Qt and speaks English (its row errors are shown as they come); the
names of fields, record kinds and file formats the wizard shows are translated here.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from desktop.exchange.importing import ImportReport
from desktop.exchange.reading import Table

# Field keys of desktop.exchange.columns.field_specs -> label (English label there when missing here).
FIELD_LABELS = {
    "name": QT_TRANSLATE_NOOP("ImportReport", "Name"),
    "local_name": QT_TRANSLATE_NOOP("ImportReport", "Local name"),
    "kind": QT_TRANSLATE_NOOP("ImportReport", "Kind"),
    "sectors": QT_TRANSLATE_NOOP("ImportReport", "Sectors"),
    "country": QT_TRANSLATE_NOOP("ImportReport", "Country"),
    "city": QT_TRANSLATE_NOOP("ImportReport", "City"),
    "address": QT_TRANSLATE_NOOP("ImportReport", "Address"),
    "website": QT_TRANSLATE_NOOP("ImportReport", "Website"),
    "phone": QT_TRANSLATE_NOOP("ImportReport", "Phone"),
    "email": QT_TRANSLATE_NOOP("ImportReport", "Email"),
    "profile": QT_TRANSLATE_NOOP("ImportReport", "Profile"),
    "native_name": QT_TRANSLATE_NOOP("ImportReport", "Name (Chinese)"),
    "latin_name": QT_TRANSLATE_NOOP("ImportReport", "Name (Latin script)"),
    "given_name": QT_TRANSLATE_NOOP("ImportReport", "Given name"),
    "family_name": QT_TRANSLATE_NOOP("ImportReport", "Family name"),
    "honorific": QT_TRANSLATE_NOOP("ImportReport", "Honorific"),
    "organisation": QT_TRANSLATE_NOOP("ImportReport", "Organisation"),
    "position": QT_TRANSLATE_NOOP("ImportReport", "Position"),
    "languages": QT_TRANSLATE_NOOP("ImportReport", "Languages"),
    "dietary_needs": QT_TRANSLATE_NOOP("ImportReport", "Dietary needs"),
    "access_needs": QT_TRANSLATE_NOOP("ImportReport", "Access needs"),
    "notes": QT_TRANSLATE_NOOP("ImportReport", "Notes"),
    "role": QT_TRANSLATE_NOOP("ImportReport", "Role"),
    "badge_name": QT_TRANSLATE_NOOP("ImportReport", "Badge name"),
    "status": QT_TRANSLATE_NOOP("ImportReport", "Status"),
    "vip": QT_TRANSLATE_NOOP("ImportReport", "VIP"),
    "source": QT_TRANSLATE_NOOP("ImportReport", "Source"),
    "registered_at": QT_TRANSLATE_NOOP("ImportReport", "Registered at"),
}

# What the import counts and writes (the buckets of ImportReport and the progress stages).
_RECORDS = {
    "organisations": QT_TRANSLATE_NOOP("ImportReport", "%n organisation(s)"),
    "people": QT_TRANSLATE_NOOP("ImportReport", "%n person(s)"),
    "members": QT_TRANSLATE_NOOP("ImportReport", "%n delegation member(s)"),
    "registrations": QT_TRANSLATE_NOOP("ImportReport", "%n registration(s)"),
}
_STAGES = {
    "organisations": QT_TRANSLATE_NOOP("ImportReport", "organisations"),
    "people": QT_TRANSLATE_NOOP("ImportReport", "people"),
    "members": QT_TRANSLATE_NOOP("ImportReport", "delegation members"),
    "registrations": QT_TRANSLATE_NOOP("ImportReport", "registrations"),
}
_SEPARATORS = {
    ",": QT_TRANSLATE_NOOP("ImportReport", "comma-separated"),
    ";": QT_TRANSLATE_NOOP("ImportReport", "semicolon-separated"),
    "\t": QT_TRANSLATE_NOOP("ImportReport", "tab-separated"),
}


def _tr(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("ImportReport", text, None, n)


def number(n: int) -> str:
    return QLocale().toString(n)


def field_label(key: str, english: str) -> str:
    text = FIELD_LABELS.get(key)
    return _tr(text) if text else english


def stage_label(stage: str) -> str:
    text = _STAGES.get(stage)
    return _tr(text) if text else stage


def table_description(table: Table) -> str:
    """'Excel workbook, sheet 'Inscrições'' or 'CSV, UTF-8, semicolon-separated'."""
    from desktop.exchange import encodings

    if table.format == "xlsx":
        return QCoreApplication.translate("ImportReport", "Excel workbook, sheet “{0}”").format(
            table.sheet or ""
        )
    separator = _SEPARATORS.get(table.delimiter or ",")
    sep = _tr(separator) if separator else repr(table.delimiter)
    return QCoreApplication.translate("ImportReport", "CSV, {0}, {1}").format(
        encodings.describe(table.encoding or ""), sep
    )


def _counts(bucket: dict[str, int]) -> str:
    parts = [
        _tr(_RECORDS[what], n) if what in _RECORDS else f"{number(n)} {what}"
        for what, n in bucket.items()
        if n
    ]
    return (
        QCoreApplication.translate("ImportReport", ", ").join(parts)
        if parts
        else QCoreApplication.translate("ImportReport", "nothing")
    )


def summary_lines(report: ImportReport) -> list[str]:
    """What the import read and wrote (or, in a dry run, would write)."""
    if report.written:
        lines = [
            QCoreApplication.translate("ImportReport", "Created: {0}").format(_counts(report.created)),
            QCoreApplication.translate("ImportReport", "Updated: {0}").format(_counts(report.updated)),
        ]
    else:
        lines = [
            QCoreApplication.translate("ImportReport", "Would be created: {0}").format(
                _counts(report.created)
            ),
            QCoreApplication.translate("ImportReport", "Would be updated: {0}").format(
                _counts(report.updated)
            ),
        ]
    lines.append(
        QCoreApplication.translate("ImportReport", "Unchanged: {0}").format(_counts(report.unchanged))
    )
    if report.waitlisted:
        if report.written:
            lines.append(
                QCoreApplication.translate(
                    "ImportReport",
                    "%n new registration(s) waitlisted: the event is full",
                    None,
                    report.waitlisted,
                )
            )
        else:
            lines.append(
                QCoreApplication.translate(
                    "ImportReport",
                    "%n new registration(s) would be waitlisted: the event is full",
                    None,
                    report.waitlisted,
                )
            )
    return lines
