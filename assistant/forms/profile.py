"""A form's profile (forms/<id>/profile.toml): which case field goes where, and how it is written.

The profile is data: a counselling centre adds a form by writing one, without Python. Loading it
checks every entry against the case model (the source exists, the format suits its type) so that
a mistake is reported with the entry's name before anything is printed. See forms/README.md.
"""

from __future__ import annotations

import ast
import math
import types
import typing
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..datafiles import read_toml, validation_problems
from ..errors import FormError
from ..expr import FUNCTIONS, ExpressionError, compile_expression
from ..model import Case

# Sizes a reader can still read and a printer still print (points); outside them `forms check`
# and `fill` refuse the profile.
FONT_SIZES = (4.0, 36.0)
MARK_SIZES = (3.0, 24.0)

Format = Literal["text", "date", "country", "countries", "enum", "number", "choice", "check"]

# Sources that are not fields of the case but of the filling: the day the form is filled and the
# place where it is signed (the place of the applicant's address), each with the case paths it
# reads (for tests/test_form_needs.py).
SPECIAL_SOURCES: dict[str, tuple[type, tuple[str, ...]]] = {
    "today": (date, ()),
    "signing_place": (str, ("address.place",)),
}


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", defer_build=True)  # built on first use


class Mark(_Strict):
    """Where a cross is drawn on a flat form (list columns take `y` from the row)."""

    page: int | None = Field(default=None, ge=1)
    x: float
    y: float | None = None
    size: float = Field(default=7.0, gt=0)


class FieldMap(_Strict):
    """One value on the form."""

    source: str | list[str] = ""
    value: str | bool | None = None  # a constant written (text) or ticked (check) always
    # further sources, each one source or a list of them as `source`: the first that gives a
    # value is written
    fallback: list[str | list[str]] = Field(default_factory=list)
    format: Format | list[Format] = "text"
    join: str = ", "
    prefix: str = ""
    suffix: str = ""
    values: dict[str, str] = Field(default_factory=dict)  # enum value -> text ("enum")
    options: dict[str, str] = Field(default_factory=dict)  # case value -> radio export value
    label_de: str = ""
    label_en: str = ""
    # an AcroForm's field
    name: str = ""
    names: list[str] = Field(default_factory=list)  # in a list: the field of each row
    # a flat form's position (points from the bottom-left corner of the page)
    page: int | None = Field(default=None, ge=1)
    x: float | None = None
    y: float | None = None  # baseline of the (first) line
    width: float | None = Field(default=None, gt=0)
    lines: int = Field(default=1, ge=1, le=20)
    line_height: float | None = Field(default=None, gt=0)
    font_size: float | None = Field(default=None, gt=0)
    marks: dict[str, Mark] = Field(default_factory=dict)  # case value -> mark ("choice")
    when: str = ""  # a condition in the rules' expression language; the value only if it holds
    sheet: bool = False  # no place on the form: always printed on the continuation sheet

    @property
    def sources(self) -> list[str]:
        """The (first) sources; none for a constant `value`."""
        if isinstance(self.source, str):
            return [self.source] if self.source else []
        return list(self.source)

    def alternatives(self) -> list[list[str]]:
        """`source`, then each `fallback`: the first that gives a value is written."""
        return [self.sources, *([a] if isinstance(a, str) else list(a) for a in self.fallback)]

    def all_sources(self) -> list[str]:
        return [src for alt in self.alternatives() for src in alt]

    def format_of(self, index: int) -> Format:
        """The format of the index-th source (one format may serve all sources)."""
        if isinstance(self.format, str):
            return self.format
        return self.format[min(index, len(self.format) - 1)]

    @property
    def kind(self) -> Format:
        return self.format_of(0)

    def entry_name(self) -> str:
        if self.name:
            return self.name
        if self.names:
            return self.names[0]
        return "+".join(self.sources) or f"value {self.value!r}"


