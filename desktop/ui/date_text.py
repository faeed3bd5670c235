"""Dates as the interface language writes them: 'Thu 12 Sep 2024' in English, '2024年9月12日 周四' in Chinese.

The patterns are Qt date formats and translatable (each language orders day, month and year its own way);
the day and month names come from the default QLocale set by ``desktop.ui.i18n``. Times stay 24-hour
'14:30' in every language, as the programme prints them.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QDate, QLocale


def _qdate(value: dt.date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _format(value: dt.date, pattern: str) -> str:
    return QLocale().toString(_qdate(value), pattern)


def day_month(value: dt.date) -> str:
    """'12 Sep' / '9月12日'."""
    return _format(value, QCoreApplication.translate("DateFormats", "dd MMM", "day and month"))


def full_date(value: dt.date) -> str:
    """'12 Sep 2024' / '2024年9月12日'."""
    return _format(value, QCoreApplication.translate("DateFormats", "dd MMM yyyy", "a date"))


def weekday_date(value: dt.date) -> str:
    """'Thu 12 Sep 2024' / '2024年9月12日 周四'."""
    return _format(
        value, QCoreApplication.translate("DateFormats", "ddd dd MMM yyyy", "a date with its weekday")
    )


def weekday_day(value: dt.date) -> str:
    """'Thu 5 Sep' / '9月5日 周四'."""
    return _format(value, QCoreApplication.translate("DateFormats", "ddd d MMM", "weekday, day and month"))


def weekday_time(value: dt.datetime) -> str:
    """'Thu 12 Sep 14:30' / '9月12日 周四 14:30' (a wall-clock time, in whatever zone ``value`` is)."""
    return f"{weekday_day(value.date())} {value:%H:%M}"


def date_edit_format() -> str:
    """The display format of date fields: 'd MMM yyyy' / 'yyyy年M月d日'."""
    return QCoreApplication.translate("DateFormats", "d MMM yyyy", "date fields")


def weekday_date_edit_format() -> str:
    """The display format of date fields that show the weekday: 'ddd d MMM yyyy' / 'yyyy年M月d日 ddd'."""
    return QCoreApplication.translate("DateFormats", "ddd d MMM yyyy", "date fields with the weekday")


def date_time_edit_format() -> str:
    """The display format of date-and-time fields: 'ddd d MMM yyyy  HH:mm' / 'yyyy年M月d日 ddd  HH:mm'."""
    return QCoreApplication.translate("DateFormats", "ddd d MMM yyyy  HH:mm", "date and time fields")
