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

from ..fonts import BOLD, REGULAR
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


BANNER_Y = PAGE_SIZE[1] - 10 * mm
BANNER_SIZE = 9.5


def draw_banner(canvas: Canvas, parts: tuple[str, ...]) -> None:
    """A line across the top of the page in the blocker colour: German, then the applicant's
    language ("Nicht zur Abgabe bereit … / Not ready to hand in …"), centred as a whole."""
    from .styles import BLOCKER

    canvas.saveState()
    canvas.setFont(BOLD, BANNER_SIZE)
    canvas.setFillColor(BLOCKER)
    shown = [parts[0]]
    if len(parts) > 1:
        other = parts[1]
        shown += ["  /  ", visual(other) if has_rtl(other) else other]
    widths = [stringWidth(p, BOLD, BANNER_SIZE) for p in shown]
    x = (PAGE_SIZE[0] - sum(widths)) / 2
    for part, w in zip(shown, widths, strict=True):
        canvas.drawString(x, BANNER_Y, part)
        x += w
    canvas.restoreState()


def numbered_canvas(numbering: Numbering, lang: str,
                    banner: tuple[str, ...] | None = None) -> type[Canvas]:
    """A canvas class (for `doc.build(..., canvasmaker=...)`) that puts the packet's page number
    on every page; `numbering` maps a page of this document to its number in the packet. With
    `banner` (German text, and the applicant's language), that line goes across the top of
    every page too."""

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
                if banner:
                    draw_banner(self, banner)
                super().showPage()
            super().save()

    return NumberedCanvas
