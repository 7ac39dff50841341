"""Putting it together: form folder -> profile + template -> filled PDF (+ continuation sheet).

Our own form (a layout, no template PDF) is filled in the reportlab pass that draws it, editable
or for printing. Official forms plugged in as data are template PDFs, read and written with pypdf
(imported only then: it is the larger part of a cold start).
"""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from ..derive import derive
from ..errors import FormError
from ..fonts import missing_glyphs, register_fonts
from ..model import Case
from ..paths import FORMS, OUR_FORM
from .continuation import draw_sheet, render_sheet
from .fit import Fitted, fit, fit_marker
from .layout import (
    Layout,
    Placement,
    draw_pages,
    field_table,
    load_layout,
    place,
    render_template,
)
from .profile import FieldMap, Profile, load_profile
from .values import FormValues, Overflow, collect
from .widgets import FieldInfo, FieldValues, TextFill, Widget, draw_value, mark_content

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter


@dataclass(frozen=True)
class FilledForm:
    """The filled form's pages followed by the continuation sheet's pages, if any."""

    pdf: bytes
    form_pages: int
    continuation_pages: int
    overflow: list[Overflow] = field(default_factory=list)


def list_forms() -> list[str]:
    """The ids of the forms in forms/ (each a folder with a profile.toml)."""
    return sorted(p.parent.name for p in FORMS.glob("*/profile.toml"))


@dataclass
class LoadedForm:
    form_id: str
    directory: Path
    profile: Profile
    labels: dict[str, tuple[str, str]]
    # our own form, generated from its layout: its fields are known from the placement
    layout: Layout | None = None
    placement: Placement | None = None
    fields: dict[str, FieldInfo] | None = None

    def template(self) -> bytes:
        """Our own form, blank: an AcroForm PDF drawn from the layout. Filling does not need
        it (the form is filled as it is drawn); it is what another filler would be given."""
        assert self.layout is not None and self.placement is not None, self.form_id
        return render_template(self.layout, self.placement)


def _form_dir(form_id: str) -> Path:
    directory = FORMS / form_id
    if not (directory / "profile.toml").is_file():
        known = ", ".join(list_forms()) or "none"
        raise FormError(f"there is no form '{form_id}' (forms/{form_id}/profile.toml is "
                        f"missing); known forms: {known}")
    return directory


@lru_cache(maxsize=16)
def load_form(form_id: str) -> LoadedForm:
    directory = _form_dir(form_id)
    profile_path = directory / "profile.toml"
    profile = load_profile(profile_path)
    labels: dict[str, tuple[str, str]] = {}
    loaded = LoadedForm(form_id, directory, profile, labels)
    if profile.form.layout:
        layout = load_layout(directory / profile.form.layout)
        labels.update({c.name: (c.de, c.en) for c in layout.cells()})
        loaded.layout, loaded.placement = layout, place(layout)
        loaded.fields = field_table(loaded.placement)
        check_against_template(profile, loaded.fields, profile_path)
    return loaded


@lru_cache(maxsize=8)
def _external(path: str, mtime_ns: int, size: int) -> tuple[bytes, PdfReader]:
    from . import acroform

    data = Path(path).read_bytes()
    return data, acroform.open_pdf(data, path)


