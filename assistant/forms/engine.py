"""Putting it together: form folder -> profile + template -> filled PDF (+ continuation sheet).

Every AcroForm is filled by one filler (`acroform.fill`, pypdf): official forms plugged in as
data (template PDFs) and our own form, whose blank template is drawn from its layout once and
cached (`template`). Our printed form is drawn with its values in one reportlab pass (no fields,
no pypdf); it looks exactly like the editable one.
"""

from __future__ import annotations

import hashlib
import io
import math
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
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
from ..reading import MAX_PDF_BYTES, read_regular_file
from .continuation import draw_sheet, render_sheet
from .fit import Fitted, fit, fit_marker
from .layout import (
    Layout,
    Placement,
    draw_pages,
    field_table,
    load_layout,
    place,
)
from .pdfguard import damaged_pdf
from .profile import (
    FONT_SIZES,
    FieldMap,
    Profile,
    ProfileProblems,
    profile_problems,
    read_profile,
    source_type,
)
from .values import FormValues, Overflow, collect
from .widgets import FieldInfo, TextFill, Widget, draw_value, mark_content

if TYPE_CHECKING:
    from pypdf import PdfReader, PdfWriter

    from .update import Increment


@dataclass(frozen=True)
class FilledForm:
    """The filled form's pages followed by the continuation sheet's pages, if any."""

    pdf: bytes
    form_pages: int
    continuation_pages: int
    overflow: list[Overflow] = field(default_factory=list)


PROFILE = "profile.toml"


def form_folders() -> list[tuple[str, Path]]:
    """Where forms are searched, in this order: the program's own `forms/`, the centre's
    `forms_dir` (centre.toml) and `forms/` in the user's data folder. An id found in an earlier
    folder hides the same id in a later one (the program's own forms cannot be replaced)."""
    from ..config import load_settings, user_forms_dir

    folders = [("program", FORMS)]
    centre = load_settings().forms_dir
    if centre is not None:
        folders.append(("centre", centre))
    folders.append(("user", user_forms_dir()))
    return folders


@dataclass(frozen=True)
class FoundForm:
    form_id: str
    directory: Path
    origin: str  # "program", "centre" or "user" (see form_folders)


def found_forms() -> list[FoundForm]:
    """Every form in the folders of `form_folders()`, each id once (the first folder wins), in
    the order of the folders and then by id."""
    out: dict[str, FoundForm] = {}
    for origin, folder in form_folders():
        try:
            profiles = sorted(folder.glob(f"*/{PROFILE}"))
        except OSError:
            continue
        for p in profiles:
            out.setdefault(p.parent.name, FoundForm(p.parent.name, p.parent, origin))
    return list(out.values())


def list_forms() -> list[str]:
    """The ids of the forms found (each a folder with a profile.toml), see `form_folders()`."""
    return [f.form_id for f in found_forms()]


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

    def layout_file(self) -> Path:
        assert self.profile.form.layout, self.form_id
        return self.directory / self.profile.form.layout

    def template(self) -> bytes:
        """Our own form, blank: an AcroForm PDF drawn from the layout once and cached
        (`template.blank_template`); what the filler fills."""
        from .template import blank_template

        assert self.layout is not None and self.placement is not None, self.form_id
        return blank_template(self.layout_file(), self.layout, self.placement)

    def template_reader(self) -> PdfReader:
        """The blank template read with pypdf (once per process)."""
        from .template import template_reader

        assert self.layout is not None and self.placement is not None, self.form_id
        return template_reader(self.layout_file(), self.layout, self.placement)

    def prepare(self, editable: bool) -> None:
        """Read now what filling the form will read (our editable form: its blank template and
        its fields), e.g. while a one-command process loads what lives until it exits
        (`loading.long_lived`)."""
        if editable and self.layout is not None:
            from .acroform import widgets_of

            widgets_of(self.template_reader())


def is_profile_path(form: str) -> bool:
    """Whether `--form` names a profile file or folder rather than a form id."""
    return form.endswith(".toml") or "/" in form or "\\" in form or form in (".", "..")


