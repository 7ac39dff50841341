"""Form fields as the filler sees them, and a text value's appearance, without reading any PDF.

Shared by the two ways a form gets filled: our own form, generated from its layout and filled in
the same reportlab pass that draws it (`layout.draw_pages`), and a template PDF read and written
with pypdf (`acroform`). Both draw a value with `draw_value`, so the value looks the same in the
editable form, in the printed form and in a flattened official one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib.rl_accel import fp_str
from reportlab.pdfbase.pdfdoc import (
    PDFArray,
    PDFDictionary,
    PDFName,
    PDFObject,
    PDFObjectReference,
    PDFStream,
    xObjectName,
)
from reportlab.pdfgen import canvas

from ..fonts import register_fonts
from ..shaping import drawn
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
    inset: float = 0.0  # the width of the widget's own border: the value is set inside it


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
    """A text field's value as its appearance shows it, in a box of height `h` at the origin:
    each line from the box's left, Arabic and Persian letters joined and set right to left. One
    line sits in the middle of a box for one or two lines; in a taller box (a description of
    several lines) the text starts at the top."""
    regular, _ = register_fonts()
    c.setFont(regular, fitted.size)
    lines = fitted.lines
    if len(lines) == 1 and h < 3 * fitted.leading + 2 * PAD:
        base = (h - fitted.size) / 2 + 0.24 * fitted.size
    else:
        base = h - PAD - fitted.size * 0.93
    for line in lines:
        c.drawString(PAD, base, drawn(line))
        base -= fitted.leading


Colour = tuple[float, ...]  # a PDF colour: 1 (grey), 3 (RGB) or 4 (CMYK) components


@dataclass(frozen=True)
class Frame:
    """A widget's own background and border (its /MK /BG and /BC, /BS /W), which a text field's
    appearance draws under the value, as the form's blank appearance does."""

    background: Colour | None = None
    border: Colour | None = None
    width: float = 1.0

    @property
    def inset(self) -> float:
        """How far in from the widget's edge the value is set: inside the border."""
        return self.width if self.border and self.width > 0 else 0.0


def _colour(c: canvas.Canvas, colour: Colour, stroke: bool) -> None:
    if len(colour) == 1:
        (c.setStrokeGray if stroke else c.setFillGray)(colour[0])
    elif len(colour) == 3:
        (c.setStrokeColorRGB if stroke else c.setFillColorRGB)(*colour)
    elif len(colour) == 4:
        (c.setStrokeColorCMYK if stroke else c.setFillColorCMYK)(*colour)


def _draw_frame(c: canvas.Canvas, frame: Frame, w: float, h: float) -> None:
    c.saveState()
    if frame.background and len(frame.background) in (1, 3, 4):
        _colour(c, frame.background, stroke=False)
        c.rect(0, 0, w, h, stroke=0, fill=1)
    if frame.border and len(frame.border) in (1, 3, 4) and frame.width > 0:
        _colour(c, frame.border, stroke=True)
        c.setLineWidth(frame.width)
        half = frame.width / 2
        c.rect(half, half, w - frame.width, h - frame.width, stroke=1, fill=0)
    c.restoreState()


def draw_appearance(c: canvas.Canvas, name: str, fitted: Fitted, w: float, h: float,
                    frame: Frame | None = None) -> None:
    """A text field's appearance stream as a form XObject called `name` (marked content /Tx, as
    viewers expect of a text field's appearance); `frame`: the widget's background and border
    under it (an official form's boxes; ours are page content)."""
    c.beginForm(name, 0, 0, w, h)
    inset = 0.0
    if frame is not None:
        _draw_frame(c, frame, w, h)
        inset = frame.inset
    c.addLiteral("/Tx BMC")
    c.saveState()
    c.translate(inset, inset)
    draw_value(c, fitted, h - 2 * inset)
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


# each byte of a literal string as it stands between its parentheses (PDF 32000-1, 7.3.4.2)
_LITERAL = [chr(b) if 0x20 <= b < 0x7F or b >= 0xA1 else f"\\{b:03o}" for b in range(256)]
for _special in b"()\\":
    _LITERAL[_special] = "\\" + chr(_special)


