"""Shared mode in the window: the idle timeout, and what Qt itself would keep of a person.

`SharedTraces` (installed on the AppSession in shared mode) makes sure that nothing Qt keeps on
its own outlives a session: the file dialogs are Qt's own (no desktop "recent files"), their
settings file (history, last folder, sidebar; `QtProject.conf`) is written into the session folder
and goes with it (where Qt keeps it elsewhere, in the Windows registry or macOS preferences, the
values of before the session are put back), the dialogs' in-memory last folder is reset, and the
clipboard is cleared if it holds anything of the person's answers.

The idle timeout: watch input app-wide, warn with a countdown, then time out.

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
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, Qt, QTimer, Signal

from assistant.session import holds_personal_text, personal_texts

QT_SETTINGS_ORGANIZATION = "QtProject"  # where Qt's own widgets (QFileDialog) keep settings
FILE_DIALOG_GROUP = "FileDialog"
_FORMATS = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)


def _nowhere() -> str:
    """A settings folder that cannot be created: writes after the last session fail quietly."""
    return os.path.join(os.devnull, "permit-assistant")


class SharedTraces:
    """Shared mode: what Qt keeps of a person goes with their session (see the module's text).

    `SharedTraces(answers).install(app_session)`, where `answers()` returns the person's answers.
    """

    def __init__(self, answers: Callable[[], Any]) -> None:
        self.answers = answers
        self._before: dict[str, Any] = {}

    def install(self, session: Any) -> SharedTraces:
        session.listen(self)
        return self

    # assistant.session.SessionListener

    def session_started(self, folder: Path | None) -> None:
        QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs, True)
        target = str(folder) if folder is not None else _nowhere()
        for fmt in _FORMATS:
            QSettings.setPath(fmt, QSettings.Scope.UserScope, target)
        if folder is not None:
            self._before = self._file_dialog_settings()
            self.forget_last_folder()  # every person's dialogs start in the home folder

    def session_ending(self) -> None:
        self._restore_file_dialog_settings()
        self.clear_clipboard()

    # the pieces

    @staticmethod
    def _file_dialog_settings() -> dict[str, Any]:
        settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANIZATION)
        settings.beginGroup(FILE_DIALOG_GROUP)
        return {key: settings.value(key) for key in settings.childKeys()}

    def _restore_file_dialog_settings(self) -> None:
        settings = QSettings(QSettings.Scope.UserScope, QT_SETTINGS_ORGANIZATION)
        settings.remove(FILE_DIALOG_GROUP)
        settings.beginGroup(FILE_DIALOG_GROUP)
        for key, value in self._before.items():
            settings.setValue(key, value)
        settings.endGroup()
        settings.sync()

    @staticmethod
    def forget_last_folder() -> None:
        """Qt's file dialogs open in the folder the last one was in (kept in memory): set it to
        the home folder, which says nothing about the person."""
        from PySide6.QtWidgets import QFileDialog
        from shiboken6 import delete

        dialog = QFileDialog(None, "", str(Path.home()))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        dialog.setDirectory(str(Path.home()))
        delete(dialog)  # now, while its settings go into this session's folder

    def clear_clipboard(self) -> None:
        """Empty the clipboard (and the X11 selection) if this program put something there or
        it holds a piece of the person's answers."""
        from PySide6.QtGui import QClipboard, QGuiApplication

        clipboard = QGuiApplication.clipboard()
        if clipboard is None:
            return
        personal = personal_texts(self.answers())
        modes = {QClipboard.Mode.Clipboard: clipboard.ownsClipboard()}
        if clipboard.supportsSelection():
            modes[QClipboard.Mode.Selection] = clipboard.ownsSelection()
        if clipboard.supportsFindBuffer():
            modes[QClipboard.Mode.FindBuffer] = clipboard.ownsFindBuffer()
        for mode, ours in modes.items():
            if ours or holds_personal_text(clipboard.text(mode), personal):
                clipboard.clear(mode)


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
