"""The font our form's fields ask for (the AcroForm's /DA and /DR): the program's own font, so
that a viewer that draws a field's appearance anew (when a person edits the editable form) draws
Cyrillic, Arabic and Persian letters, not the blanks or question marks of Helvetica.

The filler draws every value's appearance itself (`acroform.fill`); this font is what a viewer
uses once a person types into a field. It is DejaVu Sans (`assistant.fonts`) cut down to the
scripts people write their names and addresses in on our form — Latin with every accent and
Vietnamese, Greek, Cyrillic, Arabic and Persian with their joined letter forms, and punctuation —
and embedded as a composite font (Type0, Identity-H, PDF 32000-1, 9.7): one font for all of
them, each glyph named by its Unicode character (/ToUnicode), which is how a viewer finds the
glyph of a letter typed. The cut-down font file is made by reportlab (`TTFontFile.makeSubset`),
the PDF objects by pypdf.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NumberObject,
    PdfObject,
    TextStringObject,
)

from ..fonts import FONT_FILES, REGULAR

FIELD_FONT = "/DejaVuSans"  # the font's name in the AcroForm's /DR
FIELD_DA = f"{FIELD_FONT} 9 Tf 0 g"  # what a viewer that draws a text field anew sets it in

# The characters the field font holds (where DejaVu Sans has them): the scripts of the program's
# languages and of the names people bring, with the Arabic presentation forms (the joined letters
# a viewer draws Arabic and Persian with).
RANGES = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x024F),  # Latin-1, Latin Extended-A and -B (Turkish, Polish, Romanian, …)
    (0x0300, 0x036F),  # combining accents
    (0x0370, 0x03FF),  # Greek
    (0x0400, 0x052F),  # Cyrillic and its supplement (Russian, Ukrainian, …)
    (0x0600, 0x06FF),  # Arabic, with the Persian letters
    (0x1E00, 0x1EFF),  # Latin Extended Additional (Vietnamese)
    (0x2000, 0x206F),  # punctuation: dashes, quotation marks
    (0x20A0, 0x20BF),  # currency signs
    (0x2100, 0x214F),  # letterlike symbols (№)
    (0xFB50, 0xFDFF),  # Arabic presentation forms A
    (0xFE70, 0xFEFF),  # Arabic presentation forms B
)


@dataclass(frozen=True)
class _Cut:
    """DejaVu Sans cut down to `RANGES`: the font file and, for each glyph of it (its number is
    the character code in the PDF, Identity-H), the character it draws and its width."""

    name: str  # /BaseFont: a subset's tag and the font's name
    data: bytes
    chars: dict[int, int]  # glyph number in the cut font -> Unicode character
    widths: dict[int, int]  # glyph number -> advance width in 1/1000 em
    ascent: float
    descent: float
    cap_height: float
    bbox: tuple[float, float, float, float]
    italic_angle: float
    stem_v: float
    default_width: float


@cache
def _cut() -> _Cut:
    from reportlab.pdfbase.ttfonts import TTFontFile

    face = TTFontFile(str(FONT_FILES[REGULAR]))
    codes = [code for first, last in RANGES for code in range(first, last + 1)
             if code in face.charToGlyph]
    data = face.makeSubset(codes)
    # makeSubset numbers the glyphs of the cut font in the order of `codes` (0 is the missing
    # glyph), each glyph once, and adds the parts of composite glyphs after them
    new: dict[int, int] = {0: 0}  # glyph in DejaVu Sans -> glyph in the cut font
    chars: dict[int, int] = {}
    widths: dict[int, float] = {}
    scale = 1000 / face.unitsPerEm
    for code in codes:
        old = face.charToGlyph[code]
        if old not in new:
            new[old] = len(new)
            widths[new[old]] = round(face.hmetrics[old][0] * scale)
        chars.setdefault(new[old], code)
    tag = "".join(chr(65 + b % 26) for b in hashlib.sha256(data).digest()[:6])
    return _Cut(f"{tag}+{face.name.decode('ascii')}", data, chars, widths, face.ascent,
                face.descent, face.capHeight, tuple(face.bbox), face.italicAngle,  # type: ignore[arg-type]
                face.stemV, face.defaultWidth)


def _to_unicode(chars: dict[int, int]) -> bytes:
    """The /ToUnicode CMap: each glyph number (two bytes) -> the character it draws."""
    lines = ["/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap",
             "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
             "/CMapName /Adobe-Identity-UCS def", "/CMapType 2 def",
             "1 begincodespacerange <0000> <FFFF> endcodespacerange"]
    items = sorted(chars.items())
    for start in range(0, len(items), 100):  # at most 100 entries a block (PDF 32000-1, 9.10.3)
        block = items[start:start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines.extend(f"<{gid:04X}> <{chr(code).encode('utf-16-be').hex().upper()}>"
                     for gid, code in block)
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("ascii")


def _stream(data: bytes, **entries: PdfObject) -> PdfObject:
    stream = DecodedStreamObject()
    stream.set_data(data)
    stream.update({NameObject(f"/{k}"): v for k, v in entries.items()})
    return stream.flate_encode()


def field_font(add: Callable[[PdfObject], IndirectObject]) -> IndirectObject:
    """The field font's objects, each given to `add` (which writes it and returns its
    reference, `Increment.add`); the reference of the font, for the AcroForm's /DR."""
    cut = _cut()
    widths = ArrayObject()  # runs of glyph numbers: first [w w …] (PDF 32000-1, 9.7.4.3)
    for gid in sorted(cut.widths):
        if widths and gid == int(widths[-2]) + len(widths[-1]):  # type: ignore[arg-type]
            widths[-1].append(NumberObject(cut.widths[gid]))  # type: ignore[attr-defined]
        else:
            widths.extend([NumberObject(gid), ArrayObject([NumberObject(cut.widths[gid])])])
    descriptor = DictionaryObject({
        NameObject("/Type"): NameObject("/FontDescriptor"),
        NameObject("/FontName"): NameObject(f"/{cut.name}"),
        NameObject("/Flags"): NumberObject(32),  # nonsymbolic (PDF 32000-1, 9.8.2)
        NameObject("/FontBBox"): ArrayObject(FloatObject(v) for v in cut.bbox),
        NameObject("/ItalicAngle"): FloatObject(cut.italic_angle),
        NameObject("/Ascent"): FloatObject(cut.ascent),
        NameObject("/Descent"): FloatObject(cut.descent),
        NameObject("/CapHeight"): FloatObject(cut.cap_height),
        NameObject("/StemV"): NumberObject(int(cut.stem_v)),
        NameObject("/FontFile2"): add(_stream(cut.data, Length1=NumberObject(len(cut.data)))),
    })
    glyphs = DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/CIDFontType2"),
        NameObject("/BaseFont"): NameObject(f"/{cut.name}"),
        NameObject("/CIDSystemInfo"): DictionaryObject({
            NameObject("/Registry"): TextStringObject("Adobe"),
            NameObject("/Ordering"): TextStringObject("Identity"),
            NameObject("/Supplement"): NumberObject(0),
        }),
        NameObject("/FontDescriptor"): add(descriptor),
        NameObject("/DW"): NumberObject(round(cut.default_width)),
        NameObject("/W"): widths,
        NameObject("/CIDToGIDMap"): NameObject("/Identity"),
    })
    return add(DictionaryObject({
        NameObject("/Type"): NameObject("/Font"),
        NameObject("/Subtype"): NameObject("/Type0"),
        NameObject("/BaseFont"): NameObject(f"/{cut.name}"),
        NameObject("/Encoding"): NameObject("/Identity-H"),
        NameObject("/DescendantFonts"): ArrayObject([add(glyphs)]),
        NameObject("/ToUnicode"): add(_stream(_to_unicode(cut.chars))),
    }))
