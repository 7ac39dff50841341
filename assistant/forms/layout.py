"""The project's own form: a declarative description (layout.toml) laid out as an A4 AcroForm.

The layout is read into pydantic models, placed on pages (`place`), and drawn with reportlab
(`render_template`): section bars, aligned boxes with bilingual labels, radio groups and
checkboxes, a photo box on the first page, page numbers. Every box that holds a value is an
AcroForm field named as in the layout, without border or background of its own (the boxes are
page content), so that a flattened form looks exactly like the editable one. The blank form is
built once per layout and cached (`template.blank_template`) and filled like any official
AcroForm (`acroform.fill`); the printed form is drawn with its values in one pass.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

from ..datafiles import read_toml, validation_problems
from ..errors import FormError
from ..fonts import register_fonts
from .widgets import CHECKBOX_ON, FieldInfo, Widget, add_blank_field

# Streams (fonts, pages) are written Flate-compressed without the ASCII85 layer reportlab adds by
# default: that layer makes every embedded font a quarter larger and costs time, and our PDFs are
# never sent through a 7-bit channel.
rl_config.useA85 = 0

PAGE_W, PAGE_H = A4
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
CONTENT_W = PAGE_W - 2 * MARGIN_X

LABEL_SIZE = 6.5
LABEL_MIN_SIZE = 5.0
LABEL_H = 10.5  # space for the label at the top of a box
LINE_H = 11.0  # one line of a multi-line field or of radio options
TEXT_BOX_H = 26.0
SECTION_BAR_H = 14.0
SUBTITLE_H = 11.0
GAP_AFTER_SECTION = 6.0
MARK_SIZE = 8.0
GREY = colors.Color(0.35, 0.35, 0.35)
BAR_FILL = colors.Color(0.86, 0.88, 0.91)

CellKind = Literal["text", "multiline", "choice", "check", "handwritten"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # built on first use


class Option(_Strict):
    value: str
    de: str
    en: str


class Cell(_Strict):
    name: str
    kind: CellKind = "text"
    de: str
    en: str
    span: float = Field(default=1.0, gt=0)
    lines: int = Field(default=1, ge=1, le=10)
    options: list[Option] = Field(default_factory=list)


class Row(_Strict):
    cells: list[Cell]
    height: float | None = None


class Repeat(_Strict):
    count: int = Field(ge=1, le=20)
    title_de: str = ""
    title_en: str = ""
    row: list[Row]


class TextBlock(_Strict):
    de: str
    en: str


class Section(_Strict):
    title_de: str
    title_en: str
    photo: bool = False
    keep_together: bool = False
    text: list[TextBlock] = Field(default_factory=list)
    repeat: list[Repeat] = Field(default_factory=list)
    row: list[Row] = Field(default_factory=list)


class FormHead(_Strict):
    id: str
    title_de: str
    title_en: str
    note_de: str = ""
    note_en: str = ""


class Photo(_Strict):
    width_mm: float
    height_mm: float
    label_de: str
    label_en: str
    hint_de: str = ""
    hint_en: str = ""


class Layout(_Strict):
    form: FormHead
    photo: Photo | None = None
    section: list[Section]

    def cells(self) -> list[Cell]:
        """Every cell with `{n}` expanded, in the order of the form."""
        out: list[Cell] = []
        for section in self.section:
            for rep in section.repeat:
                for n in range(1, rep.count + 1):
                    for row in rep.row:
                        out.extend(_expand(c, n) for c in row.cells)
            for row in section.row:
                out.extend(row.cells)
        return out

    def field_names(self) -> list[str]:
        return [c.name for c in self.cells() if c.kind != "handwritten"]


def _expand(cell: Cell, n: int) -> Cell:
    return cell.model_copy(update={"name": cell.name.replace("{n}", str(n))})


def load_layout(path: Path) -> Layout:
    doc = read_toml(path, FormError, "no such layout")
    try:
        layout = Layout.model_validate(doc)
    except ValidationError as exc:
        problems = "; ".join(validation_problems(exc))
        raise FormError(f"{path}: the layout is not valid: {problems}") from None
    names = layout.field_names()
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise FormError(f"{path}: field names used twice: {', '.join(dupes)}")
    return layout


# --- placing ----------------------------------------------------------------------------------


@dataclass
class PlacedCell:
    cell: Cell
    x: float
    y: float  # bottom
    w: float
    h: float
    option_marks: list[tuple[Option, float, float]] = field(default_factory=list)


@dataclass
class Page:
    items: list[tuple[str, object]] = field(default_factory=list)


@dataclass
class Placement:
    layout: Layout
    pages: list[Page]

    def cells(self) -> list[tuple[int, PlacedCell]]:
        return [
            (i, item)
            for i, page in enumerate(self.pages)
            for kind, item in page.items
            if kind == "cell" and isinstance(item, PlacedCell)
        ]


def _label_parts(de: str, en: str) -> tuple[str, str]:
    return de, f" / {en}" if en else ""


@lru_cache(maxsize=8192)
def _width(text: str, font: str, size: float) -> float:
    """stringWidth, remembered: the form's labels are the same in every form printed."""
    return stringWidth(text, font, size)


