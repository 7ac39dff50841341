"""The continuation sheet ("Anlage"): every value that did not fit the form, or has no place on
it, in full: whose it is and what it is, then the value.

Every string is measured against the page: lines wrap at spaces, and a word wider than the page
is broken inside (nothing is cut at the paper's edge). An entry that runs on to the next page
repeats its heading there, so that no value stands on a page without saying whose it is. Lines
with Arabic or Persian letters are measured and drawn shaped and set right to left
(`shaping.drawn`), as on the form; a paragraph of a value that begins in Arabic or Persian (its
first strong letter is right to left) is set flush right, every line of it, and each line read
as a part of that right-to-left paragraph (`shaping.visual`).
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas

from ..fonts import register_fonts
from ..shaping import drawn, visual
from .fit import drawn_width
from .values import Overflow

MARGIN = 18 * mm
VALUE_SIZE = 10.0
VALUE_INDENT = 4.0
LABEL_SIZE = 8.0
GREY = colors.Color(0.35, 0.35, 0.35)
TITLE_DE = "Anlage zum Antrag — Fortsetzungsblatt"
TITLE_EN = "Continuation sheet to the application"
APPLICANT = "Antragsteller / Applicant: "
CONTINUED = " (Fortsetzung / continued)"


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """A word wider than `width` in pieces that fit (each at least one character)."""
    pieces, current = [], ""
    for char in word:
        if current and drawn_width(current + char, font, size) > width:
            pieces.append(current)
            current = char
        else:
            current += char
    return [*pieces, current] if current else pieces


def wrap(text: str, font: str, size: float, width: float) -> list[str]:
    """`text` in lines no wider than `width`: broken at spaces (and at its line breaks), and
    inside a word that is wider than a whole line. An empty text is one empty line."""
    lines: list[str] = []
    for para in text.split("\n"):
        current = ""
        for word in para.split():
            candidate = f"{current} {word}" if current else word
            if drawn_width(candidate, font, size) <= width:
                current = candidate
                continue
            if current:
                lines.append(current)
                current = ""
            if drawn_width(word, font, size) <= width:
                current = word
            else:
                *full, current = _break_word(word, font, size, width)
                lines.extend(full)
        lines.append(current)
    return lines


def right_to_left(paragraph: str) -> bool:
    """True if the paragraph's first strong letter is of a right-to-left script (the direction
    the Unicode bidi algorithm gives the paragraph): such a value is set flush right."""
    for char in paragraph:
        kind = unicodedata.bidirectional(char)
        if kind in ("R", "AL"):
            return True
        if kind == "L":
            return False
    return False


def shorten(text: str, font: str, size: float, width: float) -> str:
    """`text` on one line no wider than `width`, ending in "…" where it had to be cut."""
    text = " ".join(text.split())
    full = drawn_width(text, font, size)
    if full <= width:
        return text
    text = text[:int(len(text) * width / full) + 1]  # about as much as fits, then exactly
    while text and drawn_width(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def render_sheet(entries: Sequence[Overflow], form_title_de: str, form_title_en: str,
                 applicant: str) -> bytes:
    """A4 pages listing each entry's owner and label and its full value."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle("Anlage / Continuation sheet")
    draw_sheet(c, entries, form_title_de, form_title_en, applicant)
    c.save()
    return buf.getvalue()


# A line of the sheet: (font, size, text, x offset from the margin, advance below it, grey,
# right to left: the line of a right-to-left paragraph, set flush right)
Line = tuple[str, float, str, float, float, bool, bool]


