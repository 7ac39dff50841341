"""Filling an AcroForm template (an official form plugged in as data): values, appearance
streams drawn with the embedded font, flattening. Our own form is filled as it is drawn
(`layout.draw_pages`), with the same appearances.

Every text field gets /V and its own appearance stream (/AP /N), drawn by reportlab with DejaVu
Sans (a subset is embedded), so the value shows in every viewer, also in those that do not build
appearances themselves; NeedAppearances is switched off so that no viewer replaces ours with a
font that lacks the letters. Flattening draws each widget's appearance into the page content and
removes the fields: what prints is exactly what the editable form shows.
"""

from __future__ import annotations

import io

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)
from reportlab.pdfgen import canvas

from ..errors import FormError
from .pdfguard import PDF_ERRORS, damaged_message, quiet_pypdf, read_everything
from .widgets import (
    MULTILINE,
    PUSHBUTTON,
    RADIO,
    FieldInfo,
    Frame,
    TextFill,
    Widget,
    draw_appearance,
)

__all__ = ["FieldInfo", "TextFill", "Widget", "fields_of", "fill", "open_pdf"]

# A field's chain of /Parent entries is followed at most this far (a damaged or hostile PDF may
# make it a loop).
MAX_FIELD_DEPTH = 64


def _lineage(obj: DictionaryObject) -> list[DictionaryObject]:
    """The field and its parents, nearest first; a loop or an endless chain is damage."""
    chain: list[DictionaryObject] = []
    node: DictionaryObject | None = obj
    while node is not None:
        if len(chain) >= MAX_FIELD_DEPTH or any(node is seen for seen in chain):
            raise FormError(damaged_message("the PDF", ValueError("the fields' /Parent "
                                                                  "entries form a loop")))
        chain.append(node)
        parent = node.get("/Parent")
        node = parent.get_object() if parent is not None else None
    return chain


def _full_name(obj: DictionaryObject) -> str:
    parts = [str(node["/T"]) for node in _lineage(obj) if "/T" in node]
    return ".".join(reversed(parts))


def _field_of(widget: DictionaryObject) -> DictionaryObject:
    """The field dictionary a widget belongs to (itself when merged)."""
    if "/T" in widget or "/Parent" not in widget:
        return widget
    return widget["/Parent"].get_object()


def _inherited(obj: DictionaryObject, key: str) -> object:
    for node in _lineage(obj):
        if key in node:
            return node[key]
    return None


def open_pdf(data: bytes, source: str) -> PdfReader:
    """A reader for a template, with a clear error for damaged or encrypted files."""
    if not data.lstrip()[:5].startswith(b"%PDF"):
        raise FormError(f"{source}: this is not a PDF file; give the form's PDF")
    try:
        with quiet_pypdf():
            reader = PdfReader(io.BytesIO(data))
            if reader.is_encrypted:
                raise FormError(
                    f"{source}: the PDF is encrypted (password-protected); ask the authority "
                    "for an unprotected copy of the form"
                )
            if len(reader.pages) == 0:
                raise FormError(f"{source}: the PDF has no pages")
            read_everything(reader, source)  # damage shows now, not while filling
    except FormError:
        raise
    except PDF_ERRORS as exc:
        raise FormError(damaged_message(source, exc)) from None
    return reader