@lru_cache(maxsize=4096)
def label_size(de: str, en: str, width: float, regular: str, bold: str) -> float:
    a, b = _label_parts(de, en)
    size = LABEL_SIZE
    while size >= LABEL_MIN_SIZE:
        if _width(a, bold, size) + _width(b, regular, size) <= width:
            return size
        size -= 0.25
    raise FormError(
        f"layout: the label '{de} / {en}' does not fit its box ({width:.0f} pt wide); "
        "give the cell a larger span or a shorter label"
    )


def _option_marks(
    cell: Cell, x: float, top: float, w: float, regular: str
) -> tuple[list[tuple[Option, float, float]], int]:
    """Positions (bottom-left of each mark) of a radio group's options, wrapping into lines."""
    marks: list[tuple[Option, float, float]] = []
    cx, line = x + 3, 0
    for opt in cell.options:
        text_w = stringWidth(f"{opt.de} / {opt.en}", regular, LABEL_SIZE)
        need = MARK_SIZE + 3 + text_w
        if cx + need > x + w - 2 and cx > x + 3:
            line += 1
            cx = x + 3
        if cx + need > x + w - 2:
            raise FormError(
                f"layout: the option '{opt.de} / {opt.en}' of field '{cell.name}' does not fit "
                "its box; give the cell a larger span"
            )
        marks.append((opt, cx, top - LABEL_H - 1 - (line + 1) * LINE_H + 2))
        cx += need + 9
    return marks, line + 1


def _cell_height(cell: Cell, w: float, regular: str) -> float:
    if cell.kind == "multiline":
        return LABEL_H + cell.lines * LINE_H + 3
    if cell.kind == "choice":
        _, lines = _option_marks(cell, 0, 1000, w, regular)
        return max(TEXT_BOX_H, LABEL_H + lines * LINE_H + 3)
    return TEXT_BOX_H


