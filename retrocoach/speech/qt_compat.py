"""A guard against a PySide6 reference-count bug that crashes Python 3.11 processes.

Measured here with PySide6 6.12.0 on CPython 3.11.7: every ``SignalInstance.emit()`` called
from Python returns ``True`` without taking a reference to it, so each emit steals one
reference of the ``True`` singleton. Python 3.12+ made ``True`` immortal and does not care;
on 3.11, after a few hundred emits the count reaches zero and the interpreter aborts with
"Fatal Python error: bool_dealloc: deallocating True or False" (in our tests: at exit, after
a renderer test run; in the app: after a long enough session).

:func:`install` measures the bug once (a throwaway signal emitted 64 times) and, only if the
``True`` count really drops by one per emit, wraps ``SignalInstance.emit`` to give the
reference back. A fixed PySide6 is detected as fixed and left alone. Idempotent.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

_PROBES = 64
_installed = False
_needed: bool | None = None


class _Probe(QObject):
    ping = Signal()


def emit_steals_true() -> bool:
    """True when ``emit()`` drops a reference of ``True`` per call (the bug is present)."""
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(_PROBES):
        probe.ping.emit()
    lost = before - sys.getrefcount(True)
    if lost > 0:  # give back what the probe itself took
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
    return lost >= _PROBES


def install() -> bool:
    """Install the workaround if this PySide6 needs it; True when it is active."""
    global _installed, _needed
    if _installed:
        return True
    if _needed is None:
        _needed = emit_steals_true()
    if not _needed:
        return False
    original = SignalInstance.emit
    incref = ctypes.pythonapi.Py_IncRef
    incref.argtypes = [ctypes.py_object]
    incref.restype = None

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        if result is True or result is False:
            incref(result)
        return result

    SignalInstance.emit = emit  # type: ignore[method-assign]
    _installed = True
    return True


install()
