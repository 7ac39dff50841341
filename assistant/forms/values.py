"""Case -> the values a profile puts on a form, formatted as the form wants them.

Dates as dd.mm.yyyy, countries by their German name (pycountry's translations), enumerations
through the profile's `values` table, yes/no and enumerations as radio export values. Lists
(children, stays) fill the form's rows; rows beyond them become continuation-sheet entries.
"""

from __future__ import annotations

import gettext
import unicodedata
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from typing import Any

import pycountry
from pydantic import BaseModel

from ..errors import FormError
from .profile import FieldMap, ListMap, Profile

SEE_SHEET = "siehe Anlage / see continuation sheet"

# Travel-document codes that are not ISO 3166 countries (see assistant.model).
_EXTRA_COUNTRIES = {"XK": "Kosovo", "XX": "staatenlos"}


@cache
def _german() -> gettext.NullTranslations:
    try:
        return gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"])
    except OSError:
        return gettext.NullTranslations()


def country_de(code: str) -> str:
    if code in _EXTRA_COUNTRIES:
        return _EXTRA_COUNTRIES[code]
    country = pycountry.countries.get(alpha_2=code)
    if country is None:
        return code
    name = getattr(country, "common_name", None) or country.name
    return _german().gettext(name)


@dataclass
class TextValue:
    key: str  # AcroForm field name, or the profile entry's name on a flat form
    text: str
    spec: FieldMap
    label_de: str = ""
    label_en: str = ""
    row: int | None = None  # 1-based row of a list


@dataclass
class ChoiceValue:
    key: str
    export: str | None  # the option to tick; None ticks nothing
    spec: FieldMap
    row: int | None = None


@dataclass
class Overflow:
    """What did not fit on the form: its label and the full value."""

    label_de: str
    label_en: str
    value: str


@dataclass
class FormValues:
    texts: list[TextValue] = field(default_factory=list)
    choices: list[ChoiceValue] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)


def _get(obj: Any, path: str, where: str) -> Any:
    for part in path.split("."):
        if obj is None:
            return None
        if not isinstance(obj, BaseModel) or part not in type(obj).model_fields:
            raise FormError(f"{where}: source '{path}' is not a field of the case")
        obj = getattr(obj, part)
    return obj


def _format_one(value: Any, f: FieldMap, kind: str, where: str) -> str:
    if value is None:
        return ""
    if kind == "date":
        if not isinstance(value, date):
            raise FormError(f"{where}: expected a date, found {type(value).__name__}")
        return value.strftime("%d.%m.%Y")
    if kind == "country":
        if not isinstance(value, str):
            raise FormError(f"{where}: expected a country code, found {type(value).__name__}")
        return country_de(value) if value else ""
    if kind == "countries":
        if not isinstance(value, list):
            raise FormError(f"{where}: expected a list of country codes")
        return ", ".join(country_de(v) for v in value)
    if kind == "enum":
        if not isinstance(value, Enum):
            raise FormError(f"{where}: expected one of a fixed set of values")
        if value.value not in f.values:
            raise FormError(f"{where}: the profile's `values` has no text for '{value.value}'; "
                            "add it")
        return f.values[value.value]
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise FormError(f"{where}: a {type(value).__name__} cannot be written as text; use "
                        "format 'choice' or 'check'")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value))


def format_value(obj: Any, f: FieldMap, where: str) -> str:
    parts = [_format_one(_get(obj, src, where), f, f.format_of(i), f"{where} ({src})")
             for i, src in enumerate(f.sources)]
    text = f.join.join(p for p in parts if p)
    return f"{f.prefix}{text}{f.suffix}" if text else ""


def choice_key(obj: Any, f: FieldMap, where: str) -> str | None:
    if len(f.sources) > 1:  # several yes/no answers: yes if any is yes
        answers = [_get(obj, src, where) for src in f.sources]
        if any(a is True for a in answers):
            return "true"
        return "false" if all(a is False for a in answers) else None
    value = _get(obj, f.sources[0], where)
    if isinstance(value, list):
        return "true" if value else "false"
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    raise FormError(f"{where}: '{f.sources[0]}' holds {type(value).__name__}, not a choice")


def _choice(obj: Any, f: FieldMap, key: str, where: str, row: int | None) -> ChoiceValue:
    if f.kind == "check":
        value = _get(obj, f.sources[0], where)
        if value is not None and not isinstance(value, bool):
            raise FormError(f"{where}: a checkbox needs yes/no, found {type(value).__name__}")
        on = f.options.get("true", "true") if value else None
        return ChoiceValue(key, on, f, row)
    case_key = choice_key(obj, f, where)
    if case_key is None:
        return ChoiceValue(key, None, f, row)
    table = f.options or {k: k for k in f.marks} or None
    export = case_key if table is None else table.get(case_key)
    return ChoiceValue(key, export, f, row)


def _row_summary(item: Any, lst: ListMap, labels: dict[str, tuple[str, str]],
                 where: str) -> str:
    lines = []
    for f in lst.fields:
        if f.kind in ("choice", "check"):
            key = choice_key(item, f, where) if f.kind == "choice" else (
                "true" if _get(item, f.sources[0], where) else None)
            if key is None:
                continue
            text = {"true": "ja / yes", "false": "nein / no"}.get(key, key)
            if f.values:
                text = f.values.get(key, text)
        else:
            text = format_value(item, f, where)
        if not text:
            continue
        de, en = f.label_de, f.label_en
        if not de:
            de, en = labels.get(f.name.replace("{n}", "1"), (f.entry_name(), ""))
        lines.append(f"{de} / {en}: {text}" if en else f"{de}: {text}")
    return "\n".join(lines)


def collect(case: Any, profile: Profile, labels: dict[str, tuple[str, str]]) -> FormValues:
    """All values of the case for this form. `labels` gives AcroForm fields' labels."""
    out = FormValues()
    for i, f in enumerate(profile.fields, 1):
        key = f.name or f"#{i}"
        where = f"profile entry {f.entry_name()}"
        if f.kind in ("choice", "check"):
            out.choices.append(_choice(case, f, key, where, None))
        else:
            de, en = (f.label_de, f.label_en) if f.label_de else labels.get(f.name, (key, ""))
            out.texts.append(TextValue(key, format_value(case, f, where), f, de, en))
    for lst in profile.lists:
        items = _get(case, lst.source, f"list '{lst.source}'") or []
        for index, item in enumerate(items, 1):
            where = f"list '{lst.source}' row {index}"
            if index > lst.rows:
                summary = _row_summary(item, lst, labels, where)
                out.overflow.append(Overflow(f"{lst.label_de} {index}",
                                             f"{lst.label_en} {index}", summary))
                continue
            for j, f in enumerate(lst.fields, 1):
                key = f.name.replace("{n}", str(index)) if f.name else f"{lst.source}{index}#{j}"
                if f.kind in ("choice", "check"):
                    out.choices.append(_choice(item, f, key, where, index))
                    continue
                de, en = (f.label_de, f.label_en) if f.label_de else labels.get(key, (key, ""))
                out.texts.append(TextValue(key, format_value(item, f, where), f,
                                           f"{lst.label_de} {index}: {de}",
                                           f"{lst.label_en} {index}: {en}", index))
        if len(items) > lst.rows:
            spec = lst.more_at or FieldMap(source=lst.source, name=lst.more)
            if lst.more or lst.more_at:
                out.texts.append(TextValue(lst.more or f"{lst.source}-more", SEE_SHEET, spec,
                                           lst.label_de, lst.label_en))
    return out
