"""The start-up baseline: the least a PySide6 program can do to show a wizard page.

It creates the application, shows an empty QWizard with one empty page and, on the first turn of
the event loop (after the window was shown and exposed), prints the marker line the benchmark
waits for, then quits. `startup_driver.py` reports the real program's first page the same way, so
the two times differ only by what our program does.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWizard, QWizardPage

MARKER = "BENCH-SHOWN"


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()

    def shown() -> None:
        print(f"{MARKER} QWizard visible={wizard.isVisible()}", flush=True)
        app.quit()

    QTimer.singleShot(0, shown)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
