"""The real window on the xcb platform with Qt's AT-SPI bridge on, for tests/test_atspi.py.

Reads commands on stdin, one a line, does them in the UI thread as a person's actions would end
up, and answers each with one line of JSON (the window's title and the page shown):
  start             press Start                      next     press Next
  load NAME         the answers of examples/NAME.json (the keyboard journey is tests/journeys)
  page ID           open a page from the list of steps
  lang CODE         choose a language
  bad               type an unreadable date of birth on "About you"
  calendar          open the calendar of the date of birth on 24 March 2026 (its button clicked)
  key NAME          press a key (Qt.Key.Key_NAME) where the keyboard focus is, and wait
                    for the focus to move
  quit
"""

from __future__ import annotations

import json
import sys
import threading
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from PySide6.QtCore import QObject, Qt, Signal  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


class Commands(QObject):
    line = Signal(str)


def main() -> None:
    from wizard_driver import TODAY, example_answers

    from ui import i18n
    from ui.window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName("permit-assistant")
    i18n.set_language("en")
    window = MainWindow(today=TODAY, lang="en")
    window.resize(1024, 720)
    window.show()
    window.load_interview()

    def answer(**more: object) -> None:
        print(json.dumps({"title": window.windowTitle(), "page": window.current_id, **more}),
              flush=True)

    def run(line: str) -> None:
        command, _, argument = line.strip().partition(" ")
        if command == "start":
            window.welcome.start_button.click()
        elif command == "next":
            window.next_button.click()
        elif command == "load":
            window.load_answers(example_answers(argument), None)
        elif command == "page":
            window.show_page(argument)
        elif command == "lang":
            window.set_language(argument)
        elif command == "bad":
            window.show_page("person")
            birth = window.pages["person"].fields["person.date_of_birth"]
            birth.edit.setFocus()
            birth.edit.setText("99.99.x")
            birth.changed.emit()
            window.flush()
        elif command == "calendar":
            window.show_page("person")
            birth = window.pages["person"].fields["person.date_of_birth"]
            birth.set_value(date(2026, 3, 24))
            birth.button.click()
            for _ in range(100):  # the X server makes the new window the active one
                if birth.calendar is None or birth.calendar.isActiveWindow():
                    break
                QTest.qWait(50)
        elif command == "key":
            focus = app.focusWidget()
            if focus is not None:
                QTest.keyClick(focus, getattr(Qt.Key, f"Key_{argument}"))
                for _ in range(100):  # the key moves the focus once the event loop ran
                    if app.focusWidget() is not focus:
                        break
                    QTest.qWait(50)
        elif command == "quit":
            answer()
            app.quit()
            return
        app.processEvents()
        focus = app.focusWidget()
        answer(pages=window.page_ids(), status=window.status.text(),
               focus=focus.accessibleName() if focus is not None else "")

    commands = Commands()
    commands.line.connect(run)

    def read() -> None:
        for line in sys.stdin:
            commands.line.emit(line)

    threading.Thread(target=read, daemon=True).start()
    print(json.dumps({"ready": True}), flush=True)
    app.exec()


if __name__ == "__main__":
    main()
