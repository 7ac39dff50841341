"""Drives the real wizard with keyboard and mouse events, as a person would (pytest-qt)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from conftest import EXAMPLES
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from assistant.casefile import load_case
from assistant.interview import answers_from_case, interview, is_empty
from ui import i18n
from ui.countries import country_name
from ui.inputs import (
    CheckInput,
    CountriesInput,
    CountryInput,
    DateInput,
    EnumInput,
    FieldInput,
    ListInput,
    MultilineInput,
    NumberInput,
    PickInput,
    YesNoInput,
    date_pattern,
)
from ui.pages import FormPage
from ui.window import MainWindow

TODAY = date(2026, 11, 22)  # the day the examples are written for


def example_answers(name: str) -> dict[str, Any]:
    case = load_case(EXAMPLES / f"{name}.json")
    return answers_from_case(case, interview().all_fields())


def make_window(qtbot: Any, lang: str = "en") -> MainWindow:
    i18n.set_language(lang)
    window = MainWindow(today=TODAY, lang=lang)
    qtbot.addWidget(window)
    window.resize(1024, 700)
    window.show()
    window.load_interview()
    return window


def click(qtbot: Any, widget: Any) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_step(qtbot: Any, window: MainWindow, row: int) -> None:
    """Click a row of the list of steps."""
    steps = window.steps
    rect = steps.visualItemRect(steps.item(row))
    qtbot.mouseClick(steps.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def type_text(qtbot: Any, widget: Any, text: str) -> None:
    """Key presses for `text`; letters beyond ASCII (Ş, ü, Arabic) as key events carrying the
    character, as an input method sends them (QTest's keyClicks handles ASCII only)."""
    for ch in text:
        if ch.isascii():
            qtbot.keyClicks(widget, ch)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))


def _replace_text(qtbot: Any, edit: Any, text: str) -> None:
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    type_text(qtbot, edit, text)


def _choose_country(qtbot: Any, box: Any, code: str, lang: str) -> None:
    """Type the country's name; where the name alone fits several countries ("Kongo"), pick it
    from the suggestions with Down and Enter."""
    name = country_name(code, lang)
    _replace_text(qtbot, box.lineEdit(), name)
    if box.code() == code:
        return
    qtbot.keyClick(box, Qt.Key.Key_Down)
    popup = box.completer().popup()
    for _ in range(popup.model().rowCount()):
        if popup.currentIndex().data() == name:
            qtbot.keyClick(popup, Qt.Key.Key_Return)
            return
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    raise AssertionError(f"{box.objectName()}: {name!r} is not among the suggestions")


def enter(qtbot: Any, widget: FieldInput, value: Any) -> None:
    """Put `value` into an input with key presses and clicks."""
    lang = i18n.current_language()
    if isinstance(widget, ListInput):
        for row in value:
            click(qtbot, widget.add_button)
            for item in widget.rows[-1][1]:
                row_value = row.get(item.path.rsplit(".", 1)[1])
                if not is_empty(row_value):
                    enter(qtbot, item, row_value)
        return
    if isinstance(widget, CountriesInput):
        _choose_country(qtbot, widget.combo, value[0], lang)
        if len(value) > 1:
            _choose_country(qtbot, widget.second, value[1], lang)
        return
    if isinstance(widget, CountryInput):
        _choose_country(qtbot, widget.combo, value, lang)
        return
    if isinstance(widget, EnumInput):
        combo = widget.combo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        for _ in range(combo.count()):
            if combo.currentData() == value:
                return
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        raise AssertionError(f"{widget.path}: no choice {value!r}")
    if isinstance(widget, PickInput):  # a listed answer's code, else "Other" and the text
        combo = widget.combo
        combo.setFocus()
        qtbot.keyClick(combo, Qt.Key.Key_Home)
        wanted = value if widget.answers.answer(value) is not None else PickInput.OTHER
        for _ in range(combo.count()):
            if combo.currentData() == wanted:
                break
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        if wanted == PickInput.OTHER:
            _replace_text(qtbot, widget.typed_widget(), str(value))
        assert widget.value() == value, (widget.path, widget.value())
        return
    if isinstance(widget, YesNoInput):
        click(qtbot, widget.yes if value else widget.no)
        return
    if isinstance(widget, CheckInput):
        if widget.value() != bool(value):
            widget.box.setFocus()
            qtbot.keyClick(widget.box, Qt.Key.Key_Space)
        return
    if isinstance(widget, DateInput):
        text = QDate(value.year, value.month, value.day).toString(date_pattern(lang))
        _replace_text(qtbot, widget.edit, text)
        return
    if isinstance(widget, NumberInput):
        number = int(value) if float(value).is_integer() else value
        _replace_text(qtbot, widget.edit, str(number))
        return
    if isinstance(widget, MultilineInput):
        widget.edit.setFocus()
        type_text(qtbot, widget.edit, str(value))
        return
    _replace_text(qtbot, widget.focus_widget(), str(value))


