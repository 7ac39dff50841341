"""Starting the window: `run(argv) -> int`, called by main.py when no subcommand is given.

The first page is on screen before the rules data, the engine, reportlab or pypdf are loaded;
the interview and the engine load right after (QTimer.singleShot(0)).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from assistant.texts import LANGUAGES

from . import i18n


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="permit-assistant",
                                     description="Residence-permit assistant for Saxony")
    parser.add_argument("--shared", action="store_true",
                        help="counselling-centre PC: keep nothing, end idle sessions")
    parser.add_argument("--lang", choices=sorted(LANGUAGES),
                        help="language of the window (default: the system's, else English)")
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
    window.show()
    QTimer.singleShot(0, window.start_session)
    return app.exec()