def _form_dir(form: str) -> Path:
    """The folder of a form: `form` is an id (searched in `form_folders()`) or the path of a
    profile file (profile.toml) or of the folder holding it."""
    if is_profile_path(form):
        path = Path(form).expanduser()
        if path.is_dir() and (path / PROFILE).is_file():
            return path.resolve()
        if path.is_file() and path.name == PROFILE:
            return path.resolve().parent
        if path.is_file():
            raise FormError(f"{form}: a form's profile is called {PROFILE} (its folder holds "
                            "the template PDF and, for our form, the layout)")
        raise FormError(f"{form}: no such profile file")
    if (FORMS / form / PROFILE).is_file():  # the program's own come first: no search needed
        return FORMS / form
    for found in found_forms():
        if found.form_id == form:
            return found.directory
    known = ", ".join(list_forms()) or "none"
    searched = "; ".join(str(folder) for _, folder in form_folders())
    raise FormError(f"there is no form '{form}'; known forms: {known} (searched: {searched}). "
                    f"Give a form id or the path of a {PROFILE}")


def _stamp(path: Path) -> tuple[int, int]:
    try:
        st = path.stat()
    except OSError:
        return (0, 0)
    return (st.st_mtime_ns, st.st_size)


def _read_form(directory: Path) -> tuple[LoadedForm, list[str]]:
    """The form as its folder describes it, and every problem that shows without a template
    PDF (our own form's fields are known from its layout). Raises ProfileProblems when the
    profile cannot even be read."""
    profile = read_profile(directory / PROFILE)
    problems = profile_problems(profile)
    labels: dict[str, tuple[str, str]] = {}
    loaded = LoadedForm(directory.name, directory, profile, labels)
    if profile.form.layout:
        layout = load_layout(directory / profile.form.layout)
        labels.update({c.name: (c.de, c.en) for c in layout.cells()})
        loaded.layout, loaded.placement = layout, place(layout)
        loaded.fields = field_table(loaded.placement)
        problems += acroform_problems(profile, loaded.fields)
    return loaded, problems


@lru_cache(maxsize=16)
def _load_dir(directory: Path, stamp: tuple[int, int]) -> LoadedForm:
    loaded, problems = _read_form(directory)
    if problems:
        raise ProfileProblems(loaded.directory / PROFILE, _unique(problems))
    return loaded


def load_form(form: str) -> LoadedForm:
    """A usable form, by id or by the path of its profile (see `_form_dir`); a profile that
    would lose, misplace or hang raises ProfileProblems. Kept once read, until its profile
    file changes."""
    directory = _form_dir(form)
    return _load_dir(directory, _stamp(directory / PROFILE))


load_form.cache_clear = _load_dir.cache_clear  # type: ignore[attr-defined]


def _unique(lines: list[str]) -> list[str]:
    return list(dict.fromkeys(lines))


@dataclass(frozen=True)
class InstalledForm:
    """A form found in `form_folders()`, and whether it can be filled as it is."""

    form_id: str
    title_de: str
    title_en: str
    origin: str  # "program", "centre" or "user"
    directory: Path
    problem: str | None = None  # why it cannot be filled without --template; None: it can


def installed_forms() -> list[InstalledForm]:
    """Every form found, our own first, each with what keeps it from being filled as it is
    (a profile that cannot be used, a template PDF missing from its folder or of another
    version), or None."""
    out: list[InstalledForm] = []
    for found in found_forms():
        title_de = title_en = found.form_id
        problem: str | None = None
        try:
            form = _load_dir(found.directory, _stamp(found.directory / PROFILE))
            title_de, title_en = form.profile.form.title_de, form.profile.form.title_en
            if form.profile.form.template is not None:
                reader, _ = template_for(form, None)
                problems = template_problems(form.profile, reader)
                if problems:
                    raise ProfileProblems(found.directory / PROFILE, _unique(problems))
        except FormError as exc:
            problem = str(exc).splitlines()[0]
        out.append(InstalledForm(found.form_id, title_de, title_en, found.origin,
                                 found.directory, problem))
    out.sort(key=lambda f: f.form_id != OUR_FORM)
    return out


