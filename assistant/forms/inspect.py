"""`forms inspect`: what a profile writer needs to know about a PDF form: its checksum, an
AcroForm's fields (with tooltips, options and checkbox on-states) and a copy of its pages with
each field's name in its box, or a flat PDF's copy with a coordinate grid."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

from pypdf import PdfReader, PdfWriter
from reportlab.lib import colors
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ..errors import FormError
from ..fonts import register_fonts
from ..reading import MAX_PDF_BYTES, read_regular_file
from . import acroform, overlay


def read_pdf(path: Path) -> PdfReader:
    data = read_regular_file(path, MAX_PDF_BYTES, "PDF form", FormError)
    return acroform.open_pdf(data, str(path))


def file_sha256(path: Path) -> str:
    """The SHA-256 checksum of a file, as `[form.template] sha256` wants it."""
    return hashlib.sha256(read_regular_file(path, MAX_PDF_BYTES, "PDF form", FormError)
                          ).hexdigest()


def _states_text(info: acroform.FieldInfo) -> str:
    """What a profile writes for a checkbox or radio group: its on-state or its options."""
    if info.type == "checkbox" and info.states:
        return (f"on-state: {info.states[0]} (options = {{ true = \"{info.states[0]}\" }})"
                if len(info.states) == 1 else f"on-states: {', '.join(info.states)}")
    if info.states:
        return f"options: {', '.join(info.states)}"
    return ""


def field_table(reader: PdfReader) -> list[str]:
    """One line per field widget: name, type, page (1-based), rectangle x1 y1 x2 y2, the
    tooltip (what the form calls the field) and a checkbox's on-state or a group's options."""
    lines = []
    for info in acroform.fields_of(reader).values():
        states = _states_text(info)
        for w, own in zip(info.widgets, _widget_states(info), strict=True):
            x1, y1, x2, y2 = w.rect
            shown = f"option {own} (of {', '.join(info.states)})" if own else states
            lines.append(f"{info.name}\t{info.type}\tpage {w.page + 1}\t"
                         f"[{x1:.1f} {y1:.1f} {x2:.1f} {y2:.1f}]\t{info.label}\t{shown}"
                         .rstrip("\t"))
    return lines


def _widget_states(info: acroform.FieldInfo) -> list[str]:
    """The state each widget stands for (a radio group's buttons one each, as do the boxes of
    a checkbox with several on-states), or ''."""
    several = info.type == "radio" or (info.type == "checkbox" and len(info.states) > 1)
    if several and len(info.states) == len(info.widgets):
        return list(info.states)
    return [""] * len(info.widgets)


def fields_copy(reader: PdfReader) -> bytes:
    """The pages without their fields, each field's box outlined in blue with its name inside
    (a radio button's name with `= option`), set as large as fits, never below 3 pt: a picture
    of which field is where."""
    regular, _ = register_fonts()
    fields = acroform.fields_of(reader)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    by_page: dict[int, list[tuple[str, tuple[float, float, float, float]]]] = {}
    for info in fields.values():
        for w, state in zip(info.widgets, _widget_states(info), strict=True):
            label = f"{info.name} = {state}" if state else info.name
            by_page.setdefault(w.page, []).append((label, w.rect))
    buf = io.BytesIO()
    c = canvas.Canvas(buf, invariant=1)
    for index, (w, h) in enumerate(sizes):
        c.setPageSize((w, h))
        for label, (x1, y1, x2, y2) in by_page.get(index, []):
            c.setStrokeColor(colors.Color(0.1, 0.3, 0.9))
            c.setFillColor(colors.Color(0.85, 0.9, 1, alpha=0.5))
            c.setLineWidth(0.5)
            c.rect(x1, y1, x2 - x1, y2 - y1, stroke=1, fill=1)
            size = min(8.0, max(3.0, (y2 - y1) * 0.7))
            width = stringWidth(label, regular, size)
            x, y = x1 + 1, y1 + max(0.5, (y2 - y1 - size * 0.76) / 2)
            if width > x2 - x1 - 2:
                size = max(3.0, size * (x2 - x1 - 2) / width)
            if size < 4.5:  # a small box (a checkbox, a radio button): the name beside it
                size = 5.0
                width = stringWidth(label, regular, size)
                x, y = x2 + 1, y2 - size * 0.76
                c.setFillColor(colors.Color(1, 1, 1, alpha=0.85))
                c.rect(x - 0.5, y - 1.4, width + 1, size + 0.8, stroke=0, fill=1)
            c.setFillColor(colors.Color(0.05, 0.15, 0.6))
            c.setFont(regular, size)
            c.drawString(x, y, label)
        c.showPage()
    c.save()
    writer = PdfWriter(clone_from=reader)
    writer.remove_annotations(subtypes="/Widget")
    if "/AcroForm" in writer.root_object:
        del writer.root_object["/AcroForm"]
    layers = PdfReader(io.BytesIO(buf.getvalue()))
    for page, layer in zip(writer.pages, layers.pages, strict=True):
        page.merge_page(layer)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


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
