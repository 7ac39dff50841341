"""A date the wizard refuses gets one message at its field: why it is refused, not also the
engine's "Please enter …" for the empty answer it stands for (issue 16 point 3)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from wizard_driver import click, example_answers, fill_page, make_window, type_text

from assistant.model import DATE_OUT_OF_RANGE

START = ("application.kind", "application.purpose", "person.nationalities")


def _typed_and_left(qtbot, window, page_id: str, path: str, text: str) -> list[str]:
    """Go to the page from the start (answering only what holds the way), type `text` into the
    date field with keys, leave it with Tab; the messages shown at the field."""
    full = example_answers("student-first-permit")
    answers = {key: full[key] for key in START}
    click(qtbot, window.welcome.start_button)
    while window.current_id != page_id:
        fill_page(qtbot, window, answers)
        before = window.current_id
        click(qtbot, window.next_button)
        assert window.current_id != before, window.status.text()
    field = window.pages[page_id].fields[path]
    field.edit.setFocus()
    type_text(qtbot, field.edit, text)
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.check_pending() and not field.is_typing(), timeout=3000)
    return [item.label.text() for item in field.problems.items()]


@pytest.mark.parametrize(("lang", "page_id", "path"), [
    ("en", "person", "person.date_of_birth"),
    ("de", "passport", "passport.valid_until"),
    ("ar", "person", "person.date_of_birth"),
])
def test_a_date_in_the_year_9999_gets_only_its_refusal(qtbot, lang, page_id, path):
    window = make_window(qtbot, lang)
    shown = _typed_and_left(qtbot, window, page_id, path, "31.12.9999")
    refusal = QCoreApplication.translate("Interview", DATE_OUT_OF_RANGE)
    assert len(shown) == 1, shown
    assert refusal in shown[0]
    description = window.pages[page_id].fields[path].edit.accessibleDescription()
    assert description.count(refusal) == 1


def test_the_empty_date_of_birth_has_its_please_enter_and_a_refused_one_does_not(qtbot):
    window = make_window(qtbot, "en")
    shown = _typed_and_left(qtbot, window, "person", "person.date_of_birth", "")
    assert any("Please enter your date of birth" in text for text in shown), shown
    field = window.pages["person"].fields["person.date_of_birth"]
    field.edit.setFocus()
    type_text(qtbot, field.edit, "31.13.2000")  # no 13th month: cannot be read
    qtbot.keyClick(field.edit, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not window.check_pending() and not field.is_typing(), timeout=3000)
    shown = [item.label.text() for item in field.problems.items()]
    assert len(shown) == 1 and "cannot be read" in shown[0], shown