def check_form(form_id: str, template: Path | None = None) -> list[str]:
    """`forms check`: every problem of the form's profile, with its template PDF where it has
    one, one line each naming the profile and the entry; empty when the form is usable.
    Raises FormError when the check cannot run (no such form, template missing or another
    version of the form)."""
    directory = _form_dir(form_id)
    path = directory / PROFILE
    try:
        form, problems = _read_form(directory)
    except ProfileProblems as exc:
        return [f"{path}: {p}" for p in exc.problems]
    if form.profile.form.template is not None or template is not None:
        reader, _ = template_for(form, template)
        problems += template_problems(form.profile, reader)
    return [f"{path}: {p}" for p in _unique(problems)]


def template_problems(profile: Profile, reader: PdfReader) -> list[str]:
    """What is wrong with the profile for this template PDF: fields (AcroForm) or places
    (flat form)."""
    with damaged_pdf("the form's template PDF"):
        if profile.form.kind == "acroform":
            from . import acroform

            return acroform_problems(profile, acroform.fields_of(reader))
        sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
    return flat_problems(profile, sizes)


@lru_cache(maxsize=8)
def _external(path: str, mtime_ns: int, size: int) -> tuple[bytes, PdfReader]:
    from . import acroform

    data = read_regular_file(path, MAX_PDF_BYTES, "PDF template", FormError)
    return data, acroform.open_pdf(data, path)


def template_for(form: LoadedForm, template: Path | None) -> tuple[PdfReader, Path]:
    """The official form's template PDF: `template`, or the file its profile names."""
    _, reader, path = _template_file(form, template)
    return reader, path


