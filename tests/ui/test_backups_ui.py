"""Backups in the window, on real files: File > Back up now… saves a verified private copy, File > Restore
from backup… lists the backups newest first and puts one back (the replaced file kept), and a database
damaged in the middle is refused at start-up with its newest good backup offered, restored and opened.
The modal dialogs are replaced by functions answering as a user would."""

from __future__ import annotations

import datetime as dt
import hashlib
import sqlite3
import stat

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db import backups
from db.database import open_database
from db.errors import CorruptDatabase, DamagedFileKept
from desktop.services import directory
from desktop.ui import app as app_module
from desktop.ui import backups_dialog, open_errors
from desktop.ui.actions import ActionId
from desktop.ui.main_window import MainWindow
from desktop.ui.settings import Settings
from tests import factories

FIRMS = 300  # enough rows for the file to have a middle worth damaging


def _organisations(path) -> list[str]:
    with open_database(path, backup="off") as database, database.session() as session:
        return [o.name for o in directory.find_organisations(session, limit=None)]


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def filled(tmp_path):
    path = tmp_path / "lisbon.sqlite3"
    with open_database(path, backup="off") as database, database.session() as session:
        factories.trip(session, name="Luohu delegation — 罗湖区代表团")
        factories.organisation(session, name="Joinko Group")
        for n in range(FIRMS):
            factories.organisation(session, name=f"Conceição & Irmãos {n:03d}", city="Lisboa")
    return path


def _damage_the_middle(path) -> None:
    """Overwrite one page in the middle of the file with junk, as a failing disk would."""
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    page = con.execute("PRAGMA page_size").fetchone()[0]
    con.close()
    middle = path.stat().st_size // 2 // page * page
    with path.open("r+b") as fh:
        fh.seek(middle)
        fh.write(b"\xa5" * page)


@pytest.fixture
def answered(monkeypatch):
    """The information and warning boxes of both modules, recorded instead of shown."""
    said: list[tuple[str, str, str]] = []
    for module in (backups_dialog, open_errors):
        monkeypatch.setattr(module, "inform", lambda parent, title, text: said.append(("info", title, text)))
        monkeypatch.setattr(module, "warn", lambda parent, title, text: said.append(("warn", title, text)))
    return said


@pytest.fixture
def window(qtbot, filled):
    database = open_database(filled, backup="off")
    shown = MainWindow(database, Settings())
    qtbot.addWidget(shown)
    yield shown
    shown.database.close()


def test_back_up_now_suggests_the_backups_folder_and_the_copy_is_listed(
    qtbot, window, filled, monkeypatch, answered
):
    suggested = []

    def choose(parent, db_path):
        suggested.append(backups_dialog.suggested_destination(db_path))
        return str(suggested[0])

    monkeypatch.setattr(backups_dialog, "choose_destination", choose)
    assert window.actions[ActionId.BACK_UP].isEnabled()
    window.actions[ActionId.BACK_UP].trigger()

    (listed,) = backups.list_backups(filled)
    assert listed.path == suggested[0] and listed.kind == "manual"
    assert stat.S_IMODE(listed.path.stat().st_mode) == 0o600
    assert backups.quick_check(listed.path) is None
    assert "Joinko Group" in _organisations(listed.path)
    assert str(listed.path) in window.statusBar().currentMessage()
    assert answered == []


def test_back_up_now_elsewhere_replaces_a_file_the_user_agreed_to_overwrite(
    qtbot, window, filled, tmp_path, monkeypatch, answered
):
    usb = tmp_path / "usb stick"
    usb.mkdir()
    target = usb / "lisbon copy.sqlite3"
    target.write_bytes(b"an older copy the file dialog asked to overwrite")
    monkeypatch.setattr(backups_dialog, "choose_destination", lambda parent, db_path: str(target))
    window.back_up_now()
    assert backups.quick_check(target) is None
    assert len(_organisations(target)) == FIRMS + 1
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert sorted(p.name for p in usb.iterdir()) == ["lisbon copy.sqlite3"]  # no partial file left
    assert not list(filled.parent.glob(".lisbon.sqlite3.backup-*"))
    assert backups.list_backups(filled) == []  # only where the user asked


def test_back_up_now_onto_the_database_itself_is_refused(qtbot, window, filled, monkeypatch, answered):
    before = _digest(filled)
    monkeypatch.setattr(backups_dialog, "choose_destination", lambda parent, db_path: str(filled))
    window.back_up_now()
    assert [(kind, title) for kind, title, _text in answered] == [("warn", "The backup was not made")]
    assert "is the database itself" in answered[0][2]
    assert _digest(filled) == before


