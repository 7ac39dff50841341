"""A field is judged when the person leaves it or stops typing, not at every key press (issue 16,
point 3): half a date is not "unreadable" while it is being typed."""

from __future__ import annotations

from wizard_driver import make_window


def birth_field(qtbot):
    window = make_window(qtbot, "en")
    window.show_page("person")
    page = window.pages["person"]
    birth = page.fields["person.date_of_birth"]
    birth.edit.setFocus()
    qtbot.waitUntil(birth.edit.hasFocus)
    return window, page, birth


def messages(field) -> list[str]:
    return [item.problem.text for item in field.problems.items()] \
        if field.problems.isVisible() else []


def test_half_typed_input_is_not_judged_while_typing(qtbot):
    window, _page, birth = birth_field(qtbot)
    qtbot.keyClicks(birth.edit, "14.0")
    window.reevaluate()  # the live check has run for the key presses
    assert birth.is_typing()
    assert not any("cannot be read" in m for m in messages(birth))


def test_leaving_the_field_judges_it(qtbot):
    window, page, birth = birth_field(qtbot)
    qtbot.keyClicks(birth.edit, "14.0")
    window.reevaluate()
    page.fields["person.place_of_birth"].focus_widget().setFocus()
    qtbot.waitUntil(lambda: not birth.is_typing(), timeout=2000)
    assert any("cannot be read" in m for m in messages(birth)), messages(birth)


def test_stopping_typing_judges_the_field(qtbot):
    window, _page, birth = birth_field(qtbot)
    qtbot.keyClicks(birth.edit, "14.0")
    qtbot.waitUntil(lambda: any("cannot be read" in m for m in messages(birth)), timeout=5000)
    assert birth.edit.hasFocus()  # still in the field: the pause alone judged it


def test_a_message_that_no_longer_applies_goes_while_typing(qtbot):
    window, _page, birth = birth_field(qtbot)
    qtbot.keyClicks(birth.edit, "14.0")
    window.flush()
    assert any("cannot be read" in m for m in messages(birth))
    qtbot.keyClicks(birth.edit, "5.2003")
    window.reevaluate()
    assert birth.is_typing()
    assert messages(birth) == []
