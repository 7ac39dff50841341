"""The idle timeout of shared mode: watch input app-wide, warn with a countdown, then time out.

    watcher = IdleWatcher(settings.idle_timeout_seconds, settings.idle_warning_seconds)
    watcher.warning.connect(show_banner)          # int: seconds left, every second while warning
    watcher.warningCancelled.connect(hide_banner) # the person touched the keyboard or mouse
    watcher.timedOut.connect(end_session)         # clear the window, app_session.end_session()
    watcher.start()                               # only in shared mode

The clock is injectable (`clock=`, a function returning seconds), so tests move time forward
without sleeping and call `check()` or let the tick timer do it.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

ACTIVITY_EVENTS = frozenset({
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseButtonDblClick,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.TouchUpdate,
    QEvent.Type.TabletPress,
    QEvent.Type.InputMethod,
})


class IdleWatcher(QObject):
    """Emits `warning(seconds_left)` during the last `warning_seconds` before `timeout_seconds`
    of no input, `warningCancelled()` if input arrives during the warning, and `timedOut()` once
    when the time is up (then nothing more until the next input)."""

    warning = Signal(int)
    warningCancelled = Signal()  # noqa: N815 - Qt signal naming
    timedOut = Signal()  # noqa: N815 - Qt signal naming

    def __init__(
        self,
        timeout_seconds: float,
        warning_seconds: float,
        *,
        clock: Callable[[], float] = time.monotonic,
        tick_ms: int = 1000,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        if timeout_seconds <= 0 or warning_seconds < 0:
            raise ValueError("the idle timeout must be positive and the warning not negative")
        self.timeout_seconds = float(timeout_seconds)
        self.warning_seconds = float(min(warning_seconds, timeout_seconds))
        self._clock = clock
        self._last_input = clock()
        self._warning_shown = False
        self._expired = False
        self._running = False
        self._timer = QTimer(self)
        self._timer.setInterval(tick_ms)
        self._timer.timeout.connect(self.check)

    # --- control ---

    def start(self) -> None:
        """Begin watching every input event of the application."""
        if self._running:
            return
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("IdleWatcher needs a QApplication")
        app.installEventFilter(self)
        self._running = True
        self.poke()
        self._timer.start()

    def stop(self) -> None:
        if not self._running:
            return
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self._timer.stop()
        self._running = False
        self._warning_shown = False

    @property
    def running(self) -> bool:
        return self._running

    @property
    def warning_active(self) -> bool:
        return self._warning_shown

    def seconds_left(self) -> float:
        return max(0.0, self.timeout_seconds - (self._clock() - self._last_input))

    def poke(self) -> None:
        """Count as input now (also called for every input event)."""
        self._last_input = self._clock()
        self._expired = False
        if self._warning_shown:
            self._warning_shown = False
            self.warningCancelled.emit()

    def check(self) -> None:
        """Look at the clock and emit what is due (the tick timer calls this every second)."""
        if not self._running or self._expired:
            return
        left = self.seconds_left()
        if left <= 0:
            self._expired = True
            self._warning_shown = False
            self.timedOut.emit()
        elif left <= self.warning_seconds:
            self._warning_shown = True
            self.warning.emit(math.ceil(left))

    # --- Qt ---

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in ACTIVITY_EVENTS:
            self.poke()
        return False
