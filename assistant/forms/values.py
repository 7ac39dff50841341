"""Case -> the values a profile puts on a form, formatted as the form wants them.

Dates as dd.mm.yyyy, countries by their German name (pycountry's translations), enumerations
through the profile's `values` table, yes/no and enumerations as radio export values. Lists
(children, stays) fill the form's rows; rows beyond them become continuation-sheet entries.
"""

from __future__ import annotations

import gettext
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from enum import Enum
from functools import cache
from itertools import count
from typing import Any

import pycountry
from pydantic import BaseModel

from ..errors import FormError
from ..expr import ExpressionError, compile_expression
from .profile import FieldMap, ListMap, Profile

SEE_SHEET = "siehe Anlage / see continuation sheet"
YES_NO = {"true": "ja / yes", "false": "nein / no"}

# Whose value a case path holds, as the continuation sheet names it (German, English).
APPLICANT = ("Antragsteller", "Applicant")
OWNERS = {"spouse": ("Ehegatte/Lebenspartner", "Spouse/partner"), "father": ("Vater", "Father"),
          "mother": ("Mutter", "Mother")}
LIST_OWNERS = {"children": ("Kind", "Child"), "previous_stays": ("Früherer Aufenthalt",
                                                                 "Previous stay"),
               "absences": ("Abwesenheit", "Absence")}

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
class Overflow:
    """What did not fit on the form, or has no place on it: whose value it is (`owner`: the
    applicant, the spouse, a parent, child n, stay n), what it is (`label`) and the full value."""

    label_de: str
    label_en: str
    value: str
    owner_de: str = ""
    owner_en: str = ""
    order: int = field(default=0, compare=False)  # where the value comes in the profile

    def heading(self) -> str:
        """The entry's heading on the sheet: "Vater: Familienname / Father: Family name"."""
        de = ": ".join(t for t in (self.owner_de, self.label_de) if t)
        en = ": ".join(t for t in (self.owner_en, self.label_en) if t)
        return f"{de} / {en}" if en and en != de else de


@dataclass
class TextValue:
    key: str  # AcroForm field name, or the profile entry's name on a flat form
    text: str
    spec: FieldMap
    label_de: str = ""
    label_en: str = ""
    row: int | None = None  # 1-based row of a list
    owner: tuple[str, str] = ("", "")
    order: int = 0

    def overflow(self) -> Overflow:
        return Overflow(self.label_de, self.label_en, self.text, *self.owner, self.order)


@dataclass
class ChoiceValue:
    key: str
    export: str | None  # the option to tick; None ticks nothing
    spec: FieldMap
    row: int | None = None
    # what the sheet says when the form has no place for the value (no mark, no option)
    text: str = ""
    label_de: str = ""
    label_en: str = ""
    owner: tuple[str, str] = ("", "")
    order: int = 0
    answer: str = ""  # the case's value it stands for ("male", "true")

    def overflow(self) -> Overflow:
        return Overflow(self.label_de, self.label_en, self.text, *self.owner, self.order)


@dataclass
class FormValues:
    texts: list[TextValue] = field(default_factory=list)
    choices: list[ChoiceValue] = field(default_factory=list)
    overflow: list[Overflow] = field(default_factory=list)


def _get(obj: Any, path: str, where: str, extra: Mapping[str, Any] | None = None) -> Any:
    """The value at a case path; `extra` holds `today` and `signing_place` (the case's own
    entries, not a list entry's)."""
    if extra is not None and path in extra:
        return extra[path]
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
    if isinstance(value, BaseModel) and hasattr(value, "one_line"):  # an address
        return unicodedata.normalize("NFC", value.one_line())
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise FormError(f"{where}: a {type(value).__name__} cannot be written as text; use "
                        "format 'choice' or 'check'")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return unicodedata.normalize("NFC", str(value))


