"""Work-arounds for defects of the Qt for Python release in use, each probed before it is applied.

PySide6 6.12.0 returns the bool of ``SignalInstance.emit()`` without taking a reference to it, so every
emit from Python takes one reference away from ``True`` (or ``False``). On Python 3.11, where those are
ordinary objects, a few thousand emits bring the count to zero and the interpreter aborts with
"Fatal Python error: bool_dealloc" — in the middle of a session. The probe emits on a private signal and
watches the counts; only where they drop is ``emit`` wrapped to give the missing reference back.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, Signal, SignalInstance

_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None
_applied = False


class _Probe(QObject):
    fired = Signal()


def emit_loses_references(tries: int = 16) -> bool:
    """True when emitting a signal from Python takes references away from the returned bool."""
    probe = _Probe()
    before = sys.getrefcount(True), sys.getrefcount(False)
    results = [probe.fired.emit() for _ in range(tries)]
    del results
    after = sys.getrefcount(True), sys.getrefcount(False)
    lost = (before[0] - after[0]) + (before[1] - after[1])
    # Give back what the probe itself took, whatever the outcome.
    for _ in range(before[0] - after[0]):
        _incref(True)
    for _ in range(before[1] - after[1]):
        _incref(False)
    return lost >= tries


def apply() -> bool:
    """Install the work-arounds this Qt for Python needs; returns whether the emit fix was installed."""
    global _applied
    if _applied or not emit_loses_references():
        return _applied
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: object) -> object:
        result = original(self, *args)
        if result is True or result is False:
            _incref(result)  # the reference emit() should have handed over
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _applied = True
    return True