def settle(qtbot: Any, window: MainWindow) -> None:
    """Wait until the debounced check after the last key press has run, then show the messages
    of the field still being typed in (which wait until the person stops or leaves it)."""
    qtbot.waitUntil(lambda: not window.check_pending(), timeout=2000)
    window.flush()


def fill_page(qtbot: Any, window: MainWindow, answers: dict[str, Any]) -> None:
    page = window.pages[window.current_id]
    if not isinstance(page, FormPage):
        return
    done: set[str] = set()
    for _round in range(4):  # answers may make further fields apply
        todo = [w for w in page.visible_fields()
                if w.path not in done and not is_empty(answers.get(w.path))]
        if not todo:
            break
        for widget in todo:
            done.add(widget.path)
            if widget.value() != answers[widget.path]:
                enter(qtbot, widget, answers[widget.path])
        settle(qtbot, window)


def press_next(qtbot: Any, window: MainWindow) -> str:
    before = window.current_id
    click(qtbot, window.next_button)
    return before


def walk_to_packet(qtbot: Any, window: MainWindow, answers: dict[str, Any]) -> list[str]:
    """Start, fill every page that comes, press Next, until the packet page. Returns the pages."""
    click(qtbot, window.welcome.start_button)
    seen = [window.current_id]
    while window.current_id != "packet":
        fill_page(qtbot, window, answers)
        before = press_next(qtbot, window)
        if window.current_id == before:
            problems = [p.text for p in window.problems_on(before)]
            raise AssertionError(f"stuck on {before}: {window.status.text()} {problems}")
        seen.append(window.current_id)
        assert len(seen) < 40
    return seen


def packet_text(qtbot: Any, window: MainWindow) -> str:
    from io import BytesIO

    from pypdf import PdfReader

    page = window.pages["packet"]
    qtbot.waitUntil(lambda: page.packet is not None, timeout=60000)
    reader = PdfReader(BytesIO(page.packet.pdf))
    return "\n".join(p.extract_text() or "" for p in reader.pages)


def focus_chain(window: MainWindow) -> list[Any]:
    """The widgets Tab visits, from the language choice round to it again."""
    start = window.language_combo
    start.setFocus()
    QApplication.processEvents()
    chain = []
    widget = start.nextInFocusChain()
    while widget is not start and len(chain) < 2000:
        if widget.isVisible() and widget.isEnabled() and \
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


# --- the keyboard, as a person uses it (tests/journeys) ------------------------------------------
# Every key goes where a person's key press goes: to the open pop-up (a list of suggestions) if
# there is one, else to the widget with the keyboard focus. Nothing is set directly.


def open_window(qtbot: Any, lang: str = "en") -> MainWindow:
    """An empty window in the foreground, as the program starts: nothing loaded, the first page
    shown, the keyboard focus in the window."""
    window = make_window(qtbot, lang)
    activate(qtbot, window)
    return window