def test_the_restore_dialog_lists_backups_newest_first_with_date_kind_and_size(qtbot, filled):
    old = backups.make_backup(filled, "daily", now=dt.datetime(2024, 9, 10, 7, 0, tzinfo=dt.UTC))
    before = backups.make_backup(filled, "before-0002", now=dt.datetime(2024, 9, 11, 7, 0, tzinfo=dt.UTC))
    newest = backups.make_backup(filled, "manual", now=dt.datetime(2024, 9, 12, 8, 30, tzinfo=dt.UTC))
    dialog = backups_dialog.RestoreDialog(filled)
    qtbot.addWidget(dialog)
    rows = [
        [dialog.list.topLevelItem(i).text(c) for c in range(3)]
        for i in range(dialog.list.topLevelItemCount())
    ]
    local = [b.taken_at.astimezone().strftime("%Y-%m-%d %H:%M") for b in (newest, before, old)]
    assert [r[0] for r in rows] == local
    assert [r[1] for r in rows] == [
        "Made with Back up now",
        "Before the upgrade to schema 0002",
        "Daily (automatic)",
    ]
    size = newest.path.stat().st_size
    assert 1024 < size < 1024 * 1024 and rows[0][2] == f"{round(size / 1024)} KB"
    assert backups_dialog.size_label(60 * 1024 * 1024 + 300 * 1024) == "60.3 MB"
    assert dialog.selected_path() == newest.path and dialog.restore_button.isEnabled()
    dialog.list.setCurrentItem(dialog.list.topLevelItem(2))
    dialog.restore_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.chosen == old.path


def test_the_restore_dialog_says_when_there_is_no_backup(qtbot, filled):
    dialog = backups_dialog.RestoreDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    assert not dialog.restore_button.isEnabled() and dialog.other_button.isEnabled()


def test_restore_from_the_file_menu_brings_the_data_back_and_keeps_the_replaced_file(
    qtbot, window, filled, monkeypatch, answered
):
    taken = backups.make_backup(filled, "manual")
    with window.database.session() as session:  # a change made after the backup
        factories.organisation(session, name="EFG International")
    asked = []
    monkeypatch.setattr(backups_dialog, "choose_backup", lambda parent, db_path: taken.path)
    monkeypatch.setattr(
        backups_dialog, "confirm_restore", lambda parent, backup, db_path: asked.append(backup) or True
    )
    with qtbot.waitSignal(window.open_other_database) as reopened:
        window.actions[ActionId.RESTORE].trigger()

    assert asked == [taken.path]
    assert reopened.args == [str(filled)]
    names = _organisations(filled)
    assert "EFG International" not in names and "Joinko Group" in names
    (replaced,) = [b for b in backups.list_backups(filled) if b.kind == "replaced"]
    assert "EFG International" in _organisations(replaced.path)
    assert [(kind, title) for kind, title, _text in answered] == [("info", "Backup restored")]
    assert str(replaced.path) in answered[0][2]


def test_a_cancelled_confirmation_changes_nothing(qtbot, window, filled, monkeypatch, answered):
    taken = backups.make_backup(filled, "manual")
    before = _digest(filled)
    monkeypatch.setattr(backups_dialog, "choose_backup", lambda parent, db_path: taken.path)
    monkeypatch.setattr(backups_dialog, "confirm_restore", lambda parent, backup, db_path: False)
    with qtbot.assertNotEmitted(window.open_other_database):
        window.restore_from_backup()
    assert _digest(filled) == before and [b.kind for b in backups.list_backups(filled)] == ["manual"]


def test_restoring_a_file_that_is_not_a_backup_is_refused_and_the_database_kept(
    qtbot, window, filled, tmp_path, monkeypatch, answered
):
    notes = tmp_path / "notes.sqlite3"
    notes.write_text("Reunião com a Global Media Group <b>&</b> 会议纪要\n" * 100)
    monkeypatch.setattr(backups_dialog, "choose_backup", lambda parent, db_path: notes)
    monkeypatch.setattr(backups_dialog, "confirm_restore", lambda parent, backup, db_path: True)
    with qtbot.assertNotEmitted(window.open_other_database):
        window.restore_from_backup()
    assert [(kind, title) for kind, title, _text in answered] == [("warn", "The backup was not restored")]
    assert "not a Delegation Desk database" in answered[0][2]
    assert "has not been changed" in answered[0][2]
    # the window goes on working on the same file
    with window.database.session() as session:
        factories.organisation(session, name="Still working")
    assert "Still working" in _organisations(filled)


