"""Form fields as the filler sees them, and a text value's appearance, without reading any PDF.

Shared by the two ways a form gets filled: our own form, generated from its layout and filled in
the same reportlab pass that draws it (`layout.draw_pages`), and a template PDF read and written
with pypdf (`acroform`). Both draw a value with `draw_value`, so the value looks the same in the
editable form, in the printed form and in a flattened official one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObjectReference,
    PDFStream,
    PDFString,
    xObjectName,
)
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


CHECKBOX_ON = "Yes"  # the export value of a ticked checkbox
MULTILINE = 1 << 12  # field flags (PDF 32000-1, 12.7.4)
NO_TOGGLE_TO_OFF = 1 << 14
RADIO = 1 << 15
PUSHBUTTON = 1 << 16
PRINT = 4  # annotation flag: printed with the page


def mark_content(size: float) -> str:
    """A tick: the cross drawn in a ticked box of `size` pt, as page content at the box's origin.
    The checkboxes' and radio buttons' appearance, and what the printed form draws."""
    a, b, w = size * 0.18, size * 0.82, size * 0.14
    return f"q 0 G {w:.2f} w 1 J {a:.2f} {a:.2f} m {b:.2f} {b:.2f} l {a:.2f} {b:.2f} m " \
           f"{b:.2f} {a:.2f} l S Q"


class FieldWriter:
    """AcroForm fields written into the document of a reportlab canvas, each with its value and
    its appearance: text in the embedded DejaVu Sans (reportlab's own fields can only draw with
    the 14 standard fonts, which lack most letters of the world's names), ticks as `mark_content`.

    Fields are added to the page being drawn. Appearances that do not depend on the value (an
    empty text field, a ticked or empty box of a size) are written once and shared.
    """

    def __init__(self, c: canvas.Canvas) -> None:
        self._c = c
        self._doc = c._doc
        self._form = c.acroForm  # the document's /AcroForm: its /Fields, /DA and /DR
        # the font a viewer sets what is typed into a field in (it draws that appearance anew)
        _, self._font = self._form.makeFont("Helvetica")
        self._shared: dict[tuple[str, float, float], PDFObjectReference] = {}
        self._count = 0

    def _appearance(self, content: str, w: float, h: float) -> PDFObjectReference:
        key = (content, round(w, 3), round(h, 3))
        ref = self._shared.get(key)
        if ref is None:
            stream = PDFStream(PDFDictionary({
                "Type": PDFName("XObject"), "Subtype": PDFName("Form"),
                "BBox": PDFArray([0, 0, w, h]),
                "Resources": PDFDictionary({"ProcSet": PDFArray([PDFName("PDF")])}),
            }), content)
            ref = self._shared[key] = self._doc.Reference(stream)
        return ref

    def _widget(self, entries: dict[str, object]) -> PDFObjectReference:
        widget = PDFDictionary({"Type": PDFName("Annot"), "Subtype": PDFName("Widget"),
                                "F": PRINT, "P": self._doc.thisPageRef(), **entries})
        self._c._addAnnotation(widget)
        return self._doc.Reference(widget)

    def _buttons(self, on: str, size: float) -> PDFDictionary:
        return PDFDictionary({"N": PDFDictionary({
            on: self._appearance(mark_content(size), size, size),
            "Off": self._appearance("", size, size)})})

    def write(self, info: FieldInfo, values: FieldValues) -> None:
        """The field `info` (as `layout.field_table` describes it) holding its value in
        `values`, on the page being drawn."""
        if info.type == "text":
            self.text(info.name, info.label, info.widgets[0].rect, info.multiline,
                      values.texts.get(info.name))
        elif info.type == "checkbox":
            self.checkbox(info.name, info.label, info.widgets[0].rect,
                          values.choices.get(info.name) == CHECKBOX_ON)
        elif info.type == "radio":
            self.radio(info.name, info.label,
                       [(state, w.rect) for state, w in zip(info.states, info.widgets,
                                                             strict=True)],
                       values.choices.get(info.name))
        else:
            raise ValueError(f"field '{info.name}': no {info.type} fields on our own forms")

    def text(self, name: str, tooltip: str, rect: tuple[float, float, float, float],
             multiline: bool, fill: TextFill | None) -> None:
        x1, y1, x2, y2 = rect
        w, h = x2 - x1, y2 - y1
        if fill is None:
            value, ap = "", self._appearance("/Tx BMC EMC", w, h)
        else:
            self._count += 1
            xobject = f"value{self._count}"
            draw_appearance(self._c, xobject, fill.fitted, w, h)
            value, ap = fill.value, PDFObjectReference(xObjectName(xobject))
        self._form.fields.append(self._widget({
            "FT": PDFName("Tx"), "T": PDFString(name), "TU": PDFString(tooltip),
            "Ff": MULTILINE if multiline else 0, "Rect": PDFArray(list(rect)),
            "DA": PDFString(f"/{self._font} 9 Tf 0 g"), "V": PDFString(value),
            "AP": PDFDictionary({"N": ap}),
        }))

    def checkbox(self, name: str, tooltip: str, rect: tuple[float, float, float, float],
                 ticked: bool) -> None:
        state = PDFName(CHECKBOX_ON if ticked else "Off")
        self._form.fields.append(self._widget({
            "FT": PDFName("Btn"), "T": PDFString(name), "TU": PDFString(tooltip),
            "Rect": PDFArray(list(rect)), "V": state, "AS": state,
            "MK": PDFDictionary({"CA": PDFString("5")}),  # a viewer that redraws it: a cross
            "AP": self._buttons(CHECKBOX_ON, rect[2] - rect[0]),
        }))

    def radio(self, name: str, tooltip: str,
              options: list[tuple[str, tuple[float, float, float, float]]],
              selected: str | None) -> None:
        group = PDFDictionary({"FT": PDFName("Btn"), "T": PDFString(name),
                               "TU": PDFString(tooltip), "Ff": RADIO | NO_TOGGLE_TO_OFF})
        if selected is not None:
            group.dict["V"] = PDFName(selected)
        group_ref = self._doc.Reference(group)
        group.dict["Kids"] = PDFArray([
            self._widget({
                "Parent": group_ref, "Rect": PDFArray(list(rect)),
                "AS": PDFName(value if value == selected else "Off"),
                "MK": PDFDictionary({"CA": PDFString("5")}),
                "AP": self._buttons(value, rect[2] - rect[0]),
            })
            for value, rect in options
        ])
        self._form.fields.append(group_ref)
