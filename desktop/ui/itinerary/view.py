"""The itinerary: an agenda (a column per day) or a list, with double bookings and tight connections
marked on the items themselves."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, QStringListModel, Qt, QTimer, Slot
from PySide6.QtGui import QAction, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.services.errors import ServiceError
from desktop.ui.context import AppContext, Topic
from desktop.ui.date_text import weekday_day
from desktop.ui.itinerary.kinds import CONFLICT, KINDS, WARNING, kind_label, status_label
from desktop.ui.itinerary.rows import DayRows, EntryRow, load_itinerary
from desktop.ui.itinerary.timeline import AgendaTimeline
from desktop.ui.menu_button import MenuButton
from desktop.ui.people_names import delegation
from desktop.ui.rows_model import Column, RowsModel
from desktop.ui.undo import DeleteCommand, push

REFRESH_ON = (Topic.ITINERARY, Topic.MEETINGS, Topic.TRIPS, Topic.DIRECTORY, Topic.REGISTRATIONS)


def _problem_colour(row: EntryRow):  # type: ignore[no-untyped-def]
    return CONFLICT if row.conflicts else (WARNING if row.warnings else None)


class ItineraryView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("itinerary_view")
        self.selected_id = 0
        self.days: list[DayRows] = []
        # A change notice marks the rows stale; one reload follows once the notices of that change are all
        # in (a deletion sends three topics) and the view is on screen (or its rows are asked for).
        self._stale = False
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(0)
        self._reload_timer.timeout.connect(self._reload_if_shown)
        # The list's columns are sized to their contents the first time the list is shown, not while it
        # sits hidden behind the agenda (measuring every cell is a good part of the view's start-up).
        self._columns_sized = False

        # --- tool row ---
        self.new_button = MenuButton(self.tr("New item"))
        self.new_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.new_button)
        for kind in KINDS:
            action = QAction(kind_label(kind) + "…", menu)
            action.triggered.connect(lambda _=False, k=kind: self.new_item(k))
            menu.addAction(action)
        self.new_button.setMenu(menu)
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.print_button = QPushButton(self.tr("Print day…"))
        self.print_button.setToolTip(
            self.tr("The daily programme of the selected item's day (else tomorrow), for whom is shown")
        )
        self.print_button.clicked.connect(self.print_day)
        self.member = QComboBox()
        self.member.setToolTip(self.tr("Show the programme of one member of the delegation"))
        self.member.setMinimumContentsLength(22)
        self.member.currentIndexChanged.connect(lambda _i: self.reload())
        self.agenda_button = QPushButton(self.tr("Agenda"))
        self.list_button = QPushButton(self.tr("List"))
        group = QButtonGroup(self)
        for i, button in enumerate((self.agenda_button, self.list_button)):
            button.setCheckable(True)
            group.addButton(button, i)
        self.agenda_button.setChecked(True)
        group.idClicked.connect(self.set_mode)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Filter the list…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaximumWidth(240)
        self.summary = QLabel()
        self.summary.setObjectName("problem_summary")

        tools = QHBoxLayout()
        tools.addWidget(self.new_button)
        tools.addWidget(self.edit_button)
        tools.addWidget(self.delete_button)
        tools.addWidget(self.print_button)
        tools.addSpacing(16)
        tools.addWidget(QLabel(self.tr("Show:")))
        tools.addWidget(self.member)
        tools.addSpacing(16)
        tools.addWidget(self.summary)
        tools.addStretch(1)
        tools.addWidget(self.search)
        tools.addWidget(self.agenda_button)
        tools.addWidget(self.list_button)

        # --- agenda ---
        self.timeline = AgendaTimeline()
        self.timeline.item_selected.connect(self._select)
        self.timeline.item_activated.connect(self.edit_item)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.timeline)
        self.scroll.setWidgetResizable(True)

        # --- list ---
        self.model: RowsModel[EntryRow] = RowsModel(
            [
                Column(self.tr("Day"), lambda r: weekday_day(r.day)),
                Column(self.tr("Time (local)"), lambda r: r.time_range),
                Column(self.tr("Kind"), lambda r: kind_label(r.kind)),
                Column(self.tr("Title"), lambda r: r.title, tooltip=lambda r: r.problem_text),
                Column(self.tr("Where"), lambda r: r.where),
                Column(self.tr("Carrier / no."), lambda r: r.travel),
                Column(self.tr("Booking"), lambda r: r.booking),
                Column(
                    self.tr("Who"),
                    lambda r: ", ".join(r.participants) if r.participants else self.tr("Everyone"),
                ),
                Column(self.tr("Status"), lambda r: status_label(r.status)),
                Column(
                    self.tr("Problems"),
                    lambda r: _problem_label(r),
                    tooltip=lambda r: r.problem_text,
                    foreground=_problem_colour,
                ),
            ],
            lambda r: r.item_id,
            self,
        )
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setFilterKeyColumn(-1)
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.search.textChanged.connect(lambda t: self.set_mode(1) if t else None)
        self.table = QTableView()
        self.table.setObjectName("itinerary_table")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.doubleClicked.connect(lambda index: self.edit_item(self._id_at(index.row())))
        self.table.selectionModel().currentRowChanged.connect(
            lambda current, _prev: self._select(self._id_at(current.row())) if current.isValid() else None
        )
        self.table.horizontalHeader().setResizeContentsPrecision(200)
        self.table.installEventFilter(self)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(self.table)

        self.problems = QListView()
        self.problems.setObjectName("problem_list")
        self.problems_model = QStringListModel(self)
        self.problems.setModel(self.problems_model)
        self.problems.setMaximumHeight(96)
        self.problems.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.problems.setWordWrap(True)

        self.empty = QLabel(
            self.tr("Nothing planned yet. Use “New item” to add a flight, a hotel, a meeting…")
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)

        layout = QVBoxLayout(self)
        layout.addLayout(tools)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.problems)

        context.trip_changed.connect(self._trip_changed)
        context.data_changed.connect(self._data_changed)
        self._trip_changed()

    # --- data ---
    @Slot()
    def _trip_changed(self) -> None:
        trip_id = self.context.trip_id
        people = self.context.read(lambda s: delegation(s, trip_id)) if trip_id else []
        self.member.blockSignals(True)
        self.member.clear()
        self.member.addItem(self.tr("Whole delegation"), None)
        for ident, label in people:
            self.member.addItem(label, ident)
        self.member.blockSignals(False)
        self.reload()

    @Slot(str)
    def _data_changed(self, topic: str) -> None:
        if topic == Topic.TRIPS:
            current = self.member.currentData()
            self._trip_changed()
            self.member.setCurrentIndex(max(0, self.member.findData(current)))
        elif topic in REFRESH_ON:
            self._stale = True
            self._reload_timer.start()

    @Slot()
    def _reload_if_shown(self) -> None:
        if self._stale and self.isVisible():
            self.reload()

    def ensure_current(self) -> None:
        """Reload now if a change is waiting (for callers that read the rows right after a change)."""
        if self._stale:
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        self.ensure_current()
        super().showEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table and event.type() == QEvent.Type.Show and not self._columns_sized:
            self._size_columns()
        return super().eventFilter(watched, event)

    def _size_columns(self) -> None:
        self._columns_sized = True
        self.table.resizeColumnsToContents()
        for column in (3, 4, 7):
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 320))

    def reload(self) -> None:
        self._stale = False
        self._reload_timer.stop()
        trip_id = self.context.trip_id
        if not trip_id:
            self.days = []
            conflicts = warnings = 0
        else:
            member_id = self.member.currentData()
            try:
                self.days, conflicts, warnings = self.context.read(
                    lambda s: load_itinerary(s, trip_id, member_id)
                )
            except ServiceError:  # the trip was deleted under us (an undone creation)
                self.days, conflicts, warnings = [], 0, 0
        self.timeline.set_days(self.days)
        rows = [e for d in self.days for e in d.entries]
        self.model.set_rows(rows)
        if self.table.isVisible():
            self._size_columns()
        else:
            self._columns_sized = False  # sized when next shown
        self.empty.setVisible(not rows)
        messages = sorted({m for r in rows for m in (*r.conflicts, *r.warnings)})
        self.problems_model.setStringList(messages)
        self.problems.setVisible(bool(messages))
        parts = []
        if conflicts:
            parts.append(
                f"<span style='color:{CONFLICT.name()}'>⚠ "
                + self.tr("%n double booking(s)", "", conflicts)
                + "</span>"
            )
        if warnings:
            parts.append(
                f"<span style='color:{WARNING.name()}'>⏱ "
                + self.tr("%n tight connection(s)", "", warnings)
                + "</span>"
            )
        self.summary.setText("  ".join(parts) if parts else self.tr("No conflicts"))
        if self.selected_id and self.model.row_of(self.selected_id) < 0:
            self.selected_id = 0
        self._select(self.selected_id)

    def entry(self, item_id: int) -> EntryRow | None:
        self.ensure_current()
        row = self.model.row_of(item_id)
        return self.model.row_at(row) if row >= 0 else None

    def _id_at(self, proxy_row: int) -> int:
        source = self.proxy.mapToSource(self.proxy.index(proxy_row, 0))
        return self.model.ident_at(source.row()) if source.isValid() else 0

    @Slot(int)
    def _select(self, item_id: int) -> None:
        self.selected_id = item_id
        self.timeline.select(item_id)
        source_row = self.model.row_of(item_id)
        if source_row >= 0:
            index = self.proxy.mapFromSource(self.model.index(source_row, 0))
            if index.isValid() and self.table.currentIndex().row() != index.row():
                self.table.selectRow(index.row())
        self.edit_button.setEnabled(bool(item_id))
        self.delete_button.setEnabled(bool(item_id))

    @Slot(int)
    def set_mode(self, mode: int) -> None:
        self.stack.setCurrentIndex(mode)
        (self.agenda_button if mode == 0 else self.list_button).setChecked(True)

    # --- commands (the window's actions call these) ---
    def new_record(self) -> None:
        self.new_button.showMenu()

    def focus_search(self) -> None:
        self.set_mode(1)
        self.search.setFocus()
        self.search.selectAll()

    def day_to_print(self, today: dt.date | None = None) -> dt.date | None:
        """The selected item's day; else, while the trip is on, tomorrow (the programme printed at the
        hotel the evening before), or today on its last day; else the trip's first day."""
        entry = self.entry(self.selected_id) if self.selected_id else None
        if entry is not None:
            return entry.day
        dates = [d.date for d in self.days]
        if not dates:
            return None
        today = today or dt.date.today()
        for day in (today + dt.timedelta(days=1), today):
            if day in dates:
                return day
        return dates[0]

    @Slot()
    def print_day(self) -> QWidget | None:
        """One day's programme in a preview, to print or save (File > Print in this view)."""
        day = self.day_to_print()
        if day is None:
            return None
        from desktop.ui.documents.preview import preview_document

        member = self.member.currentData()
        extra = {"member_id": member} if member else {}
        return preview_document(self, self.context, "programme", subject=weekday_day(day), day=day, **extra)

    def print_current(self) -> None:
        self.print_day()

    def _default_day(self) -> dt.date | None:
        entry = self.entry(self.selected_id) if self.selected_id else None
        if entry is not None:
            return entry.day
        return self.days[0].date if self.days else None

    def new_item(self, kind: str) -> int | None:
        if not self.context.trip_id:
            return None
        if kind == "meeting":
            from desktop.ui.meetings.editor import MeetingEditorDialog

            dialog = MeetingEditorDialog(self.context, None, day=self._default_day(), parent=self)
            if dialog.exec() and dialog.editor.meeting_id:
                self.reload()
                item_id = dialog.editor.item_id or 0
                self._select(item_id)
                return item_id
            return None
        from desktop.ui.itinerary.item_dialog import ItemDialog

        dialog = ItemDialog(self.context, None, kind=kind, day=self._default_day(), parent=self)
        if dialog.exec() and dialog.item_id:
            self._select(dialog.item_id)
            return dialog.item_id
        return None

    @Slot()
    def edit_selected(self) -> None:
        if self.selected_id:
            self.edit_item(self.selected_id)

    @Slot(int)
    def edit_item(self, item_id: int) -> None:
        entry = self.entry(item_id)
        if entry is None:
            return
        if entry.meeting_id is not None:
            from desktop.ui.meetings.editor import MeetingEditorDialog

            MeetingEditorDialog(self.context, entry.meeting_id, parent=self).exec()
            return
        from desktop.ui.itinerary.item_dialog import ItemDialog

        ItemDialog(self.context, item_id, parent=self).exec()

    def delete_selected(self) -> None:
        entry = self.entry(self.selected_id) if self.selected_id else None
        if entry is None:
            return
        extra = ""
        if entry.meeting_id is not None:
            extra = " " + self.tr("Its agenda, attendees and follow-up actions go with it.")
        elif entry.event_id is not None:
            extra = " " + self.tr("Its registrations go with it.")
        answer = QMessageBox.question(
            self,
            self.tr("Delete item"),
            self.tr("Delete “{0}” ({1})?").format(entry.title, entry.time_range)
            + extra
            + "\n\n"
            + self.tr("You can undo this with Ctrl+Z."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        push(
            self.context,
            DeleteCommand(
                self.context,
                self.tr("Delete “{0}”").format(entry.title),
                "itinerary_items",
                entry.item_id,
                Topic.ITINERARY,
                Topic.MEETINGS,
                Topic.REGISTRATIONS,
                Topic.FOLLOWUPS,
            ),
        )


def _problem_label(row: EntryRow) -> str:
    from PySide6.QtCore import QCoreApplication

    if row.conflicts:
        return "⚠ " + QCoreApplication.translate("ItineraryView", "double booking")
    if row.warnings:
        return "⏱ " + QCoreApplication.translate("ItineraryView", "tight connection")
    return ""
