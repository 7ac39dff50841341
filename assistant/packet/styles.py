"""The packet's look: one type family (DejaVu Sans, see assistant.fonts), A4, clear headings, tables
that break across pages with repeated headers, and right-to-left text set properly.

Every paragraph is plain text in one `TextBlock` (no markup): broken into lines once per width,
at spaces, and an e-mail address or URL also after `/`, `.`, `@` or `-`. Right-to-left text
(Arabic, Persian) has its Latin runs embedded left to right with their brackets and quotation
marks (assistant.sources.embed_ltr), is shaped once as a whole (joined letter forms,
arabic-reshaper), broken into lines in logical order, and each line is reordered for display
(Unicode bidi algorithm, python-bidi; both in assistant.shaping, shared with the forms) and drawn
right-aligned. reportlab's own bidi support needs uharfbuzz and rlbidi, which the program does
not ship.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Spacer, Table, TableStyle

from ..fonts import BOLD, REGULAR, register_fonts
from ..shaping import clean, has_rtl, joined, reorder, visual
from .i18n import AUTHORITY_LANGUAGE, t

# Streams (fonts, pages) are written Flate-compressed without the ASCII85 layer reportlab adds by
# default: that layer makes every embedded font a quarter larger and costs time, and our PDFs are
# never sent through a 7-bit channel.
rl_config.useA85 = 0

PAGE_SIZE = A4
MARGIN_X = 18 * mm
MARGIN_TOP = 16 * mm
MARGIN_BOTTOM = 18 * mm  # room for the page number stamped later (merge.py)
CONTENT_WIDTH = PAGE_SIZE[0] - 2 * MARGIN_X

INK = colors.HexColor("#1a1a1a")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#9a9a9a")
SHADE = colors.HexColor("#eef1f5")
ACCENT = colors.HexColor("#1f4e79")
BLOCKER = colors.HexColor("#9b1c1c")
WARNING = colors.HexColor("#8a5a00")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    bold: ParagraphStyle
    label: ParagraphStyle
    th: ParagraphStyle
    h1: ParagraphStyle
    h1_sub: ParagraphStyle
    h2: ParagraphStyle
    h2_sub: ParagraphStyle
    title: ParagraphStyle
    title_sub: ParagraphStyle
    centre: ParagraphStyle


@cache
def styles() -> Styles:
    register_fonts()

    def s(name: str, size: float, font: str = REGULAR, colour: colors.Color = INK,
          space_before: float = 0, space_after: float = 0, leading: float | None = None,
          keep: bool = False, align: int = TA_LEFT) -> ParagraphStyle:
        return ParagraphStyle(
            name, fontName=font, fontSize=size, leading=leading or size * 1.28,
            textColor=colour, spaceBefore=space_before, spaceAfter=space_after,
            keepWithNext=int(keep), alignment=align, splitLongWords=1, allowWidows=0,
            allowOrphans=0,
        )

    return Styles(
        body=s("body", 9),
        small=s("small", 7.5, colour=MUTED),
        bold=s("bold", 9, BOLD),
        label=s("label", 8, BOLD, MUTED),
        th=s("th", 8, BOLD, colors.white),
        h1=s("h1", 17, BOLD, ACCENT, space_after=1, keep=True),
        h1_sub=s("h1_sub", 12.5, BOLD, MUTED, space_after=5, keep=True),
        h2=s("h2", 11, BOLD, ACCENT, space_before=8, space_after=0, keep=True),
        h2_sub=s("h2_sub", 9, BOLD, MUTED, space_after=3, keep=True),
        title=s("title", 20, BOLD, ACCENT, space_after=2, leading=24),
        title_sub=s("title_sub", 14, BOLD, MUTED, space_after=6, leading=18),
        centre=s("centre", 9, align=TA_CENTER),
    )


# Where a long address may break: after these characters (see `_break_points`).
_BREAK_AFTER = "/.@-"
# An e-mail address or a URL: broken to fill the line it begins on (other words move down whole).
_ADDRESS = re.compile(r"://|@|^\W*www\.|\.[a-z]{2,}/")




def _break_points(word: str) -> list[tuple[int, int]]:
    """Where a word without spaces (an e-mail address, a URL, a long compound) may break: after
    `/`, `.`, `@` or `-`, each with its rank: 0 between the parts of an address (after `/`, `@`,
    or a `.` of a domain name), 1 after a `-` or `.` of a path or a word, 2 after a `-` inside a
    domain label (taken only where nothing else fits). A break never leaves a mark alone at a
    line's end or start (`//`), nor a tail of a few letters (`html`)."""
    host_end = len(word)
    scheme = word.find("://")
    host_start = scheme + 3 if scheme >= 0 else 0
    slash = word.find("/", host_start)
    if slash >= 0:
        host_end = slash
    elif "@" in word:
        host_start = word.index("@")
    elif not word.lstrip("\u200f\u202a").startswith("www.") and scheme < 0:
        host_end = host_start  # no host: a word with hyphens, or a path
    points: list[tuple[int, int]] = []
    for i, ch in enumerate(word[:-1]):
        if ch not in _BREAK_AFTER or word[i + 1] in _BREAK_AFTER or i < 2 or len(word) - i < 6:
            continue
        in_host = host_start <= i < host_end
        if ch == "/" and word[i - 1] == "/" and word[i - 2] == ":":
            points.append((i + 1, 0))  # after "https://"
        elif ch in "/@" or (ch == "." and in_host):
            points.append((i + 1, 0))
        elif ch == "-" and in_host:
            points.append((i + 1, 2))
        else:
            points.append((i + 1, 1))
    return points