def _template_file(form: LoadedForm, template: Path | None) -> tuple[bytes, PdfReader, Path]:
    """The official form's template PDF (its bytes, read, and where it is): `template`, or the
    file its profile names."""
    ref = form.profile.form.template
    if ref is None:
        raise FormError(f"form '{form.form_id}' is generated from its layout; it takes no "
                        "--template")
    path = template or form.directory / ref.file
    if not path.is_file():
        raise FormError(
            f"form '{form.form_id}' needs its template PDF '{ref.file}' (not shipped with the "
            f"program); pass it with --template PATH or put it into {form.directory}"
        )
    try:
        stat = path.stat()
        data, reader = _external(str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        raise FormError(f"{path}: cannot be read ({exc.strerror})") from None
    if ref.sha256 and hashlib.sha256(data).hexdigest() != ref.sha256.lower():
        raise FormError(
            f"{path}: this is not the version of the form that {form.directory / PROFILE} "
            f"was written for (expected '{ref.file}' with SHA-256 {ref.sha256}); positions "
            "would not match, so nothing was filled"
        )
    if ref.pages and len(reader.pages) != ref.pages:
        raise FormError(f"{path}: has {len(reader.pages)} pages, the profile expects "
                        f"{ref.pages}")
    return data, reader, path


def check_against_template(profile: Profile, fields: dict[str, FieldInfo],
                           source: Path | str) -> None:
    """Every AcroForm field the profile names exists in the template, with a fitting type;
    raises ProfileProblems listing every one that does not."""
    problems = acroform_problems(profile, fields)
    if problems:
        raise ProfileProblems(source, problems)


def _choice_keys(f: FieldMap, model: type) -> list[str]:
    """Every value a choice's source can hold: the enumeration's values, or true and false."""
    try:
        typ, is_list = source_type(model, f.sources[0])
    except (KeyError, IndexError):
        return []
    if not is_list and isinstance(typ, type) and issubclass(typ, StrEnum):
        return [m.value for m in typ]
    return ["true", "false"]


def acroform_problems(profile: Profile, fields: dict[str, FieldInfo]) -> list[str]:
    """Fields the profile names that the form lacks or that are of another type; options and
    checkbox on-states the fields do not have (the on-state read from the widgets'
    appearance names, and suggested)."""
    out: list[str] = []
    list_types = {}
    for lst in profile.lists:
        try:
            list_types[lst.source] = source_type(Case, lst.source)[0]
        except KeyError:
            list_types[lst.source] = None

    def need(where: str, name: str, f: FieldMap | None, model: type | None) -> None:
        info = fields.get(name)
        if info is None:
            out.append(f"{where}: the form has no field '{name}'; run `python main.py forms "
                       "inspect FILE.pdf` to list its fields")
            return
        fmt = f.kind if f else "text"
        if fmt not in ("choice", "check"):
            if info.type != "text":
                out.append(f"{where}: field '{name}' is a {info.type} field; a text value "
                           "needs a text field")
            return
        assert f is not None
        if info.type not in ("radio", "checkbox"):
            out.append(f"{where}: field '{name}' is a {info.type} field, not a checkbox or "
                       "radio group")
            return
        has = ", ".join(info.states) or "none"
        if fmt == "check":
            on = f.options.get("true", "true")
            if on not in info.states:
                hint = (f"; its on-state is '{info.states[0]}': write options = {{ true = "
                        f"\"{info.states[0]}\" }}" if len(info.states) == 1 else
                        f" (it has: {has})")
                out.append(f"{where}: checkbox '{name}' has no on-state '{on}'{hint}")
            return
        if f.options:
            wrong = sorted(set(f.options.values()) - set(info.states))
            if wrong:
                out.append(f"{where}: field '{name}' has no option {', '.join(wrong)} (it "
                           f"has: {has})")
            return
        if model is None:
            return
        lost = [k for k in _choice_keys(f, model)
                if k not in info.states and (k not in f.values or k in ("true", "false"))]
        if lost:
            out.append(f"{where}: field '{name}' has no option {', '.join(lost)} (it has: "
                       f"{has}); map the case's values with `options`, or give a text in "
                       "`values` for the continuation sheet")

    for where, f, lst in profile.entries():
        if f.sheet:
            continue
        if lst is None:
            need(where, f.name, f, Case)
            continue
        for n in range(1, lst.rows + 1):
            need(where, lst.field_name(f, n), f, list_types.get(lst.source))
    for lst in profile.lists:
        if lst.more:
            need(f"list '{lst.source}', more", lst.more, None, None)
    return out


Rect = tuple[float, float, float, float]


def _text_rect(x: float, y: float, width: float, lines: int, leading: float,
               size: float) -> Rect:
    """Where a value's lines can reach: from the last line's descenders to the first's
    ascenders (DejaVu Sans: 0.24 and 0.76 of the size)."""
    return (x, y - 0.24 * size - (lines - 1) * leading, x + width, y + 0.76 * size)


def flat_problems(profile: Profile, sizes: list[tuple[float, float]]) -> list[str]:
    """A flat form's places: each on a page of the template, inside it, and not on another
    entry's place."""
    from .fit import LEADING

    out: list[str] = []
    placed: list[tuple[str, int, Rect]] = []  # (entry, 0-based page, rectangle)
    base = profile.form.font_size

    def put(where: str, page: int | None, rect: Rect) -> None:
        if page is None:
            return
        if not all(math.isfinite(v) for v in rect):
            return  # reported as not finite
        if not 1 <= page <= len(sizes):
            out.append(f"{where}: page {page} is not in the form ({len(sizes)} pages)")
            return
        w, h = sizes[page - 1]
        x1, y1, x2, y2 = rect
        if x1 < -0.01 or y1 < -0.01 or x2 > w + 0.01 or y2 > h + 0.01:
            out.append(f"{where}: its place (x {x1:g} to {x2:g}, y {y1:g} to {y2:g}) reaches "
                       f"beyond page {page} ({w:g} x {h:g} pt)")
        placed.append((where, page, rect))

    def text(where: str, f: FieldMap, page: int | None, y: float | None) -> None:
        if f.x is None or f.width is None or y is None:
            return
        size = f.font_size or base
        if not FONT_SIZES[0] <= size <= FONT_SIZES[1]:
            return  # reported as unreadable; its place cannot be told
        put(where, page, _text_rect(f.x, y, f.width, f.lines, f.line_height or size * LEADING,
                                    size))

    def marks(where: str, f: FieldMap, page: int | None, row_y: float | None) -> None:
        seen: set[tuple[int | None, float, float]] = set()
        for key, m in f.marks.items():
            y = (m.y or 0.0) + row_y if row_y is not None else m.y
            if y is None or (m.page or page, m.x, y) in seen:
                continue  # several values crossed in one place (any kind of insurance: "yes")
            seen.add((m.page or page, m.x, y))
            h = m.size / 2
            put(f"{where}, mark '{key}'", m.page or page, (m.x - h, y - h, m.x + h, y + h))

    for where, f, lst in profile.entries():
        if f.sheet:
            continue
        rows = [None] if lst is None else [(n, y) for n, y in enumerate(lst.row_y, 1)]
        for row in rows:
            at = where if row is None else f"{where}, row {row[0]}"
            page = f.page if lst is None else (f.page or lst.page)
            if f.kind in ("choice", "check"):
                marks(at, f, page, None if row is None else row[1])
            else:
                text(at, f, page, f.y if row is None else row[1] + (f.y or 0.0))
    for lst in profile.lists:
        if lst.more_at is not None:
            text(f"list '{lst.source}', more_at", lst.more_at, lst.more_at.page, lst.more_at.y)

    def owner(where: str) -> str:  # the entry, without its row or mark
        return where.split(", row ")[0].split(", mark ")[0]

    for i, (a, pa, ra) in enumerate(placed):
        for b, pb, rb in placed[i + 1:]:
            if pa != pb or owner(a) == owner(b):
                continue
            dx = min(ra[2], rb[2]) - max(ra[0], rb[0])
            dy = min(ra[3], rb[3]) - max(ra[1], rb[1])
            if dx > 0.5 and dy > 0.5:
                out.append(f"{a}: its place on page {pa} overlaps that of {b}")
    return out


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


def _acroform_values(case: Case, form: LoadedForm, fields: dict[str, FieldInfo],
                     today: date | None = None
                     ) -> tuple[list[TextFill], dict[str, str | None], list[Overflow]]:
    """Every text field's value fitted into its box, the choices' export values, and what moves
    to the continuation sheet."""
    profile = form.profile
    # an official form's fields are called what their tooltips say (ours: the layout's labels)
    labels = form.labels if form.layout is not None else {
        name: (info.label, "") for name, info in fields.items() if info.label}
    values = collect(case, profile, labels, today)
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
        inset = 2 * info.inset  # inside the widget's own border
        fitted, moved = _fit_or_overflow(tv.text, x2 - x1 - inset, y2 - y1 - inset, lines, None,
                                         size, profile.form.min_font_size)
        if moved:
            overflow.append(tv.overflow())
        texts.append(TextFill(tv.key, " ".join(fitted.lines) if moved else tv.text,
                                       fitted))
    choices: dict[str, str | None] = {}
    for cv in values.choices:
        if cv.export is not None and cv.export not in fields[cv.key].states:
            overflow.append(cv.overflow())  # the form has no option for this value
            choices[cv.key] = None
        else:
            choices[cv.key] = cv.export
    return texts, choices, _unique_entries(overflow + values.overflow)


def _unique_entries(entries: list[Overflow]) -> list[Overflow]:
    """Each entry once (two places on a form may show the same value, e.g. the place of
    residence and the place of signing), in the order of the profile."""
    ordered = sorted(entries, key=lambda e: e.order)
    return list({(e.heading(), e.value): e for e in ordered}.values())


def _fill_acroform(case: Case, form: LoadedForm, data: bytes, reader: PdfReader,
                   editable: bool, today: date | None,
                   fields: dict[str, FieldInfo] | None = None
                   ) -> tuple[Increment, list[Overflow]]:
    """An AcroForm, official or our own (its fields checked against the profile by fill_form),
    its template read from `data`: `fields` are the template's, read from it when not given
    (our form knows them from its layout)."""
    from . import acroform

    fields = fields if fields is not None else acroform.fields_of(reader)
    texts, choices, overflow = _acroform_values(case, form, fields, today)
    return acroform.fill(data, reader, fields, texts, choices, flatten=not editable), overflow


def _print_own(case: Case, form: LoadedForm, today: date | None) -> FilledForm:
    """Our own printed form in one reportlab pass: its pages drawn from the layout with the
    values and then the continuation sheet. No fields; each value and tick is drawn where, and
    as, the editable form's appearance shows it (same fitting, font and position)."""
    assert form.layout is not None and form.placement is not None and form.fields is not None
    fields = form.fields
    texts, choices, overflow = _acroform_values(case, form, fields, today)
    head = form.profile.form
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4, invariant=1, pageCompression=1)
    c.setTitle(f"{head.title_de} / {head.title_en}")
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