def place(layout: Layout) -> Placement:
    regular, bold = register_fonts()
    pages: list[Page] = [Page()]
    top_first = PAGE_H - MARGIN_TOP - 44
    y = top_first
    photo_box: tuple[float, float, float, float] | None = None  # x, bottom, w, h

    def width_at(top: float, bottom: float) -> float:
        if photo_box and len(pages) == 1:
            _, pb, _, ph = photo_box
            if bottom < pb + ph + 0.01 and top > pb - 6:
                return CONTENT_W - photo_box[2] - 6
        return CONTENT_W

    def new_page() -> None:
        nonlocal y
        pages.append(Page())
        y = PAGE_H - MARGIN_TOP - 16

    def ensure(height: float) -> None:
        if y - height < MARGIN_BOTTOM:
            new_page()

    def put_row(row: Row, n: int | None) -> None:
        nonlocal y
        cells = [_expand(c, n) if n is not None else c for c in row.cells]
        # a first guess at the width decides the height; the photo narrows rows beside it
        guess_w = width_at(y, y - TEXT_BOX_H)
        total = sum(c.span for c in cells)
        height = max(_cell_height(c, guess_w * c.span / total, regular) for c in cells)
        if row.height:
            height = max(height, row.height)
        ensure(height)
        width = width_at(y, y - height)
        x = MARGIN_X
        for c in cells:
            w = width * c.span / total
            label_size(c.de, c.en, w - 4, regular, bold)
            placed = PlacedCell(c, x, y - height, w, height)
            if c.kind == "choice":
                placed.option_marks, _ = _option_marks(c, x, y, w, regular)
            pages[-1].items.append(("cell", placed))
            x += w
        y -= height

    for section in layout.section:
        first_rows = (section.repeat[0].row[:1] if section.repeat else section.row[:1])
        need = SECTION_BAR_H + (TEXT_BOX_H if first_rows else 0) + (40 if section.text else 0)
        if section.keep_together:
            need = SECTION_BAR_H + 60 * len(section.text) + 45 * (len(section.row) + 1)
        ensure(need)
        if section.photo and layout.photo and len(pages) == 1:
            pw, ph = layout.photo.width_mm * mm, layout.photo.height_mm * mm
            photo_box = (MARGIN_X + CONTENT_W - pw, y - ph, pw, ph)
            pages[0].items.append(("photo", photo_box))
        w = width_at(y, y - SECTION_BAR_H)
        pages[-1].items.append(("bar", (section, MARGIN_X, y - SECTION_BAR_H, w)))
        y -= SECTION_BAR_H
        for block in section.text:
            lines_de = simpleSplit(block.de, bold, 7, CONTENT_W - 4)
            lines_en = simpleSplit(block.en, regular, 7, CONTENT_W - 4)
            h = 4 + 8.5 * (len(lines_de) + len(lines_en)) + 4
            ensure(h)
            pages[-1].items.append(("text", (lines_de, lines_en, MARGIN_X, y)))
            y -= h
        for rep in section.repeat:
            for n in range(1, rep.count + 1):
                block_h = SUBTITLE_H * bool(rep.title_de) + TEXT_BOX_H * len(rep.row)
                ensure(block_h)
                if rep.title_de:
                    title = (rep.title_de.replace("{n}", str(n)),
                             rep.title_en.replace("{n}", str(n)))
                    w = width_at(y, y - SUBTITLE_H)
                    pages[-1].items.append(("subtitle", (title, MARGIN_X, y - SUBTITLE_H, w)))
                    y -= SUBTITLE_H
                for row in rep.row:
                    put_row(row, n)
        for row in section.row:
            put_row(row, None)
        y -= GAP_AFTER_SECTION
        if photo_box and len(pages) == 1 and section.photo:
            y = min(y, photo_box[1] - GAP_AFTER_SECTION)
    return Placement(layout, pages)


# --- drawing ----------------------------------------------------------------------------------


def _draw_label(c: canvas.Canvas, de: str, en: str, x: float, top: float, w: float,
                regular: str, bold: str) -> None:
    size = label_size(de, en, w - 4, regular, bold)
    a, b = _label_parts(de, en)
    c.setFillColor(colors.black)
    c.setFont(bold, size)
    c.drawString(x + 2, top - size - 1.5, a)
    c.setFillColor(GREY)
    c.setFont(regular, size)
    c.drawString(x + 2 + _width(a, bold, size), top - size - 1.5, b)
    c.setFillColor(colors.black)


def field_rect(pc: PlacedCell) -> tuple[float, float, float, float]:
    """The rectangle of a text field inside its box: below the label, inset by 2 pt."""
    return pc.x + 2, pc.y + 1.5, pc.w - 4, pc.h - LABEL_H - 2


def _check_mark(pc: PlacedCell) -> tuple[float, float]:
    """Bottom-left of a checkbox's mark: at the left of its box, below the label."""
    return pc.x + 4, pc.y + (pc.h - LABEL_H) / 2 - MARK_SIZE / 2 + 1


