"""Starting the desktop application: ``delegation-desk`` with no sub-command.

Start-up paints the main window first and opens the database after: the window's shell needs Qt alone,
so its first frame (title, menus, navigation, "Opening the database…") is on screen before SQLAlchemy,
the models and the first view are imported; the file is opened, checked and shown right after that
frame (``MainWindow.call_after_first_paint``). reportlab, openpyxl and alembic are imported by the actions
that need them (alembic only when a database must be created or upgraded).
"""

from __future__ import annotations

import logging
import shutil
import sys
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.resources import resource
from desktop.ui import qt_fixes
from desktop.ui.settings import APPLICATION, ORGANISATION, Settings

if TYPE_CHECKING:
    from db.database import Database
    from desktop.ui.main_window import MainWindow

log = logging.getLogger(__name__)

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
CJK_FALLBACK = "WenQuanYi Micro Hei"


def app_icon() -> QIcon:
    icon = QIcon()
    for size in ICON_SIZES:
        path = resource("icons", f"delegation-desk-{size}.png")
        if path.exists():
            icon.addFile(str(path))
    return icon


def ensure_cjk_font() -> str | None:
    """Chinese names must never come out as boxes: when the system has no font for Chinese, load the one
    shipped in resources/fonts and make it the fallback for Han script. Returns the family used."""
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None  # the system's fontconfig already falls back to a CJK font
    path = resource("fonts", "wqy-microhei.ttc")
    if not path.exists():
        return None
    font_id = QFontDatabase.addApplicationFont(str(path))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        return None
    # Registering the font is enough for Qt's fallback to find it for Han text; the explicit
    # per-script fallback API exists only in some Qt for Python builds (not PySide6 6.12).
    add_fallback = getattr(QFontDatabase, "addApplicationFallbackFontFamily", None)
    if add_fallback is not None:
        add_fallback(QFont.Script.Script_Han, families[0])
    return families[0]


def install_translations(app: QApplication) -> str:
    """The UI in the language chosen in Preferences, else the system's (desktop.ui.i18n)."""
    from desktop.ui import i18n

    return i18n.install(app, Settings().language)


def make_application(argv: list[str] | None = None) -> QApplication:
    qt_fixes.apply()  # before the first signal is emitted from Python
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    QCoreApplication.setOrganizationName(ORGANISATION)
    QCoreApplication.setApplicationName(APPLICATION)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName(APPLICATION)
    app.setDesktopFileName("delegation-desk")
    app.setWindowIcon(app_icon())
    ensure_cjk_font()
    install_translations(app)
    return app


def open_demo(folder: Path) -> Database:
    """A fresh copy of the demo trip in ``folder``."""
    from db.database import open_database
    from desktop.services.demo import build_demo

    database = open_database(folder / "demo.sqlite3")
    with database.session() as session:
        build_demo(session)
    return database


def run_app(db: str | None, demo: bool) -> int:
    app = make_application()
    settings = Settings()
    demo_folder = Path(tempfile.mkdtemp(prefix="delegation-desk-demo-")) if demo else None
    try:
        window = start_window(db or settings.last_database or None, settings, demo_folder=demo_folder)
        code = app.exec()
        for shown in list(_windows):
            if shown.database is not None:
                shown.database.close()
        return 1 if window.database is None and code == 0 else code  # 1: no database was opened
    finally:
        if demo_folder is not None:
            shutil.rmtree(demo_folder, ignore_errors=True)


def start_window(target: str | None, settings: Settings, *, demo_folder: Path | None = None) -> MainWindow:
    """Show the main window's shell now and open ``target`` (or a fresh demo in ``demo_folder``) once its
    first frame is painted. A file that cannot be opened gets the open-error dialog over the window; if
    the user gives up there, the window closes."""
    window = _show_window(None, settings)
    if demo_folder is None:
        window.set_opening_text(target or "")

    def open_now() -> None:
        from desktop.ui.open_errors import open_interactively

        database: Database | None = None
        try:
            if demo_folder is not None:
                database = open_demo(demo_folder)
            else:
                database = open_interactively(target, window)
            if database is not None:
                window.attach(database)
        except Exception as exc:  # e.g. the demo cannot be written: a message, never a traceback
            log.exception("opening the database failed")
            QMessageBox.critical(
                window,
                QCoreApplication.translate("App", "Cannot open the database"),
                QCoreApplication.translate("App", "The database could not be opened: {0}").format(exc),
            )
            if database is not None:
                database.close()
            database = window.database = None
        if database is None:
            window.close()

    window.call_after_first_paint(open_now)
    return window


def _show_window(database: Database | None, settings: Settings) -> MainWindow:
    from desktop.ui.main_window import MainWindow

    window = MainWindow(database, settings)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)

    def reopen(path: str, fresh: bool = False) -> None:
        from desktop.ui.open_errors import open_interactively

        other = open_interactively(path, window, fresh=fresh)
        if other is None:
            return
        if not window.close():
            other.close()
            return
        if settings.last_database != str(other.path or other.url):
            settings.last_database = str(other.path or other.url)
        new_window = _show_window(other, settings)
        new_window.statusBar().showMessage(
            QCoreApplication.translate("App", "Opened {0}").format(other.path or other.url), 5000
        )
        if window.database is not None:
            window.database.close()
        _windows.discard(window)

    window.open_other_database.connect(reopen)
    window.create_new_database.connect(lambda path: reopen(path, fresh=True))
    _windows.add(window)
    window.show()
    return window


_windows: set[MainWindow] = set()  # the open main windows (one at a time; kept referenced while shown)