def _fill_flat(case: Case, form: LoadedForm, reader: PdfReader,
               today: date | None) -> tuple[PdfWriter, list[Overflow]]:
    from . import overlay

    profile = form.profile
    values = collect(case, profile, form.labels, today)
    _check_glyphs(values)
    npages = len(reader.pages)
    sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
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
            overflow.append(tv.overflow())
        texts.append(overlay.PlacedText(page_of(f.entry_name(), page), f.x, y,
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
    writer = overlay.merge(reader, overlay.render_overlay(sizes, texts, marks))
    return writer, _unique_entries(overflow + values.overflow)


def fill_form(case: Case, form_id: str = OUR_FORM, *, editable: bool = False,
              template: Path | None = None, today: date | None = None) -> FilledForm:
    """Fill a form with the case's values, and with the values that follow from them
    (assistant/derive.py) where the case leaves those empty.

    `editable` keeps the fields (each with its value and appearance); otherwise the form is
    flattened for printing. `template` is the form's PDF for official forms that do not ship
    with the program. `today` is the day the form is filled (a profile's `today`; default: the
    computer's date). Raises FormError (a UserError) naming the file or profile entry when the
    template or profile cannot be used."""
    form = load_form(form_id)
    # the values that follow from other answers (purpose of stay, subsistence, ...), where the
    # case leaves them empty
    case = derive(case, bilingual=form.profile.form.bilingual)
    if form.layout is not None and template is None:
        if not editable:
            return _print_own(case, form, today)
        # our own form: its blank template, filled like an official AcroForm
        writer, overflow = _fill_acroform(case, form, form.template(), form.template_reader(),
                                          editable, today, form.fields)
    else:
        writer, overflow = _fill_template(case, form, template, editable, today)
    return _finish(case, form, writer, overflow)


def _fill_template(case: Case, form: LoadedForm, template: Path | None, editable: bool,
                   today: date | None) -> tuple[PdfWriter | Increment, list[Overflow]]:
    """An official form: its template PDF, checked against the profile, filled."""
    data, reader, path = _template_file(form, template)
    # a template someone gave: what its damage makes the filling raise is one clear message
    with damaged_pdf(str(path)):
        problems = template_problems(form.profile, reader)
        if problems:
            raise ProfileProblems(form.directory / PROFILE, _unique(problems))
        if form.profile.form.kind == "acroform":
            return _fill_acroform(case, form, data, reader, editable, today)
        return _fill_flat(case, form, reader, today)


def _finish(case: Case, form: LoadedForm, writer: PdfWriter | Increment,
            overflow: list[Overflow]) -> FilledForm:
    """The filled form's pages, then the continuation sheet's, as PDF bytes: an AcroForm as an
    update of its template (`update.Increment`), a flat form as pypdf writes it."""
    from .update import Increment

    head = form.profile.form
    title = f"{head.title_de} / {head.title_en}"
    sheet = render_sheet(overflow, head.title_de, head.title_en, _applicant(case)) if (
        overflow) else None
    if isinstance(writer, Increment):
        form_pages = writer.page_count()
        sheet_pages = writer.append_pages(sheet) if sheet is not None else 0
        writer.set_title(title)
        return FilledForm(writer.write(), form_pages, sheet_pages, overflow)
    form_pages = len(writer.pages)
    sheet_pages = 0
    if sheet is not None:
        from pypdf import PdfReader

        pages = PdfReader(io.BytesIO(sheet)).pages
        sheet_pages = len(pages)
        for page in pages:
            writer.add_page(page)
    writer.add_metadata({"/Title": title})
    buf = io.BytesIO()
    writer.write(buf)
    return FilledForm(buf.getvalue(), form_pages, sheet_pages, overflow)
