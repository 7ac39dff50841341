"""Putting the packet together with pypdf: the parts in order, one outline entry per part, and
metadata without personal data. The page numbers are drawn while typesetting
(see numbering.py), so merging only copies pages: each source PDF is read once and its shared
objects (fonts) are copied once, however many parts come from it, and the packet is written once.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from io import BytesIO

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, TextStringObject

from .i18n import AUTHORITY_LANGUAGE

PRODUCER = "permit-assistant-saxony"


@dataclass(frozen=True)
class PartPdf:
    """One part of the packet: a page range of one of the source PDFs."""

    key: str  # cover, form, checklist, fees, timeline, findings
    title: str  # the outline entry
    source: str  # key of the PDF in `merge(..., sources=...)`
    pages: tuple[int, int]  # (first, count) within that PDF
    typeset: bool  # typeset by us (numbered "Seite x von y"); False for the form


@dataclass(frozen=True)
class MergedPart:
    key: str
    title: str
    first_page: int  # 0-based index in the packet
    page_count: int
    typeset: bool


def merge(parts: Sequence[PartPdf], sources: dict[str, bytes], lang: str,
          title: str) -> tuple[bytes, list[MergedPart]]:
    """Merge the parts in order into one A4 PDF; returns its bytes and where each part is."""
    writer = PdfWriter()
    readers = {k: PdfReader(BytesIO(v)) for k, v in sources.items()}
    merged: list[MergedPart] = []
    for part in parts:
        first, count = part.pages
        start = len(writer.pages)
        if count:
            writer.append(readers[part.source], pages=(first, first + count),
                          import_outline=False)
        merged.append(MergedPart(part.key, part.title, start, count, part.typeset))

    for m in merged:
        if m.page_count:
            writer.add_outline_item(title=m.title, page_number=m.first_page)
    writer.page_mode = "/UseOutlines"
    # Document information: a title and the program; never a name or other personal data.
    writer.add_metadata({"/Title": title, "/Creator": PRODUCER, "/Producer": PRODUCER})
    writer.root_object[NameObject("/Lang")] = TextStringObject(AUTHORITY_LANGUAGE)
    out = BytesIO()
    writer.write(out)
    return out.getvalue(), merged