def pdf_text(text: str) -> str:
    """`text` as a PDF text string (PDF 32000-1, 7.9.2.2): in PDFDocEncoding where every
    printable character has a code there, otherwise UTF-16BE with its byte order mark, in hex."""
    if text.isprintable():
        try:
            raw = text.encode("pdfdoc")  # reportlab's codec
        except UnicodeEncodeError:
            pass
        else:
            return "(" + "".join(_LITERAL[b] for b in raw) + ")"
    return "<FEFF" + text.encode("utf-16-be").hex().upper() + ">"


class _Entries(PDFObject):
    """A PDF dictionary written from its source text, with the references to other objects
    filled in as the document is written. A filled form has a few hundred field and widget
    dictionaries; formatting each key and value as an object of its own (reportlab's
    PDFDictionary) took most of the time of writing the form."""

    def __init__(self, *parts: str | PDFObjectReference) -> None:
        self.parts = parts  # source text, and the references where they stand in it

    def format(self, document: object) -> bytes:
        return "".join(part if isinstance(part, str) else part.format(document).decode("ascii")
                       for part in self.parts).encode("latin-1")


def _rect(rect: tuple[float, float, float, float]) -> str:
    return f"[{fp_str(*rect)}]"


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
        _, font = self._form.makeFont("Helvetica")
        self._da = pdf_text(f"/{font} 9 Tf 0 g")
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

    def _widget(self, *entries: str | PDFObjectReference) -> PDFObjectReference:
        """A widget annotation on the page being drawn, with `entries` (source text and
        references) besides its type, flags and page."""
        widget = _Entries(f"<< /Type /Annot /Subtype /Widget /F {PRINT} /P ",
                          self._doc.thisPageRef(), *entries, " >>")
        self._c._addAnnotation(widget)
        return self._doc.Reference(widget)

    def _buttons(self, on: str, size: float) -> tuple[str | PDFObjectReference, ...]:
        """The /AP entry of a checkbox or radio button showing a tick when `on`."""
        return (f" /AP << /N << {PDFName(on)} ", self._appearance(mark_content(size), size, size),
                " /Off ", self._appearance("", size, size), " >> >>")

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
        self._form.fields.append(self._widget(
            f" /FT /Tx /T {pdf_text(name)} /TU {pdf_text(tooltip)} "
            f"/Ff {MULTILINE if multiline else 0} /Rect {_rect(rect)} /DA {self._da} "
            f"/V {pdf_text(value)} /AP << /N ", ap, " >>"))

    def checkbox(self, name: str, tooltip: str, rect: tuple[float, float, float, float],
                 ticked: bool) -> None:
        state = PDFName(CHECKBOX_ON if ticked else "Off")
        self._form.fields.append(self._widget(
            f" /FT /Btn /T {pdf_text(name)} /TU {pdf_text(tooltip)} /Rect {_rect(rect)} "
            f"/V {state} /AS {state} /MK << /CA (5) >>",  # a viewer that redraws it: a cross
            *self._buttons(CHECKBOX_ON, rect[2] - rect[0])))

    def radio(self, name: str, tooltip: str,
              options: list[tuple[str, tuple[float, float, float, float]]],
              selected: str | None) -> None:
        group = _Entries()  # its entries follow once its kids (which refer to it) are known
        group_ref = self._doc.Reference(group)
        kids = [
            self._widget(" /Parent ", group_ref, f" /Rect {_rect(rect)} "
                         f"/AS {PDFName(value if value == selected else 'Off')} /MK << /CA (5) >>",
                         *self._buttons(value, rect[2] - rect[0]))
            for value, rect in options
        ]
        chosen = "" if selected is None else f" /V {PDFName(selected)}"
        group.parts = (f"<< /FT /Btn /T {pdf_text(name)} /TU {pdf_text(tooltip)} "
                       f"/Ff {RADIO | NO_TOGGLE_TO_OFF}{chosen} /Kids [",
                       *(part for kid in kids for part in (kid, " ")), "] >>")
        self._form.fields.append(group_ref)
