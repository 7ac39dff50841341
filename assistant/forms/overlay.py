"""Filling a flat PDF (a form without fields): values drawn on an overlay, merged page by page."""

from __future__ import annotations

import io
from dataclasses import dataclass

from pypdf import PdfReader, PdfWriter
from reportlab.pdfgen import canvas

from ..fonts import register_fonts
from ..shaping import drawn
from .fit import Fitted


@dataclass
class PlacedText:
    page: int  # 0-based
    x: float
    y: float  # baseline of the first line
    fitted: Fitted


@dataclass
class PlacedMark:
    page: int
    x: float  # centre of the cross
    y: float
    size: float


def render_overlay(page_sizes: list[tuple[float, float]], texts: list[PlacedText],
                   marks: list[PlacedMark]) -> bytes:
    regular, _ = register_fonts()
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1, pageCompression=1)
    for index, size in enumerate(page_sizes):
        c.setPageSize(size)
        for t in (t for t in texts if t.page == index):
            c.setFont(regular, t.fitted.size)
            y = t.y
            for line in t.fitted.lines:
                c.drawString(t.x, y, drawn(line))  # shaped, right to left
                y -= t.fitted.leading
        c.setLineWidth(1.2)
        for m in (m for m in marks if m.page == index):
            h = m.size / 2
            c.line(m.x - h, m.y - h, m.x + h, m.y + h)
            c.line(m.x - h, m.y + h, m.x + h, m.y - h)
        c.showPage()
    c.save()
    return buf.getvalue()


def merge(template: PdfReader, overlay: bytes) -> PdfWriter:
    writer = PdfWriter(clone_from=template)
    over = PdfReader(io.BytesIO(overlay))
    for page, layer in zip(writer.pages, over.pages, strict=True):
        page.merge_page(layer)
    return writer
