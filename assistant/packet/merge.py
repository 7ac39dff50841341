"""Putting the packet together with pypdf: the parts in order, one outline entry per part,
"Seite x von y / page x of y" on the pages we typeset, and metadata without personal data."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ..fonts import REGULAR, register_fonts
from .i18n import AUTHORITY_LANGUAGE, t
from .styles import MUTED, PAGE_SIZE, bilingual, has_rtl, visual

PRODUCER = "permit-assistant-saxony"
FOOTER_Y = 9 * mm
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class PartPdf:
    """One part's PDF before merging."""

    key: str  # cover, form, checklist, fees, timeline, findings
    title: str  # the outline entry
    pdf: bytes | None  # None: the part's pages are inside a shared PDF (see `pages`)
    typeset: bool  # typeset by us: gets page numbers
    pages: tuple[int, int] | None = None  # (first, count) within `pdf` or the shared PDF
    shared: str = ""  # key of the shared PDF in `merge(..., shared=...)`


@dataclass(frozen=True)
class MergedPart:
    key: str
    title: str
    first_page: int  # 0-based index in the packet
    page_count: int
    typeset: bool


def footer_text(page: int, pages: int, lang: str) -> str:
    text = t("footer.page", AUTHORITY_LANGUAGE, page=page, pages=pages)
    if bilingual(lang):
        text += " / " + t("footer.page", lang, page=page, pages=pages)
    return text


def _footer_overlay(numbers: Sequence[int], total: int, lang: str) -> PdfReader:
    """A PDF with one page per stamped page, holding only its page number line."""
    register_fonts()
    buf = BytesIO()
    canvas = Canvas(buf, pagesize=PAGE_SIZE, invariant=1, pageCompression=1)
    width = PAGE_SIZE[0]
    for number in numbers:
        canvas.setFont(REGULAR, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
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
        canvas.showPage()
    canvas.save()
    return PdfReader(BytesIO(buf.getvalue()))


def merge(parts: Sequence[PartPdf], shared: dict[str, bytes], lang: str,
          title: str) -> tuple[bytes, list[MergedPart]]:
    """Merge the parts in order into one A4 PDF; returns its bytes and where each part is."""
    writer = PdfWriter()
    readers: dict[str, PdfReader] = {k: PdfReader(BytesIO(v)) for k, v in shared.items()}
    merged: list[MergedPart] = []
    for part in parts:
        if part.pdf is not None:
            reader = PdfReader(BytesIO(part.pdf))
            first, count = (0, len(reader.pages)) if part.pages is None else part.pages
        else:
            reader = readers[part.shared]
            assert part.pages is not None
            first, count = part.pages
        start = len(writer.pages)
        if count:
            writer.append(reader, pages=(first, first + count), import_outline=False)
        merged.append(MergedPart(part.key, part.title, start, count, part.typeset))

    total = len(writer.pages)
    stamped = [i for m in merged if m.typeset for i in range(m.first_page,
                                                              m.first_page + m.page_count)]
    overlay = _footer_overlay([i + 1 for i in stamped], total, lang)
    for index, overlay_page in zip(stamped, overlay.pages, strict=True):
        writer.pages[index].merge_page(overlay_page)

    for m in merged:
        if m.page_count:
            writer.add_outline_item(title=m.title, page_number=m.first_page)
    writer.page_mode = "/UseOutlines"
    # Document information: a title and the program; never a name or other personal data.
    writer.add_metadata({"/Title": title, "/Creator": PRODUCER, "/Producer": PRODUCER})
    writer._root_object[NameObject("/Lang")] = TextStringObject(AUTHORITY_LANGUAGE)
    out = BytesIO()
    writer.write(out)
    return out.getvalue(), merged
