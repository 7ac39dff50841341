"""Text scales with the system font size without clipping: with the font one and a half times
its size, at the smallest window the design allows (1024x700), no label on any page is cut
off and the header still shows the whole title and mode, in German and in Arabic."""

from __future__ import annotations

import pytest
from conftest import EXAMPLES
from PySide6.QtGui import Qt  # QtGui adds Qt.mightBeRichText
from PySide6.QtWidgets import QApplication, QLabel
from wizard_driver import make_window

from assistant.casefile import load_case


@pytest.fixture
def large_font(qapp):
    font = qapp.font()
    original = QApplication.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    qapp.setFont(font)
    yield
    qapp.setFont(original)


def clipped_labels(window) -> list[str]:
    out = []
    for label in window.findChildren(QLabel):
        if not label.isVisible() or not label.text() or not label.wordWrap():
            continue
        name = label.objectName() or label.text()[:40]
        needed = label.heightForWidth(label.width())
        if needed > label.height() + 1:
            out.append(f"{name!r}: {label.height()} < {needed} px high")
        rich = label.textFormat() == Qt.TextFormat.RichText or (
            label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(label.text()))
        if not rich:
            metrics = label.fontMetrics()
            longest = max((metrics.horizontalAdvance(w) for w in label.text().split()), default=0)
            if longest > label.contentsRect().width() + 1:
                out.append(f"{name!r}: a word is wider than the label ({longest} px)")
    return out


@pytest.mark.parametrize("lang", ["de", "ar"])
def test_no_label_is_clipped_with_a_large_system_font(qtbot, large_font, lang):
    window = make_window(qtbot, lang)
    window.show_case(load_case(EXAMPLES / "student-first-permit.json"))
    problems = []
    for page_id in window.page_ids():
        if page_id == "packet":
            continue
        window.show_page(page_id)
        qtbot.wait(10)
        problems += [f"{page_id}: {p}" for p in clipped_labels(window)]
    assert problems == []
    header = [window.app_title, window.mode_label]
    assert all(label.heightForWidth(label.width()) <= label.height() + 1 for label in header)