def _split_word(word: str, first: float, width: float, measure: Callable[[str], float]
                ) -> list[str]:
    """A word too wide for what is left of the line (`first`) broken at its break points into
    pieces that fit, the first into `first`, the others into `width`: a break between the parts
    of an address where that fills most of the line, else the one that fills it most, a break
    inside a domain label only where no other fits; characters are cut only where no break
    point helps (a single unbroken word wider than the column)."""
    pieces: list[str] = []
    room = first
    while measure(word) > room:
        fitting = [(i, rank) for i, rank in _break_points(word) if measure(word[:i]) <= room]
        best = [i for i, rank in fitting if rank == 0]
        good = [i for i, rank in fitting if rank <= 1]
        if best and measure(word[:max(best)]) >= 0.6 * room:
            cut = max(best)
        elif good:
            cut = max(good)
        elif fitting:
            cut = max(i for i, _ in fitting)
        elif room < width:  # nothing fits on this line's rest: go on on the next
            pieces.append("")
            room = width
            continue
        else:  # no break point fits a whole line: cut by characters
            cut = max(1, max((k for k in range(1, len(word)) if measure(word[:k]) <= room),
                             default=1))
        pieces.append(word[:cut])
        word = word[cut:]
        room = width
    pieces.append(word)
    return pieces


