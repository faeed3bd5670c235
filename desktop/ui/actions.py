"""Every command of the main window, built in one place and keyed by an enum.

Views never create their own global shortcuts: the window's actions call the current view's
``new_record()``, ``focus_search()``, ``delete_selected()``, ``print_current()`` when it has them.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup, QUndoStack


class ActionId(Enum):
    NEW_DATABASE = auto()
    OPEN_DATABASE = auto()
    BACK_UP = auto()
    RESTORE = auto()
    IMPORT = auto()
    EXPORT = auto()
    QUIT = auto()
    UNDO = auto()
    REDO = auto()
    NEW_RECORD = auto()
    FIND = auto()
    DELETE = auto()
    PRINT = auto()
    NEW_TRIP = auto()
    EDIT_TRIP = auto()
    PREFERENCES = auto()
    ABOUT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


# text, status tip, shortcut (marked for lupdate here, translated when the actions are built)
_SPECS: dict[ActionId, tuple[str, str, QKeySequence.StandardKey | str | None]] = {
    ActionId.NEW_DATABASE: (
        QT_TRANSLATE_NOOP("Actions", "&New database…"),
        QT_TRANSLATE_NOOP("Actions", "Create an empty database file"),
        None,
    ),
    ActionId.OPEN_DATABASE: (
        QT_TRANSLATE_NOOP("Actions", "&Open database…"),
        QT_TRANSLATE_NOOP("Actions", "Open another database file"),
        QKeySequence.StandardKey.Open,
    ),
    ActionId.BACK_UP: (
        QT_TRANSLATE_NOOP("Actions", "&Back up now…"),
        QT_TRANSLATE_NOOP("Actions", "Save a verified copy of the database where you choose"),
        None,
    ),
    ActionId.RESTORE: (
        QT_TRANSLATE_NOOP("Actions", "&Restore from backup…"),
        QT_TRANSLATE_NOOP("Actions", "Put a backup in place of the database (the current file is kept)"),
        None,
    ),
    ActionId.IMPORT: (
        QT_TRANSLATE_NOOP("Actions", "&Import…"),
        QT_TRANSLATE_NOOP("Actions", "Import people, organisations or registrations from a spreadsheet"),
        None,
    ),
    ActionId.EXPORT: (
        QT_TRANSLATE_NOOP("Actions", "&Export…"),
        QT_TRANSLATE_NOOP("Actions", "Export lists, the itinerary or the whole trip"),
        None,
    ),
    ActionId.QUIT: (
        QT_TRANSLATE_NOOP("Actions", "&Quit"),
        QT_TRANSLATE_NOOP("Actions", "Close Delegation Desk"),
        QKeySequence.StandardKey.Quit,
    ),
    ActionId.NEW_RECORD: (
        QT_TRANSLATE_NOOP("Actions", "&New…"),
        QT_TRANSLATE_NOOP("Actions", "Add a record to the current view"),
        QKeySequence.StandardKey.New,
    ),
    ActionId.FIND: (
        QT_TRANSLATE_NOOP("Actions", "&Find"),
        QT_TRANSLATE_NOOP("Actions", "Search in the current view"),
        QKeySequence.StandardKey.Find,
    ),
    ActionId.DELETE: (
        QT_TRANSLATE_NOOP("Actions", "&Delete…"),
        QT_TRANSLATE_NOOP("Actions", "Delete the selected record (asks first)"),
        QKeySequence.StandardKey.Delete,
    ),
    ActionId.PRINT: (
        QT_TRANSLATE_NOOP("Actions", "&Print…"),
        QT_TRANSLATE_NOOP("Actions", "Print the current document or meeting agenda"),
        QKeySequence.StandardKey.Print,
    ),
    ActionId.NEW_TRIP: (
        QT_TRANSLATE_NOOP("Actions", "New &trip…"),
        QT_TRANSLATE_NOOP("Actions", "Create a trip"),
        None,
    ),
    ActionId.EDIT_TRIP: (
        QT_TRANSLATE_NOOP("Actions", "Trip &details…"),
        QT_TRANSLATE_NOOP("Actions", "Edit the current trip's name, dates and delegation"),
        None,
    ),
    ActionId.PREFERENCES: (
        QT_TRANSLATE_NOOP("Actions", "Pre&ferences…"),
        QT_TRANSLATE_NOOP("Actions", "The interface language and other settings"),
        QKeySequence.StandardKey.Preferences,
    ),
    ActionId.ABOUT: (
        QT_TRANSLATE_NOOP("Actions", "&About Delegation Desk"),
        QT_TRANSLATE_NOOP("Actions", "Version and licences"),
        None,
    ),
}


def build_actions(parent: QObject, undo_stack: QUndoStack | QUndoGroup) -> dict[ActionId, QAction]:
    """The window's actions; Undo/Redo follow ``undo_stack`` (a group: whichever stack is active)."""
    actions: dict[ActionId, QAction] = {}
    for ident, (text, tip, shortcut) in _SPECS.items():
        action = QAction(_tr(text), parent)
        action.setStatusTip(_tr(tip))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(f"action_{ident.name.lower()}")
        actions[ident] = action
    undo = undo_stack.createUndoAction(parent, QCoreApplication.translate("Actions", "&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = undo_stack.createRedoAction(parent, QCoreApplication.translate("Actions", "&Redo"))
    # Ctrl+Shift+Z everywhere (Qt's standard Redo is Ctrl+Y on Windows); keep the platform's too.
    redo.setShortcuts(
        [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    )
    for ident, action in ((ActionId.UNDO, undo), (ActionId.REDO, redo)):
        action.setObjectName(f"action_{ident.name.lower()}")
        actions[ident] = action
    return actions