def activate(qtbot: Any, window: MainWindow) -> None:
    """Bring the window to the front with the keyboard, as the window manager does.

    The offscreen platform ignores activation requests once an earlier test's window was closed
    while it was active (the application stays "active" with no window in front); the window is
    then made the active one directly."""
    window.windowHandle().requestActivate()
    try:
        qtbot.waitUntil(window.isActiveWindow, timeout=200)
    except Exception:  # noqa: BLE001 - pytest-qt's TimeoutError
        QApplication.setActiveWindow(window)
    assert window.isActiveWindow(), "the window cannot be brought to the front"


def keyboard_back(qtbot: Any) -> None:
    """When a pop-up closes, the window manager gives the keyboard back to the window. The
    offscreen platform activates the closed pop-up instead, a moment later; the window is then
    activated again here (its focus widget stays what it was)."""
    QApplication.processEvents()
    active = QApplication.activeWindow()
    if QApplication.activePopupWidget() is None and not isinstance(active, MainWindow):
        front = [w for w in QApplication.topLevelWidgets()
                 if isinstance(w, MainWindow) and w.isVisible()]
        if front:
            activate(qtbot, front[0])


def key_target(qtbot: Any) -> Any:
    """Where a key press goes: the open pop-up, else the focus widget of the window in front."""
    popup = QApplication.activePopupWidget()
    if popup is not None:
        return popup
    keyboard_back(qtbot)
    target = QApplication.focusWidget()
    assert target is not None, "no widget has the keyboard focus"
    return target


