"""Translations: every UI string in every language, live switching, right to left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from wizard_driver import click, example_answers, fill_page, make_window

from assistant.interview import interview
from assistant.texts import LANGUAGES, RTL_LANGUAGES
from ui import i18n
from ui.i18n_build import STRINGS_FILE, missing_translations, ts_path


@pytest.mark.parametrize("lang", sorted(LANGUAGES))
def test_no_language_misses_a_string(lang):
    missing = missing_translations(lang)
    assert missing == [], f"{lang}: {len(missing)} untranslated, e.g. {missing[:5]}"


def test_every_interview_text_is_in_the_catalogues():
    """The generated strings file and the .ts files hold every text of interview.toml."""
    generated = STRINGS_FILE.read_text(encoding="utf-8")
    ts = ts_path("de").read_text(encoding="utf-8")
    from xml.sax.saxutils import escape

    for text in interview().strings():
        assert repr(text) in generated, text
        assert escape(text, {'"': "&quot;", "'": "&apos;"}) in ts or escape(text) in ts, text


def test_built_catalogues_ship_for_every_language():
    for lang in LANGUAGES:
        assert ts_path(lang).with_suffix(".qm").stat().st_size > 0, lang


def test_switching_language_mid_way_relabels_everything_and_keeps_answers(qtbot):
    window = make_window(qtbot)
    answers = example_answers("student-first-permit")
    click(qtbot, window.welcome.start_button)
    fill_page(qtbot, window, answers)
    click(qtbot, window.next_button)
    fill_page(qtbot, window, answers)
    click(qtbot, window.next_button)
    assert window.current_id == "person"
    fill_page(qtbot, window, answers)
    page = window.pages["person"]
    label = page.form.labelForField(page.fields["person.family_name"])
    assert label.text() == "Family name\u00a0*"  # the packet needs it: marked

    window.language_combo.setFocus()
    index = window.language_combo.findData("de")
    window.language_combo.setCurrentIndex(index)
    window.language_combo.activated.emit(index)
    assert label.text() == "Familienname\u00a0*"
    assert window.next_button.text() == "Weiter >"
    assert page.title.text() == "Angaben zu Ihrer Person"
    assert window.steps.item(1).text().endswith("Was möchten Sie tun?")
    assert page.fields["person.family_name"].value() == answers["person.family_name"]
    nationality = window.pages["nationality"].fields["person.nationalities"]
    assert nationality.combo.currentText() == "Türkei"
    assert nationality.value() == ["TR"]
    birth = page.fields["person.date_of_birth"]
    assert birth.edit.text() == "14.05.2003"
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    window.set_language("en")


@pytest.mark.parametrize("lang", sorted(RTL_LANGUAGES))
def test_right_to_left_layout_in_arabic_and_persian(qtbot, lang):
    window = make_window(qtbot, lang)
    assert QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    page = window.pages["person"]
    assert page.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # the list of steps is on the right, the page on the left
    steps = window.steps.mapTo(window, window.steps.rect().topLeft())
    stack = window.stack.mapTo(window, window.stack.rect().topLeft())
    assert steps.x() > stack.x()
    window.set_language("en")
    assert window.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert i18n.current_language() == "en"
