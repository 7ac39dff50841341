"""An unusable counselling-centre configuration (`Settings.problem`) is said in the window once
at the start, in the UI language: that the file cannot be used, that the program runs in shared
mode instead (and what that means), and who can correct it; the file's fault behind the details."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from ui import i18n
from ui.window import MainWindow


def _start(qtbot, lang: str) -> MainWindow:
    """As `ui.app.run` starts the window: shown first, then the session."""
    i18n.set_language(lang)
    window = MainWindow(lang=lang)
    qtbot.addWidget(window)
    window.show()
    window.start_session()
    return window


def _warning(qtbot, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: any(box.isVisible() for box in
                                window.findChildren(QMessageBox, "settingsProblem")),
                    timeout=3000)
    [box] = [b for b in window.findChildren(QMessageBox, "settingsProblem") if b.isVisible()]
    return box


@pytest.mark.parametrize(("lang", "words"), [
    # the file asks for 30 minutes, but it is not used: the default of 10 is
    ("en", ("cannot be used", "shared mode", "10 minutes")),
    ("de", ("kann nicht verwendet werden", "gemeinsam genutzte Computer", "10 Minuten")),
    ("ar", ("لا يمكن استخدام", "10 دقائق")),
])
def test_a_mistyped_centre_file_is_said_once_at_the_start(qtbot, program_folders: dict[str, Path],
                                                          lang: str, words: tuple[str, ...]):
    centre = program_folders["config"]
    centre.parent.mkdir(parents=True)
    centre.write_text('mode = "sharred"\nidle_timeout_minutes = 30\n', encoding="utf-8")
    window = _start(qtbot, lang)
    assert window.shared  # the safe choice
    box = _warning(qtbot, window)
    text = box.text()
    for word in words:
        assert word in text, text
    assert str(centre) in text  # which file, for whoever looks after the computer
    assert "sharred" not in text and "TOML" not in text  # the fault itself: in the details
    assert "'sharred' is not known" in box.detailedText()
    assert (box.windowTitle() == "Settings cannot be used") == (lang == "en")  # translated
    box.accept()
    assert not any(b.isVisible() for b in window.findChildren(QMessageBox, "settingsProblem"))
    window.end_session()  # a new person: the warning is not repeated
    assert not any(b.isVisible() for b in window.findChildren(QMessageBox, "settingsProblem"))


def test_a_usable_centre_file_and_none_say_nothing(qtbot, program_folders: dict[str, Path]):
    window = _start(qtbot, "en")
    assert not window.shared and window.settings_problem_text() == ""
    qtbot.wait(100)
    assert not window.findChildren(QMessageBox, "settingsProblem")
    window.close()
    centre = program_folders["config"]
    centre.parent.mkdir(parents=True)
    centre.write_text('mode = "shared"\n', encoding="utf-8")
    window = _start(qtbot, "en")
    assert window.shared
    qtbot.wait(100)
    assert not window.findChildren(QMessageBox, "settingsProblem")


def test_forms_list_says_that_the_centre_file_cannot_be_used(program_folders: dict[str, Path],
                                                              capsys):
    """The one command the centre file changes (its forms_dir) says why the centre's forms are
    missing from the list."""
    from assistant.cli import main

    centre = program_folders["config"]
    centre.parent.mkdir(parents=True)
    centre.write_text('forms_dir = "/srv/forms"\nidle_timeout = 5\n', encoding="utf-8")
    assert main(["forms", "list"]) == 0
    err = capsys.readouterr().err
    assert "unknown setting idle_timeout" in err and "forms_dir it names is not searched" in err
    centre.write_text('mode = "shared"\n', encoding="utf-8")
    assert main(["forms", "list"]) == 0
    assert "note" not in capsys.readouterr().err
