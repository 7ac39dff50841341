"""Report, on stdout, when a Qt program's first window has been painted.

Used alike by the baseline (`baseline_qwizard.py`) and the driver of the real program
(`startup_driver.py`), so that the two start-up times differ only by what the programs do:

- `BENCH-SHOWN <what>`: the first frame of a visible top-level window has been painted. At the
  window's first Paint event an event is posted; it is delivered once the painting (which Qt does
  synchronously for the whole frame) has returned to the event loop.
- `BENCH-READY`: after that, every zero-timer that was already due has run (start-up work the
  program queued with `QTimer.singleShot(0)`): the window now responds to input.

The program is then told to quit (`quit=True`) or left running.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget, QWizard

SHOWN = "BENCH-SHOWN"
READY = "BENCH-READY"
_FRAME_DONE = QEvent.Type(QEvent.registerEventType())


def describe(window: QWidget) -> str:
    """The window's class and, for a wizard or a stacked window, the page it shows."""
    desc = type(window).__name__
    wizards = [window] if isinstance(window, QWizard) else window.findChildren(QWizard)
    for wizard in wizards:
        if wizard.isVisible() and wizard.currentPage() is not None:
            return f"{desc} page={type(wizard.currentPage()).__name__}"
    current_id = getattr(window, "current_id", None)
    return f"{desc} page={current_id}" if current_id else desc


class FirstFrame(QObject):
    def __init__(self, app: QApplication, quit: bool,
                 then: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.app = app
        self.quit = quit
        self.then = then
        self.window: QWidget | None = None
        self.watched: list[QObject] = []

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if (self.window is None and event.type() == QEvent.Type.Paint
                and isinstance(obj, QWidget) and obj.window().isVisible()):
            self.window = obj.window()
            QCoreApplication.postEvent(self, QEvent(_FRAME_DONE))
        return False

    def event(self, event: QEvent) -> bool:
        if event.type() != _FRAME_DONE:
            return super().event(event)
        for target in self.watched:
            target.removeEventFilter(self)
        assert self.window is not None
        print(f"{SHOWN} {describe(self.window)}", flush=True)
        QTimer.singleShot(0, self._ready)
        return True

    def _ready(self) -> None:
        print(READY, flush=True)
        if self.then is not None:
            self.then()
        if self.quit:
            self.app.quit()


def watch(app: QApplication, quit: bool = True,
          then: Callable[[], None] | None = None) -> FirstFrame:
    """Start watching for the first painted frame (call before the first window is painted);
    `then` runs in the window's process once it is ready. Keep the returned object alive.

    Called once the program has shown its window and is about to enter its event loop, the
    watcher filters the events of that window only. Before any window is shown it has to filter
    the events of every object of the program, and each one then crosses into Python; that costs
    a program with many kinds of objects (each kind's Python type is made on its first event)
    more than an empty QWizard, which would measure the watcher rather than the program."""
    watcher = FirstFrame(app, quit, then)
    windows = [w for w in app.topLevelWidgets() if w.isVisible()]
    watcher.watched = list(windows) or [app]
    for target in watcher.watched:
        target.installEventFilter(watcher)
    return watcher
