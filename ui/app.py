"""Starting the window: `run(argv) -> int`, called by main.py when no subcommand is given.

The first page is on screen before the rules data, the engine, reportlab or pypdf are loaded;
the interview and the engine load once the first frame has been painted (`after_first_frame`).
"""

from __future__ import annotations

import argparse
import signal
import sys
from collections.abc import Callable, Sequence
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from assistant.texts import LANGUAGES

from . import i18n

if TYPE_CHECKING:
    from .window import MainWindow


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="permit-assistant",
                                     description="Residence-permit assistant for Saxony")
    parser.add_argument("--shared", action="store_true",
                        help="counselling-centre PC: keep nothing, end idle sessions")
    parser.add_argument("--lang", choices=sorted(LANGUAGES),
                        help="language of the window (default: the system's, else English)")
    parser.add_argument("--smoke", action="store_true",
                        help="check the installation: open the window, print the platform and "
                             "the window's title once it is shown, and quit")
    known, _qt_args = parser.parse_known_args(list(argv))
    return known


def run(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    from assistant import logsetup

    # until the window knows the mode (centre configuration): redacted console output only, and
    # no raw traceback; MainWindow.start_session sets up the log of the mode and the dialog
    logsetup.configure_logging(shared=True)
    logsetup.install_excepthook()
    app = QApplication.instance() or QApplication([sys.argv[0], *argv])
    app.setApplicationName("permit-assistant")
    app.setApplicationDisplayName("Residence permit assistant")
    lang = args.lang or i18n.system_language()
    i18n.set_language(lang, app)

    from .window import MainWindow

    window = MainWindow(shared=args.shared, lang=lang)
    after_first_frame(window, (lambda: smoke_check(window)) if args.smoke
                      else window.start_session)
    window.show()
    end_on_signals(app, window)
    return app.exec()


def smoke_check(window: MainWindow) -> None:
    """`--smoke`: once the window has been painted, start its session as usual, then say on
    which platform it is shown with which title, and quit (exit status 1 if it is not on the
    screen)."""
    from PySide6.QtGui import QGuiApplication

    window.start_session()
    handle = window.windowHandle()
    shown = window.isVisible() and handle is not None and handle.isExposed()
    print(f"{QGuiApplication.platformName()}: {window.windowTitle()}"
          f"{'' if shown else ' (not shown)'}", flush=True)
    window.close()
    QApplication.instance().exit(0 if shown else 1)  # type: ignore[union-attr]


TERMINATING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGINT")  # logout, shutdown; terminal closed; Ctrl+C


def end_on_signals(app: QApplication, window: QWidget) -> None:
    """SIGTERM, SIGHUP and SIGINT end the program as closing the window does: in shared mode
    everything of the session is erased (as by Finish), in personal mode the draft stays; so does
    any other end of the event loop. Python runs its signal handlers only when it gets control,
    so a timer gives it that while Qt waits."""

    def ending(signum: int, _frame: FrameType | None) -> None:
        def close() -> None:
            window.close()
            app.exit(128 + signum)

        QTimer.singleShot(0, close)

    def quitting() -> None:  # the loop ends without the window closing (a signal, a logout)
        session = getattr(window, "session", None)
        if session is not None:
            session.close(keep_draft=not getattr(window, "shared", True))
            window.session = None  # type: ignore[attr-defined]

    app.aboutToQuit.connect(quitting)
    found = False
    for name in TERMINATING_SIGNALS:
        number = getattr(signal, name, None)
        if number is not None:
            signal.signal(number, ending)
            found = True
    if found:
        timer = QTimer(app)
        timer.timeout.connect(lambda: None)
        timer.start(200)


class _FirstFrame(QObject):
    """Calls back once, after the first frame of `window` has been painted (or after a short
    fallback delay, should no paint come), so the first page is on screen before the interview,
    the rules data and the case model are loaded."""

    FALLBACK_MS = 1000

    def __init__(self, window: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(window)
        self.window = window
        self.callback: Callable[[], None] | None = callback
        # Only the window's own events pass through here: its Paint event comes with the first
        # frame, which Qt draws in one go.
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self.fire)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            # Queued: runs when the frame has been painted and the loop is idle again.
            QTimer.singleShot(0, self.fire)
        return False

    def fire(self) -> None:
        callback, self.callback = self.callback, None
        if callback is None:
            return
        self.window.removeEventFilter(self)
        callback()


def after_first_frame(window: QWidget, callback: Callable[[], None]) -> None:
    _FirstFrame(window, callback)
