"""The installable bundle: packaging/build freezes a clean copy of the checkout with PyInstaller, and the
frozen program runs with nothing from the checkout or the virtualenv (offscreen, tzdata from the bundle).

Slow (one build, about a minute): deselect with ``-m "not packaging"``. PyInstaller comes with the
``packaging`` extra; without it these tests fail, they do not skip, so CI cannot pass without building."""

from __future__ import annotations

import configparser
import os
import shutil
import struct
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop import __version__

pytestmark = pytest.mark.packaging

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "io.github.delegationdesk.DelegationDesk"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


@dataclass(frozen=True)
class Bundle:
    folder: Path
    program: Path
    build_log: str


def _clean_copy(dest: Path) -> None:
    """What a fresh clone would hold: tracked files plus new files not ignored (others' work in progress
    included, never the ignored .venv, dist/, databases or caches)."""
    listed = subprocess.run(
        ["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"],
        cwd=ROOT,
        check=True,
        capture_output=True,
    ).stdout.decode()
    for name in filter(None, listed.split("\0")):
        source = ROOT / name
        if not source.is_file():  # deleted in the working tree but still in the index
            continue
        target = dest / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Bundle:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        pytest.fail("PyInstaller is not installed: pip install -e '.[packaging]' (the bundle must be tested)")
    base = tmp_path_factory.mktemp("bundle")
    checkout = base / "checkout"
    _clean_copy(checkout)
    started = time.monotonic()
    result = subprocess.run(
        [str(checkout / "packaging" / "build"), "--dist", str(base / "dist"), "--work", str(base / "work")],
        cwd=checkout,
        env=dict(os.environ, PYTHON=sys.executable, QT_QPA_PLATFORM="offscreen"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    log = result.stdout + result.stderr
    assert result.returncode == 0, f"packaging/build failed:\n{log[-4000:]}"
    folder = base / "dist" / "delegation-desk"
    print(f"bundle built in {time.monotonic() - started:.0f} s")
    return Bundle(folder=folder, program=folder / "delegation-desk", build_log=log)


def run_frozen(bundle: Bundle, *args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run the frozen program as a user's machine would: no checkout on the path, no venv, no zoneinfo
    from the OS (only the bundled tzdata), no display."""
    empty_tz = cwd / "no-zoneinfo"
    empty_tz.mkdir(exist_ok=True)
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(cwd),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONTZPATH": str(empty_tz),
        "XDG_DATA_HOME": str(cwd / "data"),
        "XDG_CONFIG_HOME": str(cwd / "config"),
    }
    return subprocess.run(
        [str(bundle.program), *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=60
    )


def test_version(bundle: Bundle, tmp_path: Path) -> None:
    result = run_frozen(bundle, "--version", cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"delegation-desk {__version__}"


def test_bundle_holds_migrations_resources_and_tzdata(bundle: Bundle) -> None:
    inside = bundle.folder / "_internal"
    migrations = inside / "db" / "migrations"
    assert (migrations / "env.py").is_file()
    assert (migrations / "script.py.mako").is_file()
    shipped = sorted(p.name for p in (migrations / "versions").glob("*.py"))
    assert shipped == sorted(p.name for p in (ROOT / "db" / "migrations" / "versions").glob("*.py"))
    assert (inside / "resources" / "fonts" / "wqy-microhei.ttc").is_file()
    assert sorted(p.name for p in (inside / "resources" / "icons").iterdir()) == sorted(
        p.name for p in (ROOT / "resources" / "icons").iterdir()
    )
    assert (inside / "tzdata" / "zoneinfo" / "Europe" / "Lisbon").is_file()
    assert (inside / "tzdata" / "zoneinfo" / "Asia" / "Shanghai").is_file()


def test_bundle_leaves_out_unused_qt(bundle: Bundle) -> None:
    inside = bundle.folder / "_internal"
    names = [p.relative_to(inside).as_posix() for p in inside.rglob("*")]
    unwanted = ("Qt6Quick", "Qt6Qml", "WebEngine", "Qt63D", "Multimedia", "Charts", "VirtualKeyboard", "qml/")
    assert not [n for n in names if any(u in n for u in unwanted)]
    plugins = inside / "PySide6" / "Qt" / "plugins"
    assert sorted(p.name for p in (plugins / "platforms").iterdir()) == [
        "libqoffscreen.so",
        "libqwayland.so",
        "libqxcb.so",
    ]
    # Typing Chinese goes through IBus (or fcitx's IBus front end).
    assert (plugins / "platforminputcontexts" / "libibusplatforminputcontextplugin.so").is_file()
    assert (plugins / "printsupport").is_dir()
    for module in ("QtPdf", "QtPdfWidgets", "QtPrintSupport", "QtWidgets"):
        assert list((inside / "PySide6").glob(f"{module}.*.so")), module
    translations = sorted(p.name for p in (inside / "PySide6" / "Qt" / "translations").iterdir())
    assert translations == ["qt_zh_CN.qm", "qtbase_zh_CN.qm"]
    dangling = [p for p in inside.rglob("*") if p.is_symlink() and not p.exists()]
    assert not dangling


def test_frozen_demo_trips_and_check(bundle: Bundle, tmp_path: Path) -> None:
    db = tmp_path / "trip.sqlite3"
    result = run_frozen(bundle, "demo", "--db", str(db), cwd=tmp_path)
    assert result.returncode == 0, result.stderr  # a new database: the Alembic scripts ran from the bundle
    trips = run_frozen(bundle, "trips", "--db", str(db), cwd=tmp_path)
    assert trips.returncode == 0, trips.stderr
    assert "Luohu District" in trips.stdout
    assert "2024-09-08" in trips.stdout
    check = run_frozen(bundle, "check", "--db", str(db), cwd=tmp_path)
    assert check.returncode == 0, check.stdout + check.stderr
    assert "is healthy" in check.stdout
    # Local times need the bundled tzdata (the OS zoneinfo is hidden): Lisbon is WEST, Madrid CEST.
    itinerary = run_frozen(bundle, "itinerary", "--db", str(db), "--trip", "1", cwd=tmp_path)
    assert itinerary.returncode == 0, itinerary.stderr
    assert "09:05 CEST – 09:25 WEST" in itinerary.stdout


def test_frozen_user_error_is_one_line(bundle: Bundle, tmp_path: Path) -> None:
    result = run_frozen(bundle, "trips", "--db", str(tmp_path / "missing.sqlite3"), cwd=tmp_path)
    assert result.returncode == 1
    assert "does not exist" in result.stderr
    assert "Traceback" not in result.stderr


def test_frozen_pack_pdf_holds_chinese_and_latin_names(bundle: Bundle, tmp_path: Path) -> None:
    if not (ROOT / "desktop" / "cli" / "documents.py").exists():
        pytest.skip("the pack command (desktop/cli/documents.py) is not in this checkout yet")
    from pypdf import PdfReader

    db = tmp_path / "trip.sqlite3"
    assert run_frozen(bundle, "demo", "--db", str(db), cwd=tmp_path).returncode == 0
    pdf = tmp_path / "pack.pdf"
    result = run_frozen(bundle, "pack", "--db", str(db), "--trip", "1", "-o", str(pdf), cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Luohu" in text
    assert "陈立华" in text  # the bundled WenQuanYi font embeds and extracts back
    assert "Lisboa" in text or "Lisbon" in text


NO_CJK_FONTCONFIG = """<?xml version="1.0"?>
<!DOCTYPE fontconfig SYSTEM "fonts.dtd">
<fontconfig>
  <dir>/usr/share/fonts/truetype/dejavu</dir>
  <cachedir>{cache}</cachedir>
</fontconfig>
"""


@pytest.mark.parametrize(
    "fonts",
    ["system", "no-cjk"],
)
def test_frozen_gui_starts_on_the_demo(bundle: Bundle, tmp_path: Path, fonts: str) -> None:
    """The GUI path imports every start-up module (views are loaded by name): it must come up and stay up,
    also on a machine with no Chinese font (it then loads the bundled one)."""
    if not (ROOT / "desktop" / "ui" / "app.py").exists():
        pytest.skip("the desktop interface (desktop/ui/app.py) is not in this checkout yet")
    empty_tz = tmp_path / "no-zoneinfo"
    empty_tz.mkdir()
    env = {
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path),
        "QT_QPA_PLATFORM": "offscreen",
        "PYTHONTZPATH": str(empty_tz),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    if fonts == "no-cjk":
        config = tmp_path / "fonts.conf"
        config.write_text(NO_CJK_FONTCONFIG.format(cache=tmp_path / "fontconfig-cache"), encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(config)
    process = subprocess.Popen(
        [str(bundle.program), "--demo"], cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    try:
        exited = process.wait(timeout=8)
    except subprocess.TimeoutExpired:
        exited = None
    finally:
        if process.poll() is None:
            process.terminate()
        _, err = process.communicate(timeout=10)
    assert exited is None, f"the frozen GUI exited with {exited}:\n{err.decode(errors='replace')[-3000:]}"
    assert b"Traceback" not in err, err.decode(errors="replace")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    return struct.unpack(">II", header[16:24])


def test_desktop_entry_metainfo_and_icons(bundle: Bundle) -> None:
    share = bundle.folder / "share"
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # keys are case-sensitive
    entry.read(share / "applications" / "delegation-desk.desktop", encoding="utf-8")
    desktop = entry["Desktop Entry"]
    assert desktop["Exec"] == "delegation-desk"
    assert desktop["Icon"] == "delegation-desk"
    assert desktop["Name[zh_CN]"] and desktop["Comment[zh_CN]"]
    assert desktop["Categories"] == "Office;ProjectManagement;"
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in HICOLOR_SIZES:
        icon = share / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "delegation-desk.png"
        assert _png_size(icon) == (size, size)
    assert (share / "icons" / "hicolor" / "scalable" / "apps" / "delegation-desk.svg").is_file()


@pytest.mark.parametrize(
    ("tool", "args", "name"),
    [
        ("desktop-file-validate", [], "applications/delegation-desk.desktop"),
        ("appstreamcli", ["validate", "--no-net"], f"metainfo/{APP_ID}.metainfo.xml"),
    ],
)
def test_desktop_files_validate(bundle: Bundle, tool: str, args: list[str], name: str) -> None:
    if shutil.which(tool) is None:
        pytest.skip(f"{tool} is not installed (apt-get install desktop-file-utils appstream)")
    target = bundle.folder / "share" / name
    result = subprocess.run([tool, *args, str(target)], capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_install_and_uninstall_for_the_user(bundle: Bundle, tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    installed = home / ".local" / "opt" / "delegation-desk"
    share = home / ".local" / "share"
    trips = share / "delegation-desk"  # platformdirs.user_data_path("delegation-desk")
    trips.mkdir(parents=True)
    (trips / "trip.sqlite3").write_bytes(b"the user's data")

    result = subprocess.run([str(bundle.folder / "install.sh")], env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    version = subprocess.run(
        [str(home / ".local" / "bin" / "delegation-desk"), "--version"], capture_output=True, text=True
    )
    assert version.stdout.strip() == f"delegation-desk {__version__}"
    entry = (share / "applications" / "delegation-desk.desktop").read_text(encoding="utf-8")
    assert f"Exec={installed}/delegation-desk\n" in entry  # found even when ~/.local/bin is not on PATH
    assert (share / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    assert (share / "icons" / "hicolor" / "256x256" / "apps" / "delegation-desk.png").is_file()

    again = subprocess.run([str(installed / "install.sh")], env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr  # running the installed copy's script is harmless

    result = subprocess.run(
        [str(installed / "install.sh"), "--uninstall"], env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    assert not installed.exists()
    assert not (home / ".local" / "bin" / "delegation-desk").exists()
    assert not (share / "applications" / "delegation-desk.desktop").exists()
    assert not list((share / "icons").rglob("delegation-desk.*"))
    assert (trips / "trip.sqlite3").read_bytes() == b"the user's data"


def test_install_refuses_to_replace_a_foreign_folder(bundle: Bundle, tmp_path: Path) -> None:
    home = tmp_path / "home"
    foreign = home / ".local" / "opt" / "delegation-desk"
    foreign.mkdir(parents=True)
    (foreign / "notes.txt").write_text("not ours")
    env = {"PATH": "/usr/bin:/bin", "HOME": str(home)}
    for args in ([], ["--uninstall"]):
        result = subprocess.run(
            [str(bundle.folder / "install.sh"), *args], env=env, capture_output=True, text=True
        )
        assert result.returncode == 1
        assert "not a Delegation Desk bundle" in result.stderr or "does not look like" in result.stderr
        assert (foreign / "notes.txt").read_text() == "not ours"


def _load_packaging_module(name: str):  # packaging/ is scripts, not a package
    import importlib.util

    spec = importlib.util.spec_from_file_location(name, ROOT / "packaging" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_icons_render_from_the_largest_png_when_there_is_no_svg(tmp_path: Path, qapp) -> None:
    from PySide6.QtGui import QColor, QImage

    render_icons = _load_packaging_module("render_icons")
    icons = tmp_path / "icons"
    icons.mkdir()
    for size, colour in ((32, "red"), (300, "blue"), (64, "green")):
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(QColor(colour))
        image.save(str(icons / f"app-{size}.png"))
    source = render_icons.find_app_icon(icons)
    assert source.name == "app-300.png"
    written = render_icons.render(source, tmp_path / "out", "delegation-desk")
    assert len(written) == len(HICOLOR_SIZES)  # no scalable icon from a bitmap
    for size in HICOLOR_SIZES:
        icon = tmp_path / "out" / "hicolor" / f"{size}x{size}" / "apps" / "delegation-desk.png"
        assert _png_size(icon) == (size, size)
        assert QImage(str(icon)).pixelColor(size // 2, size // 2) == QColor("blue")


def test_icon_renderer_says_what_is_missing(tmp_path: Path) -> None:
    render_icons = _load_packaging_module("render_icons")
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "render_icons.py"), str(tmp_path), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert result.returncode == 1
    assert f"no app icon (*.svg or *.png) in {tmp_path}" in result.stderr
    assert "Traceback" not in result.stderr
    with pytest.raises(FileNotFoundError):
        render_icons.find_app_icon(tmp_path)


TS_SOURCE = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>MainWindow</name>
    <message>
        <source>Itinerary</source>
        <translation>行程</translation>
    </message>
</context>
</TS>
"""


def test_translations_are_compiled_at_build_time(tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QTranslator

    translations = _load_packaging_module("translations")
    sources = tmp_path / "translations"
    sources.mkdir()
    (sources / "delegation-desk_zh_CN.ts").write_text(TS_SOURCE, encoding="utf-8")
    (sources / "legacy_pt.qm").write_bytes(b"prebuilt")  # a .qm with no source is shipped as it is
    bundled = translations.bundled_translations(sources, tmp_path / "out")
    assert [(Path(src).name, dest) for src, dest in bundled] == [
        ("delegation-desk_zh_CN.qm", "resources/translations"),
        ("legacy_pt.qm", "resources/translations"),
    ]
    translator = QTranslator()
    assert translator.load(str(tmp_path / "out" / "delegation-desk_zh_CN.qm"))
    assert translator.translate("MainWindow", "Itinerary") == "行程"


def test_a_broken_translation_source_fails_the_build(tmp_path: Path) -> None:
    translations = _load_packaging_module("translations")
    (tmp_path / "delegation-desk_zh_CN.ts").write_text("<TS><context>", encoding="utf-8")
    with pytest.raises(RuntimeError, match="lrelease failed on delegation-desk_zh_CN.ts"):
        translations.compile_translations(tmp_path, tmp_path / "out")


def test_bundle_holds_compiled_translations_not_sources(bundle: Bundle) -> None:
    sources = sorted(p.stem for p in (ROOT / "resources" / "translations").glob("*.ts"))
    shipped = bundle.folder / "_internal" / "resources" / "translations"
    assert sorted(p.stem for p in shipped.glob("*.qm")) == sources
    assert not list(shipped.glob("*.ts"))
