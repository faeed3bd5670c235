"""What the bundle leaves out: Qt modules, plugins and translations Delegation Desk does not use.

The app uses QtCore, QtGui, QtWidgets, QtPrintSupport, QtPdf and QtPdfWidgets (document preview and
printing); libQt6Svg stays for SVG icons of the system's icon theme (file dialogs), and libQt6Network
because libQt6Pdf links it, though the Python module QtNetwork is left out. Paths are those of PySide6's
Linux wheels (``PySide6/Qt/plugins``); Windows wheels have no ``Qt/`` level, hence the ``(Qt/)?``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePosixPath

UNUSED_QT_MODULES = (
    "Qt3DAnimation", "Qt3DCore", "Qt3DExtras", "Qt3DInput", "Qt3DLogic", "Qt3DRender",
    "QtBluetooth", "QtCharts", "QtConcurrent", "QtDataVisualization", "QtDBus", "QtDesigner",
    "QtGraphs", "QtGraphsWidgets", "QtHelp", "QtHttpServer", "QtLocation", "QtMultimedia",
    "QtMultimediaWidgets", "QtNetwork", "QtNetworkAuth", "QtNfc", "QtOpenGL", "QtOpenGLWidgets",
    "QtPositioning", "QtQml", "QtQuick", "QtQuick3D", "QtQuickControls2", "QtQuickTest", "QtQuickWidgets",
    "QtRemoteObjects", "QtScxml", "QtSensors", "QtSerialBus", "QtSerialPort", "QtSpatialAudio", "QtSql",
    "QtStateMachine", "QtSvgWidgets", "QtTest", "QtTextToSpeech", "QtUiTools", "QtWebChannel",
    "QtWebEngineCore", "QtWebEngineQuick", "QtWebEngineWidgets", "QtWebSockets", "QtWebView", "QtXml",
)  # fmt: skip

# Platform plugins kept: a desktop under X11 or Wayland, and offscreen (CI, headless document runs).
KEPT_PLATFORMS = ("libqxcb", "libqwayland", "libqoffscreen", "qwindows", "qcocoa", "qminimal")
# Qt's own translations: only the languages the app speaks (English needs none).
KEPT_TRANSLATIONS = ("_zh_CN.qm",)
KEPT_TRANSLATION_DOMAINS = ("qt_zh", "qtbase_")  # not qt_help_, qtmultimedia_...

_DROPPED = re.compile(
    r"""
    PySide6/(Qt/)?plugins/(
        egldeviceintegrations | qmltooling | networkinformation | tls | sqldrivers | designer
        | vectorimageformats | wayland-graphics-integration-server | wayland-graphics-integration-client
        | generic
    )/
    | PySide6/(Qt/)?plugins/platformthemes/libqgtk3  # links GTK 3, cairo and pango: the portal theme suffices
    | PySide6/(Qt/)?plugins/imageformats/libq(tiff|webp|tga|wbmp|icns|pdf)
    | PySide6/(Qt/)?qml/
    | PySide6/(Qt/)?plugins/platforminputcontexts/libqtvirtualkeyboard  # drags in all of Qt Quick
    | PySide6/(Qt/lib/)?libQt6(Qml|Quick|Labs|Lottie|Designer|Help|Test|UiTools|Sql|Concurrent
        |WaylandCompositor|WaylandEgl|EglFS|PdfQuick|OpenGLWidgets|VirtualKeyboard)[A-Za-z0-9]*\.so
    | PySide6/libpyside6qml
    | PySide6/(Qt/lib/)?Qt6(Qml|Quick|Sql|Test|Designer|VirtualKeyboard)[A-Za-z0-9]*\.dll
    """,
    re.VERBOSE,
)
_PLATFORM = re.compile(r"PySide6/(Qt/)?plugins/platforms/(?P<name>[^/]+)$")
_TRANSLATION = re.compile(r"PySide6/(Qt/)?translations/(?P<name>[^/]+\.qm)$")


def qt_excludes() -> list[str]:
    return [f"PySide6.{module}" for module in UNUSED_QT_MODULES]


def keep(dest: str) -> bool:
    """Whether a file of the analysis (by its path inside the bundle) belongs in the bundle."""
    dest = dest.replace("\\", "/")
    if _DROPPED.search(dest):
        return False
    platform = _PLATFORM.search(dest)
    if platform:
        return platform["name"].startswith(KEPT_PLATFORMS)
    translation = _TRANSLATION.search(dest)
    if translation:
        name = translation["name"]
        return name.startswith(KEPT_TRANSLATION_DOMAINS) and name.endswith(KEPT_TRANSLATIONS)
    return True


Entry = tuple[str, str, str]  # PyInstaller's TOC entry: path in the bundle, source, type


def drop_unused(binaries: Iterable[Entry], datas: Iterable[Entry]) -> tuple[list[Entry], list[Entry]]:
    """The binaries and data files to keep, less the shared libraries that only dropped files needed (GTK,
    cairo and pango for the GTK theme; EGL device integration for eglfs...). Dependencies are resolved during
    the analysis, so dropping a plugin alone would leave its libraries behind."""
    binaries, datas = list(binaries), list(datas)
    kept = [e for e in binaries if keep(e[0])]
    dropped = {e[0] for e in binaries if not keep(e[0])}
    suspects = {name for e in binaries if e[0] in dropped for name in _needed(e[1])}
    users = [e for e in kept if _base(e[0]) not in suspects]
    needed = {name for e in users for name in _needed(e[1])}
    gone = dropped | {e[0] for e in kept if _base(e[0]) in suspects - needed}
    # One-folder bundles link top-level names to the files in PySide6/Qt/lib (SYMLINK entries of the data):
    # drop the links to what is gone.
    return (
        [e for e in kept if e[0] not in gone],
        [e for e in datas if keep(e[0]) and not (e[2] == "SYMLINK" and _link_target(e) in gone)],
    )


def _base(dest: str) -> str:
    return dest.replace("\\", "/").rsplit("/", 1)[-1]


def _link_target(entry: Entry) -> str:
    dest, target, _ = entry
    parent = dest.replace("\\", "/").rsplit("/", 1)[0] if "/" in dest else ""
    return str(PurePosixPath(parent, target)) if parent else target


def _needed(path: str) -> set[str]:
    """Base names of the libraries ``path`` loads (ldd on Linux lists them transitively)."""
    from PyInstaller.depend.bindepend import get_imports

    return {PurePosixPath(name.replace("\\", "/")).name for name, _ in get_imports(path)}
