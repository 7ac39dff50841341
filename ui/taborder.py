"""The Tab order, set where widgets are made (issues 18 and 19).

Qt orders Tab by when widgets joined the window: a page, a row of a list or a "Why?" button
added after Back and Next would come after them. Whoever adds widgets places their Tab stops
here, right where they are seen: `place_after` an anchor or `place_before` one. Only the new
widgets (and at most a few neighbours) are looked at, never every widget of the window.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

LOOK_BACK = 400  # widgets without a Tab stop (labels) passed when looking for the stop before


def is_stop(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus)


def stops_in(container: QWidget) -> list[QWidget]:
    """The Tab stops inside `container`, in its own order: the widgets made inside it follow it
    in the focus chain until the first one that is not inside it."""
    out: list[QWidget] = []
    widget = container.nextInFocusChain()
    while widget is not container and container.isAncestorOf(widget):
        if is_stop(widget):
            out.append(widget)
        widget = widget.nextInFocusChain()
    return out


def stop_before(widget: QWidget) -> QWidget | None:
    """The nearest Tab stop before `widget` in the focus chain."""
    other = widget.previousInFocusChain()
    for _ in range(LOOK_BACK):
        if other is widget:
            return None
        if is_stop(other):
            return other
        other = other.previousInFocusChain()
    return None


def place_after(anchor: QWidget, widgets: Iterable[QWidget]) -> None:
    """Tab goes from `anchor` to `widgets` in their order, then on to what followed `anchor`."""
    previous = anchor
    for widget in widgets:
        if widget is previous or not is_stop(widget):
            continue
        QWidget.setTabOrder(previous, widget)
        previous = widget


def place_before(anchor: QWidget, widgets: Iterable[QWidget]) -> None:
    """Tab reaches `widgets` in their order right before `anchor`."""
    widgets = [w for w in widgets if w is not anchor]
    previous = stop_before(anchor)
    for _ in widgets:
        if previous is None or previous not in widgets:
            break
        previous = stop_before(previous)
    if previous is not None:
        place_after(previous, widgets)
