"""Search-as-you-type in SQL: every word typed must appear in one of the folded search columns."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ColumnElement, or_

from db.text import fold


def contains_pattern(word: str) -> str:
    """A LIKE pattern (escape character ``\\``) for ``word`` anywhere, its own % and _ taken literally."""
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def folded_words(text: str) -> list[str]:
    """The words typed, folded as ``db.text.search_key`` folds what they are matched against."""
    return fold(text).split()


def match_words(text: str, *columns: ColumnElement[Any]) -> list[ColumnElement[bool]]:
    """One WHERE clause per word of ``text`` (accents and case ignored, as in ``db.text.search_key``):
    'conceicao lis' finds 'Conceição & Irmãos' in Lisbon; Chinese passes through unchanged."""
    return [
        or_(*(column.like(contains_pattern(word), escape="\\") for column in columns))
        for word in folded_words(text)
    ]