class ListMap(_Strict):
    """A list of the case (children, previous stays) printed in rows."""

    source: str
    label_de: str
    label_en: str
    rows: int = Field(ge=0, le=50)
    start: int = Field(default=1, ge=0)  # the number `{n}` of the first row (AcroForm)
    more: str = ""  # AcroForm field that says "see continuation sheet" when rows run out
    more_at: FieldMap | None = None  # the same for a flat form: a position
    page: int | None = Field(default=None, ge=1)
    row_y: list[float] = Field(default_factory=list)  # flat form: baseline of each row
    fields: list[FieldMap] = Field(alias="field")

    @model_validator(mode="after")
    def _rows(self) -> ListMap:
        if self.row_y and len(self.row_y) != self.rows:
            raise ValueError(f"row_y lists {len(self.row_y)} rows but rows = {self.rows}")
        return self

    def field_name(self, f: FieldMap, row: int) -> str:
        """The AcroForm field of a list field in a row (1 = the first row): its `names` entry,
        or its `name` with `{n}` numbered from `start`."""
        if f.names:
            return f.names[row - 1]
        return f.name.replace("{n}", str(self.start + row - 1))


class TemplateRef(_Strict):
    file: str
    sha256: str = ""
    pages: int | None = None


class Offset(_Strict):
    """A new edition of a flat form whose printed lines moved: every position of the profile is
    scaled by `scale` (around the page's bottom-left corner) and moved by `x`, `y` points."""

    x: float = 0.0
    y: float = 0.0
    scale: float = Field(default=1.0, gt=0)


class FormInfo(_Strict):
    id: str
    title_de: str
    title_en: str
    kind: Literal["acroform", "flat"]
    layout: str = ""  # the project's own form: generated from this layout file
    template: TemplateRef | None = None
    font_size: float = Field(default=10.0, gt=0)
    min_font_size: float = Field(default=6.0, gt=0)
    # values derived from other answers (assistant/derive.py) in German and English, as the form
    # speaks both; otherwise in German
    bilingual: bool = False
    offset: Offset | None = None  # flat: a new edition's lines moved (and scaled)
    # the languages the form itself is printed in (ISO codes): a packet in another language gets
    # the sheet "what you sign" after the form (assistant/packet/sign.py)
    languages: list[str] = Field(default_factory=lambda: ["de"], min_length=1)

    @model_validator(mode="after")
    def _source(self) -> FormInfo:
        if bool(self.layout) == bool(self.template):
            raise ValueError("give either `layout` (our own form) or `[form.template]`")
        if self.kind == "flat" and not self.template:
            raise ValueError("a flat form needs `[form.template]` naming its PDF")
        if self.kind == "acroform" and self.offset is not None:
            raise ValueError("`offset` moves the positions of a flat form; an AcroForm's fields "
                             "carry their own places")
        return self


# --- "what you sign": the form's sections and declaration in the applicant's language ----------


class SheetText(_Strict):
    """One text in each of the program's languages (assistant.texts.LANGUAGES)."""

    de: str
    en: str
    uk: str
    ar: str
    ru: str
    tr: str
    fa: str

    @model_validator(mode="after")
    def _filled(self) -> SheetText:
        empty = [lang for lang, text in self.model_dump().items() if not text.strip()]
        if empty:
            raise ValueError(f"the text in {', '.join(empty)} is empty")
        return self

    def get(self, lang: str) -> str:
        return str(getattr(self, lang))


class SheetSection(_Strict):
    form_de: str  # the section's title exactly as the form prints it
    title: SheetText
    about: SheetText  # what the section asks, in a sentence


class SheetField(_Strict):
    form_de: str  # a field near the declaration (place, date, signature), as the form names it
    text: SheetText


class SignSheet(_Strict):
    """`[sign]`: the sheet after the form, in the applicant's language: each section, the
    declaration (`de` word for word the form's own, the binding text) and the fields under it."""

    sections: list[SheetSection] = Field(alias="section", min_length=1)
    declaration: SheetText
    fields: list[SheetField] = Field(default_factory=list, alias="field")


class ProfileProblems(FormError):
    """A profile that would lose, misplace or hang: every problem, one line each."""

    def __init__(self, source: Path | str, problems: list[str]) -> None:
        self.source = str(source)
        self.problems = problems
        lines = "\n".join(f"  {p}" for p in problems)
        super().__init__(f"{source}: the profile cannot be used ({len(problems)} "
                         f"problem{'s' if len(problems) != 1 else ''}; `python main.py forms "
                         f"check` lists them):\n{lines}")


