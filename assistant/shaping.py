"""Right-to-left text (Arabic, Persian) as it is drawn: one function for the packet and the forms.

PDF text is drawn glyph after glyph from left to right, and reportlab neither joins Arabic letters
nor reorders a line. So a line of text with right-to-left letters is shaped first (each letter in
its joined form, arabic-reshaper) and then reordered for display (Unicode bidi algorithm,
python-bidi). The shaper is set up for the program's font (DejaVu Sans, assistant.fonts): it makes
only the ligatures whose every form the font has (lam with alef, but not "Allah", U+FDF2, which
DejaVu Sans lacks), and a letter form the font lacks is drawn as the letter itself.

The logical text (as typed) stays what the program stores and what a form field's value holds;
only what is drawn is shaped. The shaper and the bidi algorithm are loaded when a text first needs
them: filling a form with Latin names does not wait for them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from .fonts import BOLD, REGULAR, has_glyph

if TYPE_CHECKING:
    import arabic_reshaper

__all__ = ["clean", "drawn", "has_rtl", "joined", "reorder", "shape", "visual"]


# The blocks that hold every right-to-left letter (Hebrew to Arabic Extended, the presentation
# forms, the historic scripts; the right-to-left mark is of that class too): text without a
# character of them (most text) is found at once.
_RTL_BLOCKS = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff"
                         "\U00010800-\U00010fff\U0001e800-\U0001efff]")


def has_rtl(text: str) -> bool:
    """True if the text has a letter of a right-to-left script (Arabic, Persian, Hebrew)."""
    return _RTL_BLOCKS.search(text) is not None and any(
        unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# Invisible direction marks (Babel puts some into Arabic and Persian dates and amounts). The bidi
# algorithm has used them by the time a line is drawn; some have no glyph in the font.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                                       "\u2066\u2067\u2068\u2069"))


_ISOLATES_AS_EMBEDDINGS = str.maketrans({"\u2066": "\u202a", "\u2067": "\u202b",
                                         "\u2068": "\u202a", "\u2069": "\u202c"})


def clean(text: str) -> str:
    """The text without invisible direction marks."""
    return text.translate(_BIDI_CONTROLS)


def _drawable(ch: str) -> bool:
    """Both faces of the program's font (the packet prints names in bold too) have `ch`."""
    return has_glyph(ch, REGULAR) and has_glyph(ch, BOLD)


@cache
def _reshaper() -> arabic_reshaper.ArabicReshaper:
    """arabic-reshaper making exactly the ligatures the font can draw."""
    import arabic_reshaper
    from arabic_reshaper.ligatures import LIGATURES

    config: dict[str, bool] = {
        name: all(_drawable(form) for form in forms if form) for name, (_, forms) in LIGATURES
    }
    return arabic_reshaper.ArabicReshaper(configuration=config)


def _as_font_has(ch: str) -> str:
    """A letter form the font lacks (U+FBA6, heh goal, say) as its letter (U+06C1)."""
    if _drawable(ch):
        return ch
    base = unicodedata.normalize("NFKC", ch)
    return base if base != ch and all(_drawable(b) for b in base) else ch


def _joined(text: str) -> str:
    """The text with its Arabic letters in their joined forms, its direction marks kept."""
    return "".join(_as_font_has(ch) for ch in _reshaper().reshape(text))


def shape(text: str) -> str:
    """The text with its Arabic letters in their joined forms, still in logical order, each a
    glyph of the program's font (where it has the letter at all); without direction marks (what
    is measured)."""
    if not has_rtl(text):
        return text
    return clean(_joined(text))


def joined(text: str) -> str:
    """The text with its Arabic letters in their joined forms, in logical order, its direction
    marks kept: what `reorder` takes, line by line (a paragraph is shaped once, then broken)."""
    return _joined(text) if has_rtl(text) else text


def reorder(shaped: str, base_dir: str | None = "R") -> str:
    """One line of shaped text (`joined`) in display order, without direction marks."""
    from bidi.algorithm import get_display

    return clean(get_display(shaped.translate(_ISOLATES_AS_EMBEDDINGS), base_dir=base_dir))


def visual(text: str, base_dir: str | None = "R") -> str:
    """One line of right-to-left text as drawn: letters joined (shaped), order reversed (bidi).
    `base_dir` "R": a paragraph in a right-to-left language; None: the direction of its first
    letter (a value on a form: a Latin address with an Arabic name in it stays left to right)."""
    # The direction marks (a Latin run embedded left to right, assistant.sources.embed_ltr) are
    # read by the bidi algorithm and dropped only after it: they have no glyphs.
    # (python-bidi's algorithm knows embeddings, not isolates: an isolate is read as embedding.)
    return reorder(joined(text.translate(_ISOLATES_AS_EMBEDDINGS)), base_dir)


def drawn(text: str) -> str:
    """One line of a value as a form draws it: shaped and reordered if it has right-to-left
    letters, else unchanged."""
    return visual(text, base_dir=None) if has_rtl(text) else text
