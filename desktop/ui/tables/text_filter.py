"""Search-as-you-type in SQL: every word typed must appear in one of the folded search columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, func, or_

from db.text import fold


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def match_words(text: str, *columns: ColumnElement[Any]) -> list[ColumnElement[bool]]:
    """One WHERE clause per word of ``text`` (accents and case ignored, as in ``db.text.search_key``):
    'conceicao lis' finds 'Conceição & Irmãos' in Lisbon; Chinese passes through unchanged."""
    return [
        or_(*(column.like(_like_pattern(word), escape="\\") for column in columns))
        for word in fold(text).split()
    ]


# Accented letters of Portuguese and Spanish names (capitals only where names start with them). SQLite's
# lower() only knows ASCII, and a Python function per row would slow every page's sort; replace() is C.
# SQLite's parser refuses nesting much deeper than this (about 25 levels).
_ACCENTED = "áâãàéêíóôõúüçñÁÉÍÓÚÂ"


def folded(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` lower-cased without accents, in SQL: 'Câmara' sorts before 'Costa', not after it."""
    expr: ColumnElement[Any] = column
    for char in _ACCENTED:
        expr = func.replace(expr, char, fold(char))
    return func.lower(expr)
