"""The start-up baseline: the least a PySide6 program can do to show a wizard page.

It creates the application and shows an empty QWizard with one empty page; `shown.py` prints the
marker lines once its first frame is painted (the same watcher that `startup_driver.py` puts on the
real program), then it quits.
"""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QWizard, QWizardPage
from shown import watch  # benchmarks/ is this script's directory


def main() -> int:
    app = QApplication(sys.argv)
    wizard = QWizard()
    wizard.addPage(QWizardPage())
    wizard.show()
    watcher = watch(app)  # as the driver does for our program: when the event loop is entered
    code = app.exec()
    del watcher
    return code


if __name__ == "__main__":
    sys.exit(main())