def test_a_database_damaged_in_the_middle_is_restored_from_its_newest_good_backup_at_start(
    qtbot, filled, monkeypatch, answered
):
    backups.make_backup(filled, "daily", now=dt.datetime.now(dt.UTC) - dt.timedelta(days=2))
    good = backups.make_backup(filled, "manual")
    _damage_the_middle(filled)
    damaged = _digest(filled)
    offered = []

    def ask(error, parent):
        offered.append(error)
        return open_errors.Choice.RESTORE_BACKUP

    monkeypatch.setattr(open_errors, "ask", ask)
    window = app_module.start_window(str(filled), Settings())
    qtbot.addWidget(window)
    try:
        qtbot.waitUntil(lambda: window.database is not None, timeout=10_000)
        (error,) = offered
        assert isinstance(error, CorruptDatabase) and error.backup == good.path
        assert open_errors.headline(error) == "This database is damaged."
        assert window.windowTitle() == "Luohu delegation — 罗湖区代表团 — Delegation Desk"
        assert len(_organisations(filled)) == FIRMS + 1
        (kept,) = backups.damaged_copies(filled)
        assert error.kept == kept  # moved aside when found, before the user chose
        assert _digest(kept) == damaged  # kept aside, byte for byte, never deleted
        assert [(kind, title) for kind, title, _text in answered] == [("info", "Backup restored")]
        assert str(kept) in answered[0][2]
    finally:
        window.close()
        if window.database is not None:
            window.database.close()
        app_module._windows.discard(window)


def test_the_open_error_dialog_offers_the_backup_first(qtbot, tmp_path):
    backup = tmp_path / "backups" / "lisbon-20240912T083000Z-daily.sqlite3"
    error = CorruptDatabase("lisbon.sqlite3 is damaged (database disk image is malformed).", backup=backup)
    seen = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["default"] = box.defaultButton().text()
        seen["info"] = box.informativeText()
        next(b for b in box.buttons() if b.text() == "Restore the newest good backup").click()

    QTimer.singleShot(100, answer)
    assert open_errors.ask(error, None) is open_errors.Choice.RESTORE_BACKUP
    assert {
        "Restore the newest good backup",
        "Choose another file…",
        "Create a new database…",
        "Quit",
    } == set(seen["buttons"])
    assert seen["default"] == "Restore the newest good backup"
    assert "kept beside it, renamed" in seen["info"]

    # without a backup there is nothing to restore, and the button is not there
    seen.clear()
    QTimer.singleShot(100, lambda: _click(seen, "Quit"))
    assert open_errors.ask(CorruptDatabase("damaged; no backup."), None) is open_errors.Choice.QUIT
    assert "Restore the newest good backup" not in seen["buttons"]


def _click(seen: dict, text: str) -> None:
    box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
    seen["buttons"] = [b.text() for b in box.buttons()]
    next(b for b in box.buttons() if b.text() == text).click()


def _start(qtbot, path, monkeypatch, *choices):
    """Start the app on ``path``, answering the open-error dialog with ``choices``; the errors shown."""
    offered = []
    answers = iter(choices)

    def ask(error, parent):
        offered.append(error)
        return next(answers)

    monkeypatch.setattr(open_errors, "ask", ask)
    window = app_module.start_window(str(path), Settings())
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: len(offered) == len(choices), timeout=10_000)
    return window, offered


def _close(window) -> None:
    window.close()
    if window.database is not None:
        window.database.close()
    app_module._windows.discard(window)


def test_quitting_at_a_damaged_file_then_starting_again_offers_the_same_choice_not_an_empty_database(
    qtbot, filled, monkeypatch, answered
):
    good = backups.make_backup(filled, "manual")
    _damage_the_middle(filled)
    damaged = _digest(filled)

    window, (first,) = _start(qtbot, filled, monkeypatch, open_errors.Choice.QUIT)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert window.database is None
    (kept,) = backups.damaged_copies(filled)
    assert first.kept == kept and first.backup == good.path and not filled.exists()
    _close(window)

    # the next start: the same choice, and still no database at the path
    window, (second,) = _start(qtbot, filled, monkeypatch, open_errors.Choice.QUIT)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=10_000)
    assert isinstance(second, CorruptDatabase) and "is missing" in second.problem
    assert second.kept == kept and second.backup == good.path
    assert open_errors.headline(second) == "This database is damaged."
    assert not filled.exists() and not filled.with_name(filled.name + "-wal").exists()
    _close(window)

    # and the third time, the user restores: the data is back, the damaged copy still there
    window, _offered = _start(qtbot, filled, monkeypatch, open_errors.Choice.RESTORE_BACKUP)
    try:
        qtbot.waitUntil(lambda: window.database is not None, timeout=10_000)
        assert len(_organisations(filled)) == FIRMS + 1
        assert _digest(kept) == damaged and backups.damaged_copies(filled) == [kept]
        assert [(kind, title) for kind, title, _text in answered] == [("info", "Backup restored")]
        assert f"The damaged file is kept as {kept}." in answered[0][2]
    finally:
        _close(window)