def fields_of(reader: PdfReader) -> dict[str, FieldInfo]:
    """The AcroForm's fields by full name, with their widgets' pages and rectangles."""
    out: dict[str, FieldInfo] = {}
    for index, page in enumerate(reader.pages):
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            fobj = _field_of(widget)
            name = _full_name(fobj)
            ft = _inherited(widget, "/FT")
            flags = int(_inherited(widget, "/Ff") or 0)  # type: ignore[call-overload]
            kind = {"/Tx": "text", "/Ch": "choice", "/Sig": "signature"}.get(str(ft), "button")
            if ft == "/Btn":
                kind = "radio" if flags & RADIO else "checkbox"
                if flags & PUSHBUTTON:
                    kind = "button"
            info = out.get(name)
            if info is None:
                tooltip = _inherited(widget, "/TU")
                info = out[name] = FieldInfo(name, kind, bool(flags & MULTILINE),
                                             label=str(tooltip) if tooltip else "",
                                             inset=frame_of(widget).inset)
            rect = tuple(float(v) for v in widget["/Rect"])
            x1, y1, x2, y2 = rect
            info.widgets.append(Widget(index, (min(x1, x2), min(y1, y2), max(x1, x2),
                                               max(y1, y2))))
            ap = widget.get("/AP")
            if ap is not None and kind in ("radio", "checkbox"):
                normal = ap.get_object().get("/N")
                if normal is not None:
                    for state in normal.get_object():
                        st = str(state)[1:]
                        if st != "Off" and st not in info.states:
                            info.states.append(st)
    return out


def _numbers(value: object) -> tuple[float, ...] | None:
    try:
        return tuple(float(v) for v in value.get_object())  # type: ignore[attr-defined]
    except (AttributeError, TypeError, ValueError):
        return None


def frame_of(widget: DictionaryObject) -> Frame:
    """The widget's background and border as its characteristics (/MK) and border style (/BS,
    else /Border) give them: what a viewer draws around a field's value."""
    mk = widget.get("/MK")
    mk = mk.get_object() if mk is not None else {}
    width = 1.0
    bs = widget.get("/BS")
    if bs is not None and "/W" in bs.get_object():
        width = float(bs.get_object()["/W"])
    elif "/Border" in widget:
        border = _numbers(widget["/Border"])
        width = border[2] if border and len(border) >= 3 else 1.0
    return Frame(_numbers(mk.get("/BG")) or None, _numbers(mk.get("/BC")) or None, width)