def field_table(placement: Placement) -> dict[str, FieldInfo]:
    """The form's fields as `acroform.fields_of` reads them from the generated template (names,
    kinds, pages, widget rectangles, export values), known without generating or reading it."""
    out: dict[str, FieldInfo] = {}
    for index, pc in placement.cells():
        cell = pc.cell
        label = f"{cell.de} / {cell.en}"  # the field's tooltip
        if cell.kind in ("text", "multiline"):
            x, y, w, h = field_rect(pc)
            out[cell.name] = FieldInfo(cell.name, "text", cell.kind == "multiline",
                                       [Widget(index, (x, y, x + w, y + h))], label=label)
        elif cell.kind == "check":
            mx, my = _check_mark(pc)
            out[cell.name] = FieldInfo(cell.name, "checkbox", False,
                                       [Widget(index, (mx, my, mx + MARK_SIZE, my + MARK_SIZE))],
                                       [CHECKBOX_ON], label)
        elif cell.kind == "choice":
            out[cell.name] = FieldInfo(
                cell.name, "radio", False,
                [Widget(index, (mx, my, mx + MARK_SIZE, my + MARK_SIZE))
                 for _, mx, my in pc.option_marks],
                [opt.value for opt, _, _ in pc.option_marks], label)
    return out


def render_template(layout: Layout, placement: Placement | None = None) -> bytes:
    """The empty form as PDF bytes: an AcroForm, all boxes page content, each checkbox and radio
    button showing our tick when ticked. Drawn anew on each call; the program takes it from
    `template.blank_template`, which builds it once per layout."""
    from .acroform import with_marks

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{layout.form.title_de} — {layout.form.title_en}")
    placement = placement or place(layout)
    fields = field_table(placement)
    draw_pages(c, layout, placement, fields=fields)
    c.save()
    return with_marks(buf.getvalue(), {placeholder(n): (info.name, info.label)
                                       for n, info in enumerate(fields.values())})


def placeholder(n: int) -> str:
    """The name the n-th field is drawn under, until `acroform.with_marks` names it."""
    return f"field{n}"


def draw_pages(c: canvas.Canvas, layout: Layout, placement: Placement, *,
               fields: dict[str, FieldInfo] | None,
               on_page: Callable[[canvas.Canvas, int], None] | None = None) -> None:
    """Draw the form's pages on `c`. `fields` (the form's `field_table`): add these AcroForm
    fields, empty, the n-th called `placeholder(n)` (the template, see `render_template`).
    Without fields the boxes are drawn alone and `on_page(c, index)` draws the values of each
    page before it ends (the printed form, in one pass)."""
    regular, bold = register_fonts()
    c.setAuthor("permit-assistant-saxony")
    c.setSubject(layout.form.id)
    total = len(placement.pages)
    on_pages: dict[int, list[tuple[str, FieldInfo]]] = {}
    for n, info in enumerate((fields or {}).values()):
        on_pages.setdefault(info.widgets[0].page, []).append((placeholder(n), info))
    for index, page in enumerate(placement.pages):
        _draw_head(c, layout, index, total, regular, bold)
        for kind, item in page.items:
            if kind == "bar":
                section, x, yb, w = item  # type: ignore[misc]
                c.setFillColor(BAR_FILL)
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.6)
                c.rect(x, yb, w, SECTION_BAR_H, fill=1, stroke=1)
                c.setFillColor(colors.black)
                c.setFont(bold, 8.5)
                c.drawString(x + 3, yb + 4, section.title_de)
                c.setFont(regular, 8.5)
                c.drawString(x + 3 + _width(section.title_de, bold, 8.5), yb + 4,
                             f" / {section.title_en}")
            elif kind == "subtitle":
                (de, en), x, yb, w = item  # type: ignore[misc]
                c.setFont(bold, 7.5)
                c.drawString(x + 2, yb + 3, de)
                c.setFont(regular, 7.5)
                c.setFillColor(GREY)
                c.drawString(x + 2 + _width(de, bold, 7.5), yb + 3, f" / {en}")
                c.setFillColor(colors.black)
            elif kind == "text":
                lines_de, lines_en, x, top = item  # type: ignore[misc]
                ty = top - 4 - 7
                c.setFont(bold, 7)
                for line in lines_de:
                    c.drawString(x + 2, ty, line)
                    ty -= 8.5
                c.setFont(regular, 7)
                c.setFillColor(GREY)
                for line in lines_en:
                    c.drawString(x + 2, ty, line)
                    ty -= 8.5
                c.setFillColor(colors.black)
            elif kind == "photo":
                x, yb, w, h = item  # type: ignore[misc]
                assert layout.photo is not None
                c.setLineWidth(0.8)
                c.setDash(3, 2)
                c.rect(x, yb, w, h, stroke=1, fill=0)
                c.setDash()
                c.setFont(bold, 8)
                c.drawCentredString(x + w / 2, yb + h / 2 + 8, layout.photo.label_de)
                c.setFont(regular, 7)
                c.drawCentredString(x + w / 2, yb + h / 2 - 1, layout.photo.label_en)
                c.setFillColor(GREY)
                c.drawCentredString(x + w / 2, yb + h / 2 - 14,
                                    f"{layout.photo.hint_de} / {layout.photo.hint_en}")
                c.drawCentredString(x + w / 2, yb + 8,
                                    f"{layout.photo.width_mm:g} × {layout.photo.height_mm:g} mm")
                c.setFillColor(colors.black)
            elif kind == "cell":
                assert isinstance(item, PlacedCell)
                _draw_cell(c, item, regular, bold)
        for key, info in on_pages.get(index, []):
            add_blank_field(c, info, key)
        if on_page is not None:
            on_page(c, index)
        c.showPage()


