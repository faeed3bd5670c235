"""The main window: trip switcher, navigation between the views, menus and the standard shortcuts.

Start-up paints the window before the database is touched: the shell (title, menus, navigation, an
"opening…" page) needs only Qt, so SQLAlchemy, the models and the first view are imported and built by
``attach`` once the first frame is on screen (``call_after_first_paint``). Each view's module is imported
the first time the view is shown.
"""

from __future__ import annotations

import importlib
import importlib.util
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent, QUndoGroup
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.ui.actions import ActionId, build_actions
from desktop.ui.date_text import day_month, full_date
from desktop.ui.settings import Settings

if TYPE_CHECKING:  # SQLAlchemy and the models load after the first paint (see attach)
    from db.database import Database
    from desktop.ui.context import AppContext


PAINT_FALLBACK_MS = 1000
TRIP_LABEL_MAX_CHARS = 90  # the trip switcher grows with the longest label up to this many average characters


@dataclass(frozen=True)
class ViewSpec:
    key: str
    label: str
    factory: Callable[[AppContext], QWidget]
    icon: QStyle.StandardPixmap


def _itinerary(context: AppContext) -> QWidget:
    from desktop.ui.itinerary.view import ItineraryView

    return ItineraryView(context)


def _meetings(context: AppContext) -> QWidget:
    from desktop.ui.meetings.view import MeetingsView

    return MeetingsView(context)


def _documents(context: AppContext) -> QWidget:
    from desktop.ui.documents.view import DocumentsView

    return DocumentsView(context)


def _elsewhere(module: str, name: str, what: str) -> Callable[[AppContext], QWidget]:
    """A view another part of the team builds; honest about it when it is not installed."""

    def factory(context: AppContext) -> QWidget:
        if importlib.util.find_spec(module) is None:
            return _unavailable(
                QCoreApplication.translate(
                    "MainWindow", "The {0} view is not available in this build."
                ).format(what)
            )
        cls = getattr(importlib.import_module(module), name)
        return cls(context)

    return factory


def _unavailable(text: str) -> QWidget:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setWordWrap(True)
    label.setObjectName("unavailable")
    return label


def view_specs() -> list[ViewSpec]:
    P = QStyle.StandardPixmap
    return [
        ViewSpec(
            "itinerary",
            QCoreApplication.translate("MainWindow", "Itinerary"),
            _itinerary,
            P.SP_FileDialogDetailedView,
        ),
        ViewSpec(
            "meetings",
            QCoreApplication.translate("MainWindow", "Meetings"),
            _meetings,
            P.SP_FileDialogContentsView,
        ),
        ViewSpec(
            "directory",
            QCoreApplication.translate("MainWindow", "Organisations & People"),
            _elsewhere(
                "desktop.ui.directory.view",
                "DirectoryView",
                QCoreApplication.translate("MainWindow", "Organisations & People"),
            ),
            P.SP_DirHomeIcon,
        ),
        ViewSpec(
            "registration",
            QCoreApplication.translate("MainWindow", "Registration desk"),
            _elsewhere(
                "desktop.ui.registration.view",
                "RegistrationDeskView",
                QCoreApplication.translate("MainWindow", "Registration desk"),
            ),
            P.SP_DialogApplyButton,
        ),
        ViewSpec(
            "followups",
            QCoreApplication.translate("MainWindow", "Follow-ups"),
            _elsewhere(
                "desktop.ui.followups.view",
                "FollowUpsView",
                QCoreApplication.translate("MainWindow", "Follow-ups"),
            ),
            P.SP_FileDialogListView,
        ),
        ViewSpec(
            "documents", QCoreApplication.translate("MainWindow", "Documents"), _documents, P.SP_FileIcon
        ),
    ]