def _appearances(texts: list[tuple[TextFill, float, float, Frame]]) -> bytes:
    """One reportlab PDF holding a form XObject per text field (named a0, a1, ...)."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(100, 100), invariant=1, pageCompression=1)
    for i, (tf, w, h, frame) in enumerate(texts):
        draw_appearance(c, f"a{i}", tf.fitted, w, h, frame)
    for i in range(len(texts)):
        c.doForm(f"a{i}")
    c.showPage()
    c.save()
    return buf.getvalue()


def fill(template: PdfReader, infos: dict[str, FieldInfo], texts: list[TextFill],
         choices: dict[str, str | None], flatten: bool) -> PdfWriter:
    writer = PdfWriter(clone_from=template)
    by_name: dict[str, list[DictionaryObject]] = {}
    for page in writer.pages:
        for ref in page.get("/Annots") or []:
            widget = ref.get_object()
            if widget.get("/Subtype") == "/Widget":
                by_name.setdefault(_full_name(_field_of(widget)), []).append(widget)

    sized: list[tuple[TextFill, float, float, Frame]] = []
    for tf in texts:
        x1, y1, x2, y2 = infos[tf.name].widgets[0].rect
        widgets = by_name.get(tf.name, [])
        sized.append((tf, x2 - x1, y2 - y1, frame_of(widgets[0]) if widgets else Frame()))
    # (a form with only checkboxes and choices filled has no text appearances to draw)
    xobjects = PdfReader(io.BytesIO(_appearances(sized))).pages[0]["/Resources"][
        "/XObject"] if sized else {}
    for i, (tf, _, _, _) in enumerate(sized):
        xobj = xobjects[f"/FormXob.a{i}"].get_object()
        ref = xobj.clone(writer).indirect_reference
        for widget in by_name.get(tf.name, []):
            fobj = _field_of(widget)
            fobj[NameObject("/V")] = TextStringObject(tf.value)
            widget[NameObject("/AP")] = DictionaryObject({NameObject("/N"): ref})
            if "/MaxLen" in fobj and len(tf.value) > int(fobj["/MaxLen"]):
                del fobj[NameObject("/MaxLen")]
    for name, export in choices.items():
        state = NameObject(f"/{export}" if export else "/Off")
        for widget in by_name.get(name, []):
            fobj = _field_of(widget)
            fobj[NameObject("/V")] = state
            normal = widget.get("/AP", {}).get("/N", {})
            widget[NameObject("/AS")] = state if state in normal else NameObject("/Off")

    root = writer.root_object
    acro = root.get("/AcroForm")
    if acro is not None:
        acro = acro.get_object()
        acro[NameObject("/NeedAppearances")] = _false()
    if flatten:
        _flatten(writer)
    return writer


def _false() -> object:
    from pypdf.generic import BooleanObject

    return BooleanObject(False)


def _box(values: object) -> tuple[float, float, float, float]:
    """A rectangle as (left, bottom, right, top), whichever corners it names (PDF 32000-1,
    7.9.5: an official form's appearance boxes often run from top to bottom)."""
    x1, y1, x2, y2 = (float(v) for v in values)  # type: ignore[attr-defined]
    return min(x1, x2), min(y1, y2), max(x1, x2), max(y1, y2)


def _form_box(stream: DictionaryObject) -> tuple[float, float, float, float]:
    """The box an appearance stream covers: its /BBox through its /Matrix, which Do applies
    (PDF 32000-1, 12.5.5)."""
    x1, y1, x2, y2 = _box(stream["/BBox"])
    matrix = stream.get("/Matrix")
    if matrix is None:
        return x1, y1, x2, y2
    a, b, c, d, e, f = (float(v) for v in matrix)
    xs, ys = [], []
    for x, y in ((x1, y1), (x1, y2), (x2, y1), (x2, y2)):
        xs.append(a * x + c * y + e)
        ys.append(b * x + d * y + f)
    return min(xs), min(ys), max(xs), max(ys)


def _flatten(writer: PdfWriter) -> None:
    """Draw every widget's current appearance into its page, then remove the fields."""
    for page in writer.pages:
        annots = page.get("/Annots")
        if not annots:
            continue
        keep = ArrayObject()
        ops: list[str] = []
        resources = page.get("/Resources")
        resources = resources.get_object() if resources is not None else DictionaryObject()
        page[NameObject("/Resources")] = resources
        xdict = resources.get("/XObject")
        xdict = xdict.get_object() if xdict is not None else DictionaryObject()
        resources[NameObject("/XObject")] = xdict
        for n, ref in enumerate(annots):
            annot = ref.get_object()
            if annot.get("/Subtype") != "/Widget":
                keep.append(ref)
                continue
            if int(annot.get("/F", 0)) & 2:  # hidden
                continue
            normal = annot.get("/AP", {}).get("/N")
            if normal is None:
                continue
            stream = normal.get_object()
            if "/BBox" not in stream:
                state = annot.get("/AS")
                if state is None or state not in stream:
                    continue
                stream = stream[state].get_object()
            x1, y1, x2, y2 = _box(annot["/Rect"])
            bx1, by1, bx2, by2 = _form_box(stream)
            bw, bh = bx2 - bx1, by2 - by1
            if bw <= 0 or bh <= 0:
                continue
            a, d = (x2 - x1) / bw, (y2 - y1) / bh
            e, f = x1 - bx1 * a, y1 - by1 * d
            name = f"/Flat{n}"
            sref = stream.indirect_reference
            xdict[NameObject(name)] = sref if isinstance(sref, IndirectObject) else (
                writer._add_object(stream))
            ops.append(f"q {a:.6f} 0 0 {d:.6f} {e:.4f} {f:.4f} cm {name} Do Q")
        old = page.get_contents()
        data = b"q\n" + (old.get_data() if old is not None else b"") + b"\nQ\n"
        data += "\n".join(ops).encode("ascii") + b"\n"
        content = DecodedStreamObject()
        content.set_data(data)
        page[NameObject("/Contents")] = writer._add_object(content.flate_encode())
        if keep:
            page[NameObject("/Annots")] = keep
        else:
            del page[NameObject("/Annots")]
    root = writer.root_object
    if "/AcroForm" in root:
        del root[NameObject("/AcroForm")]