def draw_sheet(c: canvas.Canvas, entries: Sequence[Overflow], form_title_de: str,
               form_title_en: str, applicant: str) -> int:
    """Draw the sheet's pages on `c` (after any pages it already has); returns their count."""
    regular, bold = register_fonts()
    width, height = A4
    text_w = width - 2 * MARGIN
    bottom = MARGIN + 20

    who_w = drawn_width(APPLICANT, bold, 8.5)
    first_head: list[Line] = [
        *((bold, 13, t, 0, 15, False, False) for t in wrap(TITLE_DE, bold, 13, text_w)),
        *((regular, 10, t, 0, 12, False, False) for t in wrap(TITLE_EN, regular, 10, text_w)),
        *((regular, 7.5, t, 0, 9.5, True, False)
          for t in wrap(f"{form_title_de} / {form_title_en}", regular, 7.5, text_w)),
    ]
    names = wrap(applicant, regular, 8.5, text_w - who_w)
    first_head.append((bold, 8.5, APPLICANT, 0, 0, False, False))
    first_head.extend((regular, 8.5, t, who_w, 11, False, False) for t in names)
    # later pages: one line, the name shortened if it must be (page 1 has it in full)
    running = shorten(f"{TITLE_DE} / Continuation sheet — {applicant}", regular, 7.5, text_w)
    later_head: list[Line] = [(regular, 7.5, running, 0, 9.5, True, False)]

    def head_height(head: list[Line]) -> float:
        return sum(line[4] for line in head) + 12

    pages: list[list[tuple[Line, float]]] = [[]]  # each line with its baseline
    y = height - MARGIN - head_height(first_head)

    def new_page() -> None:
        nonlocal y
        pages.append([])
        y = height - MARGIN - head_height(later_head)

    def put(line: Line) -> None:
        nonlocal y
        pages[-1].append((line, y - line[1]))
        y -= line[4]

    for entry in entries:
        heading = wrap(entry.heading(), bold, LABEL_SIZE, text_w)
        values = [(line, right_to_left(para)) for para in entry.value.split("\n")
                  for line in wrap(para, regular, VALUE_SIZE, text_w - VALUE_INDENT)]
        # a short entry stays together; a long one starts with at least two lines of value
        keep = len(values) if len(values) <= 6 else 2
        need = len(heading) * (LABEL_SIZE + 3) + keep * VALUE_SIZE * 1.3
        if y - need < bottom and pages[-1]:
            new_page()
        for text in heading:
            put((bold, LABEL_SIZE, text, 0, LABEL_SIZE + 3, False, False))
        for text, rtl in values:
            if y - VALUE_SIZE * 1.3 < bottom:
                new_page()
                for again in wrap(entry.heading() + CONTINUED, bold, LABEL_SIZE, text_w):
                    put((bold, LABEL_SIZE, again, 0, LABEL_SIZE + 3, False, False))
            put((regular, VALUE_SIZE, text, VALUE_INDENT, VALUE_SIZE * 1.3, False, rtl))
        y -= 8

    c.setPageSize(A4)
    total = len(pages)
    for index, page in enumerate(pages):
        top = height - MARGIN
        head = first_head if index == 0 else later_head
        for font, size, text, dx, advance, grey, _ in head:
            c.setFont(font, size)
            c.setFillColor(GREY if grey else colors.black)
            c.drawString(MARGIN + dx, top - size, drawn(text))
            top -= advance
        c.setFillColor(colors.black)
        c.setLineWidth(0.6)
        c.line(MARGIN, top - 5, width - MARGIN, top - 5)
        for (font, size, text, dx, _, _, rtl), baseline in page:
            c.setFont(font, size)
            if rtl:  # flush right, read as a line of its right-to-left paragraph
                c.drawRightString(width - MARGIN, baseline, visual(text))
            else:
                c.drawString(MARGIN + dx, baseline, drawn(text))
        c.setLineWidth(0.4)
        c.line(MARGIN, MARGIN - 4, width - MARGIN, MARGIN - 4)
        c.setFont(regular, 7)
        c.drawRightString(width - MARGIN, MARGIN - 13,
                          f"Anlage Seite {index + 1} von {total} / Continuation page {index + 1} "
                          f"of {total}")
        c.showPage()
    return total
