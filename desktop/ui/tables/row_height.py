"""Rows of a list or table as tall as a line of text with room around it (and for a cell editor).

Without this a list of check boxes packs its rows at the font's height, tighter than the tables beside it."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSize
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget


def row_height(widget: QWidget) -> int:
    return widget.fontMetrics().height() + 8


class RowHeightDelegate(QStyledItemDelegate):
    """Rows at least ``row_height(view)`` tall."""

    def __init__(self, view: QWidget) -> None:
        super().__init__(view)
        self._height = row_height(view)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), self._height))
