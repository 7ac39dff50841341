"""Help texts and messages meet WCAG AA (issue 16, point 3): text 4.5:1 against the page, the
borders that mark a problem 3:1, on a light and on a dark palette."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from wizard_driver import make_window

from assistant.casefile import load_case
from ui.contrast import BORDER_AA, TEXT_AA, contrast, luminance, style
from ui.inputs import ProblemItem


def test_contrast_is_computed_as_wcag_says():
    assert contrast(QColor("black"), QColor("white")) == pytest.approx(21.0)
    assert contrast(QColor("#777777"), QColor("white")) == pytest.approx(4.48, abs=0.01)
    assert luminance(QColor("white")) == pytest.approx(1.0)


def dark_palette() -> QPalette:
    palette = QPalette()
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.WindowText, "#e8eaed"),
                         (QPalette.ColorRole.Base, "#2a2b2e"),
                         (QPalette.ColorRole.Text, "#e8eaed"),
                         (QPalette.ColorRole.Button, "#303134"),
                         (QPalette.ColorRole.ButtonText, "#e8eaed"),
                         (QPalette.ColorRole.Mid, "#3c4043")):
        palette.setColor(role, QColor(colour))
    return palette


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    original = QApplication.palette()
    if request.param == "dark":
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(original)


def text_colour(label: QLabel) -> QColor:
    return label.palette().color(QPalette.ColorRole.WindowText)


def test_help_texts_and_messages_are_readable(qtbot, palette):
    window = make_window(qtbot, "en")
    answers = load_case(EXAMPLES / "student-first-permit.json")
    window.show_case(answers.model_copy(update={"passport": None}))
    background = window.palette().color(QPalette.ColorRole.Window)
    checked = []
    for page_id in ("person", "passport", "finances", "work", "review"):
        window.show_page(page_id)
        qtbot.wait(10)
        page = window.pages[page_id]
        labels = [w for w in page.findChildren(QLabel, "help") if w.isVisible()]
        labels += [item.label for item in page.findChildren(ProblemItem) if item.isVisible()]
        for label in labels:
            ratio = contrast(text_colour(label), background)
            checked.append(label)
            assert ratio >= TEXT_AA, f"{page_id}: {label.text()[:40]!r} {ratio:.2f}"
    assert any(w.objectName() == "help" for w in checked)
    assert any(w.parent().objectName().startswith("problem_") for w in checked)
    # the status banner has its own background (window.STYLE): its text is read against that
    status = window.status
    status.ensurePolished()
    banner = status.palette().color(QPalette.ColorRole.Window)
    assert contrast(text_colour(status), banner) >= TEXT_AA, banner.name()


def test_problem_borders_stand_out(qapp, palette):
    background = qapp.palette().color(QPalette.ColorRole.Window)
    rules = style(qapp.palette())
    for line in rules.splitlines():
        if "border:" in line:
            colour = QColor(line.split()[-2].rstrip(";"))
            assert contrast(colour, background) >= BORDER_AA, line
