"""What a screen-reader or keyboard user meets (issue 18, issue 16 points 3-5): a safe ending,
pages announced, problems and status spoken, the Tab order, names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget
from wizard_driver import (
    click,
    example_answers,
    fill_page,
    make_window,
    open_window,
    press,
)


@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English (those that switch switch back at their end, while their
    window is open: pytest-qt closes it before fixtures end)."""
    from ui import i18n

    i18n.set_language("en")


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
    window.set_language("en")
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


def _heading_of(widget):
    iface = QAccessible.queryAccessibleInterface(widget)
    return iface.role(), iface.text(QAccessible.Text.Name)


def test_each_page_is_announced_by_its_heading_and_the_window_title(qtbot):
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    ids = window.page_ids()
    for number, page_id in enumerate(ids, start=1):
        window.show_page(page_id)
        page = window.pages[page_id]
        heading = page.heading()
        assert _heading_of(heading) == (QAccessible.Role.Heading, page.title_text())
        assert QAccessible.queryAccessibleInterface(page).text(
            QAccessible.Text.Name) == page.title_text()
        if page_id != "welcome":
            assert QApplication.focusWidget() is heading, page_id
            assert window.windowTitle().startswith(
                f"Step {number} of {len(ids)}: {page.title_text()}")
        assert not page.scroll.focusPolicy() & Qt.FocusPolicy.TabFocus
    window.set_language("de")
    window.show_page("person")
    assert window.windowTitle().startswith("Schritt 4 von ")
    window.set_language("en")


def test_please_answer_is_a_banner_spoken_and_beside_the_field(qtbot):
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    spoken = window.status.announcements()
    click(qtbot, window.next_button)
    kind = window.pages["application"].fields["application.kind"]
    assert window.status.isVisible() and window.status.text().startswith("Please answer:")
    assert window.status.mapTo(window, window.status.rect().topLeft()).y() < \
        window.stack.mapTo(window, window.stack.rect().topLeft()).y()  # above the page
    assert window.status.announcements() == spoken + 1
    assert QApplication.focusWidget() is kind.focus_widget()
    description = kind.focus_widget().accessibleDescription()
    assert "Please answer" in description and "Required." in description
    assert any("Please answer" in item.problem.text for item in kind.problems.items())
    assert kind.label_widget.text().endswith("*")


def test_an_unreadable_date_marks_the_field_invalid_and_keeps_the_format(qtbot):
    from wizard_driver import settle, type_text

    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    window.show_page("person")
    birth = window.pages["person"].fields["person.date_of_birth"]
    assert "Format: DD/MM/YYYY" in birth.edit.accessibleDescription()
    assert not birth.is_invalid()
    birth.edit.setFocus()
    type_text(qtbot, birth.edit, "31/02/19x")
    settle(qtbot, window)
    assert birth.is_invalid()
    description = birth.edit.accessibleDescription()
    assert description.startswith("Problem: This date cannot be read")
    assert "Format: DD/MM/YYYY" in description
    window.set_language("de")
    description = birth.edit.accessibleDescription()
    assert "Required." not in description and "Format: TT.MM.JJJJ" in description, description
    assert any(item.problem.text in description for item in birth.problems.items())
    window.set_language("en")


# --- the keyboard (issue 16 point 4) ---------------------------------------------------------


def test_focus_starts_on_start_and_arrows_do_not_switch_the_language(qtbot):
    from ui import i18n

    window = open_window(qtbot)
    assert QApplication.focusWidget() is window.welcome.start_button
    combo = window.language_combo
    combo.setFocus()
    for key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_End, Qt.Key.Key_U):
        qtbot.keyClick(combo, key)
        combo.hidePopup()
    assert i18n.current_language() == "en" and window.welcome.start_button.text() == "Start"
    qtbot.keyClick(combo, Qt.Key.Key_Down)  # opens the list; Down and Enter there choose
    popup = combo.view()
    assert popup.isVisible()
    qtbot.keyClick(popup, Qt.Key.Key_Home)
    for _ in range(combo.count()):
        if combo.itemData(popup.currentIndex().row()) == "de":
            break
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: i18n.current_language() == "de", timeout=2000)
    assert window.welcome.start_button.text() != "Start"
    window.set_language("en")