def press(qtbot: Any, key: Qt.Key,
          modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(key_target(qtbot), key, modifier)


def type_keys(qtbot: Any, text: str) -> None:
    """Type `text` into whatever has the keyboard focus (see `type_text`)."""
    for ch in text:
        type_text(qtbot, key_target(qtbot), ch)


def describe(widget: Any) -> str:
    if widget is None:
        return "nothing"
    name = widget.accessibleName() or widget.objectName() or ""
    return f"{type(widget).__name__} '{name}'"


def tab_to(qtbot: Any, window: MainWindow, target: Any, limit: int = 200) -> None:
    """Press Tab until `target` has the keyboard focus. Fails if Tab leaves the page (or never
    gets there): the tab order must lead through the page to every input on it."""
    keyboard_back(qtbot)
    page = window.stack.currentWidget()
    start = QApplication.focusWidget()
    was_on_page = start is not None and page.isAncestorOf(start)
    path: list[str] = []
    for _ in range(limit):
        focused = QApplication.focusWidget()
        if focused is target:
            return
        path.append(describe(focused))
        on_page = focused is not None and page.isAncestorOf(focused)
        if was_on_page and not on_page:
            raise AssertionError(f"Tab from {describe(start)} left the page at "
                                 f"{describe(focused)} before reaching {describe(target)}: "
                                 f"{' > '.join(path)}")
        was_on_page = was_on_page or on_page
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {describe(target)}")


def choose_with_arrows(qtbot: Any, combo: Any, value: str) -> None:
    """In a drop-down that has the focus: Down until the choice with `value` shows."""
    for _ in range(combo.count()):
        if combo.currentData() == value:
            return
        press(qtbot, Qt.Key.Key_Down)
    raise AssertionError(f"{combo.objectName()}: the arrow keys never showed {value!r}")


def pick_suggestion(qtbot: Any, window: MainWindow, combo: Any, typed: str, wanted: str,
                    downs: int = 5) -> None:
    """In a searchable list that has the focus: type part of a name, look at the suggestions
    (the live check runs meanwhile), press Down until `wanted` is highlighted, then Enter."""
    type_keys(qtbot, typed)
    settle(qtbot, window)  # a person reads the suggestions: the debounced check runs
    popup = combo.completer().popup() if combo.completer() is not None else None
    seen: list[str] = []
    for _ in range(downs):
        press(qtbot, Qt.Key.Key_Down)
        if popup is not None and popup.isVisible():
            highlighted = str(popup.currentIndex().data() or "")
        else:
            highlighted = combo.currentText()
        seen.append(highlighted)
        if highlighted == wanted:
            press(qtbot, Qt.Key.Key_Return)
            keyboard_back(qtbot)
            return
    raise AssertionError(f"{combo.objectName()}: typing {typed!r} and pressing Down highlighted "
                         f"{seen}, never {wanted!r}")


def next_page(qtbot: Any, window: MainWindow, by_keys: bool = False) -> str:
    """Next with the mouse (or Alt+Right); fails, saying why, if the page does not change."""
    before = window.current_id
    if by_keys:
        press(qtbot, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    else:
        click(qtbot, window.next_button)
    if window.current_id == before:
        page = window.pages[before]
        problems = [item.problem.text for w in page.inputs() for item in w.problems.items()]
        raise AssertionError(f"Next did not leave '{before}': {window.status.text()!r} "
                             f"{problems}")
    return window.current_id


@dataclass(frozen=True)
class Country:
    """A country as a person picks it: the letters typed, then the entry chosen from the list."""

    code: str
    typed: str


def key_in(qtbot: Any, window: MainWindow, widget: FieldInput, value: Any) -> None:
    """Tab to an input and answer it with the keyboard: type text, numbers and dates, choose
    with the arrow keys, tick with Space, pick countries from the suggestions."""
    lang = i18n.current_language()
    if isinstance(widget, ListInput):
        for row in value:
            tab_to(qtbot, window, widget.add_button)
            press(qtbot, Qt.Key.Key_Space)
            for item in widget.rows[-1][1]:
                name = item.path.rsplit(".", 1)[1]
                if not is_empty(row.get(name)):
                    key_in(qtbot, window, item, row[name])
        return
    tab_to(qtbot, window, widget.focus_widget())
    if isinstance(widget, CountriesInput):
        countries = list(value)
        assert all(isinstance(c, Country) for c in countries), widget.path
        pick_suggestion(qtbot, window, widget.combo, countries[0].typed,
                        country_name(countries[0].code, lang))
        if len(countries) > 1:
            tab_to(qtbot, window, widget.second)
            pick_suggestion(qtbot, window, widget.second, countries[1].typed,
                            country_name(countries[1].code, lang))
        assert widget.value() == [c.code for c in countries], (widget.path, widget.value())
    elif isinstance(widget, CountryInput):
        assert isinstance(value, Country), widget.path
        pick_suggestion(qtbot, window, widget.combo, value.typed, country_name(value.code, lang))
        assert widget.value() == value.code, (widget.path, widget.value())
    elif isinstance(widget, EnumInput):
        choose_with_arrows(qtbot, widget.combo, value)
    elif isinstance(widget, PickInput):  # a listed answer, else "Other" and Tab to type it
        if widget.answers.answer(value) is not None:
            choose_with_arrows(qtbot, widget.combo, value)
        else:
            choose_with_arrows(qtbot, widget.combo, PickInput.OTHER)
            tab_to(qtbot, window, widget.typed_widget())
            type_keys(qtbot, str(value))
        assert widget.value() == value, (widget.path, widget.value())
    elif isinstance(widget, YesNoInput):
        if value is False:  # the arrow towards "no", which is left of "yes" right to left
            press(qtbot, Qt.Key.Key_Left if widget.isRightToLeft() else Qt.Key.Key_Right)
        press(qtbot, Qt.Key.Key_Space)
        assert widget.value() is value, (widget.path, widget.value())
    elif isinstance(widget, CheckInput):
        if widget.value() != bool(value):
            press(qtbot, Qt.Key.Key_Space)
    elif isinstance(widget, DateInput):
        type_keys(qtbot, QDate(value.year, value.month, value.day).toString(date_pattern(lang)))
        assert widget.value() == value, (widget.path, widget.value())
    elif isinstance(widget, NumberInput):
        type_keys(qtbot, str(value))
    else:
        type_keys(qtbot, str(value))
