"""Start the real program (`main.py`, no arguments: the window) and report its first page.

    QT_QPA_PLATFORM=offscreen python benchmarks/startup_driver.py

The driver runs main.py unchanged; the only difference to `python main.py` is that the first call
of `QApplication.exec()` first installs the watcher of `shown.py`, which prints a marker line when
the first frame of the window has been painted (and another once the start-up work the program
queued for the event loop has run), then quits. The benchmark measures from spawning this process
until the marker appears, exactly as it does for `baseline_qwizard.py`.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QApplication
from shown import watch  # benchmarks/ is this script's directory

ROOT = Path(__file__).resolve().parent.parent


def install_hook(then: Callable[[], None] | None = None, quit: bool = True) -> None:
    """Make the program's first `QApplication.exec()` watch for the first painted frame."""
    original = QApplication.exec
    keep: list[object] = []

    def exec_once(*_args: object) -> int:
        app = QApplication.instance()
        if not keep and isinstance(app, QApplication):
            keep.append(watch(app, quit=quit, then=then))
        return original()  # static in C++: called as app.exec() it would receive the app

    QApplication.exec = exec_once  # type: ignore[method-assign]


def run_main(args: list[str] | None = None) -> None:
    """Run main.py's `program()` as `python main.py ARGS` does (importing it as a module spares
    runpy and pkgutil, which the baseline does not load either)."""
    sys.argv = [str(ROOT / "main.py"), *(args or [])]
    sys.path[0] = str(ROOT)  # as `python main.py` would have it
    import main

    code = main.program()
    if code:
        sys.exit(code)


if __name__ == "__main__":
    install_hook()
    run_main()