def test_the_wheel_changes_no_choice_it_scrolls_past(qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    kind = window.pages["application"].fields["application.kind"]
    window.next_button.setFocus()
    for combo in (kind.combo, window.language_combo):
        before = combo.currentIndex()
        centre = QPointF(combo.rect().center())
        wheel = QWheelEvent(centre, QPointF(combo.mapToGlobal(combo.rect().center())),
                            QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                            Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
        QApplication.sendEvent(combo, wheel)
        assert combo.currentIndex() == before, combo.objectName()
    assert not kind.combo.hasFocus()


def test_enter_in_a_field_goes_to_the_next_field_and_from_the_last_to_the_next_page(qtbot):
    from wizard_driver import type_keys

    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    fill_page(qtbot, window, example_answers("student-first-permit"))
    click(qtbot, window.next_button)
    fill_page(qtbot, window, example_answers("student-first-permit"))
    click(qtbot, window.next_button)
    assert window.current_id == "person"
    person = window.pages["person"]
    family = person.fields["person.family_name"]
    family.edit.setFocus()
    type_keys(qtbot, "Doe")
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is person.fields["person.birth_name"].edit
    last = [w for w in person.inputs() if w.isVisible()][-1]
    last.focus_widget().setFocus()
    assert last.focus_widget().inherits("QLineEdit"), last.path
    press(qtbot, Qt.Key.Key_Return)
    assert window.current_id != "person"


def test_back_and_next_show_their_shortcuts(qtbot):
    window = make_window(qtbot)
    assert "Alt+Left" in window.back_button.toolTip()
    assert "Alt+Right" in window.next_button.toolTip()


def _walk_by_tab(qtbot, window):
    """From the page's heading, Tab until the focus leaves the page: the stops in order."""
    page = window.pages[window.current_id]
    seen = []
    for _ in range(300):
        press(qtbot, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or not page.isAncestorOf(focus):
            return seen, focus
        assert focus not in seen, f"{window.current_id}: Tab came back to {focus.objectName()}"
        assert focus.visibleRegion().boundingRect().isValid(), \
            f"{window.current_id}: the focus on {focus.objectName()} is scrolled out of sight"
        seen.append(focus)
    raise AssertionError(f"{window.current_id}: Tab never left the page")


def _page_rect(page, widget):
    from PySide6.QtCore import QRect

    return QRect(widget.mapTo(page, widget.rect().topLeft()), widget.size())


def _stops_seen_on(page):
    """The Tab stops a person can see on the page (one per group of radio buttons)."""
    from PySide6.QtWidgets import QRadioButton

    out = []
    for widget in page.findChildren(QWidget):
        if not (widget.isVisible() and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus):
            continue
        if widget.focusProxy() is not None or widget is page.scroll:
            continue
        if isinstance(widget, QRadioButton) and widget.objectName().endswith("#no"):
            continue
        out.append(widget)
    return out


def test_every_page_by_tab_alone_in_the_order_seen_with_the_focus_visible(qtbot):
    answers = example_answers("student-first-permit")
    answers["children"] = [{"family_name": "Doe", "first_names": "Ann"},
                           {"family_name": "Doe", "first_names": "Ben"}]
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    while window.current_id != "packet":
        fill_page(qtbot, window, answers)
        page = window.pages[window.current_id]
        window.show_page(window.current_id)  # focus on the heading again
        seen, after = _walk_by_tab(qtbot, window)
        assert after is window.save_button or after is window.next_button, window.current_id
        missed = [w.objectName() or w.accessibleName() for w in _stops_seen_on(page)
                  if w not in seen]
        assert not missed, f"{window.current_id}: Tab never reached {missed}"
        for before, now in zip(seen, seen[1:], strict=False):
            a, b = _page_rect(page, before), _page_rect(page, now)
            assert b.bottom() > a.top(), (window.current_id, before.objectName(),
                                          now.objectName())
        here = window.current_id
        click(qtbot, window.next_button)
        assert window.current_id != here
    packet = window.pages["packet"]
    qtbot.waitUntil(lambda: packet.view.print_button.isEnabled(), timeout=60000)
    packet.heading().setFocus()
    seen, after = _walk_by_tab(qtbot, window)
    names = [w.objectName() for w in seen]
    assert names.index("printPacket") < names.index("finish") and names[0] != "finish", names
    assert after is window.back_button  # Save has its own button on this page


# --- order and names (issue 18 points 4 and 5) ------------------------------------------------


def _family_with_two_children(qtbot, lang="en"):
    window = open_window(qtbot, lang)
    click(qtbot, window.welcome.start_button)
    window.show_page("family")
    children = window.pages["family"].fields["children"]
    click(qtbot, children.add_button)
    click(qtbot, children.add_button)
    return window, children


def _names(field):
    return [w.accessibleName() for w in field.findChildren(QWidget)
            if w.accessibleName() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def test_row_controls_say_their_row_and_option_also_after_a_language_switch(qtbot):
    window, children = _family_with_two_children(qtbot)
    second = {w.path.rsplit(".", 1)[1]: w for w in children.rows[1][1]}
    assert _names(second["lives_in_germany"]) == ["Child 2: Lives in Germany: Yes",
                                                  "Child 2: Lives in Germany: No"]
    assert "Child 2: Date of birth: choose the date in a calendar" in \
        _names(second["date_of_birth"])
    first_button = children.rows[0][1][3].button.accessibleName()
    assert first_button.startswith("Child 1:")  # the calendar buttons differ by row
    nationality = second["nationalities"]
    assert nationality.combo.lineEdit().accessibleName() == "Child 2: Nationality"
    window.set_language("de")
    QApplication.processEvents()  # Qt's own language-change events come too
    names = _names(second["lives_in_germany"])
    assert names[0].startswith("Kind 2: ") and names[0].endswith(": Ja"), names
    assert nationality.combo.lineEdit().accessibleName().startswith("Kind 2: ")
    window.set_language("en")


def test_a_rows_calendar_is_named_after_its_row_and_field(qtbot):
    window, children = _family_with_two_children(qtbot)
    birth = children.rows[0][1][3]
    birth.open_calendar()
    assert birth.calendar.accessibleName() == "Child 1: Date of birth"
    assert birth.calendar.windowTitle() == "Child 1: Date of birth"
    birth.calendar.reject()
    assert birth.calendar is None


def test_an_open_calendar_closes_when_the_session_ends(qtbot):
    window, birth, calendar = _calendar_of_birth(qtbot, "en", (1990, 5, 17))
    window.reset()  # the idle timeout or Finish: nothing of this person may stay on screen
    assert birth.calendar is None and not calendar.isVisible()
    assert birth.edit.text() == ""


def _calendar_of_birth(qtbot, lang, day):
    """The date of birth's calendar opened from the keyboard (Space on its button) on `day`."""
    from datetime import date

    from PySide6.QtCore import QDate

    window = open_window(qtbot, lang)
    click(qtbot, window.welcome.start_button)
    window.show_page("person")
    birth = window.pages["person"].fields["person.date_of_birth"]
    birth.set_value(date(*day))
    birth.button.setFocus()
    qtbot.keyClick(birth.button, Qt.Key.Key_Space)
    calendar = birth.calendar
    assert calendar is not None, "Space on the calendar button opened nothing"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is calendar.button_for(QDate(*day)),
                    timeout=2000)
    return window, birth, calendar


def _spoken(widget):
    """The name a screen reader says for `widget` (Qt's accessibility interface)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _key_in_calendar(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    qtbot.keyClick(focus, key, modifier)
    return _spoken(QApplication.focusWidget()) if QApplication.focusWidget() else ""


@pytest.mark.parametrize(("lang", "first", "chosen"), [
    ("de", "Sonntag, 1. März 2026", "Dienstag, 24. März 2026"),
    ("en", "Sunday, 1 March 2026", "Tuesday, 24 March 2026"),
    ("ar", "الأحد، ١ مارس ٢٠٢٦", "الثلاثاء، ٢٤ مارس ٢٠٢٦"),
    ("fa", "یکشنبه ۱ مارس ۲۰۲۶", "سه\u200cشنبه ۲۴ مارس ۲۰۲۶"),
])
def test_calendar_days_are_named_by_their_full_date(qtbot, lang, first, chosen):
    window, birth, calendar = _calendar_of_birth(qtbot, lang, (2026, 3, 24))
    names = [_spoken(b) for b in calendar.day_buttons()]
    assert len(names) == 31 and len(set(names)) == 31
    assert names[0] == first and names[23] == chosen
    assert not [n for n in names if n.strip().isdigit()]  # never a bare "24"
    assert _spoken(QApplication.focusWidget()) == chosen  # where the keys start
    assert _spoken(calendar) == birth.spoken_label()  # the dialog is named after its field
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    window.set_language("en")


def test_calendar_keys_move_by_day_week_month_and_year_and_enter_takes_the_day(qtbot):
    window, birth, calendar = _calendar_of_birth(qtbot, "en", (2026, 3, 24))
    assert _key_in_calendar(qtbot, Qt.Key.Key_Right) == "Wednesday, 25 March 2026"
    assert _key_in_calendar(qtbot, Qt.Key.Key_Down) == "Wednesday, 1 April 2026"
    assert calendar.shown_month() == (2026, 4)
    assert _key_in_calendar(qtbot, Qt.Key.Key_Up) == "Wednesday, 25 March 2026"
    assert _key_in_calendar(qtbot, Qt.Key.Key_Left) == "Tuesday, 24 March 2026"
    assert _key_in_calendar(qtbot, Qt.Key.Key_PageDown) == "Friday, 24 April 2026"
    assert _key_in_calendar(qtbot, Qt.Key.Key_PageUp,
                            Qt.KeyboardModifier.ShiftModifier) == "Thursday, 24 April 2025"
    assert _key_in_calendar(qtbot, Qt.Key.Key_End) == "Wednesday, 30 April 2025"
    assert _key_in_calendar(qtbot, Qt.Key.Key_Home) == "Tuesday, 1 April 2025"
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert birth.calendar is None and not calendar.isVisible()
    assert birth.edit.text() == "01/04/2025"
    assert QApplication.focusWidget() is birth.edit or window.focusWidget() is birth.edit


def test_calendar_escape_keeps_the_date_and_tab_passes_one_day(qtbot):
    window, birth, calendar = _calendar_of_birth(qtbot, "en", (2026, 3, 24))
    stops = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        stops.append(_spoken(QApplication.focusWidget()))
    assert stops[:5] == ["Month before", "March", "Year", "Month after",
                         "Tuesday, 24 March 2026"], stops  # Tab leaves the month in one step
    # the month list's name is its value on Linux: its label says what it is
    labels = QAccessible.queryAccessibleInterface(calendar.month).relations(
        QAccessible.RelationFlag.Label)
    assert [iface.text(QAccessible.Text.Name) for iface, _ in labels] == ["Month"]
    _key_in_calendar(qtbot, Qt.Key.Key_Right)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Escape)
    assert birth.calendar is None
    assert birth.edit.text() == "24/03/2026"


def test_calendar_arrows_follow_the_days_right_to_left_in_arabic(qtbot):
    from datetime import date

    window, birth, calendar = _calendar_of_birth(qtbot, "ar", (2026, 3, 24))
    assert calendar.isRightToLeft()
    assert _key_in_calendar(qtbot, Qt.Key.Key_Left) == "الأربعاء، ٢٥ مارس ٢٠٢٦"
    assert _key_in_calendar(qtbot, Qt.Key.Key_Right) == "الثلاثاء، ٢٤ مارس ٢٠٢٦"
    today = calendar.button_for(calendar.current)
    tomorrow = calendar.button_for(calendar.current.addDays(1))
    assert tomorrow.x() < today.x()  # the next day is seen to the left
    _key_in_calendar(qtbot, Qt.Key.Key_Left)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # Space takes it too
    assert birth.calendar is None
    assert birth.value() == date(2026, 3, 25)
    window.set_language("en")


def test_labels_come_before_their_field_and_help_after_it_in_the_tree(qtbot):
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    window.show_page("person")
    family = window.pages["person"].fields["person.family_name"]
    siblings = family.parentWidget().children()
    assert siblings.index(family.label_widget) < siblings.index(family)
    inside = family.children()
    assert inside.index(family.edit) < inside.index(family.help_label) < \
        inside.index(family.problems)


def test_go_to_says_its_finding_and_lands_on_its_field(qtbot):
    from ui.inputs import ProblemItem

    answers = example_answers("student-first-permit")
    answers["health_insurance.kind"] = "none"
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    while window.current_id != "review":
        fill_page(qtbot, window, answers)
        click(qtbot, window.next_button)
    review = window.pages["review"]
    names = []
    for item in review.findChildren(ProblemItem):
        goto = [b for b in item.parentWidget().findChildren(QWidget)
                if b.objectName().startswith("goto:")]
        if goto:
            assert item.problem.text in goto[0].accessibleName()
            names.append(goto[0].accessibleName())
    assert len(names) == len(set(names)), "two 'Go to' buttons have one name"
    health = window.pages["finances"].fields["health_insurance.kind"]
    target = next(b for b in review.findChildren(QWidget)
                  if b.objectName() == "goto:finances" and b.isVisible()
                  and health.problems.items()[0].problem.text in b.accessibleName())
    click(qtbot, target)
    assert window.current_id == "finances"
    assert QApplication.focusWidget() is health.focus_widget()


def test_one_why_per_finding_on_a_page(qtbot):
    answers = example_answers("student-first-permit")
    answers["finances.monthly_means"] = 100
    window = open_window(qtbot)
    click(qtbot, window.welcome.start_button)
    while window.current_id != "review":
        fill_page(qtbot, window, answers)
        page = window.pages[window.current_id]
        shown = [b.accessibleName() for w in getattr(page, "fields", {}).values()
                 for b in w.problems.why_buttons() if b.isVisible()]
        assert len(shown) == len(set(shown)), (window.current_id, shown)
        click(qtbot, window.next_button)


def test_every_country_has_a_name_in_each_language_in_its_script(qtbot):
    """The names come from the ISO 3166 catalogues (pycountry) and ui/countries.py's
    corrections; a country without a translation would keep its English name. In the languages
    of other scripts that shows as a name in Latin letters only: there must be none. (German
    and Turkish names are in Latin letters anyway: a fallback cannot be told from them.)"""
    from ui import i18n
    from ui.countries import countries

    english = dict(countries("en"))
    for lang in ("de", "uk", "ar", "ru", "tr", "fa"):
        i18n.set_language(lang)
        names = dict(countries(lang))
        assert set(names) == set(english) and all(n.strip() for n in names.values()), lang
        if lang in ("uk", "ar", "ru", "fa"):
            latin = sorted(c for c, n in names.items() if n.isascii() or all(
                ch.isascii() or not ch.isalpha() or "\u00c0" <= ch <= "\u024f" for ch in n))
            assert latin == [], f"{lang}: English names kept for {latin}"
    i18n.set_language("en")


def test_a_language_chosen_on_the_packet_page_rebuilds_the_packet_and_its_preview(qtbot):
    import re

    from wizard_driver import packet_text, walk_to_packet

    window = open_window(qtbot)
    walk_to_packet(qtbot, window, example_answers("student-first-permit"))
    page = window.pages["packet"]
    english = packet_text(qtbot, window)
    assert not re.search("[\u0600-\u06ff]", english)
    spoken = page.state.text()
    window.set_language("ar")
    arabic = packet_text(qtbot, window)
    assert re.search("[\u0600-\u06ff]", arabic), "the packet stayed in English"
    qtbot.waitUntil(lambda: page.view.page_count() == page.packet.page_count, timeout=10000)
    assert page.view.pdf_bytes() == page.packet.pdf  # the preview shows the new packet
    assert page.state.text() != spoken
    window.set_language("en")


@pytest.mark.parametrize("persona_name", ["student-first-permit", "extension-near-expiry"])
def test_a_whole_journey_by_keyboard_alone(qtbot, persona_name):
    """Space on Start, every answer by Tab and keys (wizard_driver.key_in), Enter in the last
    field or Alt+Right to go on: the packet page, no mouse."""
    import sys
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).parent / "journeys"))
    from personas import PERSONAS
    from wizard_driver import key_in, settle

    from ui.pages import FormPage

    persona = next(p for p in PERSONAS if p.name == persona_name)
    window = open_window(qtbot, persona.lang)
    press(qtbot, Qt.Key.Key_Space)  # "Start" has the focus
    seen = [window.current_id]
    while window.current_id != "packet":
        page = window.pages[window.current_id]
        if isinstance(page, FormPage):
            for widget in page.inputs_all():
                if widget.path in persona.answers:
                    settle(qtbot, window)
                    if not widget.isHidden():
                        key_in(qtbot, window, widget, persona.answers[widget.path])
        settle(qtbot, window)
        before = window.current_id
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
        assert window.current_id != before, (before, window.status.text())
        seen.append(window.current_id)
        assert len(seen) < 40, seen
    assert QApplication.focusWidget() is window.pages["packet"].heading()
    window.set_language("en")
