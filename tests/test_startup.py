"""The first page is on screen before the heavy parts load (issue: starts fast): when the
window's start-up work begins, a frame has been painted and none of reportlab, pypdf, pydantic,
Babel, the case model or the rules data has been imported, nor PySide6's Qt namespace (creating
it costs as much as a third of an empty QWizard's start)."""

from __future__ import annotations

import os
import subprocess
import sys

from conftest import ROOT

PROBE = r"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication
import ui.app
from ui.window import MainWindow

painted = []

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            painted.append(obj)
        return False

def probe(self):
    heavy = sorted(m for m in ("reportlab", "pypdf", "pydantic", "babel", "pycountry",
                               "assistant.model", "assistant.catalogue", "assistant.engine")
                   if m in sys.modules)
    import PySide6.QtCore
    if "Qt" in PySide6.QtCore.__dict__:  # the Qt namespace: PySide6 builds all its enums at once
        heavy.append("PySide6.QtCore.Qt")
    print("PAINTED", bool(painted), "LOADED", ",".join(heavy) or "-", flush=True)
    QApplication.instance().quit()

MainWindow.start_session = probe
original_show = MainWindow.show
def show(self):
    self.installEventFilter(watch)
    original_show(self)
watch = Watch()
MainWindow.show = show
sys.exit(ui.app.run(["--lang", "de"]))
"""


def test_the_first_page_is_painted_before_the_heavy_modules_load(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "PAINTED True LOADED -" in done.stdout, done.stdout
