"""Fitting a value into its box: shrink down to a readable minimum, else say where it went.

Lines stay in logical order (as typed); each is measured as it is drawn (`shaping.drawn`: a line
with Arabic or Persian letters joined and set right to left)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth

from ..shaping import drawn

# Tried in this order when a value does not fit; narrow boxes get the shorter wording.
OVERFLOW_MARKERS = ("siehe Anlage / see continuation sheet", "siehe Anlage", "s. Anlage")
LEADING = 1.18
PAD = 1.5
MAX_STEPS = 200  # sizes tried by `fit`, in steps of 0.5 pt


def drawn_width(text: str, font: str, size: float) -> float:
    """The width of one line as it is drawn (shaped, if it has right-to-left letters)."""
    return stringWidth(drawn(text), font, size)


@dataclass(frozen=True)
class Fitted:
    lines: tuple[str, ...]
    size: float
    leading: float


def fit(text: str, font: str, width: float, height: float | None, size: float,
        min_size: float, max_lines: int = 1, leading: float | None = None) -> Fitted | None:
    """The largest size (steps of 0.5 pt) at which `text` fits, or None.

    `height` None means the box is as high as `max_lines` lines of `leading` (flat forms: the
    ruled line is given, not a box)."""
    avail_w = width - 2 * PAD
    if not all(math.isfinite(v) for v in (width, size, min_size, height or 0.0, leading or 0.0)):
        return None
    s = size
    # at most MAX_STEPS sizes are tried, whatever the sizes asked for (a profile's checks keep
    # them between 4 and 36 pt; this loop must end even without them)
    for _step in range(MAX_STEPS):
        if s < min_size - 1e-9:
            break
        lead = leading or s * LEADING
        if height is not None:
            if max_lines == 1:
                ok_h = s * 1.12 <= height
            else:
                ok_h = True
            lines_fit = max(1, int((height - 1) // lead)) if max_lines > 1 else 1
        else:
            ok_h, lines_fit = True, max_lines
        if ok_h:
            if lines_fit == 1 or max_lines == 1:
                if "\n" not in text and drawn_width(text, font, s) <= avail_w:
                    return Fitted((text,), s, lead)
            else:
                lines: list[str] = []
                for para in text.split("\n"):
                    lines.extend(simpleSplit(para, font, s, avail_w) or [""])
                if len(lines) <= lines_fit and all(
                    drawn_width(line, font, s) <= avail_w for line in lines
                ):
                    return Fitted(tuple(lines), s, lead)
        s -= 0.5
    return None


def fit_marker(font: str, width: float, height: float | None, size: float,
               min_size: float, leading: float | None = None) -> Fitted:
    for marker in OVERFLOW_MARKERS:
        fitted = fit(marker, font, width, height, size, min(min_size, 5.0), 1, leading)
        if fitted:
            return fitted
    return Fitted((OVERFLOW_MARKERS[-1],), min(min_size, 5.0), leading or 6.0)
