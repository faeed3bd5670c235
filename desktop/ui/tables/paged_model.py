"""A read-only table model over an SQL query, fetched a page at a time.

Rows are plain column tuples (never ORM objects): the query's first column is the record id, the next ones
are the visible columns in order, and any further columns are extra data a view may read for styling or
labels. Sorting and filtering rewrite the SQL (ORDER BY / WHERE) and reload the first page; the view asks
for more pages through ``canFetchMore``/``fetchMore`` as the user scrolls, so 100,000 rows cost one page.
The id is the tie-breaker, which keeps the order stable between pages. When the sort column is one the
query selects, the next page starts after the last row's (value, id) (keyset paging: with an index in that
order, page 250 costs what page 1 does); other sorts page with OFFSET.

Searching (``LIKE '%word%'`` on folded keys) cannot use an index, and walking the sort index until a page
of matches is found reads the whole table when few rows match, or when they all sort late (every "Wang"
comes after the other 45,000 names): 55-70 ms at 50,000 people. With ``scan_search`` the model instead
picks a searched page's ids from ``count_query`` (one table, no joins) in one scan, keeping only the
first page in SQLite's bounded sorter (~12 ms at 50,000 whatever matches), then reads that page's rows.
With ``count_cap`` a searched count stops at the cap ("1,000+"), and is skipped when the page is short.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy import ColumnElement, Select, func, or_, select, tuple_
from sqlalchemy.sql import operators
from sqlalchemy.sql.expression import UnaryExpression
from sqlalchemy.sql.util import find_tables

from db.database import Database

Row = tuple[Any, ...]
Index = QModelIndex | QPersistentModelIndex
Role = Qt.ItemDataRole


@dataclass(frozen=True)
class Column:
    """One visible column. ``sort`` is what ORDER BY uses (default: the selected expression itself);
    ``display`` turns the whole row into the cell's text (default: the column's value)."""

    title: str
    sort: ColumnElement[Any] | None = None
    sortable: bool = True
    display: Callable[[Row], Any] | None = None
    align: Qt.AlignmentFlag | None = None


Decorate = Callable[[Row, int, Role], Any]
# Given the sort expression (None: by id only) and the id column, the condition "after the loaded rows".
After = Callable[[Any, ColumnElement[Any]], ColumnElement[bool]]


def _unindexed(expr: Any) -> ColumnElement[Any]:
    """``+expr``: the same value, but SQLite will not use an index to order by it."""
    return UnaryExpression(expr, operator=operators.custom_op("+"))


def plain_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else ""
    if isinstance(value, dt.datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


class PagedQueryModel(QAbstractTableModel):
    reloaded = Signal()  # after every reset: ``total`` is up to date

    def __init__(
        self,
        database: Database,
        query: Callable[[], Select[Any]],
        columns: Sequence[Column],
        *,
        search: Callable[[str], list[ColumnElement[bool]]] | None = None,
        count_query: Callable[[], Select[Any]] | None = None,
        decorate: Decorate | None = None,
        default_sort: tuple[int, Qt.SortOrder] = (0, Qt.SortOrder.AscendingOrder),
        page_size: int = 200,
        scan_search: bool = False,
        count_cap: int | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self.database = database
        self._query = query
        self._columns = list(columns)
        self._search = search
        # Optional: the same rows as ``query`` from fewer tables (no joins that only bring columns to
        # show), for counting; the conditions and the search must name only its tables.
        self._count_query = count_query
        # Page a search by scanning ``count_query`` (see the module's notes); it must select the id first.
        self._scan_search = scan_search and count_query is not None
        # While searching, count at most this many matches: ``total`` is then a lower bound.
        self.count_cap = count_cap
        self._capped = False
        self._decorate = decorate
        self._sort = default_sort
        self.page_size = page_size
        self._conditions: dict[str, ColumnElement[bool]] = {}
        self._search_text = ""
        self._rows: list[Row] = []
        self._more = False
        self._total = 0
        self._active = False  # nothing is read before the first reload()

    # --- what the views and tests read --------------------------------------------------------------

    @property
    def total(self) -> int:
        """How many rows match, counted in SQL (not only the loaded ones)."""
        return self._total

    @property
    def total_capped(self) -> bool:
        """True when ``total`` is a lower bound: the search matched more rows than ``count_cap``."""
        return self._capped

    @property
    def search_text(self) -> str:
        return self._search_text

    def row_values(self, row: int) -> Row:
        return self._rows[row]

    def row_id(self, row: int) -> int:
        return int(self._rows[row][0])

    def row_of(self, ident: int) -> int:
        """The row showing record ``ident`` among those loaded, or -1."""
        return next((i for i, r in enumerate(self._rows) if r[0] == ident), -1)

    def statement(self) -> Select[Any]:
        """The SQL this model runs for its pages (without LIMIT/OFFSET)."""
        return self._ordered(self._filtered())

    def _filtered(self, query: Callable[[], Select[Any]] | None = None) -> Select[Any]:
        stmt = (query or self._query)()
        for clause in self._conditions.values():
            stmt = stmt.where(clause)
        if self._search is not None and self._search_text.strip():
            for clause in self._search(self._search_text):
                stmt = stmt.where(clause)
        return stmt

    def _sort_expression(self, stmt: Select[Any]) -> tuple[ColumnElement[Any] | None, int | None, bool]:
        """What ORDER BY uses before the id: the expression, its index in a row if the query selects it
        (None: a computed sort), and whether descending. (None, None, False) when sorted by id only."""
        column, order = self._sort
        if not (0 <= column < len(self._columns) and self._columns[column].sortable):
            return None, None, False
        expr = self._columns[column].sort
        position = None
        if expr is None:
            expr, position = stmt.selected_columns[column + 1], column + 1
        return expr, position, order == Qt.SortOrder.DescendingOrder

    def _ordered(self, stmt: Select[Any]) -> Select[Any]:
        key = stmt.selected_columns[0]
        expr, _position, descending = self._sort_expression(stmt)
        if expr is None:
            return stmt.order_by(key)
        return stmt.order_by(expr.desc() if descending else expr.asc(), key.desc() if descending else key)

    def _searching(self) -> bool:
        return self._search is not None and bool(self._search_text.strip())

    def _scanned(self) -> Select[Any] | None:
        """When a search pages by scan: ``count_query`` filtered, if the sort is on its table(s)."""
        if not (self._scan_search and self._searching() and self._count_query is not None):
            return None
        narrow = self._filtered(self._count_query)
        expr = self._sort_expression(self._query())[0]
        if expr is not None:
            element = expr.__clause_element__() if hasattr(expr, "__clause_element__") else expr
            if not set(find_tables(element, check_columns=True)) <= set(narrow.get_final_froms()):
                return None
        return narrow

    def _page(self, limit: int, after: After | None) -> Select[Any]:
        """The statement for ``limit`` rows from the start (``after`` None) or after the loaded ones."""
        narrow = self._scanned()
        if narrow is None:
            stmt = self._filtered()
            if after is not None:
                stmt = stmt.where(after(self._sort_expression(stmt)[0], stmt.selected_columns[0]))
            return self._ordered(stmt).limit(limit)
        # The page's ids from one scan of one table; a unary + keeps SQLite from walking the sort's index.
        key = narrow.selected_columns[0]
        expr, _position, descending = self._sort_expression(self._query())
        if after is not None:
            narrow = narrow.where(after(expr, key))
        if expr is None:
            ids = narrow.order_by(_unindexed(key))
        else:
            unindexed = _unindexed(expr)
            ids = narrow.order_by(
                unindexed.desc() if descending else unindexed.asc(), key.desc() if descending else key
            )
        stmt = self._query()
        page = stmt.where(stmt.selected_columns[0].in_(ids.limit(limit).scalar_subquery()))
        return self._ordered(page).limit(limit)

    def _next_page(self) -> Select[Any]:
        """The statement for the page after the loaded rows: keyset when the last row holds its sort value
        (text or a number: values SQL compares as Python does), else OFFSET."""
        expr, position, descending = self._sort_expression(self._query())
        last = self._rows[-1]
        if expr is None:
            return self._page(self.page_size, lambda _expr, key: key > last[0])
        value = last[position] if position is not None else None
        if value is None or isinstance(value, bool) or not isinstance(value, (str, int, float)):
            return self.statement().offset(len(self._rows)).limit(self.page_size)

        def after(expr: Any, key: ColumnElement[Any]) -> ColumnElement[bool]:
            if descending:  # SQLite puts NULLs last when descending: they all come after a non-NULL value
                return or_(tuple_(expr, key) < tuple_(value, last[0]), expr.is_(None))
            return tuple_(expr, key) > tuple_(value, last[0])  # and first when ascending: none come after

        return self._page(self.page_size, after)

    # --- changing what is shown ---------------------------------------------------------------------

    def set_search(self, text: str) -> None:
        if text != self._search_text:
            self._search_text = text
            self.reload()

    def set_condition(self, name: str, clause: ColumnElement[bool] | None, *, reload: bool = True) -> None:
        """A named WHERE clause (a status filter, the current event…); None removes it."""
        if clause is None:
            self._conditions.pop(name, None)
        else:
            self._conditions[name] = clause
        if reload:
            self.reload()

    def reload(self, keep_loaded: bool = False) -> None:
        """Read the first page again (or as many rows as were loaded, so the view keeps its place)."""
        self._active = True
        want = max(self.page_size, len(self._rows)) if keep_loaded else self.page_size
        with self.database.session() as session:
            rows = [tuple(r) for r in session.execute(self._page(want, None)).all()]
            capped = False
            if len(rows) < want:  # every match is on the page: no need to count
                total = len(rows)
            else:
                counted = self._filtered(self._count_query) if self._count_query else self.statement()
                counted = counted.order_by(None)
                cap = self.count_cap if self._searching() else None
                if cap is not None:
                    counted = counted.limit(cap + 1)
                total = session.scalar(select(func.count()).select_from(counted.subquery())) or 0
                if cap is not None and total > cap:
                    total, capped = cap, True
        self.beginResetModel()
        self._rows = rows
        self._more = len(rows) == want
        self._total = total
        self._capped = capped
        self.endResetModel()
        self.reloaded.emit()

    def refresh(self) -> None:
        """After a change elsewhere: same filter and order, same number of rows loaded."""
        if self._active:
            self.reload(keep_loaded=True)

    def fetch_until(self, ident: int, max_rows: int = 20_000) -> int:
        """Read pages until record ``ident`` is loaded (e.g. a record just created); its row, or -1."""
        row = self.row_of(ident)
        while row < 0 and self._more and len(self._rows) < max_rows:
            start = len(self._rows)
            self.fetchMore(QModelIndex())
            row = next((i for i in range(start, len(self._rows)) if self._rows[i][0] == ident), -1)
        return row

    def fetch_all(self) -> None:
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # --- QAbstractTableModel ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more:
            return
        start = len(self._rows)
        stmt = self._next_page() if self._rows else self._page(self.page_size, None)
        with self.database.session() as session:
            page = [tuple(r) for r in session.execute(stmt).all()]
        self._more = len(page) == self.page_size
        if self._capped:  # scrolled past the capped count: the loaded rows are the better lower bound
            if not self._more:
                self._total, self._capped = start + len(page), False
            else:
                self._total = max(self._total, start + len(page))
        if page:
            self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
            self._rows.extend(page)
            self.endInsertRows()

    def data(self, index: Index, role: int = Role.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if self._decorate is not None:
            styled = self._decorate(row, index.column(), Role(role))
            if styled is not None:
                return styled
        if role in (Role.DisplayRole, Role.ToolTipRole):
            value = column.display(row) if column.display else row[index.column() + 1]
            text = plain_text(value)
            if role == Role.ToolTipRole:
                return text if len(text) > 40 else None
            return text
        if role == Role.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        if role == Role.UserRole:
            return row[0]
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Role.DisplayRole) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Role.DisplayRole and 0 <= section < len(self._columns):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not (0 <= column < len(self._columns)) or not self._columns[column].sortable:
            return
        if (column, order) != self._sort:
            self._sort = (column, order)
            if self._active:
                self.reload()
