"""Form fields as the filler sees them, a text value's appearance and a tick, without reading
any PDF; and the empty fields of our own form's template, written with reportlab's public
`canvas.acroForm` API.

Every AcroForm is filled by one filler (`acroform.fill`, pypdf): an official form's template and
our own form's template alike (generated from its layout once and cached, `template`). The printed
form draws each value with `draw_value` and each tick with `mark_content`, as the fields'
appearances show them, so the value looks the same in the editable form, in the printed form and
in a flattened official one.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
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


def add_blank_field(c: canvas.Canvas, info: FieldInfo, key: str) -> None:
    """The empty field `info` (as `layout.field_table` describes it) on the page being drawn,
    through reportlab's public AcroForm API, called `key` (a plain ASCII name: reportlab writes
    a few characters of a name or tooltip in a way pypdf reads otherwise; `acroform.with_marks`
    gives the field its name and tooltip). No border or background of its own (our boxes are
    page content). A text field is written asking for Helvetica 9 pt (reportlab's AcroForm
    knows only the 14 standard fonts); `with_marks` gives it the program's font instead
    (`fieldfont`), and the appearances the filler writes are drawn with the embedded font.
    Checkboxes and radio buttons get their look (`mark_content`) from `with_marks` too."""
    form = c.acroForm
    plain = {"borderWidth": 0, "borderColor": None, "fillColor": None, "annotationFlags": "print"}
    if info.type == "text":
        x1, y1, x2, y2 = info.widgets[0].rect
        form.textfield(name=key, x=x1, y=y1, width=x2 - x1, height=y2 - y1, maxlen=None,
                       fontName="Helvetica", fontSize=9, textColor=colors.black,
                       fieldFlags="multiline" if info.multiline else "", **plain)
    elif info.type == "checkbox":
        x1, y1, x2, _ = info.widgets[0].rect
        form.checkbox(name=key, x=x1, y=y1, size=x2 - x1, buttonStyle="cross",
                      shape="square", fieldFlags="", **plain)
    elif info.type == "radio":
        for state, widget in zip(info.states, info.widgets, strict=True):
            x1, y1, x2, _ = widget.rect
            form.radio(name=key, value=state, x=x1, y=y1, size=x2 - x1, buttonStyle="cross",
                       shape="square", fieldFlags="noToggleToOff radio", **plain)
    else:
        raise ValueError(f"field '{info.name}': no {info.type} fields on our own forms")
