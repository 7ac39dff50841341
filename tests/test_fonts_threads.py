"""PDFs saved at the same time in several threads (a packet worker while the window fills a form
or builds a bundle) each embed their own subset of the program's font, whole and right."""

from __future__ import annotations

import io
import sys
from concurrent.futures import ThreadPoolExecutor

from pypdf import PdfReader
from reportlab.pdfgen.canvas import Canvas

from assistant.fonts import REGULAR, register_fonts

# Cyrillic, Arabic and Latin letters: many glyphs, so that each PDF cuts a subset of its own
LETTERS = "".join(chr(c) for c in [*range(0x410, 0x450), *range(0x621, 0x64A), *range(0x41, 0x7B)])


def _pdf(i: int) -> bytes:
    buf = io.BytesIO()
    canvas = Canvas(buf, invariant=True)  # no creation date: the same letters, the same bytes
    canvas.setFont(REGULAR, 10)
    text = LETTERS if i % 2 else LETTERS[::-1]  # the glyphs in another order: other subsets
    for k in range(0, len(text), 20):
        canvas.drawString(20, 40 + k, text[k:k + 20])
    canvas.save()
    return buf.getvalue()


def test_pdfs_saved_in_threads_at_once_each_embed_their_letters() -> None:
    register_fonts()
    before = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads switch as often as they can: a race shows at once
    try:
        with ThreadPoolExecutor(max_workers=8) as pool:
            pdfs = list(pool.map(_pdf, range(48)))
    finally:
        sys.setswitchinterval(before)
    assert pdfs[0] == _pdf(0) and pdfs[1] == _pdf(1)  # as if each were made alone
    for pdf in pdfs[:2]:
        text = PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
        assert all(ch in text for ch in "ЖжщABCxyz"), text
