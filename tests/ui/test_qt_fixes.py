"""The PySide6 emit() reference leak is compensated: emitting never wears True's count down."""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal

from desktop.ui import qt_fixes


class Sender(QObject):
    changed = Signal(int)


def test_emitting_many_signals_keeps_the_count_of_true_and_false():
    qt_fixes.apply()
    sender = Sender()
    received: list[int] = []
    sender.changed.connect(received.append)
    before = sys.getrefcount(True), sys.getrefcount(False)
    for i in range(300):
        sender.changed.emit(i)
    assert received == list(range(300))
    assert (sys.getrefcount(True), sys.getrefcount(False)) == before


def test_the_probe_sees_no_loss_once_the_fix_is_in():
    qt_fixes.apply()
    assert not qt_fixes.emit_loses_references()
