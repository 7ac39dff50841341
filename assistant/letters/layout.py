"""The letter set like a German business letter: DIN 5008, form B (the address field placed for
a window envelope, DL or C5/6), then its translation on the following page marked "do not send".

Measurements of form B (A4, 210 x 297 mm), from the top and left edges of the sheet:
- address field 85 x 45 mm, its top left corner at 20 mm from the left and 45 mm from the top
  (r9005.de, "Vorlagen Briefbogen", Briefbogen Form B: "Linke obere Ecke des Adressfensters: X 20
  mm : Y 45 mm, Breite 85 mm x Höhe 45 mm");
- within it the additional and remarks zone (Zusatz- und Vermerkzone, with the return address in
  its top line), 17.7 mm high, five lines of 8 pt, then the address zone (27.3 mm, six lines)
  (sekretaria.de, "DIN 5008: Absender": "Briefbogen Form B: Die Zusatz- und Vermerkzone beginnt
  bei 45 mm von der oberen Blattkante und 20 mm von der linken Blattkante … Höhe von 17,7 mm und
  umfasst fünf Zeilen … 8 pt"; expressantworten.com: "Die 27,3 mm darunter umfassen die
  Anschriftzone, das sind sechs Zeilen"; the text aligned at 25 mm, "die Fluchtlinie, die bei
  25 mm beginnt");
- fold marks at 105 mm and 210 mm, the punch mark at 148.5 mm (sprache-kompakt.de, "Briefbogen –
  Position von Faltmarken/Lochmarken": "Form B mit 45mm hohem Briefkopf: 105mm und 210mm von
  oben", "Lochmarke … 148,5mm von der oberen Blattkante"); the last line of text at 257 mm at the
  latest on the first page (r9005.de: "Letzte Schriftsatzzeile: 257 mm").
The information block (date, name, contacts) stands right of the address field at 125 mm, as
letter templates of form B place it; the text runs from 25 mm to 20 mm before the right edge.
"""

from __future__ import annotations

from io import BytesIO
from typing import Any

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    Table,
    TableStyle,
)

from ..fonts import BOLD, REGULAR
from ..packet.i18n import is_rtl, t
from ..packet.sourcenotes import SourceNotes, mark
from ..packet.styles import BLOCKER, INK, MUTED, PAGE_SIZE, para, rtl_style, styles
from ..shaping import has_rtl, visual
from ..sources import embed_ltr
from ..texts import format_day
from .compose import Letter, LetterBody
from .texts import lt

PAGE_W, PAGE_H = PAGE_SIZE
LEFT = 25 * mm  # the text's left edge (Fluchtlinie)
RIGHT = 20 * mm  # margin on the right
TEXT_W = PAGE_W - LEFT - RIGHT
FIELD_X, FIELD_TOP = 20 * mm, 45 * mm  # the address field (window), from the top
REMARK_ZONE = 17.7 * mm  # Zusatz- und Vermerkzone
ADDRESS_LEADING = 27.3 * mm / 6  # six lines in the address zone
INFO_X = 125 * mm
FIRST_TEXT_TOP = 98 * mm  # subject line below the address field
LAST_LINE = 257 * mm  # first page: the last line of text
BOTTOM = 22 * mm  # later pages
FOLDS = (105 * mm, 210 * mm)
PUNCH = 148.5 * mm
FOOTER_Y = 10 * mm


def _y(from_top: float) -> float:
    return PAGE_H - from_top


def _style(name: str, size: float, font: str = REGULAR, leading: float | None = None,
           space_after: float = 0, colour: Any = INK) -> ParagraphStyle:
    return ParagraphStyle(name, fontName=font, fontSize=size, leading=leading or size * 1.3,
                          spaceAfter=space_after, textColor=colour, splitLongWords=1,
                          keepWithNext=0)


