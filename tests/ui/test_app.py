"""Start-up: a database that cannot be opened gets a dialog offering another file or a new one, and the
bad file is left byte-for-byte as it was; the CJK font and the icon are there."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from db.database import Database
from db.errors import NotOurDatabase
from desktop.ui import open_errors
from desktop.ui.app import app_icon, ensure_cjk_font


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def not_a_database(tmp_path):
    path = tmp_path / "minutes.docx"
    path.write_bytes(b"PK\x03\x04 this is a word document, not a database" * 50)
    return path


def test_a_file_that_is_not_a_database_is_refused_and_left_unchanged(qtbot, not_a_database, monkeypatch):
    before = _digest(not_a_database)
    shown = []

    def ask(error, parent):
        shown.append(error)
        return open_errors.Choice.QUIT

    monkeypatch.setattr(open_errors, "ask", ask)
    assert open_errors.open_interactively(str(not_a_database)) is None
    assert len(shown) == 1 and isinstance(shown[0], NotOurDatabase)
    assert "not a Delegation Desk database" in str(shown[0])
    assert open_errors.headline(shown[0]) == "This file is not a Delegation Desk database."
    assert _digest(not_a_database) == before
    assert not not_a_database.with_name(not_a_database.name + "-wal").exists()


def test_another_programs_sqlite_file_then_a_new_database(qtbot, tmp_path, monkeypatch):
    other = tmp_path / "contacts.sqlite3"
    con = sqlite3.connect(other)
    con.execute("CREATE TABLE contacts (name TEXT)")
    con.execute("INSERT INTO contacts VALUES ('José Conceição')")
    con.commit()
    con.close()
    before = _digest(other)
    fresh = tmp_path / "new.sqlite3"
    answers = iter([open_errors.Choice.NEW_FILE])
    monkeypatch.setattr(open_errors, "ask", lambda error, parent: next(answers))
    monkeypatch.setattr(open_errors, "choose_new_file", lambda parent, start="": str(fresh))
    database = open_errors.open_interactively(str(other))
    assert isinstance(database, Database)
    try:
        assert database.path == fresh
    finally:
        database.close()
    assert _digest(other) == before


def test_choose_another_file_after_a_cancelled_file_dialog(qtbot, tmp_path, not_a_database, monkeypatch):
    from db.database import open_database

    good = tmp_path / "good.sqlite3"
    open_database(good).close()
    choices = iter([open_errors.Choice.OTHER_FILE, open_errors.Choice.OTHER_FILE])
    files = iter(["", str(good)])  # the first file dialog is cancelled: back to the choice
    monkeypatch.setattr(open_errors, "ask", lambda error, parent: next(choices))
    monkeypatch.setattr(open_errors, "choose_existing_file", lambda parent, start="": next(files))
    database = open_errors.open_interactively(str(not_a_database))
    assert database is not None and database.path == good
    database.close()


def test_the_real_dialog_names_the_problem(qtbot, not_a_database, monkeypatch):
    """The QMessageBox itself, answered by a timer as a user would click."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    seen = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["text"] = box.text()
        seen["info"] = box.informativeText()
        seen["buttons"] = [b.text() for b in box.buttons()]
        quit_button = next(b for b in box.buttons() if b.text() == "Quit")
        quit_button.click()

    QTimer.singleShot(100, answer)
    choice = open_errors.ask(NotOurDatabase(f"{not_a_database} is not a Delegation Desk database."), None)
    assert choice is open_errors.Choice.QUIT
    assert seen["text"] == "This file is not a Delegation Desk database."
    assert "has not been changed" in seen["info"]
    assert {"Choose another file…", "Create a new database…", "Quit"} <= set(seen["buttons"])


def test_icon_and_chinese_font(qtbot):
    icon = app_icon()
    assert not icon.isNull()
    assert 512 in [s.width() for s in icon.availableSizes()]
    from PySide6.QtGui import QFontDatabase

    ensure_cjk_font()
    assert QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)