class Profile(_Strict):
    form: FormInfo
    fields: list[FieldMap] = Field(default_factory=list, alias="field")
    lists: list[ListMap] = Field(default_factory=list, alias="list")
    sign: SignSheet | None = None  # the sheet "what you sign" (see SignSheet)

    def all_fields(self) -> typing.Iterator[tuple[str, FieldMap]]:
        """(entry description, field) for every field, list columns included."""
        for where, f, _ in self.entries():
            yield where, f

    def entries(self) -> typing.Iterator[tuple[str, FieldMap, ListMap | None]]:
        """(entry description, field, its list or None) for every field."""
        for i, f in enumerate(self.fields, 1):
            yield f"field #{i} ({f.entry_name()})", f, None
        for lst in self.lists:
            for f in lst.fields:
                yield f"list '{lst.source}', field {f.entry_name()}", f, lst

    def case_paths(self) -> set[str]:
        """Every case path this form needs: each entry's `source` (not its `fallback`, which
        stands in only where the source is empty), with what `today` and `signing_place` are
        made from; a list's columns as `<list>.<column>` (`children.first_names`)."""
        out: set[str] = set()
        for f in self.fields:
            for src in f.sources:
                out.update(SPECIAL_SOURCES[src][1] if src in SPECIAL_SOURCES else _parts(src))
        for lst in self.lists:
            out.update(f"{lst.source}.{src}" for f in lst.fields for src in f.sources)
        return out


def _parts(path: str) -> list[str]:
    """A case path, or the paths of its parts where it is a structured value written as one
    line (`host.address` -> `host.address.street`, `.postcode`, `.place`)."""
    try:
        typ, is_list = source_type(Case, path)
    except KeyError:
        return [path]
    if is_list or not _one_line(typ):
        return [path]
    return [f"{path}.{part}" for part in typ.model_fields]


# --- checking sources against the case model ---------------------------------------------------


def _unwrap(annotation: Any) -> tuple[Any, bool]:
    """(inner type, is_list) of an annotation, with Optional and Annotated removed."""
    while True:
        origin = typing.get_origin(annotation)
        if origin is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
        elif origin in (typing.Union, types.UnionType):
            args = [a for a in typing.get_args(annotation) if a is not type(None)]
            annotation = args[0]
        elif origin is list:
            inner, _ = _unwrap(typing.get_args(annotation)[0])
            return inner, True
        else:
            return annotation, False


def source_type(model: type[BaseModel], path: str) -> tuple[Any, bool]:
    """The type at a dotted path of a model; raises KeyError naming the unknown part."""
    current: Any = model
    is_list = False
    parts = path.split(".")
    for i, part in enumerate(parts):
        if not (isinstance(current, type) and issubclass(current, BaseModel)) or is_list:
            raise KeyError(".".join(parts[: i + 1]))
        info = current.model_fields.get(part)
        if info is None:
            raise KeyError(".".join(parts[: i + 1]))
        current, is_list = _unwrap(info.annotation)
    return current, is_list


def value_type(model: type[BaseModel], path: str) -> tuple[Any, bool]:
    """As `source_type`, with the case's `today` and `signing_place` besides its fields."""
    if model is Case and path in SPECIAL_SOURCES:
        return SPECIAL_SOURCES[path][0], False
    return source_type(model, path)


def _one_line(typ: Any) -> bool:
    """A structured value written as one line with format 'text' (an address)."""
    return isinstance(typ, type) and issubclass(typ, BaseModel) and hasattr(typ, "one_line")


def _check_constant(f: FieldMap) -> typing.Iterator[str]:
    if f.source or f.fallback:
        yield "give either `source` (a case field) or `value` (a constant), not both"
    elif f.kind == "check" and f.value is not True:
        yield "a constant checkbox is `value = true` (always ticked)"
    elif f.kind == "text" and not isinstance(f.value, str):
        yield "a constant text is a string: value = \"…\""
    elif f.kind not in ("text", "check"):
        yield (f"a constant `value` is written as text or ticked as a checkbox (format 'text' "
               f"or 'check'), not with format '{f.kind}'")


