"""Form fields as the filler sees them, and a text value's appearance, without reading any PDF.

Shared by the two ways a form gets filled: our own form, generated from its layout and filled in
the same reportlab pass that draws it (`layout.draw_pages`), and a template PDF read and written
with pypdf (`acroform`). Both draw a value with `draw_value`, so the value looks the same in the
editable form, in the printed form and in a flattened official one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFObjectReference, PDFString, xObjectName
from reportlab.pdfgen import canvas

from ..fonts import register_fonts
from .fit import PAD, Fitted


@dataclass
class Widget:
    page: int  # 0-based
    rect: tuple[float, float, float, float]  # x1, y1, x2, y2


@dataclass
class FieldInfo:
    name: str
    type: str  # "text", "checkbox", "radio", "choice", "signature", "button"
    multiline: bool
    widgets: list[Widget] = field(default_factory=list)
    states: list[str] = field(default_factory=list)  # export values of buttons
    label: str = ""  # what the form calls the field (its tooltip, /TU)


@dataclass
class TextFill:
    name: str
    value: str
    fitted: Fitted


@dataclass
class FieldValues:
    """What goes into the fields of a form: text values fitted to their boxes, and each checkbox
    or radio group's export value (None: nothing ticked)."""

    texts: dict[str, TextFill] = field(default_factory=dict)
    choices: dict[str, str | None] = field(default_factory=dict)


def draw_value(c: canvas.Canvas, fitted: Fitted, h: float) -> None:
    """A text field's value as its appearance shows it, in a box of height `h` at the origin."""
    regular, _ = register_fonts()
    c.setFont(regular, fitted.size)
    lines = fitted.lines
    if len(lines) == 1:
        base = (h - fitted.size) / 2 + 0.24 * fitted.size
    else:
        base = h - PAD - fitted.size * 0.93
    for line in lines:
        c.drawString(PAD, base, line)
        base -= fitted.leading


def draw_appearance(c: canvas.Canvas, name: str, fitted: Fitted, w: float, h: float) -> None:
    """A text field's appearance stream as a form XObject called `name` (marked content /Tx, as
    viewers expect of a text field's appearance)."""
    c.beginForm(name, 0, 0, w, h)
    c.addLiteral("/Tx BMC")
    c.saveState()
    draw_value(c, fitted, h)
    c.restoreState()
    c.addLiteral("EMC")
    c.endForm()


def set_last_text_field(c: canvas.Canvas, fill: TextFill, w: float, h: float) -> None:
    """Give the text field just added with `c.acroForm.textfield(value="")` its value and an
    appearance drawn with the embedded font.

    reportlab draws a text field's appearance only with the 14 standard fonts, which lack most
    letters of the world's names; so the field is made empty and its widget dictionary then gets
    the value (/V, written as UTF-16 where PDFDocEncoding does not suffice) and our appearance
    (/AP /N)."""
    form = c.acroForm
    name = f"value{len(form.fields)}"
    draw_appearance(c, name, fill.fitted, w, h)
    widget = c._doc.idToObject[form.fields[-1].name]
    widget.dict["V"] = PDFString(fill.value)
    widget.dict["AP"] = PDFDictionary({"N": PDFObjectReference(xObjectName(name))})
