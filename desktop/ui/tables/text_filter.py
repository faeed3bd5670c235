"""Search-as-you-type in SQL: every word typed must appear in one of the folded search columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, case, func, or_

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
# lower() only knows ASCII; a Python function per row would slow every page's sort, and even C replace()
# costs 20x a plain lower() when run on every row. So only the first letters are folded, and only on rows
# where they are not plain ASCII: 'Câmara' and 'Álvares' sort as 'camara' and 'alvares', at little cost.
_ACCENTED = "áâãàéêíóôõúüçñÁÉÍÓÚÂ"
_PREFIX = 3


def folded(column: ColumnElement[Any]) -> ColumnElement[Any]:
    """``column`` lower-cased for sorting, its first letters without accents ('Câmara' before 'Costa')."""
    prefix = func.substr(column, 1, _PREFIX)
    plain: ColumnElement[Any] = prefix
    for char in _ACCENTED:
        plain = func.replace(plain, char, fold(char))
    head = case((prefix.op("GLOB")("*[^ -~]*"), func.lower(plain)), else_=func.lower(prefix))
    return head.concat(func.lower(func.substr(column, _PREFIX + 1)))
