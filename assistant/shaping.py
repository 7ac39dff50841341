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

import unicodedata
from functools import cache
from typing import TYPE_CHECKING

from .fonts import BOLD, REGULAR, has_glyph

if TYPE_CHECKING:
    import arabic_reshaper

__all__ = ["clean", "drawn", "has_rtl", "shape", "visual"]


def has_rtl(text: str) -> bool:
    """True if the text has a letter of a right-to-left script (Arabic, Persian, Hebrew)."""
    return any(unicodedata.bidirectional(ch) in ("R", "AL") for ch in text)


# Invisible direction marks (Babel puts some into Arabic and Persian dates and amounts). The bidi
# algorithm has used them by the time a line is drawn; some have no glyph in the font.
_BIDI_CONTROLS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
                                       "\u2066\u2067\u2068\u2069"))


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


def shape(text: str, keep_controls: bool = False) -> str:
    """The text with its Arabic letters in their joined forms, still in logical order, each a
    glyph of the program's font (where it has the letter at all). `keep_controls`: the direction
    marks stay for the bidi algorithm (an embedded Latin run, see sources.embed_ltr)."""
    if not has_rtl(text):
        return text
    shaped = _reshaper().reshape(text)
    shaped = shaped.translate(_MARKS) if keep_controls else clean(shaped)
    return "".join(_as_font_has(ch) for ch in shaped)


# The marks dropped before the bidi algorithm even when the embeddings are kept: Babel puts them
# into Arabic and Persian dates, which are drawn as typed (08/01/2027).
_MARKS = dict.fromkeys(map(ord, "\u200e\u200f\u061c\u2066\u2067\u2068\u2069"))


def visual(text: str, base_dir: str | None = "R") -> str:
    """One line of right-to-left text as drawn: letters joined (shaped), order reversed (bidi).
    `base_dir` "R": a paragraph in a right-to-left language; None: the direction of its first
    letter (a value on a form: a Latin address with an Arabic name in it stays left to right)."""
    from bidi.algorithm import get_display

    return clean(get_display(shape(text, keep_controls=True), base_dir=base_dir))


def drawn(text: str) -> str:
    """One line of a value as a form draws it: shaped and reordered if it has right-to-left
    letters, else unchanged."""
    return visual(text, base_dir=None) if has_rtl(text) else text
