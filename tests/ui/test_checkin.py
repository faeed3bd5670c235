"""Check-in mode at the door: type a few letters, Enter checks in, the counter moves, undo a mistake."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from desktop.ui.registration.view import RegistrationDeskView
from tests.ui.view_harness import in_window, make_context, seed

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def door(qtbot, database):
    ids = seed(database)
    context = make_context(database, ids.trip_id)
    view = RegistrationDeskView(context)
    window = in_window(qtbot, context, view)
    view.checkin_button.click()
    panel = view.check_in_panel
    assert view.in_check_in_mode()
    qtbot.waitUntil(panel.search.hasFocus)
    yield ids, context, view, panel
    window.close()  # keeps the window alive until the test is done


def matches(panel) -> list[str]:
    return [row[1] for row in panel.matches.rows]


def test_type_a_few_letters_without_accents_and_press_enter(qtbot, door, database):
    ids, _context, _view, panel = door
    assert panel.counter.text() == "0 / 3"  # arrived / expected (the seated)
    qtbot.keyClicks(panel.search, "conc")
    qtbot.waitUntil(
        lambda: matches(panel) == ["Ana Conceição", "João Gaspar"]
    )  # João's firm: Conceição & Irmãos
    qtbot.keyClicks(panel.search, "eicao an")  # 'conceicao an': the list narrows as you type
    qtbot.waitUntil(lambda: matches(panel) == ["Ana Conceição"])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    reg = ids.registration(database, ids.people["ana"])
    assert reg.status == "attended" and reg.checked_in_at is not None
    assert panel.counter.text() == "1 / 3"
    assert panel.message.text() == "✓ Checked in: Ana Conceição — Global Media Group"
    assert panel.search.text() == "" and panel.search.hasFocus()  # ready for the next guest


def test_accents_and_chinese_work_too_and_down_picks_another_match(qtbot, door, database):
    ids, _context, _view, panel = door
    panel.search.insert("João")  # accents as typed (QTest.keyClicks cannot type 'ã')
    qtbot.waitUntil(lambda: matches(panel) == ["João Gaspar"])
    qtbot.keyClick(panel.search, Qt.Key.Key_Enter)
    assert ids.registration(database, ids.people["joao"]).status == "attended"

    panel.search.insert("王建")  # as an input method commits it
    qtbot.waitUntil(lambda: matches(panel) == ["王建国 (Wang Jianguo)"])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert ids.registration(database, ids.people["wang"]).status == "attended"
    assert panel.counter.text() == "2 / 3"

    qtbot.keyClicks(panel.search, "conceicao")  # Ana Conceição, and João Gaspar of Conceição & Irmãos
    qtbot.waitUntil(lambda: len(matches(panel)) == 2)
    assert matches(panel) == ["Ana Conceição", "João Gaspar"]  # who has arrived goes last
    qtbot.keyClick(panel.search, Qt.Key.Key_Down)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert "already checked in" in panel.message.text()
    qtbot.keyClick(panel.search, Qt.Key.Key_Up)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert ids.registration(database, ids.people["ana"]).status == "attended"
    assert panel.counter.text() == "3 / 3"


def test_a_walk_in_from_the_waitlist_is_admitted_and_undo_puts_them_back(qtbot, door, database):
    ids, _context, _view, panel = door
    qtbot.keyClicks(panel.search, "ines")
    qtbot.waitUntil(lambda: matches(panel) == ["Inês Estêvão"])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert ids.registration(database, ids.people["ines"]).status == "attended"
    assert "(was Waitlisted)" in panel.message.text()
    qtbot.keyClick(panel.search, Qt.Key.Key_Z, CTRL)
    assert ids.registration(database, ids.people["ines"]).status == "waitlisted"


def test_undo_a_mistaken_check_in_with_ctrl_z_and_with_the_button(qtbot, door, database):
    ids, context, view, panel = door
    qtbot.keyClicks(panel.search, "wang")
    qtbot.waitUntil(lambda: len(matches(panel)) == 1)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.counter.text() == "1 / 3"
    assert panel.undo_button.isEnabled()

    qtbot.keyClick(panel.search, Qt.Key.Key_Z, CTRL)  # in the (now empty) search box
    reg = ids.registration(database, ids.people["wang"])
    assert reg.status == "registered" and reg.checked_in_at is None
    assert panel.counter.text() == "0 / 3"
    assert panel.message.text() == "↶ Check-in undone: 王建国 (Wang Jianguo)"
    assert not panel.undo_button.isEnabled()

    qtbot.keyClick(panel.search, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)  # redo
    assert ids.registration(database, ids.people["wang"]).status == "attended"
    assert panel.counter.text() == "1 / 3"

    qtbot.mouseClick(panel.undo_button, Qt.MouseButton.LeftButton)
    assert ids.registration(database, ids.people["wang"]).status == "registered"
    assert panel.counter.text() == "0 / 3"
    assert panel.search.hasFocus()

    # While typing, Ctrl+Z undoes the typing, not a check-in.
    qtbot.keyClicks(panel.search, "ana")
    qtbot.keyClick(panel.search, Qt.Key.Key_Z, CTRL)
    assert panel.search.text() != "ana"
    assert context.undo_stack.index() == 0

    # Back at the desk the list shows what happened at the door.
    view.leave_check_in()
    assert not view.in_check_in_mode()


def test_enter_with_no_match_says_so(qtbot, door, database):
    _ids, context, _view, panel = door
    qtbot.keyClicks(panel.search, "zzz")
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert panel.message.text() == "Nobody registered matches “zzz”."
    assert context.undo_stack.count() == 0


def test_an_empty_box_lists_who_is_still_expected(qtbot, door, database):
    ids, _context, _view, panel = door
    qtbot.waitUntil(lambda: "Ana Conceição" in matches(panel))
    expected = len(matches(panel))
    panel.search.insert("ana conc")
    qtbot.waitUntil(lambda: matches(panel) == ["Ana Conceição"])
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    assert ids.registration(database, ids.people["ana"]).status == "attended"
    qtbot.waitUntil(lambda: len(matches(panel)) == expected - 1)
    assert "Ana Conceição" not in matches(panel)
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)  # Enter with nothing typed checks nobody in
    assert panel.counter.text() == "1 / 3"


def test_a_long_event_name_wraps_instead_of_being_cut(qtbot, door):
    _ids, _context, _view, panel = door
    title = (
        "2024-09-12 09:30 · China (Shenzhen·Luohu) – Portugal (Lisbon) Economic and Trade Cooperation "
        "and Exchange Conference"
    )
    panel.set_event(panel.event_id, title, panel.zone)
    panel.window().resize(900, 700)
    text_width = panel.title.fontMetrics().horizontalAdvance(title)
    qtbot.waitUntil(lambda: panel.title.width() < text_width, timeout=1000)
    assert panel.title.text() == title
    # the height its whole text needs at that width (-1 if it cannot wrap): two lines, and it has them
    needed = panel.title.heightForWidth(panel.title.width())
    assert needed >= 2 * panel.title.fontMetrics().lineSpacing()
    assert panel.title.height() >= needed
