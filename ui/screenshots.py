"""Screenshots of every page in German and Arabic: `python -m ui.screenshots docs/`.

Runs offscreen at 1024x700 with the example case of a student's first permit, and writes
`<folder>/wizard-<lang>-<nn>-<page>.png`.
"""

from __future__ import annotations

import os
import sys
import time
from datetime import date
from pathlib import Path

SIZE = (1024, 700)
TODAY = date(2026, 11, 22)
EXAMPLE = "student-first-permit.json"


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assistant.casefile import load_case
    from assistant.paths import ROOT

    from . import i18n
    from .window import MainWindow

    out = Path(argv[0] if argv else "docs")
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([sys.argv[0]])
    langs = argv[1:] or ["de", "ar"]
    for lang in langs:
        i18n.set_language(lang, app)
        window = MainWindow(today=TODAY, lang=lang)
        window.resize(*SIZE)
        window.show()
        window.load_interview()
        window.show_case(load_case(ROOT / "examples" / EXAMPLE))
        for number, page_id in enumerate(window.page_ids(), start=1):
            window.show_page(page_id)
            if page_id == "packet":
                page = window.pages["packet"]
                page.wait_for_jobs()
            for _ in range(20 if page_id == "packet" else 5):
                app.processEvents()
                if page_id == "packet":
                    time.sleep(0.05)
            path = out / f"wizard-{lang}-{number:02d}-{page_id}.png"
            window.grab().save(str(path))
            print(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