def format_value(obj: Any, f: FieldMap, where: str,
                 extra: Mapping[str, Any] | None = None) -> str:
    """The entry's text: its constant `value`, or its sources' values joined; when they give
    nothing, those of the first `fallback` that gives something."""
    if f.value is not None:
        text = unicodedata.normalize("NFC", str(f.value))
        return f"{f.prefix}{text}{f.suffix}" if text else ""
    text = ""
    for sources in f.alternatives():
        parts = [_format_one(_get(obj, src, where, extra), f, f.format_of(i),
                             f"{where} ({src})") for i, src in enumerate(sources)]
        text = f.join.join(p for p in parts if p)
        if text:
            break
    return f"{f.prefix}{text}{f.suffix}" if text else ""


def choice_key(obj: Any, f: FieldMap, where: str,
               extra: Mapping[str, Any] | None = None) -> str | None:
    """The choice's value: of its sources, or of the first `fallback` that has one."""
    for sources in f.alternatives():
        key = _choice_key(obj, sources, where, extra)
        if key is not None:
            return key
    return None


def _choice_key(obj: Any, sources: list[str], where: str,
                extra: Mapping[str, Any] | None) -> str | None:
    if len(sources) > 1:  # several yes/no answers: yes if any is yes
        answers = [_get(obj, src, where, extra) for src in sources]
        if any(a is True for a in answers):
            return "true"
        return "false" if all(a is False for a in answers) else None
    value = _get(obj, sources[0], where, extra)
    if isinstance(value, list):
        return "true" if value else "false"
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Enum):
        return str(value.value)
    raise FormError(f"{where}: '{sources[0]}' holds {type(value).__name__}, not a choice")


def choice_text(f: FieldMap, key: str) -> str:
    """How a choice's value is written where the form has no mark or option for it."""
    return f.values.get(key) or YES_NO.get(key) or key


def namespace(obj: Any) -> dict[str, Any]:
    """The names a profile's `when` reads: the case's fields (a list entry's, in a list)."""
    return {name: getattr(obj, name) for name in type(obj).model_fields}


def applies(f: FieldMap, ns: dict[str, Any], where: str) -> bool:
    """Whether the entry's condition (`when`) holds; an entry without one always applies."""
    if not f.when:
        return True
    try:
        return bool(compile_expression(f.when).evaluate(ns))
    except ExpressionError as exc:
        raise FormError(f"{where}: when = {f.when!r}: {exc}") from None
    except (TypeError, ValueError, ArithmeticError) as exc:
        raise FormError(f"{where}: when = {f.when!r} failed: {exc}") from None


def owner_of(path: str) -> tuple[str, str]:
    """Whose value a case path holds: `father.family_name` -> ("Vater", "Father")."""
    return OWNERS.get(path.split(".", 1)[0], APPLICANT)


def list_owner(lst: ListMap, index: int) -> tuple[str, str]:
    """The owner of a list's n-th entry: children 3 -> ("Kind 3", "Child 3")."""
    de, en = LIST_OWNERS.get(lst.source, (lst.label_de, lst.label_en))
    return f"{de} {index}", f"{en} {index}"


def _choice(obj: Any, f: FieldMap, key: str, where: str, row: int | None,
            label: tuple[str, str], owner: tuple[str, str],
            extra: Mapping[str, Any] | None) -> ChoiceValue:
    """The option to tick, or (export None, `text` set) when the form has no place for the
    value: then it goes to the continuation sheet."""
    out = ChoiceValue(key, None, f, row, "", *label, owner)
    if f.kind == "check":
        value = f.value if f.value is not None else _get(obj, f.sources[0], where, extra)
        if value is not None and not isinstance(value, bool):
            raise FormError(f"{where}: a checkbox needs yes/no, found {type(value).__name__}")
        if value:
            out.export = f.options.get("true", "true")
        return out
    case_key = choice_key(obj, f, where, extra)
    if case_key is None:
        return out
    out.answer = case_key
    table = f.options or {k: k for k in f.marks}
    if not table:  # an AcroForm's options named as the case's values
        out.export = case_key
    elif case_key in table:
        out.export = table[case_key]
    out.text = choice_text(f, case_key)
    return out


def _label(f: FieldMap, labels: dict[str, tuple[str, str]], key: str) -> tuple[str, str]:
    if f.label_de:
        return f.label_de, f.label_en
    return labels.get(key) or labels.get(f.name.replace("{n}", "1")) or (f.entry_name(), "")


