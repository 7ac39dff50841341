"""Page numbers drawn while typesetting: "Seite x von y / page x of y" at the foot of every page
we typeset, counted in the whole packet (the form's pages, printed between the cover and the
checklist, are counted but carry their own numbers).

The total is known only when the document is finished, so the canvas keeps each page's drawing
until `save` and then adds the footer to every page before writing it (the page layout is done
once, not twice).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..fonts import REGULAR
from .i18n import AUTHORITY_LANGUAGE, t
from .styles import MUTED, PAGE_SIZE, bilingual, has_rtl, visual

FOOTER_Y = 9 * mm
FOOTER_SIZE = 7.5


def footer_text(page: int, pages: int, lang: str) -> str:
    text = t("footer.page", AUTHORITY_LANGUAGE, page=page, pages=pages)
    if bilingual(lang):
        text += " / " + t("footer.page", lang, page=page, pages=pages)
    return text


def draw_footer(canvas: Canvas, number: int, total: int, lang: str) -> None:
    """The page number line, centred at the foot of an A4 page."""
    canvas.saveState()
    canvas.setFont(REGULAR, FOOTER_SIZE)
    canvas.setFillColor(MUTED)
    width = PAGE_SIZE[0]
    de = t("footer.page", AUTHORITY_LANGUAGE, page=number, pages=total)
    if bilingual(lang):
        other = t("footer.page", lang, page=number, pages=total)
        other = visual(other) if has_rtl(other) else other
        # "Seite x von y  /  page x of y", centred as a whole.
        parts = [de, "  /  ", other]
        widths = [stringWidth(p, REGULAR, FOOTER_SIZE) for p in parts]
        x = (width - sum(widths)) / 2
        for part, w in zip(parts, widths, strict=True):
            canvas.drawString(x, FOOTER_Y, part)
            x += w
    else:
        canvas.drawCentredString(width / 2, FOOTER_Y, de)
    canvas.restoreState()


# (document page index, document page count) -> (packet page number, packet page total)
Numbering = Callable[[int, int], tuple[int, int]]


def numbered_canvas(numbering: Numbering, lang: str) -> type[Canvas]:
    """A canvas class (for `doc.build(..., canvasmaker=...)`) that puts the packet's page number
    on every page; `numbering` maps a page of this document to its number in the packet."""

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._pages)
            for index, state in enumerate(self._pages):
                self.__dict__.update(state)
                draw_footer(self, *numbering(index, count), lang)
                super().showPage()
            super().save()

    return NumberedCanvas
