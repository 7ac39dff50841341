"""The continuation sheet ("Anlage"): every value that did not fit the form, in full."""

from __future__ import annotations

import io
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ..fonts import register_fonts
from .values import Overflow

MARGIN = 18 * mm
VALUE_SIZE = 10.0
LABEL_SIZE = 8.0
GREY = colors.Color(0.35, 0.35, 0.35)


def render_sheet(entries: Sequence[Overflow], form_title_de: str, form_title_en: str,
                 applicant: str) -> bytes:
    """A4 pages listing each entry's bilingual label and its full value (wrapped at spaces)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Anlage / Continuation sheet")
    draw_sheet(c, entries, form_title_de, form_title_en, applicant)
    c.save()
    return buf.getvalue()


def draw_sheet(c: canvas.Canvas, entries: Sequence[Overflow], form_title_de: str,
               form_title_en: str, applicant: str) -> int:
    """Draw the sheet's pages on `c` (after any pages it already has); returns their count."""
    regular, bold = register_fonts()
    width, height = A4
    text_w = width - 2 * MARGIN
    pages: list[list[tuple[str, float, str, float]]] = [[]]  # (font, size, text, y)
    y = height - MARGIN - 62

    def line(font: str, size: float, text: str, advance: float) -> None:
        nonlocal y
        if y - advance < MARGIN + 20:
            pages.append([])
            y = height - MARGIN - 30
        pages[-1].append((font, size, text, y - size))
        y -= advance

    for entry in entries:
        label = f"{entry.label_de} / {entry.label_en}" if entry.label_en else entry.label_de
        value_lines: list[str] = []
        for para in entry.value.split("\n"):
            value_lines.extend(simpleSplit(para, regular, VALUE_SIZE, text_w - 8) or [""])
        if y - (LABEL_SIZE + 4 + 2 * VALUE_SIZE * 1.3) < MARGIN + 20:
            pages.append([])
            y = height - MARGIN - 30
        for label_line in simpleSplit(label, bold, LABEL_SIZE, text_w):
            line(bold, LABEL_SIZE, label_line, LABEL_SIZE + 3)
        for value_line in value_lines:
            line(regular, VALUE_SIZE, value_line, VALUE_SIZE * 1.3)
        y -= 8

    c.setPageSize(A4)
    total = len(pages)
    for index, page in enumerate(pages):
        top = height - MARGIN
        if index == 0:
            c.setFont(bold, 13)
            c.drawString(MARGIN, top - 13, "Anlage zum Antrag — Fortsetzungsblatt")
            c.setFont(regular, 10)
            c.drawString(MARGIN, top - 26, "Continuation sheet to the application")
            c.setFont(regular, 7.5)
            c.setFillColor(GREY)
            c.drawString(MARGIN, top - 38, f"{form_title_de} / {form_title_en}")
            c.setFillColor(colors.black)
            c.setFont(bold, 8.5)
            who = "Antragsteller / Applicant: "
            c.drawString(MARGIN, top - 50, who)
            c.setFont(regular, 8.5)
            c.drawString(MARGIN + stringWidth(who, bold, 8.5), top - 50, applicant)
            c.setLineWidth(0.6)
            c.line(MARGIN, top - 55, width - MARGIN, top - 55)
        else:
            c.setFont(regular, 7.5)
            c.setFillColor(GREY)
            c.drawString(MARGIN, top - 8, "Anlage zum Antrag — Fortsetzungsblatt / Continuation "
                         f"sheet — {applicant}")
            c.setFillColor(colors.black)
        for font, size, text, ty in page:
            c.setFont(font, size)
            c.drawString(MARGIN + (4 if font == regular else 0), ty, text)
        c.setLineWidth(0.4)
        c.line(MARGIN, MARGIN - 4, width - MARGIN, MARGIN - 4)
        c.setFont(regular, 7)
        c.drawRightString(width - MARGIN, MARGIN - 13,
                          f"Anlage Seite {index + 1} von {total} / Continuation page {index + 1} "
                          f"of {total}")
        c.showPage()
    return total
