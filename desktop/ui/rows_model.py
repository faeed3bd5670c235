"""A read-only table model over plain rows (tuples or dataclasses fetched by SQL), for small lists:
a delegation, a meeting's agenda, its actions. Rows carry their record id; widgets hold only these."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Row = TypeVar("Row")
Index = QModelIndex | QPersistentModelIndex


class Column(Generic[Row]):
    def __init__(
        self,
        title: str,
        display: Callable[[Row], Any],
        *,
        tooltip: Callable[[Row], str] | None = None,
        foreground: Callable[[Row], Any] | None = None,
        align: Qt.AlignmentFlag | None = None,
    ) -> None:
        self.title, self.display, self.tooltip, self.foreground, self.align = (
            title,
            display,
            tooltip,
            foreground,
            align,
        )


class RowsModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], ident: Callable[[Row], int], parent=None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(parent)
        self._columns = list(columns)
        self._ident = ident
        self._rows: list[Row] = []

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[Row]:
        return list(self._rows)

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def ident_at(self, row: int) -> int:
        return self._ident(self._rows[row])

    def row_of(self, ident: int) -> int:
        return next((i for i, r in enumerate(self._rows) if self._ident(r) == ident), -1)

    # --- Qt ---
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = column.display(row)
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return column.tooltip(row) or None
        if role == Qt.ItemDataRole.ForegroundRole and column.foreground is not None:
            return column.foreground(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return self._ident(row)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._columns[section].title
        return None
