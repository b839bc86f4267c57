"""PySide6 must not drop references to None, True and False.

PySide6 6.12.0 under Python 3.11 released one reference to None on every call of a
void method (``processEvents``) and one to True/False on every signal emit; Python
aborts ("deallocating None") once the count reaches zero — after a few thousand calls,
so a long session or opening a big batch crashed the app. Python 3.12 made these
objects immortal, which hides the bug there. ``constraints.txt`` pins a release
without it; this fails on one that has it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject, Signal


class _Emitter(QObject):
    carried = Signal(object)


def _counts() -> tuple[int, int]:
    return sys.getrefcount(None), sys.getrefcount(True) + sys.getrefcount(False)


def test_void_calls_and_emits_keep_none_and_booleans_alive(qapp: QCoreApplication) -> None:
    emitter = _Emitter()
    received: list[object] = []
    emitter.carried.connect(received.append)
    none_before, bools_before = _counts()
    for _ in range(200):
        qapp.processEvents()
        emitter.carried.emit(None)
    received.clear()
    none_after, bools_after = _counts()
    # Other threads may hold or drop a few references meanwhile; 200 lost ones are the bug.
    assert none_after - none_before > -50, f"None lost {none_before - none_after} references"
    assert bools_after - bools_before > -50, f"booleans lost {bools_before - bools_after}"
