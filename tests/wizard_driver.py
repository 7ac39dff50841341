"""Drives the real wizard with keyboard and mouse events, as a person would (pytest-qt)."""

from __future__ import annotations

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
    """Wait until the debounced check after the last key press has run."""
    qtbot.waitUntil(lambda: not window.check_pending(), timeout=2000)


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
