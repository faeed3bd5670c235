"""The Chinese interface: every user-visible string is translatable and translated, and the window really
shows Chinese when the language is chosen.

(a) ``pyside6-lupdate`` over desktop/ui must find nothing the committed .ts lacks, nothing unfinished or
empty, and the same placeholders and accelerators in source and translation; (b) an AST scan finds no
literal text handed straight to a Qt API; (c) the main window on the demo trip, in Chinese.
"""

from __future__ import annotations

import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication

from desktop.ui import i18n
from desktop.ui.settings import Settings
from tests.ui.ui_strings import scan, scan_file

ROOT = Path(__file__).resolve().parents[2]
TRANSLATIONS = ROOT / "resources" / "translations"
ZH_TS = TRANSLATIONS / "delegation_desk_zh_CN.ts"
EN_TS = TRANSLATIONS / "delegation_desk_en.ts"
BIN = Path(sys.executable).parent
HAN = re.compile(r"[\u4e00-\u9fff]")


def _messages(path: Path) -> dict[tuple[str, str, str], ET.Element]:
    """Each message by (context, source, disambiguation)."""
    root = ET.parse(path).getroot()
    return {
        (
            context.findtext("name") or "",
            message.findtext("source") or "",
            message.findtext("comment") or "",
        ): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


def _placeholders(text: str) -> list[str]:
    return sorted(re.findall(r"\{[^}]*\}|%n|%\d", text))


def _accelerator(text: str) -> bool:
    return re.search(r"(?<!&)&[^&\s]", text.replace("&&", "")) is not None


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], ET.Element]:
    """What lupdate finds in desktop/ui today (in a fresh .ts, the committed one untouched)."""
    out = tmp_path_factory.mktemp("lupdate") / "fresh_zh_CN.ts"
    sources = sorted(str(p) for p in (ROOT / "desktop" / "ui").rglob("*.py"))
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), "-locations", "none", *sources, "-ts", str(out)],
        check=True,
        capture_output=True,
    )
    return _messages(out)


# --- (a) the .ts files ------------------------------------------------------------------------------


