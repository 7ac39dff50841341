"""Save and resume: the draft reopens on the page the person left, deleting it asks first, and
"Save case file…" can be reached from every page in both modes."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from wizard_driver import TODAY, click, enter, example_answers, fill_page, settle

from assistant.casefile import open_case_file
from ui import i18n
from ui.window import MainWindow

PASSPHRASE = "long enough passphrase"


def _window(qtbot, *, shared: bool) -> MainWindow:
    i18n.set_language("en")
    window = MainWindow(shared=shared, today=TODAY, lang="en")
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.start_session()
    return window


def _walk_to(qtbot, window, page_id, answers) -> None:
    click(qtbot, window.welcome.start_button)
    while window.current_id != page_id:
        fill_page(qtbot, window, answers)
        click(qtbot, window.next_button)


def test_the_draft_reopens_on_the_page_the_person_left(qtbot):
    window = _window(qtbot, shared=False)
    answers = example_answers("student-first-permit")
    _walk_to(qtbot, window, "address", answers)
    enter(qtbot, window.pages["address"].fields["address.street"], "Bergstraße")
    settle(qtbot, window)
    window.close()

    again = _window(qtbot, shared=False)
    assert not again.welcome.draft_box.isHidden()
    click(qtbot, again.welcome.resume_button)
    assert again.current_id == "address"
    assert again.pages["address"].fields["address.street"].value() == "Bergstraße"
    assert again.pages["person"].fields["person.family_name"].value() == \
        answers["person.family_name"]
    # the other pages are there as before
    assert {"person", "passport", "review", "packet"} <= set(again.page_ids())


def test_deleting_the_draft_asks_first(qtbot, monkeypatch):
    window = _window(qtbot, shared=False)
    _walk_to(qtbot, window, "person", example_answers("student-first-permit"))
    window.close()

    again = _window(qtbot, shared=False)
    asked: list[str] = []
    monkeypatch.setattr(again, "confirm", lambda title, text: asked.append(text) or False)
    click(qtbot, again.welcome.discard_button)
    assert asked and "cannot be undone" in asked[0]
    assert again.session.pending_draft() is not None  # said no: kept
    assert not again.welcome.draft_box.isHidden()
    monkeypatch.setattr(again, "confirm", lambda title, text: True)
    click(qtbot, again.welcome.discard_button)
    assert again.session.pending_draft() is None
    assert again.welcome.draft_box.isHidden()


@pytest.mark.parametrize("shared", [True, False], ids=["shared", "personal"])
def test_save_case_file_is_there_on_every_page(qtbot, monkeypatch, tmp_path: Path, shared):
    from PySide6.QtWidgets import QFileDialog

    window = _window(qtbot, shared=shared)
    answers = example_answers("student-first-permit")
    target = tmp_path / "mine.permitcase"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(window.casefiles, "ask_passphrase", lambda title, confirm: PASSPHRASE)
    click(qtbot, window.welcome.start_button)
    visited = []
    while window.current_id != "packet":
        fill_page(qtbot, window, answers)
        assert window.save_button.isVisible(), window.current_id
        assert window.save_action.isEnabled()
        visited.append(window.current_id)
        click(qtbot, window.next_button)
    assert window.pages["packet"].case_button.isVisible()  # the packet page has its own
    assert len(visited) > 8
    # from a page in the middle, with the keyboard
    window.show_page("passport")
    assert window.save_action.text().endswith("\tCtrl+S")  # the menu shows the shortcut
    window.activateWindow()
    if window.isActiveWindow():
        qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_S,
                       Qt.KeyboardModifier.ControlModifier)
    else:  # the platform gives the window no focus (offscreen, several windows): the menu
        window.save_action.trigger()
    assert target.exists()
    assert window.status.text() == "The case file is saved."
    assert open_case_file(target, PASSPHRASE).person.family_name == answers["person.family_name"]
    if shared:
        window.end_session()
        assert target.exists()  # saved on purpose: the end of the session keeps it
