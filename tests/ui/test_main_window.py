"""The main window: navigation, shortcuts, the views of the other developers placed, window geometry and
the last trip remembered (in a temporary settings folder)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from desktop.services import trips
from desktop.ui.actions import ActionId
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings


def test_every_view_opens_and_none_is_a_placeholder(qtbot, database, trip_data):
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    for key in ("itinerary", "meetings", "directory", "registration", "followups", "documents"):
        widget = window.show_view(key)
        assert window.stack.currentWidget() is widget
        assert widget.objectName() != "unavailable", f"{key}: {getattr(widget, 'text', lambda: '')()}"


def test_standard_shortcuts(qtbot, database, trip_data):
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    a = window.actions
    assert a[ActionId.NEW_RECORD].shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    assert a[ActionId.FIND].shortcut() == QKeySequence(QKeySequence.StandardKey.Find)
    assert a[ActionId.PRINT].shortcut() == QKeySequence(QKeySequence.StandardKey.Print)
    assert a[ActionId.UNDO].shortcut() == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in a[ActionId.REDO].shortcuts()
    assert a[ActionId.DELETE].shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    # Ctrl+F in the itinerary goes to its filter, in the list mode
    window.show()
    window.show_view("itinerary")
    a[ActionId.FIND].trigger()
    view = window.view("itinerary")
    assert view.stack.currentIndex() == 1
    assert view.search.hasFocus() or qtbot.waitUntil(view.search.hasFocus, timeout=1000) is None


def test_geometry_and_last_trip_are_remembered(qtbot, database, trip_data, isolated_settings):
    with database.session() as s:
        second = trips.create_trip(
            s,
            name="Second trip",
            start_date=trip_data and __import__("datetime").date(2025, 3, 1),
            end_date=__import__("datetime").date(2025, 3, 5),
        ).id
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    window.context.set_trip(second)
    window.show_view("meetings")
    window.show()
    window.resize(900, 650)  # offscreen screens are narrow: the height shows the restore
    qtbot.waitUntil(lambda: window.width() > 0)
    geometry = window.geometry()
    window.close()
    # nothing went to the user's real settings: the file is in the temporary folder
    assert Settings().file_name().startswith(str(isolated_settings))

    again = MainWindow(database, Settings())
    qtbot.addWidget(again)
    assert again.context.trip_id == second
    assert again.windowTitle() == "Second trip — Delegation Desk"
    assert again.current_key() == "meetings"
    again.show()
    assert again.geometry().size() == geometry.size()
    assert Settings().last_database == str(database.path)


def test_the_shell_waits_for_its_database_then_attach_shows_it(qtbot, database, trip_data):
    """Before attach: menus and navigation, an "opening…" page, and nothing that needs the database
    enabled or built; attach brings the trip, the view and a working Undo."""
    window = MainWindow(None, Settings())
    qtbot.addWidget(window)
    window.set_opening_text(str(database.path))
    assert window.stack.currentWidget() is window.opening
    assert window.windowTitle() == "Delegation Desk"
    for ident in (ActionId.NEW_TRIP, ActionId.BACK_UP, ActionId.RESTORE, ActionId.PRINT, ActionId.IMPORT):
        assert not window.actions[ident].isEnabled(), ident
    assert window.actions[ActionId.OPEN_DATABASE].isEnabled()
    assert not window.actions[ActionId.UNDO].isEnabled()
    window.nav.setCurrentRow(1)  # the user picks Meetings while the file opens
    assert window.stack.currentWidget() is window.opening and window.context is None

    with qtbot.waitSignal(window.loaded):
        window.attach(database)
    assert window.windowTitle() == "Lisbon <b>&</b> Madrid — Delegation Desk"
    assert window.current_key() == "meetings"
    assert type(window.stack.currentWidget()).__name__ == "MeetingsView"
    assert window.actions[ActionId.BACK_UP].isEnabled() and window.actions[ActionId.NEW_TRIP].isEnabled()
    assert window.db_label.text() == str(database.path)

    # Undo/Redo follow the context's stack
    from PySide6.QtGui import QUndoCommand

    done = []

    class Rename(QUndoCommand):
        def redo(self) -> None:
            done.append("redo")

        def undo(self) -> None:
            done.append("undo")

    window.context.undo_stack.push(Rename("Rename"))
    assert window.actions[ActionId.UNDO].isEnabled()
    window.actions[ActionId.UNDO].trigger()
    assert done == ["redo", "undo"]
    assert window.actions[ActionId.REDO].isEnabled()


def test_the_trip_switcher_shows_each_trips_whole_label(qtbot, database, trip_data):
    import datetime as dt

    with database.session() as s:
        long = trips.create_trip(
            s,
            name="Luohu District Delegation to Spain and Portugal",
            start_date=dt.date(2024, 9, 8),
            end_date=dt.date(2024, 9, 15),
        ).id
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    window.show()
    combo = window.trip_combo
    labels = [combo.itemText(i) for i in range(combo.count())]
    widest = max(combo.fontMetrics().horizontalAdvance(label) for label in labels)
    assert combo.minimumWidth() > widest  # the text, and the arrow beside it
    window.resize(400, 600)  # narrowed: the menus' room is what gives
    assert combo.width() > widest
    window.context.set_trip(long)
    assert combo.currentText() == "Luohu District Delegation to Spain and Portugal  (08 Sep – 15 Sep 2024)"
    assert combo.toolTip().startswith(combo.currentText() + "\n")
    assert combo.itemData(combo.currentIndex(), Qt.ItemDataRole.ToolTipRole) == combo.currentText()
