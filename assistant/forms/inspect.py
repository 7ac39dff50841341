"""`forms inspect`: what a profile writer needs to know about a PDF form."""

from __future__ import annotations

import io
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib import colors
from reportlab.pdfgen import canvas

from ..errors import FormError
from ..fonts import register_fonts
from . import acroform, overlay


def read_pdf(path: Path) -> PdfReader:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FormError(f"{path}: no such file") from None
    except OSError as exc:
        raise FormError(f"{path}: cannot be read ({exc.strerror})") from None
    return acroform.open_pdf(data, str(path))


def field_table(reader: PdfReader) -> list[str]:
    """One line per field widget: name, type, page (1-based), rectangle x1 y1 x2 y2."""
    lines = []
    for info in acroform.fields_of(reader).values():
        for w in info.widgets:
            x1, y1, x2, y2 = w.rect
            extra = f"  options: {', '.join(info.states)}" if info.states else ""
            lines.append(f"{info.name}\t{info.type}\tpage {w.page + 1}\t"
                         f"[{x1:.1f} {y1:.1f} {x2:.1f} {y2:.1f}]{extra}")
    return lines


def grid_copy(reader: PdfReader, step: float = 10.0) -> bytes:
    """The pages with a coordinate grid: thin lines every `step` pt, labelled every 50 pt."""
    regular, _ = register_fonts()
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for w, h in sizes:
        c.setPageSize((w, h))
        n = 0
        while n * step <= max(w, h):
            v = n * step
            major = n % 5 == 0
            c.setStrokeColor(colors.Color(0.9, 0.1, 0.1, alpha=0.55 if major else 0.18))
            c.setLineWidth(0.4 if major else 0.2)
            if v <= w:
                c.line(v, 0, v, h)
            if v <= h:
                c.line(0, v, w, v)
            if major:
                c.setFillColor(colors.Color(0.8, 0, 0))
                c.setFont(regular, 5)
                for pos in range(0, int(max(w, h)), 100):
                    if v <= w and pos <= h:
                        c.drawString(v + 1, pos + 2, f"x{v:g}")
                    if v <= h and pos <= w:
                        c.drawString(pos + 2, v + 1, f"y{v:g}")
            n += 1
        c.showPage()
    c.save()
    out = io.BytesIO()
    overlay.merge(reader, buf.getvalue()).write(out)
    return out.getvalue()