def _check_format(f: FieldMap, model: type[BaseModel]) -> typing.Iterator[str]:
    """Problems of the entry's sources and formats against the case model."""
    if f.value is not None:
        yield from _check_constant(f)
        return
    if not f.sources:
        yield "give `source` (a case field) or `value` (a constant)"
        return
    for alt in f.alternatives():
        if not isinstance(f.format, str) and len(f.format) != len(alt):
            yield (f"`format` lists {len(f.format)} formats for {len(alt)} sources "
                   f"({', '.join(alt) or 'none'}); give one format, or one per source")
            return
    for alt in f.alternatives()[1:]:
        if not alt:
            yield "a `fallback` entry names no source"
    if f.fallback and f.kind == "check":
        yield "format 'check' takes exactly one source and no `fallback`"
    for alt in f.alternatives():
        yield from _check_sources(f, alt, model)
    if f.kind == "check" and len(f.sources) != 1:
        yield "format 'check' takes exactly one source"


def _check_sources(f: FieldMap, sources: list[str], model: type[BaseModel]
                   ) -> typing.Iterator[str]:
    for index, src in enumerate(sources):
        try:
            typ, is_list = value_type(model, src)
        except KeyError as exc:
            yield (f"source '{src}' is not a field of the case (unknown part '{exc.args[0]}'); "
                   "see assistant/model.py for the field names")
            continue
        kind = f.format_of(index)
        is_enum = isinstance(typ, type) and issubclass(typ, StrEnum)
        ok = {
            "text": not is_list and (typ in (str, int, float) or _one_line(typ)),
            "number": not is_list and typ in (int, float),
            "date": not is_list and typ is date,
            "country": not is_list and typ is str,
            "countries": is_list and typ is str,
            "enum": not is_list and is_enum,
            # a list as a choice: "true" when it has entries (e.g. "stayed in Germany before?")
            "choice": is_list or typ is bool or is_enum,
            "check": not is_list and typ is bool,
        }[kind]
        if not ok:
            shown = f"list of {getattr(typ, '__name__', typ)}" if is_list else getattr(
                typ, "__name__", str(typ))
            yield (f"format '{kind}' does not suit source '{src}', which holds {shown}; choose "
                   "a format for that type (see forms/README.md)")
            continue
        if kind in ("enum", "choice") and is_enum:
            known = {m.value for m in typ}
            table = f.values if kind == "enum" else {**f.options, **f.marks, **f.values}
            wrong = sorted(set(table) - known)
            if wrong:
                yield (f"{', '.join(wrong)} not a value of '{src}' (known: "
                       f"{', '.join(sorted(known))})")
            mapped = kind == "enum" or f.options or f.marks
            missing = sorted(known - set(table))
            if mapped and missing:  # (an AcroForm choice without options: see the template)
                what = "a text in `values`" if kind == "enum" else (
                    "an option or mark, or a text in `values` for the continuation sheet")
                yield (f"'{src}' can also be {', '.join(missing)}: give each {what}")
        if kind == "choice" and (typ is bool or is_list):
            wrong = sorted((set(f.options) | set(f.marks)) - {"true", "false"})
            if wrong:
                yield (f"a yes/no source has the keys 'true' and 'false', not "
                       f"{', '.join(wrong)}")
    if f.kind == "choice" and len(sources) > 1:
        for src in sources:
            try:
                typ, is_list = value_type(model, src)
            except KeyError:
                continue
            if typ is not bool or is_list:
                yield (f"a choice with several sources combines yes/no answers ('yes' if any "
                       f"is yes); '{src}' is not yes/no")


def _dotted_paths(text: str) -> set[str]:
    """The field paths an expression reads (`marital.status`, `person`)."""
    out: set[str] = set()

    def path(node: ast.AST) -> str | None:
        if isinstance(node, ast.Name):
            return node.id
        if isinstance(node, ast.Attribute):
            base = path(node.value)
            return f"{base}.{node.attr}" if base else None
        return None

    for node in ast.walk(ast.parse(text.strip(), mode="eval")):
        if isinstance(node, (ast.Attribute, ast.Name)) and (found := path(node)):
            out.add(found)
    return out