def template_for(form: LoadedForm, template: Path | None) -> tuple[PdfReader, Path]:
    """The official form's template PDF: `template`, or the file its profile names."""
    ref = form.profile.form.template
    if ref is None:
        raise FormError(f"form '{form.form_id}' is generated from its layout; it takes no "
                        "--template")
    path = template or form.directory / ref.file
    if not path.is_file():
        raise FormError(
            f"form '{form.form_id}' needs its template PDF '{ref.file}' (not shipped with the "
            f"program); pass it with --template PATH or put it into forms/{form.form_id}/"
        )
    try:
        stat = path.stat()
        data, reader = _external(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        raise FormError(f"{path}: cannot be read ({exc.strerror})") from None
    if ref.sha256 and hashlib.sha256(data).hexdigest() != ref.sha256.lower():
        raise FormError(
            f"{path}: this is not the version of the form that forms/{form.form_id}/profile.toml "
            f"was written for (expected '{ref.file}' with SHA-256 {ref.sha256}); positions "
            "would not match, so nothing was filled"
        )
    if ref.pages and len(reader.pages) != ref.pages:
        raise FormError(f"{path}: has {len(reader.pages)} pages, the profile expects "
                        f"{ref.pages}")
    return reader, path


def check_against_template(profile: Profile, fields: dict[str, FieldInfo],
                           source: Path | str) -> None:
    """Every AcroForm field the profile names exists in the template, with a fitting type."""

    def need(where: str, name: str, f: FieldMap | None) -> None:
        info = fields.get(name)
        if info is None:
            raise FormError(f"{source}: {where}: the form has no field '{name}'; run `python "
                            "main.py forms inspect FILE.pdf` to list its fields")
        fmt = f.kind if f else "text"
        if fmt in ("choice", "check"):
            if info.type not in ("radio", "checkbox"):
                raise FormError(f"{source}: {where}: field '{name}' is a {info.type} field, "
                                f"not a checkbox or radio group")
            exports = set(f.options.values()) if f and f.options else set()
            if fmt == "check" and f and not f.options:
                exports = {"true"} if "true" in info.states else set()
            wrong = sorted(exports - set(info.states))
            if wrong:
                raise FormError(f"{source}: {where}: field '{name}' has no option "
                                f"{', '.join(wrong)} (it has: {', '.join(info.states)})")
        elif info.type != "text":
            raise FormError(f"{source}: {where}: field '{name}' is a {info.type} field; a "
                            "text value needs a text field")

    for i, f in enumerate(profile.fields, 1):
        need(f"field #{i} ({f.entry_name()})", f.name, f)
    for lst in profile.lists:
        for n in range(1, lst.rows + 1):
            for f in lst.fields:
                need(f"list '{lst.source}', field {f.name}", f.name.replace("{n}", str(n)), f)
        if lst.more:
            need(f"list '{lst.source}', more", lst.more, None)


def _fit_or_overflow(text: str, width: float, height: float | None, lines: int,
                     leading: float | None, size: float, min_size: float
                     ) -> tuple[Fitted, bool]:
    regular, _ = register_fonts()
    fitted = fit(text, regular, width, height, size, min_size, lines, leading)
    if fitted is not None:
        return fitted, False
    return fit_marker(regular, width, height, size, min_size, leading), True


def _check_glyphs(values: FormValues) -> None:
    for tv in values.texts:
        missing = missing_glyphs(tv.text)
        if missing:
            raise FormError(
                f"the value of '{tv.label_de or tv.key}' has letters the form's font cannot "
                f"print ({''.join(sorted(missing))}); write them in Latin letters as in the "
                "passport"
            )


def _acroform_values(case: Case, form: LoadedForm, fields: dict[str, FieldInfo]
                     ) -> tuple[list[TextFill], dict[str, str | None], list[Overflow]]:
    """Every text field's value fitted into its box, the choices' export values, and what moves
    to the continuation sheet."""
    profile = form.profile
    # an official form's fields are called what their tooltips say (ours: the layout's labels)
    labels = form.labels if form.layout is not None else {
        name: (info.label, "") for name, info in fields.items() if info.label}
    values = collect(case, profile, labels)
    _check_glyphs(values)
    overflow: list[Overflow] = []
    texts: list[TextFill] = []
    for tv in values.texts:
        if not tv.text:
            continue
        info = fields[tv.key]
        x1, y1, x2, y2 = info.widgets[0].rect
        size = tv.spec.font_size or profile.form.font_size
        lines = 20 if info.multiline else 1
        fitted, moved = _fit_or_overflow(tv.text, x2 - x1, y2 - y1, lines, None, size,
                                         profile.form.min_font_size)
        if moved:
            overflow.append(Overflow(tv.label_de, tv.label_en, tv.text))
        texts.append(TextFill(tv.key, " ".join(fitted.lines) if moved else tv.text,
                                       fitted))
    choices = {c.key: c.export for c in values.choices}
    return texts, choices, overflow + values.overflow


def _fill_acroform(case: Case, form: LoadedForm, reader: PdfReader, source: Path,
                   editable: bool) -> tuple[PdfWriter, list[Overflow]]:
    from . import acroform

    fields = acroform.fields_of(reader)
    check_against_template(form.profile, fields, source)
    texts, choices, overflow = _acroform_values(case, form, fields)
    writer = acroform.fill(reader, fields, texts, choices, flatten=not editable)
    return writer, overflow


def _fill_own(case: Case, form: LoadedForm, editable: bool) -> FilledForm:
    """Our own form in one reportlab pass: its pages drawn from the layout with the values and
    then the continuation sheet.

    Editable: every field holds its value and an appearance drawn with the embedded font.
    Printed: no fields; each value and tick is drawn where, and as, the editable form's
    appearance shows it (same fitting, font and position)."""
    assert form.layout is not None and form.placement is not None and form.fields is not None
    fields = form.fields
    texts, choices, overflow = _acroform_values(case, form, fields)
    head = form.profile.form
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{head.title_de} / {head.title_en}")
    if editable:
        values = FieldValues({tf.name: tf for tf in texts}, choices)
        draw_pages(c, form.layout, form.placement, fields=fields, values=values)
    else:
        draw_pages(c, form.layout, form.placement, fields=None,
                   on_page=_printed_values(fields, texts, choices))
    sheet_pages = 0
    if overflow:
        sheet_pages = draw_sheet(c, overflow, head.title_de, head.title_en, _applicant(case))
    c.save()
    return FilledForm(buf.getvalue(), len(form.placement.pages), sheet_pages, overflow)


def _printed_values(fields: dict[str, FieldInfo], texts: list[TextFill],
                    choices: dict[str, str | None]) -> Callable[[canvas.Canvas, int], None]:
    """What draws the values of a page of the printed form: each where, and as, the editable
    form's appearance shows it."""
    by_page: dict[int, list[tuple[TextFill, Widget]]] = {}
    for tf in texts:
        for widget in fields[tf.name].widgets:
            by_page.setdefault(widget.page, []).append((tf, widget))
    marks: dict[int, list[Widget]] = {}
    for name, export in choices.items():
        info = fields[name]
        for widget, state in zip(info.widgets, info.states, strict=True):
            if state == export:
                marks.setdefault(widget.page, []).append(widget)

    def on_page(c: canvas.Canvas, index: int) -> None:
        for tf, widget in by_page.get(index, []):
            x1, y1, x2, y2 = widget.rect
            c.saveState()
            c.translate(x1, y1)
            p = c.beginPath()
            p.rect(0, 0, x2 - x1, y2 - y1)
            c.clipPath(p, stroke=0, fill=0)
            c.setFillColor(colors.black)
            draw_value(c, tf.fitted, y2 - y1)
            c.restoreState()
        for widget in marks.get(index, []):
            x1, y1, x2, _ = widget.rect
            c.saveState()
            c.translate(x1, y1)
            c.addLiteral(mark_content(x2 - x1))
            c.restoreState()

    return on_page


def _applicant(case: Case) -> str:
    return ", ".join(p for p in (case.person.family_name, case.person.first_names) if p)


def _fill_flat(case: Case, form: LoadedForm, reader: PdfReader) -> tuple[PdfWriter,
                                                                         list[Overflow]]:
    from . import overlay

    profile = form.profile
    values = collect(case, profile, form.labels)
    _check_glyphs(values)
    npages = len(reader.pages)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    row_y = {lst.source: lst for lst in profile.lists}
    list_of = {id(f): lst for lst in profile.lists for f in lst.fields}
    texts: list[overlay.PlacedText] = []
    marks: list[overlay.PlacedMark] = []
    overflow: list[Overflow] = []

    def page_of(where: str, page: int | None) -> int:
        if page is None or page > npages:
            raise FormError(f"profile entry {where}: page {page} is not in the form "
                            f"({npages} pages)")
        return page - 1

    for tv in values.texts:
        if not tv.text:
            continue
        f = tv.spec
        lst = list_of.get(id(f))
        page = f.page or (lst.page if lst else None)
        y = f.y if tv.row is None or lst is None else lst.row_y[tv.row - 1] + (f.y or 0)
        assert f.x is not None and f.width is not None and y is not None
        size = f.font_size or profile.form.font_size
        fitted, moved = _fit_or_overflow(tv.text, f.width, None, f.lines, f.line_height, size,
                                         profile.form.min_font_size)
        if moved:
            overflow.append(Overflow(tv.label_de, tv.label_en, tv.text))
        texts.append(overlay.PlacedText(page_of(f.entry_name(), page), f.x - 1.5 + 1.5, y,
                                        fitted))
    for cv in values.choices:
        if cv.export is None:
            continue
        f = cv.spec
        mark = f.marks.get(cv.export) or f.marks.get("true")
        if mark is None:
            continue
        lst = list_of.get(id(f))
        if cv.row is not None and lst is not None:
            y = lst.row_y[cv.row - 1] + (mark.y or 0)
            page = mark.page or lst.page
        else:
            y = mark.y if mark.y is not None else 0.0
            page = mark.page or f.page
        marks.append(overlay.PlacedMark(page_of(f.entry_name(), page), mark.x, y, mark.size))
    del row_y
    writer = overlay.merge(reader, overlay.render_overlay(sizes, texts, marks))
    return writer, overflow + values.overflow


def fill_form(case: Case, form_id: str = OUR_FORM, *, editable: bool = False,
              template: Path | None = None) -> FilledForm:
    """Fill a form with the case's values, and with the values that follow from them
    (assistant/derive.py) where the case leaves those empty.

    `editable` keeps the fields (each with its value and appearance); otherwise the form is
    flattened for printing. `template` is the form's PDF for official forms that do not ship
    with the program. Raises FormError (a UserError) naming the file or profile entry when the
    template or profile cannot be used."""
    form = load_form(form_id)
    # the values that follow from other answers (purpose of stay, subsistence, ...), where the
    # case leaves them empty
    case = derive(case, bilingual=form.profile.form.bilingual)
    if form.layout is not None and template is None:
        return _fill_own(case, form, editable)
    reader, path = template_for(form, template)
    if form.profile.form.kind == "acroform":
        writer, overflow = _fill_acroform(case, form, reader, path, editable)
    else:
        writer, overflow = _fill_flat(case, form, reader)
    form_pages = len(writer.pages)
    sheet_pages = 0
    if overflow:
        from pypdf import PdfReader

        sheet = PdfReader(io.BytesIO(render_sheet(overflow, form.profile.form.title_de,
                                                  form.profile.form.title_en,
                                                  _applicant(case))))
        sheet_pages = len(sheet.pages)
        for page in sheet.pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": f"{form.profile.form.title_de} / "
                                   f"{form.profile.form.title_en}"})
    buf = io.BytesIO()
    writer.write(buf)
    return FilledForm(buf.getvalue(), form_pages, sheet_pages, overflow)