def _letter_styles() -> dict[str, ParagraphStyle]:
    styles()  # registers the fonts
    return {
        "body": _style("letter-body", 10.5, leading=13.5, space_after=6),
        "subject": _style("letter-subject", 11, BOLD, leading=14, space_after=8),
        "label": _style("letter-label", 8.5, colour=MUTED, leading=11),
        "value": _style("letter-value", 10, leading=12.5),
        "small": _style("letter-small", 9, leading=11.5),
        "enclosures": ParagraphStyle("letter-enclosures", fontName=BOLD, fontSize=10.5,
                                     leading=13.5, spaceAfter=3, textColor=INK, keepWithNext=1),
        "mark": _style("letter-mark", 11, BOLD, leading=14, colour=BLOCKER),
        "notice": _style("letter-notice", 10.5, BOLD, leading=14, colour=BLOCKER),
        "note_head": ParagraphStyle("letter-note-head", fontName=BOLD, fontSize=9, leading=12,
                                    spaceAfter=2, textColor=INK, keepWithNext=1),
        "note": _style("letter-note", 8.5, leading=11),
        "note_url": _style("letter-note-url", 8, leading=10.5, space_after=2, colour=MUTED),
    }


def _draw_text(canvas: Canvas, x: float, y: float, text: str) -> None:
    canvas.drawString(x, y, visual(text) if has_rtl(text) else text)


def _first_page(letter: Letter, body: LetterBody) -> Any:
    """Letterhead, window-envelope address field, information block and the fold and punch
    marks of the first page (onPage of its template)."""

    def draw(canvas: Canvas, doc: Any) -> None:
        canvas.saveState()
        canvas.setFillColor(INK)
        # letterhead: the sender
        canvas.setFont(BOLD, 12)
        canvas.drawString(LEFT, _y(20 * mm), letter.sender[0])
        canvas.setFont(REGULAR, 9.5)
        for i, line in enumerate(letter.sender[1:], start=1):
            canvas.drawString(LEFT, _y(20 * mm + i * 4.6 * mm), line)
        # additional and remarks zone: the return address in its top line, 8 pt
        # (within the window: smaller type for a long address, down to 6 pt)
        size = 8.0
        while size > 6 and stringWidth(letter.return_line, REGULAR, size) > 80 * mm:
            size -= 0.5
        canvas.setFont(REGULAR, size)
        canvas.setFillColor(MUTED)
        canvas.drawString(LEFT, _y(FIELD_TOP + 3.5 * mm), letter.return_line)
        # address zone: the office, six lines of 10 pt
        canvas.setFillColor(INK)
        canvas.setFont(REGULAR, 10)
        first = FIELD_TOP + REMARK_ZONE + 3.6 * mm
        for i, line in enumerate(letter.recipient):
            canvas.drawString(LEFT, _y(first + i * ADDRESS_LEADING), line)
        # information block
        rows = [(lt("letter.date_label", "de"), format_day(letter.day, "de"))]
        y = 50 * mm
        for label, value in rows:
            canvas.setFont(REGULAR, 8)
            canvas.setFillColor(MUTED)
            canvas.drawString(INFO_X, _y(y), label)
            canvas.setFont(REGULAR, 10)
            canvas.setFillColor(INK)
            canvas.drawString(INFO_X, _y(y + 4.2 * mm), value)
            y += 10 * mm
        # fold marks and the punch mark on the left edge
        canvas.setStrokeColor(MUTED)
        canvas.setLineWidth(0.75)
        for fold in FOLDS:
            canvas.line(3 * mm, _y(fold), 8 * mm, _y(fold))
        canvas.line(3 * mm, _y(PUNCH), 10 * mm, _y(PUNCH))
        canvas.restoreState()

    return draw


def _identity_table(rows: list[tuple[str, str]], lang: str,
                    st: dict[str, ParagraphStyle]) -> Table:
    rtl = is_rtl(lang)
    label_w = 48 * mm
    data = []
    for label, value in rows:
        cells = [para(label, rtl_style(st["label"], lang)), para(value, st["value"])]
        data.append(cells[::-1] if rtl else cells)
    widths = [label_w, TEXT_W - label_w]
    table = Table(data, colWidths=widths[::-1] if rtl else widths, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 0.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


class _Rule(Flowable):
    """A line to write on (the signature, the reason of a late application)."""

    def __init__(self, width: float, height: float = 7 * mm) -> None:
        super().__init__()
        self.width, self.height = width, height

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return self.width, self.height

    def draw(self) -> None:
        self.canv.setStrokeColor(INK)
        self.canv.setLineWidth(0.6)
        self.canv.line(0, 0, self.width, 0)


def _boxed(flows: list[Flowable], colour: Any) -> Table:
    table = Table([[flows]], colWidths=[TEXT_W], hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BOX", (0, 0), (-1, -1), 1.2, colour),
        ("LEFTPADDING", (0, 0), (-1, -1), 6),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]))
    return table


