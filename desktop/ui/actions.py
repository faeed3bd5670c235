"""Every command of the main window, built in one place and keyed by an enum.

Views never create their own global shortcuts: the window's actions call the current view's
``new_record()``, ``focus_search()``, ``delete_selected()``, ``print_current()`` when it has them.
"""

from __future__ import annotations

from enum import Enum, auto

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoStack


class ActionId(Enum):
    NEW_DATABASE = auto()
    OPEN_DATABASE = auto()
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
    ABOUT = auto()


def _tr(text: str) -> str:
    return QCoreApplication.translate("Actions", text)


# text, status tip, shortcut
_SPECS: dict[ActionId, tuple[str, str, QKeySequence.StandardKey | str | None]] = {
    ActionId.NEW_DATABASE: ("&New database…", "Create an empty database file", None),
    ActionId.OPEN_DATABASE: ("&Open database…", "Open another database file", QKeySequence.StandardKey.Open),
    ActionId.IMPORT: ("&Import…", "Import people, organisations or registrations from a spreadsheet", None),
    ActionId.EXPORT: ("&Export…", "Export lists, the itinerary or the whole trip", None),
    ActionId.QUIT: ("&Quit", "Close Delegation Desk", QKeySequence.StandardKey.Quit),
    ActionId.NEW_RECORD: ("&New…", "Add a record to the current view", QKeySequence.StandardKey.New),
    ActionId.FIND: ("&Find", "Search in the current view", QKeySequence.StandardKey.Find),
    ActionId.DELETE: ("&Delete…", "Delete the selected record (asks first)", QKeySequence.StandardKey.Delete),
    ActionId.PRINT: (
        "&Print…",
        "Print the current document or meeting agenda",
        QKeySequence.StandardKey.Print,
    ),
    ActionId.NEW_TRIP: ("New &trip…", "Create a trip", None),
    ActionId.EDIT_TRIP: ("Trip &details…", "Edit the current trip's name, dates and delegation", None),
    ActionId.ABOUT: ("&About Delegation Desk", "Version and licences", None),
}


def build_actions(parent: QObject, undo_stack: QUndoStack) -> dict[ActionId, QAction]:
    actions: dict[ActionId, QAction] = {}
    for ident, (text, tip, shortcut) in _SPECS.items():
        action = QAction(_tr(text), parent)
        action.setStatusTip(_tr(tip))
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.setObjectName(f"action_{ident.name.lower()}")
        actions[ident] = action
    undo = undo_stack.createUndoAction(parent, _tr("&Undo"))
    undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
    redo = undo_stack.createRedoAction(parent, _tr("&Redo"))
    # Ctrl+Shift+Z everywhere (Qt's standard Redo is Ctrl+Y on Windows); keep the platform's too.
    redo.setShortcuts(
        [QKeySequence("Ctrl+Shift+Z"), *QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)]
    )
    for ident, action in ((ActionId.UNDO, undo), (ActionId.REDO, redo)):
        action.setObjectName(f"action_{ident.name.lower()}")
        actions[ident] = action
    return actions
