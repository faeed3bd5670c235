"""A small read-only table model over rows already in memory (a firm's contacts, its meetings…).

For lists that are short by nature; anything that can grow to thousands uses ``PagedQueryModel``.
Each row is ``(id, cell, cell, …)``; an optional ``decorate(row, column, role)`` adds colours or fonts.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from desktop.ui.tables.paged_model import Row, plain_text

Index = QModelIndex | QPersistentModelIndex


class ListTableModel(QAbstractTableModel):
    def __init__(
        self,
        headers: Sequence[str],
        decorate: Callable[[Row, int, Qt.ItemDataRole], Any] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._headers = list(headers)
        self._decorate = decorate
        self.rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def row_id(self, row: int) -> int:
        return int(self.rows[row][0])

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self.rows)):
            return None
        row = self.rows[index.row()]
        if self._decorate is not None:
            styled = self._decorate(row, index.column(), Qt.ItemDataRole(role))
            if styled is not None:
                return styled
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = plain_text(row[index.column() + 1])
            return text if role == Qt.ItemDataRole.DisplayRole or len(text) > 40 else None
        if role == Qt.ItemDataRole.UserRole:
            return row[0]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(self._headers):
            return self._headers[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
