"""What a screen-reader or keyboard user meets (issue 18, issue 16 points 3-5): a safe ending,
pages announced, problems and status spoken, the Tab order, names."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from wizard_driver import (
    click,
    example_answers,
    fill_page,
    open_window,
    press,
)


def _answer_first_page(qtbot, window):
    click(qtbot, window.welcome.start_button)
    fill_page(qtbot, window, example_answers("student-first-permit"))
    assert window.answers


def _press_in_dialog(qtbot, key):
    """Press `key` in the dialog that opens next (it runs its own event loop)."""
    def press_key():
        box = QApplication.activeModalWidget()
        assert box is not None, "no dialog opened"
        qtbot.keyClick(box.focusWidget() or box, key)
    QTimer.singleShot(50, press_key)


def test_finish_is_not_the_first_focus_on_the_packet_page(qtbot):
    window = open_window(qtbot)
    _answer_first_page(qtbot, window)
    window.show_page("packet")
    finish = window.pages["packet"].finish_button
    assert QApplication.focusWidget() is window.pages["packet"].heading()
    assert not finish.isDefault() and not finish.autoDefault()
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_id == "packet" and window.answers


def test_the_finish_question_defaults_to_cancel_and_says_what_is_lost(qtbot):
    window = open_window(qtbot)
    _answer_first_page(qtbot, window)
    box = window.confirm_dialog("Finish", window.finish_text())
    assert box.defaultButton().objectName() == "confirmCancel"
    assert box.escapeButton().objectName() == "confirmCancel"
    assert "every answer" in box.text() and "packet" in box.text()
    assert "draft" in window.finish_text()  # personal mode keeps a draft, which goes too
    for key in (Qt.Key.Key_Return, Qt.Key.Key_Space, Qt.Key.Key_Escape):
        _press_in_dialog(qtbot, key)
        window.finish()
        assert window.answers, f"{key} on the question erased the case"
        assert window.current_id == "application"


def test_shared_mode_says_nothing_of_a_draft(qtbot):
    from ui.window import MainWindow

    window = MainWindow(shared=True, lang="en")
    qtbot.addWidget(window)
    assert "draft" not in window.finish_text()
    assert "every answer" in window.finish_text()