def test_lupdate_extracts_the_translate_forms_the_code_uses(tmp_path):
    """The forms the scan accepts are the ones lupdate reads, and an explicit context reaches the .ts."""
    sample = tmp_path / "sample.py"
    sample.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
            LABELS = {"held": QT_TRANSLATE_NOOP("MeetingStatus", "Held")}
            def title():
                return QCoreApplication.translate("MainWindow", "Itinerary")
            def pages(n):
                return QCoreApplication.translate("DocumentsView", "%n page(s)", None, n)
            class Editor(QObject):
                def label(self):
                    return self.tr("Agenda")
            """
        )
    )
    out = tmp_path / "sample.ts"
    subprocess.run(
        [str(BIN / "pyside6-lupdate"), str(sample), "-ts", str(out)], check=True, capture_output=True
    )
    found = _messages(out)
    assert {key[:2] for key in found} == {
        ("MeetingStatus", "Held"),
        ("MainWindow", "Itinerary"),
        ("DocumentsView", "%n page(s)"),
        ("Editor", "Agenda"),
    }
    assert found[("DocumentsView", "%n page(s)", "")].get("numerus") == "yes"


def test_every_string_in_the_code_is_in_the_chinese_ts_and_translated(extracted):
    committed = _messages(ZH_TS)
    missing = sorted(set(extracted) - set(committed))
    assert not missing, f"not in {ZH_TS.name} (run scripts/update-translations, then translate): {missing}"
    problems = []
    for key in extracted:
        message = committed[key]
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "vanished", "obsolete"):
            problems.append(f"{key}: {kind}")
            continue
        context, source, _comment = key
        for text in _texts(message):
            if not text.strip():
                problems.append(f"{key}: empty")
            elif _placeholders(text) != _placeholders(source):
                problems.append(f"{key}: placeholders {_placeholders(source)} became {_placeholders(text)}")
            elif _accelerator(source) and not _accelerator(text):
                problems.append(f"{key}: the & accelerator was lost in {text!r}")
            elif re.search(r"[A-Za-z]{3,}", source) and not HAN.search(text) and not _same_in_chinese(source):
                problems.append(f"{key}: {text!r} is not Chinese")
    assert not problems, "\n".join(problems)


def _same_in_chinese(source: str) -> bool:
    """Strings that stay Latin in Chinese: date patterns, units, examples of foreign names."""
    plain = re.sub(r"\{[^}]*\}", "", source)
    return bool(re.fullmatch(r"[dMyHhmsa: ]+|[\s\d.,%:]*(KB|MB)|e\.g\. .*", plain))


def test_english_plurals_have_singular_and_plural_forms(extracted):
    numerus = {key for key, message in extracted.items() if message.get("numerus") == "yes"}
    assert numerus, "the code uses plurals (%n page(s)…)"
    english = _messages(EN_TS)
    assert numerus <= set(english), f"missing in {EN_TS.name}: {sorted(numerus - set(english))}"
    for key in numerus:
        one, other = _texts(english[key])
        assert "(s)" not in one + other and one != other, key
        assert _placeholders(one) == _placeholders(other) == _placeholders(key[1]), key


def test_compiled_translations_give_chinese_and_english_plurals(qapp, tmp_path, monkeypatch):
    for ts in (ZH_TS, EN_TS):
        subprocess.run(
            [
                str(BIN / "pyside6-lrelease"),
                "-silent",
                str(ts),
                "-qm",
                str(tmp_path / ts.with_suffix(".qm").name),
            ],
            check=True,
        )
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    from PySide6.QtCore import QCoreApplication

    try:
        assert i18n.install(qapp, i18n.ENGLISH) == i18n.ENGLISH
        assert QCoreApplication.translate("DocumentsView", "%n page(s)", None, 1) == "1 page"
        assert QCoreApplication.translate("DocumentsView", "%n page(s)", None, 12) == "12 pages"
        assert i18n.install(qapp, i18n.CHINESE) == i18n.CHINESE
        assert QCoreApplication.translate("DocumentsView", "%n page(s)", None, 12) == "共 12 页"
        assert QCoreApplication.translate("MeetingStatus", "Held") == "已举行"
        # Qt's own strings: the standard buttons of every dialog
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
        assert QLocale().toString(QDate(2024, 9, 12), "MMMM") == "九月"
    finally:
        i18n.install(qapp, i18n.ENGLISH)


# --- (b) nothing shown without a translate call --------------------------------------------------------


def test_no_user_visible_literal_bypasses_translation():
    findings = scan(ROOT / "desktop" / "ui")
    assert not findings, "\n".join(map(str, findings))


def test_the_scan_finds_what_it_should(tmp_path):
    """The scan is not blind: each kind of mistake in a sample file is reported."""
    sample = tmp_path / "desktop" / "ui" / "sample.py"
    sample.parent.mkdir(parents=True)
    sample.write_text(
        textwrap.dedent(
            """
            from PySide6.QtCore import QCoreApplication
            CTX = "X"
            STATUS_LABELS = {"held": "Held", "done": "Done"}
            def _tr(text):
                return QCoreApplication.translate("X", text)
            class View(QWidget):
                def build(self, n):
                    self.setWindowTitle("Meetings")
                    QLabel("Trip:")
                    self.button.setToolTip(f"{n} pages")
                    self.table.setHorizontalHeaderLabels(["Name", "Status"])
                    QMessageBox.warning(self, "Delete", self.tr("Sure?"))
                    self.combo.addItem("Everyone", None)
                    self.tabs.addTab(page, "Notes")
                    _tr("Not extracted")
                    QCoreApplication.translate(CTX, "Context not a literal")
                    self.tr(f"{n} changes at run time")
                    Column("Due", display=str)
                    EditCommand(context, "Edit meeting", apply, {}, {}, "meetings")
                    self.label.setText("—")
                    self.combo.addItem(self.tr("Everyone"), "everyone")
                def headerData(self, section, orientation, role):
                    return "Name"
            """
        )
    )
    found = [f.what for f in scan_file(sample, tmp_path)]
    for expected in (
        "STATUS_LABELS holds untranslated 'Held'",
        "setWindowTitle() shows untranslated 'Meetings'",
        "QLabel() shows untranslated 'Trip:'",
        "setToolTip() shows untranslated \"f-string ' pages'\"",
        "setHorizontalHeaderLabels() shows untranslated 'Name'",
        "QMessageBox.warning() shows untranslated 'Delete'",
        "addItem() shows untranslated 'Everyone'",
        "addTab() shows untranslated 'Notes'",
        "_tr() with a literal",
        "translate() without a literal context",
        "self.tr() of an f-string",
        "Column() shows untranslated 'Due'",
        "EditCommand() shows untranslated 'Edit meeting'",
        "headerData returns untranslated 'Name'",
    ):
        assert any(what.startswith(expected) for what in found), f"{expected!r} not in {found}"
    assert len(found) == 15  # the em dash, the user data 'everyone' and the table of 'meetings' are fine


# --- (c) the window in Chinese -------------------------------------------------------------------------


@pytest.fixture
def chinese(qapp: QApplication, tmp_path, monkeypatch):
    """The app's translations compiled into tmp_path and installed for Chinese; English again after."""
    for ts in (ZH_TS, EN_TS):
        qm = tmp_path / ts.with_suffix(".qm").name
        subprocess.run([str(BIN / "pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr(i18n, "translations_folder", lambda: tmp_path)
    settings = Settings()
    settings.language = i18n.CHINESE
    i18n.install(qapp, settings.language)
    yield
    i18n.install(qapp, i18n.ENGLISH)


def test_main_window_on_the_demo_speaks_chinese(qtbot, database, chinese):
    from desktop.services.demo import build_demo
    from desktop.ui.main_window import MainWindow

    with database.session() as s:
        build_demo(s)
    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    assert window.windowTitle().endswith("— 代表团工作台")
    assert [window.nav.item(i).text() for i in range(window.nav.count())] == [
        "行程",
        "会见",
        "机构与人员",
        "报名与签到",
        "跟进事项",
        "文档",
    ]
    assert [m.title() for m in (a.menu() for a in window.menuBar().actions()) if m][:3] == [
        "文件(&F)",
        "编辑(&E)",
        "出访(&T)",
    ]
    # a table header, a status label in a cell, and a date in the trip switcher
    registration = window.show_view("registration")
    model = registration.model
    headers = [model.headerData(c, _horizontal()) for c in range(model.columnCount())]
    assert headers[:3] == ["姓名", "机构", "状态"]
    statuses = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert statuses and statuses <= {"已邀请", "已报名", "候补", "已取消", "已签到", "未到场"}
    assert "2024年9月" in window.trip_combo.currentText()
    meetings = window.show_view("meetings")
    assert {meetings.model.index(r, 2).data() for r in range(meetings.model.rowCount())} & {
        "已确认",
        "已举行",
    }
    # the documents default to both languages under a Chinese interface
    documents = window.show_view("documents")
    assert documents.lang.currentData() == "bilingual"
    assert documents.kind.currentText() == "出访简报材料"


def test_preferences_choice_is_saved_and_read_back(qtbot, isolated_settings):
    from desktop.ui.preferences import PreferencesDialog

    settings = Settings()
    assert settings.language == i18n.AUTOMATIC
    dialog = PreferencesDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.language.currentData() == i18n.AUTOMATIC
    dialog.language.setCurrentIndex(dialog.language.findData(i18n.CHINESE))
    assert dialog.restart.isVisibleTo(dialog)
    assert "重新启动" in dialog.restart.text()  # said in the language chosen too
    dialog.accept()
    again = Settings()
    assert again.language == i18n.CHINESE
    assert PreferencesDialog(again).language.currentData() == i18n.CHINESE
    # a value from a damaged settings file means Automatic, not a crash
    again._s.setValue("interface/language", "klingon")
    assert Settings().language == i18n.AUTOMATIC


def test_language_follows_the_system_unless_chosen():
    assert i18n.resolve(i18n.AUTOMATIC, QLocale("zh_CN")) == i18n.CHINESE
    assert i18n.resolve(i18n.AUTOMATIC, QLocale("zh_TW")) == i18n.CHINESE
    assert i18n.resolve(i18n.AUTOMATIC, QLocale("pt_PT")) == i18n.ENGLISH
    assert i18n.resolve(i18n.ENGLISH, QLocale("zh_CN")) == i18n.ENGLISH
    assert i18n.resolve(i18n.CHINESE, QLocale("en_GB")) == i18n.CHINESE
    # dates follow the language: a Singapore system keeps its own Chinese, Traditional gets Simplified
    assert i18n.locale_for(i18n.AUTOMATIC, QLocale("zh_SG")).name() == "zh_SG"
    assert i18n.locale_for(i18n.AUTOMATIC, QLocale("zh_TW")).name() == "zh_CN"
    assert i18n.locale_for(i18n.ENGLISH, QLocale("en_GB")).name() == "en_GB"
    assert i18n.locale_for(i18n.ENGLISH, QLocale("zh_CN")).name() == "en_US"


def test_preferences_action_opens_from_the_edit_menu(qtbot, database, trip_data):
    from PySide6.QtGui import QKeySequence

    from desktop.ui.actions import ActionId
    from desktop.ui.main_window import MainWindow

    window = MainWindow(database, Settings())
    qtbot.addWidget(window)
    action = window.actions[ActionId.PREFERENCES]
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.Preferences)
    edit_menu = next(a.menu() for a in window.menuBar().actions() if a.menu() and a.text() == "&Edit")
    assert action in edit_menu.actions()


def _horizontal():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.Orientation.Horizontal