def _check_when(f: FieldMap, model: type[BaseModel]) -> typing.Iterator[str]:
    """The condition parses and reads only fields of the case (or of the list entry)."""
    if not f.when:
        return
    try:
        compile_expression(f.when)
    except ExpressionError as exc:
        yield f"when: {exc}"
        return
    functions = set(FUNCTIONS)
    for dotted in sorted(_dotted_paths(f.when)):
        if dotted.split(".")[0] in functions:
            continue
        try:
            value_type(model, dotted)
        except KeyError as exc:
            yield (f"when = {f.when!r}: '{exc.args[0]}' is not a field of the "
                   f"{'case' if model is Case else 'list entry'}")
            return


def _finite(what: str, value: float | None) -> typing.Iterator[str]:
    if value is not None and not math.isfinite(value):
        yield f"{what} = {value} is not a finite number"


def _in_range(what: str, value: float | None, bounds: tuple[float, float]
              ) -> typing.Iterator[str]:
    if value is not None and math.isfinite(value) and not bounds[0] <= value <= bounds[1]:
        yield (f"{what} = {value:g} is outside the readable range {bounds[0]:g} to "
               f"{bounds[1]:g} pt")


def _check_numbers(f: FieldMap) -> typing.Iterator[str]:
    for key in ("x", "y", "width", "line_height", "font_size"):
        yield from _finite(key, getattr(f, key))
    yield from _in_range("font_size", f.font_size, FONT_SIZES)
    for value, m in f.marks.items():
        for key in ("x", "y", "size"):
            yield from _finite(f"marks.{value}.{key}", getattr(m, key))
        yield from _in_range(f"marks.{value}.size", m.size, MARK_SIZES)


def _check_flat(f: FieldMap, in_list: bool, pages: int | None, base_size: float
                ) -> typing.Iterator[str]:
    yield from _check_numbers(f)
    size = f.font_size or base_size
    if f.lines > 1 and f.line_height is not None and f.line_height < size:
        yield (f"line_height = {f.line_height:g} is less than the font size {size:g}: the "
               "lines would overlap")
    used = [f.page, *(m.page for m in f.marks.values())]
    for page in sorted({p for p in used if p is not None}):
        if pages is not None and page > pages:
            yield f"page {page} is not in the form ({pages} pages)"
    if f.kind == "choice":
        if not f.marks:
            yield "on a flat form a choice needs `marks` (a position per value)"
        for key, m in f.marks.items():
            if not in_list and ((m.page or f.page) is None or m.y is None):
                yield f"mark '{key}' needs `page` and `y`"
        return
    if f.kind == "check":
        if "true" not in f.marks:
            yield "on a flat form a checkbox needs `marks.true`"
        return
    missing = [k for k in ("x", "width") if getattr(f, k) is None]
    if not in_list:
        missing += [k for k in ("page", "y") if getattr(f, k) is None]
    if missing:
        yield f"a flat form needs {', '.join(missing)} for each value"


