"""A form's profile (forms/<id>/profile.toml): which case field goes where, and how it is written.

The profile is data: a counselling centre adds a form by writing one, without Python. Loading it
checks every entry against the case model (the source exists, the format suits its type) so that
a mistake is reported with the entry's name before anything is printed. See forms/README.md.
"""

from __future__ import annotations

import types
import typing
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from ..datafiles import read_toml, validation_problems
from ..errors import FormError
from ..model import Case

Format = Literal["text", "date", "country", "countries", "enum", "number", "choice", "check"]


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

    source: str | list[str]
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
    # a flat form's position (points from the bottom-left corner of the page)
    page: int | None = Field(default=None, ge=1)
    x: float | None = None
    y: float | None = None  # baseline of the (first) line
    width: float | None = Field(default=None, gt=0)
    lines: int = Field(default=1, ge=1, le=20)
    line_height: float | None = Field(default=None, gt=0)
    font_size: float | None = Field(default=None, gt=0)
    marks: dict[str, Mark] = Field(default_factory=dict)  # case value -> mark ("choice")

    @property
    def sources(self) -> list[str]:
        return [self.source] if isinstance(self.source, str) else list(self.source)

    def format_of(self, index: int) -> Format:
        """The format of the index-th source (one format may serve all sources)."""
        if isinstance(self.format, str):
            return self.format
        return self.format[min(index, len(self.format) - 1)]

    @property
    def kind(self) -> Format:
        return self.format_of(0)

    def entry_name(self) -> str:
        return self.name or "+".join(self.sources)


class ListMap(_Strict):
    """A list of the case (children, previous stays) printed in rows."""

    source: str
    label_de: str
    label_en: str
    rows: int = Field(ge=0, le=50)
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


class TemplateRef(_Strict):
    file: str
    sha256: str = ""
    pages: int | None = None


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

    @model_validator(mode="after")
    def _source(self) -> FormInfo:
        if bool(self.layout) == bool(self.template):
            raise ValueError("give either `layout` (our own form) or `[form.template]`")
        if self.kind == "flat" and not self.template:
            raise ValueError("a flat form needs `[form.template]` naming its PDF")
        return self


class Profile(_Strict):
    form: FormInfo
    fields: list[FieldMap] = Field(default_factory=list, alias="field")
    lists: list[ListMap] = Field(default_factory=list, alias="list")

    def all_fields(self) -> typing.Iterator[tuple[str, FieldMap]]:
        """(entry description, field) for every field, list columns included."""
        for i, f in enumerate(self.fields, 1):
            yield f"field #{i} ({f.entry_name()})", f
        for lst in self.lists:
            for f in lst.fields:
                yield f"list '{lst.source}', field {f.entry_name()}", f

    def case_paths(self) -> set[str]:
        """Every case path this form reads; a list's columns as `<list>.<column>`
        (`children.first_names`)."""
        out = {src for f in self.fields for src in f.sources}
        for lst in self.lists:
            out.update(f"{lst.source}.{src}" for f in lst.fields for src in f.sources)
        return out


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


