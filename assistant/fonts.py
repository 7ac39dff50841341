"""The one type family of everything the program prints: DejaVu Sans, shipped in resources/fonts.

DejaVu Sans covers Latin (with Latin Extended and Vietnamese), Greek, Cyrillic, Arabic and
Persian, so every name and every translation prints as letters, never as boxes. The font files
ship with the program (their licence allows it), so output does not depend on what fonts the
machine has. reportlab embeds only the glyphs used (subsetting), which keeps PDFs small.
"""

from __future__ import annotations

import threading
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from .paths import RESOURCES

if TYPE_CHECKING:
    from reportlab.pdfbase.ttfonts import TTFontFile

FONT_DIR = RESOURCES / "fonts"
REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
FAMILY = "DejaVu"
FONT_FILES: dict[str, Path] = {
    REGULAR: FONT_DIR / "DejaVuSans.ttf",
    BOLD: FONT_DIR / "DejaVuSans-Bold.ttf",
}


_SUBSETTING = threading.Lock()


def _one_subset_at_a_time(face: TTFontFile) -> None:
    """reportlab's font file reader keeps one read position, and a PDF being saved cuts the
    subsets it embeds from the shared font's file: two threads saving at once (a packet worker
    and the window filling a form) would read from each other's positions and fail or embed
    wrong glyphs. Each subset is cut alone."""
    make = face.makeSubset

    def locked(subset: list[int]) -> bytes:
        with _SUBSETTING:
            return make(subset)

    face.makeSubset = locked  # type: ignore[method-assign]


@cache
def register_fonts() -> tuple[str, str]:
    """Register the fonts with reportlab once; returns (regular, bold) font names."""
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    for name, path in FONT_FILES.items():
        font = TTFont(name, str(path))
        _one_subset_at_a_time(font.face)
        pdfmetrics.registerFont(font)
    addMapping(FAMILY, 0, 0, REGULAR)
    addMapping(FAMILY, 1, 0, BOLD)
    addMapping(FAMILY, 0, 1, REGULAR)
    addMapping(FAMILY, 1, 1, BOLD)
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


@cache
def _cmap(font: str) -> dict[int, int]:
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    return pdfmetrics.getFont(font).face.charToGlyph


def has_glyph(ch: str, font: str = REGULAR) -> bool:
    """True if the font can draw the character `ch`."""
    return ord(ch) in _cmap(font)


def missing_glyphs(text: str, font: str = REGULAR) -> set[str]:
    """Characters of `text` the font cannot draw (whitespace ignored)."""
    return {ch for ch in text if not ch.isspace() and not has_glyph(ch, font)}
