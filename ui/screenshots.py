"""Screenshots of every page in all seven languages: `python -m ui.screenshots [docs] [lang…]`.

Runs offscreen at 1024x700 with the example case of a student's first permit, and writes
`<folder>/screenshots/<lang>/<nn>-<page>.png` (colours reduced to a palette: the files stay small).
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
COLOURS = 128


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from assistant.casefile import load_case
    from assistant.paths import ROOT
    from assistant.texts import LANGUAGES

    from . import i18n
    from .window import MainWindow

    out = Path(argv[0] if argv else "docs") / "screenshots"
    app = QApplication.instance() or QApplication([sys.argv[0]])
    langs = argv[1:] or list(LANGUAGES)
    for lang in langs:
        folder = out / lang
        folder.mkdir(parents=True, exist_ok=True)
        for old in folder.glob("*.png"):
            old.unlink()
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
            for _ in range(20 if page_id == "packet" else 8):
                app.processEvents()
                if page_id == "packet":
                    time.sleep(0.05)
            path = folder / f"{number:02d}-{page_id}.png"
            save_small(window.grab().toImage(), path)
            print(path)
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


def save_small(image: object, path: Path) -> None:
    """Save a screenshot as a palette PNG (a third of the size, the same to the eye)."""
    from io import BytesIO

    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    picture = Image.open(BytesIO(bytes(buffer.data()))).convert("RGB")
    picture.quantize(COLOURS).save(path, optimize=True)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