def profile_problems(profile: Profile) -> list[str]:
    """Everything wrong with a profile that can be seen without its template: one line each,
    naming the entry."""
    out: list[str] = []
    flat = profile.form.kind == "flat"
    head = profile.form
    pages = head.template.pages if head.template else None
    for key in ("font_size", "min_font_size"):
        value = getattr(head, key)
        out += [f"[form] {p}" for p in (*_finite(key, value), *_in_range(key, value,
                                                                          FONT_SIZES))]
    if head.min_font_size > head.font_size:
        out.append(f"[form] min_font_size = {head.min_font_size:g} is above font_size = "
                   f"{head.font_size:g}")
    for lst in profile.lists:
        where = f"list '{lst.source}'"
        try:
            typ, is_list = source_type(Case, lst.source)
        except KeyError:
            out.append(f"{where}: '{lst.source}' is not a field of the case")
            continue
        if not is_list or not issubclass(typ, BaseModel):
            out.append(f"{where}: '{lst.source}' is not a list of entries")
            continue
        if flat:
            if lst.rows and (not lst.row_y or lst.page is None):
                out.append(f"{where}: a flat form needs `page` and `row_y` for its rows")
            for n, y in enumerate(lst.row_y, 1):
                out += [f"{where}: {p}" for p in _finite(f"row_y[{n}]", y)]
            if lst.page is not None and pages is not None and lst.page > pages:
                out.append(f"{where}: page {lst.page} is not in the form ({pages} pages)")
            if lst.more_at is not None:
                more = _check_flat(lst.more_at, False, pages, head.font_size)
                out += [f"{where}, more_at: {p}" for p in more]
        elif lst.more == "" and lst.more_at is not None:
            out.append(f"{where}: an AcroForm names its `more` field, not `more_at`")
        for f in lst.fields:
            entry = f"{where}, field {f.entry_name()}"
            out += [f"{entry}: {p}" for p in (*_check_format(f, typ), *_check_when(f, typ))]
            if f.names and (flat or f.name or len(f.names) != lst.rows):
                out.append(f"{entry}: `names` gives an AcroForm field for each of the "
                           f"{lst.rows} rows ({len(f.names)} given), instead of `name`")
            elif not flat and not f.sheet and not f.names and "{n}" not in f.name:
                out.append(f"{entry}: a list field's name holds {{n}} (the row number), or "
                           "`names` lists the field of each row")
    for where, f, lst in profile.entries():
        if lst is None:
            out += [f"{where}: {p}" for p in (*_check_format(f, Case),
                                              *_check_when(f, Case))]
            if f.names:
                out.append(f"{where}: `names` (a field per row) belongs to a list's field")
        if f.sheet:
            if not f.label_de:
                out.append(f"{where}: an entry for the continuation sheet needs `label_de` "
                           "(and `label_en`)")
            continue
        if not flat and not f.name and not f.names:
            out.append(f"{where}: an AcroForm profile names the form field (`name`)")
        if flat:
            out += [f"{where}: {p}" for p in _check_flat(f, lst is not None, pages, head.font_size)]
    return out


def read_profile(path: Path) -> Profile:
    """The profile as written (TOML and the format's keys checked, nothing else), with a flat
    form's `offset` applied to its positions."""
    doc = read_toml(path, FormError, "no such profile")
    try:
        profile = Profile.model_validate(doc)
    except ValidationError as exc:
        raise ProfileProblems(path, validation_problems(exc)) from None
    offset = profile.form.offset
    if offset is None:
        return profile
    bad = [p for key in ("x", "y", "scale") for p in _finite(key, getattr(offset, key))]
    if bad:
        raise ProfileProblems(path, [f"[form.offset] {p}" for p in bad])
    return moved(profile, offset)


def _moved_field(f: FieldMap, o: Offset, in_list: bool) -> FieldMap:
    """One entry's positions scaled and moved; in a list, `y` (relative to the row) is only
    scaled."""
    s = o.scale

    def at(v: float | None, shift: float) -> float | None:
        return None if v is None else v * s + shift

    def size(v: float | None) -> float | None:
        return None if v is None else v * s

    dy = 0.0 if in_list else o.y
    marks = {k: m.model_copy(update={"x": m.x * s + o.x, "y": at(m.y, dy), "size": m.size * s})
             for k, m in f.marks.items()}
    return f.model_copy(update={
        "x": at(f.x, o.x), "y": at(f.y, dy), "width": size(f.width),
        "line_height": size(f.line_height), "font_size": size(f.font_size), "marks": marks})


def moved(profile: Profile, o: Offset) -> Profile:
    """The profile for a new edition of its flat form: every position, width and size scaled by
    `o.scale` around the page's bottom-left corner, then moved by `o.x`, `o.y` points."""
    lists = [lst.model_copy(update={
        "row_y": [y * o.scale + o.y for y in lst.row_y],
        "fields": [_moved_field(f, o, True) for f in lst.fields],
        "more_at": None if lst.more_at is None else _moved_field(lst.more_at, o, False)})
        for lst in profile.lists]
    form = profile.form.model_copy(update={
        "offset": None, "font_size": profile.form.font_size * o.scale,
        "min_font_size": profile.form.min_font_size * o.scale})
    return profile.model_copy(update={
        "form": form, "fields": [_moved_field(f, o, False) for f in profile.fields],
        "lists": lists})


def load_profile(path: Path) -> Profile:
    """A usable profile; raises ProfileProblems (a FormError) listing every problem."""
    profile = read_profile(path)
    problems = profile_problems(profile)
    if problems:
        raise ProfileProblems(path, problems)
    return profile
