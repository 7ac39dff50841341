"""A guard against a reference-counting defect of PySide6 6.12.0 on Python 3.11.

That release returns `None` from C++ methods without a result (setText, setVisible, …) without
taking a reference to it, so every such call lowers None's reference count by one. Python 3.11
(unlike 3.12+, where None is immortal) aborts with "deallocating None" once it reaches zero, which a
wizard reaches after some tens of thousands of calls. The guard measures the defect once and, if
present, keeps None's count high by holding extra references, topped up every second, in a
list that is never freed (so that shutdown does not drive the count to zero either).
It does nothing on a PySide6 or Python without the defect.
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QCoreApplication, QObject, QTimer

FLOOR = 1_000_000  # keep at least this many references to None
_PROBE_CALLS = 64

_state: dict[str, object] = {"installed": False, "ballast": []}


def leaks_none() -> bool:
    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) < before - _PROBE_CALLS // 2


def top_up() -> None:
    ballast: list[None] = _state["ballast"]  # type: ignore[assignment]
    deficit = FLOOR - sys.getrefcount(None)
    if deficit > 0:
        ballast.extend([None] * deficit)


def install() -> None:
    """Idempotent; call once a Q(Core)Application exists."""
    if _state["installed"] or not leaks_none():
        return
    _state["installed"] = True
    # The held references must outlive interpreter shutdown, or None's count (short by every
    # defective call) reaches zero when they are released: the list is made never to be freed.
    ctypes.pythonapi.Py_IncRef(ctypes.py_object(_state["ballast"]))
    top_up()
    timer = QTimer(QCoreApplication.instance())
    timer.timeout.connect(top_up)
    timer.start(1000)
    _state["timer"] = timer