def test_a_new_database_where_a_damaged_one_was_kept_is_made_only_when_chosen(
    qtbot, filled, monkeypatch, answered
):
    _damage_the_middle(filled)
    with pytest.raises(CorruptDatabase):
        open_errors.open_checked(str(filled))
    (kept,) = backups.damaged_copies(filled)
    assert not filled.exists()

    # the dialog's "Create a new database…", pointed at the same path: the user's deliberate choice
    monkeypatch.setattr(open_errors, "choose_new_file", lambda parent, start="": str(filled))
    window, (offered,) = _start(qtbot, filled, monkeypatch, open_errors.Choice.NEW_FILE)
    try:
        qtbot.waitUntil(lambda: window.database is not None, timeout=10_000)
        assert offered.kept == kept
        assert window.database.path == filled and _organisations(filled) == []
        assert backups.damaged_copies(filled) == [kept]

        # File > New database… of a running window does the same (create_new_database, not a reopen)
        other = filled.with_name("other.sqlite3")
        other.with_name(f"{other.name}.damaged-20240913T071500Z").write_bytes(kept.read_bytes())
        monkeypatch.setattr("desktop.ui.open_errors.choose_new_file", lambda parent, start="": str(other))
        with qtbot.waitSignal(window.create_new_database) as created:
            window.create_database()
        assert created.args == [str(other)]
        qtbot.waitUntil(lambda: other.exists(), timeout=10_000)
        assert _organisations(other) == []
    finally:
        for shown in list(app_module._windows):
            _close(shown)
        _close(window)


def test_the_open_error_dialog_says_where_the_damaged_file_was_kept(qtbot, tmp_path):
    backup = tmp_path / "backups" / "lisbon-20240912T083000Z-daily.sqlite3"
    kept = tmp_path / "lisbon.sqlite3.damaged-20240913T071500Z"
    problem = "lisbon.sqlite3 is damaged (database disk image is malformed)."
    error = CorruptDatabase(problem + " It is kept as …", backup=backup, kept=kept, problem=problem)
    seen = {}

    def answer() -> None:
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["buttons"] = [b.text() for b in box.buttons()]
        seen["info"] = box.informativeText()
        next(b for b in box.buttons() if b.text() == "Create a new database…").click()

    QTimer.singleShot(100, answer)
    assert open_errors.ask(error, None) is open_errors.Choice.NEW_FILE
    info = seen["info"]
    assert info.startswith(problem) and "It is kept as" not in info  # the command line's version is not shown
    assert f"The damaged file is kept as:\n{kept}\nNothing was deleted." in info
    assert str(backup) in info and "has not been changed" not in info
    assert {
        "Restore the newest good backup",
        "Choose another file…",
        "Create a new database…",
        "Quit",
    } == set(seen["buttons"])

    seen.clear()
    QTimer.singleShot(100, lambda: _click(seen, "Quit"))
    alone = CorruptDatabase(problem, kept=kept, problem=problem)
    assert open_errors.ask(alone, None) is open_errors.Choice.QUIT
    assert "Restore the newest good backup" not in seen["buttons"]

    # the path left empty by the move: said in the user's language, with the same choices
    path = tmp_path / "lisbon.sqlite3"
    missing = DamagedFileKept("(the command line's message)", path=path, kept=kept, backup=backup, problem="")
    said = open_errors.explanation(missing).split("\n\n")
    assert said[0] == f"{path} is missing: the file there was found damaged and moved aside."
    assert str(kept) in said[1] and str(backup) in said[2]
    path.write_bytes(b"")  # an empty file SQLite made there since
    said = open_errors.explanation(missing).split("\n\n")
    assert said[0] == f"{path} holds no data: the file there was found damaged and moved aside."


def test_with_no_backup_yet_the_restore_dialogs_lines_sit_together(qtbot, filled):
    dialog = backups_dialog.RestoreDialog(filled)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.empty.isVisible() and not dialog.list.isVisible()
    for label in (dialog.folder, dialog.empty):  # as tall as their text: the room goes below the message
        assert label.height() <= label.heightForWidth(label.width()) + 2
    text_bottom = dialog.empty.y() + dialog.empty.heightForWidth(dialog.empty.width())
    assert dialog.empty.y() - (dialog.folder.y() + dialog.folder.height()) <= dialog.layout().spacing() + 2
    assert text_bottom < dialog.height() // 2