def _text(text: str, lang: str, style: ParagraphStyle, marks: str = "") -> Flowable:
    """A paragraph in `lang`, with the note marks of its sources at its end (after a Latin run
    in right-to-left text, which keeps its own order)."""
    # "§ 81 Abs. 4" is not broken across lines
    text = text.replace("§ ", "§\u00a0").replace(" Abs. ", "\u00a0Abs.\u00a0")
    return para((embed_ltr(text) if has_rtl(text) else text) + marks, rtl_style(style, lang))


def _body_story(letter: Letter, body: LetterBody, st: dict[str, ParagraphStyle],
                notes: SourceNotes | None = None) -> list[Flowable]:
    """The letter in the language of `body`. With `notes` it is the translation on the
    applicant's pages: whom the German letter goes to first, and each paragraph that rests on
    the law marked with its note (the German letter cites in its sentences)."""
    lang = body.lang

    def p(text: str, style: str, marks: str = "") -> Flowable:
        return _text(text, lang, st[style], marks)

    out: list[Flowable] = []
    if notes is not None:  # the translation: whom the German letter goes to, as it is written
        out += [para(line, st["small"]) for line in letter.recipient]
        out.append(Spacer(1, 5 * mm))
    out.append(p(body.subject, "subject"))
    out.append(_identity_table(body.identity, lang, st))
    out.append(Spacer(1, 5 * mm))
    out.append(p(body.salutation, "body"))
    sources = body.paragraph_sources or [""] * len(body.paragraphs)
    for paragraph, source in zip(body.paragraphs, sources, strict=True):
        out.append(p(paragraph, "body", notes.mark(source) if notes and source else ""))
    if body.reason_line:
        out += [_Rule(TEXT_W), _Rule(TEXT_W), para(body.reason_line, rtl_style(st["label"], lang)),
                Spacer(1, 4 * mm)]
    signature: list[Flowable] = [
        p(body.closing, "body"), Spacer(1, 12 * mm), _Rule(75 * mm, 1),
        p(f"{body.place_date} · {body.signature}", "label"),
        p(letter.sender[0], "value"),
    ]
    out.append(KeepTogether(signature))
    if body.enclosures:  # the list may go on on the next page, its heading stays with it
        out.append(Spacer(1, 4 * mm))
        out.append(p(f"{body.enclosures_label}:", "enclosures"))
        out.append(_enclosures(body.enclosures, lang, p))
    return out


def _enclosures(names: list[str], lang: str, p: Any) -> Table:
    """The enclosures in two columns (one when there are few), filled column by column."""
    half = (len(names) + 1) // 2 if len(names) > 4 else len(names)
    columns = [names[:half], names[half:]] if len(names) > 4 else [names]
    rows = []
    for i in range(half):
        cells = [p(f"– {col[i]}", "small") if i < len(col) else "" for col in columns]
        rows.append(cells[::-1] if is_rtl(lang) else cells)
    table = Table(rows, colWidths=[TEXT_W / len(columns)] * len(columns), hAlign="LEFT",
                  splitByRow=1)
    table.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 6),
        ("TOPPADDING", (0, 0), (-1, -1), 0),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]))
    return table


