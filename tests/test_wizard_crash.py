"""An unexpected error in the window: a short dialog for the person, the details only in the
redacted log, and nothing of the case in either."""

from __future__ import annotations

import logging
from pathlib import Path

from wizard_driver import click, enter, example_answers, fill_page, make_window, settle

from assistant import config

NAME = "Zqxjvbnmtk"  # a family name found nowhere else


def _crash_in_a_slot(qtbot, window) -> None:
    """Type the name; the debounced check (a slot of the window's timer) then raises an error
    that carries the name, as a defect might."""
    def boom() -> None:
        raise RuntimeError(f"could not format the name {window.answers['person.family_name']}")

    window.change_hooks.append(boom)
    enter(qtbot, window.pages["person"].fields["person.family_name"], NAME)
    settle(qtbot, window)


def _go_to_person(qtbot, window) -> None:
    answers = example_answers("student-first-permit")
    click(qtbot, window.welcome.start_button)
    while window.current_id != "person":
        fill_page(qtbot, window, answers)
        click(qtbot, window.next_button)


def test_an_exception_in_a_slot_shows_a_short_dialog_and_logs_no_case_data(qtbot) -> None:
    window = make_window(qtbot)
    window.start_session()  # personal mode (no centre file): the log file is in the data folder
    assert not window.shared
    _go_to_person(qtbot, window)
    _crash_in_a_slot(qtbot, window)

    qtbot.waitUntil(lambda: window.crash_box is not None and window.crash_box.isVisible(),
                    timeout=3000)
    text = window.crash_box.text()
    assert text.startswith("The program met an unexpected error.")
    assert "save a case file" in text
    for detail in (NAME, "Traceback", "RuntimeError", "could not format"):
        assert detail not in text and detail not in window.crash_box.detailedText()
    assert NAME not in window.windowTitle()

    for handler in logging.getLogger().handlers:
        handler.flush()
    log_file = config.log_dir() / "assistant.log"
    logged = log_file.read_text(encoding="utf-8")
    assert "RuntimeError" in logged and "could not format the name" in logged
    assert NAME.lower() not in logged.lower()
    # the program keeps working: the answer is still in the window
    assert window.answers["person.family_name"] == NAME
    window.crash_box.accept()


def test_shared_mode_logs_to_no_file(qtbot, program_folders: dict[str, Path]) -> None:
    program_folders["config"].parent.mkdir(parents=True)
    program_folders["config"].write_text('mode = "shared"\n', encoding="utf-8")
    window = make_window(qtbot)
    window.start_session()
    assert window.shared
    _go_to_person(qtbot, window)
    _crash_in_a_slot(qtbot, window)
    qtbot.waitUntil(lambda: window.crash_box is not None and window.crash_box.isVisible(),
                    timeout=3000)
    assert NAME not in window.crash_box.text()
    assert not config.log_dir().exists()
    window.crash_box.accept()