class MainWindow(QMainWindow):
    open_other_database = Signal(str)  # a path: the application reopens on it
    create_new_database = Signal(str)  # a path chosen for a new database: the application opens it there
    loaded = Signal()  # attach() is done: trips, title and the current view show the database

    # what needs an open database; disabled in the shell until attach()
    _NEEDS_DATABASE = (
        ActionId.NEW_RECORD,
        ActionId.FIND,
        ActionId.DELETE,
        ActionId.PRINT,
        ActionId.NEW_TRIP,
        ActionId.EDIT_TRIP,
        ActionId.IMPORT,
        ActionId.EXPORT,
        ActionId.BACK_UP,
        ActionId.RESTORE,
    )

    def __init__(self, database: Database | None, settings: Settings, parent: QWidget | None = None) -> None:
        """The window on ``database``; with None, the shell alone (an "opening…" page) until ``attach``."""
        super().__init__(parent)
        self.database: Database | None = None
        self.context: AppContext | None = None
        self.settings = settings
        self.setObjectName("main_window")
        self.setMinimumSize(QSize(900, 600))
        available = self.screen().availableGeometry()
        # a first start: most of the screen, never more than it (restored geometry overrides this)
        self.resize(
            max(900, min(1480, int(available.width() * 0.94))),
            max(600, min(920, int(available.height() * 0.92))),
        )

        # the Undo/Redo actions follow the context's stack once there is one
        self.undo_group = QUndoGroup(self)
        self.actions = build_actions(self, self.undo_group)
        self._specs = view_specs()
        self._views: dict[str, QWidget] = {}
        self._after_paint: list[Callable[[], None]] = []
        self._painted = False

        # Navigation on the left, the views on the right; a view is built the first time it is shown.
        self.nav = QListWidget()
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setSpacing(2)
        for i, spec in enumerate(self._specs):
            item = QListWidgetItem(self.style().standardIcon(spec.icon), spec.label)
            shortcut = QKeySequence(f"Ctrl+{i + 1}").toString(QKeySequence.SequenceFormat.NativeText)
            item.setToolTip(f"{spec.label} ({shortcut})")
            item.setSizeHint(QSize(0, 34))
            self.nav.addItem(item)
        self.nav.setMinimumWidth(190)
        self.nav.setMaximumWidth(260)
        self.stack = QStackedWidget()
        for _ in self._specs:
            self.stack.addWidget(QWidget())
        self.welcome = self._welcome_page()
        self.stack.addWidget(self.welcome)
        self.opening = self._opening_page()
        self.stack.addWidget(self.opening)
        self.stack.setCurrentWidget(self.opening)
        splitter = QSplitter()
        splitter.addWidget(self.nav)
        splitter.addWidget(self.stack)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        splitter.setSizes([self.nav.minimumWidth(), 10_000])  # the views take the room, not the short list
        self.setCentralWidget(splitter)

        self.trip_combo = QComboBox()
        self.trip_combo.setObjectName("trip_switcher")
        # As wide as the longest trip's label (name and dates), up to TRIP_LABEL_MAX_CHARS; a longer one is
        # elided and whole in the tooltip.
        self.trip_combo.setMinimumContentsLength(36)
        self.trip_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        char_width = self.trip_combo.fontMetrics().averageCharWidth()
        self.trip_combo.setMaximumWidth(char_width * TRIP_LABEL_MAX_CHARS)
        self.trip_combo.setToolTip(QCoreApplication.translate("MainWindow", "The trip shown in every view"))
        self.trip_combo.setPlaceholderText(QCoreApplication.translate("MainWindow", "Opening…"))
        self.trip_combo.setEnabled(False)
        self._build_menus_and_toolbar()
        self.db_label = QLabel()
        self.statusBar().addPermanentWidget(self.db_label)

        self.nav.currentRowChanged.connect(self._show_view)
        self.trip_combo.activated.connect(self._trip_chosen)
        self._connect_actions()
        for ident in self._NEEDS_DATABASE:
            self.actions[ident].setEnabled(False)

        keys = [s.key for s in self._specs]
        last = settings.last_view
        self.nav.setCurrentRow(keys.index(last) if last in keys else 0)
        self._update_title()
        self._restore_geometry()
        if database is not None:
            self.attach(database)

    def attach(self, database: Database) -> None:
        """Show ``database``: its trips in the switcher and the title, and the current view (imported and
        built here, so the shell can be painted before any of it loads)."""
        from desktop.ui.context import AppContext

        if self.database is not None:
            raise RuntimeError("a main window shows one database; open another in a new window")
        self.database = database
        self.context = AppContext(database, self)
        self.undo_group.addStack(self.context.undo_stack)
        self.undo_group.setActiveStack(self.context.undo_stack)
        self.db_label.setText(self._db_key())
        self.set_opening_text("")
        self.context.trip_changed.connect(self._on_trip_changed)
        self.context.data_changed.connect(self._on_data_changed)
        for ident in self._NEEDS_DATABASE:
            self.actions[ident].setEnabled(True)
        self._enable_exchange()

        self.trip_combo.setPlaceholderText("")
        self._reload_trips()
        remembered = self.settings.last_trip(self._db_key())
        first = self.trip_combo.itemData(0) if self.trip_combo.count() else 0
        trip_id = remembered if self.trip_combo.findData(remembered) >= 0 else first
        self.context.set_trip(trip_id or 0)
        self._on_trip_changed(self.context.trip_id)  # builds the current view
        self.loaded.emit()

    # --- the first paint ---
    def call_after_first_paint(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` once the window's first frame has been painted (right away if it has been)."""
        if self._painted:
            QTimer.singleShot(0, fn)
        else:
            self._after_paint.append(fn)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        self._first_frame_done()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # should a platform never paint the window itself (only its children), start anyway
        QTimer.singleShot(PAINT_FALLBACK_MS, self, self._first_frame_done)  # cancelled with the window

    def _first_frame_done(self) -> None:
        if self._painted:
            return
        self._painted = True
        # a zero timer runs after this paint pass (the children and the flush to the screen)
        for fn in self._after_paint:
            QTimer.singleShot(0, fn)
        self._after_paint.clear()

    def set_opening_text(self, text: str) -> None:
        """What the "opening…" page says (e.g. the file being opened)."""
        self._opening_detail.setText(text)

    # --- building ---
    def _build_menus_and_toolbar(self) -> None:
        a = self.actions
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&File"))
        for ident in (
            ActionId.NEW_DATABASE,
            ActionId.OPEN_DATABASE,
            None,
            ActionId.BACK_UP,
            ActionId.RESTORE,
            None,
            ActionId.IMPORT,
            ActionId.EXPORT,
        ):
            menu.addSeparator() if ident is None else menu.addAction(a[ident])
        menu.addSeparator()
        menu.addAction(a[ActionId.PRINT])
        menu.addSeparator()
        menu.addAction(a[ActionId.QUIT])
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Edit"))
        for ident in (
            ActionId.UNDO,
            ActionId.REDO,
            None,
            ActionId.NEW_RECORD,
            ActionId.FIND,
            ActionId.DELETE,
            None,
            ActionId.PREFERENCES,
        ):
            menu.addSeparator() if ident is None else menu.addAction(a[ident])
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Trip"))
        menu.addAction(a[ActionId.NEW_TRIP])
        menu.addAction(a[ActionId.EDIT_TRIP])
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&View"))
        for i, spec in enumerate(self._specs):
            action = QAction(spec.label, self)
            action.setShortcut(QKeySequence(f"Ctrl+{i + 1}"))
            action.triggered.connect(lambda _=False, row=i: self.nav.setCurrentRow(row))
            menu.addAction(action)
        menu = self.menuBar().addMenu(QCoreApplication.translate("MainWindow", "&Help"))
        menu.addAction(a[ActionId.ABOUT])

        toolbar = QToolBar(QCoreApplication.translate("MainWindow", "Main toolbar"))
        toolbar.setObjectName("main_toolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addWidget(QLabel(QCoreApplication.translate("MainWindow", "Trip:") + " "))
        toolbar.addWidget(self.trip_combo)
        style = self.style()
        a[ActionId.NEW_TRIP].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogNewFolder))
        a[ActionId.EDIT_TRIP].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView))
        a[ActionId.UNDO].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowBack))
        a[ActionId.REDO].setIcon(style.standardIcon(QStyle.StandardPixmap.SP_ArrowForward))
        toolbar.addAction(a[ActionId.EDIT_TRIP])
        toolbar.addAction(a[ActionId.NEW_TRIP])
        toolbar.addSeparator()
        toolbar.addAction(a[ActionId.UNDO])
        toolbar.addAction(a[ActionId.REDO])
        self.addToolBar(toolbar)

    def _connect_actions(self) -> None:
        a = self.actions
        a[ActionId.QUIT].triggered.connect(self.close)
        a[ActionId.NEW_TRIP].triggered.connect(self.new_trip)
        a[ActionId.EDIT_TRIP].triggered.connect(self.edit_trip)
        a[ActionId.NEW_RECORD].triggered.connect(lambda: self._call_view("new_record"))
        a[ActionId.FIND].triggered.connect(lambda: self._call_view("focus_search"))
        a[ActionId.DELETE].triggered.connect(lambda: self._call_view("delete_selected"))
        a[ActionId.PRINT].triggered.connect(self.print_current)
        a[ActionId.OPEN_DATABASE].triggered.connect(self.choose_database)
        a[ActionId.NEW_DATABASE].triggered.connect(self.create_database)
        a[ActionId.IMPORT].triggered.connect(self.import_data)
        a[ActionId.EXPORT].triggered.connect(self.export_data)
        a[ActionId.ABOUT].triggered.connect(self.about)
        a[ActionId.PREFERENCES].triggered.connect(self.preferences)
        a[ActionId.BACK_UP].triggered.connect(self.back_up_now)
        a[ActionId.RESTORE].triggered.connect(self.restore_from_backup)

    def _enable_exchange(self) -> None:
        a = self.actions
        exchange = importlib.util.find_spec("desktop.ui.exchange") is not None
        for ident in (ActionId.IMPORT, ActionId.EXPORT):
            a[ident].setEnabled(exchange)
            if not exchange:
                a[ident].setStatusTip(
                    QCoreApplication.translate(
                        "MainWindow", "Import and export are not available in this build."
                    )
                )

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(QCoreApplication.translate("MainWindow", "<h2>Welcome to Delegation Desk</h2>"))
        text = QLabel(
            QCoreApplication.translate(
                "MainWindow",
                "There is no trip in this database yet. Create one to plan its itinerary and meetings.",
            )
        )
        for label in (title, text):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
        button = QPushButton(QCoreApplication.translate("MainWindow", "Create a trip…"))
        button.setObjectName("create_first_trip")
        button.clicked.connect(self.new_trip)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignCenter)
        layout.addStretch(2)
        return page

    def _opening_page(self) -> QWidget:
        page = QWidget()
        page.setObjectName("opening")
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        title = QLabel(QCoreApplication.translate("MainWindow", "<h2>Opening the database…</h2>"))
        self._opening_detail = QLabel()
        self._opening_detail.setTextFormat(Qt.TextFormat.PlainText)  # a path may hold '<' or '&'
        self._opening_detail.setObjectName("opening_detail")
        for label in (title, self._opening_detail):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setWordWrap(True)
            layout.addWidget(label)
        layout.addStretch(2)
        return page

    # --- views ---
    def view(self, key: str) -> QWidget:
        """The view for ``key``, built on first use (the window must show a database: see attach)."""
        if self.context is None:
            raise RuntimeError("no database is open in this window yet")
        if key not in self._views:
            index = [s.key for s in self._specs].index(key)
            spec = self._specs[index]
            try:
                widget = spec.factory(self.context)
            except Exception as exc:  # a broken view must not take the window down with it
                widget = _unavailable(
                    QCoreApplication.translate("MainWindow", "The {0} view could not be opened: {1}").format(
                        spec.label, exc
                    )
                )
            old = self.stack.widget(index)
            self.stack.removeWidget(old)
            old.deleteLater()
            self.stack.insertWidget(index, widget)
            self._views[key] = widget
        return self._views[key]

    def current_key(self) -> str:
        row = self.nav.currentRow()
        return self._specs[row].key if 0 <= row < len(self._specs) else ""

    def show_view(self, key: str) -> QWidget:
        self.nav.setCurrentRow([s.key for s in self._specs].index(key))
        return self.view(key)

    @Slot(int)
    def _show_view(self, row: int) -> None:
        if row < 0:
            return
        key = self._specs[row].key
        if self.context is None:  # still opening: the view is built by attach()
            self.settings.last_view = key
            return
        widget = self.view(key)
        if self.context.trip_id == 0 and key != "directory":
            self.stack.setCurrentWidget(self.welcome)
        else:
            self.stack.setCurrentWidget(widget)
        self.settings.last_view = key

    def _call_view(self, method: str) -> None:
        if self.context is None:
            return
        if self.context.trip_id == 0 and method == "new_record":
            self.new_trip()
            return
        widget = self.view(self.current_key())
        fn = getattr(widget, method, None)
        if callable(fn):
            fn()

    @Slot()
    def print_current(self) -> None:
        if self.context is None:
            return
        widget = self.view(self.current_key())
        fn = getattr(widget, "print_current", None)
        if callable(fn):
            fn()
        else:
            self.show_view("documents")

    # --- trips ---
    def _db_key(self) -> str:
        if self.database is None:
            return ""
        return str(self.database.path or self.database.url)

    def _reload_trips(self) -> None:
        from sqlalchemy import select

        from db.models import Trip

        rows = self.context.read(
            lambda s: s.execute(
                select(Trip.id, Trip.name, Trip.start_date, Trip.end_date).order_by(Trip.start_date, Trip.id)
            ).all()
        )
        self.trip_combo.blockSignals(True)
        self.trip_combo.clear()
        for ident, name, start, end in rows:
            label = f"{name}  ({day_month(start)} – {full_date(end)})"
            self.trip_combo.addItem(label, ident)
            self.trip_combo.setItemData(self.trip_combo.count() - 1, name, Qt.ItemDataRole.UserRole + 1)
            self.trip_combo.setItemData(self.trip_combo.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        self.trip_combo.setCurrentIndex(self.trip_combo.findData(self.context.trip_id))
        self.trip_combo.blockSignals(False)
        combo = self.trip_combo  # never narrower than its longest label, even in a narrowed window
        combo.setMinimumWidth(min(combo.sizeHint().width(), combo.maximumWidth()))
        self._show_trip_tooltip()
        self.trip_combo.setEnabled(bool(rows))
        self.actions[ActionId.EDIT_TRIP].setEnabled(bool(rows) and self.context.trip_id != 0)

    @Slot(int)
    def _trip_chosen(self, index: int) -> None:
        trip_id = self.trip_combo.itemData(index)
        if trip_id and trip_id != self.context.trip_id and self._views_can_leave():
            self.context.set_trip(trip_id)
        else:
            self.trip_combo.setCurrentIndex(self.trip_combo.findData(self.context.trip_id))

    def _views_can_leave(self) -> bool:
        for widget in self._views.values():
            can_leave = getattr(widget, "can_leave", None)
            if callable(can_leave) and not can_leave():
                return False
        return True

    def _show_trip_tooltip(self) -> None:
        label = self.trip_combo.currentText()
        about = QCoreApplication.translate("MainWindow", "The trip shown in every view")
        self.trip_combo.setToolTip(f"{label}\n{about}" if label else about)

    @Slot(int)
    def _on_trip_changed(self, trip_id: int) -> None:
        self.trip_combo.setCurrentIndex(self.trip_combo.findData(trip_id))
        self._show_trip_tooltip()
        self.actions[ActionId.EDIT_TRIP].setEnabled(trip_id != 0)
        if trip_id:
            self.settings.set_last_trip(self._db_key(), trip_id)
        self._update_title()
        self._show_view(self.nav.currentRow())

    @Slot(str)
    def _on_data_changed(self, topic: str) -> None:
        from db.models import Trip
        from desktop.ui.context import Topic

        if topic == Topic.TRIPS:
            if (
                self.context.trip_id
                and self.context.read(lambda s: s.get(Trip, self.context.trip_id)) is None
            ):
                self.context.set_trip(0)  # the trip was deleted (an undone creation)
            self._reload_trips()
            self._update_title()
            if self.context.trip_id == 0 and self.trip_combo.count():
                self.context.set_trip(self.trip_combo.itemData(0))

    def _update_title(self) -> None:
        index = self.trip_combo.findData(self.context.trip_id) if self.context is not None else -1
        name = self.trip_combo.itemData(index, Qt.ItemDataRole.UserRole + 1) if index >= 0 else None
        self.setWindowTitle(
            QCoreApplication.translate("MainWindow", "{0} — Delegation Desk").format(name)
            if name
            else QCoreApplication.translate("MainWindow", "Delegation Desk")
        )

    @Slot()
    def new_trip(self) -> None:
        from desktop.ui.trips.dialog import TripDialog

        dialog = TripDialog(self.context, None, self)
        if dialog.exec() and dialog.trip_id:
            self._reload_trips()
            self.context.set_trip(dialog.trip_id)

    @Slot()
    def edit_trip(self) -> None:
        from desktop.ui.trips.dialog import TripDialog

        if self.context.trip_id:
            TripDialog(self.context, self.context.trip_id, self).exec()

    # --- databases, backups, import and export ---
    def _start_folder(self) -> str:
        path = self.database.path if self.database is not None else None
        return str(path.parent) if path is not None else ""

    @Slot()
    def choose_database(self) -> None:
        from desktop.ui.open_errors import choose_existing_file

        path = choose_existing_file(self, self._start_folder())
        if path:
            self.open_other_database.emit(path)

    @Slot()
    def create_database(self) -> None:
        from desktop.ui.open_errors import choose_new_file, refuse_existing

        path = choose_new_file(self, self._start_folder())
        if not path:
            return
        if Path(path).exists() and Path(path).stat().st_size > 0:
            refuse_existing(self, path)
            return
        self.create_new_database.emit(path)

    def _database_file(self) -> Path | None:
        """The open database's file; None (the user is told) for a server database or none yet."""
        if self.database is not None and self.database.path is not None:
            return self.database.path
        if self.database is not None:
            QMessageBox.information(
                self,
                QCoreApplication.translate("MainWindow", "Backups"),
                QCoreApplication.translate(
                    "MainWindow", "{0} is not a file: back it up with its server's own tools."
                ).format(self.database.url),
            )
        return None

    @Slot()
    def back_up_now(self) -> None:
        """Save a verified copy of the database where the user chooses (the backups folder by default)."""
        from db.errors import DatabaseError
        from desktop.ui import backups_dialog

        db_path = self._database_file()
        if db_path is None:
            return
        destination = backups_dialog.choose_destination(self, db_path)
        if not destination:
            return
        try:
            with backups_dialog.busy():
                saved = backups_dialog.save_copy(db_path, Path(destination))
        except (DatabaseError, OSError) as exc:
            backups_dialog.warn(
                self,
                QCoreApplication.translate("MainWindow", "The backup was not made"),
                QCoreApplication.translate("MainWindow", "{0}\n\nThe database itself is unchanged.").format(
                    backups_dialog.reason(exc)
                ),
            )
            return
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "Backed up to {0}").format(saved), 10_000
        )

    @Slot()
    def restore_from_backup(self) -> None:
        """Put a chosen backup in place of the database, keeping the replaced file among the backups, then
        reopen on it (``open_other_database``)."""
        from db import backups
        from db.errors import DatabaseError
        from desktop.ui import backups_dialog

        db_path = self._database_file()
        if db_path is None or self.database is None:
            return
        chosen = backups_dialog.choose_backup(self, db_path)
        if chosen is None or not backups_dialog.confirm_restore(self, chosen, db_path):
            return
        if not self._views_can_leave():
            return
        self.database.close()  # no connection of ours may hold the file while it is moved aside
        try:
            with backups_dialog.busy():
                restored = backups.restore(chosen, db_path)
        except (DatabaseError, OSError) as exc:
            # nothing was moved: the window goes on with the database as it was (it reconnects on use)
            backups_dialog.warn(
                self,
                QCoreApplication.translate("MainWindow", "The backup was not restored"),
                QCoreApplication.translate(
                    "MainWindow", "{0}\n\nThe database file has not been changed."
                ).format(backups_dialog.reason(exc)),
            )
            return
        text = QCoreApplication.translate("MainWindow", "{0} now holds the backup {1}.").format(
            db_path, chosen.name
        )
        if restored.kept is not None:
            kept = QCoreApplication.translate("MainWindow", "The file it replaced is kept as {0}.")
            text += "\n\n" + kept.format(restored.kept)
        backups_dialog.inform(self, QCoreApplication.translate("MainWindow", "Backup restored"), text)
        self.open_other_database.emit(str(db_path))

    @Slot()
    def import_data(self) -> None:
        from desktop.ui import exchange
        from desktop.ui.context import Topic

        exchange.open_import_wizard(self, self.database, self.context.trip_id or None)
        for topic in (Topic.DIRECTORY, Topic.REGISTRATIONS, Topic.ITINERARY, Topic.TRIPS):
            self.context.data_changed.emit(topic)

    @Slot()
    def export_data(self) -> None:
        from desktop.ui import exchange

        exchange.open_export_dialog(self, self.database, self.context.trip_id or None)

    @Slot()
    def preferences(self) -> None:
        from desktop.ui.preferences import PreferencesDialog

        PreferencesDialog(self.settings, self).exec()

    @Slot()
    def about(self) -> None:
        QMessageBox.about(
            self,
            QCoreApplication.translate("MainWindow", "About Delegation Desk"),
            QCoreApplication.translate(
                "MainWindow",
                "<h3>Delegation Desk {0}</h3><p>Plan and run an official business delegation abroad: "
                "itinerary, meetings, registrations, briefing packs and follow-ups. Works offline; "
                "everything is kept in one database file.</p><p>Chinese text uses WenQuanYi Micro Hei "
                "(Apache-2.0 / GPLv3 with font exception).</p>",
            ).format(__version__),
        )

    # --- geometry ---
    def _restore_geometry(self) -> None:
        geometry = self.settings.window_geometry
        if geometry is not None:
            self.restoreGeometry(geometry)
        state = self.settings.window_state
        if state is not None:
            self.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._views_can_leave():
            event.ignore()
            return
        self.settings.window_geometry = self.saveGeometry()
        self.settings.window_state = self.saveState()
        if self.database is not None:
            self.settings.last_database = self._db_key()
        self.settings.sync()
        super().closeEvent(event)