class TextBlock(Flowable):
    """A paragraph of plain text in one style: broken into lines at spaces (an e-mail address or
    a URL also after `/`, `.`, `@` or `-`, see `_break_points`), left-aligned, centred or, for
    right-to-left text, shaped and reordered per line and right-aligned; splits across pages by
    lines. In right-to-left text every Latin run (a name, a paragraph, an address) is embedded
    left to right with its brackets and quotation marks (assistant.sources.embed_ltr), so that
    they stay with their words. Lines are measured once per width (what the tables ask
    repeatedly), words once at all."""

    def __init__(self, text: str, style: ParagraphStyle, lines: list[str] | None = None,
                 rtl: bool | None = None) -> None:
        """`lines` (with `rtl`): lines broken already (the parts of a split paragraph)."""
        super().__init__()
        self.rtl = has_rtl(text) if rtl is None else rtl
        if self.rtl and lines is None:
            from ..sources import embed_ltr

            # shaped once, as a whole: Arabic letters do not join across the spaces and marks
            # at which lines break; each line is reordered when drawn
            text = joined(_hold_short_runs(embed_ltr(text)))
        self.text = text
        self.style = style
        self._lines = lines
        self._width = -1.0 if lines is None else 0.0
        self.keepWithNext = style.keepWithNext

    def _measure(self, text: str) -> float:
        return stringWidth(clean(text) if self.rtl else text, self.style.fontName,
                           self.style.fontSize)

    def _words(self, block: str, width: float) -> list[str]:
        """The words of a block: a no-break space holds, unless what it holds together is wider
        than a line (then it breaks there as at a space, but for "§ 81")."""
        words: list[str] = []
        for word in block.split(" "):
            if "\u00a0" in word and self._measure(word) > width:
                words.extend(w for w in _HELD.split(word) if w)
            elif word:
                words.append(word)
        return words

    def _break(self, width: float) -> list[str]:
        space = self._measure(" ")
        lines: list[str] = []
        for block in self.text.split("\n"):
            current: list[str] = []
            used = 0.0
            for word in self._words(block, width):
                w = self._measure(word)
                gap = space if current else 0.0
                if used + gap + w <= width:
                    current.append(word)
                    used += gap + w
                    continue
                room = width - used - gap
                if w > width or (current and room > width / 3 and _ADDRESS.search(word) and any(
                        self._measure(word[:i]) <= room for i, _ in _break_points(word))):
                    pieces = _split_word(word, room if current else width, width,
                                         self._measure)
                else:
                    pieces = ["", word] if current else [word]
                for k, piece in enumerate(pieces[:-1]):
                    if piece:
                        current.append(piece)
                    if current or k:
                        lines.append(" ".join(current))
                    current = []
                current = [pieces[-1]] if pieces[-1] else []
                used = self._measure(pieces[-1]) if pieces[-1] else 0.0
            lines.append(" ".join(current))
        if self.rtl:
            lines = _carry_embeddings(lines)
        return lines or [""]

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        if self._lines is None or (self._width >= 0 and self._width != availWidth):
            self._lines = self._break(availWidth)
            self._width = availWidth
        self.width = availWidth
        self.height = len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, availWidth: float, availHeight: float) -> list[Flowable]:  # noqa: N803
        self.wrap(availWidth, availHeight)
        assert self._lines is not None
        fit = int(availHeight // self.style.leading)
        if fit <= 0 or fit >= len(self._lines):
            return [] if fit <= 0 else [self]
        first = TextBlock(" ".join(self._lines[:fit]), self.style, self._lines[:fit], self.rtl)
        rest = TextBlock(" ".join(self._lines[fit:]), self.style, self._lines[fit:], self.rtl)
        first._width = rest._width = availWidth
        return [first, rest]

    def drawn_lines(self, width: float) -> list[str]:
        """The lines as drawn into `width`: right-to-left ones shaped and reordered."""
        self.wrap(width, 1e9)
        assert self._lines is not None
        return [reorder(line) if self.rtl else line for line in self._lines]

    def minWidth(self) -> float:  # noqa: N802 (reportlab API)
        return max((self._measure(w) for w in self.text.split()), default=0.0)

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab API)
        return float(self.style.spaceBefore)

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab API)
        return float(self.style.spaceAfter)

    def draw(self) -> None:
        assert self._lines is not None
        font, size = self.style.fontName, self.style.fontSize
        text = self.canv.beginText()  # one text object for all lines: cheaper than a string each
        text.setFont(font, size, self.style.leading)
        text.setFillColor(self.style.textColor)
        top = self.height
        align = self.style.alignment
        for i, line in enumerate(self._lines):
            y = top - i * self.style.leading - size
            shown = reorder(line) if self.rtl else line
            if align == TA_CENTER:
                x = (self.width - stringWidth(shown, font, size)) / 2
            elif self.rtl or align == TA_RIGHT:
                x = self.width - stringWidth(shown, font, size)
            else:
                x = 0.0
            text.setTextOrigin(x, y)
            text.textOut(shown)
        self.canv.drawText(text)


# A Latin run inside right-to-left text that is broken across lines reads backwards from one line
# to the next ("(§ 81 Abs. 4 Satz 1" at the end of one line, "AufenthG)" at the start of the next):
# a short one (a paragraph cited in brackets, a name, a date) is kept on one line.
_SHORT_RUN = re.compile("\u202a([^\u202a\u202c]{1,36})\u202c")


_HELD = re.compile("(?<!§)\u00a0")  # what a no-break space holds, but "§ 81" (`para`)


def _hold_short_runs(text: str) -> str:
    """Right-to-left text whose short embedded Latin runs have no-break spaces."""
    return _SHORT_RUN.sub(lambda m: "\u202a" + m.group(1).replace(" ", "\u00a0") + "\u202c", text)


_EMBEDDINGS = "\u202a\u202b\u202d\u202e"  # LRE, RLE, LRO, RLO; each ends with PDF (U+202C)


def _carry_embeddings(lines: list[str]) -> list[str]:
    """Lines that continue a text embedded in another direction (a Latin run inside Arabic, see
    assistant.sources.embed_ltr) begin with that embedding again: each line is reordered alone."""
    out: list[str] = []
    open_marks: list[str] = []
    for line in lines:
        out.append("".join(open_marks) + line)
        for ch in line:
            if ch in _EMBEDDINGS:
                open_marks.append(ch)
            elif ch == "\u202c" and open_marks:
                open_marks.pop()
    return out


