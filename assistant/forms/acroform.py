"""The one AcroForm filler: values, appearance streams drawn with the embedded font,
flattening. It fills an official form's template PDF (plugged in as data) and our own form's
template (generated from its layout once and cached, `template.blank_template`) alike, through
the public API of pypdf and reportlab only.

Every text field gets /V and its own appearance stream (/AP /N), drawn by reportlab with DejaVu
Sans (a subset is embedded), so the value shows in every viewer, also in those that do not build
appearances themselves; NeedAppearances is switched off so that no viewer replaces ours with a
font that lacks the letters. Our own form's fields ask for the program's font where a viewer
draws a field anew (a person typing into the editable form): its /DA names the Unicode font that
its /DR holds (`fieldfont`), not Helvetica. Flattening draws each widget's appearance into the
page content and removes the fields: what prints is exactly what the editable form shows.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from weakref import WeakKeyDictionary

from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DecodedStreamObject,
    DictionaryObject,
    IndirectObject,
    NameObject,
    TextStringObject,
)
from reportlab.pdfgen import canvas

from ..errors import FormError
from .fieldfont import FIELD_DA, FIELD_FONT, field_font
from .pdfguard import PDF_ERRORS, damaged_message, quiet_pypdf, read_everything
from .update import Increment
from .widgets import (
    MULTILINE,
    PUSHBUTTON,
    RADIO,
    FieldInfo,
    Frame,
    TextFill,
    Widget,
    draw_appearance,
    mark_content,
)

__all__ = ["FieldInfo", "TextFill", "Widget", "fields_of", "fill", "open_pdf", "widgets_of",
           "with_marks"]

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


def _xobjects(update: Increment, draw: Callable[[canvas.Canvas], list[str]]
              ) -> list[IndirectObject]:
    """Form XObjects drawn by reportlab, brought into `update`: `draw` defines them on a canvas
    (beginForm ... endForm) and returns their names; their references, in that order."""
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(100, 100), invariant=1, pageCompression=1)
    names = draw(c)
    if not names:
        return []
    for name in names:
        c.doForm(name)
    c.showPage()
    c.save()
    found = PdfReader(io.BytesIO(buf.getvalue())).pages[0]["/Resources"]["/XObject"]
    return [update.adopt(found.raw_get(f"/FormXob.{name}")) for name in names]


Widgets = dict[str, list[tuple[IndirectObject, IndirectObject]]]
_found: WeakKeyDictionary[PdfReader, Widgets] = WeakKeyDictionary()


def widgets_of(reader: PdfReader) -> Widgets:
    """Each field's widgets by the field's full name: (the widget, the field it belongs to; the
    same when they are merged). Found once per reader (a template's reader is kept for the
    next form)."""
    found = _found.get(reader)
    if found is None:
        found = _found[reader] = _widgets(reader)
    return found


def _widgets(reader: PdfReader) -> Widgets:
    out: Widgets = {}
    for page in reader.pages:
        for ref in page.get("/Annots") or []:
            if not isinstance(ref, IndirectObject):
                continue  # a widget is always an indirect object in a well-formed PDF
            widget = ref.get_object()
            if widget.get("/Subtype") != "/Widget":
                continue
            field = ref
            if "/T" not in widget and isinstance(widget.raw_get("/Parent"), IndirectObject):
                field = widget.raw_get("/Parent")
            out.setdefault(_full_name(field.get_object()), []).append((ref, field))
    return out


# what reportlab writes into each text field for the Helvetica 9 pt `add_blank_field` asks it
# for (reportlab's AcroForm knows only the 14 standard fonts); `with_marks` removes it, so that
# every field takes the form's /DA, which names the program's font
REPORTLAB_DA = "/Helv 9 Tf 0 0 0 rg"


def with_marks(pdf: bytes, names: dict[str, tuple[str, str]]) -> bytes:
    """`pdf` (reportlab's AcroForm) with each field named and its tooltip set as `names` says
    (the name reportlab wrote -> name, tooltip), and each checkbox's and radio button's
    appearances replaced by ours: the tick of `mark_content` when on, nothing when off
    (reportlab's own draw a ZapfDingbats letter, which a viewer without that font shows
    otherwise, and which the printed form does not draw)."""
    reader = PdfReader(io.BytesIO(pdf))
    update = Increment(pdf, reader)
    buttons: list[tuple[IndirectObject, str, float, float]] = []
    texts: list[IndirectObject] = []
    for key, pairs in _widgets(reader).items():
        name, tooltip = names.get(key, (key, ""))
        field = update.edit(pairs[0][1])
        field[NameObject("/T")] = TextStringObject(name)
        if tooltip:
            field[NameObject("/TU")] = TextStringObject(tooltip)
        for ref, _ in pairs:
            widget = ref.get_object()
            # without what reportlab writes that the PDF does not need: the page (/P) and type
            # of a widget, a text field's empty value, default value and flags, its font (the
            # form's /DA says it): less for the filler to read
            slim = update.edit(ref)
            for entry, empty in (("/V", ""), ("/DV", ""), ("/Ff", 0), ("/DA", REPORTLAB_DA)):
                if entry in slim and slim[entry] == empty:
                    del slim[NameObject(entry)]
            for entry in ("/P", "/Type"):
                slim.pop(NameObject(entry), None)
            if _inherited(widget, "/FT") != "/Btn":
                texts.append(ref)
                continue
            normal = widget["/AP"]["/N"]
            on = next(str(k) for k in normal if k != "/Off")
            x1, y1, x2, y2 = _box(widget["/Rect"])
            buttons.append((ref, on, round(x2 - x1, 3), round(y2 - y1, 3)))
    sizes = sorted({(w, h) for _, _, w, h in buttons})

    def draw(c: canvas.Canvas) -> list[str]:
        c.beginForm("empty", 0, 0, 1, 1)  # an empty text field's look, whatever its size
        c.addLiteral("/Tx BMC EMC")
        c.endForm()
        drawn = ["empty"]
        for i, (w, h) in enumerate(sizes):
            for look, content in ((f"on{i}", mark_content(w)), (f"off{i}", "")):
                c.beginForm(look, 0, 0, w, h)
                c.addLiteral(content)
                c.endForm()
                drawn.append(look)
        return drawn

    root_ref = reader.trailer.raw_get("/Root")
    form = DictionaryObject(reader.trailer["/Root"]["/AcroForm"])
    form[NameObject("/DA")] = TextStringObject(FIELD_DA)
    # the program's font for every field, instead of reportlab's Helvetica and its encoding
    form[NameObject("/DR")] = DictionaryObject({NameObject("/Font"): DictionaryObject({
        NameObject(FIELD_FONT): field_font(update.add)})})
    update.edit(root_ref)[NameObject("/AcroForm")] = form
    empty, *refs = _xobjects(update, draw)
    for ref in texts:
        update.edit(ref)[NameObject("/AP")] = DictionaryObject({NameObject("/N"): empty})
    looks = {size: (refs[2 * i], refs[2 * i + 1]) for i, size in enumerate(sizes)}
    for ref, on, w, h in buttons:
        tick, blank = looks[(w, h)]
        update.edit(ref)[NameObject("/AP")] = DictionaryObject({
            NameObject("/N"): DictionaryObject({NameObject(on): tick, NameObject("/Off"): blank})})
    # written once more as one document of what is used (not reportlab's looks replaced here,
    # nor the first versions of the fields): a template is drawn once, filled many times
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(update.write())))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def fill(data: bytes, template: PdfReader, infos: dict[str, FieldInfo], texts: list[TextFill],
         choices: dict[str, str | None], flatten: bool) -> Increment:
    """The AcroForm `template` (read from `data`) with each text field holding its value and
    an appearance of it, each checkbox and radio group its state; flattened (`flatten`: the
    appearances drawn into the pages, the fields removed) or editable. The template's reader is
    not changed; the result is written as an update of `data` (`Increment.write`)."""
    update = Increment(data, template)
    by_name = widgets_of(template)

    sized: list[tuple[TextFill, float, float, Frame]] = []
    for tf in texts:
        x1, y1, x2, y2 = infos[tf.name].widgets[0].rect
        widgets = by_name.get(tf.name, [])
        sized.append((tf, x2 - x1, y2 - y1,
                      frame_of(widgets[0][0].get_object()) if widgets else Frame()))

    def draw(c: canvas.Canvas) -> list[str]:
        for i, (tf, w, h, frame) in enumerate(sized):
            draw_appearance(c, f"a{i}", tf.fitted, w, h, frame)
        return [f"a{i}" for i in range(len(sized))]

    # (a form with only checkboxes and choices filled has no text appearances to draw)
    for (tf, _, _, _), look in zip(sized, _xobjects(update, draw), strict=True):
        for ref, field in by_name.get(tf.name, []):
            fobj = update.edit(field)
            fobj[NameObject("/V")] = TextStringObject(tf.value)
            update.edit(ref)[NameObject("/AP")] = DictionaryObject({NameObject("/N"): look})
            if "/MaxLen" in fobj and len(tf.value) > int(fobj["/MaxLen"]):
                del fobj[NameObject("/MaxLen")]
    for name, export in choices.items():
        state = NameObject(f"/{export}" if export else "/Off")
        for ref, field in by_name.get(name, []):
            if update.current(field).get("/V") != state:  # type: ignore[union-attr]
                update.edit(field)[NameObject("/V")] = state
            widget = update.current(ref)
            normal = widget.get("/AP", {}).get("/N", {})  # type: ignore[union-attr]
            shown = state if state in normal else NameObject("/Off")
            if widget.get("/AS") != shown:  # type: ignore[union-attr]
                update.edit(ref)[NameObject("/AS")] = shown

    root_ref = template.trailer.raw_get("/Root")
    acro = template.trailer["/Root"].raw_get("/AcroForm")
    if flatten:
        _flatten(update, template)
        for pairs in by_name.values():
            for ref, field in pairs:
                update.drop(ref)
                update.drop(field)
        del update.edit(root_ref)[NameObject("/AcroForm")]
        if isinstance(acro, IndirectObject):
            update.drop(acro)
    elif isinstance(acro, IndirectObject):
        update.edit(acro)[NameObject("/NeedAppearances")] = BooleanObject(False)
    elif acro is not None:
        form = DictionaryObject(acro)
        form[NameObject("/NeedAppearances")] = BooleanObject(False)
        update.edit(root_ref)[NameObject("/AcroForm")] = form
    return update


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


def _flatten(update: Increment, template: PdfReader) -> None:
    """Draw every widget's current appearance into its page (after the page's own content),
    then take the widgets off the page."""
    for page in template.pages:
        annots = page.get("/Annots")
        page_ref = page.indirect_reference
        if not annots or page_ref is None:
            continue
        keep = ArrayObject()
        ops: list[str] = []
        inherited = _inherited(page, "/Resources")  # the page's own, or its page tree's
        resources = DictionaryObject(inherited) if isinstance(inherited, DictionaryObject) else (
            DictionaryObject())
        xdict = DictionaryObject(resources["/XObject"]) if "/XObject" in resources else (
            DictionaryObject())
        resources[NameObject("/XObject")] = xdict
        for n, ref in enumerate(annots):
            annot = update.current(ref) if isinstance(ref, IndirectObject) else ref
            assert isinstance(annot, DictionaryObject)
            if annot.get("/Subtype") != "/Widget":
                keep.append(ref)
                continue
            if int(annot.get("/F", 0)) & 2:  # hidden
                continue
            ap = annot.get("/AP")
            look = ap.raw_get("/N") if isinstance(ap, DictionaryObject) else None
            normal = update.current(look) if isinstance(look, IndirectObject) else look
            if isinstance(normal, DictionaryObject) and "/BBox" not in normal:
                state = annot.get("/AS")  # a button: the appearance of its state
                look = normal.raw_get(state) if state is not None else None
            if not isinstance(look, IndirectObject):
                continue
            stream = update.current(look)
            x1, y1, x2, y2 = _box(annot["/Rect"])
            bx1, by1, bx2, by2 = _form_box(stream)  # type: ignore[arg-type]
            bw, bh = bx2 - bx1, by2 - by1
            if bw <= 0 or bh <= 0:
                continue
            a, d = (x2 - x1) / bw, (y2 - y1) / bh
            e, f = x1 - bx1 * a, y1 - by1 * d
            name = f"/Flat{n}"
            xdict[NameObject(name)] = look
            ops.append(f"q {a:.6f} 0 0 {d:.6f} {e:.4f} {f:.4f} cm {name} Do Q")
        before, after = DecodedStreamObject(), DecodedStreamObject()
        before.set_data(b"q\n")
        after.set_data(b"\nQ\n" + "\n".join(ops).encode("ascii") + b"\n")
        old = page.raw_get("/Contents")
        if isinstance(old, IndirectObject) and isinstance(old.get_object(), ArrayObject):
            old = old.get_object()
        contents = list(old) if isinstance(old, ArrayObject) else ([] if old is None else [old])
        new_page = update.edit(page_ref)
        new_page[NameObject("/Contents")] = ArrayObject(
            [update.add(before), *contents, update.add(after.flate_encode())])
        new_page[NameObject("/Resources")] = resources
        if keep:
            new_page[NameObject("/Annots")] = keep
        else:
            del new_page[NameObject("/Annots")]