def _row_summary(item: Any, lst: ListMap, labels: dict[str, tuple[str, str]],
                 where: str) -> str:
    lines = []
    ns = namespace(item)
    for f in lst.fields:
        if not applies(f, ns, where):
            continue
        if f.kind in ("choice", "check"):
            key = choice_key(item, f, where) if f.kind == "choice" else (
                "true" if f.value or (f.sources and _get(item, f.sources[0], where)) else None)
            if key is None:
                continue
            text = choice_text(f, key)
        else:
            text = format_value(item, f, where)
        if not text:
            continue
        de, en = f.label_de, f.label_en
        if not de:
            first = lst.field_name(f, 1) if f.name or f.names else ""
            de, en = labels.get(first, (f.entry_name(), ""))
        lines.append(f"{de} / {en}: {text}" if en else f"{de}: {text}")
    return "\n".join(lines)


def _add(out: FormValues, obj: Any, f: FieldMap, key: str, where: str, row: int | None,
         label: tuple[str, str], owner: tuple[str, str], order: int,
         extra: Mapping[str, Any] | None = None) -> None:
    """One entry's value: a text or a choice for the form, or an entry of the sheet."""
    if f.kind in ("choice", "check"):
        cv = _choice(obj, f, key, where, row, label, owner, extra)
        cv.order = order
        if f.sheet or (cv.export is None and cv.text):
            if cv.export is not None:  # a ticked checkbox kept for the sheet only
                cv.text = YES_NO["true"]
            if cv.text:
                out.overflow.append(cv.overflow())
            return
        out.choices.append(cv)
        return
    tv = TextValue(key, format_value(obj, f, where, extra), f, *label, row, owner, order)
    if f.sheet:
        if tv.text:
            out.overflow.append(tv.overflow())
        return
    out.texts.append(tv)


def filling(case: Any, today: date) -> dict[str, Any]:
    """What a profile reads besides the case's fields: `today` (the day the form is filled)
    and `signing_place` (where it is signed: the place of the applicant's address)."""
    address = getattr(case, "address", None)
    return {"today": today, "signing_place": getattr(address, "place", "") or ""}


def collect(case: Any, profile: Profile, labels: dict[str, tuple[str, str]],
            today: date | None = None) -> FormValues:
    """All values of the case for this form. `labels` gives AcroForm fields' labels; `today` is
    the day the form is filled (default: the computer's date).

    An entry whose `when` does not hold is left empty; a value the form has no place for (no
    mark, no option, or `sheet = true`) becomes an entry of the continuation sheet."""
    out = FormValues()
    extra = filling(case, today or date.today())
    ns = namespace(case) | extra
    order = count()  # the sheet lists its entries in the profile's order
    for i, f in enumerate(profile.fields, 1):
        key = f.name or f"#{i}"
        where = f"profile entry {f.entry_name()}"
        if not applies(f, ns, where):
            continue
        owner = owner_of(f.sources[0]) if f.sources else APPLICANT
        _add(out, case, f, key, where, None, _label(f, labels, key), owner, next(order), extra)
    for lst in profile.lists:
        items = _get(case, lst.source, f"list '{lst.source}'") or []
        for index, item in enumerate(items, 1):
            where = f"list '{lst.source}' row {index}"
            owner = list_owner(lst, index)
            if index > lst.rows:
                summary = _row_summary(item, lst, labels, where)
                out.overflow.append(Overflow("", "", summary, *owner, next(order)))
                continue
            item_ns = namespace(item)
            for j, f in enumerate(lst.fields, 1):
                key = (lst.field_name(f, index) if f.name or f.names
                       else f"{lst.source}{index}#{j}")
                if applies(f, item_ns, where):
                    _add(out, item, f, key, where, index, _label(f, labels, key), owner,
                         next(order))
        if len(items) > lst.rows:
            spec = lst.more_at or FieldMap(source=lst.source, name=lst.more)
            if lst.more or lst.more_at:
                out.texts.append(TextValue(lst.more or f"{lst.source}-more", SEE_SHEET, spec,
                                           lst.label_de, lst.label_en))
    return out
