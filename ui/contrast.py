"""Colours that stay readable: WCAG 2.1 contrast (AA: 4.5:1 for text, 3:1 for the borders that
mark a problem), computed from the palette in use, light or dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette

TEXT_AA = 4.5
BORDER_AA = 3.0
# the borders that mark problems (window.STYLE), by severity
BLOCKER_BORDER = "#b3261e"
WARNING_BORDER = "#8a5a00"


def luminance(colour: QColor) -> float:
    """Relative luminance (WCAG 2.1)."""
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    return (0.2126 * channel(colour.redF()) + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF()))


def contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def muted(text: QColor, background: QColor, minimum: float = TEXT_AA + 0.2) -> QColor:
    """A quieter shade of `text` for help texts: as close to `background` as it may come while
    its contrast stays above `minimum` (a little above AA, for rounding)."""
    best = QColor.fromRgbF(text.redF(), text.greenF(), text.blueF())  # (a copy constructor
    # would build PySide6's Qt namespace before the first frame, see tests/test_startup.py)
    for step in range(1, 20):
        share = step / 20
        mixed = QColor.fromRgbF(text.redF() + (background.redF() - text.redF()) * share,
                                text.greenF() + (background.greenF() - text.greenF()) * share,
                                text.blueF() + (background.blueF() - text.blueF()) * share)
        if contrast(mixed, background) < minimum:
            break
        best = mixed
    return best


def readable(colour: QColor, background: QColor, minimum: float) -> QColor:
    """`colour`, or black or white where it would not stand out from `background` enough."""
    if contrast(colour, background) >= minimum:
        return colour
    black, white = QColor("black"), QColor("white")
    return black if contrast(black, background) >= contrast(white, background) else white


def style(palette: QPalette) -> str:
    """The style sheet rules whose colours depend on the palette: help texts and problem borders
    (readable on the window's background)."""
    background = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    help_colour = muted(text, background)
    blocker = readable(QColor(BLOCKER_BORDER), background, BORDER_AA)
    warning = readable(QColor(WARNING_BORDER), background, BORDER_AA)
    info = muted(text, background, BORDER_AA + 0.2)
    rules = [f"QLabel#help {{ color: {help_colour.name()}; }}",
             f"QFrame#problem_blocker {{ border: 2px solid {blocker.name()}; }}",
             f"QFrame#problem_warning {{ border: 2px dashed {warning.name()}; }}",
             f"QFrame#problem_info {{ border: 1px dotted {info.name()}; }}",
             "QFrame#problem_blocker, QFrame#problem_warning, QFrame#problem_info "
             "{ border-radius: 4px; }"]
    return "\n".join(rules) + "\n"
