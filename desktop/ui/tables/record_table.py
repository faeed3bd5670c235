"""A table view for ``PagedQueryModel``: one row per record, selection kept by id across reloads."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop.ui.tables.paged_model import PagedQueryModel


class RecordTable(QTableView):
    current_id_changed = Signal(int)  # the selected record's id, 0 when none
    activated_id = Signal(int)  # Enter or double-click on a record

    def __init__(self, model: PagedQueryModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept_id = 0
        self._current_id = 0
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setHighlightSections(False)
        column, order = model._sort
        header.setSortIndicator(column, order)
        self.setSortingEnabled(True)
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        # Announce on selection, not on the current row: a mouse click moves the current row before it
        # selects it, and a listener asking selected_id() then would still see nothing selected.
        self.selectionModel().selectionChanged.connect(self._selection_changed)
        self.activated.connect(lambda index: self.activated_id.emit(model.row_id(index.row())))

    def paged_model(self) -> PagedQueryModel:
        model = self.model()
        assert isinstance(model, PagedQueryModel)
        return model

    def selected_id(self) -> int:
        index = self.selectionModel().currentIndex()
        if not index.isValid() or not self.selectionModel().isRowSelected(index.row(), QModelIndex()):
            return 0
        return self.paged_model().row_id(index.row())

    def select_id(self, ident: int) -> bool:
        """Select the record's row if it is loaded; True when it is."""
        row = self.paged_model().row_of(ident) if ident else -1
        if row < 0:
            return False
        index = self.model().index(row, 0)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def select_first(self) -> None:
        if self.model().rowCount() > 0:
            self.select_id(self.paged_model().row_id(0))

    def _remember(self) -> None:
        self._kept_id = self.selected_id()
        self._scroll = self.verticalScrollBar().value()

    def _restore(self) -> None:
        found = self.select_id(self._kept_id) if self._kept_id else False
        self.verticalScrollBar().setValue(getattr(self, "_scroll", 0))
        if not found:
            self._announce(0)

    def _selection_changed(self, *_args: object) -> None:
        self._announce(self.selected_id())

    def _announce(self, ident: int) -> None:
        if ident != self._current_id:
            self._current_id = ident
            self.current_id_changed.emit(ident)