def test_start_up_does_not_import_heavy_libraries():
    """reportlab, openpyxl and alembic load only when an action needs them."""
    import subprocess
    import sys

    code = (
        "import os, sys; os.environ['QT_QPA_PLATFORM']='offscreen';"
        "import desktop.ui.app, desktop.ui.main_window, desktop.ui.itinerary.view;"
        "bad=[m for m in ('reportlab','openpyxl','alembic') if m in sys.modules]; print(bad)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.stdout.strip() == "[]", out.stderr


FIRST_PAINT = """
import json, os, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from desktop.ui.settings import use_settings_folder
use_settings_folder(__import__("pathlib").Path(sys.argv[2]))
from desktop.ui.app import make_application, start_window
from desktop.ui.settings import Settings

seen = {}

class Watch(QObject):
    def eventFilter(self, obj, event):
        if not seen and event.type() == QEvent.Type.Paint and obj.objectName() == "main_window":
            seen["painted"] = {
                "sqlalchemy": "sqlalchemy" in sys.modules,
                "title": obj.windowTitle(),
                "page": obj.stack.currentWidget().objectName(),
                "views": obj.nav.count(),
                "menus": [a.text() for a in obj.menuBar().actions()],
            }
        return False

def loaded():
    seen["loaded"] = {
        "title": window.windowTitle(),
        "view": type(window.stack.currentWidget()).__name__,
        "imported": [m for m in ("desktop.ui.registration.view", "desktop.ui.documents.view", "reportlab")
                     if m in sys.modules],
    }
    print(json.dumps(seen)); sys.stdout.flush(); os._exit(0)

app = make_application()
watch = Watch(); app.installEventFilter(watch)
window = start_window(sys.argv[1], Settings())
window.loaded.connect(lambda: QTimer.singleShot(0, loaded))
QTimer.singleShot(20000, lambda: os._exit(3))
app.exec()
"""


def test_the_window_is_painted_before_the_database_is_opened(db_path, tmp_path):
    """The first frame (title, menus, navigation, "opening…") needs Qt alone; SQLAlchemy, the database and
    the first view come after it, and the views not shown are not imported at all."""
    import json
    import os
    import subprocess
    import sys

    from db.database import open_database
    from tests import factories

    with open_database(db_path) as database, database.session() as session:
        factories.trip(session, name="Lisboa 2024 — 里斯本")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(db_path), str(tmp_path / "settings")],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    painted = seen["painted"]
    assert painted["sqlalchemy"] is False, out.stderr
    assert painted["page"] == "opening" and painted["views"] == 6
    assert painted["title"] == "Delegation Desk"
    assert painted["menus"] == ["&File", "&Edit", "&Trip", "&View", "&Help"]
    assert seen["loaded"]["title"] == "Lisboa 2024 — 里斯本 — Delegation Desk"
    assert seen["loaded"]["view"] == "ItineraryView"
    assert seen["loaded"]["imported"] == []


def test_giving_up_at_the_open_error_closes_the_window(qtbot, not_a_database, monkeypatch):
    from desktop.ui import app as app_module
    from desktop.ui.settings import Settings

    before = _digest(not_a_database)
    monkeypatch.setattr(open_errors, "ask", lambda error, parent: open_errors.Choice.QUIT)
    window = app_module.start_window(str(not_a_database), Settings())
    qtbot.addWidget(window)
    try:
        assert window.isVisible() and window.stack.currentWidget() is window.opening
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert window.database is None
        assert _digest(not_a_database) == before
    finally:
        app_module._windows.discard(window)


def test_a_failure_while_showing_the_database_is_a_message_not_a_traceback(qtbot, db_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from db.database import open_database
    from desktop.ui import app as app_module
    from desktop.ui.main_window import MainWindow
    from desktop.ui.settings import Settings

    open_database(db_path).close()
    said = []

    def broken(self, database):
        self.database = database
        raise RuntimeError("the trip list could not be read")

    monkeypatch.setattr(MainWindow, "attach", broken)
    monkeypatch.setattr(QMessageBox, "critical", staticmethod(lambda parent, title, text: said.append(text)))
    window = app_module.start_window(str(db_path), Settings())
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
        assert said == ["The database could not be opened: the trip list could not be read"]
        assert window.database is None
    finally:
        app_module._windows.discard(window)
