"""Peak memory of the window process after it has built and previewed a packet.

    QT_QPA_PLATFORM=offscreen python benchmarks/gui_memory.py CASE.json LANG

Starts the real program (main.py, via `startup_driver`), and once its first page is ready does
what a person does: the case's answers are loaded into the window (as "Open case file" does), the
packet page is shown, which builds the packet in its worker thread and shows the preview. A second
after the packet is ready the process prints `BENCH-MEMORY maxrss_kb=N ...` (getrusage's peak
resident set size) and quits; `BENCH-ERROR reason` if something failed.
"""

from __future__ import annotations

import resource
import sys
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from startup_driver import install_hook, run_main  # benchmarks/ is this script's directory

MEMORY = "BENCH-MEMORY"
SETTLE_MS = 1000  # let the preview render its pages
TIMEOUT_MS = 90_000


def maxrss_kb() -> int:
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)  # KiB on Linux


def fail(reason: str) -> None:
    print(f"BENCH-ERROR {reason}", flush=True)
    app = QApplication.instance()
    if app is not None:
        app.exit(3)


def build_packet_in_window(case_path: str) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    windows = [w for w in app.topLevelWidgets() if w.isVisible() and hasattr(w, "pages")]
    if not windows:
        fail("no main window with pages is visible")
        return
    window: Any = windows[0]
    before = maxrss_kb()
    from assistant.casefile import load_case
    from assistant.interview import answers_from_case

    case = load_case(case_path)
    window.load_answers(answers_from_case(case, window.interview.all_fields()),
                        case.model_dump(mode="python"))
    page = window.pages.get("packet")
    if page is None or not hasattr(page, "packet_ready"):
        fail("the window has no packet page")
        return

    def report() -> None:
        pages = page.packet.page_count if page.packet is not None else 0
        print(f"{MEMORY} maxrss_kb={maxrss_kb()} before_packet_kb={before} pages={pages}",
              flush=True)
        app.quit()

    page.packet_ready.connect(lambda: QTimer.singleShot(SETTLE_MS, report))
    QTimer.singleShot(TIMEOUT_MS, lambda: fail(f"no packet after {TIMEOUT_MS // 1000} s: "
                                               f"{page.state.text()}"))
    window.show_page("packet")


def main(argv: list[str]) -> None:
    case_path, lang = argv
    install_hook(then=lambda: build_packet_in_window(case_path), quit=False)
    run_main(["--lang", lang])


if __name__ == "__main__":
    main(sys.argv[1:])