def para(text: str, style: ParagraphStyle) -> Flowable:
    """A paragraph of plain text (no markup): right-to-left if the text is, else left-to-right."""
    text = _NO_BREAK.sub("\\1\u00a0", text)
    return TextBlock(text if has_rtl(text) else clean(text), style)


# A paragraph sign stays with its number ("§ 54"), on one line.
_NO_BREAK = re.compile(r"(§§?) (?=\d)")


def rtl_style(style: ParagraphStyle, lang: str) -> ParagraphStyle:
    """The style for text in `lang`: right-aligned for right-to-left languages."""
    from .i18n import is_rtl

    if not is_rtl(lang) or style.alignment == TA_CENTER:
        return style
    return ParagraphStyle(f"{style.name}-rtl", parent=style, alignment=TA_RIGHT)


# --- bilingual building blocks -----------------------------------------------------------------


def bilingual(lang: str) -> bool:
    return lang != AUTHORITY_LANGUAGE


def heading(key: str, lang: str, level: int = 1) -> list[Flowable]:
    """A heading in German, and below it in the applicant's language."""
    st = styles()
    main, sub = (st.h1, st.h1_sub) if level == 1 else (st.h2, st.h2_sub)
    out = [para(t(key, AUTHORITY_LANGUAGE), main)]
    if bilingual(lang):
        out.append(para(t(key, lang), rtl_style(sub, lang)))
    else:
        out.append(Spacer(1, sub.spaceAfter))
    return out


def label_cell(key: str, lang: str, style: ParagraphStyle | None = None,
               sub: ParagraphStyle | None = None) -> list[Flowable]:
    """A label in German with its translation underneath (one cell of a table)."""
    st = styles()
    out = [para(t(key, AUTHORITY_LANGUAGE), style or st.label)]
    if bilingual(lang):
        out.append(para(t(key, lang), rtl_style(sub or st.small, lang)))
    return out


def pair_cells(de_text: str, other: str, lang: str, style: ParagraphStyle,
               shown: str | None = None) -> list[Flowable]:
    """German and applicant's-language text as two cells (one cell if the packet is German).
    `shown`: the language `other` is really in, if a fallback (set in its own direction)."""
    if not bilingual(lang):
        return [para(de_text, style)]
    return [para(de_text, style), para(other, rtl_style(style, shown or lang))]


def side_by_side(de_flow: Sequence[Flowable], other_flow: Sequence[Flowable],
                 lang: str) -> Flowable:
    """Two columns: German left, the applicant's language right (German alone if lang is de)."""
    if not bilingual(lang):
        return Table([[list(de_flow)]], colWidths=[CONTENT_WIDTH], style=_plain())
    half = CONTENT_WIDTH / 2
    return Table([[list(de_flow), list(other_flow)]], colWidths=[half, half], style=_plain(gap=6))


def text_pair(key: str, lang: str, style: ParagraphStyle) -> Flowable:
    """A packet text (resources/packet_texts.toml) in German beside the applicant's language."""
    return side_by_side([para(t(key, AUTHORITY_LANGUAGE), style)],
                        [para(t(key, lang), rtl_style(style, lang))], lang)


def _plain(gap: float = 0) -> TableStyle:
    return TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), gap),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
    ])


def grid_style(header_rows: int = 1) -> list[tuple[object, ...]]:
    """The look of every data table: a shaded header, thin rules, top-aligned cells."""
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if header_rows:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, header_rows - 1), ACCENT),
            ("VALIGN", (0, 0), (-1, header_rows - 1), "BOTTOM"),
        ]
    return cmds


def header_cell(key: str, lang: str) -> list[Flowable]:
    """A column title in German and the applicant's language, white on the header shade."""
    st = styles()
    sub = ParagraphStyle("th-sub", parent=st.th, fontName=REGULAR, fontSize=7, leading=9)
    out = [para(t(key, AUTHORITY_LANGUAGE), st.th)]
    if bilingual(lang):
        out.append(para(t(key, lang), rtl_style(sub, lang)))
    return out


def header_single(key: str, lang: str) -> list[Flowable]:
    """A column title in one language (over a column of text in that language)."""
    return [para(t(key, lang), rtl_style(styles().th, lang))]


__all__ = [
    "BOLD",
    "has_rtl",
    "visual",
    "CONTENT_WIDTH",
    "TextBlock",
    "header_cell",
    "heading",
    "label_cell",
    "para",
]
