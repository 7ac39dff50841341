"""What a screen reader reads, page by page, in English and Arabic (issue 18 point 5).

The assertions run on Qt's own accessibility interface (`QAccessible.queryAccessibleInterface`),
the objects Qt's AT-SPI bridge serves on Linux: every focusable object has a name, each page has
an object with the heading role named after the page, the window's title names the step, a bad
entry marks its field (its description begins with the problem), and a status message is sent as
an announcement. tests/test_atspi.py runs the same walk over the real AT-SPI bus where one can be
started.
"""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QWidget
from wizard_driver import click, example_answers, fill_page, open_window, settle, type_text

from ui.pages import FormPage

STEP = {"en": "Step {n} of {total}: ", "ar": "الخطوة {n} من {total}: "}



@pytest.fixture(autouse=True)
def _english_first():
    """Each test starts in English (those that switch switch back at their end, while their
    window is open: pytest-qt closes it before fixtures end)."""
    from ui import i18n

    i18n.set_language("en")


def tree(root: Any) -> list[Any]:
    """Every accessible object under `root`, in the order a screen reader reads them."""
    out: list[Any] = []
    todo = [QAccessible.queryAccessibleInterface(root)]
    while todo and len(out) < 20000:
        iface = todo.pop(0)
        if iface is None or not iface.isValid():
            continue
        obj = iface.object()
        if isinstance(obj, QWidget) and not obj.isVisible():
            continue  # a hidden page, a closed list: not read
        out.append(iface)
        todo[0:0] = [iface.child(i) for i in range(iface.childCount())]
    return out


def shown(iface: Any) -> bool:
    state = iface.state()
    return not state.invisible and not state.offscreen


def unnamed_focusable(window: Any) -> list[str]:
    """The focusable objects a screen reader would meet without a name."""
    out = []
    for iface in tree(window):
        state = iface.state()
        if state.focusable and shown(iface) and not state.disabled and \
                not iface.text(QAccessible.Text.Name).strip():
            obj = iface.object()
            out.append(f"{iface.role().name} {obj.objectName() if obj else ''}")
    return out


def headings(window: Any) -> list[str]:
    return [iface.text(QAccessible.Text.Name) for iface in tree(window)
            if iface.role() == QAccessible.Role.Heading and shown(iface)]


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_every_page_read_through_qt_accessibility(qtbot, lang):
    answers = example_answers("student-first-permit")
    window = open_window(qtbot, lang)
    assert unnamed_focusable(window) == []
    click(qtbot, window.welcome.start_button)
    ids = window.page_ids()
    visited = []
    while True:
        page_id = window.current_id
        page = window.pages[page_id]
        visited.append(page_id)
        number = ids.index(page_id) + 1
        assert window.windowTitle().startswith(
            STEP[lang].format(n=number, total=len(ids)) + page.title_text()), page_id
        assert headings(window) == [page.title_text()], page_id
        assert QAccessible.queryAccessibleInterface(
            window.focusWidget()).role() == QAccessible.Role.Heading, page_id
        fill_page(qtbot, window, answers)
        assert unnamed_focusable(window) == [], page_id
        if page_id == "packet":
            break
        click(qtbot, window.next_button)
        assert window.current_id != page_id
    assert visited[-2:] == ["review", "packet"] and len(visited) == len(ids) - 1
    window.set_language("en")


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_a_bad_entry_and_a_status_message_are_spoken(qtbot, lang):
    window = open_window(qtbot, lang)
    click(qtbot, window.welcome.start_button)
    before = window.status.announcements()
    click(qtbot, window.next_button)  # nothing chosen: "Please answer"
    assert window.status.announcements() == before + 1
    banner = QAccessible.queryAccessibleInterface(window.status)
    assert banner.text(QAccessible.Text.Name) == window.status.text() != ""
    window.show_page("person")
    page = window.pages["person"]
    assert isinstance(page, FormPage)
    birth = page.fields["person.date_of_birth"]
    birth.edit.setFocus()
    type_text(qtbot, birth.edit, "99.99.x")
    settle(qtbot, window)
    assert birth.is_invalid()
    edit = QAccessible.queryAccessibleInterface(birth.edit)
    description = edit.text(QAccessible.Text.Description)
    problem = birth.problems.items()[0]
    assert description.startswith(f"{problem.severity_word()} {problem.problem.text}")
    assert edit.text(QAccessible.Text.Name) == birth.label_text()
    # a list is named by its value on Linux: its label relation carries the question
    kind = window.pages["application"].fields["application.kind"]
    labels = QAccessible.queryAccessibleInterface(kind.combo).relations(
        QAccessible.RelationFlag.Label)
    assert [iface.text(QAccessible.Text.Name) for iface, _flag in labels] == [kind.label_text()]
    assert not edit.state().invisible and edit.role() == QAccessible.Role.EditableText
    assert window.isRightToLeft() == (lang == "ar")
    window.set_language("en")