def _check_format(where: str, f: FieldMap, model: type[BaseModel]) -> None:
    if not isinstance(f.format, str) and len(f.format) != len(f.sources):
        raise FormError(f"{where}: `format` lists {len(f.format)} formats for "
                        f"{len(f.sources)} sources; give one format, or one per source")
    for index, src in enumerate(f.sources):
        try:
            typ, is_list = source_type(model, src)
        except KeyError as exc:
            raise FormError(
                f"{where}: source '{src}' is not a field of the case (unknown part "
                f"'{exc.args[0]}'); see assistant/model.py for the field names"
            ) from None
        kind = f.format_of(index)
        ok = {
            "text": not is_list and typ in (str, int, float),
            "number": not is_list and typ in (int, float),
            "date": not is_list and typ is date,
            "country": not is_list and typ is str,
            "countries": is_list and typ is str,
            "enum": not is_list and isinstance(typ, type) and issubclass(typ, StrEnum),
            # a list as a choice: "true" when it has entries (e.g. "stayed in Germany before?")
            "choice": is_list or typ is bool or (isinstance(typ, type)
                                                 and issubclass(typ, StrEnum)),
            "check": not is_list and typ is bool,
        }[kind]
        if not ok:
            shown = f"list of {getattr(typ, '__name__', typ)}" if is_list else getattr(
                typ, "__name__", str(typ))
            raise FormError(
                f"{where}: format '{kind}' does not suit source '{src}', which holds "
                f"{shown}; choose a format for that type (see forms/README.md)"
            )
        if kind in ("enum", "choice") and isinstance(typ, type) and issubclass(typ, StrEnum):
            known = {m.value for m in typ}
            table = f.values if kind == "enum" else (f.options or f.marks)
            wrong = sorted(set(table) - known)
            if wrong:
                raise FormError(
                    f"{where}: {', '.join(wrong)} not a value of '{src}' (known: "
                    f"{', '.join(sorted(known))})"
                )
        if kind == "choice" and (typ is bool or is_list):
            wrong = sorted(set(f.options or f.marks) - {"true", "false"})
            if wrong:
                raise FormError(f"{where}: a yes/no source has the keys 'true' and 'false', "
                                f"not {', '.join(wrong)}")
    if f.kind == "check" and len(f.sources) != 1:
        raise FormError(f"{where}: format 'check' takes exactly one source")
    if f.kind == "choice" and len(f.sources) > 1:
        for src in f.sources:
            typ, is_list = source_type(model, src)
            if typ is not bool or is_list:
                raise FormError(f"{where}: a choice with several sources combines yes/no "
                                f"answers ('yes' if any is yes); '{src}' is not yes/no")


def _check_flat(where: str, f: FieldMap, in_list: bool) -> None:
    if f.kind == "choice":
        if not f.marks:
            raise FormError(f"{where}: on a flat form a choice needs `marks` (a position per "
                            "value)")
        for key, m in f.marks.items():
            if not in_list and (m.page is None or m.y is None) and f.page is None:
                raise FormError(f"{where}: mark '{key}' needs `page` and `y`")
        return
    if f.kind == "check":
        if "true" not in f.marks:
            raise FormError(f"{where}: on a flat form a checkbox needs `marks.true`")
        return
    missing = [k for k in ("x", "width") if getattr(f, k) is None]
    if not in_list:
        missing += [k for k in ("page", "y") if getattr(f, k) is None]
    if missing:
        raise FormError(f"{where}: a flat form needs {', '.join(missing)} for each value")


def load_profile(path: Path) -> Profile:
    doc = read_toml(path, FormError, "no such profile")
    try:
        profile = Profile.model_validate(doc)
    except ValidationError as exc:
        problems = "\n".join(f"  {line}" for line in validation_problems(exc))
        raise FormError(f"{path}: the profile is not valid:\n{problems}") from None
    flat = profile.form.kind == "flat"
    for i, f in enumerate(profile.fields, 1):
        _check_format(f"{path}: field #{i} ({f.entry_name()})", f, Case)
    for where, f in profile.all_fields():
        if not flat and not f.name:
            raise FormError(f"{path}: {where}: an AcroForm profile names the form field "
                            "(`name`)")
    for i, f in enumerate(profile.fields, 1):
        if flat:
            _check_flat(f"{path}: field #{i} ({f.entry_name()})", f, in_list=False)
    for lst in profile.lists:
        where = f"{path}: list '{lst.source}'"
        try:
            typ, is_list = source_type(Case, lst.source)
        except KeyError:
            raise FormError(f"{where}: '{lst.source}' is not a field of the case") from None
        if not is_list or not issubclass(typ, BaseModel):
            raise FormError(f"{where}: '{lst.source}' is not a list of entries")
        for f in lst.fields:
            _check_format(f"{where}, field {f.entry_name()}", f, typ)
            if flat:
                _check_flat(f"{where}, field {f.entry_name()}", f, in_list=True)
        if flat and lst.rows and (not lst.row_y or lst.page is None):
            raise FormError(f"{where}: a flat form needs `page` and `row_y` for its rows")
        if not flat:
            for f in lst.fields:
                if "{n}" not in f.name:
                    raise FormError(f"{where}, field {f.name}: a list field's name holds {{n}} "
                                    "(the row number)")
    return profile
