"""The item form's lists of delegation members (who takes part; who sleeps in which room).

A delegation is a handful of people, so these views ask for the height of all their rows (up to
``ROWS_SHOWN``) and give it up only down to ``ROWS_AT_LEAST`` when the screen is small: at the form's
default size nobody has to scroll to see who is ticked or which room they have."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QHeaderView, QListView, QSizePolicy, QTableView, QWidget

from desktop.ui.tables.row_height import RowHeightDelegate, row_height

ROWS_SHOWN = 10  # more members than this scroll
ROWS_AT_LEAST = 3  # what a small screen still shows


def _rows(count: int, most: int) -> int:
    return max(1, min(count, most))


class _AsTallAsItsRows:
    """The size hints of a view as tall as its rows: all of them up to ``ROWS_SHOWN``, at least
    ``ROWS_AT_LEAST``; the view says how tall a number of rows is (``_height_for``)."""

    def _height_for(self, rows: int) -> int:
        raise NotImplementedError

    def _row_count(self) -> int:
        model = self.model()  # type: ignore[attr-defined]
        return model.rowCount() if model is not None else 0

    def sizeHint(self) -> QSize:
        width = super().sizeHint().width()  # type: ignore[misc]
        return QSize(width, self._height_for(_rows(self._row_count(), ROWS_SHOWN)))

    def minimumSizeHint(self) -> QSize:
        width = super().minimumSizeHint().width()  # type: ignore[misc]
        return QSize(width, self._height_for(_rows(self._row_count(), ROWS_AT_LEAST)))


class MemberList(_AsTallAsItsRows, QListView):
    """A list of members with a check box each, as tall as its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setUniformItemSizes(True)
        self.setItemDelegate(RowHeightDelegate(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _height_for(self, rows: int) -> int:
        model = self.model()
        hinted = self.sizeHintForRow(0) if model is not None and model.rowCount() else -1
        return rows * max(hinted, row_height(self)) + 2 * self.frameWidth() + 2


class RoomsTable(_AsTallAsItsRows, QTableView):
    """Member | Room, rows as tall as a line of text (plus room for the editor), as tall as its rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.verticalHeader().hide()
        rows = self.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(row_height(self))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _height_for(self, rows: int) -> int:
        header = self.horizontalHeader().sizeHint().height()
        return header + rows * self.verticalHeader().defaultSectionSize() + 2 * self.frameWidth() + 2
