"""Start the real program (`main.py`, no arguments: the window) and report its first page.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup_driver.py

The driver runs main.py unchanged; the only difference to `python main.py` is that the first call
of `QApplication.exec()` also schedules, for the first turn of the event loop, a function that
prints a marker line naming the visible window (and the wizard page shown), then quits. The
benchmark measures from spawning this process until the marker appears, exactly as it does for
`baseline_qwizard.py`.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard

MARKER = "BENCH-SHOWN"
ROOT = Path(__file__).resolve().parent.parent


def describe(widget: QWidget) -> str:
    wizards = [widget] if isinstance(widget, QWizard) else widget.findChildren(QWizard)
    desc = type(widget).__name__
    for wizard in wizards:
        if wizard.isVisible():
            page = wizard.currentPage()
            desc += f" page={type(page).__name__ if page else None} id={wizard.currentId()}"
    return desc


def report_first_window() -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    shown = [describe(w) for w in app.topLevelWidgets() if w.isVisible() and w.isWindow()]
    if not shown:
        print("BENCH-ERROR no window is visible when the event loop starts", flush=True)
    else:
        print(f"{MARKER} {'; '.join(shown)}", flush=True)
    app.quit()


def install_hook() -> None:
    original = QApplication.exec
    state = {"done": False}

    def exec_once(*args: object) -> int:
        if not state["done"]:
            state["done"] = True
            QTimer.singleShot(0, report_first_window)
        return original()  # static in C++: called as app.exec() it would receive the app

    QApplication.exec = exec_once  # type: ignore[method-assign]
    QApplication.exec_ = exec_once  # type: ignore[attr-defined]


def main() -> None:
    install_hook()
    sys.argv = [str(ROOT / "main.py")]
    sys.path[0] = str(ROOT)
    runpy.run_path(str(ROOT / "main.py"), run_name="__main__")


if __name__ == "__main__":
    main()