def _mark(lang: str, key: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    flows = [para(lt(key, lang), rtl_style(st["mark"], lang))]
    if lang != "de":
        flows.append(para(lt(key, "de"), st["small"]))
    return [_boxed(flows, BLOCKER), Spacer(1, 5 * mm)]


def _numbered(starts: dict[str, int], labels: tuple[str, str]) -> type[Canvas]:
    """A canvas that numbers the German letter's pages "Seite x von n" and the translation's
    pages in its language, each counted on its own (the office gets only the German pages)."""

    class LetterCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._states: list[dict[str, Any]] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab API)
            self._states.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            count = len(self._states)
            split = starts.get("translation", count)
            for index, state in enumerate(self._states):
                self.__dict__.update(state)
                german = index < split
                page = index + 1 if german else index - split + 1
                pages = split if german else count - split
                text = (labels[0] if german else labels[1]).format(page=page, pages=pages)
                self.saveState()
                self.setFont(REGULAR, 8)
                self.setFillColor(MUTED)
                self.drawCentredString(PAGE_W / 2, FOOTER_Y, visual(text) if has_rtl(text)
                                       else text)
                self.restoreState()
                super().showPage()
            super().save()

    return LetterCanvas


class _Start(Flowable):
    """Invisible; records the page on which the translation begins."""

    def __init__(self, starts: dict[str, int]) -> None:
        super().__init__()
        self.starts = starts

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:  # noqa: N803
        return 0, 0

    def draw(self) -> None:
        self.starts["translation"] = self.canv.getPageNumber() - 1


def render_pdf(letter: Letter, german: LetterBody, translation: LetterBody | None) -> bytes:
    """The letter as a PDF: the German letter (form B), then, for another language, its
    translation marked "do not send", or, in German, the notes for the applicant if there are
    any (a continuation's warning)."""
    st = _letter_styles()
    buf = BytesIO()
    doc = BaseDocTemplate(buf, pagesize=PAGE_SIZE, title="", author="", subject="", creator="",
                          producer="", invariant=1, pageCompression=1)
    first = Frame(LEFT, PAGE_H - LAST_LINE, TEXT_W, LAST_LINE - FIRST_TEXT_TOP, id="first",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    later = Frame(LEFT, BOTTOM, TEXT_W, PAGE_H - BOTTOM - 20 * mm, id="later",
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[first], onPage=_first_page(letter, german),
                     autoNextPageTemplate="later"),
        PageTemplate(id="later", frames=[later]),
    ])
    story = _body_story(letter, german, st)
    starts: dict[str, int] = {}
    other = translation or german
    if translation is not None or german.notice or german.submission:
        story += [NextPageTemplate("later"), PageBreak(), _Start(starts)]
        story += _applicant_story(letter, other, translation is not None, st)
    doc.build(story, canvasmaker=_numbered(starts, (german.page_label, other.page_label)))
    return buf.getvalue()


def _applicant_story(letter: Letter, body: LetterBody, translated: bool,
                     st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The pages for the applicant, in their language, marked "do not send": the warning of a
    continuation, how the office takes applications, the translation; the sources cited as in
    the packet (assistant.packet.sourcenotes): a raised number at the statement, the titles as
    numbered notes at the end."""
    lang = body.lang
    notes = SourceNotes(lang, urls=True)  # the address to check the office's page at
    out = _mark(lang, "letter.translation_mark" if translated else "letter.notes_mark", st)
    if body.notice:
        marks = notes.mark(body.notice_source) if body.notice_source else ""
        out += [_boxed([_text(body.notice, lang, st["notice"], marks)], BLOCKER),
                Spacer(1, 5 * mm)]
    for line in body.submission:  # how the office takes applications
        marks = notes.mark(line.source, line.as_of) if line.source else ""
        out.append(_text(line.text, lang, st["small"], marks))
    out.append(Spacer(1, 6 * mm))
    if translated:
        out += _body_story(letter, body, st, notes)
    return out + _notes_story(notes, lang, st)


def _notes_story(notes: SourceNotes, lang: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """The numbered notes in the applicant's language, each with its address on a line of its
    own (an address broken into right-to-left text reads badly); the heading stays with the
    first note, a note with its address."""
    texts = notes.texts
    if not texts:
        return []
    out: list[Flowable] = [Spacer(1, 4 * mm)]
    for number, (_, text, url) in enumerate(texts, start=1):
        rows = [_text(f"{mark([number])} {text}", lang, st["note"])]
        if url:
            rows.append(para(url, rtl_style(st["note_url"], lang)))
        if number == 1:
            rows.insert(0, _text(t("sources", lang), lang, st["note_head"]))
        out.append(KeepTogether(rows))
    return out
