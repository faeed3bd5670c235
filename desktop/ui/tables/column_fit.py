"""Columns that fit a narrow table (a detail pane's contacts, meetings, actions).

Each column gets the width of its contents and header, at most ``cap``; one column (a name) takes what
is left over. When the table is too narrow for that, the ``squeeze`` columns (long free text such as a job
title) give way first, then the stretch column, each down to ``floor``; only then does the table scroll
sideways. Values that are useless cut (an email, a phone number) are ``whole`` columns: never capped nor
squeezed. A cell whose text is still cut off shows it whole in a tooltip."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QToolTip
from shiboken6 import isValid

CAP = 260
FLOOR = 90


class ColumnFit(QObject):
    def __init__(
        self,
        view: QTableView,
        stretch: int = 0,
        squeeze: Sequence[int] = (),
        whole: Sequence[int] = (),
        cap: int = CAP,
        floor: int = FLOOR,
    ) -> None:
        super().__init__(view)
        self.view = view
        self.stretch = stretch
        self.squeeze = tuple(squeeze)
        self.whole = frozenset(whole)
        self.cap = cap
        self.floor = floor
        self._content: list[int] = []
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        view.viewport().installEventFilter(self)

    def refit(self) -> None:
        """Measure the contents again (after new rows) and lay the columns out."""
        view, header = self.view, self.view.horizontalHeader()
        model = view.model()
        count = model.columnCount() if model is not None else 0
        wanted = [max(view.sizeHintForColumn(c), header.sectionSizeHint(c)) for c in range(count)]
        self._content = [w if c in self.whole else min(self.cap, w) for c, w in enumerate(wanted)]
        self._apply()

    def widths(self, available: int) -> list[int]:
        """The column widths for a table ``available`` pixels wide."""
        widths = list(self._content)
        excess = sum(widths) - available
        for column in (*self.squeeze, self.stretch):
            if excess <= 0:
                break
            if 0 <= column < len(widths):
                give = max(0, min(excess, widths[column] - self.floor))
                widths[column] -= give
                excess -= give
        if excess < 0 and 0 <= self.stretch < len(widths):
            widths[self.stretch] -= excess  # the room left over
        return widths

    def _apply(self) -> None:
        for column, width in enumerate(self.widths(self.view.viewport().width())):
            self.view.setColumnWidth(column, width)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.Resize, QEvent.Type.ToolTip) or not isValid(self.view):
            return False  # (the viewport outlives its view for a moment while the view is deleted)
        if kind == QEvent.Type.Resize and self._content:
            self._apply()
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            return self._tip_if_cut(event)
        return False

    def _tip_if_cut(self, event: QHelpEvent) -> bool:
        index = self.view.indexAt(event.pos())
        text = index.data() if index.isValid() else None
        if isinstance(text, str) and text:
            cell = self.view.visualRect(index)
            if self.view.sizeHintForIndex(index).width() > cell.width():
                QToolTip.showText(event.globalPos(), text, self.view.viewport(), cell)
                return True
        return False  # the model's own tooltip, if any
