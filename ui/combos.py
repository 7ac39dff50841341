"""Drop-down lists that change only when a person means it (issue 16 point 4).

`ChoiceBox`: the mouse wheel over a list that has no keyboard focus scrolls the page, it never
changes the choice. `LanguageBox` (the language of the window): the arrow keys and the wheel do
not switch the language either; Down, Space or Enter open the list, and only a choice in the
opened list (Enter or a click) changes it.
"""

from __future__ import annotations

from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QComboBox, QWidget

# Qt's namespace is imported where it is used: the language box is made before the first frame,
# which comes sooner without it (tests/test_startup.py).


class ChoiceBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.no_wheel_focus()

    def no_wheel_focus(self) -> None:
        """The wheel gives no focus (Qt's default for a combo box would)."""
        from PySide6.QtCore import Qt

        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        if not self.hasFocus():
            event.ignore()  # the page scrolls
            return
        super().wheelEvent(event)


def _open_keys() -> set[int]:
    from PySide6.QtCore import Qt

    key = Qt.Key
    return {key.Key_Down, key.Key_Up, key.Key_PageDown, key.Key_PageUp, key.Key_Home,
            key.Key_End, key.Key_Return, key.Key_Enter, key.Key_Space}


class LanguageBox(QComboBox):
    """Made before the first frame, so nothing of Qt's enums is touched until it is used."""

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt API
        event.ignore()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in _open_keys():
            self.showPopup()  # the choice is made in the list
            event.accept()
            return
        if event.text() and event.text().isprintable():
            event.accept()  # typing a letter would select a language without asking
            return
        super().keyPressEvent(event)