def _draw_head(c: canvas.Canvas, layout: Layout, index: int, total: int, regular: str,
               bold: str) -> None:
    head = layout.form
    top = PAGE_H - MARGIN_TOP
    if index == 0:
        c.setFont(bold, 13)
        c.drawString(MARGIN_X, top - 13, head.title_de)
        c.setFont(regular, 10)
        c.drawString(MARGIN_X, top - 26, head.title_en)
        c.setFont(regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, top - 37, f"{head.note_de} / {head.note_en}")
        c.setFillColor(colors.black)
    else:
        c.setFont(regular, 7)
        c.setFillColor(GREY)
        c.drawString(MARGIN_X, top - 7, f"{head.title_de} — {head.title_en}")
        c.setFillColor(colors.black)
    c.setLineWidth(0.4)
    c.line(MARGIN_X, MARGIN_BOTTOM - 5, PAGE_W - MARGIN_X, MARGIN_BOTTOM - 5)
    c.setFont(regular, 7)
    c.drawString(MARGIN_X, MARGIN_BOTTOM - 14, head.id)
    c.drawRightString(PAGE_W - MARGIN_X, MARGIN_BOTTOM - 14,
                      f"Seite {index + 1} von {total} / Page {index + 1} of {total}")


def _draw_cell(c: canvas.Canvas, pc: PlacedCell, regular: str, bold: str) -> None:
    """A cell's box, label and, for a checkbox or radio group, its boxes and option labels."""
    cell = pc.cell
    c.setStrokeColor(colors.black)
    c.setLineWidth(0.6)
    c.rect(pc.x, pc.y, pc.w, pc.h, stroke=1, fill=0)
    _draw_label(c, cell.de, cell.en, pc.x, pc.y + pc.h, pc.w, regular, bold)
    if cell.kind == "check":
        mx, my = _check_mark(pc)
        c.rect(mx, my, MARK_SIZE, MARK_SIZE, stroke=1, fill=0)
    elif cell.kind == "choice":
        for opt, mx, my in pc.option_marks:
            c.setLineWidth(0.6)
            c.rect(mx, my, MARK_SIZE, MARK_SIZE, stroke=1, fill=0)
            c.setFont(regular, LABEL_SIZE)
            c.drawString(mx + MARK_SIZE + 3, my + 1.2, opt.de)
            c.setFillColor(GREY)
            c.drawString(mx + MARK_SIZE + 3 + _width(opt.de, regular, LABEL_SIZE),
                         my + 1.2, f" / {opt.en}")
            c.setFillColor(colors.black)
