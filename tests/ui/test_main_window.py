"""The main window: navigation, shortcuts, the views of the other developers placed, window geometry and
the last trip remembered (in a temporary settings folder)."""

from __future__ import annotations

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
