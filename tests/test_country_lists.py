"""The country lists pick what the person means: real key presses in the real window, with the
live check running (each key press is followed by the window's debounced re-evaluation).

Keys go where the window sends a keyboard's keys: into the open popup if there is one, else to
the focused widget."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QApplication
from wizard_driver import (
    click,
    enter,
    example_answers,
    fill_page,
    make_window,
    settle,
)

from ui import i18n
from ui.countries import fold, resolve, suggestions


def _open_nationality(qtbot: Any, lang: str) -> Any:
    """From an empty window to the nationality page, as a person gets there."""
    window = make_window(qtbot, lang)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    click(qtbot, window.welcome.start_button)
    fill_page(qtbot, window, example_answers("student-first-permit"))
    click(qtbot, window.next_button)
    assert window.current_id == "nationality"
    field = window.pages["nationality"].fields["person.nationalities"]
    # the page's heading has the focus (a screen reader announces the page); Tab goes on to
    # the first field
    assert QApplication.focusWidget() is window.pages["nationality"].heading()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is field.combo
    return window, field


def _key(window: Any, key: int, text: str = "",
         modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    """A key as the platform delivers it: to the window, which hands it to the open popup or
    the focused widget."""
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(window.windowHandle(), QKeyEvent(kind, key, modifier, text))


def _press(window: Any, key: Qt.Key,
           modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    _key(window, key, "", modifier)


def _type(qtbot: Any, window: Any, text: str, wait_for_check: bool = True) -> None:
    """Type `text` key by key; after each key, wait until the live check has run."""
    for char in text:
        if wait_for_check:
            with qtbot.waitSignal(window.evaluated, timeout=3000):
                _key(window, 0, char)
        else:
            _key(window, 0, char)


def _popup(box: Any) -> Any:
    return box.completer().popup()


def _highlighted(box: Any) -> str:
    index = _popup(box).currentIndex()
    return str(index.data()) if _popup(box).isVisible() and index.isValid() else ""


def _field_problems(field: Any) -> list[str]:
    return [item.problem.text for item in field.problems.items()]


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    i18n.set_language("en")


@pytest.mark.parametrize(("lang", "india"), [("en", "India"), ("de", "Indien")])
def test_ind_down_enter_gives_india(qtbot, lang, india):
    window, field = _open_nationality(qtbot, lang)
    box = field.combo
    for char in "ind":
        _type(qtbot, window, char)
        # the check ran; its message comes at the field once the person pauses (field.judge,
        # as the pause does): the suggestions are still open
        field.judge()
        assert _popup(box).isVisible(), f"suggestions closed after {char!r}"
        assert field.problems.items(), "the live check showed nothing at the field"
    _press(window, Qt.Key.Key_Down)
    assert _highlighted(box) == india
    _press(window, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert field.value() == ["IN"]
    assert box.currentText() == india
    assert window.answers["person.nationalities"] == ["IN"]
    assert _field_problems(field) == []
    assert not _popup(box).isVisible()


def test_fast_typing_then_down_enter_gives_india(qtbot):
    """Typing faster than the debounce, then Down as soon as the check has run."""
    window, field = _open_nationality(qtbot, "en")
    with qtbot.waitSignal(window.evaluated, timeout=3000):
        _type(qtbot, window, "ind", wait_for_check=False)
    assert _popup(field.combo).isVisible()
    _press(window, Qt.Key.Key_Down)
    _press(window, Qt.Key.Key_Enter)
    assert field.value() == ["IN"]


def test_tab_takes_the_highlighted_entry_and_moves_on(qtbot):
    window, field = _open_nationality(qtbot, "en")
    _type(qtbot, window, "ind")
    _press(window, Qt.Key.Key_Down)
    _press(window, Qt.Key.Key_Down)
    assert _highlighted(field.combo) == "Indonesia"
    _press(window, Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert field.value() == ["ID"]
    assert field.combo.currentText() == "Indonesia"
    assert window.answers["person.nationalities"] == ["ID"]
    assert QApplication.focusWidget() is field.second


def test_down_after_the_suggestions_closed_opens_them_again_never_the_next_country(qtbot):
    window, field = _open_nationality(qtbot, "en")
    _type(qtbot, window, "ind")
    _press(window, Qt.Key.Key_Escape)
    assert not _popup(field.combo).isVisible()
    _press(window, Qt.Key.Key_Down)
    assert _popup(field.combo).isVisible()
    assert _highlighted(field.combo) == "India"
    _press(window, Qt.Key.Key_Return)
    assert field.value() == ["IN"]


@pytest.mark.parametrize(("lang", "typed", "code", "shown"), [
    ("en", "Germany", "DE", "Germany"),
    ("en", "germany", "DE", "Germany"),
    ("de", "Deutschland", "DE", "Deutschland"),
    ("de", "Germany", "DE", "Deutschland"),
    ("uk", "Німеччина", "DE", "Німеччина"),
    ("uk", "Deutschland", "DE", "Німеччина"),
    ("ar", "الهند", "IN", "الهند"),
    ("ar", "India", "IN", "الهند"),
    ("en", "turkiye", "TR", "Türkiye"),
    ("en", "Turkey", "TR", "Türkiye"),
    ("de", "Türkiye", "TR", "Türkei"),
    ("de", "TR", "TR", "Türkei"),
    ("en", "TUR", "TR", "Türkiye"),
    ("fa", "TR", "TR", "ترکیه"),
    ("en", "Guinea", "GN", "Guinea"),
    ("de", "Demokratische Republik Kongo", "CD", "Demokratische Republik Kongo"),
])
def test_an_exact_name_or_code_is_taken_without_the_list(qtbot, lang, typed, code, shown):
    window, field = _open_nationality(qtbot, lang)
    _type(qtbot, window, typed, wait_for_check=False)
    settle(qtbot, window)
    assert field.value() == [code]
    assert field.input_error() == ""  # (the rules may say something about the country)
    _press(window, Qt.Key.Key_Tab)  # leave the field without choosing from the list
    settle(qtbot, window)
    assert field.value() == [code]
    assert field.combo.currentText() == shown
    assert window.answers["person.nationalities"] == [code]


@pytest.mark.parametrize(("lang", "typed", "names", "word"), [
    ("en", "Congo", ["Congo", "Congo, The Democratic Republic of the"], "several countries"),
    ("de", "Kongo", ["Kongo", "Demokratische Republik Kongo"], "mehreren Ländern"),
    ("en", "Guin", ["Guinea", "Guinea-Bissau", "Equatorial Guinea", "Papua New Guinea"],
     "several countries"),
    ("en", "ind", ["India", "Indonesia", "British Indian Ocean Territory"], "several countries"),
])
def test_an_ambiguous_entry_is_flagged_and_left_unset(qtbot, lang, typed, names, word):
    window, field = _open_nationality(qtbot, lang)
    _type(qtbot, window, typed, wait_for_check=False)
    _press(window, Qt.Key.Key_Tab)  # nothing highlighted: Tab takes nothing
    settle(qtbot, window)
    assert field.value() == []
    assert field.combo.currentText() == typed  # never replaced by another country
    assert "person.nationalities" not in window.answers or \
        window.answers["person.nationalities"] == []
    problems = _field_problems(field)  # what is typed first, then what the rules say
    assert word in problems[0], problems
    for name in names:
        assert name in problems[0]
    assert window.page_blockers("nationality")


@pytest.mark.parametrize(("lang", "word"), [("en", "no country of this name"),
                                            ("de", "kein Land"), ("uk", "немає")])
def test_an_unknown_entry_is_flagged_and_left_unset(qtbot, lang, word):
    window, field = _open_nationality(qtbot, lang)
    _type(qtbot, window, "Atlantis", wait_for_check=False)
    _press(window, Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert field.value() == []
    assert field.combo.currentText() == "Atlantis"
    problems = _field_problems(field)
    assert word in problems[0], problems


def test_picking_kongo_from_the_suggestions_is_a_choice(qtbot):
    """Typed "Kongo" fits two countries; picked from the list, it is the one picked."""
    window, field = _open_nationality(qtbot, "de")
    _type(qtbot, window, "Kong")
    _press(window, Qt.Key.Key_Down)
    assert _highlighted(field.combo) == "Kongo"
    _press(window, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert field.value() == ["CG"]
    assert _field_problems(field) == []
    _press(window, Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert field.value() == ["CG"]


def test_the_single_country_list_picks_the_same_way(qtbot):
    """The country of birth (one country) on the next page."""
    window, _field = _open_nationality(qtbot, "en")
    _type(qtbot, window, "TR", wait_for_check=False)
    settle(qtbot, window)
    click(qtbot, window.next_button)
    assert window.current_id == "person"
    birth = window.pages["person"].fields["person.country_of_birth"]
    birth.combo.setFocus()
    _type(qtbot, window, "bra")
    assert _popup(birth.combo).isVisible()
    _press(window, Qt.Key.Key_Down)
    assert _highlighted(birth.combo) == "Brazil"
    _press(window, Qt.Key.Key_Tab)
    settle(qtbot, window)
    assert birth.value() == "BR"
    assert window.answers["person.country_of_birth"] == "BR"


def test_the_mouse_wheel_scrolls_the_page_and_never_changes_the_country(qtbot):
    window, field = _open_nationality(qtbot, "en")
    _type(qtbot, window, "TR", wait_for_check=False)
    _press(window, Qt.Key.Key_Tab)
    centre = QPointF(field.combo.rect().center())
    for _ in range(3):
        QApplication.sendEvent(field.combo, QWheelEvent(
            centre, QPointF(field.combo.mapToGlobal(centre)), QPoint(0, 0), QPoint(0, -120),
            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
            False))
    assert field.value() == ["TR"]
    assert field.combo.currentText() == "Türkiye"


# --- what a typed text means (ui.countries) ------------------------------------------------------

@pytest.mark.parametrize(("lang", "typed", "code"), [
    ("en", "cote d'ivoire", "CI"),     # accents and apostrophes as typed on any keyboard
    ("en", "Ivory Coast", "CI"),       # a name in everyday use
    ("de", "elfenbeinkuste", "CI"),
    ("en", "guinea bissau", "GW"),     # a space for the hyphen
    ("ar", "الاتحاد الروسي", "RU"),    # without the shadda of the catalogue's "الاتّحاد الرّوسي"
    ("ru", "Российская Федерация", "RU"),
    ("ru", "Россия", "RU"),            # the everyday name, not only the catalogue's
    ("ar", "روسيا", "RU"),             # Russia, not the start of "روسيا البيضاء" (Belarus)
    ("ar", "روسيا البيضاء", "BY"),
    ("ar", "سوريا", "SY"),
    ("ar", "Moldova", "MD"),
    ("uk", "Stateless", "XX"),
    ("en", "UK", "GB"),
    ("en", "USA", "US"),
    ("en", "Republic of Türkiye", "TR"),  # an official name typed in full
])
def test_what_a_typed_text_means(qtbot, lang, typed, code):
    i18n.set_language(lang)
    assert resolve(typed, lang).code == code


def test_arabic_names_moldova_as_moldova_not_the_maldives(qtbot):
    i18n.set_language("ar")
    shown = dict(suggestions("", "ar"))
    assert shown["MD"] == "مولدوفا"
    assert shown["MV"] == "جزر المالديف"


def test_a_cyrillic_letter_is_not_folded_into_another():
    # й is a letter of its own, not и with a mark: "Китай" (China) is not "Китаи"
    assert fold("Китай") != fold("Китаи")
    assert fold("Türkiye") == fold("turkiye") == "turkiye"


def test_lower_case_letters_are_a_name_not_a_code(qtbot):
    # "bel" begins Belarus, Belgium and Belize; only "BEL" in capitals is Belgium's code
    assert resolve("bel", "en").code is None
    assert [name for _code, name in resolve("bel", "en").fits] == ["Belarus", "Belgium", "Belize"]
    assert resolve("BEL", "en").code == "BE"


def test_suggestions_put_names_that_begin_with_the_text_first(qtbot):
    names = [name for _code, name in suggestions("ind", "en")]
    assert names[:2] == ["India", "Indonesia"]
    assert "British Indian Ocean Territory" in names
    assert [name for _code, name in suggestions("Guinea", "en")][:2] == ["Guinea", "Guinea-Bissau"]


def test_the_wizard_driver_enters_a_country_whose_name_fits_two(qtbot):
    window, field = _open_nationality(qtbot, "de")
    enter(qtbot, field, ["CG"])
    assert field.value() == ["CG"]
    enter(qtbot, field, ["CD", "TR"])
    assert field.value() == ["CD", "TR"]


def test_a_country_picked_from_the_full_list_is_taken(qtbot):
    """Alt+Down opens the whole list; a country picked there is taken even where its name
    alone would fit two ("Kongo")."""
    window, field = _open_nationality(qtbot, "de")
    _press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    view = field.combo.view()
    assert view.isVisible()
    _type(qtbot, window, "Kongo", wait_for_check=False)  # the list's own search by typing
    assert view.currentIndex().data() == "Kongo"
    _press(window, Qt.Key.Key_Return)
    settle(qtbot, window)
    assert field.value() == ["CG"]
    assert field.input_error() == ""


def test_tab_in_the_full_list_takes_the_highlighted_country_and_moves_on(qtbot):
    window, field = _open_nationality(qtbot, "de")
    _press(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    _type(qtbot, window, "Indien", wait_for_check=False)
    assert field.combo.view().currentIndex().data() == "Indien"
    _press(window, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: window.focusWidget() is field.second)
    settle(qtbot, window)
    assert not field.combo.view().isVisible()
    assert field.value() == ["IN"]
    assert window.answers["person.nationalities"] == ["IN"]
